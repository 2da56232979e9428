using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// Marks text that is not article prose so claims are not drawn from it: photo credits
/// "( AFP / NAME )" and "(Photo X)". (Boilerplate lines are removed at ingest.)
/// </summary>
public sealed class NonContentMarker : IDocumentComponent
{
    public string Name => "non-content";

    public void Process(AnalyzedDocument doc, CancellationToken ct)
    {
        string text = doc.Text;
        int i = 0;
        while ((i = text.IndexOf('(', i)) >= 0)
        {
            int close = text.IndexOf(')', i + 1);
            if (close < 0) break;
            if (close - i < 120 && IsCredit(text.AsSpan(i + 1, close - i - 1)))
                doc.NonContent.Add(new TextSpan(i, close + 1));
            i = close + 1;
        }
    }

    /// <summary>"AFP / NAME", "Photo AFP", "REUTERS/Name": an agency-like upper-case word and a slash, or a "photo" cue.</summary>
    private static bool IsCredit(ReadOnlySpan<char> inner)
    {
        var t = inner.Trim();
        if (t.StartsWith("photo", StringComparison.OrdinalIgnoreCase) || t.StartsWith("crédit", StringComparison.OrdinalIgnoreCase)) return true;
        int slash = t.IndexOf('/');
        if (slash <= 0) return false;
        var left = t[..slash].Trim();
        if (left.Length < 2) return false;
        foreach (var c in left)
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }
}
