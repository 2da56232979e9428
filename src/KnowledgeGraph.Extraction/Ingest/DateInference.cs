using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// Infers an article's date from its text when no header or metadata gives it. Rule: a dateline at the
/// start of a line ("2 décembre 2025 - ...") wins; otherwise the latest complete date the text states
/// that is not marked future, where "mercredi 3 décembre" without a year takes the year of the other
/// dates if the weekday agrees with it. Articles report the past, so the latest stated date is the
/// closest lower bound of the publication date.
/// </summary>
public sealed class DateInference
{
    private readonly FrenchDateParser _parser;

    public DateInference(FrenchDateParser parser) => _parser = parser;

    public PartialDate? Infer(string text)
    {
        var found = _parser.FindAll(text);
        var years = new SortedSet<int>();
        foreach (var (_, e) in found)
            if (e.Year is { } y) years.Add(y);
        PartialDate? best = null;
        foreach (var (span, e) in found)
        {
            foreach (var part in e.End is null ? new[] { e } : new[] { e, e.End })
            {
                if (part.Direction == TemporalDirection.Future) continue;
                var d = Complete(part, years);
                if (d is null) continue;
                if (IsDateline(text, span) && part == e) return d;
                if (best is null || d.Value.CompareTo(best.Value) > 0) best = d;
            }
        }
        return best;
    }

    private static PartialDate? Complete(DateExpression e, SortedSet<int> years)
    {
        if (e.Month is not { } m || e.Day is not { } d) return e.Year is { } y0 && e.Month is { } m0 ? new PartialDate(y0, m0) : null;
        if (e.Year is { } y) return d <= DateTime.DaysInMonth(y, m) ? new PartialDate(y, m, d) : null;
        if (e.Weekday is not { } wd) return null;
        foreach (var candidate in years.Reverse())
            if (d <= DateTime.DaysInMonth(candidate, m) && new DateOnly(candidate, m, d).DayOfWeek == wd)
                return new PartialDate(candidate, m, d);
        return null;
    }

    // "2 décembre 2025 - Titre": the date starts a line and is followed by a dash.
    private static bool IsDateline(string text, Model.TextSpan span)
    {
        int s = span.Start;
        while (s > 0 && text[s - 1] is ' ' or '\t') s--;
        if (s > 0 && text[s - 1] != '\n') return false;
        int e = span.End;
        while (e < text.Length && text[e] == ' ') e++;
        return e < text.Length && text[e] is '-' or '–' or '—' or '|';
    }
}
