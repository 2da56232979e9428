using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Corpus: turns meeting mentions into <see cref="Meeting"/> records. Mentions are visited in corpus
/// order (article id, then offset) and each joins the first compatible meeting built so far, else starts
/// one:
/// <list type="bullet">
/// <item>compatible: same type family (calls, talks and meetings are one family; summits, visits and
/// ministerial meetings each their own), same status, dates equal where both are known (a month is
/// compatible with a day in it), places equal where both are known unless the dates match;</item>
/// <item>attendees: at least two shared, or one shared when either side has a single attendee and the
/// mentions share the article, the date or the place, and are not a phone call and a meeting held at a place;</item>
/// <item>a mention without attendees ("cette rencontre de plus de cinq heures") joins the latest
/// compatible meeting reported by the same article, and is dropped when there is none.</item>
/// </list>
/// Key: "meeting-" + type family + date (or "undated") + the sorted keys of up to three attendees, slugged,
/// for a meeting that took place; "meeting-" + family + "arranged" + attendees for a planned, cancelled or
/// postponed one, whose date and status later reports often state or change (a plan reported today, its
/// cancellation and date tomorrow: one IRI). A numeric suffix separates rare collisions. The key depends
/// only on the meeting's content, not on which article reported it first; it changes only when a new
/// article adds an attendee among the first three or fixes an unknown date of a meeting that took place.
/// </summary>
public sealed class MeetingMerger : ICorpusComponent
{
    public MeetingMerger(ExtractionResources resources)
    {
    }

    public MeetingMerger()
    {
    }

    public string Name => "meeting-merge";

    private sealed class Cluster
    {
        public readonly List<(int Doc, MeetingMention Mention, SortedSet<string> Attendees, string? Place)> Items = new();
        public readonly SortedSet<string> Attendees = new(StringComparer.Ordinal);
        public required int Family;
        public required MeetingStatus Status { get; set; }
        public readonly SortedSet<PartialDate> InferredDates = new();
        public PartialDate? Date;
        public string? Place;
        public PartialDate? EarliestArticleDate;
        public PartialDate? LatestArticleDate;
        public (int Doc, int Offset) LastTouched;
        public required int Order;   // creation order: candidates are visited in the order of the cluster list
        public bool Absorbed;        // merged into another cluster and removed from the list
        public bool Earlier;         // started by a mention told as an earlier occasion ("avait déjà rencontré")
        public bool HasCall;         // one of its mentions is a phone call (kept as items are added: no scan per candidate)
        public readonly HashSet<string> IndexedAttendees = new(StringComparer.Ordinal);
        public readonly HashSet<int> IndexedDocs = new();

        public readonly HashSet<int> Docs = new();

        public bool Reports(int doc) => Docs.Contains(doc);
    }

    /// <summary>
    /// Candidate lookups, so that a mention is compared only with the clusters it could join instead of all of
    /// them: a mention with attendees joins only a cluster sharing one of them, an anaphoric one only a cluster
    /// reporting its article. Lists hold clusters in creation order and may hold absorbed ones (skipped).
    /// </summary>
    private sealed class ClusterIndex
    {
        private readonly Dictionary<string, List<Cluster>> _byAttendee = new(StringComparer.Ordinal);
        private readonly Dictionary<int, List<Cluster>> _byDoc = new();

        public void Note(Cluster c)
        {
            foreach (var a in c.Attendees)
            {
                if (!c.IndexedAttendees.Add(a)) continue;
                if (!_byAttendee.TryGetValue(a, out var list)) _byAttendee[a] = list = new List<Cluster>();
                list.Add(c);
            }
            foreach (var d in c.Docs)
            {
                if (!c.IndexedDocs.Add(d)) continue;
                if (!_byDoc.TryGetValue(d, out var list)) _byDoc[d] = list = new List<Cluster>();
                list.Add(c);
            }
        }

        /// <summary>Live clusters sharing an attendee with <paramref name="attendees"/>, in cluster-list order.</summary>
        public List<Cluster> SharingAttendee(SortedSet<string> attendees)
        {
            var found = new HashSet<Cluster>();
            foreach (var a in attendees)
                if (_byAttendee.TryGetValue(a, out var list))
                    foreach (var c in list)
                        if (!c.Absorbed) found.Add(c);
            var result = found.ToList();
            result.Sort((x, y) => x.Order.CompareTo(y.Order));
            return result;
        }

