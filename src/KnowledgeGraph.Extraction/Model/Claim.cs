namespace KnowledgeGraph.Extraction.Model;

/// <summary>
/// What someone said or asserted. The same claim reported by several outlets, even in other
/// words or another translation, is one claim with one appearance per article.
/// </summary>
/// <param name="SpeakerKey">The entity that said it (person or organization).</param>
/// <param name="Text">A canonical rendering (the first appearance's text).</param>
/// <param name="Date">When it was said, if known.</param>
public sealed record Claim(
    string Key,
    string SpeakerKey,
    string Text,
    PartialDate? Date,
    IReadOnlyList<ClaimAppearance> Appearances);

/// <summary>One article's rendering of a claim (schema:Quotation).</summary>
/// <param name="IsDirectQuote">True for « », " " or ' ' quotations, false for reported speech.</param>
/// <param name="SpeechVerb">The reporting verb's lemma ("affirmer", "déclarer"), when there is one.</param>
/// <param name="ViaKey">Nested sourcing: the entity through which the article got it ("selon … révélée par Bloomberg").</param>
/// <param name="SpeakerSpan">The span naming the speaker in this article (a name, a title or a pronoun).</param>
public sealed record ClaimAppearance(
    string ArticleId,
    TextSpan Span,
    string Text,
    bool IsDirectQuote,
    string? SpeechVerb,
    string? ViaKey,
    TextSpan? SpeakerSpan);
