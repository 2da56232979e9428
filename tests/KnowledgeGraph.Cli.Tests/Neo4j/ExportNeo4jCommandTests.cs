using Xunit;
namespace KnowledgeGraph.Cli.Tests.Neo4j;

/// <summary>kg export-neo4j: no server needed.</summary>
public class ExportNeo4jCommandTests
{
    [Fact]
    public async Task Export_writes_import_csv_with_3x_headers_and_a_cypher_script_byte_identically()
    {
        var dir1 = Path.Combine(Path.GetTempPath(), $"kg-export-{Environment.ProcessId}-a");
        var dir2 = Path.Combine(Path.GetTempPath(), $"kg-export-{Environment.ProcessId}-b");
        try
        {
            var run = await Neo4jCliSupport.KgAsync("export-neo4j", Neo4jCliSupport.NewsGraph, "-o", dir1);
            Assert.True(run.Exit == 0, run.Stderr);
            Assert.Equal(0, (await Neo4jCliSupport.KgAsync("export-neo4j", Neo4jCliSupport.NewsGraph, "-o", dir2)).Exit);

            var nodes = await File.ReadAllLinesAsync(Path.Combine(dir1, "nodes.csv"));
            var header = nodes[0].Split(',');
            Assert.Equal(new[] { "uri:ID", ":LABEL", "sources:string[]" }, header[..3]);
            Assert.Contains("\"altLabel:string[]\"", header);
            Assert.Contains("\"startOffset:long\"", header);
            Assert.Contains("\"isDirectQuote:boolean\"", header);
            Assert.Equal(":START_ID,:END_ID,:TYPE,sources:string[]", (await File.ReadAllLinesAsync(Path.Combine(dir1, "relationships.csv")))[0]);
            var script = await File.ReadAllTextAsync(Path.Combine(dir1, "load.cypher"));
            Assert.StartsWith("// Load with", script);
            Assert.Contains("CREATE CONSTRAINT ON (r:`Resource`) ASSERT r.uri IS UNIQUE;", script);
            Assert.Contains("MERGE (n:`Resource` {uri: row.uri})", script);

            foreach (var name in new[] { "nodes.csv", "relationships.csv", "load.cypher", "import.sh" })
                Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(dir1, name)), await File.ReadAllBytesAsync(Path.Combine(dir2, name)));
        }
        finally
        {
            foreach (var d in new[] { dir1, dir2 }) if (Directory.Exists(d)) Directory.Delete(d, true);
        }
    }
}
