using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Language;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Events.MeetingText;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// When, where and how long: the date expression nearest the trigger in its clause (weekdays resolved against the
/// article date by status), earlier years a sentence tells of, the place after a locative, the duration.
/// </summary>
internal sealed class MeetingDating
{
    private readonly MeetingLexicon _lexicon;
    private readonly MeetingWords _words;
    private readonly MeetingClauses _clauses;

    public MeetingDating(MeetingLexicon lexicon, MeetingClauses clauses)
    {
        _lexicon = lexicon;
        _words = lexicon.Words;
        _clauses = clauses;
    }

    /// <summary>
    /// The year before the article's that the sentence names, when the meeting has no date of the article's year of its own.
    /// </summary>
    internal int? EarlierYearOf(AnalyzedDocument doc, TextSpan sentence, TextSpan trigger, int? dateIndex, PartialDate? date)
    {
        if (doc.Article.Date is not { } published) return null;
        if (dateIndex is not null && date is { } own && own.Year >= published.Year) return null;
        bool sorted = doc.DatesSortedByStart;
        for (int k = doc.FirstDateFrom(sentence.Start); k < doc.Dates.Count; k++)
        {
            var d = doc.Dates[k];
            if (sorted && d.Span.Start > sentence.End) break;
            if (!sentence.Contains(d.Span) || d.Expression.Year is not { } year || year >= published.Year || !IsEnYear(doc.Text, d.Span)) continue;
            if (_clauses.InAside(doc, d.Span, trigger)) continue;
            // the year must date the trigger's own phrase: close by, not across a colon ("se retrouvent face à face : en 2018, …")
            int from = Math.Min(d.Span.End, trigger.End), to = Math.Max(d.Span.Start, trigger.Start);
            if (to - from > 60 || doc.Text.AsSpan(from, Math.Max(0, to - from)).ContainsAny(":;")) continue;
            return year;
        }
        return null;
    }

    /// <summary>
    /// "la grève de 2019, année où elle avait rencontré pour la première fois un ministre", "ils s'étaient rencontrés pour la
    /// dernière fois en 2023": a first or last encounter (meeting-words-fr.tsv, "encounter-ordinal") in an earlier year is
    /// the background of the news, not a meeting it reports.
    /// </summary>
    internal bool FirstEncounterInEarlierYear(AnalyzedDocument doc, TextSpan sentence)
    {
        if (doc.Article.Date is not { } published) return false;
        string said = FrenchText.Lower(sentence.Of(doc.Text));
        if (!_words.EncounterOrdinals.Any(o => said.Contains(o, StringComparison.Ordinal))) return false;
        bool sorted = doc.DatesSortedByStart;
        for (int k = doc.FirstDateFrom(sentence.Start); k < doc.Dates.Count; k++)
        {
            var d = doc.Dates[k];
            if (sorted && d.Span.Start > sentence.End) break;
            if (sentence.Contains(d.Span) && d.Expression.Year is { } year && year < published.Year) return true;
        }
        return false;
    }

    /// <summary>"en 2023": a year that dates an event; "depuis 2018", "de 2015 à 2019" tell a duration, not when something happened.</summary>
    internal bool IsEnYear(string text, TextSpan span)
    {
        string said = FrenchText.Lower(text.AsSpan(span.Start, span.Length));
        if (said.StartsWith("en ", StringComparison.Ordinal)) return true;
        int from = Math.Max(0, span.Start - 3);
        return FrenchText.Lower(text.AsSpan(from, span.Start - from)) is "en ";
    }

    /// <summary>Talks of the article's own month (not "en mai 2023"): the negotiation a signing follows.</summary>
    internal bool OfTheArticlesMonth(PartialDate? date, PartialDate? article) =>
        date is { } d && article is { } a && d.Year == a.Year && d.Month is not null && d.Month == a.Month;

