using Xunit;
using KnowledgeGraph.Rdf;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Cli.Tests.Neo4j;

/// <summary>
/// The real pipeline: kg build of the seed articles (TriG, one graph per article) loaded with kg load-neo4j;
/// counts per label and per relationship type must equal what the TriG says, computed here straight from the quads.
/// Runs after the other CLI Neo4j tests' fixture (same collection), so it owns the database while it runs.
/// </summary>
[Collection(Neo4jCliCollection.Name)]
public class Neo4jSeedGraphTests
{
    private readonly Neo4jCliServerFixture _server;

    public Neo4jSeedGraphTests(Neo4jCliServerFixture server) => _server = server;

    private static string LocalName(string iri)
    {
        var i = iri.LastIndexOfAny(new[] { '#', '/' });
        return i >= 0 && i < iri.Length - 1 ? iri[(i + 1)..] : iri;
    }

    private Task<(int Exit, string Stdout, string Stderr)> Kg(params string[] args) =>
        Neo4jCliSupport.KgAsync(args.Concat(new[] { "--uri", _server.Uri }).ToArray());

    private async Task<Dictionary<string, long>> CountsAsync(string query)
    {
        var run = await Kg("cypher", "--format", "json", query);
        Assert.True(run.Exit == 0, run.Stderr);
        return ((JArray)JObject.Parse(run.Stdout)["rows"]!).ToDictionary(r => r[0]!.Value<string>()!, r => r[1]!.Value<long>());
    }

    [Fact]
    public async Task Seed_build_loads_with_the_counts_its_trig_implies_and_reloads_without_change()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"kg-neo4j-seeds-{Environment.ProcessId}");
        try
        {
            var build = await Neo4jCliSupport.KgAsync("build", Path.Combine(Neo4jCliSupport.RepoRoot, "seeds"), "-o", dir, "-f", "trig");
            var trig = Path.Combine(dir, "graph.trig");
            Assert.True(File.Exists(trig), "kg build wrote no graph.trig: " + build.Stderr);

            List<Quad> quads;
            using (var reader = RdfText.OpenFile(trig)) quads = new TriGParser().Read(reader, new RdfReaderOptions(trig)).ToList();
            static string Key(INode n) => n is IUriNode u ? u.Iri : "_:" + ((IBlankNode)n).Id;
            var labels = new Dictionary<string, HashSet<string>>();
            var types = new Dictionary<string, HashSet<(string, string)>>();
            var resources = new HashSet<string>();
            foreach (var q in quads)
            {
                resources.Add(Key(q.Subject));
                var p = ((IUriNode)q.Predicate).Iri;
                if (p == Vocabulary.RdfType && q.Object is IUriNode t)
                {
                    if (!labels.TryGetValue(LocalName(t.Iri), out var set)) labels[LocalName(t.Iri)] = set = new HashSet<string>();
                    set.Add(Key(q.Subject));
                }
                else if (q.Object is not ILiteralNode)
                {
                    resources.Add(Key(q.Object));
                    if (!types.TryGetValue(LocalName(p), out var set)) types[LocalName(p)] = set = new HashSet<(string, string)>();
                    set.Add((Key(q.Subject), Key(q.Object)));
                }
            }
            Assert.Contains("Claim", labels.Keys);

            Assert.Equal(0, (await Kg("cypher", "--write", "MATCH (n) DETACH DELETE n")).Exit);
            var load = await Kg("load-neo4j", dir);
            Assert.True(load.Exit == 0, load.Stderr);

            var perLabel = await CountsAsync("MATCH (n:Resource) UNWIND labels(n) AS l RETURN l, count(*) AS c");
            Assert.Equal(resources.Count, perLabel["Resource"]);
            foreach (var (label, members) in labels)
                Assert.True(members.Count == perLabel.GetValueOrDefault(label), $"label {label}: RDF {members.Count}, Neo4j {perLabel.GetValueOrDefault(label)}");
            var perType = await CountsAsync("MATCH ()-[r]->() RETURN type(r) AS t, count(r) AS c");
            Assert.Equal(types.ToDictionary(e => e.Key, e => (long)e.Value.Count).OrderBy(e => e.Key), perType.OrderBy(e => e.Key));

            var again = await Kg("load-neo4j", dir);
            Assert.Contains("(0 nodes and 0 relationships new)", again.Stdout);
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, true);
            // Leave the database as the collection fixture loaded it, for any test that runs after this one.
            await Kg("cypher", "--write", "MATCH (n) DETACH DELETE n");
            await Kg("load-neo4j", "--batch-size", "5", Neo4jCliSupport.NewsGraph);
        }
    }
}
