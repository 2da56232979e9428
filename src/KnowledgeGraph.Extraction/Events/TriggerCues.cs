using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Events.MeetingText;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// What the words right around a trigger say about it: a reflexive verb split by adverbs, a process rather than a
/// sitting ("des mois de négociations"), a purpose ("pour rencontrer"), an occasion ("lors de sa visite"), a series
/// ("le prochain sommet"), the meeting type refined by its means ("par téléphone") or its participants ("ministres").
/// </summary>
internal sealed class TriggerCues
{
    private readonly MeetingLexicon _lexicon;
    private readonly MeetingWords _words;

    public TriggerCues(MeetingLexicon lexicon)
    {
        _lexicon = lexicon;
        _words = lexicon.Words;
    }

    /// <summary>
    /// A pluperfect ("qui avait participé à un sommet", "il s'était entretenu") or a time-past adverb just before
    /// the trigger: a meeting from before the article's news, whose date the article's date does not give.
    /// </summary>
    internal bool IsPastPerfect(string text, List<TextSpan> words, int first, int afterLast, TextSpan clause)
    {
        for (int j = first; j < afterLast; j++)
            if (_words.PastPerfectAuxiliaries.Contains(FrenchText.Lower(words[j].Of(text)))) return true;
        for (int j = first - 1; j >= 0 && j >= first - 8 && words[j].Start >= clause.Start; j--)
            if (_words.PastPerfectAuxiliaries.Contains(FrenchText.Lower(words[j].Of(text)))) return true;
        return false;
    }

    /// <summary>
    /// "M. X avait déjà rencontré Y à Lomé", "ils se sont déjà vus": an earlier-occasion adverb (meeting-words-fr.tsv) inside the
    /// trigger or among the three words before it, in its clause.
    /// </summary>
    internal bool IsEarlierOccasion(string text, List<TextSpan> words, int first, int afterLast, TextSpan clause)
    {
        for (int j = Math.Max(0, first - 3); j < afterLast; j++)
            if (words[j].Start >= clause.Start && _words.EarlierOccasionWords.Contains(FrenchText.Lower(words[j].Of(text)))) return true;
        return false;
    }

    /// <summary>"le prochain sommet", "le sommet suivant", "lors du dernier sommet".</summary>
    internal bool IsOfASeries(string text, List<TextSpan> words, int first, int afterLast) =>
        first > 0 && _words.SeriesWords.Contains(FrenchText.Lower(words[first - 1].Of(text)))
        || afterLast < words.Count && _words.SeriesWords.Contains(FrenchText.Lower(words[afterLast].Of(text)));

    /// <summary>
    /// "après plus de vingt ans de négociations", "des mois de discussions": a process of years or months, not a
    /// meeting; so are "ont engagé des négociations avec X", "mener des discussions" (a process opened, no sitting).
    /// </summary>
    /// <summary>A sport cue (meeting-words-fr.tsv, "sport-cue": "match", "score", "championnat") anywhere in the sentence.</summary>
    internal bool InSportReport(string text, List<TextSpan> words, TextSpan sentence)
    {
        for (int j = WordAtOrAfter(words, sentence.Start); j < words.Count && words[j].Start < sentence.End; j++)
            if (_words.SportCues.TryMatch(text, words, j, out _, out _)) return true;
        return false;
    }

    /// <summary>
    /// "Le comité, qui réunit chercheurs et experts, doit rendre un avis": "qui" + the present of "réunir" with no day right after
    /// says what a body is made of, not that its members met ("le sommet, qui réunit jeudi les dirigeants" is dated: a meeting).
    /// </summary>
    internal bool IsMembershipRelative(string text, List<TextSpan> words, int first, int afterLast, MeetingTrigger trigger)
    {
        if (trigger.Lemma != "réunir" || first == 0 || FrenchText.Lower(words[first - 1].Of(text)) != "qui") return false;
        string form = FrenchText.Lower(words[afterLast - 1].Of(text));
        if (form is not ("réunit" or "réunissent")) return false;
        return afterLast >= words.Count || !_words.DateWords.Contains(FrenchText.Lower(words[afterLast].Of(text)));
    }

