using KnowledgeGraph.Neo4j.Bolt;
using KnowledgeGraph.Neo4j.Loading;
using KnowledgeGraph.Neo4j.Mapping;
using KnowledgeGraph.Neo4j.Tests.Support;
using KnowledgeGraph.Rdf;
using Record = KnowledgeGraph.Neo4j.Bolt.Record;

namespace KnowledgeGraph.Neo4j.Tests.Loading;

/// <summary>
/// The relationship phase finds its ends by the node ids the node phase of the same load returned, falling
/// back to uri lookups for ends the load did not bring. These tests check it against the real server: the
/// same graph as the uri path, idempotent over partial earlier loads, and ends that only an earlier load made.
/// </summary>
[Collection(Neo4jCollection.Name)]
public class Neo4jGraphLoaderIdPathTests
{
    private readonly Neo4jServerFixture _server;

    public Neo4jGraphLoaderIdPathTests(Neo4jServerFixture server) => _server = server;

    private static async Task<List<Record>> QueryAsync(IGraphDatabase db, string cypher, Dictionary<string, object?>? parameters = null)
    {
        await using var session = await db.OpenSessionAsync();
        return await ((BoltRecordStream)await session.RunAsync(cypher, parameters)).ToListAsync();
    }

    private static async Task WipeAsync(IGraphDatabase db) => await QueryAsync(db, "MATCH (n) DETACH DELETE n");

