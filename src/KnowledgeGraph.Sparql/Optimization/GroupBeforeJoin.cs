using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimization;

/// <summary>
/// GROUP BY over a BGP one of whose triple patterns only adds grouping keys (the speaker's name beside the speaker:
/// <c>{ ?c a :Claim ; :author ?s . ?s rdfs:label ?name } GROUP BY ?s ?name</c>) is grouped on the other patterns
/// first and joined with that pattern afterwards, so the pattern is matched once per group instead of once per row.
///
/// <para>Group(K, aggregates, BGP(A ∪ {b})) = Join(Group(K \ only(b), aggregates, BGP(A)), BGP({b})) when every
/// variable of b is a plain GROUP BY variable, b shares a variable with A, and no aggregate mentions a variable only b
/// binds. Proof: b binds only key variables, so within a group of the left side every solution of b that joins is a
/// distinct key value, i.e. a distinct group; a group (kA, kb) of the original holds exactly the solutions of A in group
/// kA (b's shared variables are keys of kA, so compatibility is fixed by the key), once each, since b's triple for kb
/// is one match. The aggregates see the same solutions with the same multiplicities; groups without a b match exist on
/// neither side. The rewritten side binds the same variables (keys and aggregates).</para>
/// </summary>
public sealed class GroupBeforeJoin : IAlgebraRewrite
{
    public AlgebraNode Rewrite(AlgebraNode node) => AlgebraTransformer.BottomUp(node, n => n is Group g ? Split(g) : n);

    private static AlgebraNode Split(Group g)
    {
        if (g.Inner is not Bgp { Patterns.Count: >= 2 } bgp || g.Keys.Count == 0) return g;
        // Only plain-variable keys: (expr AS ?v) keys and expressions would need the pattern's values before grouping.
        if (g.Keys.Any(k => k.Alias is not null || k.Expression is not VariableExpression)) return g;
        var keys = g.Keys.Select(k => ((VariableExpression)k.Expression).Name).ToHashSet(StringComparer.Ordinal);
        var aggregated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in g.Aggregates)
        {
            // COUNT(*) reads no variable; COUNT(DISTINCT *) reads them all.
            if (a.Aggregate.Argument is null && a.Aggregate.Distinct) return g;
            if (a.Aggregate.Argument is { } arg)
                foreach (var v in AlgebraVariables.Mentioned(arg)) aggregated.Add(v);
        }
        // The last qualifying pattern, so that the left side keeps the query's own pattern order otherwise.
        for (int i = bgp.Patterns.Count - 1; i >= 0; i--)
        {
            var b = bgp.Patterns[i];
            var names = Items(b).OfType<Variable>().Select(v => v.Name).ToList();
            if (names.Count == 0 || names.Distinct().Count() != names.Count || !names.All(keys.Contains)) continue;
            var rest = bgp.Patterns.Where((_, j) => j != i).ToArray();
            var restVariables = rest.SelectMany(p => p.Variables).ToHashSet(StringComparer.Ordinal);
            var only = names.Where(n => !restVariables.Contains(n)).ToList();
            // Nothing to gain when b adds no key of its own; a pattern sharing nothing would be a cross product.
            if (only.Count == 0 || only.Count == names.Count || only.Any(aggregated.Contains)) continue;
            var leftKeys = g.Keys.Where(k => !only.Contains(((VariableExpression)k.Expression).Name)).ToArray();
            var left = new Group(new Bgp(rest), leftKeys, g.Aggregates);
            return new Join(left, new Bgp(new[] { b }));
        }
        return g;
    }

    private static IEnumerable<PatternItem> Items(TriplePattern t) => new[] { t.Subject, t.Predicate, t.Object };
}
