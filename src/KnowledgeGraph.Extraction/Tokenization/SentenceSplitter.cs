using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tokenization;

/// <summary>
/// Splits tokens into sentences and the text into paragraphs. A sentence ends at . ! ? … (not an
/// abbreviation) followed by a capital, a quote or the end, and always at a line break. A sentence
/// does not end inside an open « » or “ ” quotation (a quoted question stays in its sentence), unless
/// the paragraph ends.
/// </summary>
public static class SentenceSplitter
{
    public static void SplitParagraphs(string text, List<TextSpan> paragraphs)
    {
        int i = 0, n = text.Length;
        while (i < n)
        {
            while (i < n && char.IsWhiteSpace(text[i])) i++;
            if (i >= n) break;
            int s = i;
            while (i < n && text[i] != '\n' && text[i] != '\r') i++;
            int e = i;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            paragraphs.Add(new TextSpan(s, e));
        }
    }

    public static void Split(string text, IReadOnlyList<Token> tokens, List<TextSpan> sentences)
    {
        if (tokens.Count == 0) return;
        int start = 0; // token index of the sentence start
        int guillemetDepth = 0;
        bool straightOpen = false;
        for (int k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            // a line break between this token and the next always ends the sentence
            bool lineBreakAfter = k + 1 < tokens.Count && HasLineBreak(text, t.End, tokens[k + 1].Start);
            if (t.Kind == TokenKind.Quote)
            {
                char q = text[t.Start];
                if (q is '«' or '“' or '„' or '‹') guillemetDepth++;
                else if (q is '»' or '”' or '›') guillemetDepth = Math.Max(0, guillemetDepth - 1);
                else if (q == '"') straightOpen = !straightOpen;
            }
            bool end = lineBreakAfter || k == tokens.Count - 1;
            if (!end && t.Kind == TokenKind.Punctuation && IsTerminal(text, t) && guillemetDepth == 0 && !straightOpen)
            {
                // absorb closing quotes / brackets right after the terminal mark
                int j = k + 1;
                while (j < tokens.Count && IsCloser(text, tokens[j]) && !HasLineBreak(text, tokens[j - 1].End, tokens[j].Start)) j++;
                if (j >= tokens.Count) { k = tokens.Count - 1; end = true; }
                else
                {
                    var next = tokens[j];
                    char nc = text[next.Start];
                    if (char.IsUpper(nc) || char.IsDigit(nc) || next.Kind == TokenKind.Quote || nc == '(' || nc == '-' || nc == '–' || nc == '—')
                    {
                        k = j - 1;
                        end = true;
                    }
                }
            }
            if (end)
            {
                sentences.Add(new TextSpan(tokens[start].Start, tokens[k].End));
                start = k + 1;
                if (lineBreakAfter) { guillemetDepth = 0; straightOpen = false; }
            }
        }
    }

    private static bool IsTerminal(string text, Token t)
    {
        char c = text[t.Start];
        return c is '.' or '!' or '?' or '…';
    }

    /// <summary>
    /// A mark that closes what the terminal ended. Not a straight double quote: a sentence ends here only when no straight quotation
    /// is open, so a '"' right after the terminal opens the next quotation (X arriva. "Non", dit-il.), and absorbing it would
    /// invert the open/closed reading of every later '"' of the paragraph.
    /// </summary>
    private static bool IsCloser(string text, Token t)
    {
        char c = text[t.Start];
        return c is '»' or '”' or ')' or ']' or '’' or '\'';
    }

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (text[i] == '\n' || text[i] == '\r') return true;
        return false;
    }
}
