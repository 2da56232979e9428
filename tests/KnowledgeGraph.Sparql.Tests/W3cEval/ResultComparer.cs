using System.Globalization;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Tests.W3cEval;

/// <summary>A result set or a boolean, as the comparer sees it.</summary>
public sealed record ResultTable(IReadOnlyList<string> Variables, IReadOnlyList<IReadOnlyDictionary<string, INode>> Rows, bool? Boolean)
{
    /// <summary>Materialises a SELECT or ASK result (from the engine or from a result reader).</summary>
    public static ResultTable From(SparqlResult result) => result.Kind == SparqlResultKind.Boolean
        ? new ResultTable([], [], result.Boolean)
        : new ResultTable(result.Variables, result.Solutions.Select(s => s.Bindings).ToList(), null);
}

/// <summary>
/// Compares result sets as the SPARQL test suites require: as multisets unless the query orders them, blank nodes up
/// to a consistent renaming, numeric literals of the same datatype by value (canonical forms may differ).
/// </summary>
public static class ResultComparer
{
    /// <param name="decimalDigits">
    /// When set, xsd:decimal values are compared rounded to this many significant digits: the precision of decimal
    /// division (AVG) is implementation-defined (XPath F&amp;O §4.2), so two engines may rightly differ past it.
    /// </param>
    public static string? Compare(ResultTable expected, ResultTable actual, IReadOnlyList<string>? orderKeys, int? decimalDigits = null)
    {
        string Key(INode? n) => ResultComparer.Key(n, decimalDigits);
        string Signature(IReadOnlyDictionary<string, INode> row) => ResultComparer.Signature(row, decimalDigits);

        if (expected.Boolean is { } eb)
            return actual.Boolean == eb ? null : $"expected boolean {eb}, got {actual.Boolean?.ToString() ?? "a result set"}";
        if (expected.Rows.Count != actual.Rows.Count)
            return $"expected {expected.Rows.Count} rows, got {actual.Rows.Count}\n{Dump("expected", expected)}\n{Dump("actual", actual)}";
        if (orderKeys is { Count: > 0 })
        {
            for (int i = 0; i < expected.Rows.Count; i++)
                foreach (var k in orderKeys)
                {
                    expected.Rows[i].TryGetValue(k, out var x);
                    actual.Rows[i].TryGetValue(k, out var y);
                    if (x is IBlankNode || y is IBlankNode) continue;
                    if (Key(x) != Key(y)) return $"row {i}: ?{k} is {y?.ToNTriples() ?? "unbound"}, expected {x?.ToNTriples() ?? "unbound"} (ORDER BY)\n{Dump("expected", expected)}\n{Dump("actual", actual)}";
                }
        }
        var e = expected.Rows.ToList();
        var a = actual.Rows.ToList();
        var bySignature = a.Select((r, i) => (Sig: Signature(r), Index: i)).ToLookup(x => x.Sig, x => x.Index);
        var used = new bool[a.Count];
        var map = new Dictionary<string, string>();
        var reverse = new Dictionary<string, string>();
        return Match(0) ? null : $"rows differ\n{Dump("expected", expected)}\n{Dump("actual", actual)}";

        bool Match(int i)
        {
            if (i == e.Count) return true;
            foreach (var j in bySignature[Signature(e[i])])
            {
                if (used[j]) continue;
                var added = new List<string>();
                if (TryMap(e[i], a[j], added))
                {
                    used[j] = true;
                    if (Match(i + 1)) return true;
                    used[j] = false;
                }
                foreach (var k in added) { reverse.Remove(map[k]); map.Remove(k); }
            }
            return false;
        }

        bool TryMap(IReadOnlyDictionary<string, INode> x, IReadOnlyDictionary<string, INode> y, List<string> added)
        {
            foreach (var (k, v) in x)
            {
                if (v is not IBlankNode bx) continue;
                var by = (IBlankNode)y[k];
                if (map.TryGetValue(bx.Id, out var m)) { if (m != by.Id) return false; continue; }
                if (reverse.ContainsKey(by.Id)) return false;
                map[bx.Id] = by.Id;
                reverse[by.Id] = bx.Id;
                added.Add(bx.Id);
            }
            return true;
        }
    }

    /// <summary>The row with blank nodes blurred: rows can only match rows of the same signature.</summary>
    private static string Signature(IReadOnlyDictionary<string, INode> row, int? decimalDigits) =>
        string.Join("|", row.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + (kv.Value is IBlankNode ? "_" : Key(kv.Value, decimalDigits))));

    public static string Key(INode? n, int? decimalDigits = null)
    {
        if (n is ILiteralNode l && XsdNumeric.IsNumericType(l.Datatype) && XsdNumeric.TryParse(l, out var v))
        {
            var exact = v.IsApproximate ? 0m : v.Exact;
            if (!v.IsApproximate && decimalDigits is { } digits && l.Datatype == Vocabulary.XsdDecimal) exact = RoundSignificant(exact, digits);
            var text = v.IsApproximate ? v.Approximate.ToString("R", CultureInfo.InvariantCulture) : exact.ToString(CultureInfo.InvariantCulture);
            if (!v.IsApproximate && text.Contains('.')) text = text.TrimEnd('0').TrimEnd('.');
            return "N:" + l.Datatype + ":" + text;
        }
        // Language tags are case-insensitive (RDF 1.1 §3.3).
        if (n is ILiteralNode lang && lang.Language.Length > 0)
            return new LiteralNode(lang.Value, null, lang.Language.ToLowerInvariant()).ToNTriples();
        return n?.ToNTriples() ?? "-";
    }

    private static decimal RoundSignificant(decimal value, int digits)
    {
        if (value == 0) return 0;
        int magnitude = (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        int places = digits - 1 - magnitude;
        return places is >= 0 and <= 28 ? Math.Round(value, places, MidpointRounding.AwayFromZero) : value;
    }

    private static string Dump(string title, ResultTable t) =>
        title + ":\n" + string.Join("\n", t.Rows.Take(30).Select(r => "  " + string.Join(" ", r.OrderBy(kv => kv.Key).Select(kv => kv.Key + "=" + kv.Value.ToNTriples()))));
}
