using KnowledgeGraph.Cli.Commands;
using Newtonsoft.Json.Linq;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Query;

public sealed class QueryCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kg-query-tests-" + Guid.NewGuid().ToString("N"));
    private readonly string _data;

    public QueryCommandTests()
    {
        Directory.CreateDirectory(_dir);
        _data = Path.Combine(_dir, "data.ttl");
        File.WriteAllText(_data, """
            @prefix ex: <http://example.org/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            ex:a rdfs:label "Émile"@fr ; ex:age 3 .
            ex:b rdfs:label "Zoé"@fr ; ex:age 5 .
            """);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int Code, string Out, string Err) Run(string query, string format = "table", long? limit = null, string timeout = "30s")
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = QueryCommand.Run([_data], query, format, timeout, limit, false, stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void TableShortensIrisWithTheDataPrefixes()
    {
        var (code, output, _) = Run("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s ?l WHERE { ?s rdfs:label ?l } ORDER BY ?s");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("?s", lines[0]);
        Assert.Contains("ex:a", lines[2]);
        Assert.Contains("\"Émile\"@fr", lines[2]);
        Assert.Equal("(2 rows)", lines[^1]);
    }

    [Fact]
    public void JsonIsTheW3CResultsFormat()
    {
        var (code, output, _) = Run("SELECT ?s ?age WHERE { ?s <http://example.org/age> ?age } ORDER BY DESC(?age)", "json");
        Assert.Equal(0, code);
        var json = JObject.Parse(output);
        Assert.Equal(new[] { "s", "age" }, json["head"]!["vars"]!.Select(v => (string)v!));
        var first = json["results"]!["bindings"]![0]!;
        Assert.Equal("uri", (string)first["s"]!["type"]!);
        Assert.Equal("http://example.org/b", (string)first["s"]!["value"]!);
        Assert.Equal("http://www.w3.org/2001/XMLSchema#integer", (string)first["age"]!["datatype"]!);
    }

    [Fact]
    public void CsvAndTsvFollowTheSpec()
    {
        // ORDER BY compares strings by code point, so "Zoé" sorts before "Émile".
        var csv = Run("SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l", "csv").Out;
        Assert.Equal("l\r\nZoé\r\nÉmile\r\n", csv);
        var tsv = Run("SELECT ?l ?age WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l ; <http://example.org/age> ?age } ORDER BY ?age", "tsv").Out;
        Assert.Equal("?l\t?age\n\"Émile\"@fr\t3\n\"Zoé\"@fr\t5\n", tsv);
    }

    [Fact]
    public void AskWritesYesOrNo()
    {
        Assert.Equal("yes\n", Run("ASK { ?s ?p 3 }").Out.Replace("\r", ""));
        Assert.Equal("no\n", Run("ASK { ?s ?p 4 }").Out.Replace("\r", ""));
    }

    [Fact]
    public void SyntaxErrorNamesLineAndColumn()
    {
        var (code, _, err) = Run("SELECT ?s\nWHERE { ?s ?p }");
        Assert.Equal(ExitCodes.InputError, code);
        Assert.Matches(@"line 2, column \d+", err);
    }

    [Fact]
    public void UnknownPrefixAndUndefinedFunctionAreNamed()
    {
        var prefix = Run("SELECT ?s WHERE { ?s foo:bar ?o }");
        Assert.Equal(ExitCodes.InputError, prefix.Code);
        Assert.Contains("foo", prefix.Err);
        var function = Run("SELECT ?s WHERE { ?s ?p ?o FILTER(<http://example.org/nofn>(?o)) }");
        Assert.Equal(ExitCodes.InputError, function.Code);
        Assert.Contains("undefined function <http://example.org/nofn>", function.Err);
    }

    [Fact]
    public void ResultLimitStopsWithItsOwnExitCodeAfterTheRowsWithinIt()
    {
        // Answers stream (issue 14): the rows within the limit are written, then the query stops and says so.
        var (code, output, err) = Run("SELECT * WHERE { ?s ?p ?o }", "csv", limit: 2);
        Assert.Equal(ExitCodes.Limit, code);
        Assert.Equal(3, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);   // the header and two rows
        Assert.Contains("result limit", err);
        Assert.Contains("incomplete", err);
    }

    [Fact]
    public void CrossProductPastTheRowBudgetStopsWithExitCode4()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        // DISTINCT must remember every row of the 4 x 4 x 4 cross product (64 rows): past a budget of 10, the query stops.
        int code = QueryCommand.Run([_data], "SELECT DISTINCT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "json", "30s", null, false, stdout, stderr,
            CancellationToken.None, rowBudget: 10);
        Assert.Equal(ExitCodes.Limit, code);
        Assert.Contains("memory budget", stderr.ToString());
        // The same query within a budget large enough answers all 64 rows.
        var all = new StringWriter();
        Assert.Equal(0, QueryCommand.Run([_data], "SELECT DISTINCT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "csv", "30s", null, false, all, new StringWriter(),
            CancellationToken.None, rowBudget: 1000));
        Assert.Equal(65, all.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("table")]
    public void SelectRowsAreWrittenBeforeTheAnswerIsComplete(string format)
    {
        // A writer that cancels the query as soon as it receives its first row: had the answer been built in full before
        // writing (the old behaviour), every row would be written before the cancellation could be seen.
        var big = Path.Combine(_dir, "big.nt");
        File.WriteAllLines(big, Enumerable.Range(0, 5000).Select(i => $"<http://example.org/s{i}> <http://example.org/p> \"v{i}\" ."));
        using var cts = new CancellationTokenSource();
        var stdout = new FirstRowTrap(cts, "s0");
        var stderr = new StringWriter();
        Assert.Throws<OperationCanceledException>(() =>
            QueryCommand.Run([big], "SELECT ?s ?o WHERE { ?s ?p ?o }", format, "30s", null, false, stdout, stderr, cts.Token));
        Assert.True(stdout.Rows < 5000, $"{stdout.Rows} rows were written before the cancellation was seen");
    }

    [Fact]
    public void ConstructPastTheRowBudgetStopsWithExitCode4AfterTheLinesItStreamed()
    {
        // 16 distinct triples (2 subjects x 2 predicates x 4 objects) from a 64-row cross product: CONSTRUCT keeps each
        // triple once, so it holds them, and the row budget bounds that as it bounds DISTINCT.
        const string query = "CONSTRUCT { ?a ?e ?i } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = QueryCommand.Run([_data], query, "nt", "30s", null, false, stdout, stderr, CancellationToken.None, rowBudget: 10);
        Assert.Equal(ExitCodes.Limit, code);
        Assert.Contains("per-query memory budget", stderr.ToString());
        Assert.Contains("an answer written before this line is incomplete", stderr.ToString());
        // N-Triples streams: the 10 triples within the budget were written before the query stopped.
        Assert.Equal(10, stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        // Turtle sorts before writing: the same query stops with nothing written (no half document).
        var turtle = new StringWriter();
        stderr = new StringWriter();
        Assert.Equal(ExitCodes.Limit, QueryCommand.Run([_data], query, "ttl", "30s", null, false, turtle, stderr, CancellationToken.None, rowBudget: 10));
        Assert.Equal("", turtle.ToString());
        Assert.Contains("per-query memory budget", stderr.ToString());

        // Within the budget, all 16.
        var all = new StringWriter();
        Assert.Equal(0, QueryCommand.Run([_data], query, "nt", "30s", null, false, all, new StringWriter(), CancellationToken.None, rowBudget: 100));
        Assert.Equal(16, all.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Distinct().Count());
    }

    [Theory]
    [InlineData("nt")]
    [InlineData("nq")]
    public void ConstructTriplesAreWrittenBeforeTheAnswerIsComplete(string format)
    {
        // As for SELECT: a writer that cancels the query at its first triple. Had the triples been gathered before
        // writing (the old behaviour), all 5000 would be written before the cancellation could be seen.
        var big = Path.Combine(_dir, "big.nt");
        File.WriteAllLines(big, Enumerable.Range(0, 5000).Select(i => $"<http://example.org/s{i}> <http://example.org/p> \"v{i}\" ."));
        using var cts = new CancellationTokenSource();
        var stdout = new FirstRowTrap(cts, "s0");
        Assert.Throws<OperationCanceledException>(() =>
            QueryCommand.Run([big], "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", format, "30s", null, false, stdout, new StringWriter(), cts.Token));
        Assert.True(stdout.Rows < 5000, $"{stdout.Rows} triples were written before the cancellation was seen");
    }

    /// <summary>Counts the rows written (by their subject IRI) and cancels once the first one arrives.</summary>
    private sealed class FirstRowTrap(CancellationTokenSource cts, string firstRowMarker) : StringWriter
    {
        public int Rows { get; private set; }

        public override void Write(string? value) { Count(value); base.Write(value); }

        public override void Write(System.Text.StringBuilder? value) { Count(value?.ToString()); base.Write(value); }

        public override void WriteLine(string? value) { Count(value); base.WriteLine(value); }

        private void Count(string? value)
        {
            if (value is null) return;
            Rows += System.Text.RegularExpressions.Regex.Matches(value, "example.org/s[0-9]").Count;
            if (value.Contains(firstRowMarker, StringComparison.Ordinal) || Rows > 0) cts.Cancel();
        }
    }

    [Fact]
    public void QueryFileIsReadAndMissingQueryFileIsReported()
    {
        var file = Path.Combine(_dir, "q.rq");
        File.WriteAllText(file, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        var (code, output, _) = Run(file, "csv");
        Assert.Equal(0, code);
        Assert.Equal("n\r\n4\r\n", output);
        var missing = Run(Path.Combine(_dir, "missing.rq"));
        Assert.Equal(ExitCodes.InputError, missing.Code);
        Assert.Contains("missing.rq", missing.Err);
    }

    [Fact]
    public void BadTimeoutIsAnInputError()
    {
        var (code, _, err) = Run("ASK {}", timeout: "soon");
        Assert.Equal(ExitCodes.InputError, code);
        Assert.Contains("--timeout", err);
    }
}
