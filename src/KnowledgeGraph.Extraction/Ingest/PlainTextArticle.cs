using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>The seed-style plain text format: an optional " date YYYY-MM-DD" (or " date YYYY-MM") prefix, then the text.</summary>
public static class PlainTextArticle
{
    /// <summary>
    /// Splits off the date header, if present. A header whose date does not parse (" date 2025-13-45",
    /// " date hier") is removed too and reported in <c>Malformed</c> (the raw header), so the caller can
    /// warn and infer the date from the text instead.
    /// </summary>
    public static (string Body, PartialDate? Date, DateProvenance? Provenance, string? Malformed) SplitHeader(string text)
    {
        int i = 0;
        while (i < text.Length && (text[i] == ' ' || text[i] == '\uFEFF' || text[i] == '\t')) i++;
        if (!text.AsSpan(i).StartsWith("date ", StringComparison.Ordinal) && !text.AsSpan(i).StartsWith("date:", StringComparison.Ordinal))
            return (text, null, null, null);
        int p = i + 5;
        while (p < text.Length && text[p] == ' ') p++;
        int valueStart = p;
        if (TryParseIsoPartialDate(text, ref p, out var date) && (p >= text.Length || char.IsWhiteSpace(text[p])))
            return (SkipSpacesAndOneNewline(text, p), date, DateProvenance.Header, null);
        // malformed: drop "date" and the following non-space token
        int q = valueStart;
        while (q < text.Length && !char.IsWhiteSpace(text[q])) q++;
        return (SkipSpacesAndOneNewline(text, q), null, null, text[i..q]);
    }

    private static string SkipSpacesAndOneNewline(string text, int p)
    {
        while (p < text.Length && (text[p] == ' ' || text[p] == '\t')) p++;
        if (p < text.Length && text[p] == '\r') p++;
        if (p < text.Length && text[p] == '\n') p++;
        return text[p..];
    }

    /// <summary>Parses YYYY-MM-DD or YYYY-MM at <paramref name="p"/>, advancing past it when valid.</summary>
    public static bool TryParseIsoPartialDate(string s, ref int p, out PartialDate date)
    {
        date = default;
        int q = p;
        if (!ReadDigits(s, ref q, 4, out int year)) return false;
        if (q >= s.Length || s[q] != '-') return false;
        q++;
        if (!ReadDigits(s, ref q, 2, out int month) || month is < 1 or > 12) return false;
        int? day = null;
        if (q < s.Length && s[q] == '-')
        {
            int r = q + 1;
            if (!ReadDigits(s, ref r, 2, out int d) || d < 1 || d > DateTime.DaysInMonth(year, month)) return false;
            day = d;
            q = r;
        }
        if (q < s.Length && char.IsDigit(s[q])) return false;
        date = new PartialDate(year, month, day);
        p = q;
        return true;
    }

    private static bool ReadDigits(string s, ref int p, int count, out int value)
    {
        value = 0;
        if (p + count > s.Length) return false;
        for (int k = 0; k < count; k++)
        {
            char c = s[p + k];
            if (c < '0' || c > '9') return false;
            value = value * 10 + (c - '0');
        }
        p += count;
        return true;
    }
}
