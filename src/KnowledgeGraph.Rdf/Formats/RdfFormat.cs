namespace KnowledgeGraph.Rdf;

public enum RdfFormat
{
    Turtle,
    NTriples,
    NQuads,
    TriG,
    JsonLd,
}
