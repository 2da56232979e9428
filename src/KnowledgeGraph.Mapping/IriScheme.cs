using System.Text;
using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Mapping;

/// <summary>
/// Mints resource IRIs as {base}{kind}/{key}. Keys come from the extractors as stable slugs; any character
/// outside the unreserved set is percent-encoded (UTF-8) so that every IRI is valid in every syntax and
/// the same key always gives the same IRI.
/// </summary>
public sealed record IriScheme(string BaseIri = IriScheme.DefaultBase, string GraphBaseIri = IriScheme.DefaultGraphBase)
{
    public const string DefaultBase = "https://w3id.org/kgnews/id/";
    public const string DefaultGraphBase = "https://w3id.org/kgnews/graph/";

    public string Person(string key) => Mint("person", key);
    public string Organization(string key) => Mint("organization", key);
    public string Place(string key) => Mint("place", key);
    public string Post(string key) => Mint("post", key);
    public string Role(string key) => Mint("role", key);
    public string RelationType(string key) => Mint("relation-type", key);
    public string Relationship(string subjectKey, string relationKey, string objectKey) =>
        Mint("relationship", subjectKey + "--" + relationKey + "--" + objectKey);
    public string Meeting(string key) => Mint("meeting", key);
    public string Claim(string key) => Mint("claim", key);
    public string Article(string id) => Mint("article", id);

    /// <summary>Quotations and evidence spans are named by article and UTF-16 span, which never changes for a given text.</summary>
    public string Quotation(string articleId, TextSpan span) => Mint("quotation", $"{articleId}-{span.Start}-{span.End}");
    public string Evidence(string articleId, TextSpan span) => Mint("evidence", $"{articleId}-{span.Start}-{span.End}");

    /// <summary>The named graph holding one article's own statements (TriG / N-Quads / JSON-LD).</summary>
    public string ArticleGraph(string id) => GraphBaseIri + Encode(id);

    public string Entity(EntityKind kind, string key) => kind switch
    {
        EntityKind.Person => Person(key),
        EntityKind.Organization => Organization(key),
        _ => Place(key),
    };

    private string Mint(string kind, string key) => BaseIri + kind + "/" + Encode(key);

    public static string Encode(string key)
    {
        if (key.Length == 0) return "_";
        StringBuilder? sb = null;
        for (int i = 0; i < key.Length; i++)
        {
            char c = key[i];
            bool safe = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '.' or '_' or '~';
            if (safe)
            {
                sb?.Append(c);
                continue;
            }
            sb ??= new StringBuilder(key, 0, i, key.Length + 16);
            int len = char.IsHighSurrogate(c) && i + 1 < key.Length && char.IsLowSurrogate(key[i + 1]) ? 2 : 1;
            foreach (var b in Encoding.UTF8.GetBytes(key.Substring(i, len)))
                sb.Append('%').Append(b.ToString("X2"));
            i += len - 1;
        }
        return sb?.ToString() ?? key;
    }

    /// <summary>A slug for free text (an outlet or author name from metadata): ASCII-folded, lowercase, hyphens.</summary>
    public static string Slug(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        bool dash = false;
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (char.IsLetterOrDigit(c))
            {
                // Letters without an ASCII fold (ø, ß, Cyrillic) stay, percent-encoded later by Encode.
                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (!dash && sb.Length > 0)
            {
                sb.Append('-');
                dash = true;
            }
        }
        while (sb.Length > 0 && sb[^1] == '-') sb.Length--;
        return sb.Length == 0 ? "_" : sb.ToString();
    }
}
