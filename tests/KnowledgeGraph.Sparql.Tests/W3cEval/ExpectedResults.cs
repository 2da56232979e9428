using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Tests.W3cEval;

/// <summary>A result set or a boolean, as written in a test's expected-results file.</summary>
public sealed record ResultTable(IReadOnlyList<string> Variables, IReadOnlyList<IReadOnlyDictionary<string, INode>> Rows, bool? Boolean);

/// <summary>
/// Readers for the expected-result files of the W3C suites: SPARQL XML (.srx), JSON (.srj), TSV, CSV, and result
/// sets written as RDF (rs: vocabulary) in Turtle (.ttl) or RDF/XML (.rdf, sort tests only).
/// </summary>
public static class ExpectedResults
{
    private const string Rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#";
    private static readonly XNamespace SrxNs = "http://www.w3.org/2005/sparql-results#";

    public static ResultTable ReadSrx(string path)
    {
        var doc = XDocument.Load(path);
        var root = doc.Root!;
        var vars = root.Element(SrxNs + "head")!.Elements(SrxNs + "variable").Select(v => (string)v.Attribute("name")!).ToList();
        var boolean = root.Element(SrxNs + "boolean");
        if (boolean is not null) return new ResultTable(vars, [], boolean.Value.Trim() == "true");
        var rows = new List<IReadOnlyDictionary<string, INode>>();
        foreach (var r in root.Element(SrxNs + "results")!.Elements(SrxNs + "result"))
        {
            var row = new Dictionary<string, INode>();
            foreach (var b in r.Elements(SrxNs + "binding"))
            {
                var value = b.Elements().First();
                row[(string)b.Attribute("name")!] = value.Name.LocalName switch
                {
                    "uri" => new UriNode(value.Value),
                    "bnode" => new BlankNode(value.Value),
                    _ => new LiteralNode(value.Value, (string?)value.Attribute("datatype"),
                        (string?)value.Attribute(XNamespace.Xml + "lang")),
                };
            }
            rows.Add(row);
        }
        return new ResultTable(vars, rows, null);
    }

    public static ResultTable ReadSrj(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        var vars = root.TryGetProperty("head", out var head) && head.TryGetProperty("vars", out var vs)
            ? vs.EnumerateArray().Select(v => v.GetString()!).ToList() : new List<string>();
        if (root.TryGetProperty("boolean", out var b)) return new ResultTable(vars, [], b.GetBoolean());
        var rows = new List<IReadOnlyDictionary<string, INode>>();
        foreach (var r in root.GetProperty("results").GetProperty("bindings").EnumerateArray())
        {
            var row = new Dictionary<string, INode>();
            foreach (var p in r.EnumerateObject())
            {
                var type = p.Value.GetProperty("type").GetString();
                var value = p.Value.GetProperty("value").GetString()!;
                row[p.Name] = type switch
                {
                    "uri" => new UriNode(value),
                    "bnode" => new BlankNode(value),
                    _ => new LiteralNode(value,
                        p.Value.TryGetProperty("datatype", out var dt) ? dt.GetString() : null,
                        p.Value.TryGetProperty("xml:lang", out var lang) ? lang.GetString() : null),
                };
            }
            rows.Add(row);
        }
        return new ResultTable(vars, rows, null);
    }

    /// <summary>TSV results: a header of ?variables, then terms in Turtle syntax.</summary>
    public static ResultTable ReadTsv(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var vars = lines[0].Split('\t').Select(v => v.TrimStart('?', '$')).ToList();
        var rows = new List<IReadOnlyDictionary<string, INode>>();
        foreach (var line in lines.Skip(1))
        {
            if (line.Length == 0) continue;
            var cells = line.Split('\t');
            var row = new Dictionary<string, INode>();
            for (int i = 0; i < vars.Count && i < cells.Length; i++)
                if (cells[i].Length > 0) row[vars[i]] = ParseTsvTerm(cells[i]);
            rows.Add(row);
        }
        return new ResultTable(vars, rows, null);
    }

    private static INode ParseTsvTerm(string cell)
    {
        if (cell.StartsWith('<')) return new UriNode(cell[1..^1]);
        if (cell.StartsWith("_:")) return new BlankNode(cell[2..]);
        if (cell.StartsWith('"'))
        {
            int end = cell.LastIndexOf('"');
            var lex = Unescape(cell[1..end]);
            var rest = cell[(end + 1)..];
            if (rest.StartsWith('@')) return new LiteralNode(lex, null, rest[1..]);
            if (rest.StartsWith("^^<")) return new LiteralNode(lex, rest[3..^1]);
            return new LiteralNode(lex);
        }
        if (cell is "true" or "false") return new LiteralNode(cell, Vocabulary.XsdBoolean);
        if (cell.Contains('e') || cell.Contains('E')) return new LiteralNode(cell, Vocabulary.XsdDouble);
        if (cell.Contains('.')) return new LiteralNode(cell, Vocabulary.XsdDecimal);
        return new LiteralNode(cell, Vocabulary.XsdInteger);
    }

