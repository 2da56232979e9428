namespace KnowledgeGraph.Sparql.Syntax;

public enum TokenKind
{
    EndOfInput,
    /// <summary>&lt;iri&gt;: <see cref="Token.Text"/> is the IRI with escapes decoded, not yet resolved.</summary>
    IriRef,
    /// <summary>prefix: or prefix:local — <see cref="Token.Text"/> is the prefix, <see cref="Token.Local"/> the decoded local part.</summary>
    PrefixedName,
    /// <summary>_:label — Text is the label.</summary>
    BlankNodeLabel,
    /// <summary>?name or $name — Text is the name.</summary>
    Variable,
    /// <summary>@tag — Text is the tag without '@'.</summary>
    LangTag,
    Integer,
    Decimal,
    Double,
    /// <summary>Any of the four string forms; Text is the decoded value.</summary>
    String,
    /// <summary>A bare word: keyword, 'a', true/false, or built-in function name.</summary>
    Word,
    /// <summary>() with optional white space inside.</summary>
    Nil,
    /// <summary>[] with optional white space inside.</summary>
    Anon,
    /// <summary>Punctuation or operator; Text holds it.</summary>
    Symbol,
}

/// <summary>A lexical token with its 1-based position.</summary>
public readonly record struct Token(TokenKind Kind, string Text, int Line, int Column, string Local = "", bool SpaceBefore = false)
{
    public bool IsSymbol(string symbol) => Kind == TokenKind.Symbol && Text == symbol;

    public bool IsWord(string word) => Kind == TokenKind.Word && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

    public string Describe() => Kind switch
    {
        TokenKind.EndOfInput => "end of input",
        TokenKind.IriRef => "<" + Text + ">",
        TokenKind.PrefixedName => "'" + Text + ":" + Local + "'",
        TokenKind.BlankNodeLabel => "'_:" + Text + "'",
        TokenKind.Variable => "'?" + Text + "'",
        TokenKind.LangTag => "'@" + Text + "'",
        TokenKind.String => "string literal",
        TokenKind.Nil => "'()'",
        TokenKind.Anon => "'[]'",
        _ => "'" + Text + "'",
    };
}
