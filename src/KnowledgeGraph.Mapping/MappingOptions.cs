namespace KnowledgeGraph.Mapping;

/// <param name="Iris">How resource IRIs are minted.</param>
/// <param name="IncludeOntology">Adds the ontology (ontology/kg.ttl) to the default graph, so a consumer of the dump alone can follow rdfs:subClassOf*.</param>
/// <param name="Language">The language tag of labels when an article does not say.</param>
/// <param name="IncludeArticleText">Writes each article's body (schema:articleBody), the text every kg:startOffset / kg:endOffset indexes.</param>
public sealed record MappingOptions(IriScheme? Iris = null, bool IncludeOntology = true, string Language = "fr", bool IncludeArticleText = true)
{
    public IriScheme IriScheme => Iris ?? new IriScheme();
}
