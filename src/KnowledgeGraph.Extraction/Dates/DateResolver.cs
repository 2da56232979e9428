using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Dates;

/// <summary>
/// Resolves a <see cref="DateExpression"/> against the article date. Rules (documented because
/// callers rely on them):
/// <list type="bullet">
/// <item>A bare weekday ("mercredi") is the most recent such day on or before the article date
/// (Thursday 2025-12-04 → Wednesday 2025-12-03; the article's own weekday → the article date), unless the
/// expression is marked future ("jeudi prochain", a future verb nearby): then the next such day strictly
/// after the article date. "mardi dernier" is strictly before.</item>
/// <item>A weekday with a day of month ("mardi 2") is the nearest date on or before the article date (or
/// after, when future) with that day of month, preferring one that falls on that weekday.</item>
/// <item>A calendar date without year takes the article's year, moved one year back when it would be more
/// than 31 days after the article date (or one year forward when future and before it).</item>
/// <item>Ranges resolve to their start; "la semaine dernière" resolves to the month (year-month) of the
/// day seven days earlier, "le mois prochain" to the next month.</item>
/// <item>Relative days, weeks and weekdays read in an article dated to the month only ("date 2025-02")
/// resolve to that month: the text cannot say more, and a news report speaks of its own weeks. Relative
/// months and years need only the article's month or year. Without an article date the result is null.</item>
/// </list>
/// </summary>
public static class DateResolver
{
    public static PartialDate? Resolve(DateExpression expr, PartialDate? articleDate)
    {
        DateOnly? anchor = articleDate?.ToDateOnly();
        switch (expr.Kind)
        {
            case DateExpressionKind.Calendar:
                return ResolveCalendar(expr, articleDate);
            case DateExpressionKind.RelativeDay:
                if (anchor is { } a) return PartialDate.From(a.AddDays(expr.Offset));
                return Math.Abs(expr.Offset) <= 7 ? ArticleMonth(articleDate) : null;
            case DateExpressionKind.RelativeWeek:
                if (anchor is not { } aw) return Math.Abs(expr.Offset) <= 1 ? ArticleMonth(articleDate) : null;
                var w = aw.AddDays(7 * expr.Offset);
                return new PartialDate(w.Year, w.Month);
            case DateExpressionKind.RelativeMonth:
                if (articleDate is not { Month: not null } am) return null;
                var first = new DateOnly(am.Year, am.Month!.Value, 1).AddMonths(expr.Offset);
                return new PartialDate(first.Year, first.Month);
            case DateExpressionKind.RelativeYear:
                return articleDate is { } ay ? new PartialDate(ay.Year + expr.Offset) : null;
            case DateExpressionKind.Weekday:
                if (anchor is { } ad) return ResolveWeekday(expr, ad);
                // "mardi 2" in a month-dated article: that day of the article's month
                if (ArticleMonth(articleDate) is { } inMonth && expr.Day is { } dom && dom <= DateTime.DaysInMonth(inMonth.Year, inMonth.Month!.Value))
                    return inMonth with { Day = dom };
                return ArticleMonth(articleDate);
            default:
                return null;
        }
    }

    /// <summary>
    /// A short relative expression ("mercredi", "hier", "la semaine dernière") in a month-dated article: the
    /// article's month. Only for offsets of up to a week; "il y a trois semaines" may well be last month.
    /// </summary>
    private static PartialDate? ArticleMonth(PartialDate? articleDate) =>
        articleDate is { Month: not null, Day: null } a ? new PartialDate(a.Year, a.Month) : null;

    private static PartialDate? ResolveCalendar(DateExpression expr, PartialDate? articleDate)
    {
        if (expr.Year is { } y)
            return new PartialDate(y, expr.Month, expr.Month is null ? null : expr.Day);
        if (articleDate is not { } ad || expr.Month is not { } m) return null;
        int year = ad.Year;
        int day = expr.Day ?? 1;
        if (day > DateTime.DaysInMonth(year, m)) return null;
        var candidate = new DateOnly(year, m, day);
        var anchor = ad.ToDateOnly() ?? new DateOnly(ad.Year, ad.Month ?? 12, ad.Month is null ? 31 : DateTime.DaysInMonth(ad.Year, ad.Month.Value));
        if (expr.Direction == TemporalDirection.Future)
        {
            if (candidate < anchor) year++;
        }
        else if (candidate > anchor.AddDays(31)) year--;
        if (expr.Day is { } d && d > DateTime.DaysInMonth(year, m)) return null;
        return new PartialDate(year, m, expr.Day);
    }

    private static PartialDate ResolveWeekday(DateExpression expr, DateOnly anchor)
    {
        var wd = expr.Weekday!.Value;
        if (expr.Day is { } dom)
        {
            // search months around the anchor for that day of month, preferring the right weekday
            DateOnly? best = null;
            for (int delta = 0; delta <= 12; delta++)
            {
                var month = new DateOnly(anchor.Year, anchor.Month, 1).AddMonths(expr.Direction == TemporalDirection.Future ? delta : -delta);
                if (dom > DateTime.DaysInMonth(month.Year, month.Month)) continue;
                var c = new DateOnly(month.Year, month.Month, dom);
                bool onSide = expr.Direction == TemporalDirection.Future ? c >= anchor : c <= anchor;
                if (!onSide) continue;
                best ??= c;
                if (c.DayOfWeek == wd) return PartialDate.From(c);
            }
            return PartialDate.From(best ?? anchor);
        }
        int diff = ((int)anchor.DayOfWeek - (int)wd + 7) % 7;
        return expr.Direction switch
        {
            TemporalDirection.Future => PartialDate.From(anchor.AddDays(((int)wd - (int)anchor.DayOfWeek + 7) % 7 is 0 ? 7 : ((int)wd - (int)anchor.DayOfWeek + 7) % 7)),
            TemporalDirection.Past => PartialDate.From(anchor.AddDays(-(diff == 0 ? 7 : diff))),
            _ => PartialDate.From(anchor.AddDays(-diff)),
        };
    }
}