    /// <summary>"la rencontre du Vert &amp; Or contre les Carabins": a sport-opponent word within six words after the noun, in its sentence.</summary>
    internal bool IsMatchAgainst(string text, List<TextSpan> words, int afterLast, TextSpan sentence)
    {
        for (int j = afterLast; j < words.Count && j < afterLast + 6 && words[j].Start < sentence.End; j++)
            if (_words.SportOpponents.Contains(FrenchText.Lower(words[j].Of(text)))) return true;
        return false;
    }

    /// <summary>
    /// "un entretien accordé au quotidien X", "dans un entretien au journal X", "un entretien à X" (a media outlet): an
    /// interview-cue word (meeting-words-fr.tsv) or a media outlet within five words after "entretien".
    /// </summary>
    internal bool IsPressInterview(AnalyzedDocument doc, List<TextSpan> words, int afterLast, TextSpan clause)
    {
        string text = doc.Text;
        int end = afterLast;
        for (int j = afterLast; j < words.Count && j < afterLast + 5 && words[j].Start < clause.End; j++)
        {
            if (_words.InterviewCues.Contains(FrenchText.Lower(words[j].Of(text)))) return true;
            end = j;
        }
        if (end < afterLast || end >= words.Count) return false;
        foreach (var m in doc.Entities)
        {
            if (m.Span.Start < words[afterLast].Start) continue;
            if (m.Span.Start > words[end].End) break;
            if (m.Subtype == EntitySubtype.MediaOutlet) return true;
        }
        return false;
    }

    /// <summary>
    /// "X et Y ont appelé jeudi à Bruxelles à lancer un emprunt": "appeler à" + infinitive before any attendee named after the
    /// verb is a call for an action, not a telephone call (the one called would stand right after the verb: "a appelé Y").
    /// </summary>
    internal static bool CallsForAnAction(AnalyzedDocument doc, List<TextSpan> words, List<int> attendees, TextSpan trigger, TextSpan clause)
    {
        string text = doc.Text;
        int firstAfter = int.MaxValue;
        foreach (var k in attendees)
            if (doc.Entities[k].Span.Start >= trigger.End) firstAfter = Math.Min(firstAfter, doc.Entities[k].Span.Start);
        for (int j = WordAtOrAfter(words, trigger.End); j + 1 < words.Count && words[j].Start < clause.End && words[j].Start < firstAfter; j++)
        {
            if (FrenchText.Lower(words[j].Of(text)) != "à") continue;
            int t = doc.TokenIndexAtOrAfter(words[j + 1].Start);
            if (t >= 0 && t < doc.Morphology.Length && doc.Tokens[t].Start == words[j + 1].Start && char.IsLower(text[words[j + 1].Start])
                && doc.Morphology[t].Readings is { } readings && readings.Any(r => (r.Moods & Language.VerbMoods.Infinitive) != 0)) return true;
        }
        return false;
    }

    /// <summary>"a appelé X à la retenue", "a appelé les deux parties au dialogue": the one called is urged to something.</summary>
    internal bool IsExhortation(AnalyzedDocument doc, List<TextSpan> words, List<int> attendees, TextSpan trigger, TextSpan clause)
    {
        string text = doc.Text;
        foreach (var k in attendees)
        {
            var m = doc.Entities[k].Span;
            if (m.Start < trigger.End) continue;
            int j = WordAtOrAfter(words, m.End);
            if (j < words.Count && words[j].Start < clause.End && FrenchText.Lower(words[j].Of(text)) is "à" or "au" or "aux" or "a") return true;
        }
        return false;
    }

