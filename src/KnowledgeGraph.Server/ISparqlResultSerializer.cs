using KnowledgeGraph.Sparql;

namespace KnowledgeGraph.Server;

/// <summary>Writes SELECT/ASK results in one of the SPARQL result media types.</summary>
public interface ISparqlResultSerializer
{
    /// <summary>The media types offered, preferred first.</summary>
    IReadOnlyList<string> MediaTypes { get; }

    void Write(SparqlResult result, string mediaType, TextWriter writer);
}
