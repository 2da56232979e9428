using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Cli.Tests.Neo4j;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Query;

/// <summary>
/// Every Cypher query of the library, run by kg cypher --name with its defaults on the seeds graph loaded into the real
/// Neo4j (KG_NEO4J_URI, or started by scripts/neo4j.sh), against the hand-written answers of <see cref="SeedExpectations"/>.
/// In the Neo4j CLI collection, so it owns the database while it runs; it puts back the fixture graph when done.
/// </summary>
[Collection(Neo4jCliCollection.Name)]
public sealed class SeedCypherQueryTests(Neo4jCliServerFixture server)
{
    private Task<(int Exit, string Stdout, string Stderr)> Kg(params string[] args) =>
        Neo4jCliSupport.KgAsync(args.Concat(new[] { "--uri", server.Uri }).ToArray());

    [Fact]
    public async Task Every_Cypher_library_query_gives_its_expected_answer_on_the_seeds()
    {
        var names = QueryLibrary.List(Neo4jCliSupport.QueriesFolder, ".cypher").Select(e => e.Name).ToList();
        Assert.Empty(names.Where(n => !SeedExpectations.Cypher.ContainsKey(n)));
        var dir = Path.Combine(Path.GetTempPath(), $"kg-query-neo4j-seeds-{Environment.ProcessId}");
        try
        {
            var build = await Neo4jCliSupport.KgAsync("build", Path.Combine(Neo4jCliSupport.RepoRoot, "seeds"), "-o", dir, "-f", "trig");
            Assert.True(File.Exists(Path.Combine(dir, "graph.trig")), "kg build wrote no graph.trig: " + build.Stderr);
            Assert.Equal(0, (await Kg("cypher", "--write", "MATCH (n) DETACH DELETE n")).Exit);
            var load = await Kg("load-neo4j", dir);
            Assert.True(load.Exit == 0, load.Stderr);

            var failures = new List<string>();
            foreach (var name in names)
            {
                var run = await Kg("cypher", "--library", Neo4jCliSupport.QueriesFolder, "--name", name, "--format", "json");
                try
                {
                    Assert.True(run.Exit == 0, $"{name}: exit {run.Exit}: {run.Stderr}");
                    var rows = QueryRows.FromCypherJson(name, run.Stdout);
                    Assert.True(rows.Rows.Count > 0, $"{name} answers nothing on the seeds with its defaults");
                    SeedExpectations.Cypher[name](rows);
                }
                catch (Exception e) when (e is Xunit.Sdk.XunitException)
                {
                    failures.Add(e.Message);
                }
            }
            Assert.True(failures.Count == 0, string.Join("\n\n", failures));

            // A parameter given on the command line replaces the default, as a Bolt parameter.
            var witkoff = await Kg("cypher", "--library", Neo4jCliSupport.QueriesFolder, "--name", "meetings-of-person", "--param", "person=Witkoff", "--format", "json");
            Assert.True(witkoff.Exit == 0, witkoff.Stderr);
            QueryRows.FromCypherJson("meetings-of-person", witkoff.Stdout)
                .Has(("date", "2025-12"), ("others", "Donald Trump")).Has(("status", "EventCancelled"), ("others", "~Volodymyr Zelensky"));
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, true);
            await Kg("cypher", "--write", "MATCH (n) DETACH DELETE n");
            await Kg("load-neo4j", "--batch-size", "5", Neo4jCliSupport.NewsGraph);
        }
    }
}
