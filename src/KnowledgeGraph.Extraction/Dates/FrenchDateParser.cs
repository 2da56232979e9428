using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Dates;

/// <summary>
/// Finds French date expressions over tokens: "le 2 décembre 2025", "2 décembre", "décembre 2025",
/// "en 2022", "mercredi", "mardi 2", "mardi prochain", "dans la nuit du mardi 2 au mercredi 3 décembre",
/// "du 2 au 4 mars", "hier", "aujourd'hui", "la semaine dernière", "le mois prochain", "03/12/2025".
/// Month, weekday and deictic words come from the data files (months-fr.tsv, weekdays-fr.tsv,
/// relative-days-fr.tsv, temporal-cues-fr.tsv). Public API used by the events extractors.
/// </summary>
public sealed class FrenchDateParser
{
    private readonly Dictionary<string, int> _months = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DayOfWeek> _weekdays = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _relativeDays = new(StringComparer.Ordinal);
    private readonly HashSet<string> _futureModifiers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pastModifiers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _futureVerbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateExpressionKind> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public FrenchDateParser(ExtractionResources resources)
    {
        foreach (var row in resources.Table("months-fr.tsv")) _months[TextFolding.Fold(row[0])] = int.Parse(row[1]);
        foreach (var row in resources.Table("weekdays-fr.tsv")) _weekdays[TextFolding.Fold(row[0])] = (DayOfWeek)int.Parse(row[1]);
        foreach (var row in resources.Table("relative-days-fr.tsv")) _relativeDays[TextFolding.Fold(row[0])] = int.Parse(row[1]);
        foreach (var row in resources.Table("meeting-numbers.tsv"))
            if (int.Parse(row[1]) > 0) _numbers[TextFolding.Fold(row[0])] = int.Parse(row[1]);
        foreach (var row in resources.Table("temporal-cues-fr.tsv"))
        {
            if (row[1].StartsWith("unit-", StringComparison.Ordinal))
            {
                _units[TextFolding.Fold(row[0])] = row[1] switch
                {
                    "unit-day" => DateExpressionKind.RelativeDay,
                    "unit-week" => DateExpressionKind.RelativeWeek,
                    "unit-month" => DateExpressionKind.RelativeMonth,
                    "unit-year" => DateExpressionKind.RelativeYear,
                    _ => throw new FormatException($"temporal-cues-fr.tsv: unknown unit kind '{row[1]}'"),
                };
                continue;
            }
            var set = row[1] switch
            {
                "future-modifier" => _futureModifiers,
                "past-modifier" => _pastModifiers,
                "future-verb" => _futureVerbs,
                _ => throw new FormatException($"temporal-cues-fr.tsv: unknown cue kind '{row[1]}'"),
            };
            set.Add(TextFolding.Fold(row[0]));
        }
    }

    /// <summary>The month number of a (folded or not) month word, or null.</summary>
    public int? MonthOf(string word) => _months.TryGetValue(TextFolding.Fold(word), out var m) ? m : null;

    /// <summary>The weekday of a weekday word, or null.</summary>
    public DayOfWeek? WeekdayOf(string word) => _weekdays.TryGetValue(TextFolding.Fold(word), out var d) ? d : null;

    /// <summary>Parses the whole text (tokenizing it first).</summary>
    public IReadOnlyList<(TextSpan Span, DateExpression Expression)> FindAll(string text) => FindAll(text, FrenchTokenizer.Tokenize(text));

    /// <summary>All date expressions in text order, non-overlapping (longest match wins at each position).</summary>
    public IReadOnlyList<(TextSpan Span, DateExpression Expression)> FindAll(string text, IReadOnlyList<Token> tokens)
    {
        var folded = new string[tokens.Count];
        for (int k = 0; k < tokens.Count; k++) folded[k] = TextFolding.Fold(tokens[k].SliceOf(text));
        return FindAll(text, tokens, folded);
    }

    /// <summary>As <see cref="FindAll(string, IReadOnlyList{Token})"/>, with the tokens already folded (<see cref="AnalyzedDocument.Folded"/>).</summary>
    public IReadOnlyList<(TextSpan Span, DateExpression Expression)> FindAll(string text, IReadOnlyList<Token> tokens, IReadOnlyList<string> foldedTokens)
    {
        var results = new List<(TextSpan, DateExpression)>();
        var folded = foldedTokens as string[] ?? foldedTokens.ToArray();

        for (int i = 0; i < tokens.Count; i++)
        {
            if (TryRange(text, tokens, folded, i, out int endTok, out var expr)
                || TrySingle(text, tokens, folded, i, out endTok, out expr))
            {
                if (expr.Kind == DateExpressionKind.Weekday && expr.Direction == TemporalDirection.Unspecified && HasFutureVerb(text, tokens, folded, i))
                    expr = expr with { Direction = TemporalDirection.Future };
                results.Add((new TextSpan(tokens[i].Start, tokens[endTok].End), expr));
                i = endTok;
            }
        }
        return results;
    }

