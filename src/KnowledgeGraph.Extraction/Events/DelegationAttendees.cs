using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Events.MeetingText;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Attendees around the trigger that come with someone else: delegations ("les négociateurs de X"), leaders and chairs
/// ("emmenés par X", "qu'elle devait présider"), companions ("accompagné de Y").
/// </summary>
internal sealed class DelegationAttendees
{
    private readonly MeetingWords _words;
    private readonly MeetingClauses _clauses;
    private readonly NounPhraseLists _lists;

    public DelegationAttendees(MeetingWords words, MeetingClauses clauses, NounPhraseLists lists)
    {
        _words = words;
        _clauses = clauses;
        _lists = lists;
    }

    internal void AddDelegationsAndChairs(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, int first, int afterLast, MeetingTrigger trigger, TextSpan clause, List<int> result)
    {
        string text = doc.Text;
        int end = Math.Min(words.Count, afterLast + 25);
        for (int j = afterLast; j < end && words[j].Start < clause.End; j++)
        {
            string w = FrenchText.Lower(words[j].Of(text));
            // the verb's object "les négociateurs de X" / "des responsables de X": X, an organization
            if (trigger.IsVerb && j <= afterLast + 5 && _words.DelegationNouns.Contains(w) && j + 1 < words.Count
                && FrenchText.Lower(words[j + 1].Of(text)) is "de" or "du" or "des" || trigger.IsVerb && j <= afterLast + 5 && _words.DelegationNouns.Contains(w) && j + 1 < words.Count && FrenchText.Lower(words[j + 1].Of(text)).StartsWith("d'", StringComparison.Ordinal))
            {
                if (FirstMentionAfter(doc, words[j].End, Math.Min(clause.End, words[j].End + 50), k => doc.Entities[k].Kind == EntityKind.Organization) is { } org
                    && !result.Any(r => SameEntity(doc, r, org))) result.Add(org);
                continue;
            }
            // "emmenés par X", "présidée par X", "co-présidées par X et Y"
            if (MeetingWords.StartsWithAny(w, _words.LeaderParticiplePrefixes)
                && j + 1 < words.Count && FrenchText.Lower(words[j + 1].Of(text)) == "par")
            {
                _lists.AddNounPhraseList(doc, words, finder, j + 2, clause.End, result);
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
                    if (MeetingWords.StartsWithAny(v, _words.ChairVerbPrefixes)) chairs = true;
                }
                if (chairs && pronoun is "il" or "elle" && finder.ResolvePronoun(words[j].Start, null, -10, pronoun) is { } chair && !result.Any(r => SameEntity(doc, r, chair)))
                    result.Add(chair);
            }
        }
    }

    /// <summary>The first person named after "accompagné(e)(s) de/par" (within a few words) before the trigger.</summary>
    internal void AddCompanions(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, int clauseStart, int triggerStart, List<int> result)
    {
        string text = doc.Text;
        for (int j = WordAtOrAfter(words, clauseStart); j < words.Count && words[j].End <= triggerStart; j++)
        {
            if (!FrenchText.Lower(words[j].Of(text)).StartsWith("accompagn", StringComparison.Ordinal)) continue;
            // "X, accompagné de Y, a rencontré Z": X heads the subject even though Y stands nearer the verb
            // (mentions are in text order: those starting after the word end after it too, and are passed over)
            for (int k = doc.FirstEntityAtOrAfter(words[j].Start + 1) - 1; k >= 0; k--)
            {
                var m = doc.Entities[k];
                if (m.Span.End > words[j].Start) continue;
                if (m.Span.End < clauseStart || text.AsSpan(m.Span.End, words[j].Start - m.Span.End).Trim().ToString() is not ("," or "")) break;
                if (m.Kind == EntityKind.Person && finder.CanSpeak(k) && !result.Any(r => SameEntity(doc, r, k))) result.Add(k);
                break;
            }
            int limit = Math.Min(triggerStart, words[j].End + 60);
            for (int k = doc.FirstEntityAtOrAfter(words[j].End); k < doc.Entities.Count; k++)
            {
                var m = doc.Entities[k];
                if (m.Span.Start < words[j].End) continue;
                if (m.Span.Start >= limit) break;
                if (m.Kind != EntityKind.Person || !finder.CanSpeak(k)) continue;
                int at = WordAtOrAfter(words, _clauses.TitleStart(text, m.Span.Start));
                string before = at > 0 ? FrenchText.Lower(words[at - 1].Of(text)) : "";
                if (before is "de" or "du" or "par" or "d'" || before.StartsWith("d'", StringComparison.Ordinal) || text[words[at].Start] is 'd' or 'D' && at == WordAtOrAfter(words, m.Span.Start))
                {
                    if (!result.Any(r => SameEntity(doc, r, k))) result.Add(k);
                    break;
                }
            }
        }
    }
}
