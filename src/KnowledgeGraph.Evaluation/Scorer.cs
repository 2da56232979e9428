namespace KnowledgeGraph.Evaluation;

/// <summary>
/// Scores a graph against a gold standard. Matching rules (also in tests/gold/README.md):
/// <list type="bullet">
/// <item>Entities, per kind: a system entity matches a gold entity when one of its labels (rdfs:label, schema:name,
/// skos:altLabel) equals one of the gold names after <see cref="TextNormalizer.Name"/> (case, accents, punctuation,
/// a leading article). One-to-one, gold in file order, system entities in IRI order; a second system node for the
/// same gold entity is a false positive (failed identity resolution).</item>
/// <item>Posts: the holder is the system entity matched to the gold holder, and the gold role's content words are
/// all in the post's label, its alternative labels (other phrasings) or its role concept's label (or the reverse).</item>
/// <item>Meetings: dates compatible (one is a prefix of the other, or either unknown) and at least 2 gold attendees
/// among the system's (through the entity matching), or 1 when either side names a single attendee and both dates are
/// known; the best overlap wins. Two informational rows read the match more strictly: "meetings (dated)" wants the
/// system date at least as precise as the gold's and within it (an unknown date fails), "meetings (exact)" also
/// exactly the gold's attendees.</item>
/// <item>Claims with attribution: the author is the system entity matched to the gold speaker, and one of the
/// claim's texts (its text or a quotation's) shares ≥ 50% of content words with the gold text (overlap coefficient)
/// and at least 2 of them (1 when either side has only one). "claim texts" ignores the speaker (informational: the
/// ratio claims / claim texts is the attribution rate).</item>
/// <item>Cross-outlet grouping: each pair of articles in which one gold claim appears is a gold pair; each pair of
/// articles of one system claim is a system pair, correct when the claim is matched to a gold claim with that pair.</item>
/// </list>
/// </summary>
public sealed class Scorer
{
    public const double ClaimOverlapThreshold = 0.5;

    public EvaluationReport Score(GoldStandard gold, SystemGraph graph)
    {
        var misses = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var kinds = new List<KindScore>();
        var entityMatch = new Dictionary<string, string>(StringComparer.Ordinal); // gold id → system IRI
        foreach (var (kind, category, goldList) in new[]
                 {
                     ("persons", EntityCategory.Person, gold.Persons),
                     ("organizations", EntityCategory.Organization, gold.Organizations),
                     ("places", EntityCategory.Place, gold.Places),
                 })
        {
            kinds.Add(ScoreEntities(kind, goldList, graph.Entities.Where(e => e.Category == category).ToList(), entityMatch, misses));
        }
        // Speakers and attendees may be matched under another kind than the gold file says (an outlet as org or place):
        // a lookup by any kind lets posts, meetings and claims be scored on their own merits.
        kinds.Add(ScorePosts(gold, graph, entityMatch, misses));
        kinds.Add(ScoreMeetings(gold, graph, entityMatch, misses));
        // Stricter readings of a meeting match, as an outside scorer of "participants + date" may apply them: the date
        // as precise as the gold's (an unknown or coarser date fails), then also exactly the gold's attendees.
        kinds.Add(ScoreMeetings(gold, graph, entityMatch, null, MeetingStrictness.Dated));
        kinds.Add(ScoreMeetings(gold, graph, entityMatch, null, MeetingStrictness.Exact));
        var (claims, texts, grouping) = ScoreClaims(gold, graph, entityMatch, misses);
        kinds.Add(claims);
        kinds.Add(grouping);
        kinds.Add(texts);
        return new EvaluationReport(kinds, misses);
    }