    // "dans la nuit du mardi 2 au mercredi 3 décembre", "du 2 au 4 mars", "nuit de mardi à mercredi"
    private bool TryRange(string text, IReadOnlyList<Token> tokens, string[] f, int i, out int endTok, out DateExpression expr)
    {
        endTok = i;
        expr = null!;
        int k = i;
        bool night = false;
        if (f[k] is "dans" && k + 2 < f.Length && f[k + 1] == "la" && f[k + 2] == "nuit") { night = true; k += 3; }
        else if (f[k] == "nuit") { night = true; k += 1; }
        if (k >= f.Length || f[k] is not ("du" or "de" or "d'")) return false;
        k++;
        if (!TrySingle(text, tokens, f, k, out int firstEnd, out var first))
        {
            // "du 15 au 17 juin": a bare day borrows the end's month and year
            if (!(k < f.Length && TryDay(text, tokens[k], out int bareDay) && k + 1 < f.Length && f[k + 1] is "au" or "a")) return false;
            first = new DateExpression(DateExpressionKind.Calendar, Day: bareDay);
            firstEnd = k;
        }
        int a = firstEnd + 1;
        if (a >= f.Length || f[a] is not ("au" or "a")) return false;
        if (!TrySingle(text, tokens, f, a + 1, out int secondEnd, out var second)) return false;
        if (first.Kind is not (DateExpressionKind.Calendar or DateExpressionKind.Weekday) || second.Kind != first.Kind && !(first.Kind == DateExpressionKind.Weekday || second.Kind == DateExpressionKind.Weekday))
            return false;
        // the start borrows missing month/year from the end: "du 2 au 4 mars 2025"
        first = first with { Month = first.Month ?? (first.Day is not null ? second.Month : null), Year = first.Year ?? second.Year };
        if (first.Kind == DateExpressionKind.Weekday && first.Month is not null) first = first with { Kind = DateExpressionKind.Calendar };
        expr = first with { IsNight = night, End = second };
        endTok = secondEnd;
        return true;
    }