    /// <summary>
    /// "a multiplié les rencontres", "plusieurs réunions", "de nombreux entretiens": a plural meeting noun (ending in -s or -x)
    /// after a generic-plural phrase is meetings in general; "La Réunion" (a capitalised noun after a capitalised "La" inside
    /// a sentence) is a place.
    /// </summary>
    internal bool IsGenericOrProperNoun(string text, List<TextSpan> words, int first, int afterLast, TextSpan sentence)
    {
        string last = words[afterLast - 1].Of(text);
        if (first > 0 && words[first].Start > sentence.Start && char.IsUpper(text[words[first].Start]) && words[first - 1].Of(text) == "La"
            && words[first - 1].Start > sentence.Start) return true;
        if (!(last.EndsWith('s') || last.EndsWith('x'))) return false;
        foreach (var phrase in _words.GenericPlurals)
        {
            int start = first - phrase.Length;
            if (start < 0 || words[start].Start < sentence.Start) continue;
            bool all = true;
            for (int p = 0; p < phrase.Length && all; p++)
                all = FrenchText.Lower(words[start + p].Of(text)) == phrase[p];
            if (all) return true;
        }
        return false;
    }

    internal bool IsLongProcess(string text, List<TextSpan> words, int first)
    {
        if (first < 2) return false;
        if (FrenchText.Lower(words[first - 1].Of(text)) == "des" && _words.ProcessVerbs.Contains(FrenchText.Lower(words[first - 2].Of(text)))) return true;
        string de = FrenchText.Lower(words[first - 1].Of(text));
        if (de is not ("de" or "d'")) return false;
        return _words.LongUnits.Contains(FrenchText.Lower(words[first - 2].Of(text)));
    }

    /// <summary>
    /// "En marge des négociations, X et Y ont tenu un point de presse": a meeting noun after "en marge de" is the occasion of
    /// another meeting the sentence tells later, not a meeting of its own.
    /// </summary>
    internal bool IsMarginOfLaterMeeting(string text, List<TextSpan> words, int first, int afterLast, TextSpan sentence)
    {
        if (first < 3 || FrenchText.Lower(words[first - 1].Of(text)) is not ("de" or "du" or "des" or "d'")
            || FrenchText.Lower(words[first - 2].Of(text)) != "marge" || FrenchText.Lower(words[first - 3].Of(text)) != "en")
        {
            // "en marge de la réunion": the article before the noun
            if (first < 4 || FrenchText.Lower(words[first - 1].Of(text)) is not ("la" or "l'") || FrenchText.Lower(words[first - 2].Of(text)) != "de"
                || FrenchText.Lower(words[first - 3].Of(text)) != "marge" || FrenchText.Lower(words[first - 4].Of(text)) != "en") return false;
        }
        for (int j = afterLast; j < words.Count && words[j].Start < sentence.End; j++)
            if (_lexicon.Triggers.TryMatch(text, words, j, out _, out _) || _words.ReflexiveParticiples.Contains(FrenchText.Lower(words[j].Of(text)))) return true;
        return false;
    }

    /// <summary>
    /// "X, qui participait lui aussi à la réunion", "A et B assistaient à ce dîner": an attendance verb (meeting-words-fr.tsv)
    /// a few words before a meeting noun with a definite or demonstrative determiner: the meeting told before.
    /// </summary>
    internal bool AttendsAMeetingToldBefore(string text, List<TextSpan> words, int first, TextSpan clause)
    {
        if (first < 2 || FrenchText.Lower(words[first - 1].Of(text)) is not ("la" or "le" or "les" or "ce" or "cet" or "cette" or "ces" or "au" or "aux")
            && !FrenchText.Lower(words[first - 1].Of(text)).StartsWith("l'", StringComparison.Ordinal)) return false;
        for (int j = first - 2; j >= 0 && j >= first - 6 && words[j].Start >= clause.Start; j--)
            if (_words.AttendanceVerbs.Contains(FrenchText.Lower(words[j].Of(text)))) return true;
        return false;
    }

