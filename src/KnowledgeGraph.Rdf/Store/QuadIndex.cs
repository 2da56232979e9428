using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.Rdf;

/// <summary>The position order of one permutation index: which term leads, which come next.</summary>
internal enum IndexOrder
{
    /// <summary>Subject, then predicate, object, graph.</summary>
    Spo,
    /// <summary>Predicate, then object, subject, graph.</summary>
    Pos,
    /// <summary>Object, then subject, predicate, graph.</summary>
    Osp,
    /// <summary>Graph, then subject, predicate, object.</summary>
    Gspo,
}

/// <summary>
/// One permutation index: quads grouped by their leading term into buckets, each a packed array of
/// 16-byte quads. Buckets are appended to while loading and sorted lazily, on the first read after a
/// write, so bulk loads cost one append per quad and reads use binary search on the next positions.
/// Concurrent readers are safe: the one sort a bucket may need after writes happens under a lock.
/// </summary>
internal sealed class QuadIndex
{
    private readonly Dictionary<int, Bucket> _buckets = new();
    private readonly IndexOrder _order;
    private readonly IComparer<EncodedQuad> _comparer;
    private readonly object _sortLock = new();

    public QuadIndex(IndexOrder order)
    {
        _order = order;
        _comparer = Comparer<EncodedQuad>.Create((x, y) => Compare(order, x, y));
    }

    private struct Bucket
    {
        public EncodedQuad[] Items;
        public int Count;
        public bool Sorted;
    }

    public int BucketCount => _buckets.Count;

