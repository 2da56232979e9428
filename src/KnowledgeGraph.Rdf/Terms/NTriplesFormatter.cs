using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>Canonical N-Triples spelling of terms (RDF 1.1 N-Triples, section "Canonical N-Triples").</summary>
public static class NTriplesFormatter
{
    public static string FormatIri(string iri)
    {
        var sb = new StringBuilder(iri.Length + 2);
        AppendIri(sb, iri);
        return sb.ToString();
    }

    public static void AppendIri(StringBuilder sb, string iri)
    {
        sb.Append('<');
        foreach (var ch in iri)
        {
            // Characters not allowed in IRIREF are written as UCHAR so the output always re-parses.
            if (ch <= 0x20 || ch is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
                sb.Append("\\u").Append(((int)ch).ToString("X4"));
            else
                sb.Append(ch);
        }
        sb.Append('>');
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
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (ch < 0x20 || ch == 0x7F)
                        sb.Append("\\u").Append(((int)ch).ToString("X4"));
                    else
                        sb.Append(ch);
                    break;
            }
        }
        sb.Append('"');
    }
}
