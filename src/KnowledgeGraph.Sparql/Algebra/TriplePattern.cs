namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A triple pattern: each position is a variable or a term.</summary>
public sealed record TriplePattern(PatternItem Subject, PatternItem Predicate, PatternItem Object)
{
    /// <summary>The distinct variable names of the pattern, in subject, predicate, object order.</summary>
    public IEnumerable<string> Variables
    {
        get
        {
            var seen = new List<string>(3);
            foreach (var item in new[] { Subject, Predicate, Object })
                if (item is Variable v && !seen.Contains(v.Name))
                    seen.Add(v.Name);
            return seen;
        }
    }

    public override string ToString() => $"{Subject} {Predicate} {Object} .";
}

/// <summary>A triple pattern inside a graph: <see cref="Graph"/> null is the default graph
/// (or, in DELETE/INSERT, the WITH graph when one is given). Used by update templates.</summary>
public sealed record QuadPattern(PatternItem? Graph, TriplePattern Triple);
