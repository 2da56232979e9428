using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Persons coordinated with a mention: "a reçu A et B", "ses homologues belge et néerlandais, A et B", "A, B et C".
/// Only names joined by a bare comma or "et" (a list of apposed names), so a new clause ("A, qui…", "A et B ont dit")
/// or a title with its own complement is never taken for one more member.
/// </summary>
internal static class CoordinatedNames
{
    /// <summary>The longest list followed (names after the first).</summary>
    private const int MaxFollowers = 6;

    /// <summary>Adds to <paramref name="result"/> the person mentions coordinated after mention <paramref name="k"/> before <paramref name="limit"/>.</summary>
    internal static void AddFollowers(AnalyzedDocument doc, SpeakerFinder finder, int k, int limit, List<int> result)
    {
        string text = doc.Text;
        int end = doc.Entities[k].Span.End;
        int added = 0;
        for (int next = k + 1; next < doc.Entities.Count && added < MaxFollowers; next++)
        {
            var m = doc.Entities[next];
            if (m.Span.Start < end) continue;
            if (m.Span.Start >= limit) break;
            var between = text.AsSpan(end, m.Span.Start - end).Trim();
            bool joined = between is "," or "et" or ", et";
            // "le président de la CGSP, A, la secrétaire de la CSC, B, et le président du SACT, C": each item a title, then its
            // name; the organizations of a title ("de la CSC") are its complements, not members of the list
            bool titled = false, lastItem = false;
            if (!joined)
            {
                int p = next;
                while (p < doc.Entities.Count && doc.Entities[p].Kind != EntityKind.Person && doc.Entities[p].Span.Start - end <= MaxItemTitle) p++;
                if (p < doc.Entities.Count && doc.Entities[p].Kind == EntityKind.Person && doc.Entities[p].Span.Start < limit
                    && TitledItem(doc, end, doc.Entities[p].Span.Start, out lastItem))
                {
                    titled = true;
                    next = p;
                    m = doc.Entities[p];
                }
            }
            if (!joined && !titled || m.Kind != EntityKind.Person || !finder.CanSpeak(next)) break;
            if (!result.Any(r => MeetingText.SameEntity(doc, r, next))) result.Add(next);
            added++;
            // a list ends at its "et"
            if (between.EndsWith("et") || titled && lastItem) break;
            end = m.Span.End;
        }
    }
    /// <summary>The longest title of a titled list item ("la secrétaire nationale de la CSC-Transcom").</summary>
    private const int MaxItemTitle = 90;

    /// <summary>
    /// ", la secrétaire nationale de la CSC, " or ", et le président du SACT, " between a listed name and the next: a comma,
    /// perhaps "et", a title opening with a definite article that the document read as a role phrase, and the comma of the
    /// apposition right before the name. <paramref name="lastItem"/> says the item opened with "et".
    /// </summary>
    private static bool TitledItem(AnalyzedDocument doc, int from, int nameStart, out bool lastItem)
    {
        lastItem = false;
        string text = doc.Text;
        var between = text.AsSpan(from, nameStart - from).Trim();
        if (between.Length < 6 || between.Length > MaxItemTitle || between[0] != ',' || between[^1] != ',') return false;
        var title = between[1..^1].Trim();
        if (title.StartsWith("et ")) { lastItem = true; title = title[3..].TrimStart(); }
        if (title.ContainsAny(",;:.()«»\"")) return false;
        if (!OpensWithDefiniteArticle(FrenchText.Lower(title))) return false;
        // every word of the title after its article lies in a role phrase or a name ("la présidente de la région affirmant
        // ensuite, X" is no title item)
        int comma = text.LastIndexOf(',', nameStart - 1);
        bool any = false;
        for (int t = doc.TokenIndexAtOrAfter(from + 1); t < doc.Tokens.Count && doc.Tokens[t].End <= comma; t++)
        {
            var tok = doc.Tokens[t];
            string w = FrenchText.Lower(text.AsSpan(tok.Start, tok.End - tok.Start));
            if (w is "," or "et" or "le" or "la" or "les" or "l'" or "l’" or "l") continue;
            bool covered = false;
            foreach (var rp in doc.RolePhrases)
                if (rp.Span.Start <= tok.Start && rp.Span.End >= tok.End) { covered = true; any = true; break; }
            if (!covered && !doc.IsInsideEntity(new TextSpan(tok.Start, tok.End))) return false;
        }
        return any;
    }

    /// <summary>
    /// "rencontrer le commandant de la 2e Division du Canada, le brigadier-général X": the person apposed to the title
    /// whose complement organization <paramref name="org"/> was taken for the object, or null. Only after one comma and a
    /// short lower-case title opening with a definite article, and when a "de" stands just before the organization.
    /// </summary>
    internal static int? ApposedPersonAfter(AnalyzedDocument doc, SpeakerFinder finder, int org, int limit)
    {
        string text = doc.Text;
        var span = doc.Entities[org].Span;
        if (doc.Entities[org].Kind != EntityKind.Organization) return null;
        int look = Math.Max(0, span.Start - ComplementReach);
        string before = " " + FrenchText.Lower(text.AsSpan(look, span.Start - look)) + " ";
        if (!before.Contains(" de ") && !before.Contains(" du ") && !before.Contains(" des ") && !before.Contains(" d'")) return null;
        for (int next = org + 1; next < doc.Entities.Count; next++)
        {
            var m = doc.Entities[next];
            if (m.Span.Start < span.End) continue;
            if (m.Span.Start >= limit || m.Span.Start - span.End > AppositionReach) return null;
            var between = text.AsSpan(span.End, m.Span.Start - span.End).Trim();
            if (between.Length == 0 || between[0] != ',') return null;
            var title = between[1..].Trim();
            if (title.ContainsAny(",;:.()«»\"")) return null;
            if (title.Length > 0 && !OpensWithDefiniteArticle(title)) return null;
            return m.Kind == EntityKind.Person && finder.CanSpeak(next) ? next : null;
        }
        return null;
    }

    private static bool OpensWithDefiniteArticle(ReadOnlySpan<char> title) =>
        title.StartsWith("le ") || title.StartsWith("la ") || title.StartsWith("l'") || title.StartsWith("l’");

    /// <summary>How far before an organization its "de" is looked for, and how far after it the apposed name may stand.</summary>
    private const int ComplementReach = 14, AppositionReach = 60;
}
