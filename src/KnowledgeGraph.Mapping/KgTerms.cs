namespace KnowledgeGraph.Mapping;

/// <summary>
/// IRIs of the vocabularies the graph model uses (see /docs/graph-model.md and ontology/README.md).
/// Constants only: the ontology itself lives in ontology/kg.ttl.
/// </summary>
public static class KgTerms
{
    public const string Kg = "https://w3id.org/kgnews/ontology#";
    public const string OntologyIri = "https://w3id.org/kgnews/ontology";
    public const string Schema = "https://schema.org/";
    public const string Foaf = "http://xmlns.com/foaf/0.1/";
    public const string Org = "http://www.w3.org/ns/org#";
    public const string Prov = "http://www.w3.org/ns/prov#";
    public const string Skos = "http://www.w3.org/2004/02/skos/core#";
    public const string Dcterms = "http://purl.org/dc/terms/";
    public const string Owl = "http://www.w3.org/2002/07/owl#";
    public const string Nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    /// <summary>The prefixes writers may use, in a fixed order so Turtle/TriG/JSON-LD headers are byte-stable.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Prefixes { get; } = new KeyValuePair<string, string>[]
    {
        new("rdf", KnowledgeGraph.Rdf.Vocabulary.Rdf),
        new("rdfs", KnowledgeGraph.Rdf.Vocabulary.Rdfs),
        new("xsd", KnowledgeGraph.Rdf.Vocabulary.Xsd),
        new("owl", Owl),
        new("schema", Schema),
        new("foaf", Foaf),
        new("org", Org),
        new("prov", Prov),
        new("skos", Skos),
        new("dcterms", Dcterms),
        new("nif", Nif),
        new("kg", Kg),
        new("person", IriScheme.DefaultBase + "person/"),
        new("organization", IriScheme.DefaultBase + "organization/"),
        new("place", IriScheme.DefaultBase + "place/"),
        new("post", IriScheme.DefaultBase + "post/"),
        new("role", IriScheme.DefaultBase + "role/"),
        new("meeting", IriScheme.DefaultBase + "meeting/"),
        new("claim", IriScheme.DefaultBase + "claim/"),
        new("quotation", IriScheme.DefaultBase + "quotation/"),
        new("evidence", IriScheme.DefaultBase + "evidence/"),
        new("article", IriScheme.DefaultBase + "article/"),
    };
}
