using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Mapping;

/// <summary>
/// The mapped dataset: <see cref="Quads"/> are distinct and sorted with <see cref="NodeComparer"/>; the default
/// graph holds the resolved entities, posts, meetings, claims (and the ontology), one named graph per article
/// holds that article's own statements (its description, mentions, quotations, reports).
/// </summary>
/// <param name="Warnings">Facts left out because they referred to keys no entity has (an extractor bug, reported, not fatal).</param>
public sealed record MappingResult(IReadOnlyList<Quad> Quads, IReadOnlyList<string> Warnings)
{
    /// <summary>The union of all graphs as distinct, sorted default-graph triples (for Turtle and N-Triples).</summary>
    public IReadOnlyList<Quad> Triples()
    {
        // Quads are sorted by graph, then by triple, so each graph is a sorted run of triples: merging the runs
        // (n log g, g graphs) and dropping adjacent duplicates gives the same list as re-sorting everything.
        var runs = new List<(int Start, int End)>();
        for (int i = 0; i < Quads.Count; )
        {
            int j = i + 1;
            while (j < Quads.Count && Equals(Quads[j].Graph, Quads[i].Graph)) j++;
            runs.Add((i, j));
            i = j;
        }
        var comparer = Comparer<Quad>.Create((a, b) => NodeComparer.Instance.Compare(a.Triple, b.Triple));
        var heads = new PriorityQueue<int, Quad>(runs.Count, comparer);
        var next = new int[runs.Count];
        for (int r = 0; r < runs.Count; r++)
        {
            next[r] = runs[r].Start;
            heads.Enqueue(r, Quads[next[r]]);
        }
        var list = new List<Quad>(Quads.Count);
        while (heads.TryDequeue(out var r, out var q))
        {
            var t = q with { Graph = null };
            if (list.Count == 0 || !list[^1].Equals(t)) list.Add(t);
            if (++next[r] < runs[r].End) heads.Enqueue(r, Quads[next[r]]);
        }
        return list;
    }
}
