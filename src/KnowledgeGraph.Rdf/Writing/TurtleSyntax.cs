using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Lexical rules of Turtle/TriG (W3C RDF 1.1 Turtle, section 6.5) that the writers need to decide
/// whether a shorthand is safe: prefixed names, blank node labels, numeric and boolean literals.
/// Pure functions only, so the writers stay free of shared state.
/// </summary>
public static partial class TurtleSyntax
{
    // Canonical lexical forms (XML Schema 1.1 canonical mappings restricted to what the Turtle
    // INTEGER / DECIMAL / DOUBLE tokens can spell), so a shorthand re-parses to the identical literal.
    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex CanonicalInteger();

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)\.(0|[0-9]*[1-9])$", RegexOptions.CultureInvariant)]
    private static partial Regex CanonicalDecimal();

    [GeneratedRegex(@"^(-?[1-9]\.(0|[0-9]*[1-9])E(0|-?[1-9][0-9]*)|0\.0E0)$", RegexOptions.CultureInvariant)]
    private static partial Regex CanonicalDouble();

    /// <summary>The bare Turtle spelling of a literal (42, 1.5, 1.0E3, true) or null when it must be quoted.</summary>
    public static string? NumericOrBooleanShorthand(ILiteralNode literal)
    {
        if (literal.Language.Length > 0) return null;
        var v = literal.Value;
        return literal.Datatype switch
        {
            Vocabulary.XsdInteger when CanonicalInteger().IsMatch(v) => v,
            Vocabulary.XsdDecimal when CanonicalDecimal().IsMatch(v) => v,
            Vocabulary.XsdDouble when CanonicalDouble().IsMatch(v) => v,
            Vocabulary.XsdBoolean when v is "true" or "false" => v,
            _ => null,
        };
    }

    public static bool IsPnCharsBase(int cp) =>
        cp is >= 'A' and <= 'Z' or >= 'a' and <= 'z'
            or >= 0x00C0 and <= 0x00D6 or >= 0x00D8 and <= 0x00F6 or >= 0x00F8 and <= 0x02FF
            or >= 0x0370 and <= 0x037D or >= 0x037F and <= 0x1FFF or >= 0x200C and <= 0x200D
            or >= 0x2070 and <= 0x218F or >= 0x2C00 and <= 0x2FEF or >= 0x3001 and <= 0xD7FF
            or >= 0xF900 and <= 0xFDCF or >= 0xFDF0 and <= 0xFFFD or >= 0x10000 and <= 0xEFFFF;

    public static bool IsPnCharsU(int cp) => cp == '_' || IsPnCharsBase(cp);

    public static bool IsPnChars(int cp) =>
        IsPnCharsU(cp) || cp == '-' || cp is >= '0' and <= '9' || cp == 0x00B7
        || cp is >= 0x0300 and <= 0x036F || cp is >= 0x203F and <= 0x2040;

    /// <summary>True when <paramref name="prefix"/> is a PN_PREFIX (or empty, for the default prefix).</summary>
    public static bool IsValidPrefix(string prefix)
    {
        if (prefix.Length == 0) return true;
        var runes = prefix.EnumerateRunes().Select(r => r.Value).ToArray();
        if (!IsPnCharsBase(runes[0])) return false;
        if (runes[^1] == '.') return false;
        for (int i = 1; i < runes.Length; i++)
            if (!(IsPnChars(runes[i]) || runes[i] == '.')) return false;
        return true;
    }

    /// <summary>True when <paramref name="id"/> can be written as <c>_:id</c> in Turtle, TriG, N-Triples and N-Quads.</summary>
    public static bool IsValidBlankNodeLabel(string id)
    {
        if (id.Length == 0) return false;
        bool first = true;
        int last = 0;
        foreach (var rune in id.EnumerateRunes())
        {
            int cp = rune.Value;
            if (first)
            {
                if (!(IsPnCharsU(cp) || cp is >= '0' and <= '9')) return false;
                first = false;
            }
            else if (!(IsPnChars(cp) || cp == '.'))
                return false;
            last = cp;
        }
        return last != '.';
    }

    /// <summary>
    /// A label that is always legal: the label itself when valid, otherwise a hex spelling of its UTF-8
    /// bytes, so that distinct invalid labels stay distinct.
    /// </summary>
    public static string SafeBlankNodeLabel(string id)
    {
        if (IsValidBlankNodeLabel(id)) return id;
        return "x" + Convert.ToHexString(Encoding.UTF8.GetBytes(id));
    }

    private const string LocalEscapable = "_~.-!$&'()*+,;=/?#@%";

    /// <summary>
    /// Writes <paramref name="local"/> as a PN_LOCAL, backslash-escaping the reserved characters the
    /// grammar allows to escape; returns false when some character cannot appear at all (then the IRI
    /// must be written in full).
    /// </summary>
    public static bool TryAppendLocalName(StringBuilder sb, string local) => TryAppendLocalName(sb, local.AsSpan());

    /// <inheritdoc cref="TryAppendLocalName(StringBuilder, string)"/>
    public static bool TryAppendLocalName(StringBuilder sb, ReadOnlySpan<char> local)
    {
        int start = sb.Length;
        // the code points, without a LINQ array per name (a writer compacts every distinct IRI once)
        Span<int> all = local.Length <= 256 ? stackalloc int[local.Length] : new int[local.Length];
        int count = 0;
        foreach (var rune in local.EnumerateRunes()) all[count++] = rune.Value;
        ReadOnlySpan<int> runes = all[..count];
        for (int i = 0; i < runes.Length; i++)
        {
            int cp = runes[i];
            bool first = i == 0, last = i == runes.Length - 1;
            if (cp == '%')
            {
                if (i + 2 < runes.Length && IsHex(runes[i + 1]) && IsHex(runes[i + 2]))
                {
                    sb.Append('%').Append((char)runes[i + 1]).Append((char)runes[i + 2]);
                    i += 2;
                    continue;
                }
                sb.Append("\\%");
                continue;
            }
            bool plain = first
                ? IsPnCharsU(cp) || cp == ':' || cp is >= '0' and <= '9'
                : IsPnChars(cp) || cp == ':' || (cp == '.' && !last);
            if (plain)
            {
                // the code point's UTF-16 units, without allocating a string per character
                if (cp < 0x10000) sb.Append((char)cp);
                else sb.Append(char.ConvertFromUtf32(cp));
            }
            else if (cp < 0x80 && LocalEscapable.Contains((char)cp))
                sb.Append('\\').Append((char)cp);
            else
            {
                sb.Length = start;
                return false;
            }
        }
        return true;
    }

    private static bool IsHex(int cp) => cp is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    /// <summary>
    /// Writes a quoted string: short form with escapes when it holds no line break, otherwise the long
    /// form with raw line feeds. Quotes inside the long form are escaped only where a run could end it.
    /// </summary>
    public static void AppendString(StringBuilder sb, string value)
    {
        if (value.IndexOf('\n') < 0)
        {
            NTriplesFormatter.AppendQuotedString(sb, value);
            return;
        }
        sb.Append("\"\"\"");
        // the text between two characters that may need an escape is appended as one span
        int i = 0;
        while (i < value.Length)
        {
            int next = NTriplesFormatter.IndexOfStringEscape(value.AsSpan(i));
            if (next < 0)
            {
                sb.Append(value, i, value.Length - i);
                break;
            }
            sb.Append(value, i, next);
            i += next;
            char ch = value[i];
            switch (ch)
            {
                case '"':
                    // A raw quote is never followed by another quote nor last, so no run of three appears.
                    if (i == value.Length - 1 || value[i + 1] == '"') sb.Append("\\\"");
                    else sb.Append('"');
                    break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append('\n'); break;
                case '\r': sb.Append("\\r"); break;
                default: sb.Append("\\u").Append(((int)ch).ToString("X4")); break;
            }
            i++;
        }
        sb.Append("\"\"\"");
    }

    /// <summary>
    /// The relative reference of <paramref name="iri"/> against <paramref name="baseIri"/> when it is
    /// certain to resolve back to exactly <paramref name="iri"/> (RFC 3986 section 5.2), else null.
    /// Only the simple cases are taken: a fragment of the base document, or a path below a base ending in '/'.
    /// </summary>
    public static string? Relativize(string iri, string baseIri)
    {
        if (baseIri.Contains('#') || baseIri.Contains('?') || !iri.StartsWith(baseIri, StringComparison.Ordinal))
            return null;
        var rest = iri.Substring(baseIri.Length);
        if (rest.Length == 0) return null;
        if (rest[0] == '#') return rest;
        if (!baseIri.EndsWith('/') || rest[0] is '/' or '?') return null;
        int end = rest.IndexOfAny(['?', '#']);
        var path = end < 0 ? rest : rest.Substring(0, end);
        var segments = path.Split('/');
        if (segments[0].Contains(':')) return null;
        if (segments.Any(s => s is "." or "..")) return null;
        return rest;
    }
}
