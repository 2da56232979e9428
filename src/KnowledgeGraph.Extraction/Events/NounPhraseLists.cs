using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Events.MeetingText;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Coordinated lists of attendees ("avec X, Y et Z", "par le chef du gouvernement X"): where the list ends and which of
/// its mentions are heads rather than complements of a title.
/// </summary>
internal sealed class NounPhraseLists
{
    private readonly MeetingWords _words;

    public NounPhraseLists(MeetingWords words) => _words = words;

    /// <summary>Adds the speaking mentions of a coordinated list "X, Y et Z" starting at word <paramref name="from"/>.</summary>
    internal void AddNounPhraseList(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, int from, int limit, List<int> result)
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
            bool abbreviation = _words.TitleAbbreviationStems.Contains(words[j - 1].Of(text));
            for (int c = words[j - 1].End; c < words[j].Start; c++)
                if (text[c] is ';' or ':' or '«' or '"' || text[c] == '.' && !abbreviation || text[c] == '(' && !MeetingText.IsShortAside(text, c)) punct = true;
            // "avec la commissaire européenne au Commerce, X": a stopper word inside a title goes on
            // "A ainsi que B": "que" after "ainsi" coordinates (meeting-words-fr.tsv, "coordinator-before-que")
            bool coordinates = w == "que" && _words.CoordinatorsBeforeQue.Contains(FrenchText.Lower(words[j - 1].Of(text)));
            if (punct || !coordinates && _words.NounPhraseStoppers.Contains(w) && !InsideMention(doc, words[j]) && !InsideRolePhrase(doc, words[j])) { end = words[j].Start; break; }
        }
        int start = words[from].Start;
        for (int k = doc.FirstEntityAtOrAfter(start); k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start < start) continue;
            if (m.Span.Start >= end) break;
            if (!finder.CanSpeak(k)) continue;
            // "(SYECO)": the bracketed gloss of the name before it
            if (m.Span.Start > 0 && text[m.Span.Start - 1] == '(') continue;
            bool first = m.Span.Start <= NextNonSpace(text, start) + 4 || NamedAfterOpeningTitle(doc, start, m.Span);
            if (!first && finder.IsGenitive(m.Span)) continue;
            if (!result.Contains(k)) result.Add(k);
        }
    }

    /// <summary>The offset past "M. ", "Mme " at <paramref name="at"/> (title abbreviations), else <paramref name="at"/>.</summary>
    internal int PastTitleAbbreviation(string text, int at)
    {
        int end = at;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '.')) end++;
        if (end == at || end >= text.Length || text[end] != ' ') return at;
        return _words.TitleAbbreviations.Contains(text.Substring(at, end - at)) ? NextNonSpace(text, end) : at;
    }

    private static bool InsideRolePhrase(AnalyzedDocument doc, TextSpan word)
    {
        foreach (int r in doc.RolePhrasesStartingIn(word.Start - doc.LongestRolePhrase, word.Start - 1))
            if (doc.RolePhrases[r].Span.End >= word.End) return true;
        return false;
    }

    /// <summary>
    /// "par le chef du gouvernement X", "avec le maire de Lyon X": a name apposed to the title that opens the list is the
    /// list's head, not a complement of the title's own complement.
    /// </summary>
    private static bool NamedAfterOpeningTitle(AnalyzedDocument doc, int start, TextSpan name)
    {
        int opening = NextNonSpace(doc.Text, start);
        foreach (int r in doc.RolePhrasesStartingIn(opening, opening + 12))
        {
            var rp = doc.RolePhrases[r];
            if (rp.IsPlural || rp.Span.End > name.Start) continue;
            if (doc.Text.AsSpan(rp.Span.End, name.Start - rp.Span.End).Trim().Length == 0) return true;
        }
        return false;
    }
}
