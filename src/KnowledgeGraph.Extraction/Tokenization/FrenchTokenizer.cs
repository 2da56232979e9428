using System.Globalization;
using System.Text;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tokenization;

/// <summary>
/// A single-pass French tokenizer. It knows apostrophe elision (l', d', qu', jusqu'...), keeps
/// inner hyphens and apostrophes of words ("Saint-Pétersbourg", "aujourd'hui") but splits clitic
/// inversions ("a-t-il" → "a" "-t-il"), keeps the period of abbreviations and initials ("M.", "J."),
/// and treats « » “ ” " as quote tokens. No regular expressions: one forward scan, by code point (letters of
/// every plane, combining marks inside words, emoji sequences as one symbol, invisible format characters skipped).
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

    // Span views of the sets above: the tokenizer asks them about every word, without making a string of it.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ElisionHeadSpans = ElisionHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationSpans = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleWithoutPeriodSpans = TitlesWithoutPeriod.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CliticSpans = Clitics.GetAlternateLookup<ReadOnlySpan<char>>();

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
            var kind = Classify(text, i, out int width);
            if (kind == CharClass.Invisible) { i += width; continue; }
            if (kind == CharClass.Letter)
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
            // symbols, emoji (with their modifiers, variation selectors and joined sequences), unpaired surrogates
            int start = i;
            i += width;
            while (i < n)
            {
                var next = Classify(text, i, out int w);
                if (next is CharClass.Mark or CharClass.Modifier) { i += w; continue; }
                if (next != CharClass.Joiner) break;
                i += w; // a zero-width joiner glues the next symbol to this one (👨‍👩‍👧)
                if (i < n && !char.IsWhiteSpace(text[i]) && Classify(text, i, out int joined) == CharClass.Other) i += joined;
            }
            tokens.Add(new Token(start, i, TokenKind.Symbol));
        }
    }

    private enum CharClass { Letter, Mark, Modifier, Joiner, Invisible, Other }

    /// <summary>What the code point at <paramref name="i"/> is for tokenizing, and how many UTF-16 units it takes.</summary>
    private static CharClass Classify(string text, int i, out int width)
    {
        char c = text[i];
        width = 1;
        if (c < 0x80) return char.IsAsciiLetter(c) ? CharClass.Letter : CharClass.Other;
        // Latin-1 and Latin Extended (accented French letters): no combining marks or format characters but the soft
        // hyphen live here, so the per-character category lookup of the general path is not needed
        if (c < 0x250 && c != '\u00AD') return char.IsLetter(c) ? CharClass.Letter : CharClass.Other;
        if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out width) != System.Buffers.OperationStatus.Done)
        {
            width = 1;
            return CharClass.Other;
        }
        if (rune.Value == 0x200D) return CharClass.Joiner;
        if (rune.Value == 0xFE0F || rune.Value == 0xFE0E) return CharClass.Modifier;
        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.UppercaseLetter: case UnicodeCategory.LowercaseLetter: case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter: case UnicodeCategory.OtherLetter:
                return CharClass.Letter;
            case UnicodeCategory.NonSpacingMark: case UnicodeCategory.SpacingCombiningMark: case UnicodeCategory.EnclosingMark:
                return CharClass.Mark;
            case UnicodeCategory.ModifierSymbol when rune.Value is >= 0x1F3FB and <= 0x1F3FF: // skin tones
                return CharClass.Modifier;
            case UnicodeCategory.Format:
                return c == '\u00AD' ? CharClass.Mark : CharClass.Invisible;
            default:
                return CharClass.Other;
        }
    }

    /// <summary>True when the code point at <paramref name="i"/> continues a word: a letter (any plane), a digit,
    /// a combining mark or a soft hyphen.</summary>
    private static bool ContinuesWord(string text, int i, out int width)
    {
        if (char.IsDigit(text[i])) { width = 1; return true; }
        return Classify(text, i, out width) is CharClass.Letter or CharClass.Mark;
    }

    /// <summary>
    /// Characters of an inclusive-writing mark at <paramref name="i"/> right after a word's letters: a middle dot before a
    /// lower-case letter ("·e"), or one to three lower-case letters in brackets ("(e)", "(ne)"); 0 when there is none.
    /// </summary>
    private static int InclusiveSuffixLength(string text, int i)
    {
        int n = text.Length;
        if (text[i] == '·') return i + 1 < n && char.IsLower(text[i + 1]) ? 1 : 0;
        if (text[i] != '(') return 0;
        int k = i + 1;
        while (k < n && k - i <= 3 && char.IsLower(text[k])) k++;
        return k > i + 1 && k < n && text[k] == ')' ? k + 1 - i : 0;
    }

    private static int ScanWord(string text, int start, List<Token> tokens)
    {
        int n = text.Length;
        Classify(text, start, out int first);
        int i = start + first;
        while (i < n)
        {
            char c = text[i];
            if (ContinuesWord(text, i, out int width)) { i += width; continue; }
            if (IsApostrophe(c) && i + 1 < n && char.IsLetter(text[i + 1]))
            {
                if (ElisionHeadSpans.Contains(text.AsSpan(start, i - start)))
                {
                    tokens.Add(new Token(start, i + 1, TokenKind.Elision));
                    return i + 1;
                }
                i++; // "aujourd'hui", "Côte d'Ivoire" stays "d'Ivoire"? no: only inside one word
                continue;
            }
            // inclusive writing stays one word: "étudiant·e·s", "professeur(e)s", "élu(e)"
            if (InclusiveSuffixLength(text, i) is var inclusive and > 0)
            {
                i += inclusive;
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
            if (initial || AbbreviationSpans.Contains(word))
            {
                tokens.Add(new Token(start, i + 1, TokenKind.Abbreviation));
                return i + 1;
            }
        }
        else if (TitleWithoutPeriodSpans.Contains(text.AsSpan(start, i - start)))
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
        // "Cuzon-Le Gall", "Marie-La Fontaine": a capitalised "Le"/"La" after a word not written in capitals is a surname's
        // article, not a pronoun ("DITES-LE" in a capitalised headline still is one)
        if (i < text.Length && char.IsUpper(text[i]) && i >= 2 && !char.IsUpper(text[i - 2])) return false;
        int j = i;
        while (j < text.Length && char.IsLetter(text[j])) j++;
        if (!CliticSpans.Contains(text.AsSpan(i, j - i))) return false;
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
