using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>
/// Estimates how many quads match a triple pattern, for join ordering. The evaluator implements
/// it over MemoryStore.EstimateCount; constants unknown to the store give 0.
/// </summary>
public interface ICardinalityEstimator
{
    /// <summary>
    /// An estimate (an upper bound is fine) of the matches of <paramref name="pattern"/> with its
    /// variables free, in the active graph <paramref name="graph"/> (null: the default graph).
    /// </summary>
    long Estimate(TriplePattern pattern, PatternItem? graph);
}
