using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>XPath/XQuery regular expressions (fn:matches, fn:replace) on .NET's engine.</summary>
public static class XPathRegex
{
    public static Regex? Create(string pattern, string flags)
    {
        var options = RegexOptions.CultureInvariant;
        bool literal = false;
        foreach (var f in flags)
        {
            switch (f)
            {
                case 'i': options |= RegexOptions.IgnoreCase; break;
                case 's': options |= RegexOptions.Singleline; break;
                case 'm': options |= RegexOptions.Multiline; break;
                case 'x': pattern = RemoveWhitespace(pattern); break;
                case 'q': literal = true; break;
                default: return null;
            }
        }
        if (literal) pattern = Regex.Escape(pattern);
        try
        {
            return new Regex(pattern, options, TimeSpan.FromSeconds(5));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The 'x' flag: whitespace in the pattern is ignored except inside character classes.</summary>
    private static string RemoveWhitespace(string pattern)
    {
        var sb = new StringBuilder(pattern.Length);
        bool inClass = false;
        foreach (var c in pattern)
        {
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            if (!inClass && c is ' ' or '\t' or '\n' or '\r') continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>XPath replacement strings use \$ and \\ as escapes; .NET uses $$.</summary>
    public static string? TranslateReplacement(string replacement)
    {
        var sb = new StringBuilder(replacement.Length);
        for (int i = 0; i < replacement.Length; i++)
        {
            char c = replacement[i];
            if (c == '\\')
            {
                if (i + 1 >= replacement.Length) return null;
                char n = replacement[++i];
                if (n == '$') sb.Append("$$");
                else if (n == '\\') sb.Append('\\');
                else return null;
            }
            else if (c == '$')
            {
                if (i + 1 >= replacement.Length || !char.IsAsciiDigit(replacement[i + 1])) return null;
                sb.Append("${");
                while (i + 1 < replacement.Length && char.IsAsciiDigit(replacement[i + 1])) sb.Append(replacement[++i]);
                sb.Append('}');
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
