using System.CommandLine;
using System.Text;
using KnowledgeGraph.Cli.Commands;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Convert;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kg-convert-tests-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    private string Create(string name, string content)
    {
        File.WriteAllText(PathOf(name), content, new UTF8Encoding(false));
        return PathOf(name);
    }

    private static async Task<(int Exit, string Out, string Err)> Kg(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = await Program.BuildRoot().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private const string JsonLdDoc = """
        {
          "@context": { "ex": "http://example.org/", "nom": { "@id": "ex:nom", "@language": "fr" } },
          "@id": "ex:paris",
          "@type": "ex:Ville",
          "nom": "Paris",
          "ex:maire": { "nom": "Anne" }
        }
        """;

    [Fact]
    public async Task ConvertsJsonLdToNTriples()
    {
        var input = Create("in.jsonld", JsonLdDoc);
        var (exit, _, err) = await Kg("convert", input, PathOf("out.nt"));
        Assert.True(exit == 0, err);
        var lines = File.ReadAllLines(PathOf("out.nt"));
        Assert.Contains("<http://example.org/paris> <http://example.org/nom> \"Paris\"@fr .", lines);
        Assert.Contains("<http://example.org/paris> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/Ville> .", lines);
        Assert.Contains("_:b0 <http://example.org/nom> \"Anne\"@fr .", lines);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public async Task TurtleOutputReusesTheInputPrefixes()
    {
        var input = Create("in.jsonld", JsonLdDoc);
        var (exit, _, err) = await Kg("convert", input, PathOf("out.ttl"));
        Assert.True(exit == 0, err);
        var text = File.ReadAllText(PathOf("out.ttl"));
        Assert.StartsWith("@prefix ex: <http://example.org/> .\n", text);
        Assert.Contains("ex:paris a ex:Ville ;", text);
        Assert.Contains("ex:maire [", text);
    }

    [Fact]
    public async Task FormatsCanBeNamedExplicitly()
    {
        var input = Create("in.data", JsonLdDoc);
        var (exit, _, err) = await Kg("convert", "--from", "jsonld", "--to", "nq", input, PathOf("out.txt"));
        Assert.True(exit == 0, err);
        Assert.Equal(4, File.ReadAllLines(PathOf("out.txt")).Length);
    }

    [Fact]
    public async Task MalformedInputFailsWithPositionAndWritesNothing()
    {
        var input = Create("bad.jsonld", "{\n  \"@id\": \"http://example.org/a\",\n  \"http://example.org/p\": [1,\n}");
        var (exit, _, err) = await Kg("convert", input, PathOf("out.nt"));
        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Matches(@"bad\.jsonld:4:\d+: ", err);
        Assert.False(File.Exists(PathOf("out.nt")));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp", SearchOption.AllDirectories).Concat(Directory.GetFiles(_dir, ".*")));
    }

    [Fact]
    public async Task FailedConversionLeavesAnExistingOutputUntouched()
    {
        var input = Create("bad.jsonld", "{ \"@context\": 5 }");
        var previous = Create("out.ttl", "# previous content\n");
        var (exit, _, err) = await Kg("convert", input, previous);
        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("bad.jsonld:1:", err);
        Assert.Equal("# previous content\n", File.ReadAllText(previous));
    }

    [Fact]
    public async Task NamedGraphsCannotGoToATripleOnlyFormat()
    {
        var input = Create("g.jsonld", """{"@id":"http://example.org/g","@graph":[{"@id":"http://example.org/s","http://example.org/p":"o"}]}""");
        var (exit, _, err) = await Kg("convert", input, PathOf("out.ttl"));
        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("named graph <http://example.org/g>", err);
        Assert.False(File.Exists(PathOf("out.ttl")));
        (exit, _, err) = await Kg("convert", input, PathOf("out.trig"));
        Assert.True(exit == 0, err);
        Assert.Contains("<http://example.org/g> {", File.ReadAllText(PathOf("out.trig")));
    }

    [Fact]
    public async Task UnknownExtensionOrMissingFileIsAnInputError()
    {
        var (exit, _, err) = await Kg("convert", Create("in.xyz", "x"), PathOf("out.nt"));
        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("unknown RDF file extension", err);
        (exit, _, err) = await Kg("convert", PathOf("missing.ttl"), PathOf("out.nt"));
        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("missing.ttl: no such file", err);
        (exit, _, err) = await Kg("convert", Create("in.jsonld", JsonLdDoc), "-");
        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("give --to", err);
    }

    [Fact]
    public async Task BlankNodesOfSeveralInputsNeverMerge()
    {
        var doc = """{"@id":"_:x","http://example.org/p":"v"}""";
        var (exit, _, err) = await Kg("convert", Create("a.jsonld", doc), Create("b.jsonld", doc), PathOf("out.nt"));
        Assert.True(exit == 0, err);
        var subjects = File.ReadAllLines(PathOf("out.nt")).Select(l => l.Split(' ')[0]).ToList();
        Assert.Equal(2, subjects.Count);
        Assert.Equal(2, subjects.Distinct().Count());
    }

    [Fact]
    public async Task JsonLdOutputIsCompactedUnlessExpandedIsAsked()
    {
        var input = Create("in.jsonld", JsonLdDoc);
        var (exit, _, err) = await Kg("convert", input, PathOf("c.jsonld"));
        Assert.True(exit == 0, err);
        Assert.Contains("\"@context\"", File.ReadAllText(PathOf("c.jsonld")));
        (exit, _, err) = await Kg("convert", "--jsonld-expanded", input, PathOf("e.jsonld"));
        Assert.True(exit == 0, err);
        var expanded = File.ReadAllText(PathOf("e.jsonld"));
        Assert.StartsWith("[", expanded);
        Assert.DoesNotContain("@context", expanded);
        Assert.Contains("\"http://example.org/nom\"", expanded);
    }

    [Fact]
    public void ReadsStdinAndWritesStdout()
    {
        var stdin = new MemoryStream(Encoding.UTF8.GetBytes(JsonLdDoc));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = ConvertRunner.Run(new ConvertRequest(["-"], "-", From: "jsonld", To: "nt"), () => stdin, stdout, stderr, CancellationToken.None);
        Assert.True(exit == 0, stderr.ToString());
        Assert.Equal(4, stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void StrictTurnsWarningsIntoErrorsAndOtherwiseWarningsAreReported()
    {
        // A relative @id with no base (stdin, no --base) is a warning: the statement is dropped.
        const string doc = "{\n \"@id\": \"relative\",\n \"http://example.org/p\": \"v\"\n}";
        var stderr = new StringWriter();
        var stdout = new StringWriter();
        int exit = ConvertRunner.Run(new ConvertRequest(["-"], "-", "jsonld", "nt"), () => new MemoryStream(Encoding.UTF8.GetBytes(doc)), stdout, stderr, CancellationToken.None);
        Assert.Equal(0, exit);
        Assert.Contains("<stdin>:2:", stderr.ToString());
        Assert.Contains("warning", stderr.ToString());

        stderr = new StringWriter();
        stdout = new StringWriter();
        exit = ConvertRunner.Run(new ConvertRequest(["-"], "-", "jsonld", "nt", Strict: true), () => new MemoryStream(Encoding.UTF8.GetBytes(doc)), stdout, stderr, CancellationToken.None);
        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Contains("<stdin>:2:", stderr.ToString());
        Assert.Equal("", stdout.ToString());
    }

    [Fact]
    public void BaseOptionResolvesRelativeIris()
    {
        const string doc = """{"@id":"paris","http://example.org/p":"v"}""";
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = ConvertRunner.Run(new ConvertRequest(["-"], "-", "jsonld", "nt", BaseIri: "http://example.org/villes/"),
            () => new MemoryStream(Encoding.UTF8.GetBytes(doc)), stdout, stderr, CancellationToken.None);
        Assert.True(exit == 0, stderr.ToString());
        Assert.StartsWith("<http://example.org/villes/paris> ", stdout.ToString());
    }

    [Fact]
    public async Task MalformedTurtleNamesFileLineAndColumn()
    {
        var input = Create("bad.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:p \"ok\" .\nex:b ex:p \"unterminated .\n");
        var (exit, _, err) = await Kg("convert", input, PathOf("out.nt"));
        Assert.Equal(ExitCodes.InputError, exit);
        Assert.Matches(@"bad\.ttl:3:\d+: ", err);
        Assert.False(File.Exists(PathOf("out.nt")));
    }

    [Fact]
    public async Task TurtleRoundTripsThroughEveryFormat()
    {
        var input = Create("in.ttl", """"
            @prefix ex: <http://example.org/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            ex:paris a ex:Ville ; ex:nom "Paris"@fr ; ex:population 2102650 ;
                ex:maire [ ex:nom "Anne" ] ; ex:arrondissements ( 1 2 3 ) ;
                ex:note """« L'été »
            sur deux lignes""" .
            """");
        var (exit, _, err) = await Kg("convert", input, PathOf("a.nt"));
        Assert.True(exit == 0, err);
        var reference = File.ReadAllLines(PathOf("a.nt")).Length;
        foreach (var ext in new[] { ".ttl", ".trig", ".nq", ".jsonld" })
        {
            (exit, _, err) = await Kg("convert", input, PathOf("b" + ext));
            Assert.True(exit == 0, err);
            (exit, _, err) = await Kg("convert", PathOf("b" + ext), PathOf("c" + ext + ".nt"));
            Assert.True(exit == 0, err);
            Assert.Equal(reference, File.ReadAllLines(PathOf("c" + ext + ".nt")).Length);
        }
        var ttl = File.ReadAllText(PathOf("b.ttl"));
        Assert.Contains("@prefix ex: <http://example.org/> .", ttl);
        Assert.Contains("ex:arrondissements ( 1 2 3 )", ttl);
    }
}
