using System.Globalization;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Server;

/// <summary>
/// The two self-descriptions of the service, as triples: the SPARQL 1.1 Service Description (on GET /sparql
/// without a query) and the VoID description of the dataset (on /.well-known/void): counts per class and
/// property, dump links, licence, dates, endpoint.
/// </summary>
public static class DatasetDescription
{
    public const string Sd = "http://www.w3.org/ns/sparql-service-description#";
    public const string VoidNs = "http://rdfs.org/ns/void#";
    public const string Dct = "http://purl.org/dc/terms/";
    public const string Formats = "http://www.w3.org/ns/formats/";

    public static readonly IReadOnlyList<KeyValuePair<string, string>> Prefixes = new[]
    {
        new KeyValuePair<string, string>("sd", Sd), new("void", VoidNs), new("dcterms", Dct), new("formats", Formats),
        new("rdf", Vocabulary.Rdf), new("xsd", Vocabulary.Xsd),
    };

    public static IReadOnlyList<Triple> ServiceDescription(string endpoint, bool allowUpdate, bool unionDefaultGraph, long statements, string voidIri)
    {
        var s = new UriNode(endpoint);
        var list = new List<Triple>
        {
            new(s, Iri(Vocabulary.RdfType), Iri(Sd + "Service")),
            new(s, Iri(Sd + "endpoint"), s),
            new(s, Iri(Sd + "supportedLanguage"), Iri(Sd + "SPARQL11Query")),
            new(s, Iri(Sd + "defaultEntailmentRegime"), Iri("http://www.w3.org/ns/entailment/Simple")),
        };
        if (allowUpdate) list.Add(new(s, Iri(Sd + "supportedLanguage"), Iri(Sd + "SPARQL11Update")));
        if (unionDefaultGraph) list.Add(new(s, Iri(Sd + "feature"), Iri(Sd + "UnionDefaultGraph")));
        foreach (var f in new[] { "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                     "Turtle", "N-Triples", "N-Quads", "TriG", "JSON-LD", "RDF_XML" })
            list.Add(new(s, Iri(Sd + "resultFormat"), Iri(Formats + f)));
        var dataset = new BlankNode("dataset");
        var graph = new BlankNode("defaultGraph");
        list.Add(new(s, Iri(Sd + "defaultDataset"), dataset));
        list.Add(new(dataset, Iri(Vocabulary.RdfType), Iri(Sd + "Dataset")));
        list.Add(new(dataset, Iri(Vocabulary.Rdfs + "seeAlso"), Iri(voidIri)));
        list.Add(new(dataset, Iri(Sd + "defaultGraph"), graph));
        list.Add(new(graph, Iri(Vocabulary.RdfType), Iri(Sd + "Graph")));
        list.Add(new(graph, Iri(VoidNs + "triples"), Integer(statements)));
        return list;
    }

    /// <summary>VoID: one pass over the store (the caller caches the result per data version).</summary>
    public static IReadOnlyList<Triple> Void(MemoryStore store, string baseUrl, DateTimeOffset modified, string? license, string resourceBase) =>
        Void(VoidStatistics.Of(store), baseUrl, modified, license, resourceBase);

    /// <summary>VoID from counts made elsewhere (a remote store's aggregate queries).</summary>
    public static IReadOnlyList<Triple> Void(VoidStatistics stats, string baseUrl, DateTimeOffset modified, string? license, string resourceBase)
    {
        var d = new UriNode(baseUrl + "/.well-known/void#dataset");
        var perProperty = stats.PerProperty;
        var perClass = stats.PerClass;
        var list = new List<Triple>
        {
            new(d, Iri(Vocabulary.RdfType), Iri(VoidNs + "Dataset")),
            new(d, Iri(Dct + "title"), LiteralNode.LangTagged("Graphe de connaissances d'articles de presse (KnowledgeGraph)", "fr")),
            new(d, Iri(VoidNs + "sparqlEndpoint"), Iri(baseUrl + "/sparql")),
            new(d, Iri(VoidNs + "uriSpace"), LiteralNode.Plain(resourceBase)),
            new(d, Iri(VoidNs + "triples"), Integer(stats.Triples)),
            new(d, Iri(VoidNs + "distinctSubjects"), Integer(stats.DistinctSubjects)),
            new(d, Iri(VoidNs + "properties"), Integer(perProperty.Count)),
            new(d, Iri(VoidNs + "classes"), Integer(perClass.Count)),
            new(d, Iri(Dct + "modified"), LiteralNode.Typed(modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), Vocabulary.XsdDateTime)),
            new(d, Iri(VoidNs + "feature"), Iri(Formats + "Turtle")),
        };
        foreach (var ext in new[] { "ttl", "nt", "nq", "trig", "jsonld" })
            list.Add(new(d, Iri(VoidNs + "dataDump"), Iri($"{baseUrl}/dump/graph.{ext}")));
        if (license is not null) list.Add(new(d, Iri(Dct + "license"), Iri(license)));
        else list.Add(new(d, Iri(Dct + "rights"), LiteralNode.Plain("No licence has been stated for this data by whoever runs this server (kg serve --license IRI).")));
        int i = 0;
        foreach (var (cls, members) in perClass.OrderBy(e => e.Key.ToNTriples(), StringComparer.Ordinal))
        {
            var part = new BlankNode("class" + i++);
            list.Add(new(d, Iri(VoidNs + "classPartition"), part));
            list.Add(new(part, Iri(VoidNs + "class"), cls));
            list.Add(new(part, Iri(VoidNs + "entities"), Integer(members)));
        }
        i = 0;
        foreach (var (property, count) in perProperty.OrderBy(e => e.Key.ToNTriples(), StringComparer.Ordinal))
        {
            var part = new BlankNode("property" + i++);
            list.Add(new(d, Iri(VoidNs + "propertyPartition"), part));
            list.Add(new(part, Iri(VoidNs + "property"), property));
            list.Add(new(part, Iri(VoidNs + "triples"), Integer(count)));
        }
        return list;
    }

    private static UriNode Iri(string iri) => new(iri);

    private static LiteralNode Integer(long n) => LiteralNode.Typed(n.ToString(CultureInfo.InvariantCulture), Vocabulary.XsdInteger);
}
