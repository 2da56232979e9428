using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Evaluation;

public sealed partial class QueryEvaluator
{
    /// <summary>Rows of a plan's prefix kept to measure the next pattern's matches per row.</summary>
    private const int SampleRows = 64;

    /// <summary>Matches counted per sampled row and pattern at most: enough to rank patterns, cheap on a skewed one.</summary>
    private const int SampleFanoutCap = 256;

    /// <summary>
    /// Per-predicate counts say how many triples a pattern has, not how many of them join the rows so far: 25,000
    /// events each probed for an rdfs:label that no event has look like 25,000 persons probed for theirs. So, from the
    /// second pattern of a BGP on, the planner keeps up to <see cref="SampleRows"/> rows of the chosen prefix (spread
    /// over the first pattern's index range) and counts each connected candidate's matches on them: the pattern that
    /// keeps the fewest rows per row goes next when it drops rows (under one match per sampled row) and keeps less than
    /// half as many as the estimate-based choice.
    /// </summary>
    private sealed class PlanSample(List<int[]> rows)
    {
        public List<int[]> Rows { get; private set; } = rows;

        public bool Empty => Rows.Count == 0;

        public void Replace(List<int[]> rows) => Rows = rows;
    }

    /// <summary>Average matches per sampled row of <paramref name="c"/> (capped per row).</summary>
    private double SampledFanout(CompiledPattern c, PlanSample sample, ActiveGraph graph)
    {
        long total = 0;
        foreach (var row in sample.Rows)
        {
            using var e = Open(c, row, graph);
            int n = 0;
            while (n < SampleFanoutCap && e.MoveNext())
                if (Bind(c, row, e.Current) is not null) n++;
            total += n;
        }
        return (double)total / sample.Rows.Count;
    }

    /// <summary>The sample extended by <paramref name="c"/>: every row's matches, thinned evenly to <see cref="SampleRows"/>.</summary>
    private void ExtendSample(CompiledPattern c, PlanSample sample, ActiveGraph graph)
    {
        var next = new List<int[]>();
        foreach (var row in sample.Rows)
        {
            int s = BoundOr(c.SSlot, c.S, row), p = BoundOr(c.PSlot, c.P, row), o = BoundOr(c.OSlot, c.O, row);
            if (s < TermDictionary.Any || p < TermDictionary.Any || o < TermDictionary.Any) continue;
            var source = graph.Match(_store, s, p, o);
            // An index range (the first pattern's matches): rows spread over all of it, not its first ids only.
            if (source is IList<EncodedQuad> { Count: > SampleRows } list)
            {
                for (int i = 0; i < SampleRows; i++) Add(row, list[(int)((long)i * list.Count / SampleRows)]);
                continue;
            }
            int n = 0;
            foreach (var q in source)
            {
                if (n++ >= SampleFanoutCap) break;
                Add(row, q);
            }
        }
        if (next.Count > SampleRows)
        {
            var thinned = new List<int[]>(SampleRows);
            for (int i = 0; i < SampleRows; i++) thinned.Add(next[(int)((long)i * next.Count / SampleRows)]);
            next = thinned;
        }
        sample.Replace(next);

        void Add(int[] row, EncodedQuad q)
        {
            if (Bind(c, row, q) is { } r) next.Add(ReferenceEquals(r, row) ? (int[])r.Clone() : r);
        }
    }

    private static int BoundOr(int slot, int constant, int[] row) => slot >= 0 ? Bound(row[slot]) : constant;
}
