using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Pipeline;

public enum TokenKind
{
    /// <summary>Letters, possibly with inner hyphens or apostrophes that are not elisions ("Saint-Pétersbourg", "aujourd'hui").</summary>
    Word,
    /// <summary>An elided article/pronoun with its apostrophe: "l'", "d'", "qu'", "n'", "s'", "j'", "c'", "m'", "t'", "jusqu'", "lorsqu'", "puisqu'".</summary>
    Elision,
    /// <summary>Digits, possibly with inner separators ("2025", "1,5", "10 000" is two tokens).</summary>
    Number,
    /// <summary>A known abbreviation that ends with a period ("M.", "Mme", "Dr", "etc.").</summary>
    Abbreviation,
    /// <summary>An opening or closing quotation mark: « » " “ ” ‘ ’ (when not an apostrophe) '.</summary>
    Quote,
    Punctuation,
    Symbol,
}

/// <summary>
/// A token: character offsets [Start, End) into the document text. Kept small (a struct) because a
/// document has thousands of them.
/// </summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);

    public int Length => End - Start;

    public string TextOf(string text) => text.Substring(Start, End - Start);

    public ReadOnlySpan<char> SliceOf(string text) => text.AsSpan(Start, End - Start);

    /// <summary>True when the token starts with an upper-case letter.</summary>
    public bool IsCapitalized(string text) => Length > 0 && char.IsUpper(text[Start]);
}
