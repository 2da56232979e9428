using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Server;

/// <summary>An article as a source of a fact: what a reader needs to judge it (outlet, date, headline, link).</summary>
public sealed record ArticleRef(string Iri, string? Key, string? Headline, string? Date, string? Outlet, string? Url);

/// <summary>
/// Read helpers over the store for the human pages (claim search, entity and article pages): objects and subjects
/// of a predicate in a stable order, labels French first, and article summaries, cached for one request.
/// Use only under the read gate, and for one request (the caches are not shared).
/// </summary>
public sealed class StoreView
{
    public const string Schema = "https://schema.org/";
    public const string Kg = "https://w3id.org/kgnews/ontology#";
    public const string Org = "http://www.w3.org/ns/org#";
    public const string Prov = "http://www.w3.org/ns/prov#";
    public const string Skos = "http://www.w3.org/2004/02/skos/core#";

    private readonly Dictionary<INode, string?> _labels = new();
    private readonly Dictionary<INode, ArticleRef> _articles = new();

    public StoreView(MemoryStore store, string resourceBase)
    {
        Store = store;
        ResourceBase = resourceBase;
    }

    public MemoryStore Store { get; }

    public string ResourceBase { get; }

    /// <summary>Distinct objects of (s, p, ?) across all graphs, in N-Triples order (stable output).</summary>
    public IReadOnlyList<INode> Objects(INode s, string p) =>
        Store.Match(s, new UriNode(p), null, GraphSelector.All).Select(q => q.Object).Distinct()
            .OrderBy(o => o.ToNTriples(), StringComparer.Ordinal).ToList();

    /// <summary>Distinct subjects of (?, p, o) across all graphs, in N-Triples order.</summary>
    public IReadOnlyList<INode> Subjects(string p, INode o) =>
        Store.Match(null, new UriNode(p), o, GraphSelector.All).Select(q => q.Subject).Distinct()
            .OrderBy(o => o.ToNTriples(), StringComparer.Ordinal).ToList();

    public INode? One(INode s, string p) => Objects(s, p).FirstOrDefault();

    public string? Text(INode s, string p)
    {
        var literals = Objects(s, p).OfType<ILiteralNode>().ToList();
        return (literals.FirstOrDefault(l => l.Language == "fr") ?? literals.FirstOrDefault())?.Value;
    }

    public int? Int(INode s, string p) =>
        One(s, p) is ILiteralNode l && int.TryParse(l.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;

    public bool HasType(INode s, string type) =>
        Store.Match(s, new UriNode(Vocabulary.RdfType), new UriNode(type), GraphSelector.All).Any();

    /// <summary>The node's label, French first (the articles' language), then untagged, then any; null when it has none.</summary>
    public string? Label(INode node)
    {
        if (_labels.TryGetValue(node, out var cached)) return cached;
        string? found = null;
        foreach (var predicate in HtmlRenderer.LabelPredicates)
        {
            var values = Store.Match(node, new UriNode(predicate), null, GraphSelector.All).Select(q => q.Object).OfType<ILiteralNode>()
                .OrderBy(l => l.ToNTriples(), StringComparer.Ordinal).ToList();
            if (values.Count == 0) continue;
            found = (values.FirstOrDefault(l => l.Language == "fr") ?? values.FirstOrDefault(l => l.Language.Length == 0) ?? values[0]).Value;
            break;
        }
        _labels[node] = found;
        return found;
    }

    /// <summary>The label, or the IRI's last segment when the store has none (never an empty link text).</summary>
    public string Name(INode node) => Label(node) ?? (node is IUriNode u ? LocalName(u.Iri) : node.ToNTriples());

    /// <summary>Every name the node goes by: its labels and skos:altLabel values.</summary>
    public IEnumerable<string> Names(INode node) =>
        HtmlRenderer.LabelPredicates.Append(Skos + "altLabel")
            .SelectMany(p => Store.Match(node, new UriNode(p), null, GraphSelector.All))
            .Select(q => q.Object).OfType<ILiteralNode>().Select(l => l.Value).Distinct();

    public ArticleRef Article(INode article)
    {
        if (_articles.TryGetValue(article, out var cached)) return cached;
        var outlet = One(article, Schema + "publisher");
        var url = One(article, Schema + "url");
        var iri = article is IUriNode u ? u.Iri : article.ToNTriples();
        var key = iri.StartsWith(ResourceBase + "article/", StringComparison.Ordinal) ? iri[(ResourceBase.Length + "article/".Length)..] : null;
        var result = new ArticleRef(iri, key, Text(article, Schema + "headline"), Text(article, Schema + "datePublished"),
            outlet is null ? null : Name(outlet), url switch { IUriNode x => x.Iri, ILiteralNode l => l.Value, _ => null });
        _articles[article] = result;
        return result;
    }

    /// <summary>The articles a fact is drawn from: prov:wasDerivedFrom, and the articles of its evidence spans; oldest first.</summary>
    public IReadOnlyList<ArticleRef> SourcesOf(INode fact)
    {
        var articles = new HashSet<INode>(Objects(fact, Prov + "wasDerivedFrom").Where(a => HasType(a, Schema + "NewsArticle")));
        foreach (var span in Objects(fact, Kg + "evidence"))
            if (One(span, Schema + "isPartOf") is { } a) articles.Add(a);
        return Sorted(articles.Select(Article));
    }

    public static IReadOnlyList<ArticleRef> Sorted(IEnumerable<ArticleRef> articles) =>
        articles.DistinctBy(a => a.Iri).OrderBy(a => a.Date ?? "9999", StringComparer.Ordinal).ThenBy(a => a.Iri, StringComparer.Ordinal).ToList();

    /// <summary>The evidence spans of a fact: (article, start, end, text), for links to the highlighted passage.</summary>
    public IReadOnlyList<(INode Article, int Start, int End, string? Text)> Evidence(INode fact)
    {
        var spans = new List<(INode, int, int, string?)>();
        foreach (var span in Objects(fact, Kg + "evidence"))
            if (One(span, Schema + "isPartOf") is { } a && Int(span, Kg + "startOffset") is { } s && Int(span, Kg + "endOffset") is { } e)
                spans.Add((a, s, e, Text(span, Schema + "text")));
        return spans;
    }

    /// <summary>Local link for an IRI: /id/… under the resource base, /resource?iri=… otherwise.</summary>
    public string Href(string iri) => HtmlPage.Href(iri, ResourceBase);

    public static string LocalName(string iri)
    {
        int cut = Math.Max(iri.LastIndexOf('#'), iri.LastIndexOf('/'));
        return cut >= 0 && cut < iri.Length - 1 ? iri[(cut + 1)..] : iri;
    }

    /// <summary>
    /// Text folded for matching what people type: no accents, lower case, typographic apostrophes as '
    /// ("Hélène" and "helene", "l’armée" and "l'armée" match).
    /// </summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c is '\u2019' or '\u2018' or '\u02BC' ? '\'' : char.ToLowerInvariant(c));
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The folded words of a text (letters and digits; apostrophes and hyphens split).</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in Fold(text))
        {
            if (char.IsLetterOrDigit(c)) current.Append(c);
            else if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }
}
