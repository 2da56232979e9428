namespace KnowledgeGraph.Server;

/// <param name="DataPaths">RDF files or kg build output folders to serve.</param>
/// <param name="ResourceBase">The namespace under which entity IRIs are minted; a request for
/// /id/{rest} describes the IRI ResourceBase + rest, so entity IRIs dereference when the server
/// is published at that address (or behind a proxy that maps it).</param>
/// <param name="QueryTimeout">Per-query timeout.</param>
/// <param name="ResultLimit">Maximum solutions or triples per answer.</param>
/// <param name="AllowUpdate">SPARQL Update on /update and writes on /store are refused unless this is set.</param>
/// <param name="UnionDefaultGraph">Queries see the union of all graphs as their default graph. On by default
/// because a kg build dataset keeps each article's statements in a named graph, and analysts expect a plain
/// query to see them; GRAPH still addresses one article.</param>
/// <param name="WriteToken">The bearer token that writes must carry (Authorization: Bearer TOKEN). Required when
/// <paramref name="AllowUpdate"/> is set: a server that accepts writes from anyone is not offered.</param>
/// <param name="RowBudget">Per-query memory budget, in intermediate rows held by joins, groups, sorts and DISTINCT
/// (a row and its bookkeeping take about 250 bytes, so the default of 1,000,000 is about 250 MB).</param>
/// <param name="ServerRowBudget">The same budget for all running queries together (default 3,000,000 rows, about
/// 750 MB): many heavy queries at once stop early instead of adding up past the machine's memory.</param>
/// <param name="MaxConcurrentQueries">Queries evaluated at once; more wait up to <paramref name="QueueWait"/>, then
/// get 503 with Retry-After.</param>
/// <param name="MaxBodyBytes">Largest request body accepted (413 past it).</param>
/// <param name="CorsOrigin">Access-Control-Allow-Origin sent on /sparql (and the other read-only resources); null
/// sends no CORS headers.</param>
/// <param name="ShutdownGrace">How long in-flight requests may run on after SIGTERM / Ctrl+C.</param>
/// <param name="License">Licence IRI of the data, stated in the VoID description when given.</param>
/// <param name="YasguiDir">Folder with YASGUI's yasgui.min.js and .css for the query page at /; null finds
/// .tools/yasgui (scripts/install-yasgui.sh) above the program or the current folder, "none" shows the plain form.</param>
/// <param name="Log">Where one JSON line per request is written (stdout in kg serve); null logs nothing.</param>
/// <param name="IdleTrim">After this long without queries, memory that queries left committed is given back to the OS
/// by one compacting collection (<see cref="IdleMemoryTrim"/>). Off by default (null or zero): the collection is
/// process-wide and counts the whole process's allocations, so only a process that is the server (kg serve: 5 s) turns
/// it on, not a host running many servers (the tests) or other work beside one.</param>
public sealed record KgServerOptions(
    IReadOnlyList<string> DataPaths,
    string ResourceBase = "https://w3id.org/kgnews/id/",
    TimeSpan? QueryTimeout = null,
    long? ResultLimit = 100_000,
    bool AllowUpdate = false,
    bool UnionDefaultGraph = true,
    string? WriteToken = null,
    long RowBudget = 1_000_000,
    long ServerRowBudget = 3_000_000,
    int MaxConcurrentQueries = 16,
    TimeSpan? QueueWait = null,
    long MaxBodyBytes = 4 * 1024 * 1024,
    string? CorsOrigin = "*",
    TimeSpan? ShutdownGrace = null,
    string? License = null,
    TextWriter? Log = null,
    string? YasguiDir = null,
    TimeSpan? IdleTrim = null)
{
    public TimeSpan TrimAfterIdle => IdleTrim ?? TimeSpan.Zero;

    public TimeSpan Timeout => QueryTimeout ?? TimeSpan.FromSeconds(30);

    public TimeSpan Queue => QueueWait ?? TimeSpan.FromSeconds(5);

    public TimeSpan Grace => ShutdownGrace ?? TimeSpan.FromSeconds(10);
}
