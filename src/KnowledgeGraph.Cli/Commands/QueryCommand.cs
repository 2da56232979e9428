using System.CommandLine;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Remote;
using KnowledgeGraph.Server.Backends;
using KnowledgeGraph.Sparql;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// kg query: loads RDF files or kg build output folders into the embedded store and runs one SPARQL query.
/// The answer is written as a table by default (terminal or not, so scripts see the same thing a person does);
/// --format json|xml|csv|tsv gives the W3C result formats, ttl|nt|jsonld|nq|trig the graph of CONSTRUCT/DESCRIBE.
/// </summary>
public static class QueryCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data", "-d")
        {
            Description = "RDF files (.ttl .nt .nq .trig .jsonld) or kg build output folders (graph.trig is used when present)",
            AllowMultipleArgumentsPerToken = true,
        };
        var query = new Option<string?>("--query", "-q") { Description = "a .rq file or the query text itself" };
        var name = new Option<string?>("--name", "-n") { Description = "run the library query queries/NAME.rq (see --list) on the union of all graphs" };
        var parameters = new Option<string[]>("--param", "-P") { Description = "a library query's parameter, name=value (repeatable); the value is bound as a typed term, never pasted into the text" };
        var list = new Option<bool>("--list") { Description = "list the library's queries with their question and parameters" };
        var library = new Option<string?>("--library") { Description = "the query library folder (default: $KG_QUERIES, ./queries, or the queries/ folder above kg)" };
        var format = new Option<string>("--format", "-f") { Description = "table (default), json, xml, csv, tsv; for CONSTRUCT/DESCRIBE: ttl, nt, jsonld, nq, trig", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(QueryResultWriter.Formats);
        var timeout = new Option<string>("--timeout") { Description = "stop the query after this long, e.g. 30s, 500ms, 2m", DefaultValueFactory = _ => "30s" };
        var limit = new Option<long?>("--limit") { Description = "stop the query when it has more than N solutions or triples" };
        var union = new Option<bool>("--union-default-graph") { Description = "query the union of all graphs as the default graph (kg build puts each article in its own named graph)" };

        var command = new Command("query", "Runs a SPARQL 1.1 query on the embedded store.");
        command.Add(data);
        command.Add(query);
        command.Add(format);
        command.Add(timeout);
        command.Add(limit);
        command.Add(union);
        command.Add(name);
        command.Add(parameters);
        command.Add(list);
        command.Add(library);
        var rowBudget = new Option<long>("--row-budget")
        {
            Description = "per-query memory budget: intermediate rows held by joins, groups, sorts, DISTINCT (exit 4 past it; as kg serve)",
            DefaultValueFactory = _ => QueryRequest.DefaultRowBudget,
        };
        var endpoint = new Option<string?>("--endpoint", "-e")
        {
            Description = "answer from this SPARQL 1.1 endpoint (what kg push wrote) instead of --data; credentials from KG_ENDPOINT_USER/KG_ENDPOINT_PASSWORD or KG_ENDPOINT_TOKEN",
        };
        command.Add(rowBudget);
        command.Add(endpoint);
        var explain = new Option<bool>("--explain") { Description = "print the optimised algebra and the plan (join order, strategies) instead of running the query" };
        command.Add(explain);
        command.SetAction((parseResult, ct) =>
        {
            if (parseResult.GetValue(explain) && parseResult.GetValue(query) is { } explained)
                return Task.FromResult(QueryExplain.Run(parseResult.GetValue(data) ?? [], explained, parseResult.GetValue(union), Console.Out, Console.Error, ct));
            var stdout = StandardOutput();
            try
            {
                return Task.FromResult(Run(new QueryRequest(
                    parseResult.GetValue(data) ?? [], parseResult.GetValue(query), parseResult.GetValue(name),
                    parseResult.GetValue(parameters) ?? [], parseResult.GetValue(list), parseResult.GetValue(library),
                    parseResult.GetValue(format) ?? "table", parseResult.GetValue(timeout) ?? "30s", parseResult.GetValue(limit),
                    parseResult.GetValue(union), parseResult.GetValue(rowBudget), parseResult.GetValue(endpoint)), stdout, Console.Error, ct));
            }
            finally
            {
                stdout.Flush();
            }
        });
        return command;
    }

    /// <summary>kg query with every option: a query given by --query, or a library query by --name with --param values, or --list.</summary>
    public static int Run(QueryRequest request, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        try
        {
            if (request.List)
            {
                QueryLibrary.WriteList(QueryLibrary.List(QueryLibrary.Locate(request.Library), ".rq"), stdout);
                return ExitCodes.Ok;
            }
            if ((request.Query is null) == (request.Name is null))
                throw new ArgumentException("give either --query (a .rq file or text) or --name (a library query; see --list)");
            if (request.Data.Count == 0 && request.Endpoint is null) throw new ArgumentException("--data is required (RDF files or kg build output folders), or --endpoint URL");
            if (request.Data.Count > 0 && request.Endpoint is not null) throw new ArgumentException("give --data or --endpoint, not both");
            if (request.RowBudget < 1) throw new ArgumentException("--row-budget must be at least 1");
            if (request.Name is null)
            {
                if (request.Parameters.Count > 0) throw new ArgumentException("--param goes with --name (library queries declare their parameters)");
                return Run(request.Data.ToArray(), request.Query!, request.Format, request.Timeout, request.Limit, request.UnionDefaultGraph, stdout, stderr, ct,
                    rowBudget: request.RowBudget, endpoint: request.Endpoint);
            }
            var entry = QueryLibrary.Find(QueryLibrary.Locate(request.Library), request.Name, ".rq");
            var text = QueryLibrary.BindSparql(entry, QueryLibrary.ParseArguments(entry, request.Parameters));
            // Library queries ask about the whole graph: a build folder's per-article named graphs are always part of it.
            return Run(request.Data.ToArray(), text, request.Format, request.Timeout, request.Limit, true, stdout, stderr, ct, entry.Path,
                request.RowBudget, request.Endpoint);
        }
        catch (Exception e) when (e is ArgumentException or IOException or FormatException)
        {
            stderr.WriteLine($"kg query: {e.Message}");
            return ExitCodes.InputError;
        }
    }

    public static int Run(string[] dataPaths, string queryArgument, string format, string timeoutText, long? limit,
        bool unionDefaultGraph, TextWriter stdout, TextWriter stderr, CancellationToken ct, string? libraryPath = null,
        long rowBudget = QueryRequest.DefaultRowBudget, string? endpoint = null)
    {
        string source = libraryPath ?? queryArgument;
        try
        {
            var timeout = QueryOptionParsing.ParseTimeout(timeoutText);
            var (text, src) = libraryPath is null ? QueryOptionParsing.ReadTextOrFile(queryArgument, "query") : (queryArgument, libraryPath);
            source = src;
            var options = new SparqlQueryOptions(timeout, limit, UnionDefaultGraph: unionDefaultGraph, RowBudget: rowBudget);
            SparqlResult result;
            NamespaceMap prefixes;
            if (endpoint is null)
            {
                var store = LoadData(dataPaths, stderr, ct);
                prefixes = store.Namespaces;
                result = new SparqlQueryProcessor(store).Query(text, options, ct);
            }
            else
            {
                if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)) throw new ArgumentException($"--endpoint {endpoint}: not an absolute URL");
                using var client = new SparqlProtocolClient(uri, RemoteCredentials.FromEnvironment(), timeout + TimeSpan.FromSeconds(5));
                prefixes = new NamespaceMap();
                result = new RemoteQueryProcessor(client, new RemoteDataset()).Query(text, options, ct);
            }
            try
            {
                // SELECT answers are written as the solutions come (the writers stream; the table holds only its first
                // rows to size the columns): a query stopped by a limit leaves what was written, then says so on stderr.
                QueryResultWriter.Write(result, format, stdout, prefixes, ct);
            }
            finally
            {
                stdout.Flush();
            }
            return ExitCodes.Ok;
        }
        catch (OutOfMemoryException)
        {
            // Budgets bound what the engine holds; this is the last guard, so the process never dies without a word.
            stderr.WriteLine("kg query: the query ran out of memory; lower --row-budget or --limit, or add a LIMIT");
            return ExitCodes.Limit;
        }
        catch (Exception e) when (ReportsAs(e, source, stderr) is { } code)
        {
            return code;
        }
    }

    /// <summary>Standard output with a 64 KiB buffer: Console.Out flushes at every write, too slow for millions of rows.</summary>
    private static TextWriter StandardOutput() =>
        new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { NewLine = "\n", AutoFlush = false };

    /// <summary>
    /// The exit code and message of an expected failure of a query (a limit, a syntax error, unreadable data), or null
    /// for anything else (a bug, left to the program's internal-error handler). Shared by running and explaining.
    /// </summary>
    internal static int? ReportsAs(Exception e, string source, TextWriter stderr)
    {
        switch (e)
        {
            case QueryLimitExceededException:
                stderr.WriteLine($"kg query: {e.Message} (an answer written before this line is incomplete)");
                return ExitCodes.Limit;
            case RemoteStoreException:
                stderr.WriteLine($"kg query: {e.Message}");
                return ExitCodes.ServiceError;
            case SparqlSyntaxException syntax:
                stderr.WriteLine($"kg query: {source}: syntax error at line {syntax.Line}, column {syntax.Column}: {syntax.Detail}");
                return ExitCodes.InputError;
            case SparqlException:
                stderr.WriteLine($"kg query: {source}: {e.Message}");
                return ExitCodes.InputError;
            case RdfSyntaxException or IOException or ArgumentException or UnauthorizedAccessException:
                stderr.WriteLine($"kg query: {e.Message}");
                return ExitCodes.InputError;
            default:
                return null;
        }
    }

    /// <summary>Loads the --data paths, with a spinner on an interactive terminal.</summary>
    public static MemoryStore LoadData(IReadOnlyList<string> paths, TextWriter stderr, CancellationToken ct)
    {
        var store = new MemoryStore();
        if (Console.IsErrorRedirected || !ReferenceEquals(stderr, Console.Error))
        {
            RdfLoader.LoadPaths(store, paths, ct);
            return store;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Status().Start("Loading data…", _ => RdfLoader.LoadPaths(store, paths, ct));
        return store;
    }
}
