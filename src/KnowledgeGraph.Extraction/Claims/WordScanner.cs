using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// Splits a stretch of text into words: maximal runs of letters and digits, with hyphens and
/// apostrophes kept when they join two letters ("a-t-il", "s'est", "aujourd'hui"). Speech verbs and
/// meeting triggers are matched on these words, independently of the pipeline tokenizer, so the
/// matchers stay pure functions of the text.
/// </summary>
public static class WordScanner
{
    public static List<TextSpan> Scan(string text, TextSpan range)
    {
        int i = range.Start, end = Math.Min(range.End, text.Length);
        // sized for the range (French prose: a word every six characters or so), not grown by copies word after word
        var words = new List<TextSpan>(Math.Max(4, (end - i) / 6));
        while (Next(text, ref i, end, out var word)) words.Add(word);
        return words;
    }

    /// <summary>The next word at or after <paramref name="i"/> and before <paramref name="end"/> (then <paramref name="i"/> is
    /// its end), or false: <see cref="Scan"/> one word at a time, for callers that need not keep the list.</summary>
    public static bool Next(string text, ref int i, int end, out TextSpan word)
    {
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int s = i;
            while (i < end)
            {
                if (char.IsLetterOrDigit(text[i])) { i++; continue; }
                if (FrenchText.IsJoiner(text[i]) && i + 1 < end && char.IsLetter(text[i + 1]) && i > s && char.IsLetter(text[i - 1])) { i++; continue; }
                break;
            }
            word = new TextSpan(s, i);
            return true;
        }
        word = default;
        return false;
    }
}
