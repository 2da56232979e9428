using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Extraction.Tokenization;

/// <summary>
/// Accent- and case-folding used for every dictionary lookup ("Février" → "fevrier"), and the stable
/// ASCII slugs used as keys ("Iouri Kouzmenko" → "iouri-kouzmenko").
/// </summary>
public static class TextFolding
{
    /// <summary>Lower-case, diacritics removed, typographic apostrophes and hyphens made ASCII, œ/æ expanded.</summary>
    public static string Fold(ReadOnlySpan<char> s)
    {
        bool simple = true;
        foreach (var c in s)
            if (c >= 128 || (c >= 'A' && c <= 'Z')) { simple = false; break; }
        if (simple) return s.ToString();
        var sb = new StringBuilder(s.Length);
        foreach (var c in s) AppendFolded(sb, c);
        return sb.ToString();
    }

    public static string Fold(string s) => Fold(s.AsSpan());

    // Folded forms of U+0000..U+024F, computed once (read-only afterwards): most French text stays in this range,
    // and Unicode decomposition per character is slow.
    private static readonly string[] LatinTable = BuildLatinTable();

    private static string[] BuildLatinTable()
    {
        var table = new string[0x250];
        var sb = new StringBuilder(4);
        for (int c = 0; c < table.Length; c++)
        {
            sb.Clear();
            AppendFoldedSlow(sb, (char)c);
            table[c] = sb.ToString();
        }
        return table;
    }

    private static void AppendFolded(StringBuilder sb, char c)
    {
        if (c < LatinTable.Length) { sb.Append(LatinTable[c]); return; }
        AppendFoldedSlow(sb, c);
    }

    private static void AppendFoldedSlow(StringBuilder sb, char c)
    {
        if (c < 128) { sb.Append(char.ToLowerInvariant(c)); return; }
        switch (c)
        {
            case '’': case 'ʼ': case '‘': sb.Append('\''); return;
            case '‑': case '‐': case '–': sb.Append('-'); return;
            case 'œ': case 'Œ': sb.Append("oe"); return;
            case 'æ': case 'Æ': sb.Append("ae"); return;
            case 'ß': sb.Append("ss"); return;
            // letters with a stroke do not decompose: "Ødegaard", "Łukasz", "Đoković", "Ðórr", "ı" (Turkish dotless i)
            case 'ø': case 'Ø': sb.Append('o'); return;
            case 'ł': case 'Ł': sb.Append('l'); return;
            case 'đ': case 'Đ': case 'ð': case 'Ð': sb.Append('d'); return;
            case 'ħ': case 'Ħ': sb.Append('h'); return;
            case 'ı': sb.Append('i'); return;
            case 'þ': case 'Þ': sb.Append("th"); return;
            case '\u00AD': return; // soft hyphen
        }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                sb.Append(char.ToLowerInvariant(d));
    }

    /// <summary>
    /// A stable ASCII key: folded, every run of non-alphanumerics one hyphen, trimmed. Text with no
    /// ASCII letters (e.g. Cyrillic only) gets "x-" plus a short SHA-256 prefix of its folded form.
    /// </summary>
    public static string Slug(string s)
    {
        var folded = Fold(s);
        var sb = new StringBuilder(folded.Length);
        bool hyphen = false;
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (hyphen && sb.Length > 0) sb.Append('-');
                sb.Append(c);
                hyphen = false;
            }
            else hyphen = true;
        }
        if (sb.Length == 0) return "x-" + ShortHash(folded);
        return sb.ToString();
    }

    /// <summary>First 12 hex digits of the SHA-256 of the UTF-8 text: stable across runs and machines.</summary>
    public static string ShortHash(string s)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(s));
        return Convert.ToHexStringLower(bytes)[..12];
    }
}
