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
    { "eu", "a", "ont", "avait", "avaient", "tenu", "participé", "mené", "organisé", "entamé", "conclu", "achevé", "eue", "eus", "accueilli", "présidé", "tiendra", "aura", "auront" };

    private static readonly HashSet<string> NounPhraseStoppers = new(StringComparer.Ordinal)
    { "à", "au", "aux", "en", "dans", "sur", "pour", "lors", "mais", "qui", "que", "qu", "afin", "après", "avant", "depuis", "pendant", "sans", "selon", "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "le", "la", "les" };

    private static readonly HashSet<string> Locatives = new(StringComparer.Ordinal) { "à", "a", "au", "aux", "en", "dans", "vers" };

    private readonly MeetingLexicon _lexicon;

    public MeetingExtractor(ExtractionResources resources) : this(MeetingLexicon.Load(resources))
    {
    }

    public MeetingExtractor(MeetingLexicon lexicon) => _lexicon = lexicon;

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
            if (!_lexicon.Triggers.TryMatch(text, words, i, out int n, out var trigger)) continue;
            var triggerSpan = new TextSpan(words[i].Start, words[i + n - 1].End);
            int triggerFirst = i;
            i += n - 1;
            if (finder.InsideQuote(triggerSpan) || doc.IsNonContent(triggerSpan)) continue;
            int si = doc.SentenceIndexAt(triggerSpan.Start);
            if (si < 0) continue;
            var sentence = doc.Sentences[si];
            var clause = ClauseAround(doc, words, triggerFirst, sentence);
            var type = RefineType(text, words, triggerFirst, triggerFirst + n, clause, trigger.Type);
            var attendees = Attendees(doc, words, finder, triggerFirst, triggerFirst + n, trigger, clause);
            var status = Status(text, words, triggerFirst, triggerFirst + n, trigger, triggerSpan, sentence);
            var (dateIndex, date) = DateNear(doc, finder, triggerSpan, clause, status);
            int? place = PlaceNear(doc, finder, triggerSpan, clause);
            var duration = DurationNear(text, triggerSpan, sentence);
            found.Add(new MeetingMention(sentence, triggerSpan, trigger.Lemma, type, attendees, dateIndex, date, place,
                duration?.Iso, duration?.Span, status));
        }
        return found;
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

    private static MeetingType RefineType(string text, List<TextSpan> words, int first, int afterLast, TextSpan clause, MeetingType type)
    {
        if (type is MeetingType.Talks or MeetingType.Meeting)
        {
            // "s'entretenir sur une ligne téléphonique", "discuté au téléphone": a call
            for (int j = afterLast; j < words.Count && j < afterLast + 8 && words[j].Start < clause.End; j++)
                if (FrenchText.Fold(words[j].Of(text)).StartsWith("telephon", StringComparison.Ordinal)) return MeetingType.PhoneCall;
            // "les ministres des Affaires étrangères de l'Otan se sont réunis", "réunion des ministres"
            for (int j = Math.Max(0, first - 8); j < afterLast + 3 && j < words.Count; j++)
            {
                if (words[j].Start < clause.Start || words[j].Start >= clause.End) continue;
                if (FrenchText.Lower(words[j].Of(text)) is "ministres" && (j < first || j == afterLast || j == afterLast + 1))
                    return MeetingType.MinisterialMeeting;
            }
        }
        return type;
    }

    private static List<int> Attendees(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, int first, int afterLast, MeetingTrigger trigger, TextSpan clause)
    {
        string text = doc.Text;
        var result = new List<int>();
        int triggerEnd = words[afterLast - 1].End;
        int triggerStart = words[first].Start;

        // "entre X et Y": exactly those
        int look = afterLast;
        for (; look < words.Count && look < afterLast + 6 && words[look].Start < clause.End; look++)
        {
            string w = FrenchText.Lower(words[look].Of(text));
            if (w == "entre")
            {
                AddNounPhraseList(doc, words, finder, look + 1, clause.End, result);
                if (result.Count > 0) return result;
                break;
            }
            if (w is "avec" or "face" or "à" or "au" or "aux") break;
        }

        // a noun right after "de": "la rencontre de X avec Y"
        if (!trigger.IsVerb && afterLast < words.Count && FrenchText.Lower(words[afterLast].Of(text)) is "de" or "du")
        {
            int k = MentionStartingAt(doc, NextNonSpace(text, words[afterLast].End));
            if (k >= 0 && finder.CanSpeak(k)) result.Add(k);
        }

        // the subject side
        bool takeSubject = trigger.IsVerb;
        if (!trigger.IsVerb)
        {
            string prev = first > 0 ? FrenchText.Lower(words[first - 1].Of(text)) : "";
            if (Possessives.Contains(prev)) takeSubject = true;
            else
                for (int j = first - 1; j >= 0 && j >= first - 5 && words[j].Start >= clause.Start; j--)
                    if (SubjectLinkVerbs.Contains(FrenchText.Lower(words[j].Of(text)))) { takeSubject = true; break; }
        }
        if (takeSubject)
        {
            bool plural = trigger.IsVerb && IsPluralVerb(text, words, first, afterLast);
            if (plural) AddAllSubjects(doc, finder, clause.Start, triggerStart, result);
            else if (finder.SubjectBefore(clause.Start, triggerStart) is { } s) result.Add(s);
            else if (ComplementOrganizationBefore(doc, clause.Start, triggerStart) is { } org) result.Add(org);
        }

        // "avec X", "face à X", "à X" (calls), and a verb's direct object
        for (int j = afterLast; j < words.Count && j < afterLast + 12 && words[j].Start < clause.End; j++)
        {
            string w = FrenchText.Lower(words[j].Of(text));
            if (w is "avec" || w == "face" && j + 1 < words.Count && FrenchText.Lower(words[j + 1].Of(text)) is "à" or "au" or "aux")
            {
                AddNounPhraseList(doc, words, finder, w == "face" ? j + 2 : j + 1, clause.End, result);
                break;
            }
            if (trigger.Type == MeetingType.PhoneCall && w is "à" && j == afterLast)
            {
                AddNounPhraseList(doc, words, finder, j + 1, clause.End, result);
                break;
            }
        }
        if (trigger.IsVerb && trigger.Lemma is "rencontrer" or "recevoir" && afterLast < words.Count)
        {
            for (int k = 0; k < doc.Entities.Count; k++)
            {
                var m = doc.Entities[k];
                if (m.Span.Start < triggerEnd) continue;
                if (m.Span.Start > triggerEnd + 60 || m.Span.Start >= clause.End) break;
                if (!finder.CanSpeak(k) || finder.IsComplement(m.Span)) continue;
                if (!result.Contains(k)) result.Add(k);
                break;
            }
        }
        result.Sort();
        return result.Distinct().ToList();
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
            for (int c = words[j - 1].End; c < words[j].Start; c++)
                if (text[c] is ';' or ':' or '.' or '(' or '«' or '"') punct = true;
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

    /// <summary>"les ministres de l'Otan se sont réunis": the organization whose members met.</summary>
    private static int? ComplementOrganizationBefore(AnalyzedDocument doc, int clauseStart, int triggerStart)
    {
        int? best = null;
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start < clauseStart) continue;
            if (m.Span.End > triggerStart) break;
            if (m.Kind == EntityKind.Organization && triggerStart - m.Span.End < 40) best = k;
        }
        return best;
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
            if (!_lexicon.StatusCues.TryMatch(text, words, j, out int n, out var cue)) continue;
            bool before = j < first;
            bool near = before ? first - j <= 8 : j - afterLast <= 15;
            bool positionOk = cue.Position == "any" || cue.Position == "before" && before && first - j <= 8 || cue.Position == "after" && !before;
            if (!near || !positionOk) continue;
            if (cue.Status is MeetingStatus.Cancelled or MeetingStatus.Postponed) return cue.Status;
            any ??= cue.Status;
            j += n - 1;
        }
        if (any is { } s) return s;
        if (trigger.IsVerb && MeetingTrigger.IsFutureOrInfinitive(FrenchText.Lower(triggerSpan.Of(text)))) return MeetingStatus.Planned;
        return MeetingStatus.TookPlace;
    }

    private static (int? Index, PartialDate? Date) DateNear(AnalyzedDocument doc, SpeakerFinder finder, TextSpan trigger, TextSpan clause, MeetingStatus status)
    {
        int? best = null;
        int bestDistance = int.MaxValue;
        for (int k = 0; k < doc.Dates.Count; k++)
        {
            var d = doc.Dates[k];
            if (d.Span.Start < clause.Start || d.Span.End > clause.End || finder.InsideQuote(d.Span)) continue;
            int distance = d.Span.Start >= trigger.End ? d.Span.Start - trigger.End : trigger.Start - d.Span.End + 10;
            if (distance < bestDistance) { bestDistance = distance; best = k; }
        }
        if (best is null || bestDistance > 160) return (null, null);
        var dm = doc.Dates[best.Value];
        var resolved = dm.Resolved;
        // a meeting that took place is not in the future, whatever verbs the sentence has
        if (status == MeetingStatus.TookPlace && dm.Expression.Kind == DateExpressionKind.Weekday && dm.Expression.Direction == TemporalDirection.Future)
            resolved = DateResolver.Resolve(dm.Expression with { Direction = TemporalDirection.Unspecified }, doc.Article.Date);
        return (best, resolved);
    }

    private static int? PlaceNear(AnalyzedDocument doc, SpeakerFinder finder, TextSpan trigger, TextSpan clause)
    {
        int? best = null;
        int bestDistance = int.MaxValue;
        for (int k = 0; k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Kind != EntityKind.Place || m.Span.Start < clause.Start || m.Span.End > clause.End || finder.InsideQuote(m.Span)) continue;
            if (!AfterLocative(doc.Text, m.Span.Start)) continue;
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
