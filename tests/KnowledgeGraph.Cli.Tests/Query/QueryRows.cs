using Newtonsoft.Json.Linq;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Query;

/// <summary>
/// An answer as rows of column → lexical value (IRIs written out, literals without datatype or language), read from the
/// W3C SPARQL JSON results or kg cypher's JSON, with the assertions the library tests make on them.
/// </summary>
public sealed class QueryRows(string query, IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
{
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; } = rows;

    public static QueryRows FromSparqlJson(string query, string json)
    {
        var bindings = (JArray)JObject.Parse(json)["results"]!["bindings"]!;
        return new QueryRows(query, bindings.Select(b => (IReadOnlyDictionary<string, string>)((JObject)b).Properties()
            .ToDictionary(p => p.Name, p => (string)p.Value["value"]!)).ToList());
    }

    public static QueryRows FromCypherJson(string query, string json)
    {
        var root = JObject.Parse(json);
        var columns = root["columns"]!.Select(c => (string)c!).ToList();
        return new QueryRows(query, ((JArray)root["rows"]!).Select(r => (IReadOnlyDictionary<string, string>)columns
            .Select((c, i) => (c, v: r[i]))
            .Where(x => x.v is not null && x.v.Type != JTokenType.Null)
            .ToDictionary(x => x.c, x => x.v!.Type == JTokenType.Array ? string.Join("|", x.v!.Select(e => (string)e!)) : x.v!.Type == JTokenType.Boolean ? ((bool)x.v!).ToString().ToLowerInvariant() : (string)x.v!)).ToList());
    }

    private static bool Matches(IReadOnlyDictionary<string, string> row, (string Column, string Value)[] cells) =>
        cells.All(c => c.Value.StartsWith('~')
            ? row.TryGetValue(c.Column, out var v) && v.Contains(c.Value[1..], StringComparison.Ordinal)
            : c.Value.Length == 0 ? !row.ContainsKey(c.Column) || row[c.Column].Length == 0
            : row.TryGetValue(c.Column, out var w) && w == c.Value);

    private string Dump() => string.Join("\n", Rows.Take(40).Select(r => string.Join(" | ", r.Select(kv => $"{kv.Key}={(kv.Value.Length > 60 ? kv.Value[..60] + "…" : kv.Value)}"))));

    /// <summary>Some row has every given cell ("~text" = contains text, "" = unbound or empty).</summary>
    public QueryRows Has(params (string Column, string Value)[] cells)
    {
        Assert.True(Rows.Any(r => Matches(r, cells)), $"{query}: no row with {string.Join(", ", cells.Select(c => c.Column + "=" + c.Value))}; rows:\n{Dump()}");
        return this;
    }

    public QueryRows HasNo(params (string Column, string Value)[] cells)
    {
        Assert.False(Rows.Any(r => Matches(r, cells)), $"{query}: unexpected row with {string.Join(", ", cells.Select(c => c.Column + "=" + c.Value))}; rows:\n{Dump()}");
        return this;
    }

    /// <summary>The set of distinct values of a column is exactly this.</summary>
    public QueryRows Exactly(string column, params string[] values)
    {
        var actual = Rows.Select(r => r.TryGetValue(column, out var v) ? v : "").Distinct().OrderBy(v => v, StringComparer.Ordinal).ToList();
        Assert.True(values.OrderBy(v => v, StringComparer.Ordinal).SequenceEqual(actual),
            $"{query}: column {column} is [{string.Join(", ", actual)}], expected [{string.Join(", ", values.OrderBy(v => v, StringComparer.Ordinal))}]");
        return this;
    }

    public QueryRows Includes(string column, params string[] values)
    {
        var actual = Rows.Select(r => r.TryGetValue(column, out var v) ? v : "").ToHashSet();
        var missing = values.Where(v => !actual.Contains(v)).ToList();
        Assert.True(missing.Count == 0, $"{query}: column {column} lacks [{string.Join(", ", missing)}]; has [{string.Join(", ", actual.Order())}]");
        return this;
    }

    public QueryRows Count(int n)
    {
        Assert.True(Rows.Count == n, $"{query}: {Rows.Count} rows, expected {n}; rows:\n{Dump()}");
        return this;
    }

    /// <summary>The column's values appear in this order among the rows (each first occurrence).</summary>
    public QueryRows InOrder(string column, params string[] values)
    {
        var firsts = values.Select(v => Rows.ToList().FindIndex(r => r.TryGetValue(column, out var x) && x == v)).ToList();
        Assert.True(firsts.All(i => i >= 0) && firsts.Zip(firsts.Skip(1)).All(p => p.First < p.Second),
            $"{query}: {column} values [{string.Join(", ", values)}] not all present in that order (positions {string.Join(", ", firsts)})");
        return this;
    }
}
