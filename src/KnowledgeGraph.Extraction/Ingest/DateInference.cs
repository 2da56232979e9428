using KnowledgeGraph.Extraction.Dates;
using System.Text.RegularExpressions;
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
        if (NumericDateline(text) is { } numeric) return numeric;
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

    // "Publié le 21-10-26 à 14h32", "Mis à jour le 03/12/2026": a numeric date after a publication cue near the top
    private static readonly Regex NumericPublication = new(
        @"^[ \t]*(?:publié|publiée|paru|parue|mis à jour|mise à jour|mis en ligne|mise en ligne)(?:[ \t]+le)?[ \t]*:?[ \t]*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b",
        RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private static PartialDate? NumericDateline(string text)
    {
        var m = NumericPublication.Match(text.Length > TopOfArticle ? text[..TopOfArticle] : text);
        if (!m.Success) return null;
        int day = int.Parse(m.Groups[1].Value), month = int.Parse(m.Groups[2].Value), year = int.Parse(m.Groups[3].Value);
        if (year < 100) year += 2000;
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new PartialDate(year, month, day) : null;
    }

    // a dateline sits in the article's first lines (headline, standfirst, byline)
    private const int TopOfArticle = 800;

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

    // "2 décembre 2025 - Titre": the date starts a line and is followed by a dash or a bar. Near the top of the article also
    // "Le Mauricien – Jeudi 12 novembre 2026" (a byline and a dash before a date that ends the line),
    // "Publié le jeudi 19 novembre 2026 | Fraternité Matin", "Abidjan, 27 nov 2026 (AIP) –", "Le 19 novembre 2026 à 19h12": a
    // publication cue or a town and a comma before it, the end of the line, a bracketed agency or a time after it.
    private static bool IsDateline(string text, Model.TextSpan span)
    {
        int s = span.Start;
        while (s > 0 && text[s - 1] is ' ' or '\t') s--;
        int lineStart = s;
        while (lineStart > 0 && text[lineStart - 1] != '\n') lineStart--;
        int e = span.End;
        while (e < text.Length && text[e] == ' ') e++;
        bool dashAfter = e < text.Length && text[e] is '-' or '–' or '—' or '|';
        if (lineStart == s) return dashAfter;
        if (span.Start > TopOfArticle) return false;
        var before = text[lineStart..s].Trim();
        bool cueBefore = PublicationCue.IsMatch(before);
        bool townBefore = TownComma.IsMatch(before);
        // "Le Mauricien – Jeudi 12 novembre 2026", "Agence Ecofin – 15 octobre 2026": a byline, a dash or a bar, and the date
        // closing the line
        bool bylineBefore = before.Length > 0 && before[^1] is '-' or '–' or '—' or '|' && (e >= text.Length || text[e] is '\n' or '\r');
        if (bylineBefore) return true;
        if (!cueBefore && !townBefore) return false;
        bool endAfter = e >= text.Length || text[e] is '\n' or '\r' or '(' || dashAfter || text[e] == ',' && cueBefore
            || TimeAfter.IsMatch(text.AsSpan(e, Math.Min(12, text.Length - e)).ToString());
        return endAfter;
    }

    private static readonly Regex PublicationCue = new(@"^(?:publié|publiée|paru|parue|mis à jour|mise à jour|mis en ligne|mise en ligne|le)(?:\s+le)?\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    // "Abidjan,", "PARIS,", "Saint-Louis,": one to three capitalised words and a comma
    private static readonly Regex TownComma = new(@"^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*(?:\([^)]{1,20}\))?\s*,$", RegexOptions.CultureInvariant);
    private static readonly Regex TimeAfter = new(@"^(?:à\s+)?\d{1,2}\s*[hH:]\s*\d{0,2}", RegexOptions.CultureInvariant);
}
