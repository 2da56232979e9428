using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A parsed SPARQL 1.1 Update request: operations run in order (§3).</summary>
public sealed record UpdateRequest(ValueList<UpdateOperation> Operations, string? BaseIri, ValueList<KeyValuePair<string, string>> Prefixes);

/// <summary>One operation of an update request.</summary>
public abstract record UpdateOperation;

/// <summary>
/// INSERT DATA: ground quads (Graph null = default graph). Blank nodes here are fresh nodes
/// of the store (their labels are scoped to this request).
/// </summary>
public sealed record InsertData(ValueList<Quad> Quads) : UpdateOperation;

/// <summary>DELETE DATA: ground quads without blank nodes.</summary>
public sealed record DeleteData(ValueList<Quad> Quads) : UpdateOperation;

/// <summary>
/// [WITH iri] DELETE {…} INSERT {…} [USING …] WHERE {…} (§3.1.3). Also the form DELETE WHERE {…},
/// translated with <see cref="Delete"/> equal to the WHERE quads. <see cref="Where"/> is evaluated once;
/// then every delete template instance is removed and every insert instance added (instances with
/// unbound variables or illegal terms are skipped). A template quad with Graph null targets
/// <see cref="With"/> when set, else the default graph. When <see cref="Using"/> is null the WHERE
/// dataset is the store's (with the default graph being <see cref="With"/> when set).
/// </summary>
public sealed record DeleteInsert(
    ValueList<QuadPattern> Delete,
    ValueList<QuadPattern> Insert,
    AlgebraNode Where,
    Dataset? Using,
    string? With) : UpdateOperation;

/// <summary>LOAD [SILENT] iri [INTO GRAPH iri]; <see cref="Into"/> null loads into the default graph.</summary>
public sealed record Load(string Source, string? Into, bool Silent) : UpdateOperation;

public enum GraphTargetKind
{
    /// <summary>GRAPH iri.</summary>
    Graph,
    /// <summary>DEFAULT.</summary>
    Default,
    /// <summary>NAMED: every named graph.</summary>
    Named,
    /// <summary>ALL: the default graph and every named graph.</summary>
    All,
}

/// <summary>The graph(s) CLEAR and DROP act on; <see cref="Iri"/> is set only for <see cref="GraphTargetKind.Graph"/>.</summary>
public sealed record GraphTarget(GraphTargetKind Kind, string? Iri = null);

/// <summary>CLEAR [SILENT] target: removes the triples, keeps the graph.</summary>
public sealed record Clear(GraphTarget Target, bool Silent) : UpdateOperation;

/// <summary>DROP [SILENT] target: removes the graph(s).</summary>
public sealed record Drop(GraphTarget Target, bool Silent) : UpdateOperation;

/// <summary>CREATE [SILENT] GRAPH iri.</summary>
public sealed record Create(string Iri, bool Silent) : UpdateOperation;

public enum GraphTransferKind
{
    /// <summary>ADD: insert the source's triples into the destination.</summary>
    Add,
    /// <summary>MOVE: replace the destination by the source, then drop the source.</summary>
    Move,
    /// <summary>COPY: replace the destination by the source.</summary>
    Copy,
}

/// <summary>
/// ADD / MOVE / COPY [SILENT] from TO to. A null IRI is the DEFAULT graph.
/// When source and destination are the same graph the operation does nothing.
/// </summary>
public sealed record GraphTransfer(GraphTransferKind Kind, string? From, string? To, bool Silent) : UpdateOperation;
