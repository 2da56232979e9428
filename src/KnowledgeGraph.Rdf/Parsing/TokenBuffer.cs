namespace KnowledgeGraph.Rdf;

/// <summary>
/// A reusable growable char buffer for one token. Unlike StringBuilder it exposes its content
/// as a span, so cache look-ups (Dictionary alternate lookup) need no string allocation.
/// </summary>
internal sealed class TokenBuffer
{
    private char[] _chars = new char[256];

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Append(char c)
    {
        if (Length == _chars.Length) Array.Resize(ref _chars, _chars.Length * 2);
        _chars[Length++] = c;
    }

    public void Append(ReadOnlySpan<char> s)
    {
        if (Length + s.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + s.Length));
        s.CopyTo(_chars.AsSpan(Length));
        Length += s.Length;
    }

    public void AppendCodePoint(int cp)
    {
        if (cp < 0x10000) Append((char)cp);
        else
        {
            cp -= 0x10000;
            Append((char)(0xD800 + (cp >> 10)));
            Append((char)(0xDC00 + (cp & 0x3FF)));
        }
    }

    public override string ToString() => new(_chars, 0, Length);

    public string ToString(int start, int length) => new(_chars, start, length);
}
