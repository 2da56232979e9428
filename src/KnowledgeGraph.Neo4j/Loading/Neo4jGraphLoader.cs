using System.Diagnostics;
using KnowledgeGraph.Neo4j.Bolt;
using KnowledgeGraph.Neo4j.Mapping;

namespace KnowledgeGraph.Neo4j.Loading;

/// <summary>
/// Writes a <see cref="PropertyGraph"/> into Neo4j with batched, idempotent statements: per batch and label set
/// (labels cannot be parameters) the uris are looked up, the missing nodes CREATEd under the unique constraint and
/// the found ones updated by id (replace mode: <c>MERGE (n:Resource {uri: row.uri}) …</c>); then relationships per
/// type with MERGE between the two ends, found by the node ids the node phase saw. Loading the same graph twice changes nothing.
/// Sources (named graphs) are unioned with what the database already records, so articles loaded
/// separately accumulate; <see cref="LoadOptions.ReplaceGraphs"/> replaces instead.
/// </summary>
public sealed class Neo4jGraphLoader
{
    private readonly IGraphDatabase _database;

    public Neo4jGraphLoader(IGraphDatabase database) => _database = database;

    public async Task<LoadResult> LoadAsync(PropertyGraph graph, LoadOptions? options = null,
        IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new LoadOptions();
        if (options.BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(options), "batch size must be at least 1");
        await using var session = await _database.OpenSessionAsync(null, cancellationToken).ConfigureAwait(false);
        await EnsureSchemaAsync(session, cancellationToken).ConfigureAwait(false);

        var replace = options.EffectiveReplaceGraphs;
        var exact = replace.Count > 0;
        var counters = new Counters();
        long batches = 0;

        var clock = Stopwatch.StartNew();
        if (exact) await RemoveStaleLabelsAsync(session, graph, replace, counters, cancellationToken).ConfigureAwait(false);
        long done = 0;
        // The node ids the server gives back let the relationship phase find both ends by id (NodeByIdSeek)
        // instead of two schema-index seeks per relationship: the relationship phase's main cost.
        var ids = options.MatchEndsById ? new Dictionary<string, long>(graph.Nodes.Count, StringComparer.Ordinal) : null;
        foreach (var group in graph.Nodes.GroupBy(n => string.Join('\u0001', n.Labels)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var nodes = group.ToList();
            var query = NodeStatement(nodes[0].Labels, exact, replace, returnIds: ids is not null);
            foreach (var batch in nodes.Chunk(options.BatchSize))
            {
                if (ids is not null && !exact)
                    await LoadNodeBatchAsync(session, batch, nodes[0].Labels, query, ids, replace, counters, cancellationToken).ConfigureAwait(false);
                else
                    counters.Add(await RunAsync(session, query, batch.Select(NodeRow).ToList(), replace,
                        ids is null ? null : StoreId(ids), cancellationToken).ConfigureAwait(false));
                batches++;
                done += batch.Length;
                progress?.Report(new LoadProgress("nodes", done, graph.Nodes.Count));
            }
        }
        if (graph.Prefixes.Count > 0)
        {
            var prefixes = graph.Prefixes.ToDictionary(p => p.Key, p => (object?)p.Value);
            await (await session.RunAsync($"MERGE (p:{CypherNames.Quote(MappingOptions.PrefixNodeLabel)}) SET p += $prefixes",
                new Dictionary<string, object?> { ["prefixes"] = prefixes }, cancellationToken).ConfigureAwait(false))
                .ConsumeAsync(cancellationToken).ConfigureAwait(false);
        }
        var nodeTime = clock.Elapsed;

        clock.Restart();
        done = 0;
        foreach (var group in graph.Relationships.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // Ends the node phase did not load (a hand-built graph whose ends came from an earlier load) keep the uri path.
            var byId = new List<GraphRelationship>();
            var byUri = new List<GraphRelationship>();
            foreach (var r in group)
                (ids is not null && ids.ContainsKey(r.StartUri) && ids.ContainsKey(r.EndUri) ? byId : byUri).Add(r);
            foreach (var (relationships, query, row) in new (List<GraphRelationship>, string, Func<GraphRelationship, Dictionary<string, object?>>)[]
                     {
                         (byId, RelationshipByIdStatement(group.Key, exact), r => RelationshipIdRow(r, ids!)),
                         (byUri, RelationshipStatement(group.Key, exact), RelationshipRow),
                     })
                foreach (var batch in relationships.Chunk(options.BatchSize))
                {
                    var rows = batch.Select(row).ToList();
                    counters.Add(await RunAsync(session, query, rows, replace, null, cancellationToken).ConfigureAwait(false));
                    batches++;
                    done += batch.Length;
                    progress?.Report(new LoadProgress("relationships", done, graph.Relationships.Count));
                }
        }
        if (exact) await RemoveStaleAsync(session, graph, replace, counters, cancellationToken).ConfigureAwait(false);
        var relationshipTime = clock.Elapsed;

        return new LoadResult(graph.Nodes.Count, graph.Relationships.Count, batches,
            counters.NodesCreated, counters.RelationshipsCreated, counters.NodesDeleted, counters.RelationshipsDeleted,
            nodeTime, relationshipTime);
    }

    /// <summary>
    /// One batch of nodes in three statements instead of one MERGE: look the uris up (plain index seeks), CREATE the
    /// missing nodes, update the found ones by id. MERGE's locking seek made the node phase about a quarter slower
    /// (measured, bench/results/neo4j-load.md). Still idempotent: the unique constraint refuses a CREATE of a uri
    /// that appeared meanwhile (another writer, or a uri twice in one batch), and that batch then falls back to MERGE.
    /// </summary>
    private static async Task LoadNodeBatchAsync(ISession session, GraphNode[] batch, IReadOnlyList<string> labels, string mergeStatement,
        Dictionary<string, long> ids, IReadOnlyList<string> replace, Counters counters, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, long>(batch.Length, StringComparer.Ordinal);
        await RunAsync(session, LookupStatement, batch.Select(n => new Dictionary<string, object?> { ["uri"] = n.Uri }).ToList(), replace,
            StoreId(found), cancellationToken).ConfigureAwait(false);

        var missing = batch.Where(n => !found.ContainsKey(n.Uri)).ToList();
        if (missing.Count > 0)
        {
            try
            {
                counters.Add(await RunAsync(session, CreateStatement(labels), missing.Select(NodeRow).ToList(), replace,
                    StoreId(ids), cancellationToken).ConfigureAwait(false));
            }
            catch (Neo4jServerException e) when (e.Code == "Neo.ClientError.Schema.ConstraintValidationFailed")
            {
                // The failed statement created nothing; MERGE sorts out which of these exist now.
                counters.Add(await RunAsync(session, mergeStatement, missing.Select(NodeRow).ToList(), replace,
                    StoreId(ids), cancellationToken).ConfigureAwait(false));
            }
        }
        if (found.Count > 0)
        {
            var rows = batch.Where(n => found.ContainsKey(n.Uri)).Select(n =>
            {
                var row = NodeRow(n);
                row["id"] = found[n.Uri];
                return row;
            }).ToList();
            counters.Add(await RunAsync(session, UpdateByIdStatement(labels), rows, replace, null, cancellationToken).ConfigureAwait(false));
            foreach (var (uri, id) in found) ids[uri] = id;
        }
    }

    /// <summary>Records (uri, id), as the lookup, create and merge statements return them, into a uri → id map.</summary>
    private static Action<Record> StoreId(Dictionary<string, long> ids) => record => ids[(string)record[0]!] = (long)record[1]!;

    // The hint pins the plan to the uri index: the 3.1 planner re-plans when index statistics change mid-load, and a
    // plan made while the index was nearly empty scanned the label instead (a 1M-triple node phase took 116 s, not 8 s).
    public static readonly string LookupStatement =
        $"UNWIND $rows AS row MATCH (n:{CypherNames.Quote(MappingOptions.ResourceLabel)} {{uri: row.uri}}) {UriIndexHint("n")} RETURN row.uri AS uri, id(n) AS id";

    private static string UriIndexHint(string variable) =>
        $"USING INDEX {variable}:{CypherNames.Quote(MappingOptions.ResourceLabel)}(uri)";

    /// <summary>New nodes of one label set (union mode): labels, properties and sources as the input gives them.</summary>
    public static string CreateStatement(IReadOnlyList<string> labels)
    {
        var all = new[] { MappingOptions.ResourceLabel }.Concat(labels.Where(l => l != MappingOptions.ResourceLabel));
        return $"UNWIND $rows AS row CREATE (n{CypherNames.Labels(all)} {{uri: row.uri}}) SET n += row.props " +
               "SET n.sources = CASE WHEN size(row.sources) = 0 THEN null ELSE row.sources END RETURN row.uri AS uri, id(n) AS id";
    }

    /// <summary>Existing nodes (union mode), found by the ids the lookup returned: what MERGE's ON MATCH branch does.</summary>
    public static string UpdateByIdStatement(IReadOnlyList<string> labels)
    {
        var extra = labels.Where(l => l != MappingOptions.ResourceLabel).ToList();
        var setLabels = extra.Count > 0 ? $" SET n{CypherNames.Labels(extra)}" : "";
        return $"UNWIND $rows AS row MATCH (n) WHERE id(n) = row.id{setLabels} SET n += row.props SET {UnionSources}";
    }

    /// <summary>The unique constraint on Resource.uri, which also gives MERGE its index. Re-creating it is a no-op.</summary>
    public static async Task EnsureSchemaAsync(ISession session, CancellationToken cancellationToken)
    {
        var label = CypherNames.Quote(MappingOptions.ResourceLabel);
        var statement = session.ProtocolVersion.Major >= 4
            ? $"CREATE CONSTRAINT resource_uri IF NOT EXISTS FOR (r:{label}) REQUIRE r.uri IS UNIQUE"
            : $"CREATE CONSTRAINT ON (r:{label}) ASSERT r.uri IS UNIQUE";
        await (await session.RunAsync(statement, null, cancellationToken).ConfigureAwait(false)).ConsumeAsync(cancellationToken).ConfigureAwait(false);
    }

    // Sources are a set stored as a list: union keeps what other loads recorded; exact mode sets them outright.
    // Union mode: a new element takes the row's sources as they are (no property for none: an empty list marks what the
    // stale pass deletes); only an existing one pays for the union, which reads its list twice (about 10% of the
    // server's time in the relationship phase, measured).
    private static string CreateOrUnionSources(string v) =>
        $"ON CREATE SET {v}.sources = CASE WHEN size(row.sources) = 0 THEN null ELSE row.sources END " +
        "ON MATCH SET " + UnionSources.Replace("n.sources", v + ".sources", StringComparison.Ordinal);

    private const string UnionSources =
        "n.sources = CASE WHEN size(row.sources) = 0 THEN n.sources " +
        "ELSE coalesce(n.sources, []) + [s IN row.sources WHERE NOT s IN coalesce(n.sources, [])] END";

    /// <summary>The input's sources plus those of graphs not being replaced; null (no property) rather than an empty list,
    /// because an empty list marks what the stale pass deletes.</summary>
    private static string ExactSources(string v)
    {
        var kept = $"[s IN coalesce({v}.sources, []) WHERE NOT s IN $replace AND NOT s IN row.sources] + row.sources";
        return $"{v}.sources = CASE WHEN size({kept}) = 0 THEN null ELSE {kept} END";
    }

    /// <param name="returnIds">Also return <c>uri, id(n)</c> per row, for the relationship phase.</param>
    public static string NodeStatement(IReadOnlyList<string> labels, bool exact, IReadOnlyList<string> replace, bool returnIds = false)
    {
        var resource = CypherNames.Quote(MappingOptions.ResourceLabel);
        var extra = labels.Where(l => l != MappingOptions.ResourceLabel).ToList();
        var setLabels = extra.Count > 0 ? $" SET n{CypherNames.Labels(extra)}" : "";
        var ret = returnIds ? " RETURN row.uri AS uri, id(n) AS id" : "";
        if (!exact)
            return $"UNWIND $rows AS row MERGE (n:{resource} {{uri: row.uri}}) {CreateOrUnionSources("n")}{setLabels} SET n += row.props{ret}";
        // Exact: properties become the input's (uri kept); sources become the input's plus those of graphs not replaced.
        return $"UNWIND $rows AS row MERGE (n:{resource} {{uri: row.uri}}){setLabels} " +
               "SET n = row.props SET n.uri = row.uri SET " + ExactSources("n") + ret;
    }

    private static string RelationshipSources(bool exact) => exact ? "SET " + ExactSources("r") : CreateOrUnionSources("r");

    public static string RelationshipStatement(string type, bool exact)
    {
        var resource = CypherNames.Quote(MappingOptions.ResourceLabel);
        return $"UNWIND $rows AS row MATCH (a:{resource} {{uri: row.start}}) {UriIndexHint("a")} MATCH (b:{resource} {{uri: row.end}}) {UriIndexHint("b")} " +
               $"MERGE (a)-[r:{CypherNames.Quote(type)}]->(b) {RelationshipSources(exact)}";
    }

    /// <summary>Ends found by the ids the node phase of the same load returned: two NodeByIdSeeks instead of two
    /// index seeks. Ids are only valid while nothing deletes nodes, so they are never kept beyond one load.</summary>
    public static string RelationshipByIdStatement(string type, bool exact) =>
        "UNWIND $rows AS row MATCH (a) WHERE id(a) = row.s MATCH (b) WHERE id(b) = row.e " +
        $"MERGE (a)-[r:{CypherNames.Quote(type)}]->(b) {RelationshipSources(exact)}";

    private static Dictionary<string, object?> NodeRow(GraphNode node) => new()
    {
        ["uri"] = node.Uri,
        ["props"] = node.Properties.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal),
        ["sources"] = node.Sources,
    };

