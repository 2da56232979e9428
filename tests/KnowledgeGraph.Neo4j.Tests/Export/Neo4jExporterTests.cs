using KnowledgeGraph.Neo4j.Bolt;
using KnowledgeGraph.Neo4j.Export;
using KnowledgeGraph.Neo4j.Mapping;
using KnowledgeGraph.Neo4j.Tests.Support;

namespace KnowledgeGraph.Neo4j.Tests.Export;

public class Neo4jExporterTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("l'accord", "'l\\'accord'")]
    [InlineData("back\\slash", "'back\\\\slash'")]
    [InlineData("two\nlines", "'two\\nlines'")]
    [InlineData("bell\u0007", "'bell\\u0007'")]
    public void Strings_become_safe_cypher_literals(string value, string literal) => Assert.Equal(literal, CypherLiteral.Format(value));

    [Fact]
    public void Numbers_lists_and_maps_become_cypher_literals()
    {
        Assert.Equal("[1, 2.0, true, null]", CypherLiteral.Format(new List<object?> { 1L, 2.0, true, null }));
        Assert.Equal("{`a b`: 'x', `n`: -3}", CypherLiteral.Format(new Dictionary<string, object?> { ["a b"] = "x", ["n"] = -3L }));
        Assert.Equal("0.1", CypherLiteral.Format(0.1));
    }

    [Fact]
    public void Property_columns_are_typed_and_arrays_win_when_any_node_has_several_values()
    {
        var graph = new PropertyGraph(new[]
        {
            new GraphNode("u:1", new[] { "Resource" }, new[] { new KeyValuePair<string, object>("n", 1L), new KeyValuePair<string, object>("alt", "a") }, Array.Empty<string>()),
            new GraphNode("u:2", new[] { "Resource" }, new[] { new KeyValuePair<string, object>("alt", new List<string> { "b", "c" }), new KeyValuePair<string, object>("mixed", "x") }, Array.Empty<string>()),
            new GraphNode("u:3", new[] { "Resource" }, new[] { new KeyValuePair<string, object>("mixed", 2.5) }, Array.Empty<string>()),
        }, Array.Empty<GraphRelationship>(), Array.Empty<KeyValuePair<string, string>>());
        Assert.Equal(new[] { ("alt", "string", true), ("mixed", "string", false), ("n", "long", false) }, Neo4jExporter.PropertyColumns(graph));
    }

    [Fact]
    public void Csv_cells_are_quoted_and_arrays_use_the_unit_separator()
    {
        var (quads, ns) = TestGraphs.Load(TestGraphs.NewsGraphPath);
        var graph = new RdfToPropertyGraphMapper().Map(quads, ns);
        var dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kg-neo4j-export-{Environment.ProcessId}");
        try
        {
            new Neo4jExporter().Export(graph, dir);
            var lines = File.ReadAllLines(System.IO.Path.Combine(dir, Neo4jExporter.NodesFile));
            Assert.Equal(graph.Nodes.Count + 1, lines.Length);
            var alice = lines.Single(l => l.StartsWith("\"https://w3id.org/kgnews/id/person/alice-martin\"", StringComparison.Ordinal));
            Assert.Contains("\"A. Martin\u001FMartin\"", alice);
            Assert.Contains("\"Person\u001FResource\"", alice);
            var relationships = File.ReadAllLines(System.IO.Path.Combine(dir, Neo4jExporter.RelationshipsFile));
            Assert.Equal(graph.Relationships.Count + 1, relationships.Length);
            var script = File.ReadAllText(System.IO.Path.Combine(dir, Neo4jExporter.CypherScript));
            Assert.Contains("'Nous sommes proches d\\'un accord'", script);
            Assert.Null(CypherWriteDetector.FindWrite("MATCH (n) RETURN n")); // sanity: the detector is not confused by the exporter's namespace
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, true);
        }
    }
}
