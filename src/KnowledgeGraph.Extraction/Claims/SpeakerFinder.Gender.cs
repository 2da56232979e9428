using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>Grammatical gender of a person mention, to resolve "il" / "elle" between several people.</summary>
public sealed partial class SpeakerFinder
{
    /// <summary>
    /// Grammatical gender cue of a person mention, from the words before it in its sentence: "Mme X",
    /// "la ministre …, X" → 'f'; "M. X", "le conseiller …, X" → 'm'; null when nothing says.
    /// </summary>
    public char? GenderOf(int mentionIndex) => GenderFromContext(mentionIndex) ?? GenderFromFirstName(mentionIndex) ?? GenderFromCluster(mentionIndex);

    /// <summary>Mentions of one cluster looked at for a gender cue: enough for any article, bounded for a huge one.</summary>
    private const int MaxClusterMentionsForGender = 50;

    /// <summary>"Mme Yao-Nguessan a visité …" after "…, Akissi Yao-Nguessan": a gender cue of another name mention of the same person.</summary>
    private char? GenderFromCluster(int mentionIndex)
    {
        var m = _doc.Entities[mentionIndex];
        if (m.Kind != EntityKind.Person || m.ClusterId < 0) return null;
        int looked = 0;
        foreach (int k in NameMentionsOfCluster(m.ClusterId))
        {
            if (looked >= MaxClusterMentionsForGender) break;
            if (k == mentionIndex) continue;
            looked++;
            if (GenderFromContext(k) is { } g) return g;
        }
        return null;
    }

    private Dictionary<int, List<int>>? _nameMentionsByCluster;
    private int _nameMentionsIndexed = -1;

    /// <summary>The name mentions of a cluster, in text order: grouped once per document, as a scan of every mention for every
    /// pronoun made long articles quadratic (the mentions do not change while claims and meetings are read).</summary>
    private List<int> NameMentionsOfCluster(int cluster)
    {
        if (_nameMentionsByCluster is null || _nameMentionsIndexed != _doc.Entities.Count)
        {
            var index = new Dictionary<int, List<int>>();
            for (int k = 0; k < _doc.Entities.Count; k++)
            {
                var e = _doc.Entities[k];
                if (e.Form != MentionForm.Name) continue;
                if (!index.TryGetValue(e.ClusterId, out var list)) index[e.ClusterId] = list = new List<int>();
                list.Add(k);
            }
            _nameMentionsByCluster = index;
            _nameMentionsIndexed = _doc.Entities.Count;
            _clusterFirstNameGender.Clear();
        }
        return _nameMentionsByCluster.TryGetValue(cluster, out var found) ? found : [];
    }

    /// <summary>The usual gender of the person's first name, in this mention or another mention of its cluster ("Restrepo" after "Paula Restrepo").</summary>
    private char? GenderFromFirstName(int mentionIndex)
    {
        if (_gazetteers is null) return null;
        var m = _doc.Entities[mentionIndex];
        if (m.Kind != EntityKind.Person || m.Form != MentionForm.Name) return null;
        if (FirstNameGender(m.Text) is { } g) return g;
        if (m.ClusterId < 0) return null;
        // the first name mention of the cluster whose first name has a gender (this mention's has none, so leaving it out
        // changes nothing): the same for every mention of the cluster, so found once
        var names = NameMentionsOfCluster(m.ClusterId);
        if (_clusterFirstNameGender.TryGetValue(m.ClusterId, out var known)) return known;
        char? found = null;
        foreach (int k in names)
            if (FirstNameGender(_doc.Entities[k].Text) is { } g2) { found = g2; break; }
        _clusterFirstNameGender[m.ClusterId] = found;
        return found;
    }

    private readonly Dictionary<int, char?> _clusterFirstNameGender = new();

    private char? FirstNameGender(string name)
    {
        int space = name.IndexOf(' ');
        if (space <= 0) return null;
        var first = Tokenization.TextFolding.Fold(name[..space]);
        return _gazetteers!.IsFirstName(first) ? _gazetteers.GenderOfFirstName(first) : null;
    }

    private char? GenderFromContext(int mentionIndex)
    {
        var m = _doc.Entities[mentionIndex];
        string text = _doc.Text;
        int si = _doc.SentenceIndexAt(m.Span.Start);
        int from = Math.Max(si >= 0 ? _doc.Sentences[si].Start : 0, m.Span.Start - 90);
        // the mention itself may start with its article ("la présidente de la Commission")
        string before = FrenchText.Lower(text.AsSpan(from, Math.Min(m.Span.End, text.Length) - from));
        int nameAt = m.Span.Start - from;
        string head = before[..nameAt].TrimEnd();
        if (head.EndsWith("mme") || head.EndsWith("madame")) return 'f';
        if (head.EndsWith("m.") || head.EndsWith("monsieur")) return 'm';
        if (m.Form == MentionForm.Role)
        {
            string own = before[nameAt..];
            if (own.StartsWith("la ")) return 'f';
            if (own.StartsWith("le ")) return 'm';
        }
        // "la ministre finlandaise des Affaires étrangères, X": the apposed title's article, when the title
        // fills the segment between the previous comma (or the sentence start) and the name
        if (head.EndsWith(','))
        {
            string segment = head[..^1];
            int prevComma = segment.LastIndexOf(',');
            segment = segment[(prevComma + 1)..].Trim();
            var segmentWords = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (segmentWords.Length <= 10)
            {
                // the article of the title apposed to the name: the last "le"/"la" before a title word and not governed by a
                // preposition (claim-grammar.tsv title-preposition), so that "la ministre X a reçu le maire de Dax, Y" gives Y the
                // mayor's gender and "la ministre de la Santé, Y" the minister's
                if (_gazetteers is not null)
                {
                    string? titled = null;
                    for (int k = 0; k + 1 < segmentWords.Length; k++)
                        if (segmentWords[k] is "le" or "la" && (k == 0 || !TitlePrepositions.Contains(segmentWords[k - 1]))
                            && _gazetteers.RoleWords.Contains(Tokenization.TextFolding.Fold(segmentWords[k + 1]))) titled = segmentWords[k];
                    if (titled is not null) return titled == "la" ? 'f' : 'm';
                }
                // "X, et la présidente de l'Assemblée, Y": a coordinated title keeps its article's gender
                if (segment.StartsWith("et ") || segment.StartsWith("ou ")) segment = segment[3..].TrimStart();
                if (segment.StartsWith("la ")) return 'f';
                if (segment.StartsWith("le ")) return 'm';
            }
            return null;
        }
        // "la ministre Ingrid Solberg", "le président américain X": article and up to three lower-case words
        // (the words crossed must be lower-case in the text: "la ministre de la Défense X" says nothing of X)
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var original = text.Substring(from, nameAt).TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int k = words.Length - 1; k >= 0 && k >= words.Length - 4; k--)
        {
            string w = words[k];
            if (w == "la") return 'f';
            if (w == "le") return 'm';
            if (w.Length == 0 || !char.IsLetter(w[0]) || w.Any(ch => !char.IsLetter(ch) && ch != '-')) return null;
            if (original.Length == words.Length && char.IsUpper(original[k][0])) return null;
        }
        return null;
    }
}
