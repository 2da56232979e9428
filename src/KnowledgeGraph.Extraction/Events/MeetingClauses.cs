using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Events.MeetingText;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// The trigger's clause and what is reachable from the trigger inside it: a date or place belongs to the trigger
/// when no clause boundary stands between them (apposed names and descriptive appositions do not cut).
/// </summary>
internal sealed class MeetingClauses
{
    private readonly MeetingLexicon _lexicon;
    private readonly MeetingWords _words;

    public MeetingClauses(MeetingLexicon lexicon)
    {
        _lexicon = lexicon;
        _words = lexicon.Words;
    }

    /// <summary>
    /// True when <paramref name="span"/> sits in a comma-delimited aside about someone, apart from the trigger: "élu en juin
    /// 2024,", "Né à Abidjan en 1960,", ", qui avait été nommé en 2019,". Its date and place are not the meeting's.
    /// </summary>
    internal bool InAside(AnalyzedDocument doc, TextSpan span, TextSpan trigger)
    {
        string text = doc.Text;
        int si = doc.SentenceIndexAt(span.Start);
        if (si < 0) return false;
        var sentence = doc.Sentences[si];
        int p = span.Start - 1;
        while (p >= sentence.Start && !IsAsideBoundary(text[p])) p--;
        int q = span.End;
        while (q < sentence.End && !IsAsideBoundary(text[q])) q++;
        int from = p + 1;
        if (trigger.Start >= from && trigger.End <= q) return false;
        // ", qui avait signé l'accord en mai 2023,": a relative clause about someone else, unless it is the first one after the
        // meeting noun ("la rencontre entre X et Y, qui s'est tenue mardi,")
        int opening = NextNonSpace(text, from);
        if (from > sentence.Start && text[from - 1] == ',' && (from - 1 < trigger.End || text.AsSpan(trigger.End, from - 1 - trigger.End).Contains(','))
            && opening + 4 <= span.Start && text.AsSpan(opening, 4).Equals("qui ", StringComparison.OrdinalIgnoreCase)) return true;
        int w = 0;
        bool relative = false;
        // the words between the boundary and the span, split on spaces over the text itself (no copy, no array)
        var between = text.AsSpan(from, Math.Max(0, span.Start - from));
        foreach (var range in between.Split(' '))
        {
            if (range.Start.Value == range.End.Value) continue;
            string lower = FrenchText.Lower(between[range]);
            if (_words.AsideParticiples.Contains(lower)) return true;
            if (w == 0 && lower is "qui" or "dont") relative = true;
            else if (!relative) return false;
            if (++w > 4) return false;
        }
        return false;
    }

    private static bool IsAsideBoundary(char c) => c is ',' or '(' or ')' or ';' or ':' or '—' or '–';

    /// <summary>The trigger's clause: the sentence, cut after the last "que"/";" before the trigger (a reported clause starts there;
    /// a coordinating "ainsi que" does not cut).</summary>
    internal TextSpan ClauseAround(AnalyzedDocument doc, List<TextSpan> words, int triggerWord, TextSpan sentence)
    {
        string text = doc.Text;
        int start = sentence.Start;
        for (int j = triggerWord - 1; j >= 0 && words[j].Start >= sentence.Start; j--)
        {
            string w = FrenchText.Lower(words[j].SliceOf(text));
            // "A, B ainsi que C ont participé": a "que" that coordinates subjects opens no reported clause
            if (w == "que" && j > 0 && _words.CoordinatorsBeforeQue.Contains(FrenchText.Lower(words[j - 1].SliceOf(text)))) continue;
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

    /// <summary>"mardi", "jeudi matin" between a verb and its complement.</summary>
    internal bool OnlyDateWordsBetween(string text, List<TextSpan> words, int from, int to)
    {
        for (int j = from; j < to; j++)
            if (!IsDateWord(FrenchText.Lower(words[j].SliceOf(text)))) return false;
        return to > from;
    }

    /// <summary>Where "M. X", "Mme X", "Dr X" starts when a name at <paramref name="nameStart"/> has such a title (its dot is no boundary).</summary>
    internal int TitleStart(string text, int nameStart)
    {
        int i = nameStart - 1;
        while (i >= 0 && text[i] == ' ') i--;
        if (i < 0) return nameStart;
        int end = i + 1;
        if (text[i] == '.') i--;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        string title = text[(i + 1)..end];
        return _words.TitleAbbreviations.Contains(title) ? i + 1 : nameStart;
    }

    internal bool IsDateWord(string w) =>
        _words.DateWords.Contains(w);

    /// <summary>
    /// A date or place belongs to the trigger when it follows it, or precedes it without a comma in
    /// between, or opens the sentence ("A Oslo, les ministres se sont réunis").
    /// </summary>
    internal bool Reachable(AnalyzedDocument doc, TextSpan item, TextSpan trigger, TextSpan clause)
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
        return wordsBefore <= 2 || InOpeningArrival(doc.Text, doc.Sentences[si].Start, item.Start);
    }

    /// <summary>"Arrivé lundi à Niamey, le ministre …": an opening phrase of arrival gives the visit its place and date.</summary>
    private bool InOpeningArrival(string text, int sentenceStart, int itemStart)
    {
        int from = NextNonSpace(text, sentenceStart);
        if (text.AsSpan(from, itemStart - from).ContainsAny(",;:")) return false;
        int end = from;
        while (end < itemStart && !char.IsWhiteSpace(text[end])) end++;
        return _words.ArrivalParticiples.Contains(FrenchText.Lower(text.AsSpan(from, end - from)));
    }

    /// <summary>A comma-delimited segment opening with a relative pronoun or a participle ("prévue vendredi", "qui s'est tenue").</summary>
    internal bool IsDescriptiveApposition(string text, TextSpan inner)
    {
        var seg = FrenchText.Lower(text.AsSpan(inner.Start, inner.Length).Trim());
        foreach (var o in _words.DescriptiveOpeners)
            if (seg.StartsWith(o, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>No clause boundary between two offsets: commas only around an apposed name (", X,").</summary>
    /// <summary>"avec M. Wang jeudi matin", "MM. Dupont et Durand": the point of a title or an initial (one capital, or "MM")
    /// followed by a space ends no clause, so the date after the name is still the meeting's.</summary>
    private static bool IsAbbreviationPoint(string text, int dot)
    {
        int start = dot;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        if (start > 0 && char.IsLetterOrDigit(text[start - 1]) || dot + 1 >= text.Length || text[dot + 1] != ' ') return false;
        var word = text.AsSpan(start, dot - start);
        return word.Length == 1 && char.IsUpper(word[0]) || word is "MM";
    }

    internal bool OnlyAppositionCommas(AnalyzedDocument doc, int from, int to, out bool descriptive)
    {
        string text = doc.Text;
        descriptive = false;
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (c == '.' && IsAbbreviationPoint(text, i)) continue;
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
}
