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
/// <remarks><see cref="Text"/> is kept as a slice of the article's text when made with <see cref="InText"/> (see
/// <see cref="Evidence"/>: a corpus holds about twenty quotations per article); equality compares its characters.</remarks>
public sealed record ClaimAppearance
{
    private readonly KeptText _text;

    public ClaimAppearance(string ArticleId, TextSpan Span, string Text, bool IsDirectQuote, string? SpeechVerb, string? ViaKey, TextSpan? SpeakerSpan)
        : this(ArticleId, Span, new KeptText(Text.AsMemory()), IsDirectQuote, SpeechVerb, ViaKey, SpeakerSpan)
    {
    }

    private ClaimAppearance(string articleId, TextSpan span, KeptText text, bool isDirectQuote, string? speechVerb, string? viaKey, TextSpan? speakerSpan)
    {
        ArticleId = articleId;
        Span = span;
        _text = text;
        IsDirectQuote = isDirectQuote;
        SpeechVerb = speechVerb;
        ViaKey = viaKey;
        SpeakerSpan = speakerSpan;
    }

    /// <summary>The appearance whose text is <paramref name="span"/> of <paramref name="articleText"/> (not copied).</summary>
    public static ClaimAppearance InText(string articleId, TextSpan span, string articleText, bool isDirectQuote, string? speechVerb, string? viaKey,
        TextSpan? speakerSpan) =>
        new(articleId, span, new KeptText(articleText.AsMemory(span.Start, span.Length)), isDirectQuote, speechVerb, viaKey, speakerSpan);

    /// <summary>The appearance whose text is <paramref name="span"/> of <paramref name="articleText"/> (kept as a slice;
    /// a compact text is decoded only when the appearance is read).</summary>
    public static ClaimAppearance InText(string articleId, TextSpan span, ArticleText articleText, bool isDirectQuote, string? speechVerb,
        string? viaKey, TextSpan? speakerSpan) =>
        new(articleId, span, KeptText.Of(articleText, span.Start, span.Length), isDirectQuote, speechVerb, viaKey, speakerSpan);

    public string ArticleId { get; init; }

    public TextSpan Span { get; init; }

    /// <summary>The quotation's text (a new string when it is a slice of the article's).</summary>
    public string Text
    {
        get => _text.ToString();
        init => _text = new KeptText(value.AsMemory());
    }

    public bool IsDirectQuote { get; init; }

    public string? SpeechVerb { get; init; }

    public string? ViaKey { get; init; }

    public TextSpan? SpeakerSpan { get; init; }

    public bool Equals(ClaimAppearance? other) =>
        other is not null && ArticleId == other.ArticleId && Span.Equals(other.Span) && _text.ContentEquals(other._text)
        && IsDirectQuote == other.IsDirectQuote && SpeechVerb == other.SpeechVerb && ViaKey == other.ViaKey && Nullable.Equals(SpeakerSpan, other.SpeakerSpan);

    public override int GetHashCode() =>
        HashCode.Combine(ArticleId, Span, _text.ContentHash(), IsDirectQuote, SpeechVerb, ViaKey, SpeakerSpan);

    public void Deconstruct(out string ArticleId, out TextSpan Span, out string Text, out bool IsDirectQuote, out string? SpeechVerb, out string? ViaKey,
        out TextSpan? SpeakerSpan)
    {
        ArticleId = this.ArticleId;
        Span = this.Span;
        Text = this.Text;
        IsDirectQuote = this.IsDirectQuote;
        SpeechVerb = this.SpeechVerb;
        ViaKey = this.ViaKey;
        SpeakerSpan = this.SpeakerSpan;
    }
}
