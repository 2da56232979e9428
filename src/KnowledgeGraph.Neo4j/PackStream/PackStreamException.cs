namespace KnowledgeGraph.Neo4j.PackStream;

/// <summary>Bytes that are not valid PackStream, or a value PackStream cannot carry.</summary>
public sealed class PackStreamException : Exception
{
    public PackStreamException(string message) : base(message) { }
}
