using System.Text;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Resolution;

/// <summary>
/// Name keys for matching spelling and transliteration variants of person names: "Iouri Kouzmenko" and
/// "Yuri Kuzmenko" share one phonetic key, as do "Chevtchenko" and "Shevchenko".
/// </summary>
public static class PersonNames
{
    // Applied in order to the folded, lower-case ASCII text. French and English renderings of Cyrillic
    // names: ou/u, ch/sh, j/zh, h/kh, i/y, ie/ye; then doubled letters and a final mute e are dropped.
    private static readonly (string From, string To)[] Rules =
    {
        ("tch", "ch"), ("sch", "ch"), ("sh", "ch"), ("zh", "j"), ("kh", "h"), ("ou", "u"), ("w", "v"), ("ck", "k"), ("ph", "f"),
        ("y", "i"), ("ii", "i"), ("iu", "iu"), ("ie", "ie"), ("ï", "i"), ("dj", "j"), ("gu", "g"), ("qu", "k"), ("c", "k"), ("ks", "x"),
    };

    /// <summary>
    /// Phonetic key of a whole name: each part keyed and glued. Outlets hyphenate, space or glue the parts of one name
    /// ("Ferrante-Orsini" / "Ferrante Orsini", "Ben Slimane" / "Benslimane"), so parts are joined with no separator.
    /// </summary>
    public static string PhoneticKey(string name)
    {
        var parts = Words(name).SelectMany(w => w.Split('-', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        // "Youssef El Mansouri" and "Youssef al-Mansouri": outlets write, glue or drop the Arabic article
        var kept = parts.Where(w => w is not ("al" or "el")).ToArray();
        return string.Concat((kept.Length > 0 ? kept : parts).Select(PhoneticWord));
    }

    /// <summary>The name's words, folded, without punctuation (hyphenated first names stay one word).</summary>
    public static string[] Words(string name)
    {
        var folded = TextFolding.Fold(name);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded) sb.Append(char.IsLetterOrDigit(c) || c == '-' ? c : ' ');
        return sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    public static string PhoneticWord(string word)
    {
        var w = TextFolding.Fold(word).Replace("'", "");
        if (w.Length > 4 && (w.StartsWith("al-", StringComparison.Ordinal) || w.StartsWith("el-", StringComparison.Ordinal))) w = w[3..];
        foreach (var (from, to) in Rules) w = w.Replace(from, to, StringComparison.Ordinal);
        var sb = new StringBuilder(w.Length);
        foreach (var c in w)
            if (sb.Length == 0 || sb[^1] != c) sb.Append(c);
        if (sb.Length > 3 && sb[^1] == 'e') sb.Length--;
        return sb.ToString();
    }

    // words that open a surname written alone ("Van der Molen", "Le Pen", "da Silva", "Ben Salem")
    private static readonly HashSet<string> SurnameParticles = new(StringComparer.Ordinal)
    {
        "van", "von", "de", "du", "des", "der", "den", "da", "das", "dos", "do", "del", "della", "di", "le", "la", "al", "el", "ben", "bin", "ibn", "abu", "abou", "ter", "ten", "zu",
    };

    /// <summary>
    /// True when the name has a first name and a surname: two words or more, the first not a surname particle
    /// ("Hendrik van der Molen" is full; "Van der Molen", "Le Pen" are surnames alone).
    /// </summary>
    public static bool IsFullName(string name) => IsFullName(Words(name));

    public static bool IsFullName(string[] words) => words.Length >= 2 && !SurnameParticles.Contains(words[0]);

    // particles outlets glue to the surname or write apart ("Ben Slimane" / "Benslimane", "Ould Dah" / "Ouldah")
    private static readonly HashSet<string> GluedParticles = new(StringComparer.Ordinal) { "ben", "bin", "ibn", "ould", "abou", "abu", "ait" };

    /// <summary>Phonetic key of the surname: the last word, with a particle before it glued to it ("Ben Slimane" = "Benslimane").</summary>
    public static string SurnameKey(string name) => SurnameKey(Words(name));

    public static string SurnameKey(string[] words) =>
        words.Length == 0 ? ""
        : words.Length >= 2 && GluedParticles.Contains(words[^2]) ? PhoneticWord(words[^2] + words[^1])
        : PhoneticWord(words[^1]);

    /// <summary>
    /// True when two surname keys differ only in their vowels, have the same first letter and at least six letters: outlets
    /// transliterate one Arabic or African name with other vowels ("Ould Jiddou" / "Ould Jeddou", "Ould Beddah" / "Ould
    /// Biddah"), in several places at once, which a spelling distance reads as two names.
    /// </summary>
    public static bool VowelVariants(string a, string b)
    {
        if (a == b || a.Length < 6 || b.Length < 6 || Math.Abs(a.Length - b.Length) > 1 || a[0] != b[0]) return false;
        var ca = Consonants(a);
        return ca.Length >= 3 && ca == Consonants(b);
    }

    private static string Consonants(string key) => string.Concat(key.Where(c => c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y')));

    /// <summary>True when two first names are variants: same phonetic key, an initial of the other, or close spelling.</summary>
    public static bool FirstNamesCompatible(string a, string b)
    {
        var pa = PhoneticWord(a.TrimEnd('.'));
        var pb = PhoneticWord(b.TrimEnd('.'));
        if (pa == pb) return true;
        if (pa.Length == 1 || pb.Length == 1) return pa[0] == pb[0];
        return FuzzySharp.Fuzz.Ratio(pa, pb) >= 80;
    }
}
