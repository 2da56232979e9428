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

    /// <summary>The stems joined: equal signatures are the same wording.</summary>
    public string Signature { get; } = string.Join(' ', Stems);
}