    private static async Task<string> SnapshotAsync(IGraphDatabase db)
    {
        var nodes = await QueryAsync(db, "MATCH (n) RETURN n ORDER BY n.uri");
        var rels = await QueryAsync(db, "MATCH (a)-[r]->(b) RETURN a.uri AS a, type(r) AS t, b.uri AS b, r.sources AS s ORDER BY a, t, b");
        static string Value(object? v) => v is List<object?> l ? "[" + string.Join("|", l.Select(Value).OrderBy(x => x, StringComparer.Ordinal)) + "]" : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "null";
        return string.Join("\n", nodes.Select(r => (KnowledgeGraph.Neo4j.PackStream.Node)r["n"]!)
                   .Select(n => string.Join(",", n.Labels.OrderBy(l => l, StringComparer.Ordinal)) + " " +
                                string.Join(";", n.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + Value(p.Value)))))
               + "\n" + string.Join("\n", rels.Select(r => $"{r["a"]} {r["t"]} {r["b"]} {Value(r["s"])}"));
    }

    private static PropertyGraph MapFixture()
    {
        var (quads, ns) = TestGraphs.Load(TestGraphs.NewsGraphPath);
        return new RdfToPropertyGraphMapper().Map(quads, ns);
    }

    [Fact]
    public async Task Id_matched_and_uri_matched_relationship_phases_build_the_same_graph()
    {
        await using var db = _server.CreateDriver();
        var graph = MapFixture();
        await WipeAsync(db);
        var byUri = await new Neo4jGraphLoader(db).LoadAsync(graph, new LoadOptions(BatchSize: 5, MatchEndsById: false));
        var expected = await SnapshotAsync(db);
        await WipeAsync(db);
        var byId = await new Neo4jGraphLoader(db).LoadAsync(graph, new LoadOptions(BatchSize: 5));

        Assert.Equal(graph.Relationships.Count, byId.RelationshipsCreated);
        Assert.Equal(byUri.RelationshipsCreated, byId.RelationshipsCreated);
        Assert.Equal(expected, await SnapshotAsync(db));
    }

    [Fact]
    public async Task A_load_over_a_partial_earlier_load_creates_exactly_what_is_missing()
    {
        await using var db = _server.CreateDriver();
        var graph = MapFixture();
        await WipeAsync(db);
        await new Neo4jGraphLoader(db).LoadAsync(graph);
        var complete = await SnapshotAsync(db);
        await WipeAsync(db);

        // An earlier load that got half the nodes and the relationships among them (as an interrupted run leaves it).
        var half = graph.Nodes.Where((_, i) => i % 2 == 0).ToList();
        var inHalf = half.Select(n => n.Uri).ToHashSet(StringComparer.Ordinal);
        var halfRelationships = graph.Relationships.Where(r => inHalf.Contains(r.StartUri) && inHalf.Contains(r.EndUri)).ToList();
        Assert.NotEmpty(halfRelationships);
        await new Neo4jGraphLoader(db).LoadAsync(new PropertyGraph(half, halfRelationships, graph.Prefixes));

        var rest = await new Neo4jGraphLoader(db).LoadAsync(graph, new LoadOptions(BatchSize: 4));
        Assert.Equal(graph.Nodes.Count - half.Count, rest.NodesCreated);
        Assert.Equal(graph.Relationships.Count - halfRelationships.Count, rest.RelationshipsCreated);
        Assert.Equal(complete, await SnapshotAsync(db));

        var again = await new Neo4jGraphLoader(db).LoadAsync(graph, new LoadOptions(BatchSize: 4));
        Assert.Equal((0L, 0L), (again.NodesCreated, again.RelationshipsCreated));
        Assert.Equal(complete, await SnapshotAsync(db));
    }

    [Fact]
    public async Task Relationships_whose_ends_only_an_earlier_load_made_are_matched_by_uri()
    {
        await using var db = _server.CreateDriver();
        var graph = MapFixture();
        await WipeAsync(db);
        await new Neo4jGraphLoader(db).LoadAsync(graph);
        var complete = await SnapshotAsync(db);
        await WipeAsync(db);

        // First the nodes alone; then a graph of the relationships plus only some of their ends: the others must be
        // found by uri in the database, and a relationship to a node nobody loaded is not invented.
        await new Neo4jGraphLoader(db).LoadAsync(new PropertyGraph(graph.Nodes, Array.Empty<GraphRelationship>(), graph.Prefixes));
        var someEnds = graph.Nodes.Where((_, i) => i % 3 == 0).ToList();
        var dangling = new GraphRelationship(graph.Nodes[0].Uri, "mentions", "https://example.org/never-loaded", Array.Empty<string>());
        var relationshipsOnly = new PropertyGraph(someEnds, graph.Relationships.Append(dangling).ToList(), graph.Prefixes);

        var result = await new Neo4jGraphLoader(db).LoadAsync(relationshipsOnly, new LoadOptions(BatchSize: 3));
        Assert.Equal(0, result.NodesCreated);
        Assert.Equal(graph.Relationships.Count, result.RelationshipsCreated);
        Assert.Equal(complete, await SnapshotAsync(db));

        var again = await new Neo4jGraphLoader(db).LoadAsync(relationshipsOnly, new LoadOptions(BatchSize: 3));
        Assert.Equal(0, again.RelationshipsCreated);
    }

    /// <summary>Which graphs stated each node and relationship (properties are not merged across loads: the last load sets them).</summary>
    private static async Task<string> SourcesAsync(IGraphDatabase db)
    {
        static string Sorted(object? v) => v is List<object?> l ? string.Join("|", l.Cast<string>().OrderBy(x => x, StringComparer.Ordinal)) : "none";
        var nodes = await QueryAsync(db, "MATCH (n:Resource) RETURN n.uri AS u, n.sources AS s ORDER BY u");
        var rels = await QueryAsync(db, "MATCH (a)-[r]->(b) RETURN a.uri AS a, type(r) AS t, b.uri AS b, r.sources AS s ORDER BY a, t, b");
        return string.Join("\n", nodes.Select(r => $"{r["u"]} {Sorted(r["s"])}").Concat(rels.Select(r => $"{r["a"]} {r["t"]} {r["b"]} {Sorted(r["s"])}")));
    }

    [Fact]
    public async Task Articles_loaded_one_at_a_time_accumulate_sources_as_one_load_of_all_of_them_does()
    {
        await using var db = _server.CreateDriver();
        var (quads, ns) = TestGraphs.Load(TestGraphs.NewsGraphPath);
        await WipeAsync(db);
        var all = await new Neo4jGraphLoader(db).LoadAsync(new RdfToPropertyGraphMapper().Map(quads, ns));
        var together = await SourcesAsync(db);
        await WipeAsync(db);

        var graphs = quads.Select(q => q.Graph).OfType<IUriNode>().Select(g => g.Iri).Distinct().OrderBy(g => g, StringComparer.Ordinal).ToList();
        Assert.True(graphs.Count >= 2, "the fixture should hold several articles");
        long created = 0;
        foreach (var g in graphs)
            created += (await new Neo4jGraphLoader(db).LoadAsync(new RdfToPropertyGraphMapper().Map(
                quads.Where(q => q.Graph is null || q.Graph is IUriNode u && u.Iri == g).ToList(), ns), new LoadOptions(BatchSize: 4))).RelationshipsCreated;
        Assert.Equal(all.RelationshipsCreated, created);
        Assert.Equal(together, await SourcesAsync(db));
    }

    [Fact]
    public async Task Default_graph_input_leaves_no_sources_property_and_reloads_without_change()
    {
        await using var db = _server.CreateDriver();
        var (quads, ns) = TestGraphs.Load(TestGraphs.NewsGraphPath);
        var graph = new RdfToPropertyGraphMapper().Map(quads.Select(q => q with { Graph = null }).ToList(), ns);
        Assert.All(graph.Relationships, r => Assert.Empty(r.Sources));
        await WipeAsync(db);

        var first = await new Neo4jGraphLoader(db).LoadAsync(graph);
        Assert.Equal(graph.Relationships.Count, first.RelationshipsCreated);
        Assert.Equal(0L, (await QueryAsync(db, "MATCH (n) WHERE exists(n.sources) RETURN count(n) AS c"))[0]["c"]);
        Assert.Equal(0L, (await QueryAsync(db, "MATCH ()-[r]->() WHERE exists(r.sources) RETURN count(r) AS c"))[0]["c"]);
        var before = await SnapshotAsync(db);
        var second = await new Neo4jGraphLoader(db).LoadAsync(graph);
        Assert.Equal((0L, 0L), (second.NodesCreated, second.RelationshipsCreated));
        Assert.Equal(before, await SnapshotAsync(db));
    }

    [Fact]
    public async Task A_uri_twice_in_one_batch_is_refused_by_the_constraint_on_create_and_merged_instead()
    {
        await using var db = _server.CreateDriver();
        await WipeAsync(db);
        const string uri = "https://example.org/twice";
        var props = new List<KeyValuePair<string, object>> { new("label", "deux fois") };
        var twice = new PropertyGraph(
            new[]
            {
                new GraphNode(uri, new[] { "Person", "Resource" }, props, new[] { "https://example.org/g1" }),
                new GraphNode(uri, new[] { "Person", "Resource" }, props, new[] { "https://example.org/g2" }),
                new GraphNode("https://example.org/other", new[] { "Person", "Resource" }, props, Array.Empty<string>()),
            },
            new[] { new GraphRelationship(uri, "knows", "https://example.org/other", new[] { "https://example.org/g1" }) },
            Array.Empty<KeyValuePair<string, string>>());

        var result = await new Neo4jGraphLoader(db).LoadAsync(twice);
        Assert.Equal((2L, 1L), (result.NodesCreated, result.RelationshipsCreated));
        var node = Assert.Single(await QueryAsync(db, "MATCH (n:Person {uri: $u}) RETURN n.sources AS s, n.label AS l",
            new Dictionary<string, object?> { ["u"] = uri }));
        Assert.Equal(new object?[] { "https://example.org/g1", "https://example.org/g2" }, ((List<object?>)node["s"]!).OrderBy(x => (string)x!, StringComparer.Ordinal));
        Assert.Equal("deux fois", node["l"]);

        var before = await SnapshotAsync(db);
        var again = await new Neo4jGraphLoader(db).LoadAsync(twice);
        Assert.Equal((0L, 0L), (again.NodesCreated, again.RelationshipsCreated));
        Assert.Equal(before, await SnapshotAsync(db));
    }

    [Fact]
    public async Task The_id_matched_statement_seeks_nodes_by_id_and_never_touches_the_uri_index()
    {
        await using var db = _server.CreateDriver();
        await using var session = await db.OpenSessionAsync();
        await Neo4jGraphLoader.EnsureSchemaAsync(session, CancellationToken.None);
        var parameters = new Dictionary<string, object?> { ["rows"] = new List<object?>(), ["replace"] = new List<object?>() };

        static IEnumerable<string> Operators(object? plan) => plan is IReadOnlyDictionary<string, object?> p
            ? new[] { (string)p["operatorType"]! }.Concat(((List<object?>)p["children"]!).SelectMany(Operators))
            : Array.Empty<string>();
        async Task<List<string>> PlanOf(string statement)
        {
            var summary = await (await session.RunAsync("EXPLAIN " + statement, parameters)).ConsumeAsync();
            return Operators(summary.Metadata["plan"]).ToList();
        }

        var byId = await PlanOf(Neo4jGraphLoader.RelationshipByIdStatement("mentions", exact: false));
        Assert.Equal(2, byId.Count(o => o.StartsWith("NodeByIdSeek", StringComparison.Ordinal)));
        Assert.DoesNotContain(byId, o => o.Contains("Index", StringComparison.Ordinal));
        var byUri = await PlanOf(Neo4jGraphLoader.RelationshipStatement("mentions", exact: false));
        Assert.Contains(byUri, o => o.Contains("Index", StringComparison.Ordinal));
        Assert.DoesNotContain(byUri, o => o.Contains("LabelScan", StringComparison.Ordinal));

        // Whatever the index statistics say (they change as a load fills the index), uri lookups go through the index, never a
        // label or all-nodes scan. Neo4j 3.1 answered the hint with an index seek in every run but one of a full CI run
        // (2026-12-07), where the plan read "Filter, Apply, Unwind, …" after the other tests had filled and wiped the store:
        // the assertion names the plan so that case can be told apart (seek or scan of the index) when it shows again.
        var lookup = await PlanOf(Neo4jGraphLoader.LookupStatement);
        Assert.True(lookup.Any(o => o.Contains("Index", StringComparison.Ordinal)), "lookup plan: " + string.Join(", ", lookup));
        Assert.DoesNotContain(lookup, o => o.Contains("LabelScan", StringComparison.Ordinal) || o.Contains("AllNodesScan", StringComparison.Ordinal));
    }
}
