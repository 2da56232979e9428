using System.CommandLine;
using KnowledgeGraph.Neo4j.Bolt;
using KnowledgeGraph.Neo4j.Mapping;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>What the Neo4j commands share: connection options, RDF input, and errors mapped to exit codes.</summary>
internal static class Neo4jCommandSupport
{
    public const string DefaultUri = "bolt://127.0.0.1:7687";

    public sealed record ConnectionOptions(Option<string> Uri, Option<string?> User, Option<string?> Password)
    {
        public BoltEndpoint Endpoint(ParseResult result)
        {
            var uri = result.GetValue(Uri) ?? DefaultUri;
            var password = result.GetValue(Password) ?? Environment.GetEnvironmentVariable("KG_NEO4J_PASSWORD");
            return BoltEndpoint.Parse(uri, result.GetValue(User), password);
        }
    }

    public static ConnectionOptions AddConnectionOptions(Command command)
    {
        var uri = new Option<string>("--uri")
        {
            Description = "Bolt URI of the server (default: $KG_NEO4J_URI or " + DefaultUri + ")",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("KG_NEO4J_URI") is { Length: > 0 } env ? env : DefaultUri,
        };
        var user = new Option<string?>("--user", "-u") { Description = "user name (omit when auth is off)" };
        var password = new Option<string?>("--password", "-p") { Description = "password (or $KG_NEO4J_PASSWORD)" };
        command.Add(uri);
        command.Add(user);
        command.Add(password);
        return new ConnectionOptions(uri, user, password);
    }

    public static Option<NameMode> AddNameModeOption(Command command)
    {
        var option = new Option<NameMode>("--names")
        {
            Description = "labels/types/keys from IRIs: LocalName (default, readable) or Prefixed (prefix__Name, as n10s)",
            DefaultValueFactory = _ => NameMode.LocalName,
        };
        command.Add(option);
        return option;
    }

    public static Option<LanguageMode> AddLanguageModeOption(Command command)
    {
        var option = new Option<LanguageMode>("--languages")
        {
            Description = "tagged strings: Preferred (default: keep the @fr values when there are some), All, or Tagged (text@lang)",
            DefaultValueFactory = _ => LanguageMode.Preferred,
        };
        command.Add(option);
        return option;
    }

    /// <summary>Reads RDF files or kg build output folders and maps them; every graph of the input is kept.</summary>
    public static PropertyGraph ReadAndMap(IReadOnlyList<string> paths, MappingOptions options, CancellationToken cancellationToken)
    {
        var store = new MemoryStore();
        RdfLoader.LoadPaths(store, paths, cancellationToken);
        return new RdfToPropertyGraphMapper(options).Map(store.Match(null, null, null, GraphSelector.All), store.Namespaces, cancellationToken);
    }

    /// <summary>Prints the error the way users need it and returns the exit code that tells scripts which kind it was.</summary>
    public static int Fail(string command, Exception e)
    {
        var (code, message) = e switch
        {
            Neo4jServerException s when s.IsClientError => (ExitCodes.InputError, $"Neo4j refused the query: {s.Message}"),
            Neo4jServerException s => (ExitCodes.ServiceError, $"Neo4j failed: {s.Message}"),
            ServiceUnavailableException s => (ExitCodes.ServiceError, s.Message),
            BoltProtocolException s => (ExitCodes.ServiceError, s.Message),
            RdfSyntaxException s => (ExitCodes.InputError, s.Message),
            FileNotFoundException s => (ExitCodes.InputError, s.Message),
            DirectoryNotFoundException s => (ExitCodes.InputError, s.Message),
            ArgumentException s => (ExitCodes.InputError, s.Message),
            OperationCanceledException => (ExitCodes.Limit, "cancelled or timed out"),
            _ => (ExitCodes.ServiceError, e.Message),
        };
        Console.Error.WriteLine($"kg {command}: {message}");
        return code;
    }
}
