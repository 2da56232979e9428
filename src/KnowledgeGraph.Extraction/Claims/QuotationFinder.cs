using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>A quotation: <see cref="Outer"/> includes the quotation marks, <see cref="Inner"/> is the quoted text (trimmed).</summary>
public sealed record Quotation(TextSpan Outer, TextSpan Inner, char OpenMark);

/// <summary>
/// Finds quotations in French text: « … » (nesting allowed; marks inside count as part of the quote),
/// “ … ”, straight double quotes paired left to right, and single quotes ' … ' / ‘ … ’ only when they
/// clearly open and close a quotation (an opening mark after a space or the start and before a letter, a
/// closing mark after a non-space and before a space or punctuation), so the apostrophes of "l'Ukraine"
/// or "aujourd'hui" never count. Quotations never cross a paragraph (line) boundary, except a « … » one left
/// open at a paragraph that ends a sentence: French typography carries it over (often reopening with «), up to
/// three paragraphs.
/// </summary>
public static class QuotationFinder
{
    public static List<Quotation> Find(string text) => Find(text, new TextSpan(0, text.Length));

    public static List<Quotation> Find(string text, TextSpan range)
    {
        var found = new List<Quotation>();
        int i = range.Start, end = Math.Min(range.End, text.Length);
        while (i < end)
        {
            char c = text[i];
            int close = -1;
            switch (c)
            {
                case '«': close = FindGuillemetClose(text, i, end); break;
                case '“': close = FindSimple(text, i + 1, end, '”'); break;
                case '"': close = FindSimple(text, i + 1, end, '"'); break;
                case '\'': case '‘':
                    if (OpensSingle(text, i, range.Start, end)) close = FindSingleClose(text, i + 1, end, c == '‘' ? '’' : '\'');
                    break;
            }
            // « … left open at the end of the text (a truncated excerpt): the quotation runs to the end
            if (close < 0 && c is '«' or '“' or '"' && end == text.Length && OpenToTheEnd(text, i, end))
            {
                var rest = Trim(text, i + 1, end);
                if (rest.Length > 0) found.Add(new Quotation(new TextSpan(i, rest.End), rest, c));
                break;
            }
            if (close > i)
            {
                var inner = Trim(text, i + 1, close);
                if (inner.Length > 0) found.Add(new Quotation(new TextSpan(i, close + 1), inner, c));
                i = close + 1;
                continue;
            }
            i++;
        }
        return found;
    }

    /// <summary>
    /// A mark opening a quotation that the text never closes: no other quotation mark and no paragraph break after it,
    /// and at least three words, so a stray mark or an inch sign does not swallow a paragraph.
    /// </summary>
    private static bool OpenToTheEnd(string text, int open, int end)
    {
        int words = 0;
        bool inWord = false;
        for (int j = open + 1; j < end; j++)
        {
            char ch = text[j];
            if (ch is '«' or '»' or '“' or '”' or '"') return false;
            if (IsLineBreak(ch) && text.AsSpan(j, end - j).Trim().Length > 0) return false;
            bool letter = char.IsLetterOrDigit(ch);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words >= 3;
    }

    private static TextSpan Trim(string text, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return new TextSpan(s, e);
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r';

    private static int FindGuillemetClose(string text, int open, int end)
    {
        int depth = 0;
        int crossed = 0;
        for (int j = open; j < end; j++)
        {
            char c = text[j];
            if (IsLineBreak(c))
            {
                // French typography carries a quotation over paragraphs: the first paragraph ends a sentence without
                // closing it, and the next one may reopen with «. Anything else is an unclosed mark.
                if (depth != 1 || ++crossed > 3 || !EndsSentence(text, open, j)) return -1;
                while (j + 1 < end && char.IsWhiteSpace(text[j + 1])) j++;
                if (j + 1 < end && text[j + 1] == '«') j++;
                continue;
            }
            if (c == '«') depth++;
            else if (c == '»' && --depth == 0) return j;
        }
        return -1;
    }

    private static bool EndsSentence(string text, int from, int lineBreak)
    {
        int p = lineBreak - 1;
        while (p > from && char.IsWhiteSpace(text[p])) p--;
        return p > from && text[p] is '.' or '!' or '?' or '…';
    }

    private static int FindSimple(string text, int from, int end, char closeMark)
    {
        for (int j = from; j < end; j++)
        {
            if (IsLineBreak(text[j])) return -1;
            if (text[j] == closeMark) return j;
        }
        return -1;
    }

    private static bool OpensSingle(string text, int i, int rangeStart, int end)
    {
        bool before = i == rangeStart || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or ':' or '«' or '"' or '—' or '–';
        bool after = i + 1 < end && (char.IsLetterOrDigit(text[i + 1]) || text[i + 1] == '(');
        return before && after;
    }

    private static int FindSingleClose(string text, int from, int end, char closeMark)
    {
        for (int j = from; j < end; j++)
        {
            char c = text[j];
            if (IsLineBreak(c)) return -1;
            if (c != closeMark && !(closeMark == '\'' && c == '’')) continue;
            bool prevOk = !char.IsWhiteSpace(text[j - 1]);
            bool nextOk = j + 1 >= end || char.IsWhiteSpace(text[j + 1]) || char.IsPunctuation(text[j + 1]) && !FrenchText.IsApostrophe(text[j + 1]);
            // an apostrophe between two letters is an elision, not a closing mark
            if (prevOk && nextOk && !(j + 1 < end && char.IsLetter(text[j + 1]))) return j;
        }
        return -1;
    }
}
