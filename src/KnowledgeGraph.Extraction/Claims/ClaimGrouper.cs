using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// Corpus: groups claim mentions into <see cref="Claim"/> records, one per statement, with one appearance
/// per rendering. Mentions without a resolved speaker are not claims (a claim needs an author); one joins the claim of
/// a resolved speaker that another outlet renders in the same words (ClaimGrouper.Unattributed.cs). A direct quotation that
/// one outlet gives to another speaker than two outlets or more agree on joins their claim when the quoted words are the
/// same (ClaimGrouper.CrossSpeaker.cs).
/// <para>Which renderings are linked: only renderings by the same speaker (resolved entity key, compared through
/// <see cref="SpeakerNameKey"/> so that two outlets' spellings of one name meet even when resolution kept two entities; the
/// claim's author is then the canonical rendering's) with compatible
/// dates (<see cref="DatesCompatible"/>) are compared — the blocking that keeps grouping near-linear in corpus size —
/// and only when they share a content token (an inverted index per speaker finds those pairs). Two renderings are
/// linked when <see cref="ClaimSimilarity.Score"/> says they state the same claim. Two renderings in the same
/// article are linked only when one's tokens are all in the other (an article repeating or excerpting a quote).</para>
/// <para>How links become claims (transitivity handled deliberately): links are taken strongest first; a link joins
/// two groups only when (a) no article would hold two renderings of the group, except through a link inside that
/// one article — so a rendering of article A joins at most one rendering of article B, the best match first — and
/// (b) more than half of the pairs across the two groups are linked themselves, so a chain of loose paraphrases
/// (A like B, B like C, A unlike C) does not snowball into one claim: C stays a claim of its own. Quoted fragments
/// (a word or two) are left out of that count: they join through the one rendering that holds them; so are pairs in two
/// languages ("We will …" / "Nous allons …"), which join through a rendering that gives the quotation and its translation
/// (<see cref="ClaimMention.Original"/>, compared by both wordings).</para>
/// <para>Key: "claim-" + speaker key + "-" + the first 10 hex digits of SHA-256 over the canonical rendering's
/// article id and wording (folded words). The canonical rendering is the first by: a full rendering before a quoted
/// fragment of one or two words, then the earliest known date of the statement, then the smallest (article id,
/// offset). (The claim's text stays the first appearance's, as the model says.) The key depends on content only, not on file order or on the tuning of
/// the similarity (stop words, synonyms): building twice gives the same keys. Adding an article keeps every existing
/// claim's key except when the new article (a) holds a rendering of that claim that comes first by the order above
/// — it reports the statement with an earlier date, or, on the same date, its id sorts before the claim's canonical
/// article (ids grow with ingestion, so a new article normally sorts last) — or (b) links two claims that were apart
/// (the merged claim keeps one of the two keys). No key drawn from one rendering can avoid (a) and (b) in every case;
/// that would need the former keys published as aliases of the claim node. A "-2" suffix separates the rare equal
/// keys (the same words quoted twice in one article on incompatible dates).</para>
/// </summary>
public sealed partial class ClaimGrouper : ICorpusComponent
{
    /// <summary>Full dates of two renderings of one statement are at most this many days apart.</summary>
    public const int MaxDaysApart = 7;

    /// <summary>
    /// Strength of a link between a rendering and its excerpt in the same article: above fragment and excerpt
    /// evidence across outlets (<see cref="ClaimSimilarity.Score"/> at most 0.5), below paraphrases (0.75 and more).
    /// </summary>
    public const double SameArticleExcerptScore = 0.6;

    /// <summary>Two groups merge only when more than this share of the pairs across them are linked.</summary>
    public const double MinLinkedShare = 0.5;

    private readonly ClaimFingerprint _fingerprint;

    private readonly SpeakerNameKey _names;

    private readonly SpeechVerbLexicon? _verbs;

    public ClaimGrouper(ExtractionResources resources) : this(ClaimFingerprint.Load(resources), ClaimGrammar.From(resources), resources)
    {
    }

    private ClaimGrouper(ClaimFingerprint fingerprint, ClaimGrammar grammar, ExtractionResources resources) : this(fingerprint, grammar)
    {
        _verbs = SpeechVerbLexicon.FromRows(resources.Table("speech-verbs.tsv"), grammar);
    }

