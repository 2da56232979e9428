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

    /// <param name="labelOf">A label for an IRI, or null when the store has none.</param>
    /// <param name="summary">The readable facts (<see cref="EntitySummary"/>), shown above the full statement table.</param>
    public static string Resource(INode resource, IReadOnlyList<Triple> triples, string resourceBase, Func<INode, string?>? labelOf = null,
        string? summary = null)
    {
        labelOf ??= _ => null;
        string title = labelOf(resource) ?? triples.Where(t => t.Subject.Equals(resource) && t.Predicate is IUriNode p && LabelPredicates.Contains(p.Iri))
            .Select(t => (t.Object as ILiteralNode)?.Value).FirstOrDefault(v => v is not null) ?? resource.ToNTriples();
        var self = resource is IUriNode ru ? Href(ru.Iri, resourceBase) : "";
        var sb = HtmlPage.Open(title, self);
        sb.Append("<h1>").Append(Enc(title)).Append("</h1><p><code>").Append(Enc(resource.ToNTriples())).Append("</code></p>");
        HtmlPage.FormatLinks(sb, self);
        if (summary is not null) sb.Append(summary);
        sb.Append(summary is null ? "" : "<h2>Toutes les données</h2>").Append("<table>");
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
        return HtmlPage.Close(sb);
    }

    private static string Enc(string s) => HtmlPage.Enc(s);

    private static void Row(StringBuilder sb, string a, string b) =>
        sb.Append("<tr><td>").Append(a).Append("</td><td>").Append(b).Append("</td></tr>");

    private static string Href(string iri, string resourceBase) => HtmlPage.Href(iri, resourceBase);

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

    private static string LocalName(string iri) => StoreView.LocalName(iri);
}
