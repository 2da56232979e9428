namespace KnowledgeGraph.Neo4j.PackStream;

/// <summary>A node as Bolt returns it. <see cref="ElementId"/> is sent by Bolt 5+; older servers leave it as the id in text.</summary>
public sealed record Node(long Id, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties, string ElementId);

/// <summary>A relationship with both ends, as Bolt returns it (element ids from Bolt 5+).</summary>
public sealed record Relationship(long Id, long StartNodeId, long EndNodeId, string Type,
    IReadOnlyDictionary<string, object?> Properties, string ElementId, string StartNodeElementId, string EndNodeElementId);

/// <summary>A relationship inside a path, whose ends the path gives.</summary>
public sealed record UnboundRelationship(long Id, string Type, IReadOnlyDictionary<string, object?> Properties, string ElementId);

/// <summary>
/// A path as Bolt sends it: distinct nodes, distinct relationships, and a sequence of indices
/// alternating relationship (1-based, negative when traversed backwards) and node.
/// </summary>
public sealed record Path(IReadOnlyList<Node> Nodes, IReadOnlyList<UnboundRelationship> Relationships, IReadOnlyList<long> Sequence)
{
    /// <summary>The nodes in traversal order, first to last.</summary>
    public IReadOnlyList<Node> OrderedNodes
    {
        get
        {
            var list = new List<Node> { Nodes[0] };
            for (var i = 1; i < Sequence.Count; i += 2) list.Add(Nodes[(int)Sequence[i]]);
            return list;
        }
    }
}

/// <summary>A Cypher duration (the Bolt 'E' structure).</summary>
public sealed record CypherDuration(long Months, long Days, long Seconds, long Nanoseconds);
