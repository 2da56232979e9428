using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Remote;
using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Server.Backends;

/// <summary>
/// A remote SPARQL 1.1 store behind kg serve: /sparql is forwarded through <see cref="RemoteQueryProcessor"/>; a page
/// reads a small store fetched for it with CONSTRUCT queries, hop by hop (the resource's statements both ways, then
/// the outgoing statements of the nodes reached), capped so that a hub entity cannot pull the whole graph. The VoID
/// description is computed by aggregate queries on the store, and dumps are read from it graph by graph.
/// </summary>
/// <param name="prefixes">The prefixes dumps are written with (the build's own, so that they read as its files do).</param>
public sealed class RemoteBackend(RemoteQueryProcessor processor, IReadOnlyList<KeyValuePair<string, string>>? prefixes = null) : IQueryBackend
{
    public IReadOnlyList<KeyValuePair<string, string>> Prefixes { get; } = prefixes ?? [];

    /// <summary>Nodes expanded per hop, and statements fetched per page, at most.</summary>
    public const int MaxNodesPerHop = 500, MaxStatements = 50_000;

    public ISparqlQueryProcessor Processor => processor;

    public bool HoldsData => false;

    public BackendView Around(INode resource, int hops, CancellationToken ct)
    {
        var store = new MemoryStore();
        if (resource is not IUriNode root) return new BackendView(store, null);
        var iri = NTriplesFormatter.FormatIri(root.Iri);
        var options = new SparqlQueryOptions(TimeSpan.FromSeconds(30), MaxStatements, UnionDefaultGraph: true);
        var expanded = new HashSet<string>(StringComparer.Ordinal) { root.Iri };
        var frontier = Add(store, processor.Query(
            $"CONSTRUCT {{ {iri} ?p ?o . ?s ?q {iri} }} WHERE {{ {{ {iri} ?p ?o }} UNION {{ ?s ?q {iri} }} }} LIMIT {MaxStatements}", options, ct), expanded);
        for (int hop = 0; hop < hops && frontier.Count > 0; hop++)
        {
            var values = new StringBuilder();
            foreach (var node in frontier.Take(MaxNodesPerHop)) values.Append(NTriplesFormatter.FormatIri(node)).Append(' ');
            foreach (var node in frontier) expanded.Add(node);
            frontier = Add(store, processor.Query(
                $"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ VALUES ?s {{ {values}}} ?s ?p ?o }} LIMIT {MaxStatements}", options, ct), expanded);
        }
        return new BackendView(store, null);
    }

    /// <summary>Statements fetched for the claim search, at most.</summary>
    public const int MaxClaimStatements = 500_000;

    // UNION branches only (no OPTIONAL with outer variables: stores differ there); article bodies left out
    private const string ClaimsQuery =
        "PREFIX schema: <https://schema.org/> PREFIX kg: <https://w3id.org/kgnews/ontology#> " +
        "CONSTRUCT { ?s ?p ?o } WHERE { " +
        "{ ?s a schema:Claim ; ?p ?o } " +
        "UNION { ?s kg:rendersClaim ?c ; ?p ?o } " +
        "UNION { ?q kg:rendersClaim ?c . ?q schema:isPartOf ?s . ?s ?p ?o FILTER(?p != schema:articleBody) } " +
        "UNION { ?q kg:rendersClaim ?c . ?q schema:isPartOf ?a . ?a schema:publisher ?s . ?s ?p ?o } " +
        "UNION { ?c a schema:Claim ; schema:author ?s . ?s ?p ?o } " +
        "UNION { ?q kg:rendersClaim ?c ; schema:spokenByCharacter ?s . ?s ?p ?o } }";

    public BackendView Claims(CancellationToken ct)
    {
        var store = new MemoryStore();
        var options = new SparqlQueryOptions(TimeSpan.FromSeconds(60), MaxClaimStatements, UnionDefaultGraph: true);
        foreach (var t in processor.Query(ClaimsQuery, options, ct).Triples) store.Add(t.InGraph(null));
        return new BackendView(store, null);
    }

    /// <summary>
    /// The dataset as the build wrote it, read from the store graph by graph: the entity graph as the default graph,
    /// each article graph as itself (or everything in the default graph when <paramref name="withGraphs"/> is false).
    /// Streamed: one graph's answer at a time, nothing held.
    /// </summary>
    public IEnumerable<Quad> Quads(bool withGraphs, CancellationToken ct)
    {
        var graphs = processor.Graphs(ct);
        foreach (var graph in graphs.Entity.Concat(graphs.Articles))
        {
            INode? name = !withGraphs || graphs.Entity.Contains(graph) ? null : new UriNode(graph);
            foreach (var t in processor.GraphTriples(graph, ct)) yield return t.InGraph(name);
        }
    }

    private const string Distinct = "{ SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }";

    /// <summary>What the VoID description counts, by aggregate queries over the union of the build's graphs (as the
    /// embedded description counts the store: each distinct triple once, whatever the graphs holding it).</summary>
    public VoidStatistics Statistics(CancellationToken ct)
    {
        var options = new SparqlQueryOptions(TimeSpan.FromMinutes(5), UnionDefaultGraph: true);
        var perProperty = new Dictionary<INode, long>();
        foreach (var row in processor.Query($"SELECT ?p (COUNT(*) AS ?n) WHERE {Distinct} GROUP BY ?p", options, ct).Solutions)
            if (row["p"] is { } p) perProperty[p] = Count(row["n"]);
        var perClass = new Dictionary<INode, long>();
        foreach (var row in processor.Query("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c", options, ct).Solutions)
            if (row["c"] is { } c) perClass[c] = Count(row["n"]);
        long subjects = processor.Query("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }", options, ct).Solutions
            .Select(r => Count(r["n"])).FirstOrDefault();
        return new VoidStatistics(perProperty.Values.Sum(), subjects, perProperty, perClass);
    }

    private static long Count(INode? n) =>
        n is ILiteralNode l && long.TryParse(l.Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v
            : throw new RemoteStoreException(RemoteFailure.BadAnswer, $"a count from the store is not an integer: {n?.ToNTriples() ?? "unbound"}");

    /// <summary>Adds the answer's triples; returns the IRIs it reached that are not expanded yet.</summary>
    private static List<string> Add(MemoryStore store, SparqlResult result, HashSet<string> expanded)
    {
        var next = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var t in result.Triples)
        {
            store.Add(t.InGraph(null));
            // Predicates too: a page shows their labels (from the ontology in the entity graph).
            foreach (var n in new[] { t.Subject, t.Predicate, t.Object })
                if (n is IUriNode u && !expanded.Contains(u.Iri)) next.Add(u.Iri);
        }
        return next.ToList();
    }
}
