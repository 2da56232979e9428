using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Posts;

/// <summary>
/// Turns post and relation mentions into <see cref="Post"/> and <see cref="PersonalRelation"/> records once
/// entities are resolved. One post per (holder, merge key): statements of the same role, with or without an
/// organization ("le président russe", "le président Moura"), or of a serving role in several phrasings
/// ("conseiller du président russe", "conseiller diplomatique du Kremlin") are one post; its organization is the
/// most stated one, an organization before a country. A country named only through an adjective ("ministre
/// estonien") becomes a place entity if the text never names it. Post key: slug of holder key and merge key,
/// so it does not depend on which article was read first.
/// </summary>
public sealed class PostAssembler : ICorpusComponent
{
    private readonly ExtractionResources _resources;
    private readonly PostWords _words;

    public PostAssembler(ExtractionResources resources)
    {
        _resources = resources;
        _words = new PostWords(resources);
    }

    public string Name => "post-assembly";

    public DocumentLayers Reads => DocumentLayers.Entities | DocumentLayers.Posts | DocumentLayers.Relations;

    public void Process(CorpusContext corpus, CancellationToken ct)
    {
        var g = _resources.Gazetteers;
        var entities = corpus.Entities.ToDictionary(e => e.Key, StringComparer.Ordinal);
        var rows = new List<(string Holder, string MergeKey, string? Org, PostMention P, AnalyzedDocument Doc)>();
        // the organization or country the article around a statement names, used only for a post no statement names one for
        var contextOrgs = new Dictionary<PostMention, string>(ReferenceEqualityComparer.Instance);
        foreach (var doc in corpus.Documents)
        {
            foreach (var p in doc.Posts)
            {
                var holder = corpus.EntityKeyOf(doc.Index, p.HolderMentionIndex);
                if (holder is null) continue;
                string? org = p.OrganizationMentionIndex is { } om ? corpus.EntityKeyOf(doc.Index, om) : p.OrganizationKey;
                // "le général italien X", "sa cofondatrice": a grade or a founding act, not an office, unless an organization is named with it
                if (_words.NoPostAlone.Contains(TextFolding.Fold(p.RoleLabel))
                    && !(org is not null && entities.TryGetValue(org, out var named) && named.Kind == EntityKind.Organization))
                    continue;
                if (org is not null && !entities.ContainsKey(org))
                {
                    var created = CreateCountry(org, g);
                    if (created is null) org = null;
                    else
                    {
                        corpus.Entities.Add(created);
                        entities[org] = created;
                    }
                }
                rows.Add((holder, p.MergeKey, org, p, doc));
                if ((p.ContextOrganizationMentionIndex is { } cm ? corpus.EntityKeyOf(doc.Index, cm) : p.ContextOrganizationKey) is { } context
                    && context != holder)
                    contextOrgs[p] = context;
            }
        }
        // "le commissaire Lindqvist" and "le commissaire européen à l'Agriculture, Henrik Lindqvist": a bare title (no organization) of a holder is
        // the holder's one more specific post with that title, when there is exactly one
        var keysByHolder = rows.GroupBy(r => r.Holder, StringComparer.Ordinal)
            .ToDictionary(gr => gr.Key, gr => gr.Select(r => r.MergeKey).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        // ("le ministre égyptien" and "le ministre égyptien des Affaires étrangères, X": also when both name the same country)
        var orgsByHolderKey = rows.GroupBy(r => (r.Holder, r.MergeKey))
            .ToDictionary(gr => gr.Key, gr => gr.Select(r => r.Org).Distinct().ToList());
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var longer = keysByHolder[row.Holder].Where(k => k.StartsWith(row.MergeKey + "-", StringComparison.Ordinal)).ToList();
            if (longer.Count != 1) continue;
            // "président angolais" is its own post, not the holder's "président en exercice de l'UA"
            if (row.Org is not null && !(entities[row.Org].Kind == EntityKind.Place && orgsByHolderKey[(row.Holder, longer[0])] is [{ } same] && same == row.Org)) continue;
            rows[i] = row with { MergeKey = longer[0] };
        }

        // "le chef de la diplomatie sénégalaise" and "la ministre des Affaires étrangères X", "le chef de l'État" and "le président
        // X": a periphrasis of a title its holder also holds in plain words is that post
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.P.ResolutionKey != row.P.RoleKey && row.P.ResolutionKey != row.MergeKey && keysByHolder[row.Holder].Contains(row.P.ResolutionKey))
                rows[i] = row with { MergeKey = row.P.ResolutionKey };
        }

        // "son homologue algérien X" in one article, "le ministre de l'Énergie, X" in an article about a visit from Italy: the country
        // a statement gives the holder (an adjective, a complement) is his; a country the article around a bare title only
        // suggests gives way to it (one country only: a holder stated in two countries keeps the guess)
        var statedCountries = rows.Where(r => r.Org is not null && entities[r.Org].Kind == EntityKind.Place && entities[r.Org].Subtype == EntitySubtype.Country)
            .GroupBy(r => r.Holder, StringComparer.Ordinal)
            .ToDictionary(gr => gr.Key, gr => gr.Select(r => r.Org!).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

        // one post per (holder, merge key): its organization is the most stated one, an organization before a country
        foreach (var group in rows.GroupBy(r => (r.Holder, r.MergeKey)).OrderBy(gr => gr.Key.Holder, StringComparer.Ordinal)
                     .ThenBy(gr => gr.Key.MergeKey, StringComparer.Ordinal))
        {
            ct.ThrowIfCancellationRequested();
            var (holder, mergeKey) = group.Key;
            var org = group.Where(r => r.Org is not null)
                .GroupBy(r => r.Org!, StringComparer.Ordinal)
                .OrderBy(x => entities[x.Key].Kind == EntityKind.Organization ? 0 : 1)
                .ThenByDescending(x => x.Count()).ThenBy(x => x.Key, StringComparer.Ordinal)
                .Select(x => x.Key).FirstOrDefault();
            if (org is null)
            {
                org = ContextOrganization(group.Select(r => contextOrgs.GetValueOrDefault(r.P)).OfType<string>(), entities);
                if (org is not null && entities[org].Subtype == EntitySubtype.Country && statedCountries.TryGetValue(holder, out var own) && own.Count == 1
                    && own[0] != org && group.Any(r => contextOrgs.ContainsKey(r.P) && NamesCountry(r.Doc, own[0])))
                    org = own[0];
            }
            var label = MostFrequent(group.Select(r => r.P.Label));
            var roleLabel = MostFrequent(group.Select(r => r.P.RoleLabel));
            var evidence = group
                .Select(r => Evidence.InText(r.Doc.Id, r.P.Span, r.Doc.Body))
                .Distinct()
                .OrderBy(e => e.ArticleId, StringComparer.Ordinal).ThenBy(e => e.Span.Start).ThenBy(e => e.Span.End)
                .ToList();
            // the key leaves the organization out: a later article naming another organization must not rename the post
            var key = TextFolding.Slug(holder + "-" + mergeKey);
            // a periphrasis also bears the plain title it stands for ("chef de la diplomatie" → "ministre des Affaires étrangères")
            var plain = group.Select(r => g.PlainRoleLabels.GetValueOrDefault(r.P.RoleKey)).OfType<string>();
            var alternatives = group.Select(r => r.P.Label).Concat(plain).Where(l => l != label).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            corpus.Posts.Add(new Post(key, label, mergeKey, roleLabel, holder, org, evidence, alternatives));
        }

        // a place's or organization's country that the corpus never names is left out (no dangling key)
        for (int i = 0; i < corpus.Entities.Count; i++)
            if (corpus.Entities[i].CountryKey is { } ck && !entities.ContainsKey(ck))
                corpus.Entities[i] = corpus.Entities[i] with { CountryKey = null };

        foreach (var doc in corpus.Documents)
        {
            foreach (var r in doc.Relations)
            {
                var s = corpus.EntityKeyOf(doc.Index, r.SubjectMentionIndex);
                var o = corpus.EntityKeyOf(doc.Index, r.ObjectMentionIndex);
                if (s is null || o is null || s == o) continue;
                corpus.Relations.Add(new PersonalRelation(s, r.RelationKey, r.RelationLabel, o, Evidence.InText(doc.Id, r.Span, doc.Body)));
            }
        }
    }

    /// <summary>Whether the article names the country, or a place of it (where the article is silent on the holder's country, his
    /// other statements may speak of another life: no reason to overrule its guess).</summary>
    private static bool NamesCountry(AnalyzedDocument doc, string country) =>
        doc.Entities.Any(e => e.Kind == EntityKind.Place && (e.GazetteerKey == country || e.CountryKey == country));

    /// <summary>The most stated context organization of a post's statements, an organization before a country; only entities the
    /// corpus names (a context is a guess: it creates no country of its own).</summary>
    private static string? ContextOrganization(IEnumerable<string> keys, Dictionary<string, Entity> entities) =>
        keys.Where(entities.ContainsKey).GroupBy(k => k, StringComparer.Ordinal)
            .OrderBy(x => entities[x.Key].Kind == EntityKind.Organization ? 0 : 1)
            .ThenByDescending(x => x.Count()).ThenBy(x => x.Key, StringComparer.Ordinal).Select(x => x.Key).FirstOrDefault();

    // a country named only through an adjective ("ministre estonien") becomes a place entity without mentions
    private static Entity? CreateCountry(string key, Entities.GazetteerSet g)
    {
        var country = g.CountryByKey(key);
        if (country is null) return null;
        return new Entity(key, EntityKind.Place, EntitySubtype.Country, country.Label, Array.Empty<string>(), Array.Empty<Mention>(), country.Key);
    }

    /// <summary>"Gouvernement ukrainien" (from the masculine adjective), else "Gouvernement (Pays)".</summary>
    public static string GovernmentLabel(Entities.CountryInfo country) =>
        country.Adjective is { } adj ? "Gouvernement " + adj : "Gouvernement (" + country.Label + ")";

    private static string MostFrequent(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(x => x.Count()).ThenByDescending(x => x.Key.Length).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key;
}
