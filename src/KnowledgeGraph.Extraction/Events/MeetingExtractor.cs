using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Events.MeetingText;

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
    private readonly MeetingLexicon _lexicon;

    public MeetingExtractor(ExtractionResources resources) : this(MeetingLexicon.Load(resources))
    {
    }

    // span lookups into the lexicon's sets: no string per scanned word
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _triggerFirstWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _reflexiveParticiples;

    private readonly MeetingClauses _clauses;
    private readonly TriggerCues _cues;
    private readonly MeetingStatusReader _status;
    private readonly MeetingDating _dating;
    private readonly AttendeeReferences _references;
    private readonly AttendeeCollector _attendees;
    private readonly PairReferences _pairs;
    private readonly PresenceAttendees _presence;
    private readonly AttendanceSentences _attendance;

    public MeetingExtractor(MeetingLexicon lexicon)
    {
        _lexicon = lexicon;
        _triggerFirstWords = lexicon.TriggerFirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _reflexiveParticiples = new HashSet<string>(lexicon.Words.ReflexiveParticiples, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _clauses = new MeetingClauses(lexicon);
        _cues = new TriggerCues(lexicon);
        _status = new MeetingStatusReader(lexicon, _cues);
        _dating = new MeetingDating(lexicon, _clauses);
        _references = new AttendeeReferences(lexicon);
        var lists = new NounPhraseLists(lexicon.Words);
        _attendees = new AttendeeCollector(lexicon, _references, _clauses, _cues, lists);
        _pairs = new PairReferences(lexicon);
        _presence = new PresenceAttendees(lexicon.Words, lists);
        _attendance = new AttendanceSentences(lexicon);
    }

    public string Name => "meetings";

    public void Process(AnalyzedDocument doc, CancellationToken ct) => doc.Meetings.AddRange(Extract(doc, ct));

    public List<MeetingMention> Extract(AnalyzedDocument doc, CancellationToken ct = default)
    {
        string text = doc.Text;
        var words = WordScanner.Scan(text, new TextSpan(0, text.Length));
        var quotes = QuotationFinder.Find(text);
        var finder = new SpeakerFinder(doc, quotes);
        // the posts by holder (meetings change no post and no coreference cluster)
        var holders = HolderPosts.Of(doc);
        var counterparts = new CounterpartPosts(doc);
        var found = new List<MeetingMention>();
        var provisional = new HashSet<TextSpan>();
        int tokenCursor = 0;
        bool Listed(int w) => _triggerFirstWords.Contains(text.AsSpan(words[w].Start, words[w].Length)) && _lexicon.Triggers.TryMatch(text, words, w, out _, out _);
        for (int i = 0; i < words.Count; i++)
        {
            if ((i & 1023) == 0) ct.ThrowIfCancellationRequested();
            int triggerFirst = i;
            var word = text.AsSpan(words[i].Start, words[i].Length);
            bool mayStart = _triggerFirstWords.Contains(word);
            int n = 0;
            MeetingTrigger trigger = null!;
            if (!(mayStart && _lexicon.Triggers.TryMatch(text, words, i, out n, out trigger)))
            {
                // "s'est en revanche entretenu", "se sont de leur côté réunis": words between auxiliary and participle
                if ((mayStart || _reflexiveParticiples.Contains(word)) && _cues.TrySplitReflexive(text, words, i, out int aux, out trigger))
                {
                    triggerFirst = aux;
                    n = i - aux + 1;
                }
                // "rencontrerait", "se réunissaient": a finite form of a meeting verb the list lacks, found by its lemma
                else if (!_lexicon.VerbLemmas.TryMatch(doc, words, i, ref tokenCursor, out n, out trigger, Listed)) continue;
            }
            var triggerSpan = new TextSpan(words[triggerFirst].Start, words[triggerFirst + n - 1].End);
            i = triggerFirst + n - 1;
            // a trigger inside a quotation is the speaker's words, except in a short quoted phrase
            // ("une \"très bonne rencontre\" entre X et Y")
            if (doc.IsNonContent(triggerSpan) || InsideLongQuote(text, quotes, words, triggerSpan)) continue;
            int si = doc.SentenceIndexAt(triggerSpan.Start);
            if (si < 0) continue;
            var sentence = doc.Sentences[si];
            var clause = _clauses.ClauseAround(doc, words, triggerFirst, sentence);
            // "souhaite rencontrer", "n'a pas rencontré", "aucune rencontre": nothing took place or was arranged
            if (_status.IsWishOrNegated(text, words, triggerFirst, triggerFirst + n, trigger, clause)) continue;
            if (!trigger.IsVerb && (_cues.IsLongProcess(text, words, triggerFirst) || _cues.IsMarginOfLaterMeeting(text, words, triggerFirst, triggerFirst + n, sentence))) continue;
            if (!trigger.IsVerb && _cues.IsGenericOrProperNoun(text, words, triggerFirst, triggerFirst + n, sentence)) continue;
            // "X a tenu samedi une réunion publique": a gathering open to all, no meeting of named parties
            if (!trigger.IsVerb && _cues.IsPublicGathering(text, words, triggerFirst + n)) continue;
            // "a reçu les trois dirigeants jeudi, avant l'ouverture du sommet": the summit only dates the meeting told before
            if (!trigger.IsVerb && found.Count > 0 && found[^1].Span == sentence && found[^1].Trigger.End <= triggerSpan.Start
                && _cues.IsLandmarkComplement(text, words, triggerFirst)) continue;
            // "accueillera samedi la rencontre de football": the verb hosts the event its object names, which is told on its own
            if (_cues.HostsAnEvent(text, words, triggerFirst + n, trigger)) continue;
            // "la rencontre s'est soldée par un match nul", "a rencontré l'équipe de X en demi-finale": a sports match
            if (trigger.Lemma is "rencontre" or "rencontrer" && _cues.InSportReport(text, words, sentence)) continue;
            if (trigger.Lemma == "rencontre" && !trigger.IsVerb && _cues.IsMatchAgainst(text, words, triggerFirst + n, sentence)) continue;
            if (trigger.IsVerb && _cues.IsMembershipRelative(text, words, triggerFirst, triggerFirst + n, trigger)) continue;
            // "dans un entretien accordé au quotidien X": an interview given to the press
            if (trigger.Lemma == "entretien" && _cues.IsPressInterview(doc, words, triggerFirst + n, clause)) continue;
            if (trigger.IsVerb && trigger.Lemma == "rencontrer" && _cues.MeetsARelative(text, words, triggerFirst + n)) continue;
            var type = _cues.RefineType(text, words, triggerFirst, triggerFirst + n, clause, trigger);
            // "se sont réunis samedi à Addis-Abeba pour leur sommet annuel": the gathering is the summit itself
            if (!trigger.IsVerb && _cues.IsPurposeNoun(text, words, triggerFirst) && found.Count > 0 && found[^1] is { } gathering
                && gathering.Span == sentence && gathering.Trigger.End <= triggerSpan.Start && gathering.Trigger.Start >= clause.Start
                && gathering.Type is MeetingType.Meeting or MeetingType.Talks)
            {
                if (type != MeetingType.Meeting) found[^1] = gathering with { Type = type };
                continue;
            }
            // "s'est entretenue par visioconférence avec X": the noun says how the verb's meeting was held
            if (!trigger.IsVerb && _cues.IsMeansModifier(text, words, triggerFirst) && found.Count > 0 && found[^1] is { } verbMeeting
                && verbMeeting.Span == sentence && words[triggerFirst - 1].Start - verbMeeting.Trigger.End is >= 0 and <= 30)
                continue;
            // "doit rencontrer la commissaire jeudi, lors de sa visite à Paris": the visit is the occasion of that meeting;
            // "une rencontre au sommet": one meeting, not a second one called "sommet"
            if (!trigger.IsVerb && found.Count > 0 && found[^1] is { } told && told.Span == sentence && told.Trigger.End <= triggerSpan.Start
                && (_cues.IsOccasionNoun(text, words, triggerFirst) && told.Trigger.Start >= clause.Start - 200
                    || triggerFirst > 0 && FrenchText.Lower(words[triggerFirst - 1].Of(text)) == "au" && told.Trigger.End == words[triggerFirst - 1].Start - 1))
                continue;
            // "a accueilli X, avec qui il a eu un entretien d'une heure": the relative clause tells more of the meeting its
            // antecedent was the guest of, not a second meeting (it only adds what the first mention lacked)
            if (!trigger.IsVerb && found.Count > 0 && found[^1] is { } host && host.Span == sentence && host.Trigger.End <= triggerSpan.Start
                && _cues.InRelativeOnAGuest(text, words, triggerFirst, host.Trigger.End)
                && _status.Status(text, words, triggerFirst, triggerFirst + n, trigger, triggerSpan, sentence) == host.Status)
            {
                if (host.Duration is null && _dating.DurationNear(text, triggerSpan, sentence) is { } longer)
                    found[^1] = host with { Duration = longer.Iso, DurationSpan = longer.Span };
                continue;
            }
            var attendees = _attendees.Attendees(doc, words, finder, triggerFirst, triggerFirst + n, trigger, clause, counterparts, holders);
            _presence.Add(doc, words, finder, triggerFirst + n, sentence, attendees);
            // "la première depuis le sommet du G20", "qui rentrait du sommet du G20": a meeting named only as a point in time
            // or a purpose, with no person attending, is not news of a meeting
            if (!trigger.IsVerb && !attendees.Any(k => doc.Entities[k].Kind == EntityKind.Person) && _cues.IsTimeLandmark(text, words, triggerFirst)) continue;
            if (trigger.IsVerb && _references.SubjectOfFrontedParticiple(doc, finder, words, triggerFirst, triggerFirst + n, sentence, attendees) is { } fronted)
            {
                attendees.Add(fronted);
                attendees.Sort();
            }
            if (type == MeetingType.MinisterialMeeting && !attendees.Any(k => doc.Entities[k].Kind == EntityKind.Person))
                _references.AddNamedMinisters(doc, holders, sentence, attendees);
            // "le prochain sommet", "le sommet précédent": another summit of the series the article told of, held by the
            // same organizations
            if (attendees.Count == 0 && type == MeetingType.Summit && _cues.IsOfASeries(text, words, triggerFirst, triggerFirst + n)
                && _references.SeriesOrganization(doc, found) is { } holder)
                attendees.Add(holder);
            // "une nouvelle réunion tripartite, prévue vendredi", "une cérémonie de signature": the same parties as the
            // meeting told before (the signatories are those who negotiated)
            // "une nouvelle réunion …, avec cette fois X": those parties and the one this mention adds; "une nouvelle rencontre entre
            // la ministre et les syndicats": a title standing for someone named before adds nobody new
            if (!trigger.IsVerb && triggerFirst > 0 && _lexicon.Words.RenewalWords.Contains(FrenchText.Lower(words[triggerFirst - 1].Of(text)))
                && !attendees.Any(k => doc.Entities[k].Span.Start < triggerSpan.Start && doc.Entities[k].Span.Start >= sentence.Start))
                for (int p = found.Count - 1; p >= 0; p--)
                    if (found[p].AttendeeMentionIndexes.Count > 0)
                    {
                        foreach (var k in found[p].AttendeeMentionIndexes)
                            if (!attendees.Any(a => SameEntity(doc, a, k))) attendees.Add(k);
                        attendees.Sort();
                        break;
                    }
            if (attendees.Count == 0 && trigger.Lemma == "cérémonie de signature")
                for (int p = found.Count - 1; p >= 0; p--)
                    if (found[p].Type == MeetingType.Talks && found[p].AttendeeMentionIndexes.Count > 0 && _dating.OfTheArticlesMonth(found[p].Date, doc.Article.Date))
                    { attendees.AddRange(found[p].AttendeeMentionIndexes); break; }
            // "un nouvel entretien entre les deux hommes", "les deux dirigeants se sont parlé": the pair met just before
            if (attendees.Count == 0 && _cues.RefersToPreviousPair(text, triggerSpan, clause))
                for (int p = found.Count - 1; p >= 0; p--)
                    if (found[p].AttendeeMentionIndexes.Count >= 2) { attendees.AddRange(found[p].AttendeeMentionIndexes); break; }
            // "La rencontre des deux ministres avec le directeur du groupe": the two persons of the meeting told just before, with
            // the others this mention names
            if (!trigger.IsVerb && _cues.PairComplementAfter(text, words, triggerFirst + n) && found.Count > 0
                && doc.SentenceIndexAt(found[^1].Trigger.Start) >= si - 2
                && found[^1].AttendeeMentionIndexes.Where(k => doc.Entities[k].Kind == EntityKind.Person).ToList() is { Count: 2 } pair)
            {
                foreach (var k in pair)
                    if (!attendees.Any(a => SameEntity(doc, a, k))) attendees.Add(k);
                attendees.Sort();
            }
            // "Les deux hommes doivent se rencontrer": the two who met in the meeting told in this or the sentence before,
            // rather than the last two persons named; so are "Leur rencontre à Bruxelles" with no subject of its own
            bool theirs = attendees.Count == 0 && triggerFirst > 0 && FrenchText.Lower(words[triggerFirst - 1].Of(text)) is "leur" or "leurs";
            if ((theirs || _references.TwoOfThemBefore(text, words, triggerFirst, clause.Start) is not null) && found.Count > 0
                && found[^1].AttendeeMentionIndexes.Count == 2 && doc.SentenceIndexAt(found[^1].Trigger.Start) >= si - 1)
                attendees = found[^1].AttendeeMentionIndexes.ToList();
            // "Les deux ministres se retrouveront en janvier": the two holders of that title who met before, the latest pair
            if (_pairs.TitledPair(doc, holders, words, triggerFirst, triggerFirst + n, sentence, found, attendees) is ({ } titled, var companion) && !PairReferences.SamePair(doc, attendees, titled))
            {
                if (!companion) attendees.RemoveAll(k => doc.Entities[k].Kind == EntityKind.Person);
                foreach (var k in titled)
                    if (!attendees.Any(a => SameEntity(doc, a, k))) attendees.Add(k);
                attendees.Sort();
            }
            var status = _status.Status(text, words, triggerFirst, triggerFirst + n, trigger, triggerSpan, sentence);
            bool modalFuture = trigger.IsVerb && trigger.StatesFuture(FrenchText.Lower(triggerSpan.Of(text))) && !_cues.IsPurposeAfterPastVerb(text, words, triggerFirst, sentence);
            var (dateIndex, date) = _dating.DateNear(doc, finder, triggerSpan, clause, status, modalFuture);
            // "La veille, il s'était entretenu avec X": the day before the meeting told just before
            PartialDate? anchored = _dating.AnchoredDay(doc, words, quotes, triggerFirst, triggerFirst + n, clause, dateIndex, found);
            // "La grève s'est poursuivie jeudi, au lendemain d'une rencontre entre X et Y": the day before the governing clause's
            if (anchored is null && _dating.DayAroundGoverningDate(doc, finder, triggerSpan, sentence, dateIndex) is { } around)
                (anchored, dateIndex) = (around, null);
            if (anchored is not null) date = anchored;
            int? place = _dating.PlaceNear(doc, finder, triggerSpan, clause);
            var duration = _dating.DurationNear(text, triggerSpan, sentence);
            // "X s'est rendu à P afin de s'entretenir avec Y": the trip is how the meeting came about, not a
            // second event; the meeting takes the traveller, the place, the date and the status of the trip
            if ((trigger.IsVerb && (_cues.IsPurposeInfinitive(text, words, triggerFirst) || _cues.AfterWhere(text, words, triggerFirst, clause))
                 || !trigger.IsVerb && _cues.IsPurposeNoun(text, words, triggerFirst)) && found.Count > 0 && found[^1] is { Type: MeetingType.Visit } trip
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
            // so does a meeting called off without a date ("la rencontre prévue avec X n'a pas eu lieu"): it was due then
            bool earlierOccasion = status == MeetingStatus.TookPlace && _cues.IsEarlierOccasion(text, words, triggerFirst, triggerFirst + n, clause);
            if (date is null && status is MeetingStatus.TookPlace or MeetingStatus.Cancelled && doc.Article.Date is { Month: not null } published
                && !earlierOccasion && !_cues.IsPastPerfect(text, words, triggerFirst, triggerFirst + n, clause))
                date = (status == MeetingStatus.TookPlace ? _dating.NarrativeDay(doc, finder, triggerSpan, clause) : null)
                    ?? new PartialDate(published.Year, published.Month);
            // "en 2023, lors d'un sommet à Ohrid": a sentence that states an earlier year than the article's tells another time; its
            // meeting keeps that year, never the article's date; "rencontrés pour la première fois en 2019" is biography: dropped
            if (_dating.FirstEncounterInEarlierYear(doc, sentence)) continue;
            if (_dating.EarlierYearOf(doc, sentence, triggerSpan, dateIndex, date) is { } earlier
                && (dateIndex is null || date is not { } stated || stated.Year > earlier))
                date = new PartialDate(earlier);
            // "a rencontré X en 1985 à l'université": a meeting told a decade or more before the article is biography, not news
            if (status == MeetingStatus.TookPlace && dateIndex is not null && date is { } own && doc.Article.Date is { } article
                && article.Year - own.Year >= BiographyYears) continue;
            // "a appelé son homologue X": a call needs the one called, and "a appelé X à la retenue" is an exhortation
            if (trigger.Lemma == "appeler" && !FrenchText.Lower(triggerSpan.Of(text)).StartsWith("l'", StringComparison.Ordinal)
                && (attendees.Count < 2 || _cues.IsExhortation(doc, words, attendees, triggerSpan, clause)
                    || TriggerCues.CallsForAnAction(doc, words, attendees, triggerSpan, clause))) continue;
            // "Le maire, qui participait lui aussi à la réunion, juge…": one more attendee of the meeting told before
            // (the last one introduced with that noun, "un dîner de travail … ce dîner", else the last one with attendees:
            // "à la sortie de la réunion" in between only names it again)
            if (!trigger.IsVerb && dateIndex is null && place is null && _cues.AttendsAMeetingToldBefore(text, words, triggerFirst, clause)
                && (found.FindLastIndex(f => HeadWord(f.TriggerLemma) == HeadWord(trigger.Lemma) && _cues.IsIndefinite(text, f.Trigger.Start)) is var same and >= 0
                    ? same : found.FindLastIndex(f => f.AttendeeMentionIndexes.Count > 0)) is var attended and >= 0 && doc.SentenceIndexAt(found[attended].Trigger.Start) >= si - MaxSentencesBack)
            {
                var joined = found[attended].AttendeeMentionIndexes.ToList();
                foreach (var k in attendees)
                    if (!joined.Any(a => SameEntity(doc, a, k))) joined.Add(k);
                joined.Sort();
                found[attended] = found[attended] with { AttendeeMentionIndexes = joined };
                continue;
            }
            // "le dîner a été servi", "X a offert un déjeuner": a meal is a meeting only between named guests, who may be
            // named in the next sentences ("A, B et C participaient à ce dîner"): kept until the end, then dropped if still alone
            // a tense the trigger list does not spell out, found by lemma, needs two parties or a date of its own ("réunit le golfe
            // de Guinée" in a headline is none; "il rencontrerait le recteur vendredi" is one)
            if ((_lexicon.Words.Meals.Contains(trigger.Lemma) || trigger.FoundByLemma && dateIndex is null) && attendees.Count < 2) provisional.Add(triggerSpan);
            found.Add(new MeetingMention(sentence, triggerSpan, trigger.Lemma, type, attendees, dateIndex, date, place,
                duration?.Iso, duration?.Span, status, anchored is not null && dateIndex is null && date == anchored, earlierOccasion));
        }
        // "Étaient également présents X et Y": attendance told apart from the meeting
        if (found.Count > 0) _attendance.AddAttendance(doc, words, finder, found);
        found.RemoveAll(m => provisional.Contains(m.Trigger) && m.AttendeeMentionIndexes.Count < 2);
        return found;
    }

    /// <summary>How many years before the article a stated meeting date makes the meeting background (a life story), not news.</summary>
    private const int BiographyYears = 10;

    private static string HeadWord(string lemma) => lemma.Split(' ')[0];

    /// <summary>How far back (in sentences) "la réunion" of an attendance sentence finds the meeting it refers to.</summary>
    private const int MaxSentencesBack = 8;
}
