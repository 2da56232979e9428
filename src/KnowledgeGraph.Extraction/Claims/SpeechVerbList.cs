using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// The reporting verbs of one document, in the order the claim extractor reads them, with where a scan for the verbs near
/// an offset may begin. The claim rules look for a verb after, inside or before every quotation and reported clause; a scan
/// from the first verb each time made long articles quadratic. The starts below hold only when the verbs are sorted by
/// start (checked once); otherwise they are 0, so a scan reads every verb as before.
/// </summary>
internal sealed class SpeechVerbList : List<SpeechVerbMatch>
{
    private int _indexed = -1;
    private bool _sorted;
    private int _longest;
    // the latest end among the verbs before each index
    private int[] _endsBefore = [];

    public SpeechVerbList(IEnumerable<SpeechVerbMatch> verbs) : base(verbs)
    {
    }

    /// <summary><paramref name="verbs"/> as a <see cref="SpeechVerbList"/> (itself when it is one).</summary>
    public static SpeechVerbList Of(List<SpeechVerbMatch> verbs) => verbs as SpeechVerbList ?? new SpeechVerbList(verbs);

    /// <summary>True when <paramref name="verbs"/> is a <see cref="SpeechVerbList"/> sorted by start: a scan may stop at the first
    /// verb past the range it looks at.</summary>
    public static bool SortedByStart(List<SpeechVerbMatch> verbs) => verbs is SpeechVerbList list && list.Index()._sorted;

    /// <summary>An index such that every verb before it starts before <paramref name="offset"/> (0 unless sorted).</summary>
    public static int FirstFrom(List<SpeechVerbMatch> verbs, int offset)
    {
        if (verbs is not SpeechVerbList list || !list.Index()._sorted) return 0;
        int lo = 0, hi = list.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (list[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>An index such that every verb before it ends at or before <paramref name="offset"/> (0 unless sorted).</summary>
    public static int FirstReaching(List<SpeechVerbMatch> verbs, int offset) =>
        verbs is SpeechVerbList list && list.Index()._sorted ? FirstFrom(verbs, (int)Math.Max(int.MinValue, (long)offset - list._longest)) : 0;

    /// <summary>The latest end among the verbs before <paramref name="index"/> (int.MinValue for none).</summary>
    public static int LatestEndBefore(List<SpeechVerbMatch> verbs, int index)
    {
        if (index <= 0) return int.MinValue;
        if (verbs is SpeechVerbList list) return list.Index()._endsBefore[index];
        int latest = int.MinValue;
        for (int i = 0; i < index; i++) latest = Math.Max(latest, verbs[i].Span.End);
        return latest;
    }

    private SpeechVerbList Index()
    {
        if (_indexed == Count) return this;
        bool sorted = true;
        int longest = 0, latest = int.MinValue;
        var endsBefore = new int[Count + 1];
        for (int i = 0; i < Count; i++)
        {
            TextSpan span = this[i].Span;
            if (i > 0 && span.Start < this[i - 1].Span.Start) sorted = false;
            longest = Math.Max(longest, span.Length);
            endsBefore[i] = latest;
            latest = Math.Max(latest, span.End);
        }
        endsBefore[Count] = latest;
        (_sorted, _longest, _endsBefore, _indexed) = (sorted, longest, endsBefore, Count);
        return this;
    }
}