    /// <summary>"un dîner", "une réunion": an indefinite article right before the trigger (a meeting introduced, not named again).</summary>
    internal bool IsIndefinite(string text, int triggerStart)
    {
        int i = triggerStart - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        int end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        return end > i + 1 && FrenchText.Lower(text.AsSpan(i + 1, end - i - 1)) is "un" or "une";
    }

    /// <summary>"par visioconférence", "en visioconférence", "par téléphone", "au téléphone": how a meeting was held.</summary>
    /// <summary>
    /// "Le Cap Corse accueillera samedi la rencontre de football", "Abidjan accueille le sommet": a hosting verb whose direct
    /// object (past date words) is a meeting noun hosts that event; the noun is the meeting, the verb no meeting of its own
    /// (event-host-verb rows of meeting-words-fr.tsv name the verbs by lemma).
    /// </summary>
    internal bool HostsAnEvent(string text, List<TextSpan> words, int afterLast, MeetingTrigger trigger)
    {
        if (!trigger.IsVerb || !_words.EventHostVerbs.Contains(trigger.Lemma)) return false;
        // the first determiner within a few words ("accueillera pourtant samedi la rencontre"), with no punctuation before it
        for (int j = afterLast; j + 1 < words.Count && j < afterLast + 4; j++)
        {
            if (HasPunctuation(text, words[j - 1].End, words[j].Start)) return false;
            if (FrenchText.Lower(words[j].Of(text)) is not ("le" or "la" or "les" or "un" or "une" or "ce" or "cette")) continue;
            return _lexicon.Triggers.TryMatch(text, words, j + 1, out _, out var noun) && !noun.IsVerb;
        }
        return false;
    }

    internal bool IsMeansModifier(string text, List<TextSpan> words, int first) =>
        first > 0 && FrenchText.Lower(words[first - 1].Of(text)) is "par" or "en" or "au";

    /// <summary>"lors de sa visite", "pendant son séjour": a possessed meeting noun as the occasion of what came before.</summary>
    internal bool IsOccasionNoun(string text, List<TextSpan> words, int first)
    {
        if (first < 2 || FrenchText.Lower(words[first - 1].Of(text)) is not ("sa" or "son" or "leur")) return false;
        string w = FrenchText.Lower(words[first - 2].Of(text));
        return w is "de" && first >= 3 && FrenchText.Lower(words[first - 3].Of(text)) is "lors" or "pendant" or "durant" || w is "pendant" or "durant";
    }

    /// <summary>
    /// ", avec qui il a eu un entretien", ", avec laquelle elle a eu une longue discussion": the noun is in a relative clause
    /// (a relative preposition and pronoun, meeting-words-fr.tsv, a few words before it) opened after the meeting told just
    /// before ended at <paramref name="after"/>.
    /// </summary>
    internal bool InRelativeOnAGuest(string text, List<TextSpan> words, int first, int after)
    {
        for (int j = first - 1; j >= 1 && j >= first - 8 && words[j].Start >= after; j--)
        {
            if (!_words.RelativePronouns.Contains(FrenchText.Lower(words[j].Of(text)))) continue;
            if (!_words.RelativePrepositions.Contains(FrenchText.Lower(words[j - 1].Of(text))) || words[j - 1].Start < after) return false;
            // the relative follows a comma: an apposition on the guest ("…, Y, avec qui …")
            int k = words[j - 1].Start - 1;
            while (k >= after && char.IsWhiteSpace(text[k])) k--;
            return k >= after && text[k] == ',';
        }
        return false;
    }

    /// <summary>"une réunion publique", "des réunions électorales": a gathering open to all (meeting-words-fr.tsv, "public-gathering").</summary>
    internal bool IsPublicGathering(string text, List<TextSpan> words, int afterLast) =>
        afterLast < words.Count && _words.PublicGatherings.Contains(FrenchText.Lower(words[afterLast].Of(text)));

