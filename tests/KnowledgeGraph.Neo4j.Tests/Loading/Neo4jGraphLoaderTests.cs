using KnowledgeGraph.Neo4j.Bolt;
using KnowledgeGraph.Neo4j.Loading;
using KnowledgeGraph.Neo4j.Mapping;
using KnowledgeGraph.Neo4j.Tests.Support;
using KnowledgeGraph.Rdf;
using Record = KnowledgeGraph.Neo4j.Bolt.Record;

namespace KnowledgeGraph.Neo4j.Tests.Loading;

/// <summary>End to end: RDF → mapper → batched MERGE loader → the real Neo4j, checked with Cypher.</summary>
[Collection(Neo4jCollection.Name)]
public class Neo4jGraphLoaderTests
{
    private readonly Neo4jServerFixture _server;

    public Neo4jGraphLoaderTests(Neo4jServerFixture server) => _server = server;

    private static async Task<List<Record>> QueryAsync(IGraphDatabase db, string cypher, Dictionary<string, object?>? parameters = null)
    {
        await using var session = await db.OpenSessionAsync();
        return await ((BoltRecordStream)await session.RunAsync(cypher, parameters)).ToListAsync();
    }

    private static async Task WipeAsync(IGraphDatabase db) => await QueryAsync(db, "MATCH (n) DETACH DELETE n");

    /// <summary>Every node and relationship with its labels, properties and ends, in a canonical text form.</summary>
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

    private static PropertyGraph MapFixture(out List<Quad> quads)
    {
        var (q, ns) = TestGraphs.Load(TestGraphs.NewsGraphPath);
        quads = q;
        return new RdfToPropertyGraphMapper().Map(q, ns);
    }

    [Fact]
    public async Task Loaded_counts_per_label_and_type_equal_what_the_rdf_says_and_a_second_load_changes_nothing()
    {
        await using var db = _server.CreateDriver();
        await WipeAsync(db);
        var graph = MapFixture(out var quads);
        var expected = RdfExpectations.From(quads);

        var first = await new Neo4jGraphLoader(db).LoadAsync(graph, new LoadOptions(BatchSize: 7));
        Assert.Equal(expected.Resources, first.NodesCreated);
        Assert.Equal(expected.RelationshipsPerType.Values.Sum(), first.RelationshipsCreated);

        foreach (var (label, count) in expected.NodesPerLabel)
        {
            var rows = await QueryAsync(db, $"MATCH (n:{CypherNames.Quote(label)}) RETURN count(n) AS c");
            Assert.True(count == (long)rows[0]["c"]!, $"label {label}: expected {count}, found {rows[0]["c"]}");
        }
        var perType = (await QueryAsync(db, "MATCH ()-[r]->() RETURN type(r) AS t, count(r) AS c"))
            .ToDictionary(r => (string)r["t"]!, r => (long)r["c"]!);
        Assert.Equal(expected.RelationshipsPerType.OrderBy(e => e.Key), perType.OrderBy(e => e.Key));

        var before = await SnapshotAsync(db);
        var second = await new Neo4jGraphLoader(db).LoadAsync(graph, new LoadOptions(BatchSize: 1000));
        Assert.Equal(0, second.NodesCreated);
        Assert.Equal(0, second.RelationshipsCreated);
        Assert.Equal(before, await SnapshotAsync(db));
    }

    [Fact]
    public async Task Claims_quotations_meetings_and_people_read_at_a_glance()
    {
        await using var db = _server.CreateDriver();
        await WipeAsync(db);
        await new Neo4jGraphLoader(db).LoadAsync(MapFixture(out _));

        var claim = Assert.Single(await QueryAsync(db,
            "MATCH (c:Claim)-[:author]->(p:Person) MATCH (c)-[:renderedBy]->(q:Quotation)-[:isPartOf]->(a:NewsArticle) " +
            "RETURN c.text AS text, p.label AS who, count(q) AS appearances, collect(a.identifier) AS articles"));
        Assert.Equal("Nous sommes proches d'un accord", claim["text"]);
        Assert.Equal("Alice Martin", claim["who"]);
        Assert.Equal(2L, claim["appearances"]);

        var meeting = Assert.Single(await QueryAsync(db,
            "MATCH (e:Event)-[:attendee]->(p:Person) RETURN e.startDate AS date, e.duration AS duration, count(p) AS people"));
        Assert.Equal(("2025-08-15", "PT5H", 3L), ((string)meeting["date"]!, (string)meeting["duration"]!, (long)meeting["people"]!));

        var quote = Assert.Single(await QueryAsync(db, "MATCH (q:Quotation {isDirectQuote: true}) RETURN q.startOffset AS s, q.endOffset AS e"));
        Assert.Equal(812L, quote["s"]);

        var prefixes = Assert.Single(await QueryAsync(db, "MATCH (p:_NsPrefDef) RETURN p.schema AS schema"));
        Assert.Equal("https://schema.org/", prefixes["schema"]);
    }

