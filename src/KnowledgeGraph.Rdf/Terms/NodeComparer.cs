namespace KnowledgeGraph.Rdf;

/// <summary>
/// A total, culture-independent order on terms: blank nodes, then IRIs, then literals
/// (by lexical form, then datatype, then language), each compared ordinally. Writers sort
/// with it so that the same graph always serialises to the same bytes.
/// </summary>
public sealed class NodeComparer : IComparer<INode>, IComparer<Quad>, IComparer<Triple>
{
    public static readonly NodeComparer Instance = new();

    private static int Rank(INode n) => n.NodeType switch
    {
        NodeType.Blank => 0,
        NodeType.Uri => 1,
        _ => 2,
    };

    public int Compare(INode? x, INode? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        // Sorting a build's statements compares millions of terms, mostly IRIs and literals of this library's own
        // classes: checking a sealed class is one comparison, where the interface checks below walk interface maps.
        if (x is UriNode ux && y is UriNode uy) return string.CompareOrdinal(ux.Iri, uy.Iri);
        if (x is LiteralNode lx0 && y is LiteralNode ly0) return CompareLiterals(lx0, ly0);
        int c = Rank(x).CompareTo(Rank(y));
        if (c != 0) return c;
        switch (x)
        {
            case IUriNode u: return string.CompareOrdinal(u.Iri, ((IUriNode)y).Iri);
            case IBlankNode b: return string.CompareOrdinal(b.Id, ((IBlankNode)y).Id);
            default:
                var lx = (ILiteralNode)x;
                var ly = (ILiteralNode)y;
                c = string.CompareOrdinal(lx.Value, ly.Value);
                if (c != 0) return c;
                c = string.CompareOrdinal(lx.Datatype, ly.Datatype);
                return c != 0 ? c : string.CompareOrdinal(lx.Language, ly.Language);
        }
    }

    private static int CompareLiterals(LiteralNode x, LiteralNode y)
    {
        int c = string.CompareOrdinal(x.Value, y.Value);
        if (c != 0) return c;
        c = string.CompareOrdinal(x.Datatype, y.Datatype);
        return c != 0 ? c : string.CompareOrdinal(x.Language, y.Language);
    }

    public int Compare(Triple x, Triple y)
    {
        int c = Compare(x.Subject, y.Subject);
        if (c != 0) return c;
        c = Compare(x.Predicate, y.Predicate);
        return c != 0 ? c : Compare(x.Object, y.Object);
    }

    public int Compare(Quad x, Quad y)
    {
        // the terms compared in place (no Triple copied out of the quad)
        int c = Compare(x.Graph, y.Graph);
        if (c != 0) return c;
        c = Compare(x.Subject, y.Subject);
        if (c != 0) return c;
        c = Compare(x.Predicate, y.Predicate);
        return c != 0 ? c : Compare(x.Object, y.Object);
    }
}