    private static KindScore ScoreEntities(string kind, IReadOnlyList<GoldEntity> goldList, List<SystemEntity> system,
        Dictionary<string, string> entityMatch, SortedDictionary<string, IReadOnlyList<string>> misses)
    {
        var byName = new Dictionary<string, List<SystemEntity>>(StringComparer.Ordinal);
        foreach (var e in system)
            foreach (var name in e.Names.Select(TextNormalizer.Name).Where(n => n.Length > 0).Distinct())
            {
                if (!byName.TryGetValue(name, out var list)) byName[name] = list = new();
                list.Add(e);
            }
        var used = new HashSet<string>(StringComparer.Ordinal);
        int tp = 0, optionalMatched = 0;
        var missed = new List<string>();
        // Two passes: canonical-label matches first, so "Kremlin" the place does not take a gold alt label's match.
        var pending = new List<GoldEntity>(goldList);
        foreach (var pass in new[] { true, false })
        {
            foreach (var g in pending.ToList())
            {
                var names = (pass ? new[] { g.Label } : g.Names).Select(TextNormalizer.Name).Where(n => n.Length > 0).ToList();
                var candidate = names.SelectMany(n => byName.TryGetValue(n, out var l) ? l : Enumerable.Empty<SystemEntity>())
                    .Where(e => !used.Contains(e.Iri))
                    .OrderBy(e => names.Contains(TextNormalizer.Name(e.Label)) ? 0 : 1).ThenBy(e => e.Iri, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (candidate is null) continue;
                used.Add(candidate.Iri);
                entityMatch[g.Id] = candidate.Iri;
                pending.Remove(g);
                if (g.Optional) optionalMatched++; else tp++;
            }
        }
        missed.AddRange(pending.Where(g => !g.Optional).Select(g => "missed: " + g.Label));
        missed.AddRange(system.Where(e => !used.Contains(e.Iri)).Select(e => $"extra: {e.Label} <{e.Iri}>"));
        misses[kind] = missed;
        return new KindScore(kind, goldList.Count(g => !g.Optional), system.Count - optionalMatched, tp);
    }

    private static KindScore ScorePosts(GoldStandard gold, SystemGraph graph, Dictionary<string, string> entityMatch,
        SortedDictionary<string, IReadOnlyList<string>> misses)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        int tp = 0, optionalMatched = 0;
        var missed = new List<string>();
        foreach (var g in gold.Posts)
        {
            var role = TextNormalizer.ContentTokens(g.Role);
            var match = entityMatch.TryGetValue(g.Holder, out var holder)
                ? graph.Posts.Where(p => p.HolderIri == holder && !used.Contains(p.Iri)
                        && p.RoleTexts.Any(t => RoleMatches(role, TextNormalizer.ContentTokens(t))))
                    .OrderBy(p => p.Iri, StringComparer.Ordinal).FirstOrDefault()
                : null;
            if (match is null)
            {
                if (!g.Optional) missed.Add($"missed: {g.Holder} {g.Role}");
                continue;
            }
            used.Add(match.Iri);
            if (g.Optional) optionalMatched++; else tp++;
        }
        missed.AddRange(graph.Posts.Where(p => !used.Contains(p.Iri)).Select(p => $"extra: {string.Join(" / ", p.RoleTexts)} <{p.Iri}>"));
        misses["positions"] = missed;
        return new KindScore("positions", gold.Posts.Count(p => !p.Optional), graph.Posts.Count - optionalMatched, tp);
    }

    private static bool RoleMatches(IReadOnlyList<string> goldRole, IReadOnlyList<string> systemText)
    {
        if (goldRole.Count == 0 || systemText.Count == 0) return false;
        // "président" and "présidente" are one role: compare on a crude stem (trailing e/s dropped).
        static string Stem(string t) => t.Length > 4 ? t.TrimEnd('s').TrimEnd('e') : t;
        var g = goldRole.Select(Stem).ToHashSet(StringComparer.Ordinal);
        var s = systemText.Select(Stem).ToHashSet(StringComparer.Ordinal);
        return g.IsSubsetOf(s) || s.IsSubsetOf(g);
    }

    private enum MeetingStrictness { Compatible, Dated, Exact }

