using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>Offsets, punctuation and mention look-ups over the text that every meeting helper shares (no French words).</summary>
internal static class MeetingText
{
    internal static bool HasStrongPunctuation(string text, int from, int to)
    {
        for (int c = from; c < to; c++)
            if (text[c] is ';' or ':' or '.' or '(' or ')' or '«' or '»' or '"' or '“' or '”') return true;
        return false;
    }

    internal static bool InsideLongQuote(string text, List<Quotation> quotes, List<TextSpan> words, TextSpan span)
    {
        // quotations come sorted and disjoint (QuotationFinder resumes after each closing mark): only the last one opening
        // before the span can hold it (a scan of every quotation for every trigger made long articles quadratic)
        int before = 0, after = quotes.Count;
        while (before < after)
        {
            int mid = (before + after) >>> 1;
            if (quotes[mid].Outer.Start < span.Start) before = mid + 1; else after = mid;
        }
        if (before > 0)
        {
            var q = quotes[before - 1];
            if (!(q.Outer.Start < span.Start && span.End <= q.Outer.End)) return false;
            // the words of the quotation (words are in text order: a binary search, not a scan from the text's start,
            // which made long articles quadratic)
            int lo = 0, hi = words.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (words[mid].Start < q.Inner.Start) lo = mid + 1; else hi = mid;
            }
            int n = 0;
            for (int w = lo; w < words.Count && words[w].Start < q.Inner.End && n <= 4; w++) n++;
            // a short lower-case fragment is a scare-quoted noun phrase, not a speaker's sentence
            return n > 4 || !char.IsLower(text[q.Inner.Start]);
        }
        return false;
    }

    internal static int? FirstMentionAfter(AnalyzedDocument doc, int from, int to, Func<int, bool> accept)
    {
        for (int k = doc.FirstEntityAtOrAfter(from); k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start < from) continue;
            if (m.Span.Start >= to) break;
            if (accept(k)) return k;
        }
        return null;
    }

    internal static int WordAtOrAfter(List<TextSpan> words, int offset)
    {
        int lo = 0, hi = words.Count;
        while (lo < hi) { int mid = (lo + hi) / 2; if (words[mid].Start < offset) lo = mid + 1; else hi = mid; }
        return lo;
    }

    internal static bool SameEntity(AnalyzedDocument doc, int a, int b) =>
        a == b || doc.Entities[a].ClusterId >= 0 && doc.Entities[a].ClusterId == doc.Entities[b].ClusterId;

    /// <summary>
    /// Where the entity of mention <paramref name="k"/> is last named before <paramref name="before"/> (at least mention k's own
    /// start): mentions are in text order, so the first one met going back from <paramref name="before"/> is it, and the search
    /// stops at mention k (a scan from the text's start for every candidate made long articles quadratic).
    /// </summary>
    internal static int LastMentionStart(AnalyzedDocument doc, int k, int before)
    {
        int last = doc.Entities[k].Span.Start;
        for (int j = doc.FirstEntityAtOrAfter(before) - 1; j >= 0 && doc.Entities[j].Span.Start > last; j--)
            if (SameEntity(doc, j, k)) return doc.Entities[j].Span.Start;
        return last;
    }

    internal static int CommaBefore(string text, int start)
    {
        int p = start - 1;
        while (p >= 0 && char.IsWhiteSpace(text[p])) p--;
        return Math.Max(0, p);
    }

    internal static bool CommaJustBefore(string text, int start)
    {
        int p = CommaBefore(text, start);
        return text[p] == ',';
    }

    internal static bool HasPunctuation(string text, int from, int to)
    {
        for (int i = from; i < to && i < text.Length; i++)
            if (text[i] is ',' or ';' or ':' or '.' or '(' or ')' or '«' or '»' or '"' or '“' or '”' or '—' or '–') return true;
        return false;
    }

    internal static bool InsideMention(AnalyzedDocument doc, TextSpan word) => doc.IsInsideEntity(word);

    internal static int MentionStartingAt(AnalyzedDocument doc, int offset)
    {
        for (int k = doc.FirstEntityAtOrAfter(offset); k < doc.Entities.Count; k++)
        {
            if (doc.Entities[k].Span.Start == offset) return k;
            if (doc.Entities[k].Span.Start > offset) break;
        }
        return -1;
    }

    internal static int NextNonSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }
    /// <summary>
    /// "(SYECO)", "(LR)", "(Allemagne)": a short bracket opening at <paramref name="open"/> with a capitalised word, closed
    /// within a few words on the same line; it glosses the name before it and ends no list.
    /// </summary>
    internal static bool IsShortAside(string text, int open)
    {
        if (open + 1 >= text.Length || !char.IsUpper(text[open + 1])) return false;
        for (int i = open + 1; i < text.Length && i <= open + ShortAsideLength; i++)
        {
            if (text[i] == ')') return true;
            if (text[i] is '(' or '.' or ';' or ':' or '\n' or '«' or '"') return false;
        }
        return false;
    }

    /// <summary>The longest bracketed gloss <see cref="IsShortAside"/> accepts.</summary>
    private const int ShortAsideLength = 40;
}
