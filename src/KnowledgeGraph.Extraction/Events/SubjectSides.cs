using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Events.MeetingText;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Helpers of the subject side of a meeting: every subject of a plural verb, the organization whose members met, names
/// in relative asides and relative pronouns ("avec qui il a eu un entretien"), the participle of a passive.
/// </summary>
internal sealed class SubjectSides
{
    private readonly MeetingWords _words;

    public SubjectSides(MeetingWords words) => _words = words;

    internal static bool IsParticiple(string form)
    {
        string last = form.Split(' ')[^1];
        return last.EndsWith('u') || last.EndsWith("ue", StringComparison.Ordinal) || last.EndsWith("us", StringComparison.Ordinal) || last.EndsWith("ues", StringComparison.Ordinal)
            || last.EndsWith('i') || last.EndsWith("ie", StringComparison.Ordinal) || last.EndsWith("is", StringComparison.Ordinal) || last.EndsWith("ies", StringComparison.Ordinal);
    }

    /// <summary>", dont M. X est l'adjoint,": the mention opens a relative aside (meeting-words-fr.tsv, "aside-relative") after a comma.</summary>
    internal bool InRelativeAside(string text, int start)
    {
        int from = Math.Max(0, start - 16);
        int comma = text.LastIndexOf(',', start - 1 < 0 ? 0 : start - 1, start - from);
        if (comma < 0) return false;
        var between = FrenchText.Lower(text.AsSpan(comma + 1, start - comma - 1)).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return between.Length is >= 1 and <= 3 && _words.AsideRelatives.Contains(between[0]);
    }

    /// <summary>
    /// ", avec qui il a eu un entretien", ", avec lequel elle s'est entretenue": the mention the relative pronoun follows, just
    /// before the comma, is the other party.
    /// </summary>
    internal int? RelativeWithAntecedent(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, int first, TextSpan clause)
    {
        string text = doc.Text;
        for (int j = first - 1; j >= 1 && j >= first - 8 && words[j].Start >= clause.Start; j--)
        {
            if (!_words.RelativePronouns.Contains(FrenchText.Lower(words[j].Of(text)))) continue;
            if (!_words.RelativePrepositions.Contains(FrenchText.Lower(words[j - 1].Of(text)))) return null;
            int before = words[j - 1].Start;
            for (int k = doc.Entities.Count - 1; k >= 0; k--)
            {
                var m = doc.Entities[k];
                if (m.Span.End > before) continue;
                if (before - m.Span.End > 3 || text.AsSpan(m.Span.End, before - m.Span.End).Trim().ToString() is not ("," or "")) return null;
                return finder.CanSpeak(k) ? k : null;
            }
            return null;
        }
        return null;
    }

    internal void AddAllSubjects(AnalyzedDocument doc, SpeakerFinder finder, int clauseStart, int triggerStart, List<int> result)
    {
        int before = result.Count;
        for (int k = doc.FirstEntityAtOrAfter(clauseStart); k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start < clauseStart) continue;
            if (m.Span.End > triggerStart) break;
            if (finder.CanSpeak(k) && !finder.IsComplement(m.Span) && !result.Contains(k)) result.Add(k);
        }
        if (result.Count == before && ComplementOrganizationBefore(doc, clauseStart, triggerStart) is { } org) result.Add(org);
    }

    /// <summary>"les ministres de l'Unesco se sont réunis": the organization whose members met.</summary>
    internal int? ComplementOrganizationBefore(AnalyzedDocument doc, int clauseStart, int triggerStart)
    {
        int? best = null;
        for (int k = doc.FirstEntityAtOrAfter(clauseStart); k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start < clauseStart) continue;
            if (m.Span.End > triggerStart) break;
            if (m.Kind == EntityKind.Organization && triggerStart - m.Span.End < 100 && AfterPluralNounAndDe(doc.Text, m.Span.Start)) best = k;
        }
        return best;
    }

    /// <summary>"ministres des Affaires étrangères de l'Unesco": a plural noun phrase, then "de", then the mention.</summary>
    internal bool AfterPluralNounAndDe(string text, int start)
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

    /// <summary>
    /// "le directeur de Ganfeng, Zhou Minghao, qui doit se rendre à Bamako": a meeting verb whose subject is the relative
    /// pronoun "qui" (past auxiliaries, modals and clitics) has the mention that ends right before the comma opening the
    /// relative clause as its subject, not the subject of the main clause.
    /// </summary>
    internal int? RelativeSubjectBefore(AnalyzedDocument doc, SpeakerFinder finder, List<TextSpan> words, int first)
    {
        string text = doc.Text;
        for (int j = first - 1; j >= 1 && j >= first - 5; j--)
        {
            string w = FrenchText.Lower(words[j].Of(text));
            if (w != "qui")
            {
                if (_words.PronounGapWords.Contains(w) || _words.PronounAuxiliaries.Contains(w)) continue;
                return null;
            }
            if (text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Trim() is not ",") return null;
            int end = words[j - 1].End;
            for (int k = doc.FirstEntityAtOrAfter(Math.Max(0, end - AntecedentReach)); k < doc.Entities.Count && doc.Entities[k].Span.Start < end; k++)
                if (doc.Entities[k].Span.End == end && finder.CanSpeak(k) && doc.Entities[k].Kind is EntityKind.Person or EntityKind.Organization) return k;
            return null;
        }
        return null;
    }

    /// <summary>How long (in characters) the antecedent of a relative "qui" may be.</summary>
    private const int AntecedentReach = 80;
}
