using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql;

/// <summary>
/// Runs SPARQL 1.1 queries and updates against a store: parse, algebra, optimize, evaluate.
/// The CLI, the HTTP server and the tests use only this interface.
/// </summary>
public interface ISparqlQueryProcessor
{
    SparqlResult Query(string query, SparqlQueryOptions options, CancellationToken cancellationToken = default);

    void Update(string update, SparqlQueryOptions options, CancellationToken cancellationToken = default);
}

/// <param name="Timeout">Evaluation stops with <see cref="QueryLimitExceededException"/> after this long.</param>
/// <param name="ResultLimit">At most this many solutions or triples; more stops the query with <see cref="QueryLimitExceededException"/>.</param>
/// <param name="BaseIri">Base IRI for relative IRIs in the query text.</param>
/// <param name="UnionDefaultGraph">When true, the default graph is the union of all graphs (useful on kg build output,
/// where each article is a named graph); otherwise it is the store's default graph, as the SPARQL spec says.</param>
/// <param name="LoadResolver">SPARQL Update LOAD: maps an IRI to a local file, or null to refuse it.</param>
/// <param name="ProtocolDataset">The RDF dataset given outside the query text (SPARQL Protocol default-graph-uri /
/// named-graph-uri for queries, using-graph-uri / using-named-graph-uri for updates). For a query it takes
/// precedence over FROM / FROM NAMED; for an update, combining it with USING or WITH is an error (Protocol §2.2.3).</param>
/// <param name="RowBudget">At most this many intermediate rows held at once by the operators that must keep rows
/// (hash-join sides, groups, sorts, DISTINCT, CONSTRUCT de-duplication); past it the query stops with
/// <see cref="QueryLimitExceededException"/> of kind <see cref="QueryLimitKind.MemoryBudget"/>. Streaming operators
/// hold nothing and are not counted.</param>
/// <param name="SharedRows">This query's lease on a budget shared with other queries (a server's); the caller
/// disposes it when the query's result has been read.</param>
public sealed record SparqlQueryOptions(
    TimeSpan? Timeout = null,
    long? ResultLimit = null,
    string? BaseIri = null,
    bool UnionDefaultGraph = false,
    Func<string, string?>? LoadResolver = null,
    SparqlDataset? ProtocolDataset = null,
    long? RowBudget = null,
    RowLease? SharedRows = null);

/// <summary>A dataset named by graph IRIs: the default graph is the merge of <paramref name="DefaultGraphs"/>.</summary>
public sealed record SparqlDataset(IReadOnlyList<string> DefaultGraphs, IReadOnlyList<string> NamedGraphs)
{
    public bool IsEmpty => DefaultGraphs.Count == 0 && NamedGraphs.Count == 0;
}
