using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>
/// Runs the semantics-preserving rewrites in a fixed order: constant folding, BGP merging, filter
/// pushing, grouping before a join that only adds keys, then (when an estimator is given) BGP ordering by selectivity.
/// </summary>
public sealed class AlgebraOptimizer
{
    private readonly IReadOnlyList<IAlgebraRewrite> _rewrites;

    public AlgebraOptimizer(ICardinalityEstimator? estimator = null)
    {
        var rewrites = new List<IAlgebraRewrite> { new ConstantFolding(), new MergeAdjacentBgps(), new FilterPushdown(), new GroupBeforeJoin() };
        if (estimator is not null) rewrites.Add(new BgpSelectivityOrdering(estimator));
        _rewrites = rewrites;
    }

    public AlgebraNode Optimize(AlgebraNode node)
    {
        foreach (var rewrite in _rewrites) node = rewrite.Rewrite(node);
        return node;
    }

    public Query Optimize(Query query) => query with { Algebra = Optimize(query.Algebra) };
}
