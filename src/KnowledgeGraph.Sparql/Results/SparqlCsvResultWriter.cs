using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql;

/// <summary>
/// SPARQL 1.1 Query Results CSV: a header of variable names, then values only (IRIs bare, literals
/// by lexical form, blank nodes as _:label), RFC 4180 quoting, CRLF line ends. ASK writes one
/// "_askResult" column holding true or false.
/// </summary>
public sealed class SparqlCsvResultWriter : ISparqlResultWriter
{
    public SparqlResultFormat Format => SparqlResultFormat.Csv;

    public void Write(TextWriter output, SparqlResult result, CancellationToken cancellationToken = default)
    {
        SparqlResultFormats.RequireTabular(result);
        if (result.Kind == SparqlResultKind.Boolean)
        {
            output.Write("_askResult\r\n");
            output.Write(result.Boolean ? "true\r\n" : "false\r\n");
            return;
        }
        output.Write(string.Join(",", result.Variables.Select(Quote)));
        output.Write("\r\n");
        var sb = new StringBuilder();
        foreach (var solution in result.Solutions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sb.Clear();
            for (int i = 0; i < result.Variables.Count; i++)
            {
                if (i > 0) sb.Append(',');
                var node = solution[result.Variables[i]];
                if (node is not null) sb.Append(Quote(Value(node)));
            }
            sb.Append("\r\n");
            output.Write(sb);
        }
    }

    private static string Value(INode node) => node switch
    {
        IUriNode u => u.Iri,
        IBlankNode b => "_:" + b.Id,
        ILiteralNode l => l.Value,
        _ => node.ToNTriples(),
    };

    private static string Quote(string field) =>
        field.IndexOfAny(new[] { '"', ',', '\r', '\n' }) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";
}
