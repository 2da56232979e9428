using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Posts;

internal sealed partial class PostContext
{
    /// <summary>
    /// The last organization named before <paramref name="offset"/> whose name opens with one of <paramref name="nouns"/>, an
    /// adjective before the noun allowed ("la grande mosquée de Namur"): the body of a title that only such a body has ("la
    /// rectrice" → "l'Université de …"). Null when none is named before it: any other organization would be a guess.
    /// </summary>
    private static int? Body(AnalyzedDocument doc, int offset, string[] nouns)
    {
        int start = doc.FirstEntityAtOrAfter(offset) - 1;
        for (int k = start; k >= 0 && k > start - MentionsBack; k--)
        {
            var e = doc.Entities[k];
            if (e.Form != MentionForm.Name || e.Kind != EntityKind.Organization || e.Span.End > offset) continue;
            var words = TextFolding.Fold(e.Text).Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int i = words.Length > 1 && words[0] is "le" or "la" or "les" or "l'" ? 1 : 0;
            for (int j = i; j < words.Length && j <= i + 1; j++)
            {
                var w = words[j].StartsWith("l'", StringComparison.Ordinal) ? words[j][2..] : words[j];
                if (Array.IndexOf(nouns, w) >= 0) return k;
            }
        }
        return null;
    }
}
