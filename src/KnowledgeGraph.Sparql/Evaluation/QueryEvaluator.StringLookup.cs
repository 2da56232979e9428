using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// FILTER(STR(?v) = text) over a pattern that binds ?v, with the text a string constant or a variable a VALUES row (or
/// the seed) binds: the terms whose string is the text are looked up in the <see cref="LexicalIndex"/> and the pattern
/// is matched with ?v bound to each, instead of matching it for every ?v and comparing strings. Finding an entity by
/// one of its names (label or alternative label, any language tag) is how the query library starts most questions.
/// The FILTER is still checked on every row, so the index need only give a superset of the right terms.
/// FILTER(STRSTARTS(STR(?v), text)) (a month of dates, a name's beginning) reads the terms whose string starts with the
/// text, one range of the index's ordinal order, unless more than <see cref="PrefixCandidateLimit"/> terms do (a
/// prefix such as "http" would make a probe per IRI; the pattern is then matched with the FILTER in its loop as before).
/// </summary>
public sealed partial class QueryEvaluator
{
    /// <summary>The pattern under the FILTER, the VALUES table joined before it (if any), and the STR equalities.</summary>
    private sealed record StringLookup(AlgebraNode Pattern, Table? Values, (int Slot, Expression Text, bool Prefix)[] Equalities);

    /// <summary>Most terms a prefix lookup binds one by one; past it, matching the pattern and filtering is cheaper.</summary>
    private const int PrefixCandidateLimit = 4096;

    private readonly Dictionary<Filter, StringLookup?> _stringLookups = new(ReferenceEqualityComparer.Instance);

    private IEnumerable<int[]>? EvaluateByString(Filter f, int[] seed, ActiveGraph graph)
    {
        if (_lexical is null) return null;
        if (!_stringLookups.TryGetValue(f, out var lookup)) _stringLookups[f] = lookup = StringLookupOf(f);
        if (lookup is null) return null;
        // Without VALUES the seed alone decides: with no text to look up, the ordinary filter (pushed into the loop) runs.
        if (lookup.Values is null && Applicable(lookup, seed).Text is null) return null;
        return Run(lookup);

        IEnumerable<int[]> Run(StringLookup l)
        {
            var outers = l.Values is null ? new[] { seed } : EvaluateTable(l.Values, seed);
            foreach (var outer in outers)
            {
                var (slot, text, prefix) = Applicable(l, outer);
                var candidates = text is null ? default : prefix ? _lexical.PrefixCandidates(text) : _lexical.Candidates(text);
                if (text is null || prefix && candidates.Count > PrefixCandidateLimit)
                {
                    foreach (var r in Evaluate(l.Pattern, outer, graph))
                    {
                        _guard.Tick();
                        if (EffectiveBoolean(f.Condition, r, graph) == true) yield return r;
                    }
                    continue;
                }
                foreach (var id in candidates)
                {
                    var bound = (int[])outer.Clone();
                    bound[slot] = id;
                    foreach (var r in Evaluate(l.Pattern, bound, graph))
                    {
                        _guard.Tick();
                        if (EffectiveBoolean(f.Condition, r, graph) == true) yield return r;
                    }
                }
            }
        }
    }

    /// <summary>The first equality whose variable a row leaves unbound and whose text it gives.</summary>
    private (int Slot, string? Text, bool Prefix) Applicable(StringLookup l, int[] row)
    {
        foreach (var (s, e, prefix) in l.Equalities)
            if (row[s] == 0 && StringValue(e, row) is { } t) return (s, t, prefix);
        return (-1, null, false);
    }

    /// <summary>The string a simple literal (or xsd:string) constant or bound variable stands for; null otherwise.</summary>
    private string? StringValue(Expression e, int[] row)
    {
        var node = e switch
        {
            ConstantExpression c => c.Value,
            VariableExpression v when _slots.TryGetSlot(v.Name, out var s) && row[s] != 0 => _terms.DecodeOrNull(row[s]),
            _ => null,
        };
        return node is ILiteralNode { Datatype: Vocabulary.XsdString } l ? l.Value : null;
    }

    private StringLookup? StringLookupOf(Filter f)
    {
        AlgebraNode pattern = f.Inner;
        Table? values = null;
        if (f.Inner is Join { Left: Table t } j && IsJoinablePattern(j.Right)) (values, pattern) = (t, j.Right);
        else if (!IsJoinablePattern(f.Inner)) return null;
        var certain = CertainSlots(pattern);
        var equalities = new List<(int, Expression, bool)>();
        foreach (var c in Conjuncts(f.Condition))
        {
            if (c is BuiltInCall { Name: "STRSTARTS", Arguments: [BuiltInCall { Name: "STR", Arguments: [VariableExpression pv] }, var start] }
                && start is ConstantExpression or VariableExpression
                && _slots.TryGetSlot(pv.Name, out var ps) && Array.BinarySearch(certain, ps) >= 0)
                equalities.Add((ps, start, true));
            if (c is not BinaryExpression { Operator: BinaryOperator.Equal } eq) continue;
            foreach (var (str, other) in new[] { (eq.Left, eq.Right), (eq.Right, eq.Left) })
            {
                if (str is BuiltInCall { Name: "STR" } call && call.Arguments is [VariableExpression v]
                    && other is ConstantExpression or VariableExpression
                    && _slots.TryGetSlot(v.Name, out var slot) && Array.BinarySearch(certain, slot) >= 0)
                    equalities.Add((slot, other, false));
            }
        }
        return equalities.Count == 0 ? null : new StringLookup(pattern, values, equalities.ToArray());
    }
}