    private static Dictionary<string, object?> RelationshipRow(GraphRelationship r) => new()
    {
        ["start"] = r.StartUri,
        ["end"] = r.EndUri,
        ["sources"] = r.Sources,
    };

    private static Dictionary<string, object?> RelationshipIdRow(GraphRelationship r, Dictionary<string, long> ids) => new()
    {
        ["s"] = ids[r.StartUri],
        ["e"] = ids[r.EndUri],
        ["sources"] = r.Sources,
    };

    private const int MaxAttempts = 5;

    private static async Task<ResultSummary> RunAsync(ISession session, string query, List<Dictionary<string, object?>> rows,
        IReadOnlyList<string> replace, Action<Record>? onRecord, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["rows"] = rows, ["replace"] = replace };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var stream = await session.RunAsync(query, parameters, cancellationToken).ConfigureAwait(false);
                // Records of a rolled-back attempt may have been seen; the retry returns every uri of the batch again and overwrites them.
                if (onRecord is not null)
                    await foreach (var record in stream.WithCancellation(cancellationToken).ConfigureAwait(false)) onRecord(record);
                return await stream.ConsumeAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jServerException e) when (e.Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) && attempt < MaxAttempts)
            {
                // Deadlocks and lock timeouts with other writers: the batch was rolled back and, being MERGEs, is safe to run again.
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt * attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Labels a replaced graph gave that the input no longer gives (Neo4j 3.x cannot remove labels by parameter).</summary>
    private static async Task RemoveStaleLabelsAsync(ISession session, PropertyGraph graph, IReadOnlyList<string> replace,
        Counters counters, CancellationToken cancellationToken)
    {
        var wanted = graph.Nodes.ToDictionary(n => n.Uri, n => n.Labels, StringComparer.Ordinal);
        var stream = await session.RunAsync(
            $"MATCH (n:{CypherNames.Quote(MappingOptions.ResourceLabel)}) WHERE any(s IN coalesce(n.sources, []) WHERE s IN $replace) " +
            "RETURN n.uri AS uri, labels(n) AS labels",
            new Dictionary<string, object?> { ["replace"] = replace }, cancellationToken).ConfigureAwait(false);
        var removals = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        await foreach (var record in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (record["uri"] is not string uri || !wanted.TryGetValue(uri, out var keep)) continue;
            foreach (var label in ((List<object?>)record["labels"]!).Cast<string>())
                if (!keep.Contains(label))
                {
                    if (!removals.TryGetValue(label, out var uris)) removals[label] = uris = new List<string>();
                    uris.Add(uri);
                }
        }
        foreach (var (label, uris) in removals)
            counters.Add(await (await session.RunAsync(
                $"MATCH (n:{CypherNames.Quote(MappingOptions.ResourceLabel)}) WHERE n.uri IN $uris REMOVE n:{CypherNames.Quote(label)}",
                new Dictionary<string, object?> { ["uris"] = uris }, cancellationToken).ConfigureAwait(false)).ConsumeAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// After an exact load: relationships and nodes that a replaced graph gave but the input no longer has lose
    /// that graph from their sources; those left with no source are deleted.
    /// </summary>
    private static async Task RemoveStaleAsync(ISession session, PropertyGraph graph, IReadOnlyList<string> replace,
        Counters counters, CancellationToken cancellationToken)
    {
        var resource = CypherNames.Quote(MappingOptions.ResourceLabel);
        var relationshipKeys = graph.Relationships.Select(r => r.StartUri + " " + r.Type + " " + r.EndUri).ToList();
        var nodeUris = graph.Nodes.Select(n => n.Uri).ToList();
        var parameters = new Dictionary<string, object?> { ["replace"] = replace, ["keys"] = relationshipKeys, ["uris"] = nodeUris };
        var statements = new[]
        {
            $"MATCH (a:{resource})-[r]->(b:{resource}) WHERE any(s IN coalesce(r.sources, []) WHERE s IN $replace) " +
            "AND NOT (a.uri + ' ' + type(r) + ' ' + b.uri) IN $keys " +
            "SET r.sources = [s IN r.sources WHERE NOT s IN $replace]",
            $"MATCH (:{resource})-[r]->(:{resource}) WHERE r.sources = [] DELETE r",
            $"MATCH (n:{resource}) WHERE any(s IN coalesce(n.sources, []) WHERE s IN $replace) AND NOT n.uri IN $uris " +
            "SET n.sources = [s IN n.sources WHERE NOT s IN $replace]",
            $"MATCH (n:{resource}) WHERE n.sources = [] DETACH DELETE n",
        };
        foreach (var statement in statements)
            counters.Add(await (await session.RunAsync(statement, parameters, cancellationToken).ConfigureAwait(false))
                .ConsumeAsync(cancellationToken).ConfigureAwait(false));
    }

    private sealed class Counters
    {
        public long NodesCreated, RelationshipsCreated, NodesDeleted, RelationshipsDeleted;

        public void Add(ResultSummary summary)
        {
            NodesCreated += summary.Counter("nodes-created");
            RelationshipsCreated += summary.Counter("relationships-created");
            NodesDeleted += summary.Counter("nodes-deleted");
            RelationshipsDeleted += summary.Counter("relationships-deleted");
        }
    }
}
