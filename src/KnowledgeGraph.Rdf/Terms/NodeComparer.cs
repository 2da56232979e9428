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

    public int Compare(Triple x, Triple y)
    {
        int c = Compare(x.Subject, y.Subject);
        if (c != 0) return c;
        c = Compare(x.Predicate, y.Predicate);
        return c != 0 ? c : Compare(x.Object, y.Object);
    }

    public int Compare(Quad x, Quad y)
    {
        int c = Compare(x.Graph, y.Graph);
        return c != 0 ? c : Compare(x.Triple, y.Triple);
    }
}
