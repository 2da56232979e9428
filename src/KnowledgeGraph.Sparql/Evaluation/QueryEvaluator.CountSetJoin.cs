using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// COUNT without GROUP BY over a semi-/anti-join whose outer side is one triple pattern ("persons holding no post":
/// <c>SELECT (COUNT(?p) AS ?n) { ?p a :Person FILTER NOT EXISTS { ?p :holds ?x } }</c>): the outer pattern's index
/// matches are tested against the pattern's key set one id at a time and only counted, so no row is made for any of
/// them. The key set is the one the anti-join builds (read straight off the index when the pattern is one triple).
/// </summary>
public sealed partial class QueryEvaluator
{
    /// <summary>The one-row answer when the group has that shape; null otherwise (the ordinary path then runs).</summary>
    private IEnumerable<int[]>? CountOverSetJoin(Group g, int[] seed, ActiveGraph graph)
    {
        if (g.Keys.Count != 0 || g.Inner is not Filter f || CountSlots(g) is not { } countSlots) return null;
        if (SetJoinOf(f) is not { Rest: null, Outer: Bgp { Patterns.Count: 1 } outer } join) return null;
        if (join.UnboundSlot >= 0 && seed[join.UnboundSlot] != 0 || SharedKeys(join, seed) is not [int key]) return null;
        var compiled = CompiledFor(outer);
        if (compiled.Impossible) return null;
        var c = compiled.Patterns[0];
        // A seed binding or a repeated variable (?x :p ?x) restricts the matches beyond the index range: ordinary path.
        int[] slots = [c.SSlot, c.PSlot, c.OSlot];
        var bound = slots.Where(s => s >= 0).ToArray();
        if (bound.Distinct().Count() != bound.Length || bound.Any(s => seed[s] != 0)) return null;
        int position = Array.IndexOf(slots, key);
        if (position < 0) return null;
        // A small outer side is answered by a few probes (EvaluateSetJoin's threshold) rather than by hashing the pattern.
        if (EstimatePattern(c, graph) <= SetJoinThreshold && !HasKeySet(join.Exists, [key], graph)) return null;
        return Count();

        IEnumerable<int[]> Count()
        {
            var set = KeySetFor(join.Exists, [key], graph);
            bool negated = join.Exists.Negated;
            long n = 0;
            foreach (var q in graph.Cursor(_store, c.S, c.P, c.O))
            {
                _guard.Tick();
                int id = position == 0 ? q.S : position == 1 ? q.P : q.O;
                if (set.ContainsId(id) != negated) n++;
            }
            // COUNT(*) and COUNT(?v) of a variable every kept row binds add n; COUNT of a variable nothing binds is 0.
            var row = NewRow();
            for (int i = 0; i < countSlots.Length; i++)
            {
                int s = countSlots[i];
                bool everyRow = s < 0 || seed[s] != 0 || Array.IndexOf(slots, s) >= 0;
                row[_slots.Slot(g.Aggregates[i].Variable)] = IntegerId(everyRow ? n : 0);
            }
            yield return row;
        }
    }
}
