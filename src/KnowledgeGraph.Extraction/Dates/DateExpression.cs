namespace KnowledgeGraph.Extraction.Dates;

public enum DateExpressionKind
{
    /// <summary>A calendar date, possibly partial: "le 2 décembre 2025", "2 décembre", "décembre 2025", "en 2022".</summary>
    Calendar,
    /// <summary>A weekday, possibly with a day of month: "mercredi", "mardi 2", "mardi 2 décembre".</summary>
    Weekday,
    /// <summary>A day relative to the article date: "hier" (-1), "aujourd'hui" (0), "demain" (+1), "avant-hier" (-2).</summary>
    RelativeDay,
    /// <summary>A week relative to the article date: "la semaine dernière" (-1), "la semaine prochaine" (+1).</summary>
    RelativeWeek,
    /// <summary>A month relative to the article date: "le mois dernier" (-1), "le mois prochain" (+1).</summary>
    RelativeMonth,
    /// <summary>A year relative to the article date: "l'an dernier" (-1), "cette année" (0), "l'année prochaine" (+1).</summary>
    RelativeYear,
}

/// <summary>Whether an expression points to the past or the future of the article date.</summary>
public enum TemporalDirection
{
    /// <summary>No cue: weekdays resolve to the most recent such day on or before the article date.</summary>
    Unspecified,
    Past,
    Future,
}

/// <summary>
/// A parsed French date expression, before resolution against an article date. Unknown parts are null.
/// </summary>
/// <param name="Offset">For relative kinds: the signed number of days, weeks or months.</param>
/// <param name="IsNight">"dans la nuit de/du …": the event spans the night starting on this date.</param>
/// <param name="End">For ranges ("du mardi 2 au mercredi 3 décembre", "du 2 au 4 mars"): the end expression.</param>
public sealed record DateExpression(
    DateExpressionKind Kind,
    int? Year = null,
    int? Month = null,
    int? Day = null,
    DayOfWeek? Weekday = null,
    int Offset = 0,
    TemporalDirection Direction = TemporalDirection.Unspecified,
    bool IsNight = false,
    DateExpression? End = null);
