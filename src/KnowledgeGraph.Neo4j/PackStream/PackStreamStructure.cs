namespace KnowledgeGraph.Neo4j.PackStream;

/// <summary>A structure the decoder does not map to a richer type (and the form messages take on the wire).</summary>
public sealed record PackStreamStructure(byte Tag, IReadOnlyList<object?> Fields)
{
    public override string ToString() => $"Structure(0x{Tag:X2}, {Fields.Count} fields)";
}