    private static string Unescape(string s) => s.Replace("\\t", "\t").Replace("\\n", "\n").Replace("\\r", "\r").Replace("\\\"", "\"").Replace("\\\\", "\\");

    /// <summary>CSV results carry no term types: every value is read as a simple literal (IRIs too), compared leniently.</summary>
    public static ResultTable ReadCsv(string path)
    {
        var records = ParseCsv(File.ReadAllText(path, Encoding.UTF8));
        var vars = records[0];
        var rows = new List<IReadOnlyDictionary<string, INode>>();
        foreach (var rec in records.Skip(1))
        {
            var row = new Dictionary<string, INode>();
            for (int i = 0; i < vars.Count && i < rec.Count; i++)
                if (rec[i].Length > 0) row[vars[i]] = new LiteralNode(rec[i]);
            rows.Add(row);
        }
        return new ResultTable(vars, rows, null);
    }

    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = new List<string>();
            }
            else field.Append(c);
        }
        if (field.Length > 0 || record.Count > 0) { record.Add(field.ToString()); records.Add(record); }
        return records;
    }

    /// <summary>A result set described in RDF with the rs: vocabulary.</summary>
    public static ResultTable FromRdf(IReadOnlyList<Quad> quads)
    {
        var index = quads.GroupBy(q => (q.Subject, ((IUriNode)q.Predicate).Iri)).ToDictionary(g => g.Key, g => g.Select(q => q.Object).ToList());
        IReadOnlyList<INode> All(INode s, string p) => index.TryGetValue((s, p), out var l) ? l : [];
        var set = quads.First(q => q.Object is IUriNode { Iri: Rs + "ResultSet" }).Subject;
        var vars = All(set, Rs + "resultVariable").Select(v => ((ILiteralNode)v).Value).ToList();
        if (All(set, Rs + "boolean").FirstOrDefault() is ILiteralNode b) return new ResultTable(vars, [], b.Value == "true");
        var rows = new List<(int Index, IReadOnlyDictionary<string, INode> Row)>();
        foreach (var solution in All(set, Rs + "solution"))
        {
            var row = new Dictionary<string, INode>();
            foreach (var binding in All(solution, Rs + "binding"))
            {
                var name = ((ILiteralNode)All(binding, Rs + "variable")[0]).Value;
                row[name] = All(binding, Rs + "value")[0];
            }
            int idx = All(solution, Rs + "index").FirstOrDefault() is ILiteralNode i ? int.Parse(i.Value, CultureInfo.InvariantCulture) : 0;
            rows.Add((idx, row));
        }
        return new ResultTable(vars, rows.OrderBy(r => r.Index).Select(r => r.Row).ToList(), null);
    }

    /// <summary>The RDF/XML of the sort tests' result sets: striped rs: elements with rdf:parseType="Resource".</summary>
    public static ResultTable ReadRdfXmlResultSet(string path)
    {
        XNamespace rs = Rs;
        XNamespace rdf = Vocabulary.Rdf;
        var set = XDocument.Load(path).Descendants(rs + "ResultSet").First();
        var vars = set.Elements(rs + "resultVariable").Select(e => e.Value).ToList();
        var rows = new List<(int, IReadOnlyDictionary<string, INode>)>();
        foreach (var s in set.Elements(rs + "solution"))
        {
            var row = new Dictionary<string, INode>();
            foreach (var b in s.Elements(rs + "binding"))
            {
                var name = b.Element(rs + "variable")!.Value;
                var v = b.Element(rs + "value")!;
                INode node;
                if (v.Attribute(rdf + "resource") is { } res) node = new UriNode(res.Value);
                else if (v.Attribute(rdf + "nodeID") is { } id) node = new BlankNode(id.Value);
                else node = new LiteralNode(v.Value, (string?)v.Attribute(rdf + "datatype"), (string?)v.Attribute(XNamespace.Xml + "lang"));
                row[name] = node;
            }
            int idx = s.Element(rs + "index") is { } ie ? int.Parse(ie.Value, CultureInfo.InvariantCulture) : 0;
            rows.Add((idx, row));
        }
        return new ResultTable(vars, rows.OrderBy(r => r.Item1).Select(r => r.Item2).ToList(), null);
    }
}
