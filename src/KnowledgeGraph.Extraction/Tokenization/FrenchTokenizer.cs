using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tokenization;

/// <summary>
/// A single-pass French tokenizer. It knows apostrophe elision (l', d', qu', jusqu'...), keeps
/// inner hyphens and apostrophes of words ("Saint-Pétersbourg", "aujourd'hui") but splits clitic
/// inversions ("a-t-il" → "a" "-t-il"), keeps the period of abbreviations and initials ("M.", "J."),
/// and treats « » “ ” " as quote tokens. No regular expressions: one forward scan.
/// </summary>
public static class FrenchTokenizer
{
    private static readonly HashSet<string> ElisionHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    };

    // Words that take the abbreviation period. Single capitals (initials) are handled separately.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "etc", "cf", "av", "apr", "J.-C",
        "env", "n°", "No", "vol", "p", "pp", "éd", "art", "ex", "Gén", "Gal", "Col", "Cdt", "Lt", "Sgt",
    };

    // Titles written without a period in French typography ("Mme Dupont", "Dr Martin").
    private static readonly HashSet<string> TitlesWithoutPeriod = new(StringComparer.Ordinal)
    {
        "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr",
    };

    private static readonly HashSet<string> Clitics = new(StringComparer.OrdinalIgnoreCase)
    {
        "t", "il", "elle", "ils", "elles", "on", "je", "tu", "nous", "vous", "le", "la", "les", "lui", "moi", "toi", "y", "en", "ce", "leur",
    };

    public static bool IsApostrophe(char c) => c == '\'' || c == '’' || c == 'ʼ';

    public static bool IsQuoteChar(char c) => c is '«' or '»' or '“' or '”' or '"' or '„' or '‹' or '›' or '‟';

    public static bool IsHyphen(char c) => c is '-' or '‑' or '‐';

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        Tokenize(text, tokens);
        return tokens;
    }

    public static void Tokenize(string text, List<Token> tokens)
    {
        int i = 0, n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsLetter(c))
            {
                i = ScanWord(text, i, tokens);
                continue;
            }
            if (char.IsDigit(c))
            {
                int s = i;
                i++;
                while (i < n)
                {
                    if (char.IsDigit(text[i])) { i++; continue; }
                    if ((text[i] == ',' || text[i] == '.') && i + 1 < n && char.IsDigit(text[i + 1])) { i += 2; continue; }
                    break;
                }
                // ordinals and units glued to digits: "1er", "2e", "3ème", "10h30"
                while (i < n && char.IsLetterOrDigit(text[i])) i++;
                tokens.Add(new Token(s, i, TokenKind.Number));
                continue;
            }
            if (IsQuoteChar(c)) { tokens.Add(new Token(i, i + 1, TokenKind.Quote)); i++; continue; }
            if (IsApostrophe(c)) { tokens.Add(new Token(i, i + 1, TokenKind.Quote)); i++; continue; }
            if (c == '.' && i + 2 < n && text[i + 1] == '.' && text[i + 2] == '.')
            {
                tokens.Add(new Token(i, i + 3, TokenKind.Punctuation)); i += 3; continue;
            }
            if (IsHyphen(c) && i + 1 < n && char.IsLetter(text[i + 1]) && tokens.Count > 0 && tokens[^1].End == i && tokens[^1].Kind == TokenKind.Word)
            {
                // "-t-il" glued to a verb that ScanWord stopped at: keep the clitic chain as one token.
                int s = i;
                i = ScanCliticChain(text, i);
                tokens.Add(new Token(s, i, TokenKind.Word));
                continue;
            }
            if (char.IsPunctuation(c))
            {
                tokens.Add(new Token(i, i + 1, TokenKind.Punctuation)); i++; continue;
            }
            // surrogate pairs and other symbols
            int len = char.IsHighSurrogate(c) && i + 1 < n ? 2 : 1;
            tokens.Add(new Token(i, i + len, TokenKind.Symbol));
            i += len;
        }
    }

    private static int ScanWord(string text, int start, List<Token> tokens)
    {
        int n = text.Length;
        int i = start + 1;
        while (i < n)
        {
            char c = text[i];
            if (char.IsLetter(c) || char.IsDigit(c) || c == '\u00AD') { i++; continue; }
            if (IsApostrophe(c) && i + 1 < n && char.IsLetter(text[i + 1]))
            {
                if (ElisionHeads.Contains(text.AsSpan(start, i - start).ToString()))
                {
                    tokens.Add(new Token(start, i + 1, TokenKind.Elision));
                    return i + 1;
                }
                i++; // "aujourd'hui", "Côte d'Ivoire" stays "d'Ivoire"? no: only inside one word
                continue;
            }
            if (IsHyphen(c) && i + 1 < n && char.IsLetter(text[i + 1]))
            {
                if (IsCliticAt(text, i + 1)) break;
                i++;
                continue;
            }
            break;
        }
        // abbreviation period: "M.", "Mme.", initials "J."
        if (i < n && text[i] == '.')
        {
            var word = text.AsSpan(start, i - start);
            bool initial = word.Length == 1 && char.IsUpper(word[0]);
            if (initial || Abbreviations.Contains(word.ToString()))
            {
                tokens.Add(new Token(start, i + 1, TokenKind.Abbreviation));
                return i + 1;
            }
        }
        else if (TitlesWithoutPeriod.Contains(text.AsSpan(start, i - start).ToString()))
        {
            tokens.Add(new Token(start, i, TokenKind.Abbreviation));
            return i;
        }
        tokens.Add(new Token(start, i, TokenKind.Word));
        return i;
    }

    /// <summary>True when text at <paramref name="i"/> begins a clitic that ends at a word boundary ("t-il", "il", "elle").</summary>
    private static bool IsCliticAt(string text, int i)
    {
        int j = i;
        while (j < text.Length && char.IsLetter(text[j])) j++;
        if (!Clitics.Contains(text.AsSpan(i, j - i).ToString())) return false;
        // "-t-" must be followed by another clitic; others must end the word
        if (j < text.Length && IsHyphen(text[j])) return IsCliticAt(text, j + 1);
        return j >= text.Length || !char.IsLetterOrDigit(text[j]);
    }

    private static int ScanCliticChain(string text, int i)
    {
        while (i < text.Length && IsHyphen(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsLetter(text[i])) i++;
        }
        return i;
    }
}
