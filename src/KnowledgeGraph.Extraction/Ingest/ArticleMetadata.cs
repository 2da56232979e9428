using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>Metadata about an article from a JSON record, HTML meta tags or the manifest.</summary>
public sealed record ArticleMetadata(string? Title = null, string? Url = null, string? Outlet = null, string? Author = null, PartialDate? Date = null, string? Language = null)
{
    /// <summary>Fields of this record, with missing ones taken from <paramref name="fallback"/>.</summary>
    public ArticleMetadata Or(ArticleMetadata? fallback) => fallback is null ? this : new(
        Title ?? fallback.Title, Url ?? fallback.Url, Outlet ?? fallback.Outlet, Author ?? fallback.Author, Date ?? fallback.Date, Language ?? fallback.Language);

    /// <summary>A BCP 47 language tag reduced to its primary subtag in lower case ("fr-FR" → "fr"), or null.</summary>
    public static string? NormalizeLanguage(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var primary = value.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    /// <summary>
    /// Parses the date forms found in metadata: "2025-12-03", "2025-12-03T10:15:00+01:00", "2025-12", "2025".
    /// Returns null for anything else.
    /// </summary>
    public static PartialDate? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = value.Trim();
        int p = 0;
        if (PlainTextArticle.TryParseIsoPartialDate(s, ref p, out var d) && (p == s.Length || s[p] == 'T' || s[p] == ' ')) return d;
        if (s.Length == 4 && int.TryParse(s, out int y) && y is >= 1800 and <= 2200) return new PartialDate(y);
        if (DateTimeOffset.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var dto))
            return new PartialDate(dto.Year, dto.Month, dto.Day);
        return null;
    }
}
