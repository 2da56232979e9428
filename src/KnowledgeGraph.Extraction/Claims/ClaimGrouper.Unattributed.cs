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
/// <para>Three kinds of evidence beyond the score: a rendering of a word or two joins when it quotes the claim's words word for
/// word and says nothing else (<see cref="ClaimSimilarity.IsQuotedExcerptOf"/>: "le feu n'était « pas encore fixé »"); a longer
/// one when the words it quotes (three or more) are the claim's, whatever the reporter adds around them ("a jugé que « les
/// négociations ne sont pas terminées », tout en réclamant …": the quotation marks say whose words they are); and an
/// unnamed rendering that resembles no attributed rendering joins through an unnamed rendering already placed (three outlets
/// where two leave the speaker unnamed: "… une île électrique au cœur de l'Europe" placed beside "… un îlot électrique au
/// milieu de l'Europe" brings "… « une île électrique » au centre du continent"), by the same evidence, in rounds until
/// none joins.</para>
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
                // a word or two proves nothing alone, unless they are quoted words of three or more (IsQuotedExcerptOf)
                if (wording.Stems.Count == 0 || wording.Stems.Count <= ClaimSimilarity.MaxFragmentTokens && wording.Excerpts.Count == 0) continue;
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
                        double score = item.Wordings.Max(w => Evidence(w, wording));
                        if (score < MinUnattributedScore) continue;
                        var best = _best[id];
                        if (best.Group is null || score > best.Score || score == best.Score && group.FirstIndex < best.Group.FirstIndex)
                            _best[id] = (score, group);
                    }
                }
            }
        }

        /// <summary>How surely an unnamed rendering states what the claim's rendering states: <see cref="ClaimSimilarity.Score"/>,
        /// or at least <see cref="MinUnattributedScore"/> for a quoted excerpt (<see cref="ClaimSimilarity.IsQuotedExcerptOf"/>) or
        /// a rendering that quotes the claim's words (<see cref="ClaimSimilarity.Quotes"/>); a rendering of a word or two counts
        /// only as such an excerpt.</summary>
        private static double Evidence(ClaimWording claim, ClaimWording unnamed)
        {
            if (ClaimSimilarity.IsQuotedExcerptOf(unnamed, claim)
                || unnamed.Stems.Count > ClaimSimilarity.MaxFragmentTokens && ClaimSimilarity.Quotes(unnamed, claim) && ClaimSimilarity.Score(claim, unnamed) > 0)
                return Math.Max(MinUnattributedScore, ClaimSimilarity.Score(claim, unnamed));
            return unnamed.Stems.Count <= ClaimSimilarity.MaxFragmentTokens ? 0 : ClaimSimilarity.Score(claim, unnamed);
        }

        /// <summary>Adds each placed rendering to its group's appearances (in article and offset order), one per article and group;
        /// then, round after round, the renderings that join through a rendering placed before.</summary>
        public void Place()
        {
            var placed = new Group?[_items.Count];
            for (int id = 0; id < _items.Count; id++)
                if (_best[id].Group is { } group && Add(group, id)) placed[id] = group;
            for (bool joined = true; joined;)
            {
                joined = false;
                // each round compares the renderings still apart with those placed in earlier rounds, then places them in order
                var found = new (double Score, Group? Group)[_items.Count];
                for (int id = 0; id < _items.Count; id++)
                {
                    if (placed[id] is not { } group) continue;
                    var (doc, mention, wording) = _items[id];
                    foreach (var token in wording.Stems)
                    {
                        if (!_byToken.TryGetValue(token, out var ids) || ids.Count > MaxPostings) continue;
                        foreach (int other in ids)
                        {
                            if (placed[other] is not null || _items[other].Doc.Id == doc.Id) continue;
                            var (otherDoc, otherMention, otherWording) = _items[other];
                            if (group.Appearances.Any(a => a.ArticleId == otherDoc.Id) || !DatesCompatible(mention.Date, otherMention.Date)) continue;
                            double score = Evidence(wording, otherWording);
                            if (score < MinUnattributedScore) continue;
                            var best = found[other];
                            if (best.Group is null || score > best.Score || score == best.Score && group.FirstIndex < best.Group.FirstIndex)
                                found[other] = (score, group);
                        }
                    }
                }
                for (int id = 0; id < _items.Count; id++)
                    if (found[id].Group is { } group && Add(group, id))
                    {
                        placed[id] = group;
                        joined = true;
                    }
            }
        }

        /// <summary>Adds the rendering to the group's appearances in article and offset order, unless its article is there already.</summary>
        private bool Add(Group group, int id)
        {
            var (doc, m, _) = _items[id];
            if (group.Appearances.Any(a => a.ArticleId == doc.Id)) return false;
            Insert(group.Appearances, ClaimAppearance.InText(doc.Id, m.Content, doc.Body, m.IsDirectQuote, m.SpeechVerb, null, m.SpeakerSpan));
            return true;
        }
    }
}
