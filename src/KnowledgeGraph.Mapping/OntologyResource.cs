using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping;

/// <summary>The project ontology (ontology/kg.ttl), embedded in this assembly so every dump can carry it.</summary>
public static class OntologyResource
{
    private const string ResourceName = "KnowledgeGraph.Mapping.kg.ttl";

    public static string ReadText()
    {
        using var stream = typeof(OntologyResource).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from {typeof(OntologyResource).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream, AtomicFile.Utf8NoBom);
        return reader.ReadToEnd();
    }

    /// <summary>The ontology's triples, parsed with the project's Turtle reader.</summary>
    public static IReadOnlyList<Quad> ReadQuads(CancellationToken cancellationToken = default)
    {
        using var reader = new StringReader(ReadText());
        var options = new RdfReaderOptions("ontology/kg.ttl", KgTerms.OntologyIri, "onto_", null);
        return RdfFormats.CreateReader(RdfFormat.Turtle).Read(reader, options, cancellationToken).ToList();
    }
}