    /// <param name="grammar">Name particles and spellings for comparing speakers; the embedded claim-grammar.tsv when not given.</param>
    /// <remarks>Without the reporting verbs of the resources, an echo (ClaimGrouper.Echoes.cs) is read only in a sentence with a quotation.</remarks>
    public ClaimGrouper(ClaimFingerprint fingerprint, ClaimGrammar? grammar = null)
    {
        _fingerprint = fingerprint;
        _names = new SpeakerNameKey(grammar ?? ClaimGrammar.Embedded);
    }

    public string Name => "claim-grouping";

    /// <summary>An attributed rendering before its wording is made; <see cref="Index"/> is its rank in item order.</summary>
    private readonly record struct Found(int Index, AnalyzedDocument Doc, ClaimMention Mention, string SpeakerKey, string? ViaKey);

    /// <param name="Original">The wording of the foreign quotation the text translates (<see cref="ClaimMention.Original"/>), compared too.</param>
    private sealed record Item(int Index, AnalyzedDocument Doc, ClaimMention Mention, string SpeakerKey, string? ViaKey, ClaimWording Wording, string Text,
        ClaimWording? Original = null)
    {
        /// <summary>The wordings the rendering is compared by: its text's, then its original's.</summary>
        public IEnumerable<ClaimWording> Wordings => Original is null ? [Wording] : [Wording, Original];
    }

    private sealed record Group(int FirstIndex, string Key, string SpeakerKey, string Text, PartialDate? Date, List<ClaimAppearance> Appearances);

    private readonly record struct Link(int A, int B, double Score);

    /// <summary>True when two wordings by the same speaker state the same claim.</summary>
    public bool SameClaim(string a, string b) => ClaimSimilarity.SameClaim(_fingerprint.Analyze(a), _fingerprint.Analyze(b));

    /// <summary>
    /// Renderings of one statement are reported within days of each other: the days each date may stand for (a full
    /// date one day, a month-only date its whole month, a year-only date its year) come at most
    /// <see cref="MaxDaysApart"/> days apart — so "2026-03" meets "2026-04-02" (a statement of late March reported
    /// early April) but not "2026-05-20"; an unknown date is compatible.
    /// </summary>
    public static bool DatesCompatible(PartialDate? a, PartialDate? b) =>
        a is not { } x || b is not { } y || DaysCompatible(DaysOf(x), DaysOf(y));

    /// <summary><see cref="DatesCompatible"/> of two dates' day ranges (<see cref="DaysOf"/>; null for no date).</summary>
    private static bool DaysCompatible((int First, int Last)? a, (int First, int Last)? b)
    {
        if (a is not { } x || b is not { } y) return true;
        int gap = Math.Max(x.First - y.Last, y.First - x.Last);
        return gap <= MaxDaysApart;
    }

    /// <summary>First and last day number a partial date may stand for.</summary>
    private static (int First, int Last) DaysOf(PartialDate d)
    {
        if (d.ToDateOnly() is { } day) return (day.DayNumber, day.DayNumber);
        if (d.Month is { } m and >= 1 and <= 12)
        {
            var first = new DateOnly(d.Year, m, 1);
            return (first.DayNumber, first.AddMonths(1).DayNumber - 1);
        }
        var jan1 = new DateOnly(d.Year, 1, 1);
        return (jan1.DayNumber, jan1.AddYears(1).DayNumber - 1);
    }

    public DocumentLayers Reads => DocumentLayers.Entities | DocumentLayers.Claims;

