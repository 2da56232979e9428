using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Cli.Tests.Build;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Server;

/// <summary>
/// Real outside clients against the real server: SPARQLWrapper with its default settings (GET, XML results,
/// RDF/XML for CONSTRUCT, parsed by minidom and rdflib), and Jena's arq.rsparql by GET and POST.
/// SPARQLWrapper comes from Debian's python3-sparqlwrapper, for Debian's own /usr/bin/python3; Jena from
/// scripts/install-tools.sh. A missing client fails the test with the install command, it is never skipped silently.
/// </summary>
public class OutsideClientTests : IAsyncLifetime
{
    private LiveServer _server = null!;

    public async Task InitializeAsync() => _server = await LiveServer.StartAsync(ServerTestData.Store());

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private const string Script = """
        import json, sys
        from SPARQLWrapper import SPARQLWrapper
        endpoint = sys.argv[1]
        out = {}
        s = SPARQLWrapper(endpoint)
        s.setQuery('SELECT ?l WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l')
        doc = s.query().convert()
        out['select'] = [n.firstChild.data for n in doc.getElementsByTagName('literal')]
        s = SPARQLWrapper(endpoint)
        s.setQuery('ASK { ?p a <http://xmlns.com/foaf/0.1/Person> }')
        doc = s.query().convert()
        out['ask'] = doc.getElementsByTagName('boolean')[0].firstChild.data
        s = SPARQLWrapper(endpoint)
        s.setQuery('CONSTRUCT { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?l } WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?l }')
        g = s.query().convert()
        out['construct'] = sorted(str(o) for (_, _, o) in g)
        print(json.dumps(out))
        """;

    private static (int Exit, string Stdout, string Stderr) Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException($"{file} ran past 120 s"); }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public async Task SparqlWrapper_with_default_settings_reads_select_ask_and_construct()
    {
        const string python = "/usr/bin/python3";
        Assert.True(File.Exists("/usr/lib/python3/dist-packages/SPARQLWrapper/__init__.py"),
            "SPARQLWrapper is not installed: apt-get install -y python3-sparqlwrapper");
        var script = Path.Combine(Path.GetTempPath(), $"kg-sparqlwrapper-{Guid.NewGuid():N}.py");
        await File.WriteAllTextAsync(script, Script);
        try
        {
            var (exit, stdout, stderr) = Run(python, script, _server.Url + "/sparql");
            Assert.True(exit == 0, stderr + stdout);
            using var doc = JsonDocument.Parse(stdout);
            var root = doc.RootElement;
            Assert.Equal(new[] { "Hélène Dupré", "Zoé Lefèvre" }, root.GetProperty("select").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal("true", root.GetProperty("ask").GetString());
            Assert.Equal(new[] { "Hélène Dupré", "Zoé Lefèvre" }, root.GetProperty("construct").EnumerateArray().Select(e => e.GetString()));
        }
        finally
        {
            File.Delete(script);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Jena_rsparql_reads_xml_results_by_get_and_post(bool post)
    {
        var cp = Path.Combine(BuildTestSupport.RepoRoot, ".tools", "jena.classpath");
        Assert.True(File.Exists(cp), "Jena is not installed: run scripts/install-tools.sh");
        var args = new List<string> { "-cp", File.ReadAllText(cp).Trim(), "arq.rsparql", "--service", _server.Url + "/sparql", "--results", "TSV" };
        if (post) args.Add("--post");
        args.Add("SELECT ?l WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l");
        var (exit, stdout, stderr) = Run("java", args.ToArray());
        Assert.True(exit == 0, stderr);
        Assert.Contains("\"Hélène Dupré\"@fr", stdout);
        Assert.Contains("\"Zoé Lefèvre\"@fr", stdout);

        var ask = Run("java", "-cp", File.ReadAllText(cp).Trim(), "arq.rsparql", "--service", _server.Url + "/sparql",
            "ASK { ?p a <http://xmlns.com/foaf/0.1/Person> }");
        Assert.True(ask.Exit == 0, ask.Stderr);
        Assert.Contains("Yes", ask.Stdout);
    }
}
