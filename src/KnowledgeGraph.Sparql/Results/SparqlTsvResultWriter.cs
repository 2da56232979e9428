using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql;

/// <summary>
/// SPARQL 1.1 Query Results TSV: a header of ?variables, then terms in Turtle/N-Triples syntax
/// (integers, decimals, doubles and booleans in their short forms), tab-separated, LF line ends;
/// an unbound variable is an empty field.
/// </summary>
public sealed partial class SparqlTsvResultWriter : ISparqlResultWriter
{
    public SparqlResultFormat Format => SparqlResultFormat.Tsv;

    public void Write(TextWriter output, SparqlResult result, CancellationToken cancellationToken = default)
    {
        SparqlResultFormats.RequireTabular(result);
        if (result.Kind == SparqlResultKind.Boolean)
        {
            output.Write("?_askResult\n");
            output.Write(result.Boolean ? "true\n" : "false\n");
            return;
        }
        output.Write(string.Join("\t", result.Variables.Select(v => "?" + v)));
        output.Write('\n');
        var sb = new StringBuilder();
        foreach (var solution in result.Solutions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sb.Clear();
            for (int i = 0; i < result.Variables.Count; i++)
            {
                if (i > 0) sb.Append('\t');
                var node = solution[result.Variables[i]];
                if (node is not null) sb.Append(Encode(node));
            }
            sb.Append('\n');
            output.Write(sb);
        }
    }

    /// <summary>The Turtle spelling of a term as TSV uses it.</summary>
    public static string Encode(INode node)
    {
        if (node is ILiteralNode l && l.Language.Length == 0)
        {
            bool shortForm = l.Datatype switch
            {
                Vocabulary.XsdInteger => IntegerForm().IsMatch(l.Value),
                Vocabulary.XsdDecimal => DecimalForm().IsMatch(l.Value),
                Vocabulary.XsdDouble => DoubleForm().IsMatch(l.Value),
                Vocabulary.XsdBoolean => l.Value is "true" or "false",
                _ => false,
            };
            if (shortForm) return l.Value;
        }
        // Canonical N-Triples escapes tabs, CR and LF inside literals, so a field never breaks the layout.
        return node.ToNTriples();
    }

    [GeneratedRegex(@"^[+-]?[0-9]+$")]
    private static partial Regex IntegerForm();

    [GeneratedRegex(@"^[+-]?[0-9]*\.[0-9]+$")]
    private static partial Regex DecimalForm();

    [GeneratedRegex(@"^[+-]?([0-9]+\.[0-9]*|\.?[0-9]+)[eE][+-]?[0-9]+$")]
    private static partial Regex DoubleForm();
}