        /// <summary>Live clusters reporting document <paramref name="doc"/>, in cluster-list order.</summary>
        public List<Cluster> Reporting(int doc)
        {
            if (!_byDoc.TryGetValue(doc, out var list)) return new List<Cluster>();
            var result = list.Where(c => !c.Absorbed).ToList();
            result.Sort((x, y) => x.Order.CompareTo(y.Order));
            return result;
        }
    }

    public DocumentLayers Reads => DocumentLayers.Entities | DocumentLayers.Dates | DocumentLayers.Meetings;

    public void Process(CorpusContext corpus, CancellationToken ct)
    {
        var clusters = new List<Cluster>();
        var index = new ClusterIndex();
        int created = 0;
        foreach (var doc in corpus.Documents)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var told in doc.Meetings.OrderBy(m => m.Trigger.Start))
            {
                // a date without a date mention was inferred from the article's time: it neither joins nor splits
                // meetings, and dates the meeting only when no report states a date
                var m = told.DateMentionIndex is null && !told.DateFromEventBefore && told.Date is not null ? told with { Date = null } : told;
                PartialDate? inferred = m == told ? null : told.Date;
                var attendees = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var k in m.AttendeeMentionIndexes)
                    if (KeyOf(corpus, doc, k) is { } key) attendees.Add(key);
                string? place = m.PlaceMentionIndex is { } p ? KeyOf(corpus, doc, p) : null;
                if (place is not null) attendees.Remove(place);
                var item = (doc.Index, m, attendees, place);
                Cluster? target = null;
                // "cette rencontre", "lors de ces pourparlers": a demonstrative points back to the meeting the article
                // just told, whoever the clause names (they were there)
                if (IsDemonstrative(doc, m))
                    target = index.Reporting(doc.Index).Where(c => c.Reports(doc.Index) && Compatible(c, m, place, attendees, doc.Article.Date))
                        .OrderByDescending(c => c.LastTouched).FirstOrDefault();
                if (target is not null) { }
                else if (attendees.Count > 0)
                {
                    target = Best(clusters, index.SharingAttendee(attendees), doc, m, attendees, place, index);
                    // "s'est entretenu lundi avec X … Il a rencontré mardi Y": one article's different weekdays are different events,
                    // even when a month-only article date resolves both to the same month
                    if (target is not null && WeekdayConflict(target, doc, m)) target = null;
                }
                else if (IsAnaphoric(doc, m))
                    target = index.Reporting(doc.Index).Where(c => c.Reports(doc.Index) && Compatible(c, m, place, attendees, doc.Article.Date))
                        .OrderByDescending(c => c.LastTouched).FirstOrDefault();
                else target = null;
                if (target is null)
                {
                    // without attendees, only a ministerial meeting or a summit with a stated place stands on its own
                    bool standalone = attendees.Count > 0 || place is not null && m.Type is MeetingType.MinisterialMeeting or MeetingType.Summit && !IsAnaphoric(doc, m);
                    if (!standalone) continue;
                    target = new Cluster { Family = Family(m.Type), Status = m.Status, Order = created++, Earlier = m.EarlierOccasion };
                    clusters.Add(target);
                }
                Add(target, item, doc.Article.Date);
                if (inferred is { } guess) target.InferredDates.Add(guess);
                index.Note(target);
            }
        }
        var used = new HashSet<string>(StringComparer.Ordinal);
        var meetings = new List<Meeting>();
        foreach (var c in clusters)
        {
            // reports in different months guess different dates: then the text does not say
            // one report's narration may tell the day, another only the article's month: the day, when they agree
            if (c.Date is null && c.InferredDates.Count > 0 && Consistent(c.InferredDates) is { } guessed) c.Date = guessed;
            if (!Identifiable(c, corpus)) continue;
            meetings.Add(Build(corpus, c, used));
        }
        corpus.Meetings.AddRange(meetings.OrderBy(m => m.Key, StringComparer.Ordinal));
    }

    private static bool WeekdayConflict(Cluster c, AnalyzedDocument doc, MeetingMention m)
    {
        if (m.DateMentionIndex is not { } i || doc.Dates[i].Expression.Weekday is not { } day) return false;
        foreach (var item in c.Items)
            if (item.Doc == doc.Index && item.Mention.DateMentionIndex is { } j && doc.Dates[j].Expression.Weekday is { } other && other != day)
                return true;
        return false;
    }

    private static void Add(Cluster target, (int Doc, MeetingMention Mention, SortedSet<string> Attendees, string? Place) item, PartialDate? articleDate)
    {
        target.Items.Add(item);
        target.HasCall |= IsCall(item.Mention.Type);
        target.Docs.Add(item.Doc);
        target.Status = Stronger(target.Status, item.Mention.Status);
        target.Attendees.UnionWith(item.Attendees);
        target.Date = MorePrecise(target.Date, item.Mention.Date);
        target.Place ??= item.Place;
        if (articleDate is { } a)
        {
            if (target.EarliestArticleDate is not { } e || a.CompareTo(e) < 0) target.EarliestArticleDate = a;
            if (target.LatestArticleDate is not { } l || a.CompareTo(l) > 0) target.LatestArticleDate = a;
        }
        var touched = (item.Doc, item.Mention.Trigger.Start);
        if (touched.CompareTo(target.LastTouched) > 0) target.LastTouched = touched;
    }

    private static void Absorb(Cluster into, Cluster from)
    {
        into.Status = Stronger(into.Status, from.Status);
        into.InferredDates.UnionWith(from.InferredDates);
        foreach (var item in from.Items)
        {
            into.Items.Add(item);
            into.HasCall |= IsCall(item.Mention.Type);
            into.Docs.Add(item.Doc);
            into.Attendees.UnionWith(item.Attendees);
            into.Date = MorePrecise(into.Date, item.Mention.Date);
            into.Place ??= item.Place;
        }
        if (from.EarliestArticleDate is { } e && (into.EarliestArticleDate is not { } ie || e.CompareTo(ie) < 0)) into.EarliestArticleDate = e;
        if (from.LatestArticleDate is { } l && (into.LatestArticleDate is not { } il || l.CompareTo(il) > 0)) into.LatestArticleDate = l;
        if (from.LastTouched.CompareTo(into.LastTouched) > 0) into.LastTouched = from.LastTouched;
    }

    private static string? KeyOf(CorpusContext corpus, AnalyzedDocument doc, int mentionIndex)
    {
        if (corpus.EntityKeyOf(doc.Index, mentionIndex) is { } key) return key;
        // an unresolved mention may share its in-document cluster with a resolved one
        int cluster = doc.Entities[mentionIndex].ClusterId;
        if (cluster < 0) return null;
        for (int k = 0; k < doc.Entities.Count; k++)
            if (doc.Entities[k].ClusterId == cluster && corpus.EntityKeyOf(doc.Index, k) is { } other) return other;
        return null;
    }

    /// <summary>0: calls, talks, meetings; 1: summits; 2: visits; 3: ministerial meetings.</summary>
    private static bool IsCall(MeetingType type) => type == MeetingType.PhoneCall;

    private static int Family(MeetingType type) => type switch
    {
        MeetingType.Summit => 1,
        MeetingType.Visit => 2,
        MeetingType.MinisterialMeeting => 3,
        _ => 0,
    };

    private static bool Compatible(Cluster c, MeetingMention m, string? place, SortedSet<string> attendees, PartialDate? articleDate, int doc = -1)
    {
        if (!FamiliesCompatible(c, m, place, doc) || !StatusesCompatible(c.Status, m.Status)) return false;
        // a report cannot describe a meeting that took place after its publication; undated reports of
        // undated meetings months apart are different events
        if (m.Status == MeetingStatus.TookPlace)
        {
            if (c.Date is { } cd && articleDate is { } ad && After(cd, ad)) return false;
            if (m.Date is { } md && c.EarliestArticleDate is { } ce && After(md, ce)) return false;
        }
        if (m.Date is null && c.Date is null && articleDate is { } a1 && c.EarliestArticleDate is { } e1
            && (MonthsApart(a1, e1) > 1 || c.LatestArticleDate is { } l1 && MonthsApart(a1, l1) > 1)) return false;
        bool datesKnown = c.Date is not null && m.Date is not null;
        if (datesKnown && !DatesCompatible(c.Date!.Value, m.Date!.Value)) return false;
        // "avait déjà rencontré X à Lomé" beside the pair's meeting of the news: two occasions, unless the dates say one
        if (c.Earlier != m.EarlierOccasion && !datesKnown) return false;
        // places can differ in wording only ("Etats-Unis" / "Miami"): a mismatch blocks unless the date or
        // the attendees agree
        if (c.Place is not null && place is not null && c.Place != place
            && !(datesKnown && c.Date!.Value.IsFullDate && c.Date == m.Date)
            && !(attendees.Count > 0 && c.Attendees.SetEquals(attendees))) return false;
        return true;
    }

    /// <summary>True when <paramref name="a"/> is certainly later than <paramref name="b"/> at their common precision.</summary>
    private static bool After(PartialDate a, PartialDate b)
    {
        if (a.Year != b.Year) return a.Year > b.Year;
        if (a.Month is null || b.Month is null) return false;
        if (a.Month != b.Month) return a.Month > b.Month;
        return a.Day is not null && b.Day is not null && a.Day > b.Day;
    }

    private static int MonthsApart(PartialDate a, PartialDate b) =>
        Math.Abs(a.Year * 12 + (a.Month ?? 6) - (b.Year * 12 + (b.Month ?? 6)));

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    { "cette", "ces", "cet", "ce", "la", "le", "les", "l", "leur", "leurs", "sa", "son", "ses", "telle", "dite" };

    /// <summary>"cette rencontre", "ces pourparlers", "lors de cet entretien": a demonstrative right before the trigger.</summary>
    private static bool IsDemonstrative(AnalyzedDocument doc, MeetingMention m)
    {
        // read in place: the text of an analysed document is kept compact, and doc.Text would decode all of it
        var text = doc.Body;
        int i = m.Trigger.Start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        int end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        return end > i + 1 && FrenchText.Lower(text.Slice(i + 1, end - i - 1)) is "cette" or "ces" or "cet" or "ce";
    }

    /// <summary>"cette rencontre", "les discussions", "leur séance": a definite noun phrase that refers back to a known meeting.</summary>
    private static bool IsAnaphoric(AnalyzedDocument doc, MeetingMention m)
    {
        var text = doc.Body; // in place, as in IsDemonstrative
        int i = m.Trigger.Start - 1;
        if (i >= 0 && FrenchText.IsApostrophe(text[i])) return true; // "l'entretien"
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        int end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        if (end <= i + 1) return false;
        string w = FrenchText.Lower(text.Slice(i + 1, end - i - 1));
        if (w == "telle") return false; // "une telle rencontre": hypothetical
        return Determiners.Contains(w) || w is "ont" or "a" or "avaient" or "avait" or "sont";
    }

    /// <summary>
    /// The cluster a mention with attendees joins; when it matches several, they are the same meeting
    /// seen through different reports, so they are merged into the earliest.
    /// </summary>
    /// <param name="candidates">The live clusters sharing an attendee with the mention, in cluster-list order (no other can match).</param>
    private static Cluster? Best(List<Cluster> clusters, List<Cluster> candidates, AnalyzedDocument doc, MeetingMention m, SortedSet<string> attendees,
        string? place, ClusterIndex index)
    {
        var matches = new List<Cluster>();
        foreach (var c in candidates)
        {
            if (!Compatible(c, m, place, attendees, doc.Article.Date, doc.Index)) continue;
            int shared = c.Attendees.Count(attendees.Contains);
            if (shared == 0) continue;
            if (shared < 2)
            {
                // a call and a meeting held at a place that share one party only are two events of that day ("a reçu à la
                // préfecture les élus … Le maire s'est entretenu au téléphone avec le ministre"), not one told twice
                if (IsCall(m.Type) != c.HasCall && (place ?? c.Place) is not null) continue;
                bool sameContext = c.Reports(doc.Index) || c.Date is not null && c.Date == m.Date && m.Date.Value.IsFullDate || c.Place is not null && c.Place == place
                    || m.Status == MeetingStatus.Planned && c.Attendees.SetEquals(attendees)
                    // a postponed or cancelled meeting of the same kind and person is news about one event ("le sommet … reporté")
                    || m.Status is MeetingStatus.Postponed or MeetingStatus.Cancelled && c.Status == m.Status && c.Family == Family(m.Type);
                bool single = attendees.Count == 1 || c.Attendees.Count == 1;
                if (!single || !sameContext) continue;
            }
            matches.Add(c);
        }
        if (matches.Count == 0) return null;
        var target = matches[0];
        foreach (var other in matches.Skip(1))
        {
            if (!ClustersCompatible(target, other)) continue;
            Absorb(target, other);
            clusters.Remove(other);
            other.Absorbed = true;
        }
        if (matches.Count > 1) index.Note(target);
        return target;
    }

    /// <summary>
    /// Same family; or a visit to a place and a meeting at that same place ("se rendra à Buenos Aires" and "les
    /// deux dirigeants se verront à Buenos Aires"): the trip is made for the meeting. Within one article, a visit and
    /// talks told of the same person without two different places ("s'est rendu lundi à Niamey … Il s'y est entretenu
    /// avec X") are one event told twice.
    /// </summary>
    private static bool FamiliesCompatible(Cluster c, MeetingMention m, string? place, int doc)
    {
        int f = Family(m.Type);
        if (c.Family == f) return true;
        bool visitAndMeeting = c.Family == 2 && f == 0 || c.Family == 0 && f == 2;
        if (!visitAndMeeting) return false;
        return place is not null && c.Place == place
            || doc >= 0 && c.Reports(doc) && c.Docs.Count == 1 && c.Status == MeetingStatus.TookPlace && m.Status == MeetingStatus.TookPlace
               && (place is null || c.Place is null || c.Place == place);
    }

    /// <summary>
    /// A cancellation or postponement is news about a planned meeting: those reports are one meeting. A meeting
    /// that took place is never the same as a planned or cancelled one.
    /// </summary>
    private static bool StatusesCompatible(MeetingStatus a, MeetingStatus b) =>
        a == b || a != MeetingStatus.TookPlace && b != MeetingStatus.TookPlace;

    /// <summary>Cancelled or postponed, told later than the plan, wins over planned.</summary>
    private static MeetingStatus Stronger(MeetingStatus a, MeetingStatus b) =>
        a == MeetingStatus.Planned ? b : a;

    private static bool ClustersCompatible(Cluster a, Cluster b)
    {
        if (a.Family != b.Family || !StatusesCompatible(a.Status, b.Status)) return false;
        // both matched the same mention, which bridges them: only a clash of dates keeps them apart
        return a.Date is not { } da || b.Date is not { } db || DatesCompatible(da, db);
    }

    private static bool DatesCompatible(PartialDate a, PartialDate b)
    {
        if (a.Year != b.Year) return false;
        if (a.Month is null || b.Month is null) return true;
        if (a.Month != b.Month) return false;
        return a.Day is null || b.Day is null || a.Day == b.Day;
    }

    /// <summary>The most precise of dates that all agree (each a prefix of it), or null when two disagree.</summary>
    private static PartialDate? Consistent(SortedSet<PartialDate> dates)
    {
        PartialDate? best = null;
        foreach (var d in dates) best = MorePrecise(best, d);
        foreach (var d in dates)
            if (!DatesCompatible(d, best!.Value)) return null;
        return best;
    }

    private static PartialDate? MorePrecise(PartialDate? a, PartialDate? b)
    {
        if (a is null) return b;
        if (b is null) return a;
        int pa = a.Value.Day is not null ? 2 : a.Value.Month is not null ? 1 : 0;
        int pb = b.Value.Day is not null ? 2 : b.Value.Month is not null ? 1 : 0;
        return pb > pa ? b : a;
    }

    /// <summary>
    /// A meeting is a fact about who met whom, and when: one without a named party ("le prochain sommet, prévu à Accra",
    /// "les ministres des deux provinces se retrouveront") or with a single named party and no date at all ("elle doit
    /// rencontrer la direction de l'entreprise") tells neither, and cannot be told apart from any other meeting of that
    /// party; the mentions still served to date and place the meetings they were merged into.
    /// </summary>
    /// A summit or ministerial meeting of one organization ("le sommet du G7 prévu en Italie a été reporté") is the meeting
    /// of its members: the organization names the parties.
    private static bool Identifiable(Cluster c, CorpusContext corpus) =>
        c.Attendees.Count >= 2 || c.Attendees.Count == 1 && (c.Date is not null || IsCollective(c, corpus));

    private static bool IsCollective(Cluster c, CorpusContext corpus) =>
        (c.Family == Family(MeetingType.Summit) || c.Family == Family(MeetingType.MinisterialMeeting))
        && corpus.EntityByKey(c.Attendees.Min!)?.Kind == EntityKind.Organization;

    private static Meeting Build(CorpusContext corpus, Cluster c, HashSet<string> used)
    {
        var type = ChooseType(c.Items.Select(i => i.Mention.Type));
        string? duration = c.Items.Where(i => i.Mention.Duration is not null).GroupBy(i => i.Mention.Duration!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        string? place = c.Items.Where(i => i.Place is not null).GroupBy(i => i.Place!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        var attendees = c.Attendees.ToList();
        string key = UniqueKey(MakeKey(c, attendees), used);
        var reports = c.Items
            .Select(i => Evidence.InText(corpus.Documents[i.Doc].Id, i.Mention.Span, corpus.Documents[i.Doc].Body))
            .Distinct()
            .OrderBy(e => e.ArticleId, StringComparer.Ordinal).ThenBy(e => e.Span.Start).ToList();
        return new Meeting(key, type, Label(corpus, type, attendees, c.Date), attendees, c.Date, place, duration, c.Status, reports);
    }

    /// <summary>The most specific type reported: a call is a call even if one article says "entretien".</summary>
    private static MeetingType ChooseType(IEnumerable<MeetingType> types)
    {
        var set = types.ToHashSet();
        foreach (var t in new[] { MeetingType.PhoneCall, MeetingType.MinisterialMeeting, MeetingType.Summit, MeetingType.Talks, MeetingType.Visit, MeetingType.Meeting })
            if (set.Contains(t)) return t;
        return MeetingType.Meeting;
    }

    private static string MakeKey(Cluster c, List<string> attendees)
    {
        string family = c.Family switch { 1 => "summit", 2 => "visit", 3 => "ministerial", _ => "talks" };
        bool arranged = c.Status != MeetingStatus.TookPlace;
        var sb = new StringBuilder("meeting-").Append(family).Append('-').Append(arranged ? "arranged" : c.Date?.ToString() ?? "undated");
        foreach (var a in attendees.Take(3)) sb.Append('-').Append(a);
        if (attendees.Count == 0 && c.Place is not null) sb.Append('-').Append(c.Place);
        string key = Slug(sb.ToString());
        if (key.Length > 120)
        {
            // very long keys keep a readable prefix and a content hash
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10].ToLowerInvariant();
            key = key[..100].TrimEnd('-') + "-" + hash;
        }
        return key;
    }

    private static string UniqueKey(string key, HashSet<string> used)
    {
        string k = key;
        for (int n = 2; !used.Add(k); n++) k = key + "-" + n;
        return k;
    }

    private static string Slug(string s)
    {
        var folded = FrenchText.Fold(s);
        var sb = new StringBuilder(folded.Length);
        foreach (var ch in folded)
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(ch);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }

    private static string Label(CorpusContext corpus, MeetingType type, List<string> attendees, PartialDate? date)
    {
        string noun = type switch
        {
            MeetingType.Talks => "Pourparlers",
            MeetingType.PhoneCall => "Entretien téléphonique",
            MeetingType.Summit => "Sommet",
            MeetingType.Visit => "Visite",
            MeetingType.MinisterialMeeting => "Réunion ministérielle",
            _ => "Rencontre",
        };
        var names = attendees.Select(a => corpus.EntityByKey(a)?.Label ?? a).ToList();
        string who = names.Count switch
        {
            0 => "",
            1 => " : " + names[0],
            _ => " : " + string.Join(", ", names.Take(names.Count - 1)) + " et " + names[^1],
        };
        return noun + who + (date is { } d ? " (" + d + ")" : "");
    }
}
