using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// Renderings whose speaker is unresolved ("« … », a déclaré le ministre" where nothing ties the title to a name) are no claims
/// of their own, but one outlet's unnamed rendering of a statement that another outlet attributes is the same statement:
/// such a rendering joins the resolved speaker's claim whose rendering states the same words (<see cref="ClaimSimilarity.Score"/>
/// at least <see cref="MinUnattributedScore"/>: a paraphrase or a quoted excerpt, not a loose resemblance), within the date
/// window, when no rendering of its article is in that claim yet. The best claim wins (ties: the claim met first); the claim's
/// key, author and text stay those of its attributed renderings.
/// </summary>
public sealed partial class ClaimGrouper
{
    /// <summary>Least similarity for an unattributed rendering to join a claim (paraphrase and excerpt evidence score 0.3 and more).</summary>
    public const double MinUnattributedScore = 0.5;

    /// <summary>Tokens shared by more unattributed renderings than this find no candidates (a country, "gouvernement"): the
    /// rendering's rarer tokens find the claim.</summary>
    private const int MaxPostings = 64;

    private sealed class Unattributed
    {
        private readonly List<(AnalyzedDocument Doc, ClaimMention Mention, ClaimWording Wording)> _items = new();
        private readonly Dictionary<string, List<int>> _byToken = new(StringComparer.Ordinal);
        private readonly (double Score, Group? Group)[] _best;

        public Unattributed(List<(AnalyzedDocument Doc, ClaimMention Mention)> found, ClaimFingerprint fingerprint)
        {
            foreach (var (doc, m) in found.OrderBy(f => f.Doc.Id, StringComparer.Ordinal).ThenBy(f => f.Mention.Content.Start))
            {
                var wording = fingerprint.Analyze(doc.TextOf(m.Content));
                if (wording.Stems.Count <= ClaimSimilarity.MaxFragmentTokens) continue; // a word or two proves nothing alone
                int id = _items.Count;
                _items.Add((doc, m, wording));
                foreach (var token in wording.Stems)
                {
                    if (!_byToken.TryGetValue(token, out var list)) _byToken[token] = list = new List<int>();
                    list.Add(id);
                }
            }
            _best = new (double, Group?)[_items.Count];
        }

        public bool IsEmpty => _items.Count == 0;

        /// <summary>Compares the unattributed renderings sharing a token with the group's renderings; keeps the best group of each.</summary>
        public void Offer(Group group, List<Item> renderings)
        {
            var seen = new HashSet<int>();
            foreach (var item in renderings)
            {
                seen.Clear();
                foreach (var token in TokensOf(item))
                {
                    if (!_byToken.TryGetValue(token, out var ids) || ids.Count > MaxPostings) continue;
                    foreach (int id in ids)
                    {
                        if (!seen.Add(id)) continue;
                        var (doc, mention, wording) = _items[id];
                        if (renderings.Any(r => r.Doc.Id == doc.Id) || !DatesCompatible(item.Mention.Date, mention.Date)) continue;
                        double score = item.Wordings.Max(w => ClaimSimilarity.Score(w, wording));
                        if (score < MinUnattributedScore) continue;
                        var best = _best[id];
                        if (best.Group is null || score > best.Score || score == best.Score && group.FirstIndex < best.Group.FirstIndex)
                            _best[id] = (score, group);
                    }
                }
            }
        }

        /// <summary>Adds each placed rendering to its group's appearances (in article and offset order), one per article and group.</summary>
        public void Place()
        {
            for (int id = 0; id < _items.Count; id++)
            {
                if (_best[id].Group is not { } group) continue;
                var (doc, m, _) = _items[id];
                if (group.Appearances.Any(a => a.ArticleId == doc.Id)) continue;
                var appearance = ClaimAppearance.InText(doc.Id, m.Content, doc.Body, m.IsDirectQuote, m.SpeechVerb, null, m.SpeakerSpan);
                int at = group.Appearances.FindIndex(a =>
                    string.CompareOrdinal(a.ArticleId, doc.Id) > 0 || a.ArticleId == doc.Id && a.Span.Start > m.Content.Start);
                group.Appearances.Insert(at < 0 ? group.Appearances.Count : at, appearance);
            }
        }
    }
}