    /// <summary>
    /// "avant l'ouverture officielle du sommet", "au lendemain de la réunion": the meeting noun is the complement of a moment
    /// of it (meeting-words-fr.tsv, "landmark-noun"), up to two words before its "de".
    /// </summary>
    internal bool IsLandmarkComplement(string text, List<TextSpan> words, int first)
    {
        int j = first - 1;
        if (j >= 0 && FrenchText.Lower(words[j].Of(text)) is "la" or "l'" or "l’") j--;
        if (j < 1 || FrenchText.Lower(words[j].Of(text)) is not ("du" or "de" or "d'" or "d’" or "des")) return false;
        for (int k = j - 1; k >= 0 && k >= j - 3; k--)
            if (_words.Landmarks.Contains(FrenchText.Lower(words[k].Of(text)).Replace("l'", "").Replace("l’", ""))) return true;
        return false;
    }

    /// <summary>
    /// "la première depuis le sommet du G20", "qui rentrait du sommet du G20", "en vue du sommet de décembre": a meeting noun
    /// after a word that makes it a point in time or a purpose (meeting-words-fr.tsv, "time-landmark"), past its determiner.
    /// </summary>
    internal bool IsTimeLandmark(string text, List<TextSpan> words, int first)
    {
        int j = first - 1;
        if (j < 1 || FrenchText.Lower(words[j].Of(text)) is not ("le" or "la" or "les" or "du" or "des" or "au" or "aux")) return false;
        // "de retour du sommet": the landmark word stands right before the determiner
        string w = FrenchText.Lower(words[j - 1].Of(text));
        return _words.TimeLandmarks.Contains(w);
    }

    /// <summary>"deuxième", "premier", "prochaine", "nouvelle": a word that ranks a meeting in a series.</summary>
    private bool IsOrdinal(string word) =>
        word.EndsWith("ième", StringComparison.Ordinal) || word is "premier" or "première" || _words.SeriesWords.Contains(word) || _words.RenewalWords.Contains(word);

    /// <summary>"pour leur sommet", "pour une réunion": a meeting noun as the purpose of what came before.</summary>
    internal bool IsPurposeNoun(string text, List<TextSpan> words, int first)
    {
        if (first < 2) return false;
        string det = FrenchText.Lower(words[first - 1].Of(text));
        int d = first - 1;
        // "pour le deuxième sommet", "pour la prochaine réunion": an ordinal or a series word between determiner and noun
        if (d > 1 && IsOrdinal(det)) det = FrenchText.Lower(words[--d].Of(text));
        // "pour leur sommet annuel", "pour un sommet extraordinaire", "pour des discussions avec Y"
        if (det is not ("leur" or "le" or "son" or "sa" or "un" or "une" or "ce" or "cette" or "la" or "des" or "les" or "ses" or "leurs")) return false;
        return d >= 1 && FrenchText.Lower(words[d - 1].Of(text)) == "pour";
    }

    /// <summary>"…à Kiev, où il a été reçu par Y": a relative clause on the place just named.</summary>
    internal bool AfterWhere(string text, List<TextSpan> words, int first, TextSpan clause)
    {
        for (int j = first - 1; j >= 0 && j >= first - 4 && words[j].Start >= clause.Start; j--)
            if (FrenchText.Lower(words[j].Of(text)) == "où") return true;
        return false;
    }

    /// <summary>"a rencontré sa future épouse", "rencontrer son mari": a personal tie, not a news meeting.</summary>
    internal bool MeetsARelative(string text, List<TextSpan> words, int afterLast)
    {
        int j = afterLast;
        if (j < words.Count && FrenchText.Lower(words[j].Of(text)) is "sa" or "son" or "ses" or "leur" or "leurs") j++; else return false;
        if (j < words.Count && _words.RelationModifiers.Contains(FrenchText.Lower(words[j].Of(text)))) j++;
        return j < words.Count && _lexicon.RelationWords.Contains(FrenchText.Lower(words[j].Of(text)));
    }

