using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Functions;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// ORDER BY, with a bounded heap under LIMIT. The keys of conditions that are plain variables are looked up only when
/// a comparison reaches them, and not at all when both rows hold the same term id: under
/// <c>ORDER BY DESC(?n) ?speaker LIMIT 20</c> over 23k groups, almost every group is turned away by its count, and
/// decoding every speaker's IRI up front to break ties that never come up was 60% of the query's CPU (1M triples).
/// </summary>
public sealed partial class QueryEvaluator
{
    /// <summary>A row being sorted: its keys, filled on first use (bit i of <see cref="Known"/>), and its input position.</summary>
    private sealed class SortEntry(int conditions)
    {
        public int[] Row = Array.Empty<int>();
        public int Index;
        public readonly SortKey[] Keys = new SortKey[conditions];
        public ulong Known;
    }

    private IEnumerable<int[]> EvaluateOrderBy(OrderBy o, int[] seed, ActiveGraph graph)
    {
        var desc = o.Conditions.Select(c => c.Descending).ToArray();
        // Conditions that are plain variables read their (cached) key by term id: no evaluation, no parse per row.
        // Past 64 conditions (never seen in practice) the rest are computed up front, as the lazy marks are one ulong.
        var keySlots = o.Conditions.Select((c, i) => i < 64 && c.Expression is VariableExpression v && _slots.TryGetSlot(v.Name, out var s) ? s : -1).ToArray();

        SortKey Key(SortEntry e, int i)
        {
            if ((e.Known & (1UL << i)) != 0) return e.Keys[i];
            e.Known |= 1UL << i;
            return e.Keys[i] = SortKeyOf(e.Row[keySlots[i]]);
        }

        // Ties keep their input order (the index), so the top k are exactly the first k of the full stable sort.
        int Order(SortEntry a, SortEntry b)
        {
            _guard.Tick();
            for (int i = 0; i < desc.Length; i++)
            {
                int c;
                if (keySlots[i] >= 0)
                {
                    // One term id is one term: equal keys without looking either up.
                    if (a.Row[keySlots[i]] == b.Row[keySlots[i]]) continue;
                    c = SortKey.Compare(Key(a, i), Key(b, i));
                }
                else c = SortKey.Compare(a.Keys[i], b.Keys[i]);
                if (c != 0) return desc[i] ? -c : c;
            }
            return a.Index.CompareTo(b.Index);
        }

        bool bounded = _topK.TryGetValue(o, out var k);
        if (bounded && k == 0) yield break;
        if (bounded && SortBeforeJoin(o) is var (sorted, right))
        {
            foreach (var r in JoinSortedPrefix(sorted, right, k, seed, graph)) yield return r;
            yield break;
        }
        // The worst kept row sits on top of the heap, ready to be replaced by a better one.
        var heap = bounded ? new PriorityQueue<SortEntry, SortEntry>(Comparer<SortEntry>.Create((a, b) => Order(b, a))) : null;
        var rows = new List<SortEntry>();
        int index = 0;
        // A row the heap turns away leaves its entry to the next row: no allocation for most rows under a LIMIT.
        SortEntry? spare = null;
        foreach (var r in Evaluate(o.Inner, seed, graph))
        {
            _guard.Tick();
            var entry = spare ?? new SortEntry(desc.Length);
            spare = null;
            entry.Row = r;
            entry.Index = index++;
            entry.Known = 0;
            for (int i = 0; i < desc.Length; i++)
                if (keySlots[i] < 0) entry.Keys[i] = SortKey.Of(EvaluateExpression(o.Conditions[i].Expression, r, graph));
            if (heap is null || heap.Count < k) _guard.Retain();
            if (heap is null) rows.Add(entry);
            else if (heap.Count < k) heap.Enqueue(entry, entry);
            else if (Order(entry, heap.Peek()) < 0) spare = heap.DequeueEnqueue(entry, entry);
            else spare = entry;
        }
        if (heap is not null) rows.AddRange(heap.UnorderedItems.Select(x => x.Element));
        rows.Sort(Order);
        foreach (var r in rows) yield return r.Row;
    }

    /// <summary>An ORDER BY value with its number parsed once, not at every comparison of the sort.</summary>
    private readonly record struct SortKey(INode? Node, XsdNumeric? Number)
    {
        public static SortKey Of(INode? node) =>
            new(node, node is ILiteralNode l && XsdNumeric.IsNumericType(l.Datatype) && XsdNumeric.TryParse(l, out var n) ? n : null);

        public static int Compare(SortKey a, SortKey b)
        {
            if (a.Number is { } x && b.Number is { } y && XsdNumeric.Compare(x, y) is int c && c != 0) return c;
            return TermComparer.OrderCompare(a.Node, b.Node);
        }
    }
}
