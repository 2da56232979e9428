namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// Decides whether two renderings by the same speaker state the same claim, and how strongly (the grouper links
/// the strongest pairs first). Pure function of the two wordings; thresholds were tuned on invented pairs
/// (ClaimGrouperTests): paraphrases of one statement score 0.5–0.8 Dice, different statements by the same speaker on
/// the same topic 0.2–0.4. Four kinds of evidence, any one suffices:
/// <list type="number">
/// <item>Paraphrase: Dice ≥ <see cref="DiceThreshold"/> over content tokens with ≥ <see cref="MinShared"/> shared.</item>
/// <item>Quoted excerpt: one rendering's tokens nearly all in the other (containment ≥ <see cref="ContainmentThreshold"/>,
/// ≥ <see cref="MinSharedForContainment"/> shared).</item>
/// <item>Same words of one speech: a shared run of three consecutive content tokens ("certaines propositions
/// américaines"), ≥ <see cref="MinShared"/>+1 shared tokens and Dice ≥ <see cref="RunDiceThreshold"/> — two parts of
/// one statement, each quoted by a different outlet.</item>
/// <item>Fragment: a quoted word or two (« utile », « très insuffisants ») whose tokens are all in the other rendering.</item>
/// </list>
/// </summary>
public static class ClaimSimilarity
{
    public const double DiceThreshold = 0.5;
    public const int MinShared = 2;
    public const double ContainmentThreshold = 0.8;
    public const int MinSharedForContainment = 3;
    public const double RunDiceThreshold = 0.3;
    public const int MaxFragmentTokens = 2;

    /// <summary>0 when the two are not the same claim; otherwise a strength in (0, 1], higher for closer wordings.</summary>
    public static double Score(ClaimWording a, ClaimWording b)
    {
        int shared = ClaimFingerprint.Shared(a.Stems, b.Stems);
        if (shared == 0) return 0;
        double dice = 2.0 * shared / (a.Stems.Count + b.Stems.Count);
        double containment = (double)shared / Math.Min(a.Stems.Count, b.Stems.Count);
        // Tie-breaks inside one kind of evidence favour more shared tokens; the kinds are ordered by how much they prove.
        if (shared >= MinShared && dice >= DiceThreshold) return 0.5 + dice / 2;
        if (shared >= MinSharedForContainment && containment >= ContainmentThreshold) return 0.4 + containment / 10;
        if (shared > MinShared && dice >= RunDiceThreshold && SharesRun(a, b)) return 0.3 + dice / 10;
        if (Math.Min(a.Stems.Count, b.Stems.Count) <= MaxFragmentTokens && containment >= 1) return 0.1 + dice / 10;
        return 0;
    }

    public static bool SameClaim(ClaimWording a, ClaimWording b) => Score(a, b) > 0;

    private static bool SharesRun(ClaimWording a, ClaimWording b)
    {
        var (small, large) = a.Trigrams.Count <= b.Trigrams.Count ? (a.Trigrams, b.Trigrams) : (b.Trigrams, a.Trigrams);
        foreach (var t in small) if (large.Contains(t)) return true;
        return false;
    }
}