    internal (int? Index, PartialDate? Date) DateNear(AnalyzedDocument doc, SpeakerFinder finder, TextSpan trigger, TextSpan clause, MeetingStatus status, bool modalFuture)
    {
        int? best = null;
        int bestDistance = int.MaxValue;
        bool sorted = doc.DatesSortedByStart;
        for (int k = doc.FirstDateFrom(clause.Start); k < doc.Dates.Count; k++)
        {
            var d = doc.Dates[k];
            if (sorted && d.Span.Start > clause.End) break;
            if (d.Span.Start < clause.Start || d.Span.End > clause.End || finder.InsideQuote(d.Span)) continue;
            if (!_clauses.Reachable(doc, d.Span, trigger, clause) || _clauses.InAside(doc, d.Span, trigger)) continue;
            if (BoundsAPeriod(doc.Text, d.Span) || DatesAnotherNoun(doc, d.Span, trigger)) continue;
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
        // "les 16 et 17 décembre": a meeting of several days starts on the first
        if (resolved is { Day: { } last } && FirstDayBefore(doc.Text, dm.Span.Start) is { } firstDay && firstDay < last)
            resolved = resolved.Value with { Day = firstDay };
        // "en vue du sommet de décembre" in February: a planned meeting whose month is stated without a year is
        // the next such month, not the last one
        if (status == MeetingStatus.Planned && dm.Expression.Kind == DateExpressionKind.Calendar && dm.Expression.Year is null
            && dm.Expression.Month is not null && resolved is { } r && doc.Article.Date is { } article
            && new PartialDate(r.Year, r.Month, null).CompareTo(new PartialDate(article.Year, article.Month, null)) < 0)
            resolved = r with { Year = r.Year + 1 };
        return (best, resolved);
    }

    /// <summary>
    /// "reçu au palais depuis juillet", "un forum qui se tient jusqu'à jeudi", "d'ici la fin de l'année": a date that opens or
    /// closes a period (meeting-words-fr.tsv, "period-bound") tells how long something lasts, not when the meeting was held.
    /// </summary>
    internal bool BoundsAPeriod(string text, TextSpan date)
    {
        int from = Math.Max(0, date.Start - 12);
        string before = FrenchText.Lower(text.AsSpan(from, date.Start - from)).Replace('’', '\'');
        string said = FrenchText.Lower(text.AsSpan(date.Start, Math.Min(12, date.Length))).Replace('’', '\'');
        foreach (var bound in _words.PeriodBounds)
            if (before.EndsWith(bound + " ", StringComparison.Ordinal) || said.StartsWith(bound + " ", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// "la grève du 9 décembre", "le scrutin du 12 avril": a date in the complement of a noun other than the meeting's is that
    /// noun's date. Not after the meeting noun itself ("les discussions de mardi"), another meeting noun, an adjective
    /// ("la réunion ministérielle du 3 mars") or a word of a time frame ("dans la soirée du 3 mars", meeting-words-fr.tsv
    /// "time-frame").
    /// </summary>
    internal bool DatesAnotherNoun(AnalyzedDocument doc, TextSpan date, TextSpan trigger)
    {
        int t = doc.TokenIndexAtOrAfter(date.Start);
        if (t < 2 || t >= doc.Tokens.Count || doc.Tokens[t].Start != date.Start) return false;
        var folded = doc.Folded;
        if (folded[t - 1] is not ("du" or "de" or "d'" or "des")) return false;
        var head = doc.Tokens[t - 2];
        if (head.End > trigger.Start && head.Start < trigger.End) return false;
        string word = FrenchText.Lower(doc.Text.AsSpan(head.Start, head.End - head.Start));
        if (_words.TimeFrames.Contains(word) || _lexicon.TriggerFirstWords.Contains(word)) return false;
        var a = MorphQueries.Morph(doc, t - 2);
        return a.Pos == PartOfSpeech.Noun && !MorphQueries.IsAdjective(a) && MorphQueries.IsCommonOnly(a);
    }

    /// <summary>How many sentences back the event "la veille" counts from may be told.</summary>
    private const int AnchorSentencesBack = 6;

    /// <summary>
    /// "La veille, X s'était entretenu avec Y", "la veille de son départ, …", "au lendemain de leur rencontre": a day word
    /// (meeting-words-fr.tsv, "day-before"/"day-after") after a determiner in the meeting's clause counts from a day the
    /// text told before, not from the article's date: "la veille de son départ" from the latest meeting or trip that took
    /// place on a stated full date; a bare "la veille" from the latest full date stated in the sentences before that is not
    /// still to come ("La délégation doit se rendre samedi à Tanger. La veille, …" counts from the day told before that).
    /// Not "la veille du sommet" (another event, named), and only when the clause states no date of its own.
    /// </summary>
    internal PartialDate? AnchoredDay(AnalyzedDocument doc, List<TextSpan> words, List<Quotation> quotes, int first, int afterLast, TextSpan clause, int? dateIndex,
        List<MeetingMention> found)
    {
        if (dateIndex is { } di && doc.Dates[di].Expression.Kind != DateExpressionKind.RelativeDay) return null;
        string text = doc.Text;
        int offset = 0;
        bool ofTheirEvent = false;
        // "La veille, le ministre délégué chargé de l'Europe, X, s'était entretenu": the day word may open the sentence before the
        // clause of the trigger begins
        int sentenceStart = doc.SentenceIndexAt(words[first].Start) is var own and >= 0 ? Math.Min(doc.Sentences[own].Start, clause.Start) : clause.Start;
        for (int j = Math.Max(1, WordAtOrAfter(words, sentenceStart)); j < words.Count && words[j].Start < clause.End && offset == 0; j++)
        {
            if (j >= first && j < afterLast) continue;
            string w = FrenchText.Lower(words[j].SliceOf(text));
            int o = _words.DaysBefore.Contains(w) ? -1 : _words.DaysAfter.Contains(w) ? 1 : 0;
            if (o == 0 || FrenchText.Lower(words[j - 1].SliceOf(text)) is not ("la" or "le" or "au")) continue;
            // "la veille de son départ": the event of the possessive is the one told; "la veille du sommet" counts from another
            string next = j + 1 < words.Count ? FrenchText.Lower(words[j + 1].SliceOf(text)) : "";
            if (next is "du" or "des" || next.StartsWith("d'", StringComparison.Ordinal)) continue;
            ofTheirEvent = next == "de";
            if (ofTheirEvent && !(j + 2 < words.Count && _words.Possessives.Contains(FrenchText.Lower(words[j + 2].SliceOf(text))))) continue;
            offset = o;
        }
        if (offset == 0) return null;
        int si = doc.SentenceIndexAt(words[first].Start);
        if (si < 0) return null;
        if (ofTheirEvent)
        {
            for (int p = found.Count - 1; p >= 0; p--)
            {
                var told = found[p];
                int ts = doc.SentenceIndexAt(told.Trigger.Start);
                if (ts < si - AnchorSentencesBack) break;
                // the event told before is in an earlier sentence: another trigger of this sentence is this very meeting
                if (ts >= si || told.Status != MeetingStatus.TookPlace || told.DateMentionIndex is null) continue;
                if (told.Date?.ToDateOnly() is { } day) return PartialDate.From(day.AddDays(offset));
            }
            return null;
        }
        int from = doc.Sentences[Math.Max(0, si - AnchorSentencesBack)].Start, before = doc.Sentences[si].Start;
        var published = doc.Article.Date?.ToDateOnly();
        DateOnly? latest = null;
        int latestAt = -1;
        bool sorted = doc.DatesSortedByStart;
        for (int k = doc.FirstDateFrom(from); k < doc.Dates.Count; k++)
        {
            var d = doc.Dates[k];
            if (sorted && d.Span.Start >= before) break;
            if (d.Span.Start < from || d.Span.Start >= before || d.Span.Start <= latestAt || d.Resolved?.ToDateOnly() is not { } day) continue;
            if (published is { } p && day > p) continue;
            // "le Bureau avait validé, lundi soir, l'enveloppe": a pluperfect dates an event before the story's, not its day
            if (AfterPastPerfect(text, words, d.Span.Start)) continue;
            // "« Aujourd'hui, l'Europe investit chez nous »": a speaker's time word is the time of the speech, not a day of the story
            if (quotes.Exists(q => q.Inner.Start <= d.Span.Start && d.Span.End <= q.Inner.End)) continue;
            (latest, latestAt) = (day, d.Span.Start);
        }
        if (latest is { } anchor) return PartialDate.From(anchor.AddDays(offset));
        // no date stated in the sentences just before (quotes in between): the latest meeting told before on a stated full date
        for (int p = found.Count - 1; p >= 0; p--)
        {
            var told = found[p];
            int ts = doc.SentenceIndexAt(told.Trigger.Start);
            if (ts < si - AnchorSentencesBack) break;
            if (ts >= si || told.DateMentionIndex is null || told.Date?.ToDateOnly() is not { } day || published is { } pub && day > pub) continue;
            return PartialDate.From(day.AddDays(offset));
        }
        return null;
    }

    /// <summary>A pluperfect auxiliary (meeting-words-fr.tsv, "past-perfect") among the four words before <paramref name="offset"/>.</summary>
    private bool AfterPastPerfect(string text, List<TextSpan> words, int offset)
    {
        int at = WordAtOrAfter(words, offset);
        for (int j = at - 1; j >= 0 && j >= at - 4; j--)
        {
            string w = FrenchText.Lower(words[j].SliceOf(text));
            if (_words.PastPerfectAuxiliaries.Contains(w)) return true;
            if (w.Length > 0 && (w[^1] == '.' || w == "et")) return false;
        }
        return false;
    }

    /// <summary>How many sentences back the day of the news an undated meeting belongs to may be stated.</summary>
    private const int NarrativeSentencesBack = 5;

    /// <summary>How many days before the article that day may lie: a report without a date of its own tells the week's news.</summary>
    private const int NarrativeDaysBack = 7;

    /// <summary>
    /// "Mardi, la ministre n'a pas rencontré les urgentologues. Elle s'est plutôt entretenue avec X", "Les agriculteurs ont
    /// manifesté lundi pendant que les ministres, réunis à huis clos, …", "Ils ont bloqué vendredi la préfecture. Le préfet a
    /// reçu une délégation": a meeting told in the past without a date of its own happened on the day the narration last
    /// stated: the latest day of the nearest sentence before the trigger that states a date, within a few sentences (the news
    /// comes after its background: "s'est rendu jeudi sur le site, où l'effondrement a fait des morts dans la nuit de mardi à
    /// mercredi", "Dix-sept personnes ont été interpellées mardi, a annoncé vendredi la procureure"), when it is a day of the
    /// week before the article, not after it. A month, a year or an older day only stated there means the
    /// narration has moved to another time, and a date after the trigger in its own clause that could not be attached means
    /// the clause has a time of its own: then nothing (the caller keeps the article's month). Dates in a quotation, outside
    /// the text proper, opening or closing a period ("depuis lundi") or counted from another day ("la veille") are no narration.
    /// </summary>
    internal PartialDate? NarrativeDay(AnalyzedDocument doc, SpeakerFinder finder, TextSpan trigger, TextSpan clause)
    {
        if (doc.Article.Date?.ToDateOnly() is not { } published) return null;
        int si = doc.SentenceIndexAt(trigger.Start);
        if (si < 0) return null;
        var sentence = doc.Sentences[si];
        int from = doc.Sentences[Math.Max(0, si - NarrativeSentencesBack)].Start;
        DateOnly? chosen = null;
        int chosenSentence = -1;
        for (int k = doc.FirstDateFrom(from); k < doc.Dates.Count; k++)
        {
            var d = doc.Dates[k];
            if (d.Span.Start >= sentence.End) break;
            if (d.Span.Start < from || finder.InsideQuote(d.Span) || doc.IsNonContent(d.Span) || BoundsAPeriod(doc.Text, d.Span)) continue;
            if (d.Span.Start >= trigger.End)
            {
                if (d.Span.End <= clause.End) return null;
                continue;
            }
            if (IsDateline(doc.Text, d.Span)) continue;
            if (d.Span.End > trigger.Start) continue;
            string said = FrenchText.Lower(doc.TextOf(d.Span));
            if (_words.DaysBefore.Contains(said) || _words.DaysAfter.Contains(said)) continue;
            int ds = doc.SentenceIndexAt(d.Span.Start);
            if (ds != chosenSentence) (chosen, chosenSentence) = (null, ds);
            if (d.Resolved?.ToDateOnly() is { } day && day <= published && (chosen is null || day > chosen)) chosen = day;
        }
        return chosen is { } latest && latest >= published.AddDays(-NarrativeDaysBack) ? PartialDate.From(latest) : null;
    }

    /// <summary>
    /// "N'Djamena, 24 juillet 2026 (Tchadinfos) – La ministre …", "PARIS, 3 mars (AFP) -": the date of a wire dateline, a date
    /// followed (after an agency in parentheses, if any) by a dash, tells when the dispatch was filed, not what day the
    /// narration is at.
    /// </summary>
    private static bool IsDateline(string text, TextSpan date)
    {
        int i = date.End;
        while (i < text.Length && text[i] == ' ') i++;
        if (i < text.Length && text[i] == '(')
        {
            int close = text.IndexOf(')', i, Math.Min(40, text.Length - i));
            if (close < 0) return false;
            i = close + 1;
            while (i < text.Length && text[i] == ' ') i++;
        }
        return i < text.Length && text[i] is '–' or '—' or '-';
    }

    /// <summary>
    /// "La grève s'est poursuivie jeudi, au lendemain d'une rencontre sans résultat entre A et B", "Au lendemain de leur entretien,
    /// X a annoncé mardi …", "à la veille de la réunion de jeudi" (no: that date is the meeting's own): a meeting noun in the
    /// complement of a day word (meeting-words-fr.tsv, "day-before"/"day-after") after "au", "le" or "la" is the day before
    /// (after) the day the governing clause states: the nearest full date of the sentence before the day word, or after the
    /// comma that closes the meeting's phrase. Null when the phrase is not there, states its own date before that comma,
    /// or the governing clause states no full day.
    /// </summary>
    internal PartialDate? DayAroundGoverningDate(AnalyzedDocument doc, SpeakerFinder finder, TextSpan trigger, TextSpan sentence, int? ownDateIndex)
    {
        string text = doc.Text;
        int from = Math.Max(sentence.Start, trigger.Start - 48);
        string before = FrenchText.Lower(text.AsSpan(from, trigger.Start - from)).Replace('’', '\'');
        int offset = 0, at = -1;
        foreach (var (set, sign) in new[] { (_words.DaysAfter, -1), (_words.DaysBefore, 1) })
            foreach (var w in set)
            {
                int i = before.LastIndexOf(w + " d", StringComparison.Ordinal);
                if (i <= 0 || i < at) continue;
                string lead = before[..i].TrimEnd();
                if (!(lead.EndsWith(" au") || lead.EndsWith(" le") || lead.EndsWith(" la") || lead is "au" or "le" or "la")) continue;
                string between = before[(i + w.Length)..];
                if (between.AsSpan().IndexOfAny(",.;:()«»\"") >= 0 || between.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 5) continue;
                (offset, at) = (sign, from + i);
            }
        if (offset == 0) return null;
        int comma = text.IndexOf(',', trigger.End, Math.Max(0, sentence.End - trigger.End));
        if (ownDateIndex is { } own && doc.Dates[own].Span.Start >= trigger.End && (comma < 0 || doc.Dates[own].Span.End <= comma)) return null;
        DateMention? best = null;
        int bestDistance = int.MaxValue;
        for (int k = doc.FirstDateFrom(sentence.Start); k < doc.Dates.Count; k++)
        {
            var d = doc.Dates[k];
            if (d.Span.Start < sentence.Start) continue;
            if (d.Span.End > sentence.End) break;
            bool governing = d.Span.End <= at || comma >= 0 && d.Span.Start > comma;
            if (!governing || finder.InsideQuote(d.Span) || BoundsAPeriod(text, d.Span)) continue;
            int distance = d.Span.End <= at ? at - d.Span.End : d.Span.Start - trigger.End;
            if (distance < bestDistance) (best, bestDistance) = (d, distance);
        }
        return best?.Resolved?.ToDateOnly() is { } day ? PartialDate.From(day.AddDays(offset)) : null;
    }

    /// <summary>"les 16 et 17 décembre": the day number before "et" just before a date, or null.</summary>
    private static int? FirstDayBefore(string text, int dateStart)
    {
        int i = dateStart - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        if (i < 1 || text[i] != 't' || text[i - 1] != 'e' || i >= 2 && char.IsLetter(text[i - 2])) return null;
        i -= 2;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        int end = i + 1;
        while (i >= 0 && char.IsDigit(text[i])) i--;
        if (end - i - 1 is < 1 or > 2 || i >= 0 && char.IsLetterOrDigit(text[i])) return null;
        int day = int.Parse(text.AsSpan(i + 1, end - i - 1));
        return day is >= 1 and <= 31 ? day : null;
    }

    internal int? PlaceNear(AnalyzedDocument doc, SpeakerFinder finder, TextSpan trigger, TextSpan clause)
    {
        int? best = null;
        int bestDistance = int.MaxValue;
        for (int k = doc.FirstEntityAtOrAfter(clause.Start); k < doc.Entities.Count && doc.Entities[k].Span.Start < clause.End; k++)
        {
            var m = doc.Entities[k];
            if (m.Kind != EntityKind.Place || m.Span.Start < clause.Start || m.Span.End > clause.End || finder.InsideQuote(m.Span)) continue;
            if (!AfterLocative(doc.Text, m.Span.Start) || !_clauses.Reachable(doc, m.Span, trigger, clause) || _clauses.InAside(doc, m.Span, trigger)) continue;
            if (m.Span.Start >= trigger.End && AfterTopicWord(doc.Text, trigger.End, m.Span.Start)) continue;
            int distance = m.Span.Start >= trigger.End ? m.Span.Start - trigger.End : trigger.Start - m.Span.End + 20;
            if (distance < bestDistance) { bestDistance = distance; best = k; }
        }
        return best;
    }

    /// <summary>A topic word ("sur", "concernant") between the trigger and a place: "sur la sécurité au Sahel".</summary>
    private bool AfterTopicWord(string text, int from, int to)
    {
        var between = text.AsSpan(from, to - from);
        foreach (var range in between.SplitAny(" ,'’"))
            if (range.Start.Value != range.End.Value && _words.TopicWords.Contains(FrenchText.Lower(between[range]))) return true;
        return false;
    }

    internal bool AfterLocative(string text, int start)
    {
        int i = start - 1;
        if (i >= 0 && FrenchText.IsApostrophe(text[i])) return false; // "d'Ukraine", "l'Ukraine" as object
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        int end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        return end > i + 1 && _words.Locatives.Contains(FrenchText.Lower(text.AsSpan(i + 1, end - i - 1)));
    }

    internal DurationMention? DurationNear(string text, TextSpan trigger, TextSpan sentence)
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
}