    private bool TrySingle(string text, IReadOnlyList<Token> tokens, string[] f, int i, out int endTok, out DateExpression expr)
    {
        endTok = i;
        expr = null!;
        if (i >= f.Length) return false;
        var t = tokens[i];

        // "mi-décembre", "mi-mars 2026": one token with the hyphen kept
        if (f[i].StartsWith("mi-", StringComparison.Ordinal) && _months.TryGetValue(f[i][3..], out int midMonth))
        {
            int? midYear = null;
            if (i + 1 < f.Length && TryYear(text, tokens[i + 1], out int y)) { midYear = y; endTok = i + 1; }
            expr = new DateExpression(DateExpressionKind.Calendar, midYear, midMonth);
            return true;
        }

        // deictic days
        if (_relativeDays.TryGetValue(f[i], out int off))
        {
            expr = new DateExpression(DateExpressionKind.RelativeDay, Offset: off);
            return true;
        }

        // "il y a deux semaines", "dans trois jours": a count of units before or after the article date
        if (TryCountedOffset(text, tokens, f, i, out endTok, out expr)) return true;

        // "la veille" (not "la veille du sommet", which counts from the summit): the day before the article's
        if (f[i] == "veille" && i > 0 && f[i - 1] == "la" && !(i + 1 < f.Length && f[i + 1] is "de" or "du" or "des" or "d'" or "au"))
        {
            expr = new DateExpression(DateExpressionKind.RelativeDay, Offset: -1, Direction: TemporalDirection.Past);
            return true;
        }

        // "cette semaine", "ce mois-ci", "cette année": the article's own week, month or year
        if (f[i] is "cette" or "ce" && i + 1 < f.Length && (f[i + 1] is "semaine" or "mois" or "mois-ci" or "annee" or "annee-ci" or "semaine-ci"))
        {
            var kind = f[i + 1].StartsWith("semaine", StringComparison.Ordinal) ? DateExpressionKind.RelativeWeek
                : f[i + 1].StartsWith("mois", StringComparison.Ordinal) ? DateExpressionKind.RelativeMonth : DateExpressionKind.RelativeYear;
            // "ce mois" alone is often "ce mois de décembre": leave that to the calendar rule
            if (f[i + 1] == "mois" && i + 2 < f.Length && f[i + 2] is "de" or "d'") return false;
            expr = new DateExpression(kind);
            endTok = i + 1;
            return true;
        }

        // "l'an dernier", "l'année prochaine", "l'an passé"
        if (f[i] is "an" or "annee" && i > 0 && f[i - 1] == "l'" && i + 1 < f.Length)
        {
            int dir = _futureModifiers.Contains(f[i + 1]) ? 1 : _pastModifiers.Contains(f[i + 1]) ? -1 : 0;
            if (dir == 0) return false;
            expr = new DateExpression(DateExpressionKind.RelativeYear, Offset: dir, Direction: dir > 0 ? TemporalDirection.Future : TemporalDirection.Past);
            endTok = i + 1;
            return true;
        }

        // "la semaine dernière", "le mois prochain", "cette semaine"
        if ((f[i] is "semaine" or "mois") && i + 1 < f.Length)
        {
            int dir = _futureModifiers.Contains(f[i + 1]) ? 1 : _pastModifiers.Contains(f[i + 1]) ? -1 : 0;
            if (dir != 0)
            {
                var kind = f[i] == "semaine" ? DateExpressionKind.RelativeWeek : DateExpressionKind.RelativeMonth;
                expr = new DateExpression(kind, Offset: dir, Direction: dir > 0 ? TemporalDirection.Future : TemporalDirection.Past);
                endTok = i + 1;
                return true;
            }
            return false;
        }

        // weekday [day] [month [year]] [prochain|dernier]
        if (_weekdays.TryGetValue(f[i], out var weekday))
        {
            int k = i;
            int? day = null, month = null, year = null;
            if (k + 1 < f.Length && TryDay(text, tokens[k + 1], out int d))
            {
                day = d; k++;
                if (k + 1 < f.Length && _months.TryGetValue(f[k + 1], out int m))
                {
                    month = m; k++;
                    if (k + 1 < f.Length && TryYear(text, tokens[k + 1], out int y)) { year = y; k++; }
                }
            }
            var direction = TemporalDirection.Unspecified;
            if (k + 1 < f.Length && _futureModifiers.Contains(f[k + 1])) { direction = TemporalDirection.Future; k++; }
            else if (k + 1 < f.Length && _pastModifiers.Contains(f[k + 1])) { direction = TemporalDirection.Past; k++; }
            if (month is not null)
                expr = new DateExpression(DateExpressionKind.Calendar, year, month, day, weekday, Direction: direction);
            else
                expr = new DateExpression(DateExpressionKind.Weekday, Day: day, Weekday: weekday, Direction: direction);
            endTok = k;
            return true;
        }

        // day month [year]: "2 décembre 2025", "1er mars"
        if (t.Kind == TokenKind.Number && TryDay(text, t, out int day2) && i + 1 < f.Length && _months.TryGetValue(f[i + 1], out int month2))
        {
            int k = i + 1;
            if (k + 1 < f.Length && tokens[k + 1].Kind == TokenKind.Punctuation && text[tokens[k + 1].Start] == '.' && tokens[k + 1].Start == tokens[k].End) k++; // "déc."
            int? year2 = null;
            if (k + 1 < f.Length && TryYear(text, tokens[k + 1], out int y)) { year2 = y; k++; }
            if (day2 > DateTime.DaysInMonth(year2 ?? 2000, month2)) return false;
            expr = new DateExpression(DateExpressionKind.Calendar, year2, month2, day2);
            endTok = k;
            return true;
        }

        // numeric dd/mm/yyyy
        if (t.Kind == TokenKind.Number && i + 4 < f.Length && f[i + 1] == "/" && tokens[i + 2].Kind == TokenKind.Number && f[i + 3] == "/"
            && TryDay(text, t, out int nd) && int.TryParse(tokens[i + 2].SliceOf(text), out int nm) && nm is >= 1 and <= 12
            && TryYear(text, tokens[i + 4], out int ny) && tokens[i + 4].Start == tokens[i + 3].End && tokens[i + 1].Start == t.End
            && nd <= DateTime.DaysInMonth(ny, nm))
        {
            expr = new DateExpression(DateExpressionKind.Calendar, ny, nm, nd);
            endTok = i + 4;
            return true;
        }

        // month year: "décembre 2025", "février 2022"; bare month after "en", "début", "fin", "mi", "depuis", "mois de"
        if (_months.TryGetValue(f[i], out int month3) && IsMonthUse(text, tokens, f, i))
        {
            int k = i;
            int? year3 = null;
            if (k + 1 < f.Length && TryYear(text, tokens[k + 1], out int y)) { year3 = y; k++; }
            else if (!(i > 0 && f[i - 1] is "en" or "debut" or "fin" or "mi" or "depuis" or "de" or "d'" or "mi-")) return false;
            expr = new DateExpression(DateExpressionKind.Calendar, year3, month3);
            endTok = k;
            return true;
        }

        // "en 2022", "depuis 2014"
        if (t.Kind == TokenKind.Number && i > 0 && f[i - 1] is "en" or "depuis" && TryYear(text, t, out int year4))
        {
            expr = new DateExpression(DateExpressionKind.Calendar, year4);
            return true;
        }
        return false;
    }

