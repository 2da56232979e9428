namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// The content words of a claim's wording, lightly lemmatised so that two outlets' renderings of the
/// same statement compare equal: lower case, accents removed, elisions and stop words (claim-stopwords.tsv)
/// dropped, then a crude French stemmer (plural and common verb/noun endings cut, stems of at least four
/// letters kept) — "Les pourparlers de paix sont en cours" and "Les pourparlers de paix se poursuivent"
/// share "pourparl", "paix".
/// </summary>
public sealed class ClaimFingerprint
{
    // longest first; a suffix is cut only when at least four letters remain
    private static readonly string[] Suffixes =
    [
        "issements", "issement", "ements", "ations", "ement", "ation", "erions", "eraient", "issent", "issons",
        "aient", "erait", "eront", "ences", "ances", "ables", "ibles", "ences", "euses", "ement",
        "ence", "ance", "able", "ible", "euse", "eurs", "ions", "ait", "ant", "ent", "era", "ees", "ons",
        "eur", "ion", "ies", "es", "ee", "er", "ez", "is", "it", "ir", "e", "s", "x", "a", "i",
    ];

    private readonly HashSet<string> _stopWords;

    public ClaimFingerprint(IEnumerable<string> stopWords) =>
        _stopWords = new HashSet<string>(stopWords.Select(w => FrenchText.Fold(w)), StringComparer.Ordinal);

    public static ClaimFingerprint Load(ExtractionResources resources) => new(resources.Lines("claim-stopwords.tsv").Select(l => l.Split('\t')[0].Trim()));

    /// <summary>The sorted set of content stems of a wording.</summary>
    public SortedSet<string> Stems(string wording)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        var folded = FrenchText.Fold(wording);
        int i = 0;
        while (i < folded.Length)
        {
            if (!char.IsLetterOrDigit(folded[i])) { i++; continue; }
            int s = i;
            while (i < folded.Length && char.IsLetterOrDigit(folded[i])) i++;
            string w = folded[s..i];
            // an elided article or pronoun before an apostrophe ("l'", "qu'") is a stop word anyway
            if (i < folded.Length && folded[i] == '\'' && w.Length <= 5) { i++; if (_stopWords.Contains(w) || w.Length <= 2) continue; }
            if (w.Length < 2 || _stopWords.Contains(w)) continue;
            set.Add(Stem(w));
        }
        return set;
    }

    public static string Stem(string w)
    {
        if (w.All(char.IsDigit)) return w;
        foreach (var suffix in Suffixes)
            if (w.Length - suffix.Length >= 4 && w.EndsWith(suffix, StringComparison.Ordinal))
                return w[..^suffix.Length];
        return w;
    }

    /// <summary>Dice coefficient of two stem sets (2|A∩B| / (|A|+|B|)); 0 for two empty sets.</summary>
    public static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        int shared = a.Count(b.Contains);
        return 2.0 * shared / (a.Count + b.Count);
    }

    /// <summary>Shared stems over the smaller set: a short rendering contained in a longer one scores 1.</summary>
    public static double Containment(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        int shared = a.Count(b.Contains);
        return (double)shared / Math.Min(a.Count, b.Count);
    }

    public static int Shared(IReadOnlySet<string> a, IReadOnlySet<string> b) => a.Count(b.Contains);
}
