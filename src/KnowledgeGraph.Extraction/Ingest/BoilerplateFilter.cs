using System.Text;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// Drops short boilerplate lines (newsletter sign-ups, privacy notices, sharing widgets) from plain text.
/// Cue phrases come from Resources/boilerplate-fr.tsv. Only lines shorter than <see cref="MaxLineLength"/>
/// are candidates, so an article paragraph that merely mentions a newsletter is kept.
/// </summary>
public sealed class BoilerplateFilter
{
    public const int MaxLineLength = 250;
    private readonly string[] _cues;
    private readonly HashSet<string> _wholeLines;

    public BoilerplateFilter(ExtractionResources resources)
    {
        var lines = resources.Lines("boilerplate-fr.tsv").Select(l => TextFolding.Fold(l.Trim())).Where(l => l.Length > 0).ToList();
        _cues = lines.Where(l => l[0] != '=').ToArray();
        _wholeLines = lines.Where(l => l[0] == '=').Select(l => l[1..].Trim()).ToHashSet(StringComparer.Ordinal);
    }

    public bool IsBoilerplate(string line)
    {
        if (line.Length >= MaxLineLength) return false;
        // French typography puts a no-break space (or a narrow one) before ":" and inside guillemets: "Lire aussi\u00A0:"
        var folded = NormalizeSpaces(TextFolding.Fold(line));
        if (_wholeLines.Contains(folded.Trim())) return true;
        foreach (var cue in _cues)
            if (folded.Contains(cue, StringComparison.Ordinal)) return true;
        return false;
    }

    private static string NormalizeSpaces(string folded)
    {
        if (folded.AsSpan().IndexOfAny('\u00A0', '\u202F', '\u2009') < 0) return folded;
        return folded.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\u2009', ' ');
    }

    /// <summary>The text without boilerplate lines; line breaks of kept lines are preserved.</summary>
    public string Clean(string text)
    {
        if (text.Length == 0) return text;
        var sb = new StringBuilder(text.Length);
        int i = 0;
        bool removedAny = false;
        while (i < text.Length)
        {
            int nl = text.IndexOf('\n', i);
            int end = nl < 0 ? text.Length : nl + 1;
            var line = text.AsSpan(i, end - i).TrimEnd("\r\n").ToString();
            if (line.Length > 0 && IsBoilerplate(line)) removedAny = true;
            else sb.Append(text, i, end - i);
            i = end;
        }
        return removedAny ? sb.ToString().TrimStart('\r', '\n') : text;
    }
}
