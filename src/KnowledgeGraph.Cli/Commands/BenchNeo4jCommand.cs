using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Neo4j.Bolt;
using KnowledgeGraph.Neo4j.Loading;
using KnowledgeGraph.Neo4j.Mapping;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg bench neo4j</c>: generates a news-shaped dataset (default 1,000,000 triples), loads it with the batched
/// MERGE loader, loads it again (the idempotent re-load), and, in the same run, loads a fixed-size sample with a
/// one-statement-per-triple baseline and with the batched loader, extrapolating the baseline to the full size.
/// The database is wiped before each load: point it at a scratch server (scripts/neo4j.sh).
/// </summary>
public static class BenchNeo4jCommand
{
    public static Command Create()
    {
        var command = new Command("neo4j", "Neo4j load throughput (MERGE batches) beside a one-statement-per-triple baseline. Wipes the database.");
        var connection = Neo4jCommandSupport.AddConnectionOptions(command);
        var triples = new Option<long>("--triples") { Description = "size of the generated dataset (default 1000000)", DefaultValueFactory = _ => 1_000_000 };
        var sample = new Option<long>("--baseline-triples") { Description = "sample size for the per-triple baseline (default 20000)", DefaultValueFactory = _ => 20_000 };
        var batchSize = new Option<int>("--batch-size") { Description = "rows per UNWIND statement (default 5000)", DefaultValueFactory = _ => 5000 };
        var output = new Option<string?>("--output", "-o") { Description = "also write the Markdown report to this file" };
        var compare = new Option<int>("--compare-uri-ends")
        {
            Description = "also load with relationship ends matched by uri (the previous loader), alternating with the final loader, this many rounds (default 0)",
            DefaultValueFactory = _ => 0,
        };
        command.Add(triples);
        command.Add(sample);
        command.Add(batchSize);
        command.Add(output);
        command.Add(compare);
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                var report = await RunAsync(connection.Endpoint(parse), parse.GetValue(triples), parse.GetValue(sample),
                    parse.GetValue(batchSize), parse.GetValue(compare), string.Join(" ", Environment.GetCommandLineArgs().Skip(1)), ct);
                Console.Write(report);
                if (parse.GetValue(output) is { } path) AtomicFile.WriteText(path, w => w.Write(report));
                return ExitCodes.Ok;
            }
            catch (Exception e)
            {
                return Neo4jCommandSupport.Fail("bench neo4j", e);
            }
        });
        return command;
    }

    private const int WarmUpTriples = 50_000;

    private static async Task<string> RunAsync(BoltEndpoint endpoint, long triples, long sampleSize, int batchSize, int compareRounds,
        string commandLine, CancellationToken ct)
    {
        // The benchmark wipes the database: wait until no test suite is using this server.
        await using var exclusive = await Neo4jTestLock.AcquireAsync(endpoint, null, ct);
        await using var db = new BoltDriver(endpoint);
        var (agent, version) = await db.VerifyConnectivityAsync(ct);
        Log($"server {agent} over Bolt {version}; generating {triples:N0} triples");

        var clock = Stopwatch.StartNew();
        var quads = Neo4jSyntheticGraph.Generate(triples).ToList();
        var graph = new RdfToPropertyGraphMapper().Map(quads, null, ct);
        var mapTime = clock.Elapsed;
        Log($"mapped to {graph.Nodes.Count:N0} nodes and {graph.Relationships.Count:N0} relationships in {mapTime.TotalSeconds:F1}s");

        var startLoad = LoadAverage();
        var loader = new Neo4jGraphLoader(db);
        var options = new LoadOptions(batchSize);
        var uriOptions = options with { MatchEndsById = false };
        // A freshly started server compiles its Cypher and store paths on first use and ran the first load at about
        // half speed: one unreported load of a slice warms it, as a server in service would be.
        var warmUp = quads.Take((int)Math.Min(WarmUpTriples, quads.Count)).ToList();
        await WipeAsync(db, ct);
        Log($"warm-up: loading the first {warmUp.Count:N0} triples (not reported)");
        await loader.LoadAsync(new RdfToPropertyGraphMapper().Map(warmUp, null, ct), options, null, ct);
        await WipeAsync(db, ct);
        Log("batched MERGE load (empty database)");
        var full = await loader.LoadAsync(graph, options, null, ct);
        Log("batched MERGE re-load (everything already there)");
        var again = await loader.LoadAsync(graph, options, null, ct);

        // A/B on the same data in the same run: the previous loader (ends matched by uri) alternating with the final one.
        var comparison = new List<(string Name, LoadResult Result)>();
        for (var round = 1; round <= compareRounds; round++)
            foreach (var (name, variant) in new[] { ("ends by uri (previous)", uriOptions), ("ends by id (final)", options) })
            {
                await WipeAsync(db, ct);
                Log($"round {round}: {name}, empty database and re-load");
                comparison.Add(($"round {round}, {name}, empty database", await loader.LoadAsync(graph, variant, null, ct)));
                comparison.Add(($"round {round}, {name}, re-load", await loader.LoadAsync(graph, variant, null, ct)));
            }

        var sampleQuads = quads.Take((int)Math.Min(sampleSize, quads.Count)).ToList();
        var sampleGraph = new RdfToPropertyGraphMapper().Map(sampleQuads, null, ct);
        await WipeAsync(db, ct);
        Log($"batched MERGE load of the {sampleQuads.Count:N0}-triple sample");
        var sampleBatched = await loader.LoadAsync(sampleGraph, options, null, ct);
        await WipeAsync(db, ct);
        Log($"baseline: one statement per triple, {sampleQuads.Count:N0} triples");
        var baselineTime = await PerTripleBaselineAsync(db, sampleQuads, ct);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;

        double Rate(long n, TimeSpan t) => t.TotalSeconds > 0 ? n / t.TotalSeconds : 0;
        var extrapolated = TimeSpan.FromSeconds(baselineTime.TotalSeconds * quads.Count / Math.Max(1, sampleQuads.Count));
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine("# Neo4j load benchmark");
        sb.AppendLine();
        sb.AppendLine(inv, $"Command: `kg {commandLine}`  ");
        sb.AppendLine(inv, $"Server: {agent} over Bolt {version} (settings: scripts/neo4j.sh), client and server on one {Environment.ProcessorCount}-core machine; load average at the start of the loads {startLoad}, at the end {LoadAverage()}.  ");
        sb.AppendLine(inv, $"Data: {quads.Count:N0} generated triples shaped like kg build output (one named graph per article: articles, persons, claims, quotations, meetings, posts) → {graph.Nodes.Count:N0} nodes, {graph.Relationships.Count:N0} relationships; mapping took {mapTime.TotalSeconds:F1} s.  ");
        sb.AppendLine(inv, $"Loader: per batch of nodes, uris looked up, missing nodes CREATEd, found ones updated by id (unique constraint on uri); relationships MERGEd between ends found by those ids (NodeByIdSeek); the previous loader MERGEd nodes and matched ends by uri. Batch size {batchSize}; one unreported warm-up load of the first {warmUp.Count:N0} triples first. Baseline: one auto-commit MERGE statement per triple, run on the first {sampleQuads.Count:N0} triples and extrapolated linearly to the full size (marked *).");
        sb.AppendLine();
        sb.AppendLine("| loader | triples | nodes | relationships | node phase (s) | nodes/s | relationship phase (s) | relationships/s | total (s) |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        void Row(string name, long t, LoadResult r) => sb.AppendLine(inv,
            $"| {name} | {t:N0} | {r.Nodes:N0} | {r.Relationships:N0} | {r.NodeTime.TotalSeconds:F1} | {Rate(r.Nodes, r.NodeTime):N0} | {r.RelationshipTime.TotalSeconds:F1} | {Rate(r.Relationships, r.RelationshipTime):N0} | {(r.NodeTime + r.RelationshipTime).TotalSeconds:F1} |");
        Row("batched MERGE, empty database", quads.Count, full);
        Row("batched MERGE, re-load (no change)", quads.Count, again);
        Row("batched MERGE, sample", sampleQuads.Count, sampleBatched);
        foreach (var (name, result) in comparison) Row(name, quads.Count, result);
        sb.AppendLine(inv,
            $"| per-triple baseline, sample | {sampleQuads.Count:N0} | {sampleGraph.Nodes.Count:N0} | {sampleGraph.Relationships.Count:N0} | – | – | – | {Rate(sampleGraph.Relationships.Count, baselineTime):N0} | {baselineTime.TotalSeconds:F1} |");
        sb.AppendLine(inv,
            $"| per-triple baseline, full size* | {quads.Count:N0} | {graph.Nodes.Count:N0} | {graph.Relationships.Count:N0} | – | – | – | – | {extrapolated.TotalSeconds:F0}* |");
        sb.AppendLine();
        sb.AppendLine(inv, $"Speed-up of the batched loader over the baseline on the same sample: {baselineTime.TotalSeconds / Math.Max(0.001, (sampleBatched.NodeTime + sampleBatched.RelationshipTime).TotalSeconds):F0}×; on the full size (extrapolated): {extrapolated.TotalSeconds / Math.Max(0.001, (full.NodeTime + full.RelationshipTime).TotalSeconds):F0}×.  ");
        if (comparison.Count > 0)
        {
            double RelRate(string variant, string kind)
            {
                var rows = comparison.Where(c => c.Name.Contains(variant, StringComparison.Ordinal) && c.Name.EndsWith(kind, StringComparison.Ordinal)).ToList();
                return rows.Sum(c => c.Result.Relationships) / rows.Sum(c => c.Result.RelationshipTime.TotalSeconds);
            }
            foreach (var kind in new[] { "empty database", "re-load" })
            {
                var byId = RelRate("ends by id", kind);
                var byUri = RelRate("ends by uri", kind);
                sb.AppendLine(inv, $"A/B over {compareRounds} alternating round(s), {kind}: ends by id {byId:N0} relationships/s, by uri {byUri:N0}/s, ratio {byId / byUri:F2}×.  ");
            }
        }
        sb.AppendLine(inv, $"Client peak working set (generation, mapping and all loads in one process): {peak / (1024.0 * 1024.0):F0} MiB.");
        return sb.ToString();
    }

    /// <summary>The naive loader a first attempt would write: one round trip and one transaction per triple.</summary>
    private static async Task<TimeSpan> PerTripleBaselineAsync(IGraphDatabase db, IReadOnlyList<Quad> quads, CancellationToken ct)
    {
        await using var session = await db.OpenSessionAsync(null, ct);
        var clock = Stopwatch.StartNew();
        foreach (var q in quads)
        {
            var s = RdfToPropertyGraphMapper.UriOf(q.Subject);
            var p = ((IUriNode)q.Predicate).Iri;
            var local = p[(p.LastIndexOfAny(new[] { '#', '/' }) + 1)..];
            string query;
            var parameters = new Dictionary<string, object?> { ["s"] = s };
            if (p == Vocabulary.RdfType && q.Object is IUriNode type)
            {
                var label = type.Iri[(type.Iri.LastIndexOfAny(new[] { '#', '/' }) + 1)..];
                query = $"MERGE (n:Resource {{uri: $s}}) SET n:{CypherNames.Quote(label)}";
            }
            else if (q.Object is ILiteralNode literal)
            {
                query = $"MERGE (n:Resource {{uri: $s}}) SET n.{CypherNames.Quote(local)} = $v";
                parameters["v"] = literal.Value;
            }
            else
            {
                query = $"MERGE (a:Resource {{uri: $s}}) MERGE (b:Resource {{uri: $o}}) MERGE (a)-[:{CypherNames.Quote(local)}]->(b)";
                parameters["o"] = RdfToPropertyGraphMapper.UriOf(q.Object);
            }
            await (await session.RunAsync(query, parameters, ct)).ConsumeAsync(ct);
        }
        return clock.Elapsed;
    }

    /// <summary>Deletes everything in slices, so that a large graph never has to fit in one transaction.</summary>
    private static async Task WipeAsync(IGraphDatabase db, CancellationToken ct)
    {
        await using var session = await db.OpenSessionAsync(null, ct);
        while (true)
        {
            var summary = await (await session.RunAsync("MATCH (n) WITH n LIMIT 20000 DETACH DELETE n", null, ct)).ConsumeAsync(ct);
            if (summary.Counter("nodes-deleted") == 0) break;
        }
    }

    /// <summary>The 1, 5 and 15 minute load averages where the system reports them: the figures only mean something beside them.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static void Log(string message)
    {
        if (!Console.IsErrorRedirected) Console.Error.WriteLine($"[bench neo4j] {message}");
        else Console.Error.WriteLine($"bench neo4j: {message}");
    }
}
