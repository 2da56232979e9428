using KnowledgeGraph.Rdf;
using KnowledgeGraph.Remote;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Server.Backends;

/// <summary>
/// Answers SPARQL from a remote SPARQL 1.1 store (what <c>kg push</c> wrote) behind the same interface as the
/// embedded engine, so that <c>kg query --endpoint</c> and <c>kg serve --endpoint</c> keep their writers, formats
/// and exit codes. The query is parsed here first: a syntax error gets the same message, line and column as with the
/// embedded store, and the form (SELECT/ASK or CONSTRUCT/DESCRIBE) chooses the result format to ask for.
///
/// <para>The dataset mirrors the embedded one over a build (see <see cref="RemoteDataset"/>): the store's own graphs
/// (Virtuoso's system graphs) never leak into answers. The answer is read in full (the result limit and the row
/// budget bound it) before it is handed back, so a store failing mid-answer cannot leave half a document.</para>
/// </summary>
public sealed class RemoteQueryProcessor(SparqlProtocolClient client, RemoteDataset dataset) : ISparqlQueryProcessor
{
    private const string TabularAccept = "application/sparql-results+json, application/sparql-results+xml;q=0.8";
    private const string GraphAccept = "application/n-triples, text/turtle;q=0.9, application/n-quads;q=0.5";

    public Uri Endpoint => client.Endpoint;

    public SparqlResult Query(string query, SparqlQueryOptions options, CancellationToken cancellationToken = default)
    {
        var parsed = SparqlParser.ParseQuery(query, options.BaseIri);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.Timeout is { } timeout) deadline.CancelAfter(timeout);
        try
        {
            return QueryAsync(query, parsed, options, deadline.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && options.Timeout is { } t)
        {
            throw new QueryLimitExceededException(QueryLimitKind.Timeout, $"query stopped: the store did not answer within {t.TotalSeconds:0.#} s (the timeout)");
        }
    }

    private async Task<SparqlResult> QueryAsync(string text, Query parsed, SparqlQueryOptions options, CancellationToken ct)
    {
        var (defaults, named) = await DatasetAsync(parsed, options, ct).ConfigureAwait(false);
        bool tabular = parsed.Form is QueryForm.Select or QueryForm.Ask;
        using var answer = await client.QueryAsync(text, tabular ? TabularAccept : GraphAccept, defaults, named, ct).ConfigureAwait(false);
        using var reader = new StreamReader(answer.Body, new System.Text.UTF8Encoding(false));
        var source = $"the answer of {client.Endpoint}";
        if (tabular)
        {
            var format = SparqlResultFormats.FromMediaType(answer.MediaType) is SparqlResultFormat.Json or SparqlResultFormat.Xml
                ? SparqlResultFormats.FromMediaType(answer.MediaType)!.Value
                : throw new RemoteStoreException(RemoteFailure.BadAnswer, $"{source}: a SELECT/ASK answer came as {answer.MediaType}, not SPARQL results JSON or XML");
            var result = SparqlResultFormats.CreateReader(format).Read(reader, source, ct);
            if (result.Kind == SparqlResultKind.Boolean) return result;
            // The answer is held here: the result limit and the per-query row budget apply to it.
            var rows = result.Solutions.ToList();
            Check(rows.Count, options, "solutions");
            // The projection comes from the query, not the store (a store may drop variables that are never bound).
            var variables = parsed.Form == QueryForm.Select ? parsed.Variables.Where(Variable.IsUserName).ToArray() : result.Variables.ToArray();
            return SparqlResult.FromBindings(variables.Length > 0 ? variables : result.Variables, rows);
        }
        var rdf = GraphFormat(answer.MediaType, source);
        var triples = new List<Triple>();
        foreach (var quad in RdfFormats.CreateReader(rdf).Read(reader, new RdfReaderOptions(source), ct))
        {
            triples.Add(quad.Triple);
            Check(triples.Count, options, "triples");
        }
        return SparqlResult.FromGraph(triples);
    }

    private static RdfFormat GraphFormat(string mediaType, string source) => mediaType switch
    {
        "application/n-triples" or "text/plain" or "text/ntriples" => RdfFormat.NTriples,
        "text/turtle" or "application/x-turtle" => RdfFormat.Turtle,
        "application/n-quads" => RdfFormat.NQuads,
        _ => throw new RemoteStoreException(RemoteFailure.BadAnswer, $"{source}: a CONSTRUCT/DESCRIBE answer came as {mediaType}, not N-Triples or Turtle"),
    };

    /// <summary>
    /// The triples of one named graph of the store, read as they arrive (no result limit, no row budget: nothing is
    /// held here): what a dump reads, graph by graph. Disposing the enumeration releases the connection.
    /// </summary>
    public IEnumerable<Triple> GraphTriples(string graph, CancellationToken ct)
    {
        var text = $"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {NTriplesFormatter.FormatIri(graph)} {{ ?s ?p ?o }} }}";
        using var answer = client.QueryAsync(text, GraphAccept, [], [graph], ct).GetAwaiter().GetResult();
        using var reader = new StreamReader(answer.Body, new System.Text.UTF8Encoding(false));
        var source = $"the graph <{graph}> from {client.Endpoint}";
        foreach (var quad in RdfFormats.CreateReader(GraphFormat(answer.MediaType, source)).Read(reader, new RdfReaderOptions(source), ct))
            yield return quad.Triple;
    }

    /// <summary>The build's graphs in the store (see <see cref="RemoteDataset"/>).</summary>
    public RemoteDataset.Graphs Graphs(CancellationToken ct) => dataset.GraphsAsync(client, ct).GetAwaiter().GetResult();

    private static void Check(long count, SparqlQueryOptions options, string what)
    {
        if (options.ResultLimit is { } limit && count > limit)
            throw new QueryLimitExceededException(QueryLimitKind.ResultLimit, $"query stopped: it has more than {limit} {what} (the result limit)");
        if (options.RowBudget is { } budget && count > budget)
            throw new QueryLimitExceededException(QueryLimitKind.MemoryBudget,
                $"query stopped: the store's answer has more than {budget:N0} {what}, which kg would hold in memory (the per-query memory budget); raise --row-budget or add a LIMIT");
    }

    /// <summary>The protocol dataset: the caller's when given, none when the query names its own (FROM), else the build's graphs.</summary>
    private async Task<(IReadOnlyList<string> Default, IReadOnlyList<string> Named)> DatasetAsync(Query parsed, SparqlQueryOptions options, CancellationToken ct)
    {
        if (options.ProtocolDataset is { IsEmpty: false } given) return (given.DefaultGraphs, given.NamedGraphs);
        if (parsed.Dataset is not null) return ([], []);
        var graphs = await dataset.GraphsAsync(client, ct).ConfigureAwait(false);
        return (options.UnionDefaultGraph ? graphs.All : graphs.Entity, graphs.Articles);
    }

    public void Update(string update, SparqlQueryOptions options, CancellationToken cancellationToken = default) =>
        throw new SparqlException("updates are not sent to a remote store: write to it with kg push or the store's own tools");
}
