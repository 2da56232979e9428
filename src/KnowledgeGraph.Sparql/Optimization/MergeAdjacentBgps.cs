using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>
/// Join(BGP1, BGP2) → BGP1 ∪ BGP2. Sound because the parser keeps blank-node variables of different
/// BGPs distinct (a label may not span BGPs, §4.1.4), so the join of the two is the BGP of both.
/// </summary>
public sealed class MergeAdjacentBgps : IAlgebraRewrite
{
    public AlgebraNode Rewrite(AlgebraNode node) => AlgebraTransformer.BottomUp(node, n => n switch
    {
        Join { Left: Bgp a, Right: Bgp b } => new Bgp(a.Patterns.Concat(b.Patterns).ToArray()),
        // Join(Join(X, BGP1), BGP2): the inner right BGP meets the outer one.
        Join { Left: Join { Right: Bgp a } inner, Right: Bgp b } => new Join(inner.Left, new Bgp(a.Patterns.Concat(b.Patterns).ToArray())),
        _ => n,
    });
}
