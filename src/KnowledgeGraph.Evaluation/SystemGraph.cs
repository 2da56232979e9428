using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Evaluation;

public enum EntityCategory
{
    Person,
    Organization,
    Place,
}

public sealed record SystemEntity(string Iri, EntityCategory Category, string Label, IReadOnlyList<string> AltLabels)
{
    public IEnumerable<string> Names => AltLabels.Prepend(Label);
}

public sealed record SystemPost(string Iri, string? HolderIri, IReadOnlyList<string> RoleTexts);

public sealed record SystemMeeting(string Iri, IReadOnlyList<string> AttendeeIris, string? Date);

/// <param name="Renderings">Each quotation's article id and text (for listing grouping misses); empty when the graph has none.</param>
public sealed record SystemClaim(string Iri, string? AuthorIri, IReadOnlyList<string> Texts, IReadOnlyList<string> ArticleIds,
    IReadOnlyList<SystemRendering>? Renderings = null)
{
    /// <summary>The texts this claim shows in one article: its quotations there, else all its texts.</summary>
    public IEnumerable<string> TextsIn(string articleId)
    {
        var here = (Renderings ?? []).Where(r => r.ArticleId == articleId).Select(r => r.Text).ToList();
        return here.Count > 0 ? here : Texts;
    }
}

public sealed record SystemRendering(string ArticleId, string Text);

/// <summary>
/// What a built graph says, read through the public graph model (docs/graph-model.md) only, so that any graph
/// following the model can be scored, not just ours.
/// </summary>
public sealed record SystemGraph(
    IReadOnlyList<SystemEntity> Entities,
    IReadOnlyList<SystemPost> Posts,
    IReadOnlyList<SystemMeeting> Meetings,
    IReadOnlyList<SystemClaim> Claims)
{
    private const string S = "https://schema.org/";
    private const string Foaf = "http://xmlns.com/foaf/0.1/";
    private const string Org = "http://www.w3.org/ns/org#";
    private const string Skos = "http://www.w3.org/2004/02/skos/core#";
    private const string Label = Vocabulary.Rdfs + "label";

    public static SystemGraph FromQuads(IEnumerable<Quad> quads, CancellationToken cancellationToken = default)
    {
        // subject → predicate → objects, default and named graphs merged.
        var index = new Dictionary<string, Dictionary<string, List<INode>>>(StringComparer.Ordinal);
        long n = 0;
        foreach (var q in quads)
        {
            if ((++n & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            if (q.Subject is not IUriNode s || q.Predicate is not IUriNode p) continue;
            if (!index.TryGetValue(s.Iri, out var props)) index[s.Iri] = props = new(StringComparer.Ordinal);
            if (!props.TryGetValue(p.Iri, out var objs)) props[p.Iri] = objs = new();
            if (!objs.Contains(q.Object)) objs.Add(q.Object);
        }

        IEnumerable<INode> Objects(string s, string p) =>
            index.TryGetValue(s, out var props) && props.TryGetValue(p, out var objs) ? objs : Enumerable.Empty<INode>();
        IEnumerable<string> Iris(string s, string p) => Objects(s, p).OfType<IUriNode>().Select(u => u.Iri);
        IEnumerable<string> Texts(string s, string p) => Objects(s, p).OfType<ILiteralNode>().Select(l => l.Value);
        bool HasType(string s, params string[] types) => Iris(s, Vocabulary.RdfType).Any(t => types.Contains(t));

        var subjects = index.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
        var articleIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in subjects)
            if (HasType(s, S + "NewsArticle"))
                articleIds[s] = Texts(s, S + "identifier").OrderBy(x => x, StringComparer.Ordinal).FirstOrDefault() ?? s;

        var entities = new List<SystemEntity>();
        var posts = new List<SystemPost>();
        var meetings = new List<SystemMeeting>();
        var claims = new List<SystemClaim>();
        foreach (var s in subjects)
        {
            EntityCategory? category = HasType(s, Foaf + "Person", S + "Person") ? EntityCategory.Person
                : HasType(s, Org + "Organization", S + "Organization") ? EntityCategory.Organization
                : HasType(s, S + "Place") ? EntityCategory.Place
                : null;
            if (category is { } c)
            {
                var labels = Texts(s, Label).Concat(Texts(s, S + "name")).OrderBy(x => x, StringComparer.Ordinal).ToList();
                var alts = Texts(s, Skos + "altLabel").Concat(labels.Skip(1)).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToList();
                entities.Add(new SystemEntity(s, c, labels.FirstOrDefault() ?? "", alts));
            }
            if (HasType(s, Org + "Post"))
            {
                var roleTexts = Texts(s, Label).Concat(Texts(s, Skos + "altLabel")).ToList();
                foreach (var role in Iris(s, Org + "role"))
                    roleTexts.AddRange(Texts(role, Skos + "prefLabel").Concat(Texts(role, Label)));
                posts.Add(new SystemPost(s, Iris(s, Org + "heldBy").OrderBy(x => x, StringComparer.Ordinal).FirstOrDefault(), roleTexts.Distinct().ToList()));
            }
            if (HasType(s, S + "Event") || Iris(s, S + "attendee").Any())
            {
                var date = Objects(s, S + "startDate").OfType<ILiteralNode>().Select(l => l.Value).OrderBy(x => x, StringComparer.Ordinal).FirstOrDefault();
                meetings.Add(new SystemMeeting(s, Iris(s, S + "attendee").OrderBy(x => x, StringComparer.Ordinal).ToList(), date));
            }
            if (HasType(s, S + "Claim"))
            {
                var texts = Texts(s, S + "text").ToList();
                var renderings = new List<SystemRendering>();
                foreach (var quotation in Iris(s, "https://w3id.org/kgnews/ontology#renderedBy").OrderBy(x => x, StringComparer.Ordinal))
                {
                    var quoted = Texts(quotation, S + "text").ToList();
                    texts.AddRange(quoted);
                    foreach (var article in Iris(quotation, S + "isPartOf").OrderBy(x => x, StringComparer.Ordinal))
                        renderings.AddRange(quoted.Select(t => new SystemRendering(articleIds.TryGetValue(article, out var id) ? id : article, t)));
                }
                var articles = Iris(s, S + "appearance").Select(a => articleIds.TryGetValue(a, out var id) ? id : a)
                    .Distinct().OrderBy(x => x, StringComparer.Ordinal).ToList();
                claims.Add(new SystemClaim(s, Iris(s, S + "author").OrderBy(x => x, StringComparer.Ordinal).FirstOrDefault(), texts.Distinct().ToList(), articles, renderings));
            }
        }
        return new SystemGraph(entities, posts, meetings, claims);
    }
}
