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
/// <item>Quoted excerpt: a quotation of three words or more inside one rendering is word for word in the other (an outlet
/// quoting a few exact words of what another quotes in full), or its content tokens (lemmas) are consecutive tokens of the
/// other ("« vendre à rabais »" / "il vend à rabais"), or all the words quoted in short quotations (two at least) are in the
/// other and the two share three tokens (short quotations: under three words each) ("n'était « pas concurrent » mais « complémentaire »").</item>
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

    /// <summary>Weighted Dice above which shared figures (a number in digits, not a year) prove one statement.</summary>
    public const double NumberDiceThreshold = 0.35;

    /// <summary>Weight of a token that stands only for a capitalised name (a place or body the speaker names often).</summary>
    public const double NameWeight = 0.5;

    /// <summary>0 when the two are not the same claim; otherwise a strength in (0, 1], higher for closer wordings.</summary>
    public static double Score(ClaimWording a, ClaimWording b)
    {
        int shared = ClaimFingerprint.Shared(a.Stems, b.Stems);
        if (shared == 0) return 0;
        // "1 200 postes" / "300 millions": both give figures and none agree — two statements, whatever else they share
        if (a.Numbers.Count > 0 && b.Numbers.Count > 0 && !a.Numbers.Overlaps(b.Numbers)) return 0;
        double dice = WeightedDice(a, b);
        double containment = (double)shared / Math.Min(a.Stems.Count, b.Stems.Count);
        // Tie-breaks inside one kind of evidence favour more shared tokens; the kinds are ordered by how much they prove.
        if (shared >= MinShared && dice >= DiceThreshold) return 0.5 + dice / 2;
        if (shared >= MinSharedForContainment && containment >= ContainmentThreshold) return 0.4 + containment / 10;
        if (shared > MinShared && dice >= RunDiceThreshold && SharesRun(a, b)) return 0.3 + dice / 10;
        // "croître de 3 % cette année" / "la croissance atteindra 3 % cette année": the same figure and common words around it
        if (dice >= NumberDiceThreshold && a.Numbers.Overlaps(b.Numbers) && SharedCommonWords(a, b) >= MinShared) return 0.3 + dice / 10;
        // "a estimé qu'aucun pays ne pouvait « gagner seul cette guerre »" beside the full quotation: the same exact words
        if (QuotesTheOther(a, b) || QuotesTheOther(b, a)) return 0.3 + dice / 10;
        // "le coton n'était « pas concurrent » mais « complémentaire »" beside the full quotation: every word the reporter
        // quoted (two at least) is in the other rendering, and the two share more besides
        if (shared >= MinSharedForContainment && (QuotedWordsIn(a, b) || QuotedWordsIn(b, a))) return 0.3 + dice / 10;
        if (Math.Min(a.Stems.Count, b.Stems.Count) <= MaxFragmentTokens && containment >= 1) return 0.1 + dice / 10;
        return 0;
    }

    /// <summary>
    /// <paramref name="excerpt"/> is an excerpt of <paramref name="full"/>: it quotes words of it word for word (a quotation of
    /// at least <see cref="ClaimFingerprint.MinExcerptWords"/> words: "le feu n'était « pas encore fixé »" beside "Le feu
    /// n'est pas encore fixé. La nuit …") and every content token of it is in <paramref name="full"/>, so that it says
    /// nothing the other does not. Evidence enough for a rendering of a word or two whose speaker is not named.
    /// </summary>
    public static bool IsQuotedExcerptOf(ClaimWording excerpt, ClaimWording full) =>
        excerpt.Stems.Count > 0 && QuotesTheOther(excerpt, full) && ClaimFingerprint.Containment(excerpt.Stems, full.Stems) >= 1
        && excerpt.Stems.Count <= full.Stems.Count;

    /// <summary><paramref name="a"/> quotes words of <paramref name="b"/> word for word (a quotation of at least
    /// <see cref="ClaimFingerprint.MinExcerptWords"/> words, or its lemmas as consecutive tokens).</summary>
    public static bool Quotes(ClaimWording a, ClaimWording b) => QuotesTheOther(a, b);

    /// <summary>A quotation of at least <see cref="ClaimFingerprint.MinExcerptWords"/> words inside <paramref name="a"/>
    /// is word for word in <paramref name="b"/>.</summary>
    private static bool QuotesTheOther(ClaimWording a, ClaimWording b)
    {
        foreach (var excerpt in a.Excerpts)
            if (HoldsInOrder(b.FoldedWords, excerpt)) return true;
        foreach (var run in a.ExcerptRuns)
            if (HoldsRun(b.Tokens, run)) return true;
        return false;
    }

    /// <summary>The folded words hold the excerpt; a cut excerpt ("pas les speculateurs | affamer nos populations") its pieces in
    /// order, other words between them allowed.</summary>
    private static bool HoldsInOrder(string folded, string excerpt)
    {
        if (!excerpt.Contains(ClaimFingerprint.CutSeparator, StringComparison.Ordinal)) return folded.Contains(excerpt, StringComparison.Ordinal);
        int at = 0;
        foreach (var piece in excerpt.Split('|'))
        {
            string p = " " + piece.Trim() + " ";
            int found = folded.IndexOf(p, at, StringComparison.Ordinal);
            if (found < 0) return false;
            at = found + p.Length - 1;
        }
        return true;
    }

    /// <summary>At least <see cref="ClaimFingerprint.MinExcerptRunTokens"/> quoted content tokens (names aside) in
    /// <paramref name="a"/>, all of them in <paramref name="b"/>.</summary>
    private static bool QuotedWordsIn(ClaimWording a, ClaimWording b)
    {
        int common = 0;
        foreach (var t in a.QuotedTokens)
        {
            if (!b.Stems.Contains(t)) return false;
            if (!a.Names.Contains(t)) common++;
        }
        return common >= ClaimFingerprint.MinExcerptRunTokens;
    }

    /// <summary>The tokens hold the run as consecutive tokens.</summary>
    private static bool HoldsRun(IReadOnlyList<string> tokens, IReadOnlyList<string> run)
    {
        for (int i = 0; i + run.Count <= tokens.Count; i++)
        {
            int k = 0;
            while (k < run.Count && tokens[i + k] == run[k]) k++;
            if (k == run.Count) return true;
        }
        return false;
    }

    /// <summary>Dice over content tokens where a token standing only for a name (in either wording) weighs <see cref="NameWeight"/>.</summary>
    private static double WeightedDice(ClaimWording a, ClaimWording b)
    {
        double Weight(string t) => a.Names.Contains(t) || b.Names.Contains(t) ? NameWeight : 1;
        double shared = 0, total = 0;
        foreach (var t in a.Stems) { double w = Weight(t); total += w; if (b.Stems.Contains(t)) shared += w; }
        foreach (var t in b.Stems) total += Weight(t);
        return total == 0 ? 0 : 2 * shared / total;
    }

    /// <summary>Shared tokens that are neither names nor figures.</summary>
    private static int SharedCommonWords(ClaimWording a, ClaimWording b)
    {
        int n = 0;
        foreach (var t in a.Stems)
            if (b.Stems.Contains(t) && !a.Names.Contains(t) && !b.Names.Contains(t) && ClaimFingerprint.NumberOf(t) is null) n++;
        return n;
    }

    public static bool SameClaim(ClaimWording a, ClaimWording b) => Score(a, b) > 0;

    /// <summary>Common words (names and figures aside) two direct quotations attributed to different speakers share at least.</summary>
    public const int MinSharedAcrossSpeakers = 4;

    /// <summary>
    /// Two direct quotations give the same words of one statement, whoever each outlet says spoke them: a run of three content
    /// words in common, at least <see cref="MinSharedAcrossSpeakers"/> common words shared, no disagreeing figures, and the
    /// overlap of a paraphrase (Dice ≥ <see cref="DiceThreshold"/>) or of an excerpt (containment ≥ <see cref="ContainmentThreshold"/>).
    /// Stricter than <see cref="Score"/>, which compares renderings already known to have one speaker.
    /// </summary>
    public static bool SameQuotedWords(ClaimWording a, ClaimWording b)
    {
        if (a.Numbers.Count > 0 && b.Numbers.Count > 0 && !a.Numbers.Overlaps(b.Numbers)) return false;
        if (SharedCommonWords(a, b) < MinSharedAcrossSpeakers || !SharesRun(a, b)) return false;
        return WeightedDice(a, b) >= DiceThreshold || ClaimFingerprint.Containment(a.Stems, b.Stems) >= ContainmentThreshold;
    }

    /// <summary>
    /// Weaker than a link: the two share at least <see cref="MinSharedForContainment"/> common words (names and figures aside).
    /// Two outlets' paraphrases of one statement that were each linked to a third rendering resemble each other this much
    /// ("le coton des deux pays était complémentaire et non concurrent" / "Le coton burkinabè et le coton ivoirien ne sont
    /// pas concurrents. Ils sont complémentaires …") even when neither evidence above holds; two unrelated statements chained
    /// through a third do not. The grouper counts such pairs as support when it merges two groups, never as links.
    /// </summary>
    public static bool Resembles(ClaimWording a, ClaimWording b) => SharedCommonWords(a, b) >= MinSharedForContainment;

    /// <summary>Shared tokens an echo (<see cref="EchoScore"/>) has with the claim's rendering at least.</summary>
    public const int MinSharedForEcho = 3;

    /// <summary>Common words (names and figures aside) an echo shares with the rendering at least, for paraphrase evidence; one
    /// more for excerpt evidence.</summary>
    public const int MinCommonForEcho = 3;

    /// <summary>Least <see cref="Score"/> of an echo by paraphrase (Dice ≥ <see cref="DiceThreshold"/>).</summary>
    public const double ParaphraseScore = 0.5 + DiceThreshold / 2;

    /// <summary>Least <see cref="Score"/> of an echo by excerpt (containment ≥ <see cref="ContainmentThreshold"/>).</summary>
    public const double ExcerptScore = 0.4 + ContainmentThreshold / 10;

    /// <summary>
    /// How surely a sentence (or quotation) of an article that names the speaker but attributes nothing there states the claim
    /// another article attributes (<paramref name="claim"/>, a rendering of three tokens or more); 0 when it does not. Nothing
    /// in the sentence says who speaks, so the words must: at least <see cref="MinSharedForEcho"/> shared tokens, no disagreeing
    /// figures, and one of — a quotation of the sentence is word for word in the claim (<see cref="Quotes"/>: "la réforme reste
    /// « un malus déguisé » qui pénalise les femmes" beside "un malus déguisé qui frappe d'abord les femmes"); a paraphrase
    /// (Dice ≥ <see cref="DiceThreshold"/>) sharing <see cref="MinCommonForEcho"/> common words; the claim nearly all inside
    /// the sentence (containment ≥ <see cref="ContainmentThreshold"/>) sharing one common word more. The looser evidence of
    /// <see cref="Score"/> (a run of three tokens, a shared figure, a fragment) is not enough here.
    /// </summary>
    public static double EchoScore(ClaimWording claim, ClaimWording sentence)
    {
        if (claim.Stems.Count <= MaxFragmentTokens || ClaimFingerprint.Shared(claim.Stems, sentence.Stems) < MinSharedForEcho) return 0;
        double score = Score(claim, sentence);
        if (score <= 0) return 0;
        if (QuotesTheOther(sentence, claim)) return Math.Max(score, ExcerptScore);
        int common = SharedCommonWords(claim, sentence);
        if (score >= ParaphraseScore && common >= MinCommonForEcho) return score;
        if (score >= ExcerptScore && common > MinCommonForEcho) return score;
        return 0;
    }

    private static bool SharesRun(ClaimWording a, ClaimWording b)
    {
        var (small, large) = a.Trigrams.Count <= b.Trigrams.Count ? (a.Trigrams, b.Trigrams) : (b.Trigrams, a.Trigrams);
        foreach (var t in small) if (large.Contains(t)) return true;
        return false;
    }
}