    [Fact]
    public async Task Replacing_one_article_removes_what_only_it_contributed_and_keeps_what_others_share()
    {
        await using var db = _server.CreateDriver();
        await WipeAsync(db);
        var (quads, ns) = TestGraphs.Load(TestGraphs.NewsGraphPath);
        await new Neo4jGraphLoader(db).LoadAsync(new RdfToPropertyGraphMapper().Map(quads, ns));

        // The second article changes: it no longer mentions its third person and drops one alternative label.
        const string article2 = "https://w3id.org/kgnews/graph/001_bbbb";
        var changed = quads.Where(q => !(q.Graph is IUriNode g && g.Iri == article2 &&
            (q.Subject is IUriNode s && s.Iri.EndsWith("chloe-durand", StringComparison.Ordinal)
             || q.Object is IUriNode o && o.Iri.EndsWith("chloe-durand", StringComparison.Ordinal)
             || q.Object is ILiteralNode l && l.Value == "A. Martin"))).ToList();
        var result = await new Neo4jGraphLoader(db).LoadAsync(new RdfToPropertyGraphMapper().Map(changed, ns),
            new LoadOptions(ReplaceGraphs: new[] { article2 }));

        Assert.Equal(1, result.NodesDeleted);
        Assert.Empty(await QueryAsync(db, "MATCH (n {uri: 'https://w3id.org/kgnews/id/person/chloe-durand'}) RETURN n"));
        var alice = Assert.Single(await QueryAsync(db,
            "MATCH (p:Person {uri: 'https://w3id.org/kgnews/id/person/alice-martin'}) RETURN p.altLabel AS alt, p.sources AS sources"));
        Assert.Equal("Martin", alice["alt"]);
        Assert.Equal(2, ((List<object?>)alice["sources"]!).Count);
        Assert.Equal(2L, (await QueryAsync(db, "MATCH (:Event)-[r:attendee]->() RETURN count(r) AS c"))[0]["c"]);

        // And the result is exactly what a fresh load of the changed dataset gives.
        var replaced = await SnapshotAsync(db);
        await WipeAsync(db);
        await new Neo4jGraphLoader(db).LoadAsync(new RdfToPropertyGraphMapper().Map(changed, ns));
        Assert.Equal(await SnapshotAsync(db), replaced);
    }

    [Fact]
    public async Task A_load_cut_off_mid_way_fails_clearly_and_a_rerun_completes_without_duplicates()
    {
        await using var db = _server.CreateDriver();
        await WipeAsync(db);
        var graph = MapFixture(out _);
        await new Neo4jGraphLoader(db).LoadAsync(graph, new LoadOptions(BatchSize: 3));
        var complete = await SnapshotAsync(db);
        await WipeAsync(db);

        var failing = new FailingDatabase(db, statementsBeforeFailure: 9);
        var e = await Assert.ThrowsAsync<ServiceUnavailableException>(() => new Neo4jGraphLoader(failing).LoadAsync(graph, new LoadOptions(BatchSize: 3)));
        Assert.Contains("closed by the server mid-stream", e.Message);
        Assert.NotEqual(complete, await SnapshotAsync(db));

        await new Neo4jGraphLoader(db).LoadAsync(graph, new LoadOptions(BatchSize: 3));
        Assert.Equal(complete, await SnapshotAsync(db));
    }

    [Fact]
    public async Task Exported_cypher_script_builds_the_same_graph_as_the_loader()
    {
        await using var db = _server.CreateDriver();
        await WipeAsync(db);
        var graph = MapFixture(out _);
        await new Neo4jGraphLoader(db).LoadAsync(graph);
        var loaded = await SnapshotAsync(db);
        await WipeAsync(db);

        var dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kg-neo4j-script-{Environment.ProcessId}");
        try
        {
            new KnowledgeGraph.Neo4j.Export.Neo4jExporter(rowsPerStatement: 4).Export(graph, dir);
            var script = await File.ReadAllTextAsync(System.IO.Path.Combine(dir, "load.cypher"));
            // cypher-shell runs ';'-terminated statements; every statement the exporter writes ends a line with ";".
            var statements = script.Split(";\n", StringSplitOptions.RemoveEmptyEntries)
                .Select(st => string.Join("\n", st.Split('\n').Where(l => !l.StartsWith("//", StringComparison.Ordinal))).Trim())
                .Where(st => st.Length > 0).ToList();
            Assert.True(statements.Count > 5);
            await using (var session = await db.OpenSessionAsync())
                foreach (var statement in statements)
                    await (await session.RunAsync(statement)).ConsumeAsync();
            Assert.Equal(loaded, await SnapshotAsync(db));
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, true);
        }
    }

    /// <summary>Passes statements to the real server until a count is reached, then fails as a dropped connection does.</summary>
    private sealed class FailingDatabase(IGraphDatabase inner, int statementsBeforeFailure) : IGraphDatabase
    {
        private int _left = statementsBeforeFailure;

        public async Task<ISession> OpenSessionAsync(SessionOptions? options = null, CancellationToken cancellationToken = default) =>
            new FailingSession(await inner.OpenSessionAsync(options, cancellationToken), this);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private sealed class FailingSession(ISession inner, FailingDatabase owner) : ISession
        {
            public BoltVersion ProtocolVersion => inner.ProtocolVersion;
            public string ServerAgent => inner.ServerAgent;

            public Task<IRecordStream> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
                --owner._left < 0
                    ? throw new ServiceUnavailableException("connection to bolt://test closed by the server mid-stream")
                    : inner.RunAsync(query, parameters, cancellationToken);

            public Task<ITransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) => inner.BeginTransactionAsync(cancellationToken);

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }
}
