namespace KnowledgeGraph.Rdf;

/// <summary>
/// A dataset: one default graph and any number of named graphs (dotNetRDF's ITripleStore).
/// Pattern arguments that are null match anything.
/// </summary>
public interface ITripleStore
{
    long Count { get; }

    /// <summary>Prefixes seen while loading, kept so that writers can reuse them.</summary>
    NamespaceMap Namespaces { get; }

    IEnumerable<INode> GraphNames { get; }

    bool Add(Quad quad);

    bool Remove(Quad quad);

    bool Contains(Quad quad);

    /// <summary>Quads matching a pattern. <paramref name="graph"/> selects which graphs are searched.</summary>
    IEnumerable<Quad> Match(INode? subject, INode? predicate, INode? @object, GraphSelector graph);

    IGraph DefaultGraph { get; }

    IGraph Graph(INode? name);

    void ClearGraph(INode? name);
}

/// <summary>Which graphs a pattern is matched in.</summary>
public readonly record struct GraphSelector(GraphSelectorKind Kind, INode? Name = null)
{
    public static GraphSelector Default => new(GraphSelectorKind.Default);
    public static GraphSelector AllNamed => new(GraphSelectorKind.AllNamed);
    public static GraphSelector All => new(GraphSelectorKind.All);
    public static GraphSelector Named(INode name) => new(GraphSelectorKind.Named, name);
}

public enum GraphSelectorKind
{
    /// <summary>The default graph only.</summary>
    Default,
    /// <summary>One named graph.</summary>
    Named,
    /// <summary>Every named graph, not the default one.</summary>
    AllNamed,
    /// <summary>Every graph, default included.</summary>
    All,
}
