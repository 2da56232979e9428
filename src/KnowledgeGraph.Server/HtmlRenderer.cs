using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Server;

/// <summary>
/// The HTML page of a resource, for people who follow an entity IRI in a browser: the entity's label as title,
/// its statements with the labels of the properties and linked entities (IRIs only on hover), literals with their
/// language, the statements pointing at it grouped by property, and links to the RDF forms. No external resources.
/// </summary>
public static class HtmlRenderer
{
    /// <summary>Predicates whose value names a thing, in order of preference.</summary>
    public static readonly string[] LabelPredicates =
    {
        Vocabulary.Rdfs + "label", "http://www.w3.org/2004/02/skos/core#prefLabel", "https://schema.org/name",
        "https://schema.org/headline", "http://xmlns.com/foaf/0.1/name", "http://purl.org/dc/terms/title",
    };

    private const string Style =
        "body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}" +
        "h1{margin-bottom:.2rem}code{color:#666;font-size:.85rem}table{border-collapse:collapse;width:100%;margin:1rem 0}" +
        "td{border-top:1px solid #ddd;padding:.35rem .5rem;vertical-align:top}td:first-child{width:16rem;color:#555}" +
        "a{color:#0645ad;text-decoration:none}a:hover{text-decoration:underline}.lang{color:#888;font-size:.8rem}" +
        "nav a{margin-right:1rem;font-size:.9rem}";

    /// <param name="labelOf">A label for an IRI, or null when the store has none.</param>
    public static string Resource(INode resource, IReadOnlyList<Triple> triples, string resourceBase, Func<INode, string?>? labelOf = null)
    {
        labelOf ??= _ => null;
        var sb = new StringBuilder();
        string title = labelOf(resource) ?? triples.Where(t => t.Subject.Equals(resource) && t.Predicate is IUriNode p && LabelPredicates.Contains(p.Iri))
            .Select(t => (t.Object as ILiteralNode)?.Value).FirstOrDefault(v => v is not null) ?? resource.ToNTriples();
        var self = resource is IUriNode ru ? Href(ru.Iri, resourceBase) : "";
        sb.Append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>")
          .Append(Enc(title)).Append("</title><style>").Append(Style).Append("</style>");
        foreach (var (type, ext) in new[] { ("text/turtle", "ttl"), ("application/ld+json", "jsonld"), ("application/n-triples", "nt"), ("application/rdf+xml", "rdf") })
            sb.Append("<link rel=\"alternate\" type=\"").Append(type).Append("\" href=\"").Append(Enc(WithFormat(self, ext))).Append("\">");
        sb.Append("</head><body><h1>").Append(Enc(title)).Append("</h1><p><code>").Append(Enc(resource.ToNTriples())).Append("</code></p><nav>");
        foreach (var (name, ext) in new[] { ("Turtle", "ttl"), ("JSON-LD", "jsonld"), ("N-Triples", "nt"), ("RDF/XML", "rdf") })
            sb.Append("<a href=\"").Append(Enc(WithFormat(self, ext))).Append("\">").Append(name).Append("</a>");
        sb.Append("</nav><table>");
        foreach (var t in triples.Where(t => t.Subject.Equals(resource)))
            Row(sb, Cell(t.Predicate, resourceBase, labelOf), Cell(t.Object, resourceBase, labelOf));
        sb.Append("</table>");
        var incoming = triples.Where(t => !t.Subject.Equals(resource) && t.Object.Equals(resource)).GroupBy(t => t.Predicate).ToList();
        if (incoming.Count > 0)
        {
            sb.Append("<h2>Mentionné par</h2><table>");
            foreach (var group in incoming)
                Row(sb, Cell(group.Key, resourceBase, labelOf),
                    string.Join("<br>", group.Select(t => Cell(t.Subject, resourceBase, labelOf))));
            sb.Append("</table>");
        }
        sb.Append("</body></html>");
        return sb.ToString();
    }

    private static string WithFormat(string href, string ext) => href + (href.Contains('?') ? "&" : "?") + "format=" + ext;

    /// <summary>Escapes markup only: the page is UTF-8, so French letters stay readable in the source (WebUtility
    /// would turn every é into &amp;#233;).</summary>
    private static string Enc(string s) =>
        s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");

    private static void Row(StringBuilder sb, string a, string b) =>
        sb.Append("<tr><td>").Append(a).Append("</td><td>").Append(b).Append("</td></tr>");

    private static string Href(string iri, string resourceBase) =>
        iri.StartsWith(resourceBase, StringComparison.Ordinal) ? "/id/" + iri[resourceBase.Length..] : "/resource?iri=" + Uri.EscapeDataString(iri);

    private static string Cell(INode node, string resourceBase, Func<INode, string?> labelOf)
    {
        switch (node)
        {
            case IUriNode u:
            {
                var text = labelOf(u) ?? LocalName(u.Iri);
                return $"<a href=\"{Enc(Href(u.Iri, resourceBase))}\" title=\"{Enc(u.Iri)}\">{Enc(text)}</a>";
            }
            case ILiteralNode l:
                return Enc(l.Value) + (l.Language.Length > 0 ? $" <span class=\"lang\">@{Enc(l.Language)}</span>" : "");
            default:
                return Enc(node.ToNTriples());
        }
    }

    private static string LocalName(string iri)
    {
        int cut = Math.Max(iri.LastIndexOf('#'), iri.LastIndexOf('/'));
        return cut >= 0 && cut < iri.Length - 1 ? iri[(cut + 1)..] : iri;
    }
}
