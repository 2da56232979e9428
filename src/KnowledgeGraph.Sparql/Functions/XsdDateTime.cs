using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>
/// An xsd:dateTime or xsd:date value, kept as its seven-property model (XSD 1.1 §D.2) so that any year works and
/// comparisons follow the XSD partial order between timezoned and timezone-less values.
/// </summary>
public readonly record struct XsdDateTime(long Year, int Month, int Day, int Hour, int Minute, decimal Second, int? TimezoneMinutes, bool IsDate)
{
    private static readonly Regex DateTimePattern = new(
        @"^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:\d{2})?$", RegexOptions.CultureInvariant);

    private static readonly Regex DatePattern = new(
        @"^(-?\d{4,})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$", RegexOptions.CultureInvariant);

    public static bool TryParseDateTime(string lex, out XsdDateTime value)
    {
        value = default;
        var m = DateTimePattern.Match(lex);
        if (!m.Success) return false;
        if (!long.TryParse(m.Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var y)) return false;
        int mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        int d = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        int h = int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture);
        int mi = int.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture);
        decimal s = decimal.Parse(m.Groups[6].Value, CultureInfo.InvariantCulture);
        if (!TryTimezone(m.Groups[7].Value, out var tz)) return false;
        if (mo is < 1 or > 12 || d < 1 || d > DaysInMonth(y, mo) || mi > 59 || s >= 60) return false;
        if (h > 24 || (h == 24 && (mi != 0 || s != 0))) return false;
        value = new XsdDateTime(y, mo, d, h, mi, s, tz, false);
        return true;
    }

    public static bool TryParseDate(string lex, out XsdDateTime value)
    {
        value = default;
        var m = DatePattern.Match(lex);
        if (!m.Success) return false;
        if (!long.TryParse(m.Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var y)) return false;
        int mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        int d = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        if (!TryTimezone(m.Groups[4].Value, out var tz)) return false;
        if (mo is < 1 or > 12 || d < 1 || d > DaysInMonth(y, mo)) return false;
        value = new XsdDateTime(y, mo, d, 0, 0, 0, tz, true);
        return true;
    }

    private static bool TryTimezone(string s, out int? tz)
    {
        tz = null;
        if (s.Length == 0) return true;
        if (s == "Z") { tz = 0; return true; }
        int h = int.Parse(s.AsSpan(1, 2), CultureInfo.InvariantCulture);
        int m = int.Parse(s.AsSpan(4, 2), CultureInfo.InvariantCulture);
        if (h > 14 || m > 59 || (h == 14 && m != 0)) return false;
        tz = (s[0] == '-' ? -1 : 1) * (h * 60 + m);
        return true;
    }

    private static bool IsLeap(long y) => (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

    private static int DaysInMonth(long y, int m) => m switch
    {
        2 => IsLeap(y) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    /// <summary>Days since 0000-03-01 style epoch (proleptic Gregorian), valid for any year.</summary>
    private static long DaysFromCivil(long y, int m, int d)
    {
        y -= m <= 2 ? 1 : 0;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe;
    }

    /// <summary>Seconds on a single time line; timezone-less values are taken as they are (callers handle the ±14h rule).</summary>
    private decimal TimeLine(int offsetMinutes) =>
        ((decimal)DaysFromCivil(Year, Month, Day) * 86400m) + Hour * 3600 + (Minute - offsetMinutes) * 60 + Second;

    /// <summary>XSD order: null when indeterminate (one value has a timezone, the other not, and they are within 14 hours).</summary>
    public static int? Compare(XsdDateTime a, XsdDateTime b)
    {
        if (a.TimezoneMinutes.HasValue == b.TimezoneMinutes.HasValue)
            return a.TimeLine(a.TimezoneMinutes ?? 0).CompareTo(b.TimeLine(b.TimezoneMinutes ?? 0));
        if (a.TimezoneMinutes.HasValue)
        {
            var ta = a.TimeLine(a.TimezoneMinutes!.Value);
            // b without timezone lies somewhere between b+14:00 (earliest) and b-14:00 (latest).
            if (ta < b.TimeLine(14 * 60)) return -1;
            if (ta > b.TimeLine(-14 * 60)) return 1;
            return null;
        }
        var r = Compare(b, a);
        return r is null ? null : -r;
    }

    public string Lexical
    {
        get
        {
            var y = Year < 0 ? "-" + (-Year).ToString("0000", CultureInfo.InvariantCulture) : Year.ToString("0000", CultureInfo.InvariantCulture);
            var date = $"{y}-{Month:00}-{Day:00}";
            var tz = TimezoneLexical;
            if (IsDate) return date + tz;
            var sec = Second.ToString(CultureInfo.InvariantCulture);
            if (sec.Contains('.')) sec = sec.TrimEnd('0').TrimEnd('.');
            if (Second < 10) sec = "0" + sec;
            return $"{date}T{Hour:00}:{Minute:00}:{sec}{tz}";
        }
    }

    /// <summary>The TZ function's answer: "", "Z" or "+hh:mm".</summary>
    public string TimezoneLexical => TimezoneMinutes switch
    {
        null => "",
        0 => "Z",
        int m => (m < 0 ? "-" : "+") + $"{Math.Abs(m) / 60:00}:{Math.Abs(m) % 60:00}",
    };

    /// <summary>The TIMEZONE function's answer as an xsd:dayTimeDuration lexical form, or null when there is none.</summary>
    public string? TimezoneDuration
    {
        get
        {
            if (TimezoneMinutes is not int m) return null;
            if (m == 0) return "PT0S";
            var abs = Math.Abs(m);
            var s = (m < 0 ? "-" : "") + "PT" + (abs / 60 > 0 ? $"{abs / 60}H" : "") + (abs % 60 > 0 ? $"{abs % 60}M" : "");
            return s;
        }
    }

    public static XsdDateTime FromDateTimeOffset(DateTimeOffset t) =>
        new(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second + t.Millisecond / 1000m, (int)t.Offset.TotalMinutes, false);
}
