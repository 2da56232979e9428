using Xunit;
using System.Net;
using System.Net.Sockets;
using KnowledgeGraph.Cli.Commands;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Cli.Tests.Neo4j;

/// <summary>kg load-neo4j, kg cypher and the example queries against the real server.</summary>
[Collection(Neo4jCliCollection.Name)]
public class Neo4jCommandsTests
{
    private readonly Neo4jCliServerFixture _server;

    public Neo4jCommandsTests(Neo4jCliServerFixture server) => _server = server;

    private Task<(int Exit, string Stdout, string Stderr)> Kg(params string[] args) =>
        Neo4jCliSupport.KgAsync(args.Concat(new[] { "--uri", _server.Uri }).ToArray());

    /// <summary>The fixture loaded the news graph once into an empty database; no test here changes it.</summary>
    private void LoadFreshAsync() => Assert.True(_server.LoadExit == 0, _server.LoadError);

    /// <summary>The queries with an answer recorded on the fixture (the parameterless ones); every library query is also
    /// checked on the seeds graph by Query/SeedCypherQueryTests, with its default parameters.</summary>
    public static IEnumerable<object[]> ExampleQueries() =>
        Directory.EnumerateFiles(Path.Combine(Neo4jCliSupport.QueriesFolder, "expected", "news-graph"), "*.csv").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

    [Theory]
    [MemberData(nameof(ExampleQueries))]
    public async Task Example_query_returns_its_expected_answer(string name)
    {
        LoadFreshAsync();
        var expectedFile = Path.Combine(Neo4jCliSupport.QueriesFolder, "expected", "news-graph", name + ".csv");
        Assert.True(File.Exists(expectedFile), $"{expectedFile} is missing");
        var run = await Kg("cypher", "--format", "csv", Path.Combine(Neo4jCliSupport.QueriesFolder, name + ".cypher"));
        Assert.True(run.Exit == 0, run.Stderr);
        Assert.Equal(await File.ReadAllTextAsync(expectedFile), run.Stdout);
    }

    [Fact]
    public async Task Loading_twice_reports_nothing_new_and_counts_stay()
    {
        LoadFreshAsync();
        var before = await Kg("cypher", "--format", "json", "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r");
        var again = await Kg("load-neo4j", Neo4jCliSupport.NewsGraph);
        Assert.Equal(0, again.Exit);
        Assert.Contains("(0 nodes and 0 relationships new)", again.Stdout);
        var after = await Kg("cypher", "--format", "json", "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r");
        Assert.Equal(before.Stdout, after.Stdout);
        var rows = (JArray)JObject.Parse(after.Stdout)["rows"]!;
        Assert.True(rows[0]![0]!.Value<long>() > 10);
    }

    [Fact]
    public async Task Writes_are_refused_without_the_write_flag_and_nothing_is_written()
    {
        var refused = await Kg("cypher", "CREATE (:ShouldNotExist)");
        Assert.Equal(ExitCodes.InputError, refused.Exit);
        Assert.Contains("--write", refused.Stderr);
        var check = await Kg("cypher", "--format", "csv", "MATCH (n:ShouldNotExist) RETURN count(n) AS c");
        Assert.Equal("c\r\n0\r\n", check.Stdout);
    }

    [Fact]
    public async Task Parameters_are_typed_from_json()
    {
        var run = await Kg("cypher", "--format", "json", "--param", "n=41", "--param", "s=texte libre", "--param", "l=[1,2]",
            "RETURN $n + 1 AS n, $s AS s, size($l) AS size");
        Assert.True(run.Exit == 0, run.Stderr);
        var row = (JArray)JObject.Parse(run.Stdout)["rows"]![0]!;
        Assert.Equal(42, row[0]!.Value<long>());
        Assert.Equal("texte libre", row[1]!.Value<string>());
        Assert.Equal(2, row[2]!.Value<long>());
    }

    [Fact]
    public async Task Syntax_error_exits_with_input_error_and_neo4j_code()
    {
        var run = await Kg("cypher", "MATCH (n RETURN n");
        Assert.Equal(ExitCodes.InputError, run.Exit);
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", run.Stderr);
    }

    [Fact]
    public async Task Server_down_exits_with_service_error_naming_the_uri()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var run = await Neo4jCliSupport.KgAsync("load-neo4j", "--uri", $"bolt://127.0.0.1:{port}", Neo4jCliSupport.NewsGraph);
        Assert.Equal(ExitCodes.ServiceError, run.Exit);
        Assert.Contains($"cannot connect to bolt://127.0.0.1:{port}: connection refused", run.Stderr);
    }

    [Fact]
    public async Task Bad_rdf_exits_with_input_error_naming_file_and_line()
    {
        var file = Path.Combine(Path.GetTempPath(), $"kg-neo4j-bad-{Environment.ProcessId}.nq");
        await File.WriteAllTextAsync(file, "<http://a> <http://b> <http://c> .\n<http://a> <http://b> \"unterminated .\n");
        try
        {
            var run = await Kg("load-neo4j", file);
            Assert.Equal(ExitCodes.InputError, run.Exit);
            Assert.Contains(file + ":2:", run.Stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
