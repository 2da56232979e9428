using System.Buffers;
using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>Canonical N-Triples spelling of terms (RDF 1.1 N-Triples, section "Canonical N-Triples").</summary>
public static class NTriplesFormatter
{
    // The characters that are escaped: the text between two of them is appended as one span (most IRIs and strings
    // have none), rather than character by character.
    private static readonly SearchValues<char> IriEscaped = SearchValues.Create(Controls(0x20) + "<>\"{}|^`\\");
    private static readonly SearchValues<char> StringEscaped = SearchValues.Create(Controls(0x1F) + "\"\\\u007F");

    /// <summary>The characters U+0000 to <paramref name="last"/>.</summary>
    internal static string Controls(int last) => string.Create(last + 1, 0, (span, _) =>
    {
        for (int i = 0; i < span.Length; i++) span[i] = (char)i;
    });

    /// <summary>Where the first character of <paramref name="text"/> that a quoted string may escape is (a control, quote, backslash or DEL), or -1.</summary>
    internal static int IndexOfStringEscape(ReadOnlySpan<char> text) => text.IndexOfAny(StringEscaped);

    public static string FormatIri(string iri)
    {
        var sb = new StringBuilder(iri.Length + 2);
        AppendIri(sb, iri);
        return sb.ToString();
    }

    public static void AppendIri(StringBuilder sb, string iri)
    {
        sb.Append('<');
        var rest = iri.AsSpan();
        int i;
        while ((i = rest.IndexOfAny(IriEscaped)) >= 0)
        {
            // Characters not allowed in IRIREF are written as UCHAR so the output always re-parses.
            sb.Append(rest[..i]).Append("\\u").Append(((int)rest[i]).ToString("X4"));
            rest = rest[(i + 1)..];
        }
        sb.Append(rest).Append('>');
    }

    public static string FormatLiteral(string value, string datatype, string language)
    {
        var sb = new StringBuilder(value.Length + 16);
        AppendLiteral(sb, value, datatype, language);
        return sb.ToString();
    }

    public static void AppendLiteral(StringBuilder sb, string value, string datatype, string language)
    {
        AppendQuotedString(sb, value);
        if (language.Length > 0)
            sb.Append('@').Append(language);
        else if (datatype != Vocabulary.XsdString)
        {
            sb.Append("^^");
            AppendIri(sb, datatype);
        }
    }

    /// <summary>Writes "value" with the escapes canonical N-Triples requires (and only those, plus other controls).</summary>
    public static void AppendQuotedString(StringBuilder sb, string value)
    {
        sb.Append('"');
        var rest = value.AsSpan();
        int i;
        while ((i = IndexOfStringEscape(rest)) >= 0)
        {
            sb.Append(rest[..i]);
            char ch = rest[i];
            rest = rest[(i + 1)..];
            switch (ch)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                default: sb.Append("\\u").Append(((int)ch).ToString("X4")); break;
            }
        }
        sb.Append(rest).Append('"');
    }
}
