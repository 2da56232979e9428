namespace KnowledgeGraph.Neo4j.Loading;

/// <summary>Quoting of labels, types and keys for Cypher text (parameters cannot name labels in Neo4j 3.x).</summary>
public static class CypherNames
{
    /// <summary>A backtick-quoted identifier; backticks inside are doubled, as Cypher requires.</summary>
    public static string Quote(string name) => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    /// <summary>":`A`:`B`" for a label set.</summary>
    public static string Labels(IEnumerable<string> labels) => string.Concat(labels.Select(l => ":" + Quote(l)));
}
