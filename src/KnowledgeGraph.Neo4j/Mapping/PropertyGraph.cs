namespace KnowledgeGraph.Neo4j.Mapping;

/// <summary>A node of the property graph: labels and properties in ordinal order, so output is deterministic.</summary>
/// <param name="Properties">Values are string, long, double, bool, or a homogeneous list of one of them.</param>
/// <param name="Sources">Named graphs that gave a statement about this node (empty for default-graph input).</param>
public sealed record GraphNode(string Uri, IReadOnlyList<string> Labels, IReadOnlyList<KeyValuePair<string, object>> Properties, IReadOnlyList<string> Sources);

/// <summary>A relationship (start)-[:Type]->(end) from one IRI-valued statement.</summary>
public sealed record GraphRelationship(string StartUri, string Type, string EndUri, IReadOnlyList<string> Sources);

/// <summary>The result of mapping RDF: nodes sorted by uri, relationships by (start, type, end).</summary>
public sealed record PropertyGraph(
    IReadOnlyList<GraphNode> Nodes,
    IReadOnlyList<GraphRelationship> Relationships,
    IReadOnlyList<KeyValuePair<string, string>> Prefixes)
{
    /// <summary>The named graphs that occur in any source list.</summary>
    public IReadOnlyList<string> Graphs =>
        Nodes.SelectMany(n => n.Sources).Concat(Relationships.SelectMany(r => r.Sources))
            .Distinct().OrderBy(g => g, StringComparer.Ordinal).ToList();
}
