using System.Globalization;
using System.Text;
using System.Xml;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql;
using Newtonsoft.Json;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Writes query answers: SELECT/ASK in the W3C result formats (JSON, XML, CSV, TSV) or as a plain-text table;
/// CONSTRUCT/DESCRIBE in any RDF syntax of the core. Rows are written as they come, so large answers stream.
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
            // Graph answers are sets: the writers sort them, so the output is deterministic.
            var quads = result.Triples.Select(t => t.InGraph(null)).ToList();
            RdfFormats.CreateWriter(rdfFormat).Write(output, quads, new RdfWriterOptions(prefixes.Entries), ct);
            return;
        }
        switch (format)
        {
            case "json": WriteJson(result, output); break;
            case "xml": WriteXml(result, output); break;
            case "csv": WriteSeparated(result, output, ','); break;
            case "tsv": WriteSeparated(result, output, '\t'); break;
            case "table": WriteTable(result, output, prefixes); break;
            default: throw new ArgumentException($"--format {format} does not suit a SELECT/ASK answer (use table, json, xml, csv or tsv)");
        }
    }

    private static void WriteJson(SparqlResult result, TextWriter output)
    {
        using var w = new JsonTextWriter(output) { Formatting = Newtonsoft.Json.Formatting.Indented, CloseOutput = false };
        w.WriteStartObject();
        w.WritePropertyName("head");
        w.WriteStartObject();
        if (result.Kind == SparqlResultKind.Bindings)
        {
            w.WritePropertyName("vars");
            w.WriteStartArray();
            foreach (var v in result.Variables) w.WriteValue(v);
            w.WriteEndArray();
        }
        w.WriteEndObject();
        if (result.Kind == SparqlResultKind.Boolean)
        {
            w.WritePropertyName("boolean");
            w.WriteValue(result.Boolean);
        }
        else
        {
            w.WritePropertyName("results");
            w.WriteStartObject();
            w.WritePropertyName("bindings");
            w.WriteStartArray();
            foreach (var s in result.Solutions)
            {
                w.WriteStartObject();
                foreach (var v in result.Variables)
                {
                    if (s[v] is not { } n) continue;
                    w.WritePropertyName(v);
                    w.WriteStartObject();
                    switch (n)
                    {
                        case IUriNode u: Prop(w, "type", "uri"); Prop(w, "value", u.Iri); break;
                        case IBlankNode b: Prop(w, "type", "bnode"); Prop(w, "value", b.Id); break;
                        case ILiteralNode l:
                            Prop(w, "type", "literal");
                            Prop(w, "value", l.Value);
                            if (l.Language.Length > 0) Prop(w, "xml:lang", l.Language);
                            else if (l.Datatype != Vocabulary.XsdString) Prop(w, "datatype", l.Datatype);
                            break;
                    }
                    w.WriteEndObject();
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.Flush();
        output.WriteLine();
    }

    private static void Prop(JsonWriter w, string name, string value)
    {
        w.WritePropertyName(name);
        w.WriteValue(value);
    }

    private static void WriteXml(SparqlResult result, TextWriter output)
    {
        const string ns = "http://www.w3.org/2005/sparql-results#";
        using var w = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, CloseOutput = false, Encoding = Encoding.UTF8 });
        w.WriteStartDocument();
        w.WriteStartElement("sparql", ns);
        w.WriteStartElement("head", ns);
        foreach (var v in result.Variables)
        {
            w.WriteStartElement("variable", ns);
            w.WriteAttributeString("name", v);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        if (result.Kind == SparqlResultKind.Boolean)
            w.WriteElementString("boolean", ns, result.Boolean ? "true" : "false");
        else
        {
            w.WriteStartElement("results", ns);
            foreach (var s in result.Solutions)
            {
                w.WriteStartElement("result", ns);
                foreach (var v in result.Variables)
                {
                    if (s[v] is not { } n) continue;
                    w.WriteStartElement("binding", ns);
                    w.WriteAttributeString("name", v);
                    switch (n)
                    {
                        case IUriNode u: w.WriteElementString("uri", ns, u.Iri); break;
                        case IBlankNode b: w.WriteElementString("bnode", ns, b.Id); break;
                        case ILiteralNode l:
                            w.WriteStartElement("literal", ns);
                            if (l.Language.Length > 0) w.WriteAttributeString("xml", "lang", null, l.Language);
                            else if (l.Datatype != Vocabulary.XsdString) w.WriteAttributeString("datatype", l.Datatype);
                            w.WriteString(l.Value);
                            w.WriteEndElement();
                            break;
                    }
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndDocument();
        w.Flush();
        output.WriteLine();
    }

    /// <summary>SPARQL 1.1 Query Results CSV and TSV Formats: CSV keeps only lexical forms, TSV writes terms in Turtle syntax.</summary>
    private static void WriteSeparated(SparqlResult result, TextWriter output, char separator)
    {
        bool tsv = separator == '\t';
        if (result.Kind == SparqlResultKind.Boolean)
        {
            output.Write(tsv ? "?_askResult\n" : "_askResult\r\n");
            output.Write(result.Boolean ? "true" : "false");
            output.Write(tsv ? "\n" : "\r\n");
            return;
        }
        string eol = tsv ? "\n" : "\r\n";
        output.Write(string.Join(separator, result.Variables.Select(v => tsv ? "?" + v : CsvField(v))));
        output.Write(eol);
        foreach (var s in result.Solutions)
        {
            output.Write(string.Join(separator, result.Variables.Select(v => s[v] is { } n ? (tsv ? TsvTerm(n) : CsvField(CsvTerm(n))) : "")));
            output.Write(eol);
        }
    }

    private static string CsvTerm(INode n) => n switch
    {
        IUriNode u => u.Iri,
        IBlankNode b => "_:" + b.Id,
        ILiteralNode l => l.Value,
        _ => "",
    };

    private static string CsvField(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

    private static string TsvTerm(INode n)
    {
        if (n is ILiteralNode l && l.Language.Length == 0)
        {
            // Numbers and booleans whose lexical form is Turtle's short form are written bare, as the spec's examples do.
            if (l.Datatype == Vocabulary.XsdInteger && System.Text.RegularExpressions.Regex.IsMatch(l.Value, @"^[+-]?\d+$")) return l.Value;
            if (l.Datatype == Vocabulary.XsdBoolean && l.Value is "true" or "false") return l.Value;
        }
        return n.ToNTriples().Replace("\t", "\\t");
    }

    /// <summary>A plain-text table: terms shortened with the known prefixes, columns padded, deterministic.</summary>
    private static void WriteTable(SparqlResult result, TextWriter output, NamespaceMap prefixes)
    {
        if (result.Kind == SparqlResultKind.Boolean)
        {
            output.WriteLine(result.Boolean ? "yes" : "no");
            return;
        }
        var formatter = new QueryTermFormatter(prefixes);
        var rows = result.Solutions.Select(s => result.Variables.Select(v => s[v] is { } n ? formatter.Format(n) : "").ToArray()).ToList();
        var widths = result.Variables.Select((v, i) => Math.Max(v.Length + 1, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        string Line(IEnumerable<string> cells) => string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
        output.WriteLine(Line(result.Variables.Select(v => "?" + v)));
        output.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var r in rows) output.WriteLine(Line(r));
        output.WriteLine($"({rows.Count} {(rows.Count == 1 ? "row" : "rows")})");
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
