namespace KnowledgeGraph.Remote;

/// <param name="BatchTriples">Triples per request: a larger graph is sent as a PUT of its first batch, then POSTs.</param>
/// <param name="DefaultGraph">The named graph that receives the build's default graph (the resolved entities, posts,
/// meetings, claims and the ontology); a Graph Store has no portable way to write "the" default graph of a store that
/// serves many datasets, and a named graph keeps the push idempotent.</param>
/// <param name="Restart">Ignore what an earlier, interrupted push of the same build recorded, and push everything.</param>
/// <param name="Parallel">Requests in flight at once (different graphs; one graph's requests stay in order): a store
/// commits each graph on its own, so several at once keep it busy while the next bodies are read and sent.</param>
public sealed record PushOptions(
    int BatchTriples = 50_000,
    string DefaultGraph = PushOptions.EntityGraph,
    bool Restart = false,
    int Parallel = PushOptions.DefaultParallel)
{
    public const int DefaultParallel = 4;

    /// <summary>The default name of the entity graph, beside the article graphs https://w3id.org/kgnews/graph/{article id}.</summary>
    public const string EntityGraph = "https://w3id.org/kgnews/graph/entities";
}

/// <summary>Where a push is: for a progress display.</summary>
/// <param name="Fraction">Share of the source file read, 0 to 1.</param>
public sealed record PushProgress(string Graph, long GraphsDone, long GraphsSkipped, long TriplesSent, double Fraction);

/// <summary>What a push did.</summary>
public sealed record PushSummary(long GraphsPushed, long GraphsSkipped, long TriplesSent, long Requests, TimeSpan Elapsed, string LogPath);