    /// <summary>"pour rencontrer", "afin de s'entretenir": an infinitive of purpose.</summary>
    internal bool IsPurposeInfinitive(string text, List<TextSpan> words, int first)
    {
        int j = first - 1;
        if (j >= 0 && FrenchText.Lower(words[j].Of(text)) is "se" or "s'") j--;
        if (j < 0) return false;
        string w = FrenchText.Lower(words[j].Of(text));
        return w == "pour" || w is "de" or "d'" && j > 0 && FrenchText.Lower(words[j - 1].Of(text)) == "afin";
    }

    /// <summary>
    /// A reflexive past with up to four lower-case words (and commas) between auxiliary and participle:
    /// "s'est lui aussi entretenu", "se sont, de leur côté, réunis". The trigger is looked up as if contiguous.
    /// </summary>
    internal bool TrySplitReflexive(string text, List<TextSpan> words, int i, out int aux, out MeetingTrigger trigger)
    {
        aux = -1;
        trigger = null!;
        string part = FrenchText.Lower(words[i].Of(text));
        if (!_words.ReflexiveParticiples.Contains(part)) return false;
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

    /// <summary>"les deux hommes/dirigeants/ministres" within a few words of the trigger, before or after it.</summary>
    internal bool RefersToPreviousPair(string text, TextSpan trigger, TextSpan clause)
    {
        int from = Math.Max(clause.Start, trigger.Start - 40);
        int to = Math.Min(clause.End, trigger.End + 30);
        string before = FrenchText.Lower(text.AsSpan(from, trigger.Start - from));
        string after = FrenchText.Lower(text.AsSpan(trigger.End, Math.Max(0, to - trigger.End)));
        return before.Contains("les deux ", StringComparison.Ordinal) || after.TrimStart().StartsWith("entre les deux ", StringComparison.Ordinal);
    }

    /// <summary>"la rencontre des deux ministres avec X": a pair number (meeting-words-fr.tsv, "pair-number") after "des" right after a meeting noun.</summary>
    internal bool PairComplementAfter(string text, List<TextSpan> words, int afterLast) =>
        afterLast + 1 < words.Count && FrenchText.Lower(words[afterLast].Of(text)) == "des" && _words.PairNumbers.Contains(FrenchText.Lower(words[afterLast + 1].Of(text)));

    internal MeetingType RefineType(string text, List<TextSpan> words, int first, int afterLast, TextSpan clause, MeetingTrigger trigger)
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
                // "les deux ministres ont eu une séance de travail": a pair of ministers holds talks, not a ministerial meeting
                if (FrenchText.Lower(words[j].Of(text)) is "ministres" && (j < first || j == afterLast || j == afterLast + 1)
                    && !(j > 0 && _words.PairNumbers.Contains(FrenchText.Lower(words[j - 1].Of(text)))))
                    return MeetingType.MinisterialMeeting;
            }
        }
        return type;
    }

    internal bool IsPluralVerb(string text, List<TextSpan> words, int first, int afterLast)
    {
        string form = FrenchText.Lower(text.AsSpan(words[first].Start, words[afterLast - 1].End - words[first].Start));
        if (form.StartsWith("se sont", StringComparison.Ordinal) || form.StartsWith("ont ", StringComparison.Ordinal) || form.EndsWith("ent", StringComparison.Ordinal) || form.EndsWith("ront", StringComparison.Ordinal)) return true;
        if (first > 0 && FrenchText.Lower(words[first - 1].Of(text)) is "ont" or "avaient" or "sont" or "vont" or "doivent" or "devraient" or "pourraient") return true;
        // "se rencontrer" after "convenus de": reciprocal
        return first > 0 && FrenchText.Lower(words[first - 1].Of(text)) is "se";
    }

    /// <summary>"X s'est rendu à Kiev pour rencontrer Y": an infinitive of purpose after a past main verb happened.</summary>
    internal bool IsPurposeAfterPastVerb(string text, List<TextSpan> words, int first, TextSpan sentence)
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
}
