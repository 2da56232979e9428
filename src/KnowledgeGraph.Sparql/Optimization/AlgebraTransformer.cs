using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>Bottom-up rebuilding of algebra trees: children first, then <c>rewrite</c> on the rebuilt node.</summary>
public static class AlgebraTransformer
{
    public static AlgebraNode BottomUp(AlgebraNode node, Func<AlgebraNode, AlgebraNode> rewrite)
    {
        AlgebraNode Go(AlgebraNode n) => BottomUp(n, rewrite);
        AlgebraNode rebuilt = node switch
        {
            Join j => j with { Left = Go(j.Left), Right = Go(j.Right) },
            LeftJoin l => l with { Left = Go(l.Left), Right = Go(l.Right) },
            Union u => u with { Left = Go(u.Left), Right = Go(u.Right) },
            Minus m => m with { Left = Go(m.Left), Right = Go(m.Right) },
            Filter f => f with { Inner = Go(f.Inner) },
            Extend e => e with { Inner = Go(e.Inner) },
            Algebra.Graph g => g with { Inner = Go(g.Inner) },
            Service s => s with { Inner = Go(s.Inner) },
            Group g => g with { Inner = Go(g.Inner) },
            OrderBy o => o with { Inner = Go(o.Inner) },
            Project p => p with { Inner = Go(p.Inner) },
            Distinct d => d with { Inner = Go(d.Inner) },
            Reduced r => r with { Inner = Go(r.Inner) },
            Slice s => s with { Inner = Go(s.Inner) },
            _ => node,
        };
        return rewrite(rebuilt);
    }
}
