using System.CommandLine;
using KnowledgeGraph.Neo4j.Bolt;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg cypher [--uri] [--format table|json|csv] [--param k=v]... [--write] QUERY|FILE</c>. Read-only unless --write:
/// Bolt 4+ sessions are opened in read mode (the server enforces it); on Bolt 1, which has no access mode, the query
/// text is inspected for write clauses (see <see cref="CypherWriteDetector"/>) and refused before it is sent.
/// </summary>
public static class CypherCommand
{
    public static Command Create()
    {
        var command = new Command("cypher", "Runs Cypher on Neo4j (read-only unless --write).");
        var query = new Argument<string>("QUERY") { Description = "Cypher text, or a file holding it (e.g. queries/claims.cypher)" };
        var connection = Neo4jCommandSupport.AddConnectionOptions(command);
        var format = new Option<string>("--format", "-f") { Description = "table (default), json or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var parameters = new Option<string[]>("--param", "-P")
        {
            Description = "query parameter k=v; v is read as JSON when it parses (42, true, [1,2], \"text\"), else as a string. Repeatable.",
        };
        var write = new Option<bool>("--write") { Description = "allow queries that write" };
        var timeout = new Option<double?>("--timeout") { Description = "seconds before the query is abandoned (exit 4)" };
        command.Add(query);
        command.Add(format);
        command.Add(parameters);
        command.Add(write);
        command.Add(timeout);

        command.SetAction(async (parse, ct) =>
        {
            try
            {
                var text = parse.GetValue(query)!;
                if (File.Exists(text)) text = await File.ReadAllTextAsync(text, ct);
                text = text.Trim().TrimEnd(';');
                var args = ParseParameters(parse.GetValue(parameters) ?? Array.Empty<string>());
                var allowWrite = parse.GetValue(write);
                if (!allowWrite && CypherWriteDetector.FindWrite(text) is { } clause)
                {
                    Console.Error.WriteLine($"kg cypher: the query writes ({clause}); add --write to allow it");
                    return ExitCodes.InputError;
                }
                using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
                if (parse.GetValue(timeout) is { } seconds) limit.CancelAfter(TimeSpan.FromSeconds(seconds));

                await using var db = new BoltDriver(connection.Endpoint(parse));
                await using var session = await db.OpenSessionAsync(new SessionOptions(allowWrite ? AccessMode.Write : AccessMode.Read), limit.Token);
                var stream = await session.RunAsync(text, args, limit.Token);
                var stdout = Console.Out;
                await Neo4jResultWriter.WriteAsync(stream, parse.GetValue(format)!, stdout, limit.Token);
                await stdout.FlushAsync(limit.Token);
                return ExitCodes.Ok;
            }
            catch (Exception e)
            {
                return Neo4jCommandSupport.Fail("cypher", e);
            }
        });
        return command;
    }

    public static Dictionary<string, object?> ParseParameters(IEnumerable<string> pairs)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0) throw new ArgumentException($"--param '{pair}': expected name=value");
            result[pair[..eq]] = ParseValue(pair[(eq + 1)..]);
        }
        return result;
    }

    private static object? ParseValue(string text)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double };
            var token = JToken.ReadFrom(reader);
            if (reader.Read()) return text; // trailing content: not a single JSON value
            return FromJson(token);
        }
        catch (JsonReaderException)
        {
            return text;
        }
    }

    private static object? FromJson(JToken token) => token.Type switch
    {
        JTokenType.Null => null,
        JTokenType.Boolean => token.Value<bool>(),
        JTokenType.Integer => token.Value<long>(),
        JTokenType.Float => token.Value<double>(),
        JTokenType.String => token.Value<string>(),
        JTokenType.Array => token.Select(FromJson).ToList(),
        JTokenType.Object => ((JObject)token).Properties().ToDictionary(p => p.Name, p => FromJson(p.Value)),
        _ => token.ToString(),
    };
}
