namespace KnowledgeGraph.Extraction.Model;

/// <summary>The article and the character span that state a fact.</summary>
/// <remarks>
/// <see cref="Text"/> is kept as a slice of the string it was given (<see cref="InText"/>: the article's text), not as a
/// copy: a corpus holds an evidence per post, meeting report and relation of every article, and their copies were as
/// large as the articles' texts themselves, which the build keeps anyway until the evidence is written. Equality and
/// hashing compare the text's characters, as they compared the string.
/// </remarks>
public sealed record Evidence
{
    private readonly KeptText _text;

    public Evidence(string ArticleId, TextSpan Span, string Text)
    {
        this.ArticleId = ArticleId;
        this.Span = Span;
        _text = new KeptText(Text.AsMemory());
    }

    private Evidence(string articleId, TextSpan span, KeptText text)
    {
        ArticleId = articleId;
        Span = span;
        _text = text;
    }

    /// <summary>The evidence of <paramref name="span"/> in <paramref name="articleText"/> (the text is not copied).</summary>
    public static Evidence InText(string articleId, TextSpan span, string articleText) =>
        new(articleId, span, new KeptText(articleText.AsMemory(span.Start, span.Length)));

    /// <summary>The evidence of <paramref name="span"/> in <paramref name="articleText"/>, kept as a slice of it (a
    /// compact text is decoded only when the evidence is read).</summary>
    public static Evidence InText(string articleId, TextSpan span, ArticleText articleText) =>
        new(articleId, span, KeptText.Of(articleText, span.Start, span.Length));

    public string ArticleId { get; init; }

    public TextSpan Span { get; init; }

    /// <summary>The text of the span (a new string when it is a slice of a longer one).</summary>
    public string Text
    {
        get => _text.ToString();
        init => _text = new KeptText(value.AsMemory());
    }

    public bool Equals(Evidence? other) =>
        other is not null && ArticleId == other.ArticleId && Span.Equals(other.Span) && _text.ContentEquals(other._text);

    public override int GetHashCode() => HashCode.Combine(ArticleId, Span, _text.ContentHash());

    public void Deconstruct(out string ArticleId, out TextSpan Span, out string Text)
    {
        ArticleId = this.ArticleId;
        Span = this.Span;
        Text = this.Text;
    }
}
