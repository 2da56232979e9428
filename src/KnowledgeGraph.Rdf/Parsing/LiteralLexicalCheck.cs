using System.Globalization;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Checks lexical forms of the common XSD datatypes. An ill-typed literal ("abc"^^xsd:integer) is
/// legal RDF, so parsers only warn about it (or throw in strict mode).
/// </summary>
public static class LiteralLexicalCheck
{
    /// <summary>Null when the lexical form is valid for the datatype (or the datatype is not checked), else why not.</summary>
    public static string? Problem(string lexical, string datatype)
    {
        if (!datatype.StartsWith(Vocabulary.Xsd, StringComparison.Ordinal)) return null;
        bool ok;
        switch (datatype.AsSpan(Vocabulary.Xsd.Length))
        {
            case "integer": case "long": case "int": case "short": case "byte":
            case "nonNegativeInteger": case "positiveInteger": case "negativeInteger": case "nonPositiveInteger":
            case "unsignedLong": case "unsignedInt": case "unsignedShort": case "unsignedByte":
                ok = IsInteger(lexical);
                break;
            case "decimal": ok = IsDecimal(lexical); break;
            case "double": case "float": ok = IsDouble(lexical); break;
            case "boolean": ok = lexical is "true" or "false" or "1" or "0"; break;
            case "date": ok = IsDate(lexical.AsSpan()); break;
            case "dateTime": ok = IsDateTime(lexical.AsSpan()); break;
            case "gYear": ok = IsYear(lexical.AsSpan(), out var rest) && IsTimezone(rest); break;
            case "gYearMonth": ok = IsYearMonth(lexical.AsSpan(), out var r2, out _, out _) && IsTimezone(r2); break;
            default: return null;
        }
        return ok ? null : $"ill-typed literal: \"{lexical}\" is not a valid lexical form of xsd:{datatype[Vocabulary.Xsd.Length..]}";
    }

    private static bool IsInteger(string s)
    {
        int i = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        if (i == s.Length) return false;
        for (; i < s.Length; i++) if (!RdfChars.IsDigit(s[i])) return false;
        return true;
    }

    private static bool IsDecimal(string s)
    {
        int i = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        int digits = 0;
        bool dot = false;
        for (; i < s.Length; i++)
        {
            if (RdfChars.IsDigit(s[i])) digits++;
            else if (s[i] == '.' && !dot) dot = true;
            else return false;
        }
        return digits > 0;
    }

    private static bool IsDouble(string s)
    {
        if (s is "INF" or "-INF" or "+INF" or "NaN") return true;
        int e = s.IndexOfAny(['e', 'E']);
        if (e < 0) return IsDecimal(s);
        return IsDecimal(s[..e]) && IsInteger(s[(e + 1)..]);
    }

    private static bool IsYear(ReadOnlySpan<char> s, out ReadOnlySpan<char> rest)
    {
        int i = s.Length > 0 && s[0] == '-' ? 1 : 0;
        int start = i;
        while (i < s.Length && RdfChars.IsDigit(s[i])) i++;
        rest = s[i..];
        int n = i - start;
        return n >= 4 && (n == 4 || s[start] != '0');
    }

    private static bool IsYearMonth(ReadOnlySpan<char> s, out ReadOnlySpan<char> rest, out int year, out int month)
    {
        year = month = 0;
        if (!IsYear(s, out rest)) return false;
        int.TryParse(s[..^rest.Length], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out year);
        if (rest.Length < 3 || rest[0] != '-' || !TwoDigits(rest[1..], out month) || month is < 1 or > 12) return false;
        rest = rest[3..];
        return true;
    }

    private static bool IsDate(ReadOnlySpan<char> s) => IsDatePart(s, out var rest) && IsTimezone(rest);

    private static bool IsDatePart(ReadOnlySpan<char> s, out ReadOnlySpan<char> rest)
    {
        if (!IsYearMonth(s, out rest, out int year, out int month)) return false;
        if (rest.Length < 3 || rest[0] != '-' || !TwoDigits(rest[1..], out int day)) return false;
        rest = rest[3..];
        bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        int max = month switch { 2 => leap ? 29 : 28, 4 or 6 or 9 or 11 => 30, _ => 31 };
        return day >= 1 && day <= max;
    }

    private static bool IsDateTime(ReadOnlySpan<char> s)
    {
        if (!IsDatePart(s, out var rest) || rest.Length < 9 || rest[0] != 'T') return false;
        if (!TwoDigits(rest[1..], out int h) || rest[3] != ':' || !TwoDigits(rest[4..], out int m) || rest[6] != ':'
            || !TwoDigits(rest[7..], out int sec))
            return false;
        rest = rest[9..];
        if (rest.Length > 0 && rest[0] == '.')
        {
            int i = 1;
            while (i < rest.Length && RdfChars.IsDigit(rest[i])) i++;
            if (i == 1) return false;
            rest = rest[i..];
        }
        bool valid = (h < 24 && m < 60 && sec < 60) || (h == 24 && m == 0 && sec == 0);
        return valid && IsTimezone(rest);
    }

    private static bool IsTimezone(ReadOnlySpan<char> s)
    {
        if (s.Length == 0 || s.SequenceEqual("Z")) return true;
        return s.Length == 6 && s[0] is '+' or '-' && TwoDigits(s[1..], out int h) && s[3] == ':'
            && TwoDigits(s[4..], out int m) && (h < 14 && m < 60 || h == 14 && m == 0);
    }

    private static bool TwoDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.Length < 2 || !RdfChars.IsDigit(s[0]) || !RdfChars.IsDigit(s[1])) return false;
        value = (s[0] - '0') * 10 + (s[1] - '0');
        return true;
    }
}
