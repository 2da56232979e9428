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
    private readonly ReadOnlyMemory<char> _text;

    public Evidence(string ArticleId, TextSpan Span, string Text)
    {
        this.ArticleId = ArticleId;
        this.Span = Span;
        _text = Text.AsMemory();
    }

    private Evidence(string articleId, TextSpan span, ReadOnlyMemory<char> text)
    {
        ArticleId = articleId;
        Span = span;
        _text = text;
    }

    /// <summary>The evidence of <paramref name="span"/> in <paramref name="articleText"/> (the text is not copied).</summary>
    public static Evidence InText(string articleId, TextSpan span, string articleText) =>
        new(articleId, span, articleText.AsMemory(span.Start, span.Length));

    public string ArticleId { get; init; }

    public TextSpan Span { get; init; }

    /// <summary>The text of the span (a new string when it is a slice of a longer one).</summary>
    public string Text
    {
        get => TextSlice.AsString(_text);
        init => _text = value.AsMemory();
    }

    public bool Equals(Evidence? other) =>
        other is not null && ArticleId == other.ArticleId && Span.Equals(other.Span) && _text.Span.SequenceEqual(other._text.Span);

    public override int GetHashCode() => HashCode.Combine(ArticleId, Span, string.GetHashCode(_text.Span));

    public void Deconstruct(out string ArticleId, out TextSpan Span, out string Text)
    {
        ArticleId = this.ArticleId;
        Span = this.Span;
        Text = this.Text;
    }
}
