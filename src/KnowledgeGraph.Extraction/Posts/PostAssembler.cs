using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Posts;

/// <summary>
/// Turns post and relation mentions into <see cref="Post"/> and <see cref="PersonalRelation"/> records once
/// entities are resolved. One post per (holder, role key, organization); a statement of the same role without
/// an organization ("le président Poutine") joins the holder's post of that role that has one. A country's
/// government named only through an adjective ("ministre ukrainien") becomes an organization entity of its own
/// ("gouvernement-ukraine", label "Gouvernement ukrainien"). Post key: slug of holder key, role key and
/// organization key, so it does not depend on which article was read first.
/// </summary>
public sealed class PostAssembler : ICorpusComponent
{
    private readonly ExtractionResources _resources;

    public PostAssembler(ExtractionResources resources) => _resources = resources;

    public string Name => "post-assembly";

    public void Process(CorpusContext corpus, CancellationToken ct)
    {
        var g = _resources.Gazetteers;
        var entityKeys = new HashSet<string>(corpus.Entities.Select(e => e.Key), StringComparer.Ordinal);
        var rows = new List<(string Holder, string RoleKey, string? Org, PostMention P, AnalyzedDocument Doc)>();
        foreach (var doc in corpus.Documents)
        {
            foreach (var p in doc.Posts)
            {
                var holder = corpus.EntityKeyOf(doc.Index, p.HolderMentionIndex);
                if (holder is null) continue;
                string? org = p.OrganizationMentionIndex is { } om ? corpus.EntityKeyOf(doc.Index, om) : p.OrganizationKey;
                if (org is not null && !entityKeys.Contains(org))
                {
                    var created = CreateGovernment(org, g);
                    if (created is null) org = null;
                    else
                    {
                        corpus.Entities.Add(created);
                        entityKeys.Add(org);
                    }
                }
                rows.Add((holder, p.RoleKey, org, p, doc));
            }
        }
        // statements without organization join the holder's post of the same role that has one (the most stated)
        var withOrg = rows.Where(r => r.Org is not null).GroupBy(r => (r.Holder, r.RoleKey))
            .ToDictionary(gr => gr.Key, gr => gr.GroupBy(r => r.Org!, StringComparer.Ordinal).OrderByDescending(x => x.Count()).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key);
        for (int i = 0; i < rows.Count; i++)
            if (rows[i].Org is null && withOrg.TryGetValue((rows[i].Holder, rows[i].RoleKey), out var org))
                rows[i] = rows[i] with { Org = org };

        foreach (var group in rows.GroupBy(r => (r.Holder, r.RoleKey, r.Org)).OrderBy(gr => gr.Key.Holder, StringComparer.Ordinal)
                     .ThenBy(gr => gr.Key.RoleKey, StringComparer.Ordinal).ThenBy(gr => gr.Key.Org ?? "", StringComparer.Ordinal))
        {
            var (holder, roleKey, org) = group.Key;
            var label = MostFrequent(group.Select(r => r.P.Label));
            var roleLabel = MostFrequent(group.Select(r => r.P.RoleLabel));
            var evidence = group
                .Select(r => new Evidence(r.Doc.Id, r.P.Span, r.P.Span.Of(r.Doc.Text)))
                .Distinct()
                .OrderBy(e => e.ArticleId, StringComparer.Ordinal).ThenBy(e => e.Span.Start).ThenBy(e => e.Span.End)
                .ToList();
            var key = TextFolding.Slug(holder + "-" + roleKey + (org is null ? "" : "-" + org));
            corpus.Posts.Add(new Post(key, label, roleKey, roleLabel, holder, org, evidence));
        }

        foreach (var doc in corpus.Documents)
        {
            foreach (var r in doc.Relations)
            {
                var s = corpus.EntityKeyOf(doc.Index, r.SubjectMentionIndex);
                var o = corpus.EntityKeyOf(doc.Index, r.ObjectMentionIndex);
                if (s is null || o is null || s == o) continue;
                corpus.Relations.Add(new PersonalRelation(s, r.RelationKey, r.RelationLabel, o, new Evidence(doc.Id, r.Span, r.Span.Of(doc.Text))));
            }
        }
    }

    private static Entity? CreateGovernment(string key, Entities.GazetteerSet g)
    {
        const string prefix = "gouvernement-";
        if (!key.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var country = g.CountryByKey(key[prefix.Length..]);
        if (country is null) return null;
        var label = GovernmentLabel(country);
        return new Entity(key, EntityKind.Organization, EntitySubtype.Government, label, Array.Empty<string>(), Array.Empty<Mention>(), country.Key);
    }

    /// <summary>"Gouvernement ukrainien" (from the masculine adjective), else "Gouvernement (Pays)".</summary>
    public static string GovernmentLabel(Entities.CountryInfo country) =>
        country.Adjective is { } adj ? "Gouvernement " + adj : "Gouvernement (" + country.Label + ")";

    private static string MostFrequent(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(x => x.Count()).ThenByDescending(x => x.Key.Length).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key;
}
