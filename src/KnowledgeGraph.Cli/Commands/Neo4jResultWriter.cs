using System.Globalization;
using System.Text;
using KnowledgeGraph.Neo4j.Bolt;
using KnowledgeGraph.Neo4j.PackStream;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Writes Cypher results as an aligned text table, JSON ({"columns": [...], "rows": [[...]]}) or CSV (RFC 4180).</summary>
internal static class Neo4jResultWriter
{
    public static async Task<long> WriteAsync(IRecordStream stream, string format, TextWriter output, CancellationToken ct)
    {
        switch (format)
        {
            case "json": return await WriteJsonAsync(stream, output, ct);
            case "csv": return await WriteCsvAsync(stream, output, ct);
            default: return await WriteTableAsync(stream, output, ct);
        }
    }

    private static async Task<long> WriteJsonAsync(IRecordStream stream, TextWriter output, CancellationToken ct)
    {
        using var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        json.WriteStartObject();
        json.WritePropertyName("columns");
        new JArray(stream.Keys).WriteTo(json);
        json.WritePropertyName("rows");
        json.WriteStartArray();
        long n = 0;
        await foreach (var record in stream.WithCancellation(ct))
        {
            new JArray(record.Values.Select(ToJson)).WriteTo(json);
            n++;
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteLine();
        return n;
    }

    private static async Task<long> WriteCsvAsync(IRecordStream stream, TextWriter output, CancellationToken ct)
    {
        output.Write(string.Join(",", stream.Keys.Select(Csv)) + "\r\n");
        long n = 0;
        await foreach (var record in stream.WithCancellation(ct))
        {
            output.Write(string.Join(",", record.Values.Select(v => Csv(Text(v)))) + "\r\n");
            n++;
        }
        return n;
    }

    private static async Task<long> WriteTableAsync(IRecordStream stream, TextWriter output, CancellationToken ct)
    {
        var rows = new List<string[]>();
        await foreach (var record in stream.WithCancellation(ct)) rows.Add(record.Values.Select(Text).ToArray());
        var keys = stream.Keys.ToArray();
        var widths = keys.Select((k, i) => Math.Max(k.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        string Line(IReadOnlyList<string> cells) => "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
        var rule = "+" + string.Join("+", widths.Select(w => new string('-', w + 2))) + "+";
        output.WriteLine(rule);
        output.WriteLine(Line(keys));
        output.WriteLine(rule);
        foreach (var row in rows) output.WriteLine(Line(row));
        output.WriteLine(rule);
        output.WriteLine($"{rows.Count} row{(rows.Count == 1 ? "" : "s")}");
        return rows.Count;
    }

    public static JToken ToJson(object? value) => value switch
    {
        null => JValue.CreateNull(),
        string s => new JValue(s),
        long l => new JValue(l),
        double d => new JValue(d),
        bool b => new JValue(b),
        byte[] bytes => new JValue(Convert.ToBase64String(bytes)),
        DateOnly date => new JValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        Node n => new JObject
        {
            ["id"] = n.ElementId, ["labels"] = new JArray(n.Labels),
            ["properties"] = new JObject(n.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new JProperty(p.Key, ToJson(p.Value)))),
        },
        Relationship r => new JObject
        {
            ["id"] = r.ElementId, ["type"] = r.Type, ["start"] = r.StartNodeElementId, ["end"] = r.EndNodeElementId,
            ["properties"] = new JObject(r.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new JProperty(p.Key, ToJson(p.Value)))),
        },
        KnowledgeGraph.Neo4j.PackStream.Path p => new JObject
        {
            ["nodes"] = new JArray(p.OrderedNodes.Select(ToJson)),
            ["relationships"] = new JArray(p.Relationships.Select(ToJson)),
        },
        UnboundRelationship u => new JObject
        {
            ["id"] = u.ElementId, ["type"] = u.Type,
            ["properties"] = new JObject(u.Properties.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new JProperty(e.Key, ToJson(e.Value)))),
        },
        IReadOnlyDictionary<string, object?> map => new JObject(map.Select(e => new JProperty(e.Key, ToJson(e.Value)))),
        System.Collections.IEnumerable list => new JArray(list.Cast<object?>().Select(ToJson)),
        _ => new JValue(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    /// <summary>Scalars as they read; everything composite as compact JSON.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => ToJson(value).ToString(Formatting.None),
    };

    private static string Csv(string value) =>
        value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
