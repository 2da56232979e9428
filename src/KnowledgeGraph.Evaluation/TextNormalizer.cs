using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Evaluation;

/// <summary>Accent-, case- and punctuation-insensitive forms of names and texts, for matching only.</summary>
public static class TextNormalizer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "a", "au", "aux", "en", "que", "qu", "qui",
        "ce", "c", "se", "s", "il", "elle", "ils", "on", "n", "ne", "pas", "est", "sur", "pour", "par", "dans", "y",
    };

    /// <summary>Lowercase, accents folded, punctuation as spaces, leading article dropped: "L'Otan" → "otan".</summary>
    public static string Name(string text)
    {
        var tokens = Tokens(text);
        int skip = tokens.Count > 1 && tokens[0] is "le" or "la" or "les" or "l" ? 1 : 0;
        return string.Join(' ', tokens.Skip(skip));
    }

    /// <summary>Content words of a text (stop words removed), for claim and role similarity.</summary>
    public static IReadOnlyList<string> ContentTokens(string text) => Tokens(text).Where(t => !StopWords.Contains(t)).ToList();

    public static List<string> Tokens(string text)
    {
        var folded = Fold(text);
        var tokens = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0)
            {
                tokens.Add(sb.ToString());
                sb.Clear();
            }
        }
        if (sb.Length > 0) tokens.Add(sb.ToString());
        return tokens;
    }

    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                sb.Append(char.ToLowerInvariant(c));
        return sb.ToString().Replace('’', '\'');
    }

    /// <summary>
    /// Overlap coefficient of content words: |A ∩ B| / min(|A|, |B|). It rewards a system quotation that is a fragment of
    /// the gold wording (and the reverse), which is how one claim is rendered by several outlets.
    /// </summary>
    public static double Overlap(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var setA = a.ToHashSet(StringComparer.Ordinal);
        var setB = b.ToHashSet(StringComparer.Ordinal);
        int shared = setA.Count(setB.Contains);
        return (double)shared / Math.Min(setA.Count, setB.Count);
    }

    public static int Shared(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        var setB = b.ToHashSet(StringComparer.Ordinal);
        return a.Distinct(StringComparer.Ordinal).Count(setB.Contains);
    }
}
