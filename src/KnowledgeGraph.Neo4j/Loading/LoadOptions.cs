namespace KnowledgeGraph.Neo4j.Loading;

/// <param name="BatchSize">Rows per UNWIND statement (each statement is one transaction).</param>
/// <param name="ReplaceGraphs">Named graphs whose contribution this load replaces: the input must then be the
/// complete dataset (e.g. a new kg build output). Nodes and relationships recorded as coming from one of these
/// graphs are brought exactly in line with the input (labels, properties, sources), and those that only these
/// graphs gave and the input no longer has are deleted.</param>
/// <param name="MatchEndsById">Find relationship ends by the node ids the node phase returned (default) rather than
/// by two uri index seeks per relationship; false keeps the uri path throughout (the previous loader, for the benchmark).</param>
public sealed record LoadOptions(int BatchSize = 5000, IReadOnlyList<string>? ReplaceGraphs = null, bool MatchEndsById = true)
{
    public IReadOnlyList<string> EffectiveReplaceGraphs => ReplaceGraphs ?? Array.Empty<string>();
}

/// <summary>Progress of a load, reported after every batch.</summary>
public readonly record struct LoadProgress(string Phase, long Done, long Total);

/// <summary>What a load did. Created/deleted counts are the server's counters.</summary>
public sealed record LoadResult(
    long Nodes, long Relationships, long Batches,
    long NodesCreated, long RelationshipsCreated, long NodesDeleted, long RelationshipsDeleted,
    TimeSpan NodeTime, TimeSpan RelationshipTime);
