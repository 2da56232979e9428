using System.Text;

namespace KnowledgeGraph.Extraction.Model;

/// <summary>
/// An article's text as corpus resolution and the result records keep it: as one Latin-1 byte per character when every
/// character fits (French news without curly apostrophes, ligatures or dashes: half the size of a string), else the
/// string itself. A slice is decoded when it is read; offsets are those of the string (UTF-16).
/// </summary>
public sealed class ArticleText
{
    private readonly string? _string;
    private readonly byte[]? _latin1;

    private ArticleText(string? text, byte[]? latin1)
    {
        _string = text;
        _latin1 = latin1;
    }

    /// <summary>The text kept as it is (a string).</summary>
    public static ArticleText Of(string text) => new(text, null);

    /// <summary>The text in one byte per character when every character is below U+0100, else null.</summary>
    public static ArticleText? CompactOrNull(string text)
    {
        if (text.AsSpan().IndexOfAnyExceptInRange('\0', '\u00FF') >= 0) return null;
        return new ArticleText(null, Encoding.Latin1.GetBytes(text));
    }

    /// <summary>True when the text is kept in one byte per character.</summary>
    public bool IsCompact => _latin1 is not null;

    /// <summary>The text as a string when it is kept as one (not compact), else null.</summary>
    public string? String => _string;

    public int Length => _latin1?.Length ?? _string!.Length;

    /// <summary>The character at a UTF-16 offset, read in place (a Latin-1 byte is its own code point): corpus components
    /// that look at a few characters around a mention need not decode the whole text.</summary>
    public char this[int index] => _latin1 is not null ? (char)_latin1[index] : _string![index];

    /// <summary>The characters of [start, start + length), as a new string when the text is compact.</summary>
    public string Slice(int start, int length) =>
        _latin1 is not null ? Encoding.Latin1.GetString(_latin1, start, length)
        : start == 0 && length == _string!.Length ? _string : _string!.Substring(start, length);

    /// <summary>The whole text (a new string when it is compact).</summary>
    public override string ToString() => _latin1 is not null ? Encoding.Latin1.GetString(_latin1) : _string!;
}
