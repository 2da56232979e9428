using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Events.MeetingText;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// A meeting's status: cancelled/postponed/planned cues (meeting-status.tsv) near the trigger, future or infinitive
/// verbs; and whether the mention states no meeting at all (a wish, a negation, "reste exclue").
/// </summary>
internal sealed class MeetingStatusReader
{
    private readonly MeetingLexicon _lexicon;
    private readonly MeetingWords _words;
    private readonly TriggerCues _cues;

    public MeetingStatusReader(MeetingLexicon lexicon, TriggerCues cues)
    {
        _lexicon = lexicon;
        _words = lexicon.Words;
        _cues = cues;
    }

    /// <summary>
    /// A wish or readiness ("souhaite rencontrer", "se dit prêt à rencontrer"; meeting-wishes-fr.tsv) right
    /// before a verb trigger, or a negation: "n'a pas rencontré", "ne s'est jamais entretenu", "n'avait plus eu
    /// d'échange", "aucune rencontre". Neither is a meeting, held or planned.
    /// </summary>
    internal bool IsWishOrNegated(string text, List<TextSpan> words, int first, int afterLast, MeetingTrigger trigger, TextSpan clause)
    {
        int from = Math.Max(0, first - 4);
        for (int j = from; j < first; j++)
        {
            if (words[j].Start < clause.Start) continue;
            if (trigger.IsVerb && _lexicon.Wishes.TryMatch(text, words, j, out int n, out _) && j + n >= first - 2) return true;
        }
        if (first > 0 && _words.NoMeetingDeterminers.Contains(FrenchText.Lower(words[first - 1].SliceOf(text)))) return true;
        // "a demandé une rencontre avec la ministre", "sollicite un entretien": a meeting asked for is not one held or arranged
        if (!trigger.IsVerb && first > 1 && FrenchText.Lower(words[first - 1].SliceOf(text)) is "une" or "un")
            for (int j = first - 2; j >= 0 && j >= first - 3 && words[j].Start >= clause.Start; j--)
                if (_words.RequestVerbs.Contains(FrenchText.Lower(words[j].SliceOf(text)))) return true;
        // "aucune date n'a été arrêtée pour une première rencontre", "une rencontre n'est pas encore prévue": an arrangement
        // denied before or after a meeting noun
        if (!trigger.IsVerb && (NegatedArrangement(text, words, Math.Max(0, first - 10), first, clause)
                                || NegatedArrangement(text, words, afterLast, Math.Min(words.Count, afterLast + 12), clause)))
            return true;
        // "une rencontre entre X et Y reste exclue", "est hors de question"
        for (int j = afterLast; j + 1 < words.Count && j < afterLast + 18 && words[j].Start < clause.End; j++)
        {
            string w = FrenchText.Lower(words[j].SliceOf(text));
            if (j > afterLast && _lexicon.Triggers.TryMatch(text, words, j, out _, out _) && FrenchText.Lower(words[j - 1].SliceOf(text)) != "au") break;
            if (_words.ExclusionVerbs.Contains(w))
                for (int k = j + 1; k < words.Count && k <= j + 3; k++)
                    if (_words.ExclusionAdjectives.Contains(FrenchText.Lower(words[k].SliceOf(text)))) return true;
            if (w == "hors" && j + 2 < words.Count && FrenchText.Lower(words[j + 1].SliceOf(text)) == "de" && FrenchText.Lower(words[j + 2].SliceOf(text)) == "question") return true;
        }
        // "ne … pas" around the verb, or before "de"/"d'" + noun: "n'a pas eu d'entretien"
        bool negator = false;
        for (int j = from; j < afterLast; j++)
        {
            if (words[j].Start < clause.Start) continue;
            string w = FrenchText.Lower(words[j].SliceOf(text));
            if (w is "ne" || w.StartsWith("n'", StringComparison.Ordinal)) negator = true;
            else if (negator && _words.NegationWords.Contains(w))
            {
                if (trigger.IsVerb) return true;
                string prev = first > 0 ? FrenchText.Lower(words[first - 1].SliceOf(text)) : "";
                if (prev is "de" || prev.StartsWith("d'", StringComparison.Ordinal)) return true;
            }
        }
        return false;
    }

    /// <summary>A negation ("ne … pas", "n'a été", "aucune") and a scheduling participle ("arrêtée", "prévue", "eu lieu") among words [from, to).</summary>
    private bool NegatedArrangement(string text, List<TextSpan> words, int from, int to, TextSpan clause)
    {
        bool negated = false;
        for (int j = from; j < to; j++)
        {
            if (words[j].Start < clause.Start) continue;
            if (words[j].Start >= clause.End) break;
            string w = FrenchText.Lower(words[j].SliceOf(text));
            // another meeting word after the trigger starts another phrase
            if (j > from && to > from + 10 && _lexicon.Triggers.TryMatch(text, words, j, out _, out _)) break;
            if (w is "ne" || w.StartsWith("n'", StringComparison.Ordinal) || _words.NoMeetingDeterminers.Contains(w)) negated = true;
            else if (negated && _words.SchedulingParticiples.Contains(w)) return true;
            else if (!_words.NegationGapWords.Contains(w)) negated = false;
        }
        return false;
    }

    internal MeetingStatus Status(string text, List<TextSpan> words, int first, int afterLast, MeetingTrigger trigger, TextSpan triggerSpan, TextSpan sentence)
    {
        // cancelled / postponed anywhere close in the sentence win over planned
        MeetingStatus? any = null;
        bool cancelled = false;
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
                // "n'aura pas lieu comme prévu : il a été repoussé": called off for now, held later
                if (cue.Status == MeetingStatus.Cancelled) { cancelled = true; j += n - 1; continue; }
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
                string w = FrenchText.Lower(words[j].SliceOf(text));
                if (w is not ("été" or "est" or "sont")) continue;
                if (_lexicon.StatusCues.TryMatch(text, words, j + 1, out _, out var late) && late.Status is MeetingStatus.Cancelled or MeetingStatus.Postponed)
                    return late.Status;
            }
        if (cancelled) return MeetingStatus.Cancelled;
        if (any is { } s) return s;
        if (trigger.IsVerb && trigger.StatesFuture(FrenchText.Lower(triggerSpan.Of(text))))
            return _cues.IsPurposeAfterPastVerb(text, words, first, sentence) ? MeetingStatus.TookPlace : MeetingStatus.Planned;
        return MeetingStatus.TookPlace;
    }

    internal bool ComplementOfEarlierMeeting(string text, List<TextSpan> words, int first, TextSpan sentence)
    {
        if (first == 0 || FrenchText.Lower(words[first - 1].SliceOf(text)) is not ("du" or "des" or "de")) return false;
        for (int j = first - 2; j >= 0 && j >= first - 35 && words[j].Start >= sentence.Start; j--)
            if (_lexicon.Triggers.TryMatch(text, words, j, out _, out _)) return true;
        return false;
    }

    /// <summary>
    /// A meeting word opening a new noun phrase ("…: la rencontre …", "une réunion"): what follows is about that
    /// meeting. Not "cette visite" (the same one again) nor "en marge du sommet" (a complement).
    /// </summary>
    internal bool StartsAnotherMeeting(string text, List<TextSpan> words, int j)
    {
        if (j == 0 || !_lexicon.Triggers.TryMatch(text, words, j, out _, out _)) return false;
        return FrenchText.Lower(words[j - 1].SliceOf(text)) is "la" or "le" or "les" or "un" or "une";
    }
}
