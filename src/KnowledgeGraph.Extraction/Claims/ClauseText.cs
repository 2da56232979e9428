using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>Clause and word-range helpers over the raw text shared by the claim extractor's rules (no French vocabulary here).</summary>
internal static class ClauseText
{
    internal static TextSpan TrimContent(string text, TextSpan span)
    {
        int s = span.Start, e = Math.Min(span.End, text.Length);
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] is ',' or ':')) s++;
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is ',' or ';' or ':')) e--;
        // an opening mark of the next quotation left at the end of a reported clause
        if (e > s && text[e - 1] is '\'' or '"' or '«' or '“' && (Count(text, s, e, text[e - 1]) % 2 == 1 || e - 2 >= s && char.IsWhiteSpace(text[e - 2])))
        {
            e--;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        }
        return new TextSpan(s, e);
    }

    internal static int Count(string text, int from, int to, char c)
    {
        int n = 0;
        for (int i = from; i < to; i++) if (text[i] == c) n++;
        return n;
    }

    internal static int ClauseEnd(string text, int from, int limit)
    {
        for (int i = from; i < limit && i < text.Length; i++)
            if (text[i] is ';' or '«' or '"' or '“' or '\n' || text[i] == '.' && !SpeakerFinder.IsTitleDot(text, i)) return i;
        return Math.Min(limit, text.Length);
    }

    /// <summary>
    /// Where a reported clause ends: the sentence end, or earlier where a quotation inside it closes and a
    /// new sentence starts ("… « Quel gâchis ! » Il a réaffirmé …"), which the sentence splitter keeps together.
    /// </summary>
    internal static int EndOfReportedClause(string text, int from, int sentenceEnd)
    {
        int depth = 0;
        bool straight = false;
        for (int i = from; i < sentenceEnd; i++)
        {
            char c = text[i];
            if (c == '"') { straight = !straight; if (straight) depth++; else { depth = Math.Max(0, depth - 1); if (depth == 0 && NewSentenceAfter(text, i + 1, sentenceEnd)) return i + 1; } }
            else if (c is '«' or '“') depth++;
            else if (c is '»' or '”') { depth = Math.Max(0, depth - 1); if (depth == 0 && NewSentenceAfter(text, i + 1, sentenceEnd)) return i + 1; }
            // "avec Mme X et M. Y devait…": the period of a civility abbreviation ends no clause
            else if (depth == 0 && c is '.' or '!' or '?' && !(c == '.' && IsAbbreviationPeriod(text, i)) && NewSentenceAfter(text, i + 1, sentenceEnd)) return i + 1;
        }
        return sentenceEnd;
    }

    internal static bool NewSentenceAfter(string text, int i, int end)
    {
        int j = i;
        while (j < end && text[j] == ' ') j++;
        return j > i && j < end && char.IsUpper(text[j]);
    }

    /// <summary>"M." , "Mme.", "Dr.": a period that ends a short capitalised abbreviation, not a sentence.</summary>
    internal static bool IsAbbreviationPeriod(string text, int i)
    {
        int s = i - 1;
        while (s >= 0 && char.IsLetter(text[s])) s--;
        int len = i - s - 1;
        return len is >= 1 and <= 3 && char.IsUpper(text[s + 1]);
    }

    internal static bool OnlySpaces(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    internal static bool OnlyPunctuationBetween(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (char.IsLetterOrDigit(text[i])) return false;
        return true;
    }

    /// <summary>Index of the first mention starting at or after <paramref name="offset"/> (mentions are in text order).</summary>
    internal static int FirstMentionAtOrAfter(AnalyzedDocument doc, int offset)
    {
        int lo = 0, hi = doc.Entities.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (doc.Entities[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Index of the first word starting at or after <paramref name="offset"/> (binary search).</summary>
    internal static int FirstWordAtOrAfter(List<TextSpan> words, int offset)
    {
        int lo = 0, hi = words.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (words[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    internal static IEnumerable<TextSpan> WordsBetween(List<TextSpan> words, int from, int to)
    {
        for (int i = FirstWordAtOrAfter(words, from); i < words.Count && words[i].Start < to; i++) yield return words[i];
    }

    internal static int CountWordsBetween(List<TextSpan> words, int from, int to) =>
        Math.Max(0, FirstWordAtOrAfter(words, to) - FirstWordAtOrAfter(words, from));
}