    /// <summary>"il y a deux semaines" (-2 weeks), "il y a 3 jours", "dans un mois" (+1 month): units from temporal-cues-fr.tsv.</summary>
    private bool TryCountedOffset(string text, IReadOnlyList<Token> tokens, string[] f, int i, out int endTok, out DateExpression expr)
    {
        endTok = i;
        expr = null!;
        int sign, k;
        if (f[i] == "il" && i + 3 < f.Length && f[i + 1] == "y" && f[i + 2] == "a") { sign = -1; k = i + 3; }
        else if (f[i] == "dans" && i + 2 < f.Length) { sign = 1; k = i + 1; }
        else return false;
        int count;
        if (_numbers.TryGetValue(f[k], out int n)) count = n;
        else if (tokens[k].Kind == TokenKind.Number && f[k].Length <= 3 && int.TryParse(f[k], out int d) && d > 0) count = d;
        else return false;
        if (k + 1 >= f.Length || !_units.TryGetValue(f[k + 1], out var kind)) return false;
        // "dans deux jours de négociations" is a duration, not a date
        if (k + 2 < f.Length && f[k + 2] is "de" or "d'") return false;
        expr = new DateExpression(kind, Offset: sign * count, Direction: sign > 0 ? TemporalDirection.Future : TemporalDirection.Past);
        endTok = k + 1;
        return true;
    }

    // "mars", "mai" are also common words: only a capitalised month at sentence start or a lower-case one counts,
    // and only when followed by a year or preceded by a month cue (checked by the caller).
    private static bool IsMonthUse(string text, IReadOnlyList<Token> tokens, string[] f, int i) =>
        tokens[i].Kind == TokenKind.Word;

    private static bool TryDay(string text, Token t, out int day)
    {
        day = 0;
        if (t.Kind != TokenKind.Number) return false;
        var s = t.SliceOf(text);
        if (s.EndsWith("er")) s = s[..^2];
        if (s.Length is < 1 or > 2) return false;
        foreach (var c in s) if (!char.IsDigit(c)) return false;
        day = int.Parse(s);
        return day is >= 1 and <= 31;
    }

    private static bool TryYear(string text, Token t, out int year)
    {
        year = 0;
        if (t.Kind != TokenKind.Number || t.Length != 4) return false;
        var s = t.SliceOf(text);
        foreach (var c in s) if (!char.IsDigit(c)) return false;
        year = int.Parse(s);
        return year is >= 1800 and <= 2200;
    }

    // A future-tense cue in the same sentence (within the 12 tokens before and after the weekday).
    private bool HasFutureVerb(string text, IReadOnlyList<Token> tokens, string[] f, int i)
    {
        int from = Math.Max(0, i - 12), to = Math.Min(f.Length - 1, i + 12);
        for (int k = i - 1; k >= from; k--)
        {
            if (IsSentenceBreak(text, tokens[k])) break;
            if (IsFutureVerb(f[k])) return true;
        }
        for (int k = i + 1; k <= to; k++)
        {
            if (IsSentenceBreak(text, tokens[k])) break;
            if (IsFutureVerb(f[k])) return true;
        }
        return false;
    }

    private bool IsFutureVerb(string w) =>
        _futureVerbs.Contains(w) || (w.Length > 6 && (w.EndsWith("eront", StringComparison.Ordinal) || w.EndsWith("iront", StringComparison.Ordinal)));

    private static bool IsSentenceBreak(string text, Token t) =>
        t.Kind == TokenKind.Punctuation && text[t.Start] is '.' or '!' or '?' or ';';
}
