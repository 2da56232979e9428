using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Rdf;

/// <summary>Character classes of the Turtle family grammars (RDF 1.1 Turtle section 6.5), on code points.</summary>
internal static class RdfChars
{
    public static bool IsPnCharsBase(int c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a'
        || (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF)
        || (c >= 0x370 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D)
        || (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF)
        || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);

    public static bool IsPnCharsU(int c) => c == '_' || IsPnCharsBase(c);

    public static bool IsPnChars(int c) =>
        IsPnCharsU(c) || c == '-' || IsDigit(c) || c == 0xB7 || (c >= 0x300 && c <= 0x36F) || c == 0x203F || c == 0x2040;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    public static bool IsHex(int c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 5;

    public static int HexValue(int c) => IsDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;

    public static bool IsAsciiLetter(int c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>Characters IRIREF excludes (besides the escape '\').</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsIriForbidden(int c) =>
        c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\';

    /// <summary>Characters PN_LOCAL_ESC allows after a backslash.</summary>
    public static bool IsLocalEscapable(int c) =>
        c is '_' or '~' or '.' or '-' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';'
            or '=' or '/' or '?' or '#' or '@' or '%';

    /// <summary>How a character is shown in an error message.</summary>
    public static string Describe(int c) => c switch
    {
        < 0 => "end of input",
        '\n' => "end of line",
        '\r' => "carriage return",
        '\t' => "tab",
        ' ' => "space",
        < 0x20 or 0x7F => $"control character U+{c:X4}",
        _ => "'" + char.ConvertFromUtf32(c is >= 0xD800 and <= 0xDFFF ? 0xFFFD : c) + "'",
    };
}
