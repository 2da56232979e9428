using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Per-document: finds meeting mentions (talks, calls, summits, visits, ministerial meetings) and fills
/// <see cref="AnalyzedDocument.Meetings"/>. For each trigger word (meeting-triggers.tsv) outside
/// quotations, in its clause:
/// <list type="bullet">
/// <item>attendees: "entre X et Y" (only those), else the subject (verbs; nouns with a possessive or
/// after "avoir"/"participer"), plus "avec X", "face à X", "à X" (calls) and a verb's direct object;
/// place names are never attendees;</item>
/// <item>place: a place mention after "à/au/en/dans" nearest to the trigger;</item>
/// <item>date: the nearest date expression in the clause (weekdays resolved by the Dates API);</item>
/// <item>duration: "cinq heures", "une heure et demie"... near the trigger;</item>
/// <item>status: cancelled/postponed/planned cues (meeting-status.tsv), future or infinitive verbs.</item>
/// </list>
/// Mentions without attendees are kept when they state something (date, place, duration): the merger
/// attaches them to the meeting they refer back to ("cette rencontre de cinq heures").
/// </summary>
public sealed class MeetingExtractor : IDocumentComponent
{
    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal) { "son", "sa", "ses", "leur", "leurs" };

    private static readonly HashSet<string> SubjectLinkVerbs = new(StringComparer.Ordinal)
    { "eu", "a", "ont", "avait", "avaient", "tenu", "participé", "mené", "organisé", "entamé", "conclu", "achevé", "eue", "eus", "accueilli", "présidé", "tiendra", "aura", "auront",
      "lors", "après", "préparatifs", "entamer", "préparer", "organiser", "tenir", "participer", "participera", "assisté", "assistera" };

    private static readonly HashSet<string> NounPhraseStoppers = new(StringComparer.Ordinal)
    { "à", "au", "aux", "en", "dans", "sur", "pour", "lors", "mais", "qui", "que", "qu", "afin", "après", "avant", "depuis", "pendant", "sans", "selon", "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "alors", "puis", "afin", "ont", "a", "sont", "est" };

    private static readonly HashSet<string> Locatives = new(StringComparer.Ordinal) { "à", "a", "au", "aux", "en", "dans", "vers" };

    private readonly MeetingLexicon _lexicon;

    public MeetingExtractor(ExtractionResources resources) : this(MeetingLexicon.Load(resources))
    {
    }

    // span lookups into the lexicon's sets: no string per scanned word
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _triggerFirstWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _reflexiveParticiples;

    public MeetingExtractor(MeetingLexicon lexicon)
    {
        _lexicon = lexicon;
        _triggerFirstWords = lexicon.TriggerFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _reflexiveParticiples = new HashSet<string>(ReflexiveParticiples, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Name => "meetings";

    public void Process(AnalyzedDocument doc, CancellationToken ct) => doc.Meetings.AddRange(Extract(doc, ct));

    public List<MeetingMention> Extract(AnalyzedDocument doc, CancellationToken ct = default)
    {
        string text = doc.Text;
        var words = WordScanner.Scan(text, new TextSpan(0, text.Length));
        var quotes = QuotationFinder.Find(text);
        var finder = new SpeakerFinder(doc, quotes);
        var found = new List<MeetingMention>();
        for (int i = 0; i < words.Count; i++)
        {
            if ((i & 1023) == 0) ct.ThrowIfCancellationRequested();
            int triggerFirst = i;
            var word = text.AsSpan(words[i].Start, words[i].Length);
            bool mayStart = _triggerFirstWords.Contains(word);
            if (!mayStart && !_reflexiveParticiples.Contains(word)) continue;
            int n = 0;
            MeetingTrigger trigger = null!;
            if (!mayStart || !_lexicon.Triggers.TryMatch(text, words, i, out n, out trigger))
            {
                // "s'est en revanche entretenu", "se sont de leur côté réunis": words between auxiliary and participle
                if (!TrySplitReflexive(text, words, i, out int aux, out trigger)) continue;
                triggerFirst = aux;
                n = i - aux + 1;
            }
            var triggerSpan = new TextSpan(words[triggerFirst].Start, words[triggerFirst + n - 1].End);
            i = triggerFirst + n - 1;
            // a trigger inside a quotation is the speaker's words, except in a short quoted phrase
            // ("une \"très bonne rencontre\" entre X et Y")
            if (doc.IsNonContent(triggerSpan) || InsideLongQuote(text, quotes, words, triggerSpan)) continue;
            int si = doc.SentenceIndexAt(triggerSpan.Start);
            if (si < 0) continue;
            var sentence = doc.Sentences[si];
            var clause = ClauseAround(doc, words, triggerFirst, sentence);
            // "souhaite rencontrer", "n'a pas rencontré", "aucune rencontre": nothing took place or was arranged
            if (IsWishOrNegated(text, words, triggerFirst, triggerFirst + n, trigger, clause)) continue;
            if (!trigger.IsVerb && IsLongProcess(text, words, triggerFirst)) continue;
            if (trigger.IsVerb && trigger.Lemma == "rencontrer" && MeetsARelative(text, words, triggerFirst + n)) continue;
            var type = RefineType(text, words, triggerFirst, triggerFirst + n, clause, trigger);
            // "se sont réunis samedi à Addis-Abeba pour leur sommet annuel": the gathering is the summit itself
            if (!trigger.IsVerb && IsPurposeNoun(text, words, triggerFirst) && found.Count > 0 && found[^1] is { } gathering
                && gathering.Span == sentence && gathering.Trigger.End <= triggerSpan.Start && gathering.Trigger.Start >= clause.Start
                && gathering.Type is MeetingType.Meeting or MeetingType.Talks)
            {
                if (type != MeetingType.Meeting) found[^1] = gathering with { Type = type };
                continue;
            }
            // "s'est entretenue par visioconférence avec X": the noun says how the verb's meeting was held
            if (!trigger.IsVerb && IsMeansModifier(text, words, triggerFirst) && found.Count > 0 && found[^1] is { } verbMeeting
                && verbMeeting.Span == sentence && words[triggerFirst - 1].Start - verbMeeting.Trigger.End is >= 0 and <= 30)
                continue;
            // "doit rencontrer la commissaire jeudi, lors de sa visite à Paris": the visit is the occasion of that meeting;
            // "une rencontre au sommet": one meeting, not a second one called "sommet"
            if (!trigger.IsVerb && found.Count > 0 && found[^1] is { } told && told.Span == sentence && told.Trigger.End <= triggerSpan.Start
                && (IsOccasionNoun(text, words, triggerFirst) && told.Trigger.Start >= clause.Start - 200
                    || triggerFirst > 0 && FrenchText.Lower(words[triggerFirst - 1].Of(text)) == "au" && told.Trigger.End == words[triggerFirst - 1].Start - 1))
                continue;
            var attendees = Attendees(doc, words, finder, triggerFirst, triggerFirst + n, trigger, clause);
            if (type == MeetingType.MinisterialMeeting && !attendees.Any(k => doc.Entities[k].Kind == EntityKind.Person))
                AddNamedMinisters(doc, sentence, attendees);
            // "le prochain sommet", "le sommet précédent": another summit of the series the article told of, held by the
            // same organizations
            if (attendees.Count == 0 && type == MeetingType.Summit && IsOfASeries(text, words, triggerFirst, triggerFirst + n)
                && SeriesOrganization(doc, found) is { } holder)
                attendees.Add(holder);
            // "une nouvelle réunion tripartite, prévue vendredi", "une cérémonie de signature": the same parties as the
            // meeting told before (the signatories are those who negotiated)
            if (attendees.Count == 0 && !trigger.IsVerb && triggerFirst > 0 && FrenchText.Lower(words[triggerFirst - 1].Of(text)) is "nouvelle" or "nouveau" or "nouvel" or "autre")
                for (int p = found.Count - 1; p >= 0; p--)
                    if (found[p].AttendeeMentionIndexes.Count > 0) { attendees.AddRange(found[p].AttendeeMentionIndexes); break; }
            if (attendees.Count == 0 && trigger.Lemma == "cérémonie de signature")
                for (int p = found.Count - 1; p >= 0; p--)
                    if (found[p].Type == MeetingType.Talks && found[p].AttendeeMentionIndexes.Count > 0 && OfTheArticlesMonth(found[p].Date, doc.Article.Date))
                    { attendees.AddRange(found[p].AttendeeMentionIndexes); break; }
            // "un nouvel entretien entre les deux hommes", "les deux dirigeants se sont parlé": the pair met just before
            if (attendees.Count == 0 && RefersToPreviousPair(text, triggerSpan, clause))
                for (int p = found.Count - 1; p >= 0; p--)
                    if (found[p].AttendeeMentionIndexes.Count >= 2) { attendees.AddRange(found[p].AttendeeMentionIndexes); break; }
            var status = Status(text, words, triggerFirst, triggerFirst + n, trigger, triggerSpan, sentence);
            bool modalFuture = trigger.IsVerb && MeetingTrigger.IsFutureOrInfinitive(FrenchText.Lower(triggerSpan.Of(text))) && !IsPurposeAfterPastVerb(text, words, triggerFirst, sentence);
            var (dateIndex, date) = DateNear(doc, finder, triggerSpan, clause, status, modalFuture);
            int? place = PlaceNear(doc, finder, triggerSpan, clause);
            var duration = DurationNear(text, triggerSpan, sentence);
            // "X s'est rendu à P afin de s'entretenir avec Y": the trip is how the meeting came about, not a
            // second event; the meeting takes the traveller, the place, the date and the status of the trip
            if ((trigger.IsVerb && (IsPurposeInfinitive(text, words, triggerFirst) || AfterWhere(text, words, triggerFirst, clause))
                 || !trigger.IsVerb && IsPurposeNoun(text, words, triggerFirst)) && found.Count > 0 && found[^1] is { Type: MeetingType.Visit } trip
                && trip.Span == sentence && trip.Trigger.End <= triggerSpan.Start && trip.Trigger.Start >= clause.Start)
            {
                found.RemoveAt(found.Count - 1);
                foreach (var k in trip.AttendeeMentionIndexes)
                    if (!attendees.Any(a => SameEntity(doc, a, k))) attendees.Add(k);
                attendees.Sort();
                place ??= trip.PlaceMentionIndex;
                if (dateIndex is null && trip.DateMentionIndex is not null) (dateIndex, date) = (trip.DateMentionIndex, trip.Date);
                status = trip.Status;
                // "s'est rendu à Kiev pour rencontrer Y" is a visit with a host; a call or talks keep their type
                if (type == MeetingType.Meeting) type = MeetingType.Visit;
            }
            // a meeting told without a date, in the present or imperfect of the news ("où se tenait une réunion"),
            // happened in the article's time: its month, marked as inferred by a date without a date mention
            if (date is null && status == MeetingStatus.TookPlace && doc.Article.Date is { Month: not null } published
                && !IsPastPerfect(text, words, triggerFirst, triggerFirst + n, clause))
                date = new PartialDate(published.Year, published.Month);
            // "en 2023, lors d'un sommet à Ohrid": a sentence that states an earlier year than the article's tells another time; its
            // meeting keeps that year, never the article's date; "rencontrés pour la première fois en 2019" is biography: dropped
            if (FirstEncounterInEarlierYear(doc, sentence)) continue;
            if (EarlierYearOf(doc, sentence, triggerSpan, dateIndex, date) is { } earlier
                && (dateIndex is null || date is not { } stated || stated.Year > earlier))
                date = new PartialDate(earlier);
            found.Add(new MeetingMention(sentence, triggerSpan, trigger.Lemma, type, attendees, dateIndex, date, place,
                duration?.Iso, duration?.Span, status));
        }
        return found;
    }

    /// <summary>
    /// "le Conseil des ministres de l'Agriculture", "les ministres de l'Agriculture se sont réunis": the persons the
    /// article names as holding that portfolio ("la ministre portugaise de l'Agriculture, X") were there.
    /// Only when the sentence states the portfolio, so a cabinet meeting does not collect every minister.
    /// </summary>
    private static void AddNamedMinisters(AnalyzedDocument doc, TextSpan sentence, List<int> attendees)
    {
        string said = doc.Text.Substring(sentence.Start, sentence.Length);
        int at = said.IndexOf("ministres", StringComparison.OrdinalIgnoreCase);
        if (at < 0) return;
        string after = said.Substring(at, Math.Min(60, said.Length - at));
        var seen = new HashSet<int>();
        foreach (var k in attendees) if (doc.Entities[k].ClusterId >= 0) seen.Add(doc.Entities[k].ClusterId);
        string afterFolded = FrenchText.Fold(after);
        foreach (var post in doc.Posts)
        {
            bool named = post.RoleKey.StartsWith("ministre-", StringComparison.Ordinal);
            // "chef de la diplomatie" resolves as the foreign minister: the portfolio is in the role key
            bool periphrasis = !named && post.ResolutionKey.StartsWith("ministre-", StringComparison.Ordinal);
            if (!named && !periphrasis) continue;
            // the portfolio's head word: "Agriculture" of "ministre de l'Agriculture", "Affaires" of "des Affaires étrangères"
            string? portfolio = named
                ? post.RoleLabel.Split([' ', '\'', '’']).FirstOrDefault(w => w.Length > 2 && char.IsUpper(w[0]))
                : post.ResolutionKey.Split('-').Skip(1).FirstOrDefault(w => w.Length > 3);
            if (portfolio is null) continue;
            if (named ? !after.Contains(portfolio, StringComparison.Ordinal) : !afterFolded.Contains(portfolio, StringComparison.Ordinal)) continue;
            var holder = doc.Entities[post.HolderMentionIndex];
            if (holder.Kind != EntityKind.Person || holder.ClusterId >= 0 && !seen.Add(holder.ClusterId)) continue;
            attendees.Add(post.HolderMentionIndex);
        }
    }

    /// <summary>
    /// The year before the article's that the sentence names, when the meeting has no date of the article's year of its own.
    /// </summary>
    private static int? EarlierYearOf(AnalyzedDocument doc, TextSpan sentence, TextSpan trigger, int? dateIndex, PartialDate? date)
    {
        if (doc.Article.Date is not { } published) return null;
        if (dateIndex is not null && date is { } own && own.Year >= published.Year) return null;
        foreach (var d in doc.Dates)
        {
            if (!sentence.Contains(d.Span) || d.Expression.Year is not { } year || year >= published.Year || !IsEnYear(doc.Text, d.Span)) continue;
            // the year must date the trigger's own phrase: close by, not across a colon ("se retrouvent face à face : en 2018, …")
            int from = Math.Min(d.Span.End, trigger.End), to = Math.Max(d.Span.Start, trigger.Start);
            if (to - from > 60 || doc.Text.AsSpan(from, Math.Max(0, to - from)).ContainsAny(":;")) continue;
            return year;
        }
        return null;
    }

    /// <summary>"la grève de 2019, année où elle avait rencontré pour la première fois un ministre": a first encounter in an earlier year.</summary>
    private static bool FirstEncounterInEarlierYear(AnalyzedDocument doc, TextSpan sentence)
    {
        if (doc.Article.Date is not { } published || !FrenchText.Lower(sentence.Of(doc.Text)).Contains("pour la première fois")) return false;
        foreach (var d in doc.Dates)
            if (sentence.Contains(d.Span) && d.Expression.Year is { } year && year < published.Year) return true;
        return false;
    }

    /// <summary>"en 2023": a year that dates an event; "depuis 2018", "de 2015 à 2019" tell a duration, not when something happened.</summary>
    private static bool IsEnYear(string text, TextSpan span)
    {
        string said = FrenchText.Lower(text.AsSpan(span.Start, span.Length));
        if (said.StartsWith("en ", StringComparison.Ordinal)) return true;
        int from = Math.Max(0, span.Start - 3);
        return FrenchText.Lower(text.AsSpan(from, span.Start - from)) is "en ";
    }

    private static readonly HashSet<string> PastPerfectAuxiliaries = new(StringComparer.Ordinal)
    { "avait", "avaient", "était", "étaient", "s'était", "s'étaient", "eut", "eurent", "n'avait", "n'était", "auparavant", "jadis", "autrefois", "naguère" };

    /// <summary>
    /// A pluperfect ("qui avait participé à un sommet", "il s'était entretenu") or a time-past adverb just before
    /// the trigger: a meeting from before the article's news, whose date the article's date does not give.
    /// </summary>
    private static bool IsPastPerfect(string text, List<TextSpan> words, int first, int afterLast, TextSpan clause)
    {
        for (int j = first; j < afterLast; j++)
            if (PastPerfectAuxiliaries.Contains(FrenchText.Lower(words[j].Of(text)))) return true;
        for (int j = first - 1; j >= 0 && j >= first - 8 && words[j].Start >= clause.Start; j--)
            if (PastPerfectAuxiliaries.Contains(FrenchText.Lower(words[j].Of(text)))) return true;
        return false;
    }

    private static readonly HashSet<string> SeriesWords = new(StringComparer.Ordinal)
    { "prochain", "prochaine", "suivant", "suivante", "précédent", "précédente", "dernier", "dernière" };

    /// <summary>
    /// The organization holding the summits told so far: the one most summit mentions name ("le sommet de l'UA",
    /// "leur sommet"), the earliest on a tie; a summit named in passing ("en vue du sommet du G20") loses.
    /// </summary>
    private static int? SeriesOrganization(AnalyzedDocument doc, List<MeetingMention> found)
    {
        var counts = new Dictionary<int, (int Count, int First)>();
        foreach (var m in found)
        {
            if (m.Type != MeetingType.Summit) continue;
            foreach (var k in m.AttendeeMentionIndexes)
            {
                if (doc.Entities[k].Kind != EntityKind.Organization) continue;
                int id = doc.Entities[k].ClusterId >= 0 ? doc.Entities[k].ClusterId : -1 - k;
                counts[id] = counts.TryGetValue(id, out var c) ? (c.Count + 1, c.First) : (1, k);
            }
        }
        if (counts.Count == 0) return null;
        return counts.Values.OrderByDescending(v => v.Count).ThenBy(v => v.First).First().First;
    }

    /// <summary>"le prochain sommet", "le sommet suivant", "lors du dernier sommet".</summary>
    private static bool IsOfASeries(string text, List<TextSpan> words, int first, int afterLast) =>
        first > 0 && SeriesWords.Contains(FrenchText.Lower(words[first - 1].Of(text)))
        || afterLast < words.Count && SeriesWords.Contains(FrenchText.Lower(words[afterLast].Of(text)));

    private static readonly HashSet<string> LongUnits = new(StringComparer.Ordinal) { "ans", "années", "mois", "décennies", "siècles" };

    private static readonly HashSet<string> ProcessVerbs = new(StringComparer.Ordinal)
    { "engagé", "engager", "engage", "engagent", "entamé", "entamer", "ouvert", "ouvrir", "mené", "mener", "mènent", "poursuivi", "poursuivre", "poursuivent", "lancé", "lancer" };

    /// <summary>
    /// "après plus de vingt ans de négociations", "des mois de discussions": a process of years or months, not a
    /// meeting; so are "ont engagé des négociations avec X", "mener des discussions" (a process opened, no sitting).
    /// </summary>
    private static bool IsLongProcess(string text, List<TextSpan> words, int first)
    {
        if (first < 2) return false;
        if (FrenchText.Lower(words[first - 1].Of(text)) == "des" && ProcessVerbs.Contains(FrenchText.Lower(words[first - 2].Of(text)))) return true;
        string de = FrenchText.Lower(words[first - 1].Of(text));
        if (de is not ("de" or "d'")) return false;
        return LongUnits.Contains(FrenchText.Lower(words[first - 2].Of(text)));
    }

    /// <summary>"par visioconférence", "en visioconférence", "par téléphone", "au téléphone": how a meeting was held.</summary>
    private static bool IsMeansModifier(string text, List<TextSpan> words, int first) =>
        first > 0 && FrenchText.Lower(words[first - 1].Of(text)) is "par" or "en" or "au";

    /// <summary>Talks of the article's own month (not "en mai 2023"): the negotiation a signing follows.</summary>
    private static bool OfTheArticlesMonth(PartialDate? date, PartialDate? article) =>
        date is { } d && article is { } a && d.Year == a.Year && d.Month is not null && d.Month == a.Month;

    /// <summary>"lors de sa visite", "pendant son séjour": a possessed meeting noun as the occasion of what came before.</summary>
    private static bool IsOccasionNoun(string text, List<TextSpan> words, int first)
    {
        if (first < 2 || FrenchText.Lower(words[first - 1].Of(text)) is not ("sa" or "son" or "leur")) return false;
        string w = FrenchText.Lower(words[first - 2].Of(text));
        return w is "de" && first >= 3 && FrenchText.Lower(words[first - 3].Of(text)) is "lors" or "pendant" or "durant" || w is "pendant" or "durant";
    }

    /// <summary>"pour leur sommet", "pour une réunion": a meeting noun as the purpose of what came before.</summary>
    private static bool IsPurposeNoun(string text, List<TextSpan> words, int first)
    {
        if (first < 2) return false;
        string det = FrenchText.Lower(words[first - 1].Of(text));
        // "pour leur sommet annuel", "pour un sommet extraordinaire"
        if (det is not ("leur" or "le" or "son" or "sa" or "un" or "une" or "ce" or "cette" or "la")) return false;
        return FrenchText.Lower(words[first - 2].Of(text)) == "pour";
    }

    /// <summary>"…à Kiev, où il a été reçu par Y": a relative clause on the place just named.</summary>
    private static bool AfterWhere(string text, List<TextSpan> words, int first, TextSpan clause)
    {
        for (int j = first - 1; j >= 0 && j >= first - 4 && words[j].Start >= clause.Start; j--)
            if (FrenchText.Lower(words[j].Of(text)) == "où") return true;
        return false;
    }

    /// <summary>"a rencontré sa future épouse", "rencontrer son mari": a personal tie, not a news meeting.</summary>
    private bool MeetsARelative(string text, List<TextSpan> words, int afterLast)
    {
        int j = afterLast;
        if (j < words.Count && FrenchText.Lower(words[j].Of(text)) is "sa" or "son" or "ses" or "leur" or "leurs") j++; else return false;
        if (j < words.Count && FrenchText.Lower(words[j].Of(text)) is "futur" or "future" or "futurs" or "actuel" or "actuelle" or "premier" or "première" or "ancien" or "ancienne") j++;
        return j < words.Count && _lexicon.RelationWords.Contains(FrenchText.Lower(words[j].Of(text)));
    }

    /// <summary>"pour rencontrer", "afin de s'entretenir": an infinitive of purpose.</summary>
    private static bool IsPurposeInfinitive(string text, List<TextSpan> words, int first)
    {
        int j = first - 1;
        if (j >= 0 && FrenchText.Lower(words[j].Of(text)) is "se" or "s'") j--;
        if (j < 0) return false;
        string w = FrenchText.Lower(words[j].Of(text));
        return w == "pour" || w is "de" or "d'" && j > 0 && FrenchText.Lower(words[j - 1].Of(text)) == "afin";
    }

    private static readonly HashSet<string> NegationWords = new(StringComparer.Ordinal) { "pas", "jamais", "plus", "guère", "point" };

    /// <summary>
    /// A wish or readiness ("souhaite rencontrer", "se dit prêt à rencontrer"; meeting-wishes-fr.tsv) right
    /// before a verb trigger, or a negation: "n'a pas rencontré", "ne s'est jamais entretenu", "n'avait plus eu
    /// d'échange", "aucune rencontre". Neither is a meeting, held or planned.
    /// </summary>
    private bool IsWishOrNegated(string text, List<TextSpan> words, int first, int afterLast, MeetingTrigger trigger, TextSpan clause)
    {
        int from = Math.Max(0, first - 4);
        for (int j = from; j < first; j++)
        {
            if (words[j].Start < clause.Start) continue;
            if (trigger.IsVerb && _lexicon.Wishes.TryMatch(text, words, j, out int n, out _) && j + n >= first - 2) return true;
        }
        if (first > 0 && FrenchText.Lower(words[first - 1].Of(text)) is "aucune" or "aucun" or "nulle") return true;
        // "une rencontre entre X et Y reste exclue", "est hors de question"
        for (int j = afterLast; j + 1 < words.Count && j < afterLast + 18 && words[j].Start < clause.End; j++)
        {
            string w = FrenchText.Lower(words[j].Of(text));
            if (j > afterLast && _lexicon.Triggers.TryMatch(text, words, j, out _, out _) && FrenchText.Lower(words[j - 1].Of(text)) != "au") break;
            if (w is "reste" or "restent" or "est" or "sont" or "demeure" or "semble" or "paraît" or "été")
                for (int k = j + 1; k < words.Count && k <= j + 3; k++)
                    if (FrenchText.Lower(words[k].Of(text)) is "exclue" or "exclu" or "exclues" or "exclus" or "improbable" or "inenvisageable") return true;
            if (w == "hors" && j + 2 < words.Count && FrenchText.Lower(words[j + 1].Of(text)) == "de" && FrenchText.Lower(words[j + 2].Of(text)) == "question") return true;
        }
        // "ne … pas" around the verb, or before "de"/"d'" + noun: "n'a pas eu d'entretien"
        bool negator = false;
        for (int j = from; j < afterLast; j++)
        {
            if (words[j].Start < clause.Start) continue;
            string w = FrenchText.Lower(words[j].Of(text));
            if (w is "ne" || w.StartsWith("n'", StringComparison.Ordinal)) negator = true;
            else if (negator && NegationWords.Contains(w))
            {
                if (trigger.IsVerb) return true;
                string prev = first > 0 ? FrenchText.Lower(words[first - 1].Of(text)) : "";
                if (prev is "de" || prev.StartsWith("d'", StringComparison.Ordinal)) return true;
            }
        }
        return false;
    }

    private static readonly string[] ReflexiveParticiples = ["entretenu", "entretenue", "entretenus", "entretenues", "réuni", "réunie", "réunis", "réunies", "rendu", "rendue", "rendus", "parlé"];

    /// <summary>
    /// A reflexive past with up to four lower-case words (and commas) between auxiliary and participle:
    /// "s'est lui aussi entretenu", "se sont, de leur côté, réunis". The trigger is looked up as if contiguous.
    /// </summary>
    private bool TrySplitReflexive(string text, List<TextSpan> words, int i, out int aux, out MeetingTrigger trigger)
    {
        aux = -1;
        trigger = null!;
        string part = FrenchText.Lower(words[i].Of(text));
        if (Array.IndexOf(ReflexiveParticiples, part) < 0) return false;
        for (int k = i - 2; k >= 0 && k >= i - 6; k--)
        {
            string w = FrenchText.Lower(words[k].Of(text));
            string? key = w is "s'est" or "s'était" ? w + " " + part
                : w is "se" && FrenchText.Lower(words[k + 1].Of(text)) is "sont" or "étaient" && k + 1 < i - 1 ? "se " + FrenchText.Lower(words[k + 1].Of(text)) + " " + part
                : null;
            if (key is null)
            {
                // only lower-case adverbs and pronouns may stand between ("lui aussi", "en revanche", "de son côté")
                if (!char.IsLower(text[words[k].Start]) || HasStrongPunctuation(text, words[k].End, words[k + 1].Start)) return false;
                continue;
            }
            if (HasStrongPunctuation(text, words[k].End, words[k + 1].Start) || !_lexicon.Triggers.TryGet(key, out trigger)) return false;
            aux = k;
            return true;
        }
        return false;
    }

    private static bool HasStrongPunctuation(string text, int from, int to)
    {
        for (int c = from; c < to; c++)
            if (text[c] is ';' or ':' or '.' or '(' or ')' or '«' or '»' or '"' or '“' or '”') return true;
        return false;
    }

    /// <summary>"les deux hommes/dirigeants/ministres" within a few words of the trigger, before or after it.</summary>
    private static bool RefersToPreviousPair(string text, TextSpan trigger, TextSpan clause)
    {
        int from = Math.Max(clause.Start, trigger.Start - 40);
        int to = Math.Min(clause.End, trigger.End + 30);
        string before = FrenchText.Lower(text.AsSpan(from, trigger.Start - from));
        string after = FrenchText.Lower(text.AsSpan(trigger.End, Math.Max(0, to - trigger.End)));
        return before.Contains("les deux ", StringComparison.Ordinal) || after.TrimStart().StartsWith("entre les deux ", StringComparison.Ordinal);
    }

    private static bool InsideLongQuote(string text, List<Quotation> quotes, List<TextSpan> words, TextSpan span)
    {
        foreach (var q in quotes)
        {
            if (!(q.Outer.Start < span.Start && span.End <= q.Outer.End)) continue;
            int n = 0;
            foreach (var w in words)
            {
                if (w.Start >= q.Inner.End) break;
                if (w.Start >= q.Inner.Start) n++;
            }
            // a short lower-case fragment is a scare-quoted noun phrase, not a speaker's sentence
            return n > 4 || !char.IsLower(text[q.Inner.Start]);
        }
        return false;
    }

    /// <summary>The trigger's clause: the sentence, cut after the last "que"/";" before the trigger (a reported clause starts there).</summary>
    private static TextSpan ClauseAround(AnalyzedDocument doc, List<TextSpan> words, int triggerWord, TextSpan sentence)
    {
        string text = doc.Text;
        int start = sentence.Start;
        for (int j = triggerWord - 1; j >= 0 && words[j].Start >= sentence.Start; j--)
        {
            string w = FrenchText.Lower(words[j].Of(text));
            if (w == "que" || w.StartsWith("qu'", StringComparison.Ordinal))
            {
                start = w == "que" ? words[j].End : words[j].Start + 3;
                break;
            }
        }
        int semi = text.LastIndexOf(';', Math.Max(start, words[triggerWord].Start - 1), Math.Max(0, words[triggerWord].Start - start));
        if (semi >= start) start = semi + 1;
        int end = sentence.End;
        int semiAfter = text.IndexOf(';', words[triggerWord].End, Math.Max(0, sentence.End - words[triggerWord].End));
        if (semiAfter >= 0) end = semiAfter;
        return new TextSpan(start, end);
    }

    private MeetingType RefineType(string text, List<TextSpan> words, int first, int afterLast, TextSpan clause, MeetingTrigger trigger)
    {
        var type = trigger.Type;
        if (type is MeetingType.Talks or MeetingType.Meeting)
        {
            // "s'entretenir sur une ligne téléphonique", "discuté au téléphone", "par visioconférence": a call
            for (int j = afterLast; j < words.Count && j < afterLast + 8 && words[j].Start < clause.End; j++)
            {
                if (FrenchText.Fold(words[j].Of(text)).StartsWith("telephon", StringComparison.Ordinal)) return MeetingType.PhoneCall;
                if (trigger.IsVerb && IsMeansModifier(text, words, j) && _lexicon.Triggers.TryMatch(text, words, j, out _, out var means) && means.Type == MeetingType.PhoneCall)
                    return MeetingType.PhoneCall;
            }
            // "les ministres des Affaires étrangères de l'Unesco se sont réunis", "réunion des ministres"
            for (int j = Math.Max(0, trigger.Lemma is "réunion" or "se réunir" ? first - 25 : first - 8); j < afterLast + 3 && j < words.Count; j++)
            {
                if (words[j].Start < clause.Start || words[j].Start >= clause.End) continue;
                if (FrenchText.Lower(words[j].Of(text)) is "ministres" && (j < first || j == afterLast || j == afterLast + 1))
                    return MeetingType.MinisterialMeeting;
            }
        }
        return type;
    }

    private List<int> Attendees(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, int first, int afterLast, MeetingTrigger trigger, TextSpan clause)
    {
        string text = doc.Text;
        var result = new List<int>();
        int triggerEnd = words[afterLast - 1].End;
        int triggerStart = words[first].Start;

        // "entre X et Y": exactly those, also past a modifier ("la rencontre de haut niveau prévue vendredi dans la capitale belge entre X et Y")
        int look = afterLast;
        for (; look < words.Count && look < afterLast + 12 && words[look].Start < clause.End; look++)
        {
            string w = FrenchText.Lower(words[look].Of(text));
            if (w == "entre")
            {
                AddNounPhraseList(doc, words, finder, look + 1, clause.End, result);
                if (result.Count > 0) return result;
                break;
            }
            if (w is "avec" or "face") break;
        }

        // a noun right after "de": "la rencontre de X avec Y"
        if (!trigger.IsVerb && afterLast < words.Count && FrenchText.Lower(words[afterLast].Of(text)) is "de" or "du")
        {
            int at = NextNonSpace(text, words[afterLast].End);
            // "le sommet de l'Union africaine", "la réunion de la Commission": past the article
            if (at + 2 < text.Length && char.ToLowerInvariant(text[at]) == 'l' && FrenchText.IsApostrophe(text[at + 1])) at += 2;
            else if (at + 3 < text.Length && text.AsSpan(at, 3).Equals("la ", StringComparison.OrdinalIgnoreCase) && MentionStartingAt(doc, at) < 0) at = NextNonSpace(text, at + 3);
            int k = MentionStartingAt(doc, at);
            if (k >= 0 && finder.CanSpeak(k)) result.Add(k);
        }

        // the subject side
        bool takeSubject = trigger.IsVerb;
        bool allSubjects = false;
        string prev = first > 0 ? FrenchText.Lower(words[first - 1].Of(text)) : "";
        if (prev.StartsWith("d'", StringComparison.Ordinal)) prev = prev[2..];
        if (!trigger.IsVerb)
        {
            if (prev is "son" or "sa" or "ses")
            {
                // "son entretien avec X": the possessor is the sentence's subject, wherever it stands
                if (PossessorOf(doc, finder, words, first, afterLast) is { } owner) result.Add(owner);
            }
            else if (prev is "leur" or "leurs") { takeSubject = true; allSubjects = true; }
            else
                for (int j = first - 1; j >= 0 && j >= first - 7 && words[j].Start >= clause.Start; j--)
                {
                    string w = FrenchText.Lower(words[j].Of(text));
                    if (!SubjectLinkVerbs.Contains(w)) continue;
                    takeSubject = true;
                    // "X et Y ont eu un entretien", "auront une rencontre": every subject of a plural verb
                    allSubjects = w is "lors" or "ont" or "avaient" or "auront"
                        || j > 0 && FrenchText.Lower(words[j - 1].Of(text)) is "ont" or "avaient" or "auront";
                    break;
                }
        }
        string triggerForm = FrenchText.Lower(text.AsSpan(triggerStart, triggerEnd - triggerStart));
        bool passive = trigger.IsVerb && triggerForm.Contains(" été ", StringComparison.Ordinal);
        if (takeSubject)
        {
            bool plural = allSubjects || trigger.IsVerb && IsPluralVerb(text, words, first, afterLast);
            int? pronounAt = trigger.IsVerb ? SubjectPronounBefore(text, words, first, clause.Start) : null;
            if (pronounAt is { } pos)
            {
                string pronoun = FrenchText.Lower(text.AsSpan(pos, 4)).TrimEnd();
                if (pronoun.StartsWith("ils", StringComparison.Ordinal) || pronoun.StartsWith("elle", StringComparison.Ordinal) && text.Length > pos + 5 && text[pos + 5] == ' ' && text[pos + 4] == 's')
                {
                    AddPluralAntecedents(doc, finder, pos, result);
                    // "Les deux négociateurs … : ils s'étaient déjà fait face": the two persons spoken of last
                    if (result.Count == 0 && doc.SentenceIndexAt(pos) is var ps and >= 0
                        && FrenchText.Lower(text.AsSpan(doc.Sentences[ps].Start, pos - doc.Sentences[ps].Start)).Contains("les deux ", StringComparison.Ordinal))
                        AddLastTwoPersons(doc, finder, doc.Sentences[ps].Start, result);
                }
                else if (finder.ResolvePronoun(pos, null, -10, pronoun.StartsWith("elle", StringComparison.Ordinal) ? "elle" : "il") is { } antecedent) result.Add(antecedent);
            }
            else if (plural) AddAllSubjects(doc, finder, clause.Start, triggerStart, result);
            else if (finder.SubjectBefore(clause.Start, triggerStart, allowQuoteBetween: true) is { } s) result.Add(s);
            else if (trigger.IsVerb && DefiniteRoleAt(text, words, WordAtOrAfter(words, clause.Start), first) is { } g
                && PersonNamedBefore(doc, finder, triggerStart, g, result) is { } holder) result.Add(holder);
            // "La veille, la Première ministre avait reçu": the person the article names as holding that post, else by gender
            else if (trigger.IsVerb && RoleHolderInClause(doc, words, WordAtOrAfter(words, clause.Start), first, result) is { } roleHolder) result.Add(roleHolder);
            else if (trigger.IsVerb && DefiniteRoleInClause(text, words, WordAtOrAfter(words, clause.Start), first) is { } g2
                && PersonNamedBefore(doc, finder, triggerStart, g2, result) is { } holder2) result.Add(holder2);
            // "L'association doit rencontrer lundi le préfet": the organization the article introduced with that word
            else if (trigger.IsVerb && DefiniteOrgNounBefore(doc, words, WordAtOrAfter(words, clause.Start), first) is { } body) result.Add(body);
            else if (ComplementOrganizationBefore(doc, clause.Start, triggerStart) is { } org) result.Add(org);
            // "les deux hommes se sont entretenus", "les deux dirigeants ont eu un entretien": the pair named just before
            if (result.Count == 0 && plural && TwoOfThemBefore(text, words, first, clause.Start) is { } pairAt)
            {
                AddPluralAntecedents(doc, finder, pairAt, result);
                if (result.Count == 0) AddLastTwoPersons(doc, finder, pairAt, result);
            }
            // "Lors d'une visioconférence avec Y mercredi, X a plaidé…": the main clause's subject, after the comma
            if (allSubjects && FrontedLors(text, words, first, clause.Start) && !result.Any(k => doc.Entities[k].Span.Start < triggerStart)
                && MainSubjectAfterComma(doc, finder, triggerEnd, clause.End) is { } main && !result.Contains(main))
                result.Add(main);
        }

        // "X l'a appelée": the object pronoun stands for the person a previous sentence is about (gender from the participle's agreement)
        if (trigger.IsVerb && triggerForm.StartsWith("l'", StringComparison.Ordinal) && doc.SentenceIndexAt(triggerStart) is var tsi and >= 0)
        {
            string pronoun = triggerForm.EndsWith('e') ? "elle" : "il";
            if ((PersonNamedBefore(doc, finder, doc.Sentences[tsi].Start, pronoun == "elle" ? 'f' : 'm', result)
                 ?? finder.ResolvePronoun(doc.Sentences[tsi].Start, null, -10, pronoun)) is { } obj
                && !result.Any(k => SameEntity(doc, k, obj)))
                result.Add(obj);
        }

        // "avec X", "face à X", "à X" (calls), and a verb's direct object
        var durations = _lexicon.Durations.FindAll(text, clause);
        for (int j = afterLast; j < words.Count && j < afterLast + 12 && words[j].Start < clause.End; j++)
        {
            string w = FrenchText.Lower(words[j].Of(text));
            // "avec" after a comma, a new clause or another meeting word belongs to something else
            if (j > afterLast && HasPunctuation(text, words[j - 1].End, words[j].Start)) break;
            // "s'est entretenu pendant une heure samedi avec X": a duration does not end the search
            if (w is "pendant" && durations.Any(d => d.Span.Start >= words[j].End && d.Span.Start - words[j].End <= 12)) continue;
            if (w is "après" or "avant" or "lors" or "mais" or "qui" or "alors" or "pendant" or "depuis" or "afin" or "pour") break;
            // "a été reçu par X": the agent of a passive is the other party
            if (passive && w is "par")
            {
                AddNounPhraseList(doc, words, finder, j + 1, clause.End, result);
                break;
            }
            if (j > afterLast && _lexicon.Triggers.TryMatch(text, words, j, out _, out _) && !(trigger.IsVerb && IsMeansModifier(text, words, j))) break;
            if (w is "avec" || w == "face" && j + 1 < words.Count && FrenchText.Lower(words[j + 1].Of(text)) is "à" or "au" or "aux")
            {
                int before = result.Count;
                int from = w == "face" ? j + 2 : j + 1;
                AddNounPhraseList(doc, words, finder, from, clause.End, result);
                // "avec la présidente élue": a title with no name stands for the person named earlier
                if (result.Count == before && from < words.Count && DefiniteRoleAt(text, words, from, Math.Min(words.Count, from + 4)) is { } g
                    && PersonNamedBefore(doc, finder, words[from].Start, g, result) is { } holder)
                    result.Add(holder);
                break;
            }
            if (trigger.Type == MeetingType.PhoneCall && w is "à" && (j == afterLast || OnlyDateWordsBetween(text, words, afterLast, j)))
            {
                AddNounPhraseList(doc, words, finder, j + 1, clause.End, result);
                break;
            }
        }
        bool reflexive = first > 0 && FrenchText.Lower(words[first - 1].Of(text)) is "se" or "s'";
        if (trigger.IsVerb && trigger.Lemma is "rencontrer" or "recevoir" && !reflexive && !passive && afterLast < words.Count)
        {
            for (int k = 0; k < doc.Entities.Count; k++)
            {
                var m = doc.Entities[k];
                if (m.Span.Start < triggerEnd) continue;
                if (m.Span.Start > triggerEnd + 60 || m.Span.Start >= clause.End) break;
                // "rencontrer le négociateur ukrainien, X, jeudi": an apposition after one comma is still the object
                if (HasPunctuation(text, triggerEnd, TitleStart(text, m.Span.Start)) && !(CommaJustBefore(text, m.Span.Start) && !HasPunctuation(text, triggerEnd, CommaBefore(text, m.Span.Start)))) break;
                // the verb's own object: only a preposition right before it makes it something else
                if (!finder.CanSpeak(k) || finder.IsComplementImmediate(m.Span)) continue;
                if (!result.Contains(k)) result.Add(k);
                break;
            }
        }
        // "a reçu les présidents des groupes, dont X (LR)": the one named among them
        if (trigger.IsVerb && trigger.Lemma is "rencontrer" or "recevoir" or "réunir" && !passive)
            for (int j = afterLast; j + 1 < words.Count && j < afterLast + 20 && words[j].Start < clause.End; j++)
                if (FrenchText.Lower(words[j].Of(text)) == "dont" && text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Contains(','))
                {
                    if (FirstMentionAfter(doc, words[j].End, Math.Min(clause.End, words[j].End + 40), k => finder.CanSpeak(k)) is { } named
                        && !result.Any(r => SameEntity(doc, r, named))) result.Add(named);
                    break;
                }
        // "avait reçu mardi à Bercy les deux dirigeants": the persons the article named together before
        if (trigger.IsVerb && trigger.Lemma is "rencontrer" or "recevoir" && !reflexive && !passive && result.Count <= 1)
            for (int j = afterLast; j + 1 < words.Count && j < afterLast + 6 && words[j].Start < clause.End; j++)
            {
                if (j > afterLast && HasPunctuation(text, words[j - 1].End, words[j].Start)) break;
                if (FrenchText.Lower(words[j].Of(text)) == "les" && FrenchText.Lower(words[j + 1].Of(text)) == "deux")
                {
                    var pair = new List<int>();
                    AddPluralAntecedents(doc, finder, words[j].Start, pair, result);
                    result.AddRange(pair);
                    break;
                }
            }
        // "devait rencontrer mercredi la présidente élue": a bare title as the object stands for a person named before
        if (trigger.IsVerb && trigger.Lemma is "rencontrer" or "recevoir" && !reflexive && !passive && result.Count <= 1)
            for (int j = afterLast; j < words.Count && j < afterLast + 3 && words[j].Start < clause.End; j++)
            {
                if (DefiniteRoleAt(text, words, j, Math.Min(words.Count, j + 4)) is { } g)
                {
                    if (PersonNamedBefore(doc, finder, words[j].Start, g, result) is { } holder) result.Add(holder);
                    break;
                }
                if (!IsDateWord(FrenchText.Lower(words[j].Of(text)))) break;
            }
        // "réunion des ministres de la Défense des pays membres de l'Unesco": the organization meeting
        if (trigger.Type == MeetingType.MinisterialMeeting || trigger.Lemma is "réunion" or "se réunir")
            for (int k = 0; k < doc.Entities.Count; k++)
            {
                var m = doc.Entities[k];
                if (m.Span.Start < triggerEnd) continue;
                if (m.Span.Start > triggerEnd + 80 || m.Span.Start >= clause.End || HasPunctuation(text, triggerEnd, m.Span.Start)) break;
                if (m.Kind == EntityKind.Organization && finder.IsGenitive(m.Span) && !result.Contains(k)) { result.Add(k); break; }
            }
        // "a reçu les négociateurs de l'Aosis, emmenés par X", "a rencontré des responsables de la CSL", "co-présidées par X et
        // Y", "qu'elle devait présider": delegations, leaders and chairs named around the trigger
        AddDelegationsAndChairs(doc, words, finder, first, afterLast, trigger, clause, result);
        // "X, accompagné de Y, s'est rendu…", "l'émissaire, accompagné dans sa mission de Y, pourrait rencontrer Z":
        // the companion attends too
        if (takeSubject || trigger.IsVerb) AddCompanions(doc, words, finder, clause.Start, triggerStart, result);
        result.RemoveAll(k => !finder.CanAttend(k));
        result.Sort();
        return result.Distinct().ToList();
    }

    private static readonly HashSet<string> DelegationNouns = new(StringComparer.Ordinal)
    { "négociateurs", "représentants", "responsables", "dirigeants", "délégués", "délégations", "délégation", "émissaires", "envoyés", "membres", "chefs", "ministres", "syndicats", "présidents" };

    private void AddDelegationsAndChairs(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, int first, int afterLast, MeetingTrigger trigger, TextSpan clause, List<int> result)
    {
        string text = doc.Text;
        int end = Math.Min(words.Count, afterLast + 25);
        for (int j = afterLast; j < end && words[j].Start < clause.End; j++)
        {
            string w = FrenchText.Lower(words[j].Of(text));
            // the verb's object "les négociateurs de X" / "des responsables de X": X, an organization
            if (trigger.IsVerb && j <= afterLast + 5 && DelegationNouns.Contains(w) && j + 1 < words.Count
                && FrenchText.Lower(words[j + 1].Of(text)) is "de" or "du" or "des" || trigger.IsVerb && j <= afterLast + 5 && DelegationNouns.Contains(w) && j + 1 < words.Count && FrenchText.Lower(words[j + 1].Of(text)).StartsWith("d'", StringComparison.Ordinal))
            {
                if (FirstMentionAfter(doc, words[j].End, Math.Min(clause.End, words[j].End + 50), k => doc.Entities[k].Kind == EntityKind.Organization) is { } org
                    && !result.Any(r => SameEntity(doc, r, org))) result.Add(org);
                continue;
            }
            // "emmenés par X", "présidée par X", "co-présidées par X et Y"
            if ((w.StartsWith("emmené", StringComparison.Ordinal) || w.StartsWith("présidé", StringComparison.Ordinal) || w.StartsWith("co-présidé", StringComparison.Ordinal)
                 || w.StartsWith("coprésidé", StringComparison.Ordinal) || w.StartsWith("conduit", StringComparison.Ordinal) || w.StartsWith("dirigé", StringComparison.Ordinal))
                && j + 1 < words.Count && FrenchText.Lower(words[j + 1].Of(text)) == "par")
            {
                AddNounPhraseList(doc, words, finder, j + 2, clause.End, result);
                continue;
            }
            // "une réunion …, qu'elle devait présider": the chair
            if (!trigger.IsVerb && (w.StartsWith("qu'", StringComparison.Ordinal) || w == "que") && j + 3 < words.Count)
            {
                string pronoun = w == "que" ? FrenchText.Lower(words[j + 1].Of(text)) : w[3..];
                bool chairs = false;
                for (int k = j; k < j + 4 && k < words.Count; k++)
                {
                    string v = FrenchText.Lower(words[k].Of(text));
                    if (v.StartsWith("présid", StringComparison.Ordinal) || v.StartsWith("organis", StringComparison.Ordinal) || v.StartsWith("anim", StringComparison.Ordinal)) chairs = true;
                }
                if (chairs && pronoun is "il" or "elle" && finder.ResolvePronoun(words[j].Start, null, -10, pronoun) is { } chair && !result.Any(r => SameEntity(doc, r, chair)))
                    result.Add(chair);
            }
        }
    }

    private static int? FirstMentionAfter(AnalyzedDocument doc, int from, int to, Func<int, bool> accept)
    {
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start < from) continue;
            if (m.Span.Start >= to) break;
            if (accept(k)) return k;
        }
        return null;
    }

    /// <summary>
    /// A bare definite title opening the subject ("la Première ministre", also after a fronted "La veille,"): the
    /// holder of a post with that title stated earlier in the article (post extractor), the latest one.
    /// </summary>
    private int? RoleHolderInClause(AnalyzedDocument doc, List<TextSpan> words, int from, int first, List<int> taken)
    {
        string text = doc.Text;
        for (int j = from; j < first && j < from + 6; j++)
        {
            if (j > from && !text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Contains(',')) continue;
            if (DefiniteRoleAt(text, words, j, first) is null) continue;
            string title = FrenchText.Lower(text.AsSpan(words[j + 1].Start, words[Math.Min(first, j + 3) - 1].End - words[j + 1].Start));
            // among the holders of that title, the one the text spoke of last
            int? best = null;
            int bestAt = -1;
            foreach (var post in doc.Posts)
            {
                var holder = doc.Entities[post.HolderMentionIndex];
                if (holder.Span.Start >= words[j].Start || holder.Kind != EntityKind.Person) continue;
                string role = FrenchText.Lower(post.RoleLabel);
                if (!(role.StartsWith(title, StringComparison.Ordinal) || title.StartsWith(role, StringComparison.Ordinal))) continue;
                if (taken.Any(t => SameEntity(doc, t, post.HolderMentionIndex))) continue;
                int last = holder.Span.Start;
                for (int k = 0; k < doc.Entities.Count && doc.Entities[k].Span.Start < words[j].Start; k++)
                    if (SameEntity(doc, k, post.HolderMentionIndex)) last = Math.Max(last, doc.Entities[k].Span.Start);
                if (last > bestAt) { bestAt = last; best = post.HolderMentionIndex; }
            }
            return best;
        }
        return null;
    }

    /// <summary>"La veille, la Première ministre avait reçu": a definite role opening the subject after a fronted adverbial.</summary>
    private char? DefiniteRoleInClause(string text, List<TextSpan> words, int from, int first)
    {
        if (DefiniteRoleAt(text, words, from, first) is { } g) return g;
        for (int j = from; j < first && j < from + 6; j++)
        {
            if (j > from && HasStrongPunctuation(text, words[j - 1].End, words[j].Start)) return null;
            if (j > from && text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Contains(',')
                && DefiniteRoleAt(text, words, j, first) is { } after) return after;
        }
        return null;
    }

    private static readonly HashSet<string> OrganizationNouns = new(StringComparer.Ordinal)
    { "association", "ong", "syndicat", "collectif", "fédération", "confédération", "entreprise", "société", "groupe", "organisation", "coalition", "intersyndicale" };

    /// <summary>
    /// "L'association doit rencontrer…": a definite organization noun as the subject stands for the nearest earlier
    /// organization whose name holds that noun or that the article introduced with it ("l'association X").
    /// </summary>
    private static int? DefiniteOrgNounBefore(AnalyzedDocument doc, List<TextSpan> words, int from, int first)
    {
        string text = doc.Text;
        if (from >= first || first - from > 3) return null;
        string w = FrenchText.Lower(words[from].Of(text));
        string noun = w.StartsWith("l'", StringComparison.Ordinal) ? w[2..] : w is "le" or "la" && from + 1 < first ? FrenchText.Lower(words[from + 1].Of(text)) : "";
        if (!OrganizationNouns.Contains(noun)) return null;
        int best = -1;
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start >= words[from].Start) break;
            if (m.Kind != EntityKind.Organization) continue;
            int look = Math.Max(0, m.Span.Start - 25);
            bool introduced = FrenchText.Lower(text.AsSpan(look, m.Span.End - look)).Contains(noun, StringComparison.Ordinal)
                || m.Span.End + 25 <= text.Length && FrenchText.Lower(text.AsSpan(m.Span.End, 25)).Contains(noun, StringComparison.Ordinal);
            if (introduced) best = k;
        }
        return best >= 0 ? best : null;
    }

    /// <summary>"mardi", "jeudi matin" between a verb and its complement.</summary>
    private static bool OnlyDateWordsBetween(string text, List<TextSpan> words, int from, int to)
    {
        for (int j = from; j < to; j++)
            if (!IsDateWord(FrenchText.Lower(words[j].Of(text)))) return false;
        return to > from;
    }

    /// <summary>"les deux négociateurs" when the two were named in different sentences: the last two persons named before.</summary>
    private static void AddLastTwoPersons(AnalyzedDocument doc, SpeakerFinder finder, int pos, List<int> result)
    {
        int sentence = doc.SentenceIndexAt(pos);
        if (sentence < 0) return;
        int from = doc.Sentences[Math.Max(0, sentence - 4)].Start;
        var picked = new List<int>();
        for (int k = doc.Entities.Count - 1; k >= 0 && picked.Count < 2; k--)
        {
            var m = doc.Entities[k];
            if (m.Span.Start >= pos) continue;
            if (m.Span.Start < from) break;
            if (m.Kind != EntityKind.Person || !finder.CanSpeak(k) || picked.Any(p => SameEntity(doc, p, k))) continue;
            picked.Add(k);
        }
        if (picked.Count == 2) result.AddRange(picked);
    }

    /// <summary>"les deux hommes", "les deux dirigeants" among the few words before the trigger: where "les" stands.</summary>
    private static int? TwoOfThemBefore(string text, List<TextSpan> words, int first, int clauseStart)
    {
        for (int j = first - 2; j >= 0 && j >= first - 6 && words[j].Start >= clauseStart; j--)
            if (FrenchText.Lower(words[j].Of(text)) == "les" && FrenchText.Lower(words[j + 1].Of(text)) == "deux") return words[j].Start;
        return null;
    }

    /// <summary>"Lors d'une réunion …" opening the clause (not "il a dit lors d'une réunion").</summary>
    private static bool FrontedLors(string text, List<TextSpan> words, int first, int clauseStart)
    {
        for (int j = first - 1; j >= 0 && j >= first - 4 && words[j].Start >= clauseStart; j--)
            if (FrenchText.Lower(words[j].Of(text)) == "lors")
                return j == 0 || words[j - 1].End <= clauseStart || j >= 1 && HasStrongPunctuation(text, words[j - 1].End, words[j].Start)
                    || text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Contains('\n');
        return false;
    }

    /// <summary>The first subject-like mention after the comma that closes a fronted phrase ("Lors de …, X a dit").</summary>
    private static int? MainSubjectAfterComma(AnalyzedDocument doc, SpeakerFinder finder, int from, int clauseEnd)
    {
        int comma = doc.Text.IndexOf(',', from, Math.Max(0, clauseEnd - from));
        if (comma < 0 || HasStrongPunctuation(doc.Text, from, comma) || comma - from > 80) return null;
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start <= comma) continue;
            if (m.Span.Start >= clauseEnd || m.Span.Start - comma > 60) break;
            if (finder.CanSpeak(k) && !finder.IsComplement(m.Span)) return k;
        }
        return null;
    }

    /// <summary>The first person named after "accompagné(e)(s) de/par" (within a few words) before the trigger.</summary>
    private static void AddCompanions(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, int clauseStart, int triggerStart, List<int> result)
    {
        string text = doc.Text;
        for (int j = WordAtOrAfter(words, clauseStart); j < words.Count && words[j].End <= triggerStart; j++)
        {
            if (!FrenchText.Lower(words[j].Of(text)).StartsWith("accompagn", StringComparison.Ordinal)) continue;
            // "X, accompagné de Y, a rencontré Z": X heads the subject even though Y stands nearer the verb
            for (int k = doc.Entities.Count - 1; k >= 0; k--)
            {
                var m = doc.Entities[k];
                if (m.Span.End > words[j].Start) continue;
                if (m.Span.End < clauseStart || text.AsSpan(m.Span.End, words[j].Start - m.Span.End).Trim().ToString() is not ("," or "")) break;
                if (m.Kind == EntityKind.Person && finder.CanSpeak(k) && !result.Any(r => SameEntity(doc, r, k))) result.Add(k);
                break;
            }
            int limit = Math.Min(triggerStart, words[j].End + 60);
            for (int k = 0; k < doc.Entities.Count; k++)
            {
                var m = doc.Entities[k];
                if (m.Span.Start < words[j].End) continue;
                if (m.Span.Start >= limit) break;
                if (m.Kind != EntityKind.Person || !finder.CanSpeak(k)) continue;
                int at = WordAtOrAfter(words, TitleStart(text, m.Span.Start));
                string before = at > 0 ? FrenchText.Lower(words[at - 1].Of(text)) : "";
                if (before is "de" or "du" or "par" or "d'" || before.StartsWith("d'", StringComparison.Ordinal) || text[words[at].Start] is 'd' or 'D' && at == WordAtOrAfter(words, m.Span.Start))
                {
                    if (!result.Any(r => SameEntity(doc, r, k))) result.Add(k);
                    break;
                }
            }
        }
    }

    /// <summary>Where "M. X", "Mme X", "Dr X" starts when a name at <paramref name="nameStart"/> has such a title (its dot is no boundary).</summary>
    private static int TitleStart(string text, int nameStart)
    {
        int i = nameStart - 1;
        while (i >= 0 && text[i] == ' ') i--;
        if (i < 0) return nameStart;
        int end = i + 1;
        if (text[i] == '.') i--;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        string title = text[(i + 1)..end];
        return title is "M." or "Mme" or "Mmes" or "MM." or "Dr" or "Dr." or "Me" or "Pr" or "Mgr" ? i + 1 : nameStart;
    }

    private static bool IsDateWord(string w) =>
        w is "lundi" or "mardi" or "mercredi" or "jeudi" or "vendredi" or "samedi" or "dimanche" or "matin" or "soir" or "midi" or "après-midi" or "prochain" or "prochaine" or "demain" or "aujourd'hui" or "également" or "aussi";

    private static int WordAtOrAfter(List<TextSpan> words, int offset)
    {
        int lo = 0, hi = words.Count;
        while (lo < hi) { int mid = (lo + hi) / 2; if (words[mid].Start < offset) lo = mid + 1; else hi = mid; }
        return lo;
    }

    /// <summary>
    /// "la ministre", "le président élu" starting at word <paramref name="at"/> (before word <paramref name="limit"/>):
    /// the gender its article gives ('f'/'m'), or null when the words there are no bare title.
    /// </summary>
    private char? DefiniteRoleAt(string text, List<TextSpan> words, int at, int limit)
    {
        if (at + 1 >= limit || at + 1 >= words.Count) return null;
        string article = FrenchText.Lower(words[at].Of(text));
        if (article is not ("le" or "la")) return null;
        if (!_lexicon.RoleHeads.Contains(FrenchText.Lower(words[at + 1].Of(text)))) return null;
        // a title followed by a name or a complement names someone else ("le ministre X", "la ministre de la Santé")
        for (int j = at + 2; j < limit && j < at + 4; j++)
        {
            string w = words[j].Of(text);
            if (char.IsUpper(w[0]) || FrenchText.Lower(w) is "de" or "du" or "des" or "d'") return null;
            if (HasPunctuation(text, words[j - 1].End, words[j].Start)) break;
        }
        return article == "la" ? 'f' : 'm';
    }

    /// <summary>
    /// The person a bare title or an object pronoun stands for: the nearest person mention in the eight
    /// sentences before <paramref name="pos"/> whose name is marked with that gender somewhere in the
    /// document ("Mme X", "la ministre …, X"), other than those already taken.
    /// </summary>
    private static int? PersonNamedBefore(AnalyzedDocument doc, SpeakerFinder finder, int pos, char gender, List<int> taken)
    {
        int sentence = doc.SentenceIndexAt(pos);
        if (sentence < 0) return null;
        var genders = new Dictionary<int, char?>();
        char? ClusterGender(int k)
        {
            int cluster = doc.Entities[k].ClusterId;
            if (cluster < 0) return finder.GenderOf(k);
            if (genders.TryGetValue(cluster, out var g)) return g;
            // the cues are heuristic: a name marked both ways says nothing
            g = null;
            bool conflict = false;
            for (int e = 0; e < doc.Entities.Count && !conflict; e++)
            {
                if (doc.Entities[e].ClusterId != cluster || doc.Entities[e].Kind != EntityKind.Person || finder.GenderOf(e) is not { } one) continue;
                if (g is { } other && other != one) conflict = true;
                g = one;
            }
            if (conflict) g = null;
            genders[cluster] = g;
            return g;
        }
        for (int s = sentence; s >= 0 && s >= sentence - 8; s--)
        {
            var span = doc.Sentences[s];
            int limit = s == sentence ? pos : span.End;
            for (int k = doc.Entities.Count - 1; k >= 0; k--)
            {
                var m = doc.Entities[k];
                if (m.Span.End > limit || m.Span.Start < span.Start || m.Kind != EntityKind.Person) continue;
                // "un communiqué de la X": a complement is no antecedent
                if (finder.InsideQuote(m.Span) || finder.IsComplement(m.Span) || taken.Any(t => SameEntity(doc, t, k))) continue;
                if (ClusterGender(k) == gender) return k;
            }
        }
        // further back, the article's protagonist: the person of that gender named most often before
        var counts = new Dictionary<int, (int Count, int First)>();
        for (int k = 0; k < doc.Entities.Count && doc.Entities[k].Span.End <= pos; k++)
        {
            var m = doc.Entities[k];
            if (m.Kind != EntityKind.Person || m.ClusterId < 0 || finder.InsideQuote(m.Span) || taken.Any(t => SameEntity(doc, t, k))) continue;
            if (ClusterGender(k) != gender) continue;
            counts[m.ClusterId] = counts.TryGetValue(m.ClusterId, out var c) ? (c.Count + 1, c.First) : (1, k);
        }
        int? best = null;
        int bestCount = 1; // a single mention far back is too weak
        foreach (var (cluster, c) in counts.OrderBy(p => p.Key))
            if (c.Count > bestCount) { bestCount = c.Count; best = c.First; }
        return best;
    }

    private static bool SameEntity(AnalyzedDocument doc, int a, int b) =>
        a == b || doc.Entities[a].ClusterId >= 0 && doc.Entities[a].ClusterId == doc.Entities[b].ClusterId;

    private static int CommaBefore(string text, int start)
    {
        int p = start - 1;
        while (p >= 0 && char.IsWhiteSpace(text[p])) p--;
        return Math.Max(0, p);
    }

    private static bool CommaJustBefore(string text, int start)
    {
        int p = CommaBefore(text, start);
        return text[p] == ',';
    }

    private static bool HasPunctuation(string text, int from, int to)
    {
        for (int i = from; i < to && i < text.Length; i++)
            if (text[i] is ',' or ';' or ':' or '.' or '(' or ')' or '«' or '»' or '"' or '“' or '”' or '—' or '–') return true;
        return false;
    }

    /// <summary>"il s'est rendu", "elle a rencontré": the position of a subject pronoun just before a verb trigger.</summary>
    private static int? SubjectPronounBefore(string text, List<TextSpan> words, int first, int clauseStart)
    {
        for (int j = first - 1; j >= 0 && j >= first - 5 && words[j].Start >= clauseStart; j--)
        {
            string w = FrenchText.Lower(words[j].Of(text));
            if (w is "il" or "elle" or "ils" or "elles") return words[j].Start;
            // "ils sont convenus de se rencontrer", "elle veut rencontrer"
            if (w is "convenu" or "convenus" or "convenue" or "convenues" or "de" or "décidé" or "accepté" or "veut" or "veulent"
                or "souhaite" or "souhaitent" or "espère" or "espèrent" or "également" or "aussi" or "déjà") continue;
            if (w is not ("a" or "avait" or "est" or "s'est" or "s'était" or "se" or "ne" or "n'a" or "n'avait" or "va" or "doit" or "devait" or "pourrait" or "aurait"
                or "ont" or "sont" or "se" or "vont" or "doivent" or "devaient" or "pourraient" or "avaient")) return null;
        }
        return null;
    }

    /// <summary>"Ils sont convenus de se rencontrer": the persons named together in the nearest preceding sentence that names two or more.</summary>
    private static void AddPluralAntecedents(AnalyzedDocument doc, SpeakerFinder finder, int pos, List<int> result, List<int>? exclude = null)
    {
        int sentence = doc.SentenceIndexAt(pos);
        for (int s = sentence - 1; s >= 0 && s >= sentence - 2; s--)
        {
            var span = doc.Sentences[s];
            var persons = new List<int>();
            var seen = new HashSet<int>();
            for (int k = 0; k < doc.Entities.Count; k++)
            {
                var m = doc.Entities[k];
                if (m.Span.Start < span.Start) continue;
                if (m.Span.End > span.End) break;
                if (m.Kind == EntityKind.Person && finder.CanSpeak(k) && !finder.IsComplement(m.Span) && seen.Add(m.ClusterId < 0 ? -1 - k : m.ClusterId)
                    && (exclude is null || !exclude.Any(x => SameEntity(doc, x, k)))) persons.Add(k);
            }
            if (persons.Count < 2) continue;
            foreach (var k in persons) if (!result.Contains(k)) result.Add(k);
            return;
        }
    }

    /// <summary>
    /// The possessor of "son/sa/ses" before a meeting noun: the first subject-like mention of the sentence
    /// before the noun, else the first one after the noun's phrase (after a comma).
    /// </summary>
    private static int? PossessorOf(AnalyzedDocument doc, SpeakerFinder finder, List<TextSpan> words, int first, int afterLast)
    {
        int si = doc.SentenceIndexAt(words[first].Start);
        if (si < 0) return null;
        var sentence = doc.Sentences[si];
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start < sentence.Start) continue;
            if (m.Span.End > words[first].Start) break;
            if (finder.CanSpeak(k) && !finder.IsComplement(m.Span)) return k;
        }
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start < words[afterLast - 1].End) continue;
            if (m.Span.Start >= sentence.End) break;
            int p = m.Span.Start - 1;
            while (p >= 0 && char.IsWhiteSpace(doc.Text[p])) p--;
            if (p >= 0 && doc.Text[p] == ',' && finder.CanSpeak(k) && !finder.IsComplement(m.Span)) return k;
        }
        return null;
    }

    /// <summary>Adds the speaking mentions of a coordinated list "X, Y et Z" starting at word <paramref name="from"/>.</summary>
    private static void AddNounPhraseList(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, int from, int limit, List<int> result)
    {
        if (from >= words.Count) return;
        string text = doc.Text;
        int end = limit;
        // the list ends at a stopper word or a sentence-internal punctuation other than a comma
        for (int j = from + 1; j < words.Count && words[j].Start < limit; j++)
        {
            string w = FrenchText.Lower(words[j].Of(text));
            bool punct = false;
            // "par M. Lindqvist": the dot of a title abbreviation ends nothing
            bool abbreviation = words[j - 1].Of(text) is "M" or "Mme" or "Mmes" or "MM" or "Dr" or "Me" or "Pr" or "Mgr";
            for (int c = words[j - 1].End; c < words[j].Start; c++)
                if (text[c] is ';' or ':' or '(' or '«' or '"' || text[c] == '.' && !abbreviation) punct = true;
            if (punct || NounPhraseStoppers.Contains(w) && !InsideMention(doc, words[j])) { end = words[j].Start; break; }
        }
        int start = words[from].Start;
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start < start) continue;
            if (m.Span.Start >= end) break;
            if (!finder.CanSpeak(k)) continue;
            bool first = m.Span.Start <= NextNonSpace(text, start) + 4;
            if (!first && finder.IsGenitive(m.Span)) continue;
            if (!result.Contains(k)) result.Add(k);
        }
    }

    private static bool InsideMention(AnalyzedDocument doc, TextSpan word)
    {
        foreach (var m in doc.Entities)
            if (m.Span.Contains(word)) return true;
        return false;
    }

    private static void AddAllSubjects(AnalyzedDocument doc, SpeakerFinder finder, int clauseStart, int triggerStart, List<int> result)
    {
        int before = result.Count;
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start < clauseStart) continue;
            if (m.Span.End > triggerStart) break;
            if (finder.CanSpeak(k) && !finder.IsComplement(m.Span) && !result.Contains(k)) result.Add(k);
        }
        if (result.Count == before && ComplementOrganizationBefore(doc, clauseStart, triggerStart) is { } org) result.Add(org);
    }

    /// <summary>"les ministres de l'Unesco se sont réunis": the organization whose members met.</summary>
    private static int? ComplementOrganizationBefore(AnalyzedDocument doc, int clauseStart, int triggerStart)
    {
        int? best = null;
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start < clauseStart) continue;
            if (m.Span.End > triggerStart) break;
            if (m.Kind == EntityKind.Organization && triggerStart - m.Span.End < 100 && AfterPluralNounAndDe(doc.Text, m.Span.Start)) best = k;
        }
        return best;
    }

    /// <summary>"ministres des Affaires étrangères de l'Unesco": a plural noun phrase, then "de", then the mention.</summary>
    private static bool AfterPluralNounAndDe(string text, int start)
    {
        int i = start - 1;
        if (i >= 0 && FrenchText.IsApostrophe(text[i])) i -= 2; // "l'"
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        int end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        string w = end > i + 1 ? FrenchText.Lower(text.AsSpan(i + 1, end - i - 1)) : "";
        if (w is "la" or "le") { while (i >= 0 && char.IsWhiteSpace(text[i])) i--; end = i + 1; while (i >= 0 && char.IsLetter(text[i])) i--; w = end > i + 1 ? FrenchText.Lower(text.AsSpan(i + 1, end - i - 1)) : ""; }
        if (w is not ("de" or "des" or "du" or "d")) return false;
        // a plural noun among the few words before: "les ministres de la Santé de l'Unesco"
        for (int n = 0; n < 5 && i >= 0; n++)
        {
            while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
            int e = i + 1;
            while (i >= 0 && char.IsLetter(text[i])) i--;
            if (e - i - 1 >= 4 && text[e - 1] is 's' or 'x') return true;
            if (i >= 0 && !char.IsWhiteSpace(text[i]) && !FrenchText.IsApostrophe(text[i])) return false;
            if (i >= 0 && FrenchText.IsApostrophe(text[i])) i--;
        }
        return false;
    }

    private static bool IsPluralVerb(string text, List<TextSpan> words, int first, int afterLast)
    {
        string form = FrenchText.Lower(text.AsSpan(words[first].Start, words[afterLast - 1].End - words[first].Start));
        if (form.StartsWith("se sont", StringComparison.Ordinal) || form.StartsWith("ont ", StringComparison.Ordinal) || form.EndsWith("ent", StringComparison.Ordinal) || form.EndsWith("ront", StringComparison.Ordinal)) return true;
        if (first > 0 && FrenchText.Lower(words[first - 1].Of(text)) is "ont" or "avaient" or "sont" or "vont" or "doivent" or "devraient" or "pourraient") return true;
        // "se rencontrer" after "convenus de": reciprocal
        return first > 0 && FrenchText.Lower(words[first - 1].Of(text)) is "se";
    }

    private MeetingStatus Status(string text, List<TextSpan> words, int first, int afterLast, MeetingTrigger trigger, TextSpan triggerSpan, TextSpan sentence)
    {
        // cancelled / postponed anywhere close in the sentence win over planned
        MeetingStatus? any = null;
        for (int j = Math.Max(0, first - 15); j < words.Count && j < afterLast + 15; j++)
        {
            if (words[j].Start < sentence.Start || words[j].End > sentence.End) continue;
            if (j >= first && j < afterLast) continue;
            // a cue after another meeting word is that meeting's ("Sommet … : la rencontre … reportée")
            if (j >= afterLast && StartsAnotherMeeting(text, words, j)) break;
            if (!_lexicon.StatusCues.TryMatch(text, words, j, out int n, out var cue)) continue;
            bool before = j < first;
            bool near = before ? first - j <= 8 : j - afterLast <= 15;
            bool positionOk = cue.Position == "any" && (!before || first - j <= 3) || cue.Position == "before" && before || cue.Position == "after" && !before;
            if (!near || !positionOk) continue;
            if (cue.Status is MeetingStatus.Cancelled or MeetingStatus.Postponed)
            {
                // "la rencontre …, prévue en marge du sommet, a été reportée": the complement's summit still took place
                if (!before && ComplementOfEarlierMeeting(text, words, first, sentence)) continue;
                return cue.Status;
            }
            any ??= cue.Status;
            j += n - 1;
        }
        // "La rencontre entre X, …, et Y, …, a été reportée": the noun is the subject of a passive further on, which wins over
        // a "prévue" close to the noun ("la rencontre prévue vendredi … entre X et Y a été annulée")
        if (!trigger.IsVerb && any is null or MeetingStatus.Planned)
            for (int j = afterLast + 15; j + 1 < words.Count && words[j].End <= sentence.End; j++)
            {
                if (StartsAnotherMeeting(text, words, j)) break;
                string w = FrenchText.Lower(words[j].Of(text));
                if (w is not ("été" or "est" or "sont")) continue;
                if (_lexicon.StatusCues.TryMatch(text, words, j + 1, out _, out var late) && late.Status is MeetingStatus.Cancelled or MeetingStatus.Postponed)
                    return late.Status;
            }
        if (any is { } s) return s;
        if (trigger.IsVerb && MeetingTrigger.IsFutureOrInfinitive(FrenchText.Lower(triggerSpan.Of(text))))
            return IsPurposeAfterPastVerb(text, words, first, sentence) ? MeetingStatus.TookPlace : MeetingStatus.Planned;
        return MeetingStatus.TookPlace;
    }

    private bool ComplementOfEarlierMeeting(string text, List<TextSpan> words, int first, TextSpan sentence)
    {
        if (first == 0 || FrenchText.Lower(words[first - 1].Of(text)) is not ("du" or "des" or "de")) return false;
        for (int j = first - 2; j >= 0 && j >= first - 35 && words[j].Start >= sentence.Start; j--)
            if (_lexicon.Triggers.TryMatch(text, words, j, out _, out _)) return true;
        return false;
    }

    /// <summary>
    /// A meeting word opening a new noun phrase ("…: la rencontre …", "une réunion"): what follows is about that
    /// meeting. Not "cette visite" (the same one again) nor "en marge du sommet" (a complement).
    /// </summary>
    private bool StartsAnotherMeeting(string text, List<TextSpan> words, int j)
    {
        if (j == 0 || !_lexicon.Triggers.TryMatch(text, words, j, out _, out _)) return false;
        return FrenchText.Lower(words[j - 1].Of(text)) is "la" or "le" or "les" or "un" or "une";
    }

    /// <summary>"X s'est rendu à Kiev pour rencontrer Y": an infinitive of purpose after a past main verb happened.</summary>
    private static bool IsPurposeAfterPastVerb(string text, List<TextSpan> words, int first, TextSpan sentence)
    {
        int j = first - 1;
        if (j >= 0 && FrenchText.Lower(words[j].Of(text)) is "se" or "s'") j--;
        if (j < 0) return false;
        string w = FrenchText.Lower(words[j].Of(text));
        bool purpose = w == "pour" || w == "de" && j > 0 && FrenchText.Lower(words[j - 1].Of(text)) is "afin";
        if (!purpose) return false;
        for (int k = j - 1; k >= 0 && words[k].Start >= sentence.Start; k--)
            if (FrenchText.Lower(words[k].Of(text)) is "a" or "ont" or "avait" or "avaient" or "s'est" or "se" or "est" or "sont" or "était" or "s'était")
                return !(k + 1 < words.Count && FrenchText.Lower(words[k + 1].Of(text)) is "rendre" or "réunir");
        return false;
    }

    private static (int? Index, PartialDate? Date) DateNear(AnalyzedDocument doc, SpeakerFinder finder, TextSpan trigger, TextSpan clause, MeetingStatus status, bool modalFuture)
    {
        int? best = null;
        int bestDistance = int.MaxValue;
        for (int k = 0; k < doc.Dates.Count; k++)
        {
            var d = doc.Dates[k];
            if (d.Span.Start < clause.Start || d.Span.End > clause.End || finder.InsideQuote(d.Span)) continue;
            if (!Reachable(doc, d.Span, trigger, clause)) continue;
            int distance = d.Span.Start >= trigger.End ? d.Span.Start - trigger.End : trigger.Start - d.Span.End + 10;
            if (distance < bestDistance) { bestDistance = distance; best = k; }
        }
        if (best is null || bestDistance > 160) return (null, null);
        var dm = doc.Dates[best.Value];
        var resolved = dm.Resolved;
        if (dm.Expression.Kind == DateExpressionKind.Weekday && dm.Expression.Weekday is { } weekday && doc.Article.Date?.ToDateOnly() is { } anchor)
        {
            // a meeting that took place is not in the future, whatever verbs the sentence has; a planned
            // one on the article's own weekday is that day ("doivent rencontrer X jeudi" in Thursday's paper)
            if (status == MeetingStatus.TookPlace && dm.Expression.Direction == TemporalDirection.Future)
                resolved = DateResolver.Resolve(dm.Expression with { Direction = TemporalDirection.Unspecified }, doc.Article.Date);
            // a cancelled or postponed plan's bare weekday is the nearest such day, before or after the report: "la
            // visite prévue mercredi a été annulée" in Tuesday's paper is tomorrow's, in Thursday's yesterday's
            else if (status is MeetingStatus.Cancelled or MeetingStatus.Postponed && dm.Expression.Day is null && dm.Span.Length <= 10)
            {
                int ahead = ((int)weekday - (int)anchor.DayOfWeek + 7) % 7;
                resolved = PartialDate.From(anchor.AddDays(ahead <= 3 ? ahead : ahead - 7));
            }
            // "devait se rendre mercredi" in Tuesday's paper: a modal + infinitive looks forward
            else if ((status == MeetingStatus.Planned || modalFuture) && dm.Expression.Day is null && !FrenchText.Lower(doc.TextOf(dm.Span)).Contains("prochain"))
                resolved = PartialDate.From(anchor.AddDays(((int)weekday - (int)anchor.DayOfWeek + 7) % 7));
        }
        // "en vue du sommet de décembre" in February: a planned meeting whose month is stated without a year is
        // the next such month, not the last one
        if (status == MeetingStatus.Planned && dm.Expression.Kind == DateExpressionKind.Calendar && dm.Expression.Year is null
            && dm.Expression.Month is not null && resolved is { } r && doc.Article.Date is { } article
            && new PartialDate(r.Year, r.Month, null).CompareTo(new PartialDate(article.Year, article.Month, null)) < 0)
            resolved = r with { Year = r.Year + 1 };
        return (best, resolved);
    }

    /// <summary>
    /// A date or place belongs to the trigger when it follows it, or precedes it without a comma in
    /// between, or opens the sentence ("A Oslo, les ministres se sont réunis").
    /// </summary>
    private static bool Reachable(AnalyzedDocument doc, TextSpan item, TextSpan trigger, TextSpan clause)
    {
        // a descriptive apposition in between (", co-présidées par X et Y,") lengthens the reach, not the clause
        if (item.Start >= trigger.End)
            return OnlyAppositionCommas(doc, trigger.End, item.Start, out bool descriptive) && item.Start - trigger.End <= (descriptive ? 200 : 90);
        if (!HasPunctuation(doc.Text, item.End, trigger.Start)) return true;
        int si = doc.SentenceIndexAt(item.Start);
        if (si < 0) return false;
        int wordsBefore = 0;
        for (int i = doc.Sentences[si].Start; i < item.Start; i++)
            if (char.IsWhiteSpace(doc.Text[i])) wordsBefore++;
        return wordsBefore <= 2;
    }

    private static readonly string[] DescriptiveOpeners = ["qui ", "que ", "qu'", "qu’", "dont ", "prévu", "initialement ", "organisé", "présidé", "co-présidé", "coprésidé", "emmené", "convoqué", "annoncé", "envisagé", "programmé"];

    /// <summary>A comma-delimited segment opening with a relative pronoun or a participle ("prévue vendredi", "qui s'est tenue").</summary>
    private static bool IsDescriptiveApposition(string text, TextSpan inner)
    {
        var seg = FrenchText.Lower(text.AsSpan(inner.Start, inner.Length).Trim());
        foreach (var o in DescriptiveOpeners)
            if (seg.StartsWith(o, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>No clause boundary between two offsets: commas only around an apposed name (", X,").</summary>
    private static bool OnlyAppositionCommas(AnalyzedDocument doc, int from, int to, out bool descriptive)
    {
        string text = doc.Text;
        descriptive = false;
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (c is ';' or ':' or '.' or '(' or '«' or '»' or '"') return false;
            if (c != ',') continue;
            int next = text.IndexOf(',', i + 1, Math.Max(0, to - i - 1));
            // "…avec X, le 3 mars 2024 à Oslo": a date or place right after the last comma; ", qu'elle devait
            // présider mardi soir": inside a descriptive apposition
            if (next < 0)
            {
                descriptive = IsDescriptiveApposition(text, new TextSpan(i + 1, to));
                return to - i <= 25 || descriptive;
            }
            var inner = new TextSpan(i + 1, next);
            // ", prévue vendredi au ministère,", ", qu'elle devait présider mardi soir,": a relative or participial
            // apposition describes the meeting itself, so what follows the next comma still belongs to it
            if (IsDescriptiveApposition(text, inner)) { descriptive = true; i = next; continue; }
            bool apposition = false;
            foreach (var m in doc.Entities)
                if (inner.Contains(m.Span) && text.AsSpan(inner.Start, inner.Length).Trim().Length == m.Span.Length) { apposition = true; break; }
            if (!apposition) return false;
            i = next;
        }
        return true;
    }

    private static int? PlaceNear(AnalyzedDocument doc, SpeakerFinder finder, TextSpan trigger, TextSpan clause)
    {
        int? best = null;
        int bestDistance = int.MaxValue;
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Kind != EntityKind.Place || m.Span.Start < clause.Start || m.Span.End > clause.End || finder.InsideQuote(m.Span)) continue;
            if (!AfterLocative(doc.Text, m.Span.Start) || !Reachable(doc, m.Span, trigger, clause)) continue;
            int distance = m.Span.Start >= trigger.End ? m.Span.Start - trigger.End : trigger.Start - m.Span.End + 20;
            if (distance < bestDistance) { bestDistance = distance; best = k; }
        }
        return best;
    }

    private static bool AfterLocative(string text, int start)
    {
        int i = start - 1;
        if (i >= 0 && FrenchText.IsApostrophe(text[i])) return false; // "d'Ukraine", "l'Ukraine" as object
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        int end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        return end > i + 1 && Locatives.Contains(FrenchText.Lower(text.AsSpan(i + 1, end - i - 1)));
    }

    private DurationMention? DurationNear(string text, TextSpan trigger, TextSpan sentence)
    {
        DurationMention? best = null;
        int bestDistance = int.MaxValue;
        foreach (var d in _lexicon.Durations.FindAll(text, sentence))
        {
            int distance = d.Span.Start >= trigger.End ? d.Span.Start - trigger.End : trigger.Start - d.Span.End;
            if (distance < bestDistance) { bestDistance = distance; best = d; }
        }
        return bestDistance <= 60 ? best : null;
    }

    private static int MentionStartingAt(AnalyzedDocument doc, int offset)
    {
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            if (doc.Entities[k].Span.Start == offset) return k;
            if (doc.Entities[k].Span.Start > offset) break;
        }
        return -1;
    }

    private static int NextNonSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}