    private static KindScore ScoreMeetings(GoldStandard gold, SystemGraph graph, Dictionary<string, string> entityMatch,
        SortedDictionary<string, IReadOnlyList<string>>? misses, MeetingStrictness strictness = MeetingStrictness.Compatible)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        int tp = 0, optionalMatched = 0;
        var missed = new List<string>();
        // Required meetings pick first, so an optional one never takes the system node a required one needs.
        foreach (var g in gold.Meetings.OrderBy(m => m.Optional))
        {
            var attendees = g.Attendees.Where(entityMatch.ContainsKey).Select(a => entityMatch[a]).ToHashSet(StringComparer.Ordinal);
            var match = graph.Meetings
                .Where(m => !used.Contains(m.Iri) && (strictness == MeetingStrictness.Compatible
                    ? DatesCompatible(g.Date, m.Date)
                    : g.Date is null || (m.Date is not null && m.Date.StartsWith(g.Date, StringComparison.Ordinal))))
                .Where(m => strictness != MeetingStrictness.Exact
                    || (g.Attendees.All(entityMatch.ContainsKey) && attendees.SetEquals(m.AttendeeIris)))
                .Select(m => (Meeting: m, Shared: m.AttendeeIris.Count(attendees.Contains)))
                // Two shared attendees identify a meeting; one suffices when that is all either side names and both dates are known.
                .Where(x => x.Shared >= 2 || (x.Shared == 1 && Math.Min(g.Attendees.Count, x.Meeting.AttendeeIris.Count) == 1 && g.Date is not null && x.Meeting.Date is not null))
                .OrderByDescending(x => x.Shared).ThenByDescending(x => g.Date is not null && x.Meeting.Date == g.Date)
                .ThenBy(x => x.Meeting.Iri, StringComparer.Ordinal)
                .Select(x => x.Meeting).FirstOrDefault();
            if (match is null)
            {
                if (!g.Optional) missed.Add($"missed: {g.Id} ({string.Join(", ", g.Attendees)}; {g.Date})");
                continue;
            }
            used.Add(match.Iri);
            if (g.Optional) optionalMatched++; else tp++;
        }
        missed.AddRange(graph.Meetings.Where(m => !used.Contains(m.Iri)).Select(m => $"extra: <{m.Iri}> {m.Date}"));
        if (misses is not null) misses["meetings"] = missed;
        var kind = strictness switch
        {
            MeetingStrictness.Dated => "meetings (dated)",
            MeetingStrictness.Exact => "meetings (exact)",
            _ => "meetings",
        };
        return new KindScore(kind, gold.Meetings.Count(m => !m.Optional), graph.Meetings.Count - optionalMatched, tp,
            Informational: strictness != MeetingStrictness.Compatible);
    }

    /// <summary>Partial dates are compatible when one is a prefix of the other ("2025-12" and "2025-12-02").</summary>
    public static bool DatesCompatible(string? a, string? b) =>
        a is null || b is null || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    private static (KindScore Claims, KindScore Texts, KindScore Grouping) ScoreClaims(GoldStandard gold, SystemGraph graph,
        Dictionary<string, string> entityMatch, SortedDictionary<string, IReadOnlyList<string>> misses)
    {
        var systemTokens = graph.Claims.ToDictionary(c => c.Iri, c => c.Texts.Select(TextNormalizer.ContentTokens).ToList(), StringComparer.Ordinal);
        double Similarity(GoldClaim g, SystemClaim c)
        {
            var gt = TextNormalizer.ContentTokens(g.Text);
            double best = 0;
            foreach (var st in systemTokens[c.Iri])
            {
                int shared = TextNormalizer.Shared(gt, st);
                int needed = Math.Min(gt.Count, st.Count) <= 1 ? 1 : 2;
                if (shared >= needed) best = Math.Max(best, TextNormalizer.Overlap(gt, st));
            }
            return best;
        }

        (int Tp, int OptionalMatched, Dictionary<string, GoldClaim> Matched, List<string> Missed) Match(bool withSpeaker)
        {
            var used = new Dictionary<string, GoldClaim>(StringComparer.Ordinal);
            int tp = 0, opt = 0;
            var missed = new List<string>();
            foreach (var g in gold.Claims.OrderBy(c => c.Optional))
            {
                string? speaker = entityMatch.TryGetValue(g.Speaker, out var s) ? s : null;
                var match = graph.Claims
                    .Where(c => !used.ContainsKey(c.Iri) && (!withSpeaker || (speaker is not null && c.AuthorIri == speaker)))
                    .Select(c => (Claim: c, Score: Similarity(g, c)))
                    .Where(x => x.Score >= ClaimOverlapThreshold)
                    .OrderByDescending(x => x.Score).ThenBy(x => x.Claim.Iri, StringComparer.Ordinal)
                    .Select(x => x.Claim).FirstOrDefault();
                if (match is null)
                {
                    if (!g.Optional) missed.Add($"missed: {g.Speaker}: {g.Text}");
                    continue;
                }
                used[match.Iri] = g;
                if (g.Optional) opt++; else tp++;
            }
            missed.AddRange(graph.Claims.Where(c => !used.ContainsKey(c.Iri)).Select(c => $"extra: <{c.AuthorIri}> {c.Texts.FirstOrDefault()}"));
            return (tp, opt, used, missed);
        }

        int required = gold.Claims.Count(c => !c.Optional);
        var withSpeaker = Match(true);
        var textOnly = Match(false);
        misses["claims"] = withSpeaker.Missed;

        // Grouping: pairs of articles per claim.
        var goldArticles = gold.Articles;
        string Canon(string a) => goldArticles.FirstOrDefault(x => x == a || x.StartsWith(a + "_", StringComparison.Ordinal)) ?? a;
        static IEnumerable<(string, string)> Pairs(IEnumerable<string> articles)
        {
            var list = articles.Distinct().OrderBy(x => x, StringComparer.Ordinal).ToList();
            for (int i = 0; i < list.Count; i++)
                for (int j = i + 1; j < list.Count; j++)
                    yield return (list[i], list[j]);
        }
        var goldPairs = gold.Claims.Where(c => !c.Optional)
            .SelectMany(c => Pairs(c.Articles.Select(Canon)).Select(p => (c.Id, p.Item1, p.Item2))).ToHashSet();
        int systemPairs = 0, pairTp = 0;
        var groupingMisses = new List<string>();
        var foundPairs = new HashSet<(string, string, string)>();
        foreach (var c in graph.Claims)
        {
            var matched = withSpeaker.Matched.TryGetValue(c.Iri, out var g) ? g : textOnly.Matched.GetValueOrDefault(c.Iri);
            if (matched?.Optional == true) continue;
            foreach (var (a, b) in Pairs(c.ArticleIds))
            {
                systemPairs++;
                if (matched is not null && goldPairs.Contains((matched.Id, a, b))) { pairTp++; foundPairs.Add((matched.Id, a, b)); }
                else groupingMisses.Add($"extra pair: <{c.Iri}> {a} «{c.TextsIn(a).FirstOrDefault()}» / {b} «{c.TextsIn(b).FirstOrDefault()}»"
                    + (matched is null ? " (claim matches no gold claim)" : $" (gold {matched.Id})"));
            }
        }
        // A missed pair shows, per article, the system rendering closest to the gold text, so one can see whether the
        // two renderings were split into two claims, attributed to another speaker, or not extracted at all.
        var goldById = gold.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        string Closest(GoldClaim g, string article)
        {
            var gt = TextNormalizer.ContentTokens(g.Text);
            string? speaker = entityMatch.GetValueOrDefault(g.Speaker);
            var best = graph.Claims.Where(c => c.ArticleIds.Contains(article))
                .SelectMany(c => c.TextsIn(article).Select(t => (Claim: c, Text: t, Score: TextNormalizer.Overlap(gt, TextNormalizer.ContentTokens(t)))))
                .Where(x => x.Score > 0)
                .OrderByDescending(x => x.Claim.AuthorIri == speaker).ThenByDescending(x => x.Score)
                .ThenBy(x => x.Claim.Iri, StringComparer.Ordinal).ThenBy(x => x.Text, StringComparer.Ordinal)
                .FirstOrDefault();
            return best.Claim is null ? $"{article}: no claim" : $"{article}: <{best.Claim.Iri}> «{best.Text}»";
        }
        foreach (var (id, a, b) in goldPairs.Where(p => !foundPairs.Contains(p)).OrderBy(p => p.Item1, StringComparer.Ordinal)
                     .ThenBy(p => p.Item2, StringComparer.Ordinal).ThenBy(p => p.Item3, StringComparer.Ordinal))
        {
            var g = goldById[id];
            groupingMisses.Add($"missed pair: {id} «{g.Text}» | {Closest(g, a)} | {Closest(g, b)}");
        }
        misses["claim grouping"] = groupingMisses;
        return (
            new KindScore("claims", required, graph.Claims.Count - withSpeaker.OptionalMatched, withSpeaker.Tp),
            new KindScore("claim texts", required, graph.Claims.Count - textOnly.OptionalMatched, textOnly.Tp, Informational: true),
            new KindScore("claim grouping", goldPairs.Count, systemPairs, pairTp));
    }
}
