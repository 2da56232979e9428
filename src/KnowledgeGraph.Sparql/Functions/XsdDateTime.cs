using System.Globalization;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>
/// An xsd:dateTime or xsd:date value, kept as its seven-property model (XSD 1.1 §D.2) so that any year works and
/// comparisons follow the XSD partial order between timezoned and timezone-less values.
/// </summary>
public readonly record struct XsdDateTime(long Year, int Month, int Day, int Hour, int Minute, decimal Second, int? TimezoneMinutes, bool IsDate)
{
    // Hand-written scanners rather than regular expressions: comparisons parse lexical forms on every row.
    public static bool TryParseDateTime(string lex, out XsdDateTime value)
    {
        value = default;
        int i = 0;
        if (!TryDatePart(lex, ref i, out var y, out var mo, out var d)) return false;
        if (i >= lex.Length || lex[i] != 'T') return false;
        i++;
        if (!TwoDigits(lex, ref i, out var h) || !Expect(lex, ref i, ':') || !TwoDigits(lex, ref i, out var mi)
            || !Expect(lex, ref i, ':')) return false;
        int secStart = i;
        if (!TwoDigits(lex, ref i, out _)) return false;
        if (i < lex.Length && lex[i] == '.')
        {
            i++;
            int digits = i;
            while (i < lex.Length && char.IsAsciiDigit(lex[i])) i++;
            if (i == digits) return false;
        }
        decimal sec = decimal.Parse(lex.AsSpan(secStart, i - secStart), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (!TryTimezone(lex.AsSpan(i), out var tz)) return false;
        if (mi > 59 || sec >= 60 || h > 24 || (h == 24 && (mi != 0 || sec != 0))) return false;
        value = new XsdDateTime(y, mo, d, h, mi, sec, tz, false);
        return true;
    }

    public static bool TryParseDate(string lex, out XsdDateTime value)
    {
        value = default;
        int i = 0;
        if (!TryDatePart(lex, ref i, out var y, out var mo, out var d)) return false;
        if (!TryTimezone(lex.AsSpan(i), out var tz)) return false;
        value = new XsdDateTime(y, mo, d, 0, 0, 0, tz, true);
        return true;
    }

    private static bool TryDatePart(string s, ref int i, out long year, out int month, out int day)
    {
        year = 0; month = 0; day = 0;
        bool negative = i < s.Length && s[i] == '-';
        if (negative) i++;
        int start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i - start < 4 || i - start > 18) return false;
        year = long.Parse(s.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture);
        if (negative) year = -year;
        if (!Expect(s, ref i, '-') || !TwoDigits(s, ref i, out month) || !Expect(s, ref i, '-') || !TwoDigits(s, ref i, out day)) return false;
        return month is >= 1 and <= 12 && day >= 1 && day <= DaysInMonth(year, month);
    }

    private static bool Expect(string s, ref int i, char c)
    {
        if (i >= s.Length || s[i] != c) return false;
        i++;
        return true;
    }

    private static bool TwoDigits(string s, ref int i, out int value)
    {
        value = 0;
        if (i + 1 >= s.Length || !char.IsAsciiDigit(s[i]) || !char.IsAsciiDigit(s[i + 1])) return false;
        value = (s[i] - '0') * 10 + (s[i + 1] - '0');
        i += 2;
        return true;
    }

    private static bool TryTimezone(ReadOnlySpan<char> s, out int? tz)
    {
        tz = null;
        if (s.Length == 0) return true;
        if (s.Length == 1 && s[0] == 'Z') { tz = 0; return true; }
        if (s.Length != 6 || s[0] is not ('+' or '-') || s[3] != ':') return false;
        foreach (var k in new[] { 1, 2, 4, 5 }) if (!char.IsAsciiDigit(s[k])) return false;
        int h = (s[1] - '0') * 10 + (s[2] - '0');
        int m = (s[4] - '0') * 10 + (s[5] - '0');
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

    /// <summary>Seconds on the UTC time line; a value without timezone is read as UTC (the value index widens by ±14h).</summary>
    public decimal SecondsOnTimeLine => TimeLine(TimezoneMinutes ?? 0);

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
