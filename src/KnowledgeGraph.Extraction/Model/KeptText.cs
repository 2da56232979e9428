namespace KnowledgeGraph.Extraction.Model;

/// <summary>
/// The text a result record keeps (evidence, quotation): a slice of a string, not copied, or a span of a compact
/// article text (<see cref="ArticleText"/>), decoded when read. Either way it stands for the same characters: equality
/// and hashing compare them, as they compared the string.
/// </summary>
internal readonly struct KeptText
{
    private readonly ReadOnlyMemory<char> _chars;
    private readonly ArticleText? _compact;
    private readonly int _start;
    private readonly int _length;

    public KeptText(ReadOnlyMemory<char> chars)
    {
        _chars = chars;
        _compact = null;
        _start = 0;
        _length = chars.Length;
    }

    private KeptText(ArticleText compact, int start, int length)
    {
        _chars = default;
        _compact = compact;
        _start = start;
        _length = length;
    }

    /// <summary>[start, start + length) of <paramref name="text"/>: a slice of its string, or a span of its bytes.</summary>
    public static KeptText Of(ArticleText text, int start, int length) =>
        text.IsCompact ? new KeptText(text, start, length) : new KeptText(text.String!.AsMemory(start, length));

    /// <summary>The characters (a new string when they are a part of a longer text).</summary>
    public override string ToString() => _compact is not null ? _compact.Slice(_start, _length) : TextSlice.AsString(_chars);

    public bool ContentEquals(in KeptText other) =>
        _compact is null && other._compact is null
            ? _chars.Span.SequenceEqual(other._chars.Span)
            : _length == other._length && ToString().AsSpan().SequenceEqual(other.ToString());

    public int ContentHash() => _compact is null ? string.GetHashCode(_chars.Span) : string.GetHashCode(ToString().AsSpan());
}
