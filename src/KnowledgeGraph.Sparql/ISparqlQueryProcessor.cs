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
public sealed record SparqlQueryOptions(
    TimeSpan? Timeout = null,
    long? ResultLimit = null,
    string? BaseIri = null,
    bool UnionDefaultGraph = false,
    Func<string, string?>? LoadResolver = null);
