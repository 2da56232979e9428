namespace KnowledgeGraph.Server;

/// <param name="DataPaths">RDF files or kg build output folders to serve.</param>
/// <param name="ResourceBase">The namespace under which entity IRIs are minted; a request for
/// /id/{rest} describes the IRI ResourceBase + rest, so entity IRIs dereference when the server
/// is published at that address (or behind a proxy that maps it).</param>
/// <param name="QueryTimeout">Per-query timeout.</param>
/// <param name="ResultLimit">Maximum solutions or triples per answer.</param>
/// <param name="AllowUpdate">SPARQL Update on /update is refused unless this is set.</param>
/// <param name="UnionDefaultGraph">Queries see the union of all graphs as their default graph. On by default
/// because a kg build dataset keeps each article's statements in a named graph, and analysts expect a plain
/// query to see them; GRAPH still addresses one article.</param>
public sealed record KgServerOptions(
    IReadOnlyList<string> DataPaths,
    string ResourceBase = "https://w3id.org/kgnews/id/",
    TimeSpan? QueryTimeout = null,
    long? ResultLimit = 100_000,
    bool AllowUpdate = false,
    bool UnionDefaultGraph = true);