    public void Process(CorpusContext corpus, CancellationToken ct)
    {
        var found = new List<Found>();
        var unattributed = new List<(AnalyzedDocument Doc, ClaimMention Mention)>();
        foreach (var doc in corpus.Documents)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var m in doc.Claims)
            {
                if (m.SpeakerMentionIndex is not { } s || KeyOf(corpus, doc, s) is not { } speaker)
                {
                    unattributed.Add((doc, m));
                    continue;
                }
                string? via = m.ViaMentionIndex is { } v ? KeyOf(corpus, doc, v) : null;
                found.Add(new Found(0, doc, m, speaker, via == speaker ? null : via));
            }
        }
        // Item order (article id, offset) fixes every later choice, so the output does not depend on input order.
        found.Sort((a, b) =>
        {
            int c = string.CompareOrdinal(a.Doc.Id, b.Doc.Id);
            return c != 0 ? c : a.Mention.Content.Start.CompareTo(b.Mention.Content.Start);
        });
        for (int i = 0; i < found.Count; i++) found[i] = found[i] with { Index = i };

        // One block per speaker, under keys that let two spellings of one name meet ("El Mansouri" / "al-Mansouri",
        // "Abdelkrim Benslimane" / "Abdelkarim Ben Slimane"): renderings sharing either key are one block. Wordings
        // are compared only within a block, so a block's texts and wordings are made when it is grouped and dropped
        // after it: the working set is the largest block's, not the corpus's (a text and a wording for every
        // attributed quotation at once was the build's peak memory at 10,000 articles and more).
        var groups = new List<Group>();
        var orphans = new Unattributed(unattributed, _fingerprint);
        var crossSpeaker = new CrossSpeaker();
        var echoes = new Echoes(corpus, _fingerprint, _names, _verbs);
        int blockIndex = 0;
        foreach (var block in SpeakerBlocks(found))
        {
            ct.ThrowIfCancellationRequested();
            var items = Items(block);
            echoes.BeginBlock(items);
            foreach (var g in Cluster(items, ct))
            {
                var group = GroupOf(g);
                crossSpeaker.Offer(groups.Count, blockIndex, g);
                groups.Add(group);
                if (!orphans.IsEmpty) orphans.Offer(group, g);
                echoes.Offer(group, g);
            }
            blockIndex++;
        }
        orphans.Place();
        var absorbed = echoes.Place(groups);
        groups = crossSpeaker.Merge(groups);
        // a claim absorbed as an echo's translation is no claim of its own (never merged across speakers: it is foreign)
        if (absorbed.Count > 0) groups.RemoveAll(absorbed.Contains);
        groups.Sort((a, b) => a.FirstIndex.CompareTo(b.FirstIndex));

        var used = new HashSet<string>(StringComparer.Ordinal);
        var claims = new List<Claim>(groups.Count);
        foreach (var g in groups)
        {
            string key = g.Key;
            for (int n = 2; !used.Add(key); n++) key = g.Key + "-" + n;
            claims.Add(new Claim(key, g.SpeakerKey, g.Text, g.Date, g.Appearances));
        }
        corpus.Claims.AddRange(claims.OrderBy(c => c.Key, StringComparer.Ordinal));
    }

    /// <summary>A block's items: each rendering's text and wording, one instance per distinct text (outlets print the
    /// same words; <see cref="ClaimFingerprint.Analyze"/> is a function of the text).</summary>
    private List<Item> Items(List<Found> block)
    {
        var byText = new Dictionary<string, (string Text, ClaimWording Wording)>(StringComparer.Ordinal);
        var items = new List<Item>(block.Count);
        foreach (var f in block)
        {
            string text = f.Doc.TextOf(f.Mention.Content);
            if (!byText.TryGetValue(text, out var analysed)) byText[text] = analysed = (text, _fingerprint.Analyze(text));
            // "« We will not … » (« Nous ne … »)": another outlet may quote the original words, or translate them otherwise
            ClaimWording? original = f.Mention.Original is { } o ? _fingerprint.Analyze(f.Doc.TextOf(o)) : null;
            items.Add(new Item(f.Index, f.Doc, f.Mention, f.SpeakerKey, f.ViaKey, analysed.Wording, analysed.Text, original));
        }
        return items;
    }

    /// <summary>What a claim keeps of its group once the block's wordings are dropped; <see cref="Group.Key"/> before
    /// the "-2" suffix of equal keys, which follows the order of the groups' first items over the whole corpus.</summary>
    private static Group GroupOf(List<Item> g)
    {
        var canonical = Canonical(g);
        var appearances = g.Select(i => ClaimAppearance.InText(i.Doc.Id, i.Mention.Content, i.Doc.Body, i.Mention.IsDirectQuote,
            i.Mention.SpeechVerb, i.ViaKey, i.Mention.SpeakerSpan)).ToList();
        PartialDate? date = g.Select(i => i.Mention.Date).Where(d => d is not null).Select(d => d!.Value)
            .OrderBy(d => d.IsFullDate ? 0 : 1).ThenBy(d => d).Cast<PartialDate?>().FirstOrDefault();
        // the text stays the first appearance's (the model's contract); only the key follows the canonical rendering
        return new Group(g[0].Index, Key(canonical), canonical.SpeakerKey, g[0].Text, date, appearances);
    }

    /// <summary>Renderings whose speakers share the name key or the name skeleton (<see cref="SpeakerNameKey"/>), in item order;
    /// blocks in the order of their first item. Linear: one dictionary of keys and a union-find over items.</summary>
    private List<List<Found>> SpeakerBlocks(List<Found> items)
    {
        var root = Enumerable.Range(0, items.Count).ToArray();
        int Find(int x)
        {
            while (root[x] != x) x = root[x] = root[root[x]];
            return x;
        }
        var firstWithKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var keysOfSpeaker = new Dictionary<string, (string Key, string? Skeleton)>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!keysOfSpeaker.TryGetValue(item.SpeakerKey, out var keys))
                keysOfSpeaker[item.SpeakerKey] = keys = (_names.Of(item.SpeakerKey), _names.Skeleton(item.SpeakerKey));
            foreach (var key in new[] { "k:" + keys.Key, keys.Skeleton is null ? null : "s:" + keys.Skeleton })
            {
                if (key is null) continue;
                if (!firstWithKey.TryGetValue(key, out int first)) firstWithKey[key] = item.Index;
                else
                {
                    int a = Find(first), b = Find(item.Index);
                    if (a != b) root[Math.Max(a, b)] = Math.Min(a, b);
                }
            }
        }
        var blocks = new Dictionary<int, List<Found>>();
        var order = new List<int>();
        foreach (var item in items)
        {
            int r = Find(item.Index);
            if (!blocks.TryGetValue(r, out var list)) { blocks[r] = list = new List<Found>(); order.Add(r); }
            list.Add(item);
        }
        return order.Select(r => blocks[r]).ToList();
    }

    /// <summary>One speaker's renderings (in item order) → groups, each in item order.</summary>
    private static List<List<Item>> Cluster(List<Item> block, CancellationToken ct)
    {
        var links = FindLinks(block, ct);
        var linked = new HashSet<(int, int)>(links.Select(l => (l.A, l.B)));
        // union by groups: member lists and article sets per root
        var root = Enumerable.Range(0, block.Count).ToArray();
        var members = block.Select((_, i) => new List<int> { i }).ToArray();
        var articles = block.Select(i => new HashSet<string>(StringComparer.Ordinal) { i.Doc.Id }).ToArray();
        var refused = new HashSet<(int, int, int, int)>();
        int Find(int x)
        {
            while (root[x] != x) x = root[x] = root[root[x]];
            return x;
        }
        foreach (var link in links)
        {
            int ra = Find(link.A), rb = Find(link.B);
            if (ra == rb) continue;
            string? inside = block[link.A].Doc.Id == block[link.B].Doc.Id ? block[link.A].Doc.Id : null;
            // Groups only grow, so a refused pair of groups stays refused until one of them changes: remembering the
            // verdict (with both sizes) keeps a speaker's thousands of links between two large groups from re-counting
            // the same pairs every time (the cost was cubic on a multi-megabyte article quoting one person throughout).
            var state = (Math.Min(ra, rb), Math.Max(ra, rb), members[Math.Min(ra, rb)].Count, members[Math.Max(ra, rb)].Count);
            if (refused.Contains(state)) continue;
            bool conflict = articles[ra].Any(a => articles[rb].Contains(a) && a != inside);
            if (conflict || !Supported(members[ra], members[rb], block, linked))
            {
                refused.Add(state);
                continue;
            }
            var (keep, drop) = ra < rb ? (ra, rb) : (rb, ra);
            root[drop] = keep;
            members[keep].AddRange(members[drop]);
            articles[keep].UnionWith(articles[drop]);
            members[drop] = [];
        }
        var result = new List<List<Item>>();
        for (int i = 0; i < block.Count; i++)
            if (Find(i) == i) result.Add(members[i].Order().Select(k => block[k]).ToList());
        return result;
    }

    /// <summary>
    /// More than half of the pairs across the two groups are linked, or at least resemble each other
    /// (<see cref="ClaimSimilarity.Resembles"/>). Quoted fragments (a word or two) are left out of
    /// the count: a fragment is an excerpt of one rendering and cannot be expected to resemble the others.
    /// </summary>
    private static bool Supported(List<int> a, List<int> b, List<Item> block, HashSet<(int, int)> linked)
    {
        var fullA = a.Where(i => !IsFragment(block[i])).ToList();
        var fullB = b.Where(i => !IsFragment(block[i])).ToList();
        if (fullA.Count == 0 || fullB.Count == 0) return true; // a fragment (or fragments) joining through its link
        int pairs = 0, hits = 0;
        foreach (var x in fullA)
            foreach (var y in fullB)
            {
                // "We will stand by …" beside "Nous resterons aux côtés …": two languages share no words to compare; such a pair
                // joins through a rendering that gives both (a quotation and its translation) and is left out of the count
                if (!SameLanguage(block[x], block[y])) continue;
                pairs++;
                if (linked.Contains(x < y ? (x, y) : (y, x))
                    || block[x].Wordings.Any(p => block[y].Wordings.Any(q => ClaimSimilarity.Resembles(p, q)))) hits++;
            }
        return pairs == 0 || hits > MinLinkedShare * pairs;
    }

    /// <summary>Some wording of each rendering is in the same language (French, or foreign) as some wording of the other.</summary>
    private static bool SameLanguage(Item x, Item y) => x.Wordings.Any(p => y.Wordings.Any(q => p.Foreign == q.Foreign));

    private static bool IsFragment(Item item) => item.Wording.Stems.Count <= ClaimSimilarity.MaxFragmentTokens;

    /// <summary>
    /// Links between a speaker's renderings, strongest first. Renderings with a full date are swept in date order
    /// with a window of <see cref="MaxDaysApart"/> days, so a rendering meets only the few of the same week; within
    /// the window an inverted index over tokens yields the renderings sharing a token. Renderings without a full date
    /// (rare) meet every rendering of the speaker through a second index. Distinct wordings are scored once (many
    /// outlets print the same words).
    /// </summary>
    private static List<Link> FindLinks(List<Item> block, CancellationToken ct)
    {
        var wordingIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var wordings = new List<ClaimWording>();
        var wordingOf = new int[block.Count][];
        for (int i = 0; i < block.Count; i++)
        {
            var ids = new List<int>(1);
            foreach (var w in block[i].Wordings)
            {
                if (!wordingIds.TryGetValue(w.Signature, out int id))
                {
                    wordingIds[w.Signature] = id = wordingIds.Count;
                    wordings.Add(w);
                }
                ids.Add(id);
            }
            wordingOf[i] = ids.ToArray();
        }
        var scores = new Dictionary<(int, int), (double Score, bool Excerpt)>();
        (double Score, bool Excerpt) PairScore(int p, int q)
        {
            if (p == q) return (wordings[p].Stems.Count > 0 ? 1.0 : 0, true);
            var k = p < q ? (p, q) : (q, p);
            if (!scores.TryGetValue(k, out var r))
            {
                var (a, b) = (wordings[p], wordings[q]);
                double score = ClaimSimilarity.Score(a, b);
                scores[k] = r = (score, score > 0 && ClaimFingerprint.Containment(a.Stems, b.Stems) >= 1);
            }
            return r;
        }
        // the best of the renderings' wordings (a translated quotation is compared by its translation and by its original)
        (double Score, bool Excerpt) ScoreOf(int i, int j)
        {
            var best = (Score: 0.0, Excerpt: false);
            foreach (int p in wordingOf[i])
                foreach (int q in wordingOf[j])
                    if (PairScore(p, q) is var r && (r.Score > best.Score || r.Score == best.Score && r.Excerpt && !best.Excerpt)) best = r;
            return best;
        }

        var links = new List<Link>();
        void Consider(int i, int j)
        {
            int lo = Math.Min(i, j), hi = Math.Max(i, j);
            var (score, excerpt) = ScoreOf(lo, hi);
            if (score <= 0) return;
            if (!DatesCompatible(block[lo].Mention.Date, block[hi].Mention.Date)) return;
            if (block[lo].Doc.Id == block[hi].Doc.Id)
            {
                if (!excerpt) return;
                // an article repeating its own quote is surer than any other outlet's resemblance of a fragment
                score = Math.Max(score, SameArticleExcerptScore);
            }
            links.Add(new Link(lo, hi, score));
        }

        var days = block.Select(item => item.Mention.Date is { } d && d.ToDateOnly() is { } day ? day.DayNumber : (int?)null).ToArray();
        var dated = Enumerable.Range(0, block.Count).Where(i => days[i] is not null).OrderBy(i => days[i]!.Value).ThenBy(i => i).ToList();
        var undated = Enumerable.Range(0, block.Count).Where(i => days[i] is null).ToList();

        // Sweep: postings hold dated renderings in date order; entries older than the window are dropped from the front.
        var window = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        var seen = new HashSet<int>();
        foreach (var i in dated)
        {
            ct.ThrowIfCancellationRequested();
            int day = days[i]!.Value;
            seen.Clear();
            foreach (var token in TokensOf(block[i]))
            {
                if (!window.TryGetValue(token, out var postings)) window[token] = postings = new Queue<int>();
                while (postings.Count > 0 && days[postings.Peek()]!.Value < day - MaxDaysApart) postings.Dequeue();
                foreach (var j in postings) if (seen.Add(j)) Consider(j, i);
                postings.Enqueue(i);
            }
        }
        // Renderings without a full date meet every other rendering that shares a token.
        if (undated.Count > 0)
        {
            var all = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int i = 0; i < block.Count; i++)
                foreach (var token in TokensOf(block[i]))
                {
                    if (!all.TryGetValue(token, out var list)) all[token] = list = new List<int>();
                    list.Add(i);
                }
            var undatedSet = new HashSet<int>(undated);
            foreach (var i in undated)
            {
                ct.ThrowIfCancellationRequested();
                seen.Clear();
                foreach (var token in TokensOf(block[i]))
                    foreach (var j in all[token])
                        // a pair of two undated renderings is considered once, from its first member
                        if (j != i && (!undatedSet.Contains(j) || j > i) && seen.Add(j)) Consider(i, j);
            }
        }
        // Strongest first; block-local indices follow item order, so ties break the same way on every run.
        links.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        return links;
    }

    /// <summary>The distinct content tokens of all the rendering's wordings (one posting per token and rendering).</summary>
    private static IEnumerable<string> TokensOf(Item item) =>
        item.Original is null ? item.Wording.Stems : item.Wording.Stems.Union(item.Original.Stems, StringComparer.Ordinal);

    private static Item Canonical(List<Item> group) => group
        .OrderBy(i => IsFragment(i) ? 1 : 0)
        .ThenBy(i => i.Mention.Date is null ? 1 : 0).ThenBy(i => i.Mention.Date ?? default)
        .ThenBy(i => i.Index).First();

    private static string Key(Item canonical)
    {
        string basis = canonical.Doc.Id + "\n" + string.Join(' ', Words(FrenchText.Fold(canonical.Text)));
        string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(basis)))[..10].ToLowerInvariant();
        return "claim-" + canonical.SpeakerKey + "-" + hash;
    }

    private static IEnumerable<string> Words(string folded) => ClaimFingerprint.Words(folded);

    private static string? KeyOf(CorpusContext corpus, AnalyzedDocument doc, int mentionIndex)
    {
        if (corpus.EntityKeyOf(doc.Index, mentionIndex) is { } key) return key;
        int cluster = doc.Entities[mentionIndex].ClusterId;
        if (cluster < 0) return null;
        for (int k = 0; k < doc.Entities.Count; k++)
            if (doc.Entities[k].ClusterId == cluster && corpus.EntityKeyOf(doc.Index, k) is { } other) return other;
        return null;
    }
}
