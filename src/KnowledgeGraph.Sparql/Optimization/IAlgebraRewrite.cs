using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>An algebra → algebra rewrite that keeps the multiset of solutions unchanged.</summary>
public interface IAlgebraRewrite
{
    AlgebraNode Rewrite(AlgebraNode node);
}
