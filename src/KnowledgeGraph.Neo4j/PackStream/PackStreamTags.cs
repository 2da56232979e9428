namespace KnowledgeGraph.Neo4j.PackStream;

/// <summary>Structure tag bytes of the Bolt value types (PackStream structure signatures).</summary>
public static class PackStreamTags
{
    public const byte Node = 0x4E;                 // 'N'
    public const byte Relationship = 0x52;         // 'R'
    public const byte UnboundRelationship = 0x72;  // 'r'
    public const byte Path = 0x50;                 // 'P'
    public const byte Date = 0x44;                 // 'D': days since 1970-01-01
    public const byte Duration = 0x45;             // 'E': months, days, seconds, nanoseconds
}
