using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Server.Backends;

/// <summary>
/// Where kg serve reads: the embedded store (<see cref="EmbeddedBackend"/>) or a remote SPARQL 1.1 store that kg push
/// wrote (<see cref="RemoteBackend"/>). /sparql goes through <see cref="Processor"/>; entity pages and claim traces
/// read a <see cref="BackendView"/> around their resource, so the page code is the same for both.
/// </summary>
public interface IQueryBackend
{
    ISparqlQueryProcessor Processor { get; }

    /// <summary>False for a remote store: dumps, VoID, the Graph Store and updates are the store's own business then.</summary>
    bool HoldsData { get; }

    /// <summary>
    /// A store with at least the statements about <paramref name="resource"/> (outgoing and incoming) and the outgoing
    /// statements of the nodes up to <paramref name="hops"/> links away from it and from its incoming neighbours.
    /// </summary>
    BackendView Around(INode resource, int hops, CancellationToken ct);

    /// <summary>
    /// A store with every claim's statements, its renderings (quotations), their articles' metadata (no body), and the
    /// names of speakers and outlets: what the claim search reads.
    /// </summary>
    BackendView Claims(CancellationToken ct);
}

/// <summary>A store to read, and what to release when done (the embedded store's read gate).</summary>
public sealed class BackendView(MemoryStore store, IDisposable? release) : IDisposable
{
    public MemoryStore Store { get; } = store;

    public void Dispose() => release?.Dispose();
}

/// <summary>The embedded store: the whole store is the view, read under the gate.</summary>
public sealed class EmbeddedBackend(StoreGate gate, ISparqlQueryProcessor processor) : IQueryBackend
{
    public ISparqlQueryProcessor Processor => processor;

    public bool HoldsData => true;

    public BackendView Around(INode resource, int hops, CancellationToken ct) => new(gate.Store, gate.Read());

    public BackendView Claims(CancellationToken ct) => new(gate.Store, gate.Read());
}
