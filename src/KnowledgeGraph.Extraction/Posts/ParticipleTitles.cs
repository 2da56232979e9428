using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Posts;

/// <summary>
/// "La Collectivité européenne d'Alsace, présidée par X", "le syndicat présidé par Mme Y": a past participle of office (post-words
/// "participle-title": "présidé" → "président") between an organization's name and a person's name makes the person the holder of
/// that office in the organization. The title's gender is the holder's (first name or civility title), masculine when unknown.
/// </summary>
internal sealed class ParticipleTitles
{
    private readonly GazetteerSet _g;
    private readonly PostWords _w;

    public ParticipleTitles(GazetteerSet g, PostWords w)
    {
        _g = g;
        _w = w;
    }

    public IEnumerable<PostMention> Find(AnalyzedDocument doc, IReadOnlyDictionary<int, int> personAt)
    {
        var f = doc.Folded;
        var tokens = doc.Tokens;
        int n = tokens.Count;
        for (int k = 1; k + 2 < n; k++)
        {
            if (!_w.ParticipleTitles.TryGetValue(f[k], out var titles) || f[k + 1] != "par") continue;
            // the organization's name right before the participle, or before the comma that opens it
            int before = f[k - 1] == "," ? k - 2 : k - 1;
            if (before < 0 || OrganizationEndingAt(doc, before) is not { } org) continue;
            int at = k + 2;
            bool feminineCivility = f[at] is "mme" or "mme." or "mlle";
            if (_w.Honorifics.Contains(f[at])) at++;
            if (at >= n || !personAt.TryGetValue(at, out var holder)) continue;
            // "présidée par X et Y": a co-presidency is no one's post alone
            int end = doc.TokenIndexAtOrAfter(doc.Entities[holder].Span.End - 1) + 1;
            if (end < n && f[end] == "et") continue;
            bool feminine = feminineCivility || f[k + 2] != "m." && _g.GenderOfFirstName(f[at]) == 'f';
            var label = feminine ? titles.Feminine : titles.Masculine;
            if (_g.Roles.LongestMatch(new[] { TextFolding.Fold(label) }, 0, out var roles) != 1) continue;
            var role = roles[0];
            var span = new TextSpan(doc.Entities[org].Span.Start, doc.Entities[holder].Span.End);
            yield return new PostMention(span, label, role.Key, holder, org, doc.Entities[org].GazetteerKey, label)
            {
                ResolutionKey = role.ResolvesAs,
                MergeKey = role.MergeByRole ? role.ResolvesAs : role.Key,
            };
        }
    }

    private static int? OrganizationEndingAt(AnalyzedDocument doc, int token)
    {
        int end = doc.Tokens[token].End;
        // mentions are in text order: the ones that may end there start at most a few mentions before
        for (int k = doc.FirstEntityAtOrAfter(end) - 1; k >= 0 && k >= doc.FirstEntityAtOrAfter(end) - 8; k--)
        {
            var e = doc.Entities[k];
            if (e.Span.End == end && e.Kind == EntityKind.Organization && e.Form == MentionForm.Name) return k;
        }
        return null;
    }
}
