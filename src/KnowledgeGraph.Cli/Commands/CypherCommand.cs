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
        var query = new Argument<string?>("QUERY") { Description = "Cypher text, or a file holding it (e.g. queries/claims-by-speaker.cypher)", Arity = ArgumentArity.ZeroOrOne };
        var name = new Option<string?>("--name", "-n") { Description = "run the library query queries/NAME.cypher (see --list); --param overrides its defaults" };
        var list = new Option<bool>("--list") { Description = "list the library's Cypher queries with their question and parameters" };
        var library = new Option<string?>("--library") { Description = "the query library folder (default: $KG_QUERIES, ./queries, or the queries/ folder above kg)" };
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
        command.Add(name);
        command.Add(list);
        command.Add(library);

        command.SetAction(async (parse, ct) =>
        {
            try
            {
                if (parse.GetValue(list))
                {
                    QueryLibrary.WriteList(QueryLibrary.List(QueryLibrary.Locate(parse.GetValue(library)), ".cypher"), Console.Out);
                    return ExitCodes.Ok;
                }
                var given = parse.GetValue(query);
                var libraryName = parse.GetValue(name);
                if ((given is null) == (libraryName is null))
                    throw new ArgumentException("give either a QUERY (text or file) or --name (a library query; see --list)");
                string text;
                Dictionary<string, object?> args;
                if (libraryName is not null)
                {
                    // Library parameters are declared with a type; the values travel as Bolt parameters, apart from the text.
                    var entry = QueryLibrary.Find(QueryLibrary.Locate(parse.GetValue(library)), libraryName, ".cypher");
                    text = await File.ReadAllTextAsync(entry.Path, ct);
                    args = QueryLibrary.CypherParameters(entry, QueryLibrary.ParseArguments(entry, parse.GetValue(parameters) ?? []));
                }
                else
                {
                    text = given!;
                    if (File.Exists(text)) text = await File.ReadAllTextAsync(text, ct);
                    args = ParseParameters(parse.GetValue(parameters) ?? Array.Empty<string>());
                }
                text = text.Trim().TrimEnd(';');
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
            catch (FormatException e)
            {
                Console.Error.WriteLine($"kg cypher: {e.Message}");
                return ExitCodes.InputError;
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
