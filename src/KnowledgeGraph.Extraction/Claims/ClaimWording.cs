namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// One rendering of a claim reduced for comparison (<see cref="ClaimFingerprint.Analyze"/>): its content tokens in
/// text order (stems, and "=concept" tokens for synonyms and number words), the same as a sorted set, and the
/// sequences of three consecutive content tokens ("certain propos americain"), which two outlets share only when
/// they report the same words of one statement.
/// </summary>
public sealed record ClaimWording(IReadOnlyList<string> Tokens, SortedSet<string> Stems, IReadOnlySet<string> Trigrams)
{
    /// <summary>Tokens that only ever stand for capitalised names in this wording ("saint", "flour"): they weigh half in comparisons,
    /// because a speaker names the same places and bodies in different statements.</summary>
    public IReadOnlySet<string> Names { get; init; } = new HashSet<string>();

    /// <summary>Numbers written in digits, years excluded ("1", "200", "3"): two renderings of one statement give the same figures.</summary>
    public IReadOnlySet<string> Numbers { get; init; } = new HashSet<string>();

    /// <summary>The folded words of the whole wording, space-separated with a space at each end (" gagner seul cette guerre "),
    /// so that a quoted excerpt is found as whole words.</summary>
    public string FoldedWords { get; init; } = " ";

    /// <summary>The quotations inside the wording ("a estimé qu'aucun pays ne pouvait « gagner seul cette guerre »"), as
    /// folded words like <see cref="FoldedWords"/>, when they hold at least <see cref="ClaimFingerprint.MinExcerptWords"/>
    /// words: an outlet quoting a few exact words of a statement that another outlet quotes in full.</summary>
    public IReadOnlyList<string> Excerpts { get; init; } = [];

    /// <summary>The same quotations as runs of content tokens (lemmas, concepts), when they give at least
    /// <see cref="ClaimFingerprint.MinExcerptRunTokens"/>: "« vendre à rabais »" is the run "vendre rabais", which
    /// "le premier ministre vend à rabais …" holds although its verb has another form.</summary>
    public IReadOnlyList<IReadOnlyList<string>> ExcerptRuns { get; init; } = [];

    /// <summary>The content tokens of the short quotations (under <see cref="ClaimFingerprint.MinExcerptWords"/> words) inside
    /// the wording ("« pas concurrent » mais « complémentaire »" → "concurrent", "complementaire"): the speaker's own words
    /// that the reporter kept, compared as a bag.</summary>
    public IReadOnlySet<string> QuotedTokens { get; init; } = new HashSet<string>();

    /// <summary>Most of its words are unknown to the French lexicon: a quotation in another language ("We will not …"), which
    /// shares no words with a French rendering of the same statement.</summary>
    public bool Foreign { get; init; }

    /// <summary>The stems joined: equal signatures are the same wording.</summary>
    public string Signature { get; } = string.Join(' ', Stems);
}
