using System.Net;
using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Server;

/// <summary>A plain HTML page for a resource, for people who follow an entity IRI in a browser.</summary>
public static class HtmlRenderer
{
    public static string Resource(INode resource, IReadOnlyList<Triple> triples, string resourceBase)
    {
        var sb = new StringBuilder();
        string title = triples.Where(t => t.Subject.Equals(resource) && t.Predicate is IUriNode p && p.Iri == Vocabulary.Rdfs + "label")
            .Select(t => (t.Object as ILiteralNode)?.Value).FirstOrDefault(v => v is not null) ?? resource.ToNTriples();
        sb.Append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>")
          .Append(WebUtility.HtmlEncode(title)).Append("</title></head><body><h1>")
          .Append(WebUtility.HtmlEncode(title)).Append("</h1><p><code>")
          .Append(WebUtility.HtmlEncode(resource.ToNTriples())).Append("</code></p><table>");
        foreach (var t in triples.Where(t => t.Subject.Equals(resource)))
            Row(sb, Cell(t.Predicate, resourceBase), Cell(t.Object, resourceBase));
        sb.Append("</table><h2>Referenced by</h2><table>");
        foreach (var t in triples.Where(t => !t.Subject.Equals(resource) && t.Object.Equals(resource)))
            Row(sb, Cell(t.Subject, resourceBase), Cell(t.Predicate, resourceBase));
        sb.Append("</table></body></html>");
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string a, string b) =>
        sb.Append("<tr><td>").Append(a).Append("</td><td>").Append(b).Append("</td></tr>");

    private static string Cell(INode node, string resourceBase)
    {
        if (node is IUriNode u)
        {
            var href = u.Iri.StartsWith(resourceBase, StringComparison.Ordinal) ? "/id/" + u.Iri[resourceBase.Length..] : u.Iri;
            return $"<a href=\"{WebUtility.HtmlEncode(href)}\">{WebUtility.HtmlEncode(u.Iri)}</a>";
        }
        return WebUtility.HtmlEncode(node.ToNTriples());
    }
}
