using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql;

/// <summary>
/// A plain-text table for terminals, in the style of Jena's text output. Column widths need every
/// row, so this writer holds the rows (use a streaming format for large results). IRIs are shown
/// in full, or as prefixed names when <see cref="Namespaces"/> maps them.
/// </summary>
public sealed class SparqlTextTableWriter : ISparqlResultWriter
{
    public SparqlTextTableWriter(NamespaceMap? namespaces = null) => Namespaces = namespaces;

    public NamespaceMap? Namespaces { get; }

    public SparqlResultFormat Format => SparqlResultFormat.Table;

    public void Write(TextWriter output, SparqlResult result, CancellationToken cancellationToken = default)
    {
        SparqlResultFormats.RequireTabular(result);
        if (result.Kind == SparqlResultKind.Boolean)
        {
            output.Write(result.Boolean ? "yes\n" : "no\n");
            return;
        }
        var rows = new List<string[]>();
        foreach (var solution in result.Solutions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows.Add(result.Variables.Select(v => solution[v] is { } n ? Display(n) : "").ToArray());
        }
        var headers = result.Variables.ToArray();
        var widths = headers.Select((h, i) => Math.Max(Width(h), rows.Count == 0 ? 0 : rows.Max(r => Width(r[i])))).ToArray();

        string Line(char left, char fill, char middle, char right)
        {
            var sb = new StringBuilder().Append(left);
            for (int i = 0; i < widths.Length; i++)
            {
                if (i > 0) sb.Append(middle);
                sb.Append(fill, widths[i] + 2);
            }
            return sb.Append(right).Append('\n').ToString();
        }

        string Row(string[] cells)
        {
            var sb = new StringBuilder().Append('|');
            for (int i = 0; i < cells.Length; i++)
                sb.Append(' ').Append(cells[i]).Append(' ', widths[i] - Width(cells[i]) + 1).Append('|');
            return sb.Append('\n').ToString();
        }

        if (headers.Length == 0)
        {
            output.Write($"({rows.Count} solution{(rows.Count == 1 ? "" : "s")}, no variables)\n");
            return;
        }
        output.Write(Line('-', '-', '-', '-'));
        output.Write(Row(headers));
        output.Write(Line('=', '=', '=', '='));
        foreach (var row in rows) output.Write(Row(row));
        output.Write(Line('-', '-', '-', '-'));
    }

    private string Display(INode node)
    {
        switch (node)
        {
            case IUriNode u:
                return Namespaces is not null && TryCompact(u.Iri, out var compact) ? compact : "<" + u.Iri + ">";
            case ILiteralNode l when l.Language.Length == 0 && l.Datatype is Vocabulary.XsdInteger or Vocabulary.XsdDecimal or Vocabulary.XsdBoolean:
                return l.Value;
            default:
                return SparqlTsvResultWriter.Encode(node);
        }
    }

    private bool TryCompact(string iri, out string compact)
    {
        compact = "";
        string? bestPrefix = null;
        string bestNamespace = "";
        foreach (var (prefix, ns) in Namespaces!.Entries)
        {
            if (iri.StartsWith(ns, StringComparison.Ordinal) && ns.Length > bestNamespace.Length)
            {
                var local = iri[ns.Length..];
                if (local.All(c => char.IsLetterOrDigit(c) || c is '_' or '-'))
                {
                    bestPrefix = prefix;
                    bestNamespace = ns;
                }
            }
        }
        if (bestPrefix is null) return false;
        compact = bestPrefix + ":" + iri[bestNamespace.Length..];
        return true;
    }

    // Text elements, so that accented letters written as two code points count once.
    private static int Width(string s) => new StringInfo(s).LengthInTextElements;
}
