using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>
/// Orders the triple patterns of each BGP for a left-deep nested-loop join: repeatedly take the
/// pattern with the lowest estimated cost, where a pattern sharing variables with those already
/// chosen is cheaper (its variables will be bound). Ties keep the written order, so the result is
/// deterministic. A BGP is a set of patterns, so any order gives the same solutions.
/// </summary>
public sealed class BgpSelectivityOrdering : IAlgebraRewrite
{
    // How much a bound variable is assumed to divide the matches by.
    private const double BoundVariableSelectivity = 100.0;

    private readonly ICardinalityEstimator _estimator;

    public BgpSelectivityOrdering(ICardinalityEstimator estimator) => _estimator = estimator;

    public AlgebraNode Rewrite(AlgebraNode node) => Rewrite(node, null);

    private AlgebraNode Rewrite(AlgebraNode node, PatternItem? graph)
    {
        switch (node)
        {
            case Bgp bgp:
                return bgp.Patterns.Count < 2 ? bgp : new Bgp(Order(bgp.Patterns, graph));
            case Algebra.Graph g:
                return g with { Inner = Rewrite(g.Inner, g.Name) };
            case Join j: return j with { Left = Rewrite(j.Left, graph), Right = Rewrite(j.Right, graph) };
            case LeftJoin l: return l with { Left = Rewrite(l.Left, graph), Right = Rewrite(l.Right, graph) };
            case Union u: return u with { Left = Rewrite(u.Left, graph), Right = Rewrite(u.Right, graph) };
            case Minus m: return m with { Left = Rewrite(m.Left, graph), Right = Rewrite(m.Right, graph) };
            case Filter f: return f with { Inner = Rewrite(f.Inner, graph) };
            case Extend e: return e with { Inner = Rewrite(e.Inner, graph) };
            case Service s: return s;
            case Group g: return g with { Inner = Rewrite(g.Inner, graph) };
            case OrderBy o: return o with { Inner = Rewrite(o.Inner, graph) };
            case Project p: return p with { Inner = Rewrite(p.Inner, graph) };
            case Distinct d: return d with { Inner = Rewrite(d.Inner, graph) };
            case Reduced r: return r with { Inner = Rewrite(r.Inner, graph) };
            case Slice s: return s with { Inner = Rewrite(s.Inner, graph) };
            default: return node;
        }
    }

    private TriplePattern[] Order(IReadOnlyList<TriplePattern> patterns, PatternItem? graph)
    {
        var estimates = patterns.Select(p => (double)_estimator.Estimate(p, graph)).ToArray();
        var remaining = Enumerable.Range(0, patterns.Count).ToList();
        var bound = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<TriplePattern>(patterns.Count);
        while (remaining.Count > 0)
        {
            int best = -1;
            double bestCost = double.PositiveInfinity;
            bool bestConnected = false;
            foreach (var i in remaining)
            {
                int boundCount = patterns[i].Variables.Count(bound.Contains);
                bool connected = boundCount > 0 || ordered.Count == 0;
                double cost = estimates[i] / Math.Pow(BoundVariableSelectivity, boundCount);
                // Prefer patterns connected to what is bound: a disconnected one makes a cross product.
                if (best < 0 || (connected && !bestConnected) || (connected == bestConnected && cost < bestCost))
                {
                    best = i;
                    bestCost = cost;
                    bestConnected = connected;
                }
            }
            ordered.Add(patterns[best]);
            foreach (var v in patterns[best].Variables) bound.Add(v);
            remaining.Remove(best);
        }
        return ordered.ToArray();
    }
}
