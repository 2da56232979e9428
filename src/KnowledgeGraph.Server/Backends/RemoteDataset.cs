using KnowledgeGraph.Rdf;
using KnowledgeGraph.Remote;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Server.Backends;

/// <summary>
/// Which graphs of a remote store make up the build that <c>kg push</c> wrote there: every graph whose IRI starts
/// with <see cref="GraphPrefix"/> (https://w3id.org/kgnews/graph/: the article graphs and the entity graph). Queries
/// are sent with these graphs as the protocol dataset, like the embedded store over a build folder: the default graph
/// is the entity graph (or, for library queries and --union-default-graph, the merge of all of them) and the named
/// graphs are the articles. The list is read once, on first use.
/// </summary>
public sealed class RemoteDataset(string graphPrefix = "https://w3id.org/kgnews/graph/", string entityGraph = Remote.PushOptions.EntityGraph)
{
    private Task<Graphs>? _graphs;
    private readonly object _sync = new();

    public string GraphPrefix { get; } = graphPrefix;

    public string EntityGraph { get; } = entityGraph;

    public sealed record Graphs(IReadOnlyList<string> All, IReadOnlyList<string> Entity, IReadOnlyList<string> Articles);

    public Task<Graphs> GraphsAsync(SparqlProtocolClient client, CancellationToken ct)
    {
        lock (_sync)
        {
            // A failed look-up is not kept: the next query asks again (the store may be back).
            if (_graphs is null || _graphs.IsFaulted || _graphs.IsCanceled) _graphs = ListAsync(client, ct);
            return _graphs;
        }
    }

    private async Task<Graphs> ListAsync(SparqlProtocolClient client, CancellationToken ct)
    {
        var query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), " + NTriplesFormatter.FormatLiteral(GraphPrefix, Vocabulary.XsdString, "") + ")) }";
        using var answer = await client.QueryAsync(query, "application/sparql-results+json", [], [], ct).ConfigureAwait(false);
        using var reader = new StreamReader(answer.Body);
        var result = new SparqlJsonResultReader().Read(reader, $"the graph list of {client.Endpoint}", ct);
        var all = result.Solutions.Select(s => s["g"]).OfType<IUriNode>().Select(u => u.Iri).Order(StringComparer.Ordinal).ToList();
        if (all.Count == 0)
            throw new RemoteStoreException(RemoteFailure.BadAnswer,
                $"the store at {client.Endpoint} holds no graph under {GraphPrefix}: push a build there first (kg push --endpoint GRAPH-STORE-URL DIR)");
        var articles = all.Where(g => g != EntityGraph).ToList();
        return new Graphs(all, all.Contains(EntityGraph) ? [EntityGraph] : [], articles);
    }
}
