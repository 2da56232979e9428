using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Writes query answers: SELECT/ASK in the W3C result formats (JSON, XML, CSV, TSV) or as a plain-text table;
/// CONSTRUCT/DESCRIBE in any RDF syntax of the core. JSON, XML, CSV and TSV use the shared writers of KnowledgeGraph.Sparql.Results.
/// </summary>
public static class QueryResultWriter
{
    public static readonly string[] Formats = ["table", "json", "xml", "csv", "tsv", "ttl", "nt", "jsonld", "nq", "trig"];

    public static void Write(SparqlResult result, string format, TextWriter output, NamespaceMap prefixes, CancellationToken ct)
    {
        if (result.Kind == SparqlResultKind.Graph)
        {
            var rdfFormat = format == "table" ? RdfFormat.Turtle
                : RdfFormats.TryFromName(format, out var f) ? f
                : throw new ArgumentException($"--format {format} does not suit a CONSTRUCT/DESCRIBE answer (use ttl, nt, jsonld, nq or trig)");
            // The triples are handed over as the engine makes them, never gathered here: N-Triples and N-Quads write
            // each line as it comes; Turtle and TriG sort (deterministic output) within the writers' memory budget,
            // spilling sorted runs to disk past it. A limit or the row budget hit mid-way stops the enumeration.
            var quads = result.Triples.Select(t => t.InGraph(null));
            RdfFormats.CreateWriter(rdfFormat).Write(output, quads, new RdfWriterOptions(prefixes.Entries), ct);
            return;
        }
        switch (format)
        {
            case "table": WriteTable(result, output, prefixes, ct); break;
            case "json" or "xml" or "csv" or "tsv":
                // The W3C formats come from the shared writers, so kg query, kg serve and the tests agree byte for byte.
                SparqlResultFormats.CreateWriter(SparqlResultFormats.FromName(format)!.Value).Write(output, result, ct);
                break;
            default: throw new ArgumentException($"--format {format} does not suit a SELECT/ASK answer (use table, json, xml, csv or tsv)");
        }
    }

    /// <summary>Rows the table reads before writing anything, to size its columns; later rows are written as they come.</summary>
    public const int TableSizingRows = 1000;

    /// <summary>
    /// A plain-text table: terms shortened with the known prefixes, columns padded, deterministic. Column widths come
    /// from the first <see cref="TableSizingRows"/> rows, so a large answer streams (a wider cell further down shifts
    /// its own line only) and an answer of up to that many rows is laid out exactly.
    /// </summary>
    private static void WriteTable(SparqlResult result, TextWriter output, NamespaceMap prefixes, CancellationToken ct)
    {
        if (result.Kind == SparqlResultKind.Boolean)
        {
            output.WriteLine(result.Boolean ? "yes" : "no");
            return;
        }
        var formatter = new QueryTermFormatter(prefixes);
        string[] Cells(SparqlSolution s) => result.Variables.Select(v => s[v] is { } n ? formatter.Format(n) : "").ToArray();
        using var solutions = result.Solutions.GetEnumerator();
        var head = new List<string[]>();
        bool more;
        while ((more = solutions.MoveNext()) && head.Count < TableSizingRows) head.Add(Cells(solutions.Current));
        var widths = result.Variables.Select((v, i) => Math.Max(v.Length + 1, head.Count == 0 ? 0 : head.Max(r => r[i].Length))).ToArray();
        string Line(IEnumerable<string> cells) => string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
        output.WriteLine(Line(result.Variables.Select(v => "?" + v)));
        output.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var r in head) output.WriteLine(Line(r));
        long count = head.Count;
        if (more)
        {
            do
            {
                ct.ThrowIfCancellationRequested();
                output.WriteLine(Line(Cells(solutions.Current)));
                count++;
            }
            while (solutions.MoveNext());
        }
        output.WriteLine($"({count} {(count == 1 ? "row" : "rows")})");
    }
}

/// <summary>Short, readable spellings of terms for the table format.</summary>
public sealed class QueryTermFormatter(NamespaceMap prefixes)
{
    private readonly List<KeyValuePair<string, string>> _prefixes =
        prefixes.Entries.OrderByDescending(p => p.Value.Length).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();

    public string Format(INode n) => n switch
    {
        IUriNode u => Shorten(u.Iri) ?? "<" + u.Iri + ">",
        IBlankNode b => "_:" + b.Id,
        ILiteralNode { Language.Length: > 0 } l => "\"" + l.Value + "\"@" + l.Language,
        ILiteralNode l when l.Datatype == Vocabulary.XsdString => l.Value,
        ILiteralNode l when l.Datatype is Vocabulary.XsdInteger or Vocabulary.XsdDecimal or Vocabulary.XsdDouble or Vocabulary.XsdBoolean => l.Value,
        ILiteralNode l => "\"" + l.Value + "\"^^" + (Shorten(l.Datatype) ?? "<" + l.Datatype + ">"),
        _ => n.ToNTriples(),
    };

    private string? Shorten(string iri)
    {
        foreach (var (prefix, ns) in _prefixes)
            if (iri.Length > ns.Length && iri.StartsWith(ns, StringComparison.Ordinal) && !iri[ns.Length..].Contains('/'))
                return prefix + ":" + iri[ns.Length..];
        return null;
    }
}
