using System.Diagnostics;
using Xunit;

namespace KnowledgeGraph.Rdf.Tests.Parsing;

/// <summary>
/// Our Turtle and TriG parsers against Apache Jena riot on documents that mix every construct:
/// riot converts to N-Quads, and the two datasets must be isomorphic.
/// Needs java and .tools/jena.classpath (scripts/install-tools.sh, run by scripts/test.sh).
/// </summary>
public sealed class JenaCrossCheckTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"kg-jena-{Environment.ProcessId}-{Guid.NewGuid():N}");

    public JenaCrossCheckTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Turtle = """"
        @prefix ex: <http://example.org/ns#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @base <http://example.org/base/doc> .
        PREFIX rel: <rel/>

        <#a> ex:p <b>, <../up>, <?q=1>, <//other.host/x> ;
             ex:q rel:x, ex:local.name, ex:esc\~aped, ex:pct%20x ;
             a ex:Thing ;;
             ex:num 1, -2, +3.25, .5, 6e-1, 7.E2, true, false .
        ex:s ex:str "plain", "tagged"@fr-CA, 'single', "typed"^^xsd:token,
             """long "quoted"
        text""", '''also ''long''
        ''', "esc \t \u00e9 \U0001F600 \\ \"" .
        [ ex:p ex:o ] ex:q [ ex:r ( 1 ( 2 [] ) () ) ] .
        ( ex:a ex:b ) ex:size 2 .
        _:shared ex:p _:shared .
        [] ex:p [] .
        @base <http://example.org/second/> .
        <x> ex:p <./y/../z> .
        """";

    private const string TriG = """
        @prefix ex: <http://example.org/ns#> .
        ex:d ex:p ex:o .
        { ex:d2 ex:p ex:o }
        ex:g1 { ex:s ex:p [ ex:q ( 1 2 ) ] . ex:s ex:p "x" }
        GRAPH ex:g2 { _:b ex:p ex:o }
        _:g3 { ex:s ex:p _:b }
        [] { ex:s ex:p ex:anon }
        GRAPH [] { ex:s ex:p ex:anon2 . }
        """;

    [Theory]
    [InlineData("doc.ttl", RdfFormat.Turtle)]
    [InlineData("doc.trig", RdfFormat.TriG)]
    public void Riot_and_our_parser_read_the_same_dataset(string fileName, RdfFormat format)
    {
        var path = Path.Combine(_dir, fileName);
        File.WriteAllText(path, format == RdfFormat.Turtle ? Turtle : TriG);
        var theirs = RunRiot(path);
        var expected = new NQuadsParser().Read(new StringReader(theirs), new RdfReaderOptions("riot output")).ToList();
        List<Quad> ours;
        using (var reader = RdfText.OpenFile(path))
            ours = RdfFormats.CreateReader(format).Read(reader, new RdfReaderOptions(path, new Uri(path).AbsoluteUri)).ToList();
        Assert.True(expected.Count > 10, theirs);
        var why = GraphIsomorphism.ExplainDifference(expected, ours);
        Assert.True(why is null, why);
    }

    private static string RunRiot(string path)
    {
        var classpathFile = Path.Combine(RepoPaths.RepoRoot(), ".tools", "jena.classpath");
        if (!File.Exists(classpathFile))
            Assert.Fail($"{classpathFile} is missing: run scripts/install-tools.sh first (it installs Jena and writes the classpath)");
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-cp", File.ReadAllText(classpathFile).Trim(), "riotcmd.riot", "--output=nquads", path })
            start.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Assert.Fail($"java could not be started ({ex.Message}): install a JRE (scripts/install-tools.sh)");
            throw;
        }
        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("riot did not finish within 2 minutes");
            }
            Assert.True(process.ExitCode == 0, $"riot failed ({process.ExitCode}): {stderr.Result}");
            return stdout;
        }
    }
}
