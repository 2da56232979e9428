using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Cli.Tests.Build;
using KnowledgeGraph.Sparql.Syntax;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Query;

/// <summary>The library's files: headers, parameters, binding, and kg query --list.</summary>
public sealed class QueryLibraryTests
{
    private static readonly string Folder = Path.Combine(BuildTestSupport.RepoRoot, "queries");

    public static IEnumerable<object[]> SparqlNames() => QueryLibrary.List(Folder, ".rq").Select(e => new object[] { e.Name });

    [Fact]
    public void The_library_holds_at_least_twenty_SPARQL_queries_and_Cypher_versions()
    {
        Assert.True(QueryLibrary.List(Folder, ".rq").Count >= 20);
        Assert.True(QueryLibrary.List(Folder, ".cypher").Count >= 15);
    }

    [Theory]
    [MemberData(nameof(SparqlNames))]
    public void Each_parameter_has_one_VALUES_block_holding_its_documented_default(string name)
    {
        var entry = QueryLibrary.Find(Folder, name, ".rq");
        Assert.False(string.IsNullOrWhiteSpace(entry.Question));
        var text = File.ReadAllText(entry.Path);
        foreach (var p in entry.Parameters)
        {
            var expected = $"VALUES ?{p.Name} {{ {QueryLibrary.SparqlTerm(p, p.Default)} }}";
            Assert.True(text.Split('\n').Count(l => l.Contains($"VALUES ?{p.Name} ")) == 1 && text.Contains(expected),
                $"{name}: expected exactly one '{expected}' (the header's default)");
        }
        // Binding the defaults gives back the file itself, and the result parses.
        Assert.Equal(text, QueryLibrary.BindSparql(entry, new Dictionary<string, string>()));
        SparqlParser.ParseQuery(text);
    }

    [Fact]
    public void Every_Cypher_query_declares_the_parameters_it_uses()
    {
        foreach (var entry in QueryLibrary.List(Folder, ".cypher"))
        {
            var used = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(entry.Path), @"\$([A-Za-z_]\w*)")
                .Select(m => m.Groups[1].Value).Distinct().Order().ToList();
            Assert.True(used.SequenceEqual(entry.Parameters.Select(p => p.Name).Order()), $"{entry.Name}: uses [{string.Join(", ", used)}], declares [{string.Join(", ", entry.Parameters.Select(p => p.Name))}]");
        }
    }

    [Fact]
    public void Bound_values_are_escaped_literals_checked_integers_or_UNDEF()
    {
        var text = new QueryLibraryParameter("person", "text", "", "");
        Assert.Equal("\"x\\\" } ?s ?p ?o {\\n\"", QueryLibrary.SparqlTerm(text, "x\" } ?s ?p ?o {\n"));
        Assert.Equal("UNDEF", QueryLibrary.SparqlTerm(text, ""));
        var number = new QueryLibraryParameter("minimum", "integer", "2", "");
        Assert.Equal("-3", QueryLibrary.SparqlTerm(number, "-3"));
        Assert.Throws<ArgumentException>(() => QueryLibrary.SparqlTerm(number, "2 } ?s ?p ?o {"));
        var iri = new QueryLibraryParameter("id", "iri", "", "");
        Assert.Equal("<http://www.wikidata.org/entity/Q7747>", QueryLibrary.SparqlTerm(iri, "http://www.wikidata.org/entity/Q7747"));
        Assert.Throws<ArgumentException>(() => QueryLibrary.SparqlTerm(iri, "http://x/> } ?s ?p ?o { <"));

        // The bound query has exactly one VALUES row whose literal is the whole value.
        var entry = QueryLibrary.Find(Folder, "meetings-of-person", ".rq");
        var bound = QueryLibrary.BindSparql(entry, new Dictionary<string, string> { ["person"] = "a\" } ?s ?p ?o { \"" });
        SparqlParser.ParseQuery(bound);
        Assert.Contains("VALUES ?person { \"a\\\" } ?s ?p ?o { \\\"\" }", bound);
    }

    [Fact]
    public void Unknown_names_and_parameters_are_input_errors_that_say_what_exists()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(ExitCodes.InputError, QueryCommand.Run(new QueryRequest(["x.ttl"], null, "who-met-whom", ["who=x"], false, Folder), stdout, stderr, CancellationToken.None));
        Assert.Contains("it takes person", stderr.ToString());
        stderr = new StringWriter();
        Assert.Equal(ExitCodes.InputError, QueryCommand.Run(new QueryRequest(["x.ttl"], null, "no-such-query", [], false, Folder), stdout, stderr, CancellationToken.None));
        Assert.Contains("who-met-whom", stderr.ToString());
        stderr = new StringWriter();
        Assert.Equal(ExitCodes.InputError, QueryCommand.Run(new QueryRequest(["x.ttl"], null, "../README", [], false, Folder), stdout, stderr, CancellationToken.None));
    }

    [Fact]
    public void List_shows_every_query_with_its_question_and_parameters()
    {
        var stdout = new StringWriter();
        Assert.Equal(ExitCodes.Ok, QueryCommand.Run(new QueryRequest([], null, null, [], true, Folder), stdout, new StringWriter(), CancellationToken.None));
        var text = stdout.ToString();
        Assert.Contains($"({QueryLibrary.List(Folder, ".rq").Count} queries)", text);
        Assert.Contains("who-met-whom\n    Who met whom", text.Replace("\r", ""));
        Assert.Contains("--param person=… (text, default \"Vladimir Poutine\")", text);
    }

    [Fact]
    public void A_header_without_a_question_is_an_error_naming_the_file()
    {
        var dir = BuildTestSupport.NewTempDir("library");
        try
        {
            File.WriteAllText(Path.Combine(dir, "bad.rq"), "# Parameters:\n#   x (text, default 1): y\nSELECT * { VALUES ?x { \"1\" } }\n");
            var e = Assert.Throws<FormatException>(() => QueryLibrary.Read(Path.Combine(dir, "bad.rq")));
            Assert.Contains("bad.rq:1", e.Message);
            File.WriteAllText(Path.Combine(dir, "bad2.rq"), "# Question: q?\n# Parameters:\n#   x (string, default 1): y\nSELECT * {}\n");
            Assert.Contains("bad2.rq:3", Assert.Throws<FormatException>(() => QueryLibrary.Read(Path.Combine(dir, "bad2.rq"))).Message);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
