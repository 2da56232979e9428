using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>Small text helpers shared by the claim and meeting extractors (pure functions).</summary>
public static class FrenchText
{
    /// <summary>True for the characters that join two letters into one word: hyphen and apostrophes.</summary>
    public static bool IsJoiner(char c) => c is '-' or '\'' or '’' or '\u2011';

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    /// <summary>Lower case with typographic apostrophes turned into straight ones, accents kept: the string itself
    /// when it is so already (most words of a text; callers lower a word they just cut out of the text).</summary>
    public static string Lower(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        foreach (char c in s)
            if (IsApostrophe(c) ? c != '\'' : Tokenization.InvariantCase.ToLower(c) != c) return Lower(s.AsSpan());
        return s;
    }

    /// <summary>Lower case with typographic apostrophes turned into straight ones, accents kept.</summary>
    public static string Lower(ReadOnlySpan<char> s)
    {
        // one allocation: this runs on most words of every article
        if (s.Length == 0) return "";
        Span<char> buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        LowerInto(s, buffer);
        return new string(buffer);
    }

    /// <summary>Writes <see cref="Lower(ReadOnlySpan{char})"/> of <paramref name="s"/> into <paramref name="destination"/> (same length).</summary>
    public static void LowerInto(ReadOnlySpan<char> s, Span<char> destination)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            destination[i] = IsApostrophe(c) ? '\'' : Tokenization.InvariantCase.ToLower(c);
        }
    }

    /// <summary>Lower case, accents removed (é → e, œ → oe), apostrophes straight: for comparisons only. The one
    /// folding function of the language layer (by code point, never throws).</summary>
    public static string Fold(ReadOnlySpan<char> s) => Tokenization.TextFolding.Fold(s);
}
