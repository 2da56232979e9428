using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// Corpus: groups claim mentions into <see cref="Claim"/> records, one per statement, with one appearance
/// per rendering. Two renderings are the same claim when they have the same speaker (resolved entity key)
/// and their content-stem sets (<see cref="ClaimFingerprint"/>) have a Dice similarity of at least
/// <see cref="SimilarityThreshold"/> with at least <see cref="MinShared"/> shared stems, or one is nearly
/// contained in the other (a quoted fragment of a longer rendering). Thresholds were tuned on invented
/// pairs: paraphrases of one statement score 0.6–0.8, different statements by the same speaker on the
/// same topic 0.2–0.35 (see ClaimGrouperTests).
/// <para>Key: "claim-" + speaker key + the first 10 hex digits of SHA-256 over the sorted content stems of
/// the canonical appearance, the one with the smallest (article id, offset). The key depends on content
/// only, not on file order; adding an article changes a claim's key only when that article holds an
/// earlier rendering of the same claim (ids sort before the existing ones).</para>
/// Mentions without a resolved speaker are not claims (a claim needs an author).
/// </summary>
public sealed class ClaimGrouper : ICorpusComponent
{
    public const double SimilarityThreshold = 0.5;
    public const int MinShared = 2;
    public const double ContainmentThreshold = 0.8;
    public const int MinSharedForContainment = 3;

    private readonly ClaimFingerprint _fingerprint;

    public ClaimGrouper(ExtractionResources resources) : this(ClaimFingerprint.Load(resources))
    {
    }

    public ClaimGrouper(ClaimFingerprint fingerprint) => _fingerprint = fingerprint;

    public string Name => "claim-grouping";

    private sealed record Item(AnalyzedDocument Doc, ClaimMention Mention, string SpeakerKey, string? ViaKey, SortedSet<string> Stems, string Text);

    /// <summary>True when two wordings by the same speaker state the same claim.</summary>
    public bool SameClaim(string a, string b) => SameClaim(_fingerprint.Stems(a), _fingerprint.Stems(b));

    private static bool SameClaim(SortedSet<string> a, SortedSet<string> b)
    {
        int shared = ClaimFingerprint.Shared(a, b);
        if (shared >= MinShared && ClaimFingerprint.Similarity(a, b) >= SimilarityThreshold) return true;
        return shared >= MinSharedForContainment && ClaimFingerprint.Containment(a, b) >= ContainmentThreshold;
    }

    /// <summary>
    /// Renderings of one statement are reported within days of each other: full dates at most
    /// <see cref="MaxDaysApart"/> days apart, partial dates overlapping; an unknown date is compatible.
    /// </summary>
    public static bool DatesCompatible(PartialDate? a, PartialDate? b)
    {
        if (a is not { } x || b is not { } y) return true;
        if (x.ToDateOnly() is { } dx && y.ToDateOnly() is { } dy) return Math.Abs(dx.DayNumber - dy.DayNumber) <= MaxDaysApart;
        if (x.Year != y.Year) return false;
        return x.Month is null || y.Month is null || x.Month == y.Month;
    }

    public const int MaxDaysApart = 7;

    public void Process(CorpusContext corpus, CancellationToken ct)
    {
        var items = new List<Item>();
        foreach (var doc in corpus.Documents)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var m in doc.Claims.OrderBy(c => c.Content.Start))
            {
                if (m.SpeakerMentionIndex is not { } s || KeyOf(corpus, doc, s) is not { } speaker) continue;
                string? via = m.ViaMentionIndex is { } v ? KeyOf(corpus, doc, v) : null;
                if (via == speaker) via = null;
                string text = doc.TextOf(m.Content);
                items.Add(new Item(doc, m, speaker, via, _fingerprint.Stems(text), text));
            }
        }
        items.Sort((a, b) =>
        {
            int c = string.CompareOrdinal(a.Doc.Id, b.Doc.Id);
            return c != 0 ? c : a.Mention.Content.Start.CompareTo(b.Mention.Content.Start);
        });

        var groups = new List<Group>();
        var bySpeaker = new Dictionary<string, List<Group>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!bySpeaker.TryGetValue(item.SpeakerKey, out var speakerGroups))
                bySpeaker[item.SpeakerKey] = speakerGroups = new List<Group>();
            Group? target = null;
            foreach (var g in speakerGroups)
                if (g.Accepts(item)) { target = g; break; }
            if (target is null)
            {
                target = new Group();
                speakerGroups.Add(target);
                groups.Add(target);
            }
            target.Add(item);
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var claims = new List<Claim>(groups.Count);
        foreach (var group in groups)
        {
            var g = group.Items;
            var canonical = g[0];
            string key = Key(canonical, used);
            var appearances = g.Select(i => new ClaimAppearance(i.Doc.Id, i.Mention.Content, i.Text, i.Mention.IsDirectQuote,
                i.Mention.SpeechVerb, i.ViaKey, i.Mention.SpeakerSpan)).ToList();
            PartialDate? date = g.Select(i => i.Mention.Date).Where(d => d is not null).Select(d => d!.Value)
                .OrderBy(d => d.IsFullDate ? 0 : 1).ThenBy(d => d).Cast<PartialDate?>().FirstOrDefault();
            claims.Add(new Claim(key, canonical.SpeakerKey, canonical.Text, date, appearances));
        }
        corpus.Claims.AddRange(claims.OrderBy(c => c.Key, StringComparer.Ordinal));
    }

    /// <summary>
    /// The renderings grouped so far, with their distinct wordings (stem sets) and dates: many outlets print
    /// the same wording, so a new rendering is compared once per distinct wording, not once per article.
    /// </summary>
    private sealed class Group
    {
        public readonly List<Item> Items = new();
        private readonly Dictionary<string, (SortedSet<string> Stems, HashSet<PartialDate?> Dates)> _wordings = new(StringComparer.Ordinal);

        public bool Accepts(Item item)
        {
            foreach (var (stems, dates) in _wordings.Values)
            {
                if (!dates.Any(d => DatesCompatible(item.Mention.Date, d))) continue;
                if (SameClaim(item.Stems, stems)) return true;
            }
            return false;
        }

        public void Add(Item item)
        {
            Items.Add(item);
            string signature = string.Join(' ', item.Stems);
            if (!_wordings.TryGetValue(signature, out var w)) _wordings[signature] = w = (item.Stems, new HashSet<PartialDate?>());
            w.Dates.Add(item.Mention.Date);
        }
    }

    private static string Key(Item canonical, HashSet<string> used)
    {
        string basis = canonical.Stems.Count > 0 ? string.Join(' ', canonical.Stems) : FrenchText.Fold(canonical.Text);
        string hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(basis)))[..10].ToLowerInvariant();
        string key = "claim-" + canonical.SpeakerKey + "-" + hash;
        string k = key;
        for (int n = 2; !used.Add(k); n++) k = key + "-" + n;
        return k;
    }

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
