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
    /// <summary>
    /// Lower-case, diacritics removed, typographic apostrophes and hyphens made ASCII, œ/æ expanded. Works by
    /// code point (<see cref="Rune"/>): characters outside the Basic Multilingual Plane (emoji, flags, rare
    /// scripts) pass through lower-cased, combining marks and invisible format characters (bidirectional marks,
    /// zero-width joiners, soft hyphens) are dropped, and an unpaired surrogate becomes U+FFFD. Never throws.
    /// </summary>
    public static string Fold(ReadOnlySpan<char> s) => IsFolded(s) ? s.ToString() : FoldChanged(s);

    /// <summary>As <see cref="Fold(ReadOnlySpan{char})"/>; a string that is already folded is returned itself, not copied.</summary>
    public static string Fold(string s) => IsFolded(s) ? s : FoldChanged(s);

    // lower-case ASCII folds to itself
    private static bool IsFolded(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (c >= 128 || (c >= 'A' && c <= 'Z')) return false;
        return true;
    }

    private static string FoldChanged(ReadOnlySpan<char> s)
    {
        // Every token with a capital or an accent comes here: a word of the Latin range is folded through the table
        // into a stack buffer, one allocation (the result); other scripts and long spans take the general path.
        if (s.Length <= 64)
        {
            Span<char> buffer = stackalloc char[s.Length * 2];
            int n = 0;
            foreach (var c in s)
            {
                if (c >= LatinTable.Length) { n = -1; break; }
                var folded = LatinTable[c];
                if (n + folded.Length > buffer.Length) { n = -1; break; }
                folded.CopyTo(buffer[n..]);
                n += folded.Length;
            }
            if (n >= 0) return new string(buffer[..n]);
        }
        var sb = new StringBuilder(s.Length);
        foreach (var rune in s.EnumerateRunes()) AppendFolded(sb, rune);
        return sb.ToString();
    }

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
            AppendFoldedSlow(sb, new Rune(c));
            table[c] = sb.ToString();
        }
        return table;
    }

    private static void AppendFolded(StringBuilder sb, Rune r)
    {
        if (r.Value < LatinTable.Length) { sb.Append(LatinTable[r.Value]); return; }
        AppendFoldedSlow(sb, r);
    }

    private static void AppendFoldedSlow(StringBuilder sb, Rune r)
    {
        if (r.Value < 128) { sb.Append(char.ToLowerInvariant((char)r.Value)); return; }
        switch (r.Value)
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
        }
        switch (Rune.GetUnicodeCategory(r))
        {
            case UnicodeCategory.Format: // soft hyphen, bidi marks, zero-width (non-)joiners: invisible
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.EnclosingMark:
                return;
            case UnicodeCategory.Surrogate: // an unpaired surrogate (EnumerateRunes already replaces them)
                sb.Append('\uFFFD');
                return;
        }
        Span<char> one = stackalloc char[2];
        int written = r.EncodeToUtf16(one);
        var decomposed = one[..written].ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(d);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark) continue;
            sb.Append(Rune.ToLowerInvariant(d).ToString());
        }
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