    public IEnumerable<int> Keys => _buckets.Keys;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Lead(in EncodedQuad e) => _order switch
    {
        IndexOrder.Spo => e.S,
        IndexOrder.Pos => e.P,
        IndexOrder.Osp => e.O,
        _ => e.G,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Second(IndexOrder order, in EncodedQuad e) => order switch
    {
        IndexOrder.Spo => e.P,
        IndexOrder.Pos => e.O,
        IndexOrder.Osp => e.S,
        _ => e.S,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Third(IndexOrder order, in EncodedQuad e) => order switch
    {
        IndexOrder.Spo => e.O,
        IndexOrder.Pos => e.S,
        IndexOrder.Osp => e.P,
        _ => e.P,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Fourth(IndexOrder order, in EncodedQuad e) => order == IndexOrder.Gspo ? e.O : e.G;

    private static int Compare(IndexOrder order, EncodedQuad x, EncodedQuad y)
    {
        int c = Second(order, x).CompareTo(Second(order, y));
        if (c != 0) return c;
        c = Third(order, x).CompareTo(Third(order, y));
        return c != 0 ? c : Fourth(order, x).CompareTo(Fourth(order, y));
    }

    public void Add(in EncodedQuad e)
    {
        ref var b = ref CollectionsMarshal.GetValueRefOrAddDefault(_buckets, Lead(e), out bool exists);
        if (!exists)
        {
            b.Items = new EncodedQuad[1];
            b.Sorted = true;
        }
        else if (b.Count == b.Items.Length)
        {
            Array.Resize(ref b.Items, b.Count < 8 ? b.Count * 2 : b.Count + b.Count / 2);
        }
        if (b.Count > 0 && b.Sorted && Compare(_order, b.Items[b.Count - 1], e) > 0) b.Sorted = false;
        b.Items[b.Count++] = e;
    }

    /// <summary>Removes one quad (present in the index), keeping the bucket's order.</summary>
    public void Remove(in EncodedQuad e)
    {
        ref var b = ref CollectionsMarshal.GetValueRefOrNullRef(_buckets, Lead(e));
        if (Unsafe.IsNullRef(ref b)) return;
        EnsureSorted(ref b);
        int i = Array.BinarySearch(b.Items, 0, b.Count, e, _comparer);
        if (i < 0) return;
        Array.Copy(b.Items, i + 1, b.Items, i, b.Count - i - 1);
        b.Count--;
        if (b.Count == 0) _buckets.Remove(Lead(e));
    }

    /// <summary>Removes a set of quads with one pass over each bucket it touches.</summary>
    public void RemoveAll(HashSet<EncodedQuad> removed)
    {
        var leads = new HashSet<int>();
        foreach (var e in removed) leads.Add(Lead(e));
        foreach (var lead in leads)
        {
            ref var b = ref CollectionsMarshal.GetValueRefOrNullRef(_buckets, lead);
            if (Unsafe.IsNullRef(ref b)) continue;
            int w = 0;
            for (int r = 0; r < b.Count; r++)
                if (!removed.Contains(b.Items[r])) b.Items[w++] = b.Items[r];
            b.Count = w;
            if (w == 0) _buckets.Remove(lead);
        }
    }

    /// <summary>The quads whose leading term is <paramref name="lead"/> and, when not negative, whose
    /// second and third positions are <paramref name="second"/> and <paramref name="third"/>.</summary>
    public ArraySegment<EncodedQuad> Range(int lead, int second, int third)
    {
        ref var b = ref CollectionsMarshal.GetValueRefOrNullRef(_buckets, lead);
        if (Unsafe.IsNullRef(ref b)) return ArraySegment<EncodedQuad>.Empty;
        EnsureSorted(ref b);
        if (second < 0) return new ArraySegment<EncodedQuad>(b.Items, 0, b.Count);
        int lo = LowerBound(b.Items, b.Count, second, third < 0 ? int.MinValue : third, useThird: third >= 0);
        int hi = UpperBound(b.Items, lo, b.Count, second, third, useThird: third >= 0);
        return new ArraySegment<EncodedQuad>(b.Items, lo, hi - lo);
    }

    /// <summary>Installs a bucket already in index order (loaded from a binary store).</summary>
    internal void SetSortedBucket(int lead, EncodedQuad[] items) =>
        _buckets[lead] = new Bucket { Items = items, Count = items.Length, Sorted = true };

    internal void EnsureCapacity(int buckets) => _buckets.EnsureCapacity(buckets);

    /// <summary>The lead of a quad in this index's order (its bucket key).</summary>
    internal static int LeadOf(IndexOrder order, in EncodedQuad e) => order switch
    {
        IndexOrder.Spo => e.S,
        IndexOrder.Pos => e.P,
        IndexOrder.Osp => e.O,
        _ => e.G,
    };

    /// <summary>What orders a quad within its bucket, in order of significance (<see cref="CompareInBucket"/> compares these).</summary>
    internal static (int Second, int Third, int Fourth) KeyInBucket(IndexOrder order, in EncodedQuad e) =>
        (Second(order, e), Third(order, e), Fourth(order, e));

    /// <summary>The order of two quads of one bucket, as the index sorts them.</summary>
    internal static int CompareInBucket(IndexOrder order, in EncodedQuad x, in EncodedQuad y) => Compare(order, x, y);

    /// <summary>The size of a bucket, O(1); used for cardinality estimates.</summary>
    public int BucketSize(int lead) => _buckets.TryGetValue(lead, out var b) ? b.Count : 0;

    private void EnsureSorted(ref Bucket b)
    {
        if (Volatile.Read(ref b.Sorted)) return;
        lock (_sortLock)
        {
            if (b.Sorted) return;
            Array.Sort(b.Items, 0, b.Count, _comparer);
            Volatile.Write(ref b.Sorted, true);
        }
    }

    private int LowerBound(EncodedQuad[] items, int count, int second, int third, bool useThird)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            int s = Second(_order, items[mid]);
            bool less = s < second || (useThird && s == second && Third(_order, items[mid]) < third);
            if (less) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private int UpperBound(EncodedQuad[] items, int from, int count, int second, int third, bool useThird)
    {
        int lo = from, hi = count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            int s = Second(_order, items[mid]);
            bool lessOrEqual = s < second || (s == second && (!useThird || Third(_order, items[mid]) <= third));
            if (lessOrEqual) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
