using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Posts;

/// <summary>
/// The French word lists of the post extractor, from Resources/post-words-fr.tsv: plural determiners, complement
/// prepositions and articles, honorifics, and the plural → singular endings of title words. Read-only after construction.
/// </summary>
internal sealed class PostWords
{
    private readonly Dictionary<string, HashSet<string>> _lists = new(StringComparer.Ordinal);
    private readonly List<(string Plural, string Singular)> _endings = new();

    public PostWords(ExtractionResources resources)
    {
        foreach (var row in resources.Table("post-words-fr.tsv"))
        {
            if (row.Length < 2 || row[1].Length == 0) continue;
            if (row[0] == "singular-ending")
            {
                _endings.Add((row[1], row.Length > 2 ? row[2] : ""));
                continue;
            }
            if (row[0] == "participle-title")
            {
                if (row.Length < 4) throw new InvalidDataException($"post-words-fr.tsv: participle-title '{row[1]}' needs its masculine and feminine titles.");
                ParticipleTitles[TextFolding.Fold(row[1])] = (row[2], row[3]);
                continue;
            }
            if (row[0] == "capacity-cue")
            {
                CapacityCues.Add(row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextFolding.Fold).ToArray());
                continue;
            }
            if (!_lists.TryGetValue(row[0], out var set)) _lists[row[0]] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(TextFolding.Fold(row[1]));
        }
        // longest plural ending first: "généraux" is "général", not "généraux" minus an x
        _endings.Sort((a, b) => b.Plural.Length != a.Plural.Length ? b.Plural.Length.CompareTo(a.Plural.Length) : string.CompareOrdinal(a.Plural, b.Plural));
        PluralDeterminers = List("plural-determiner");
        PluralPreQualifiers = List("plural-pre-qualifier");
        ComplementPrepositions = List("complement-preposition");
        ComplementArticles = List("complement-article");
        Honorifics = List("honorific");
        AnaphorDeterminers = List("anaphor-determiner");
        Counterparts = List("counterpart");
        Possessives = List("possessive");
        FeminineDeterminers = List("feminine-determiner");
        PredicateCues = List("predicate-cue");
        ClauseWords = List("clause-word");
        GenericTitles = List("generic-title");
        AppositionAdverbs = List("apposition-adverb");
        PortfolioCues = List("portfolio-cue");
        NoPostAlone = List("no-post-alone");
    }

    private HashSet<string> List(string name) =>
        _lists.TryGetValue(name, out var set) ? set : throw new InvalidDataException($"post-words-fr.tsv: list '{name}' is missing.");

    public HashSet<string> PluralDeterminers { get; }
    public HashSet<string> PluralPreQualifiers { get; }
    public HashSet<string> ComplementPrepositions { get; }
    public HashSet<string> ComplementArticles { get; }
    public HashSet<string> Honorifics { get; }
    public HashSet<string> AnaphorDeterminers { get; }
    public HashSet<string> Counterparts { get; }
    public HashSet<string> Possessives { get; }
    public HashSet<string> FeminineDeterminers { get; }

    /// <summary>Words that make a bracketed capitalised word after a name a minister's portfolio ("leurs homologues, X (Défense)").</summary>
    public HashSet<string> PortfolioCues { get; }
    public HashSet<string> PredicateCues { get; }
    public HashSet<string> ClauseWords { get; }

    /// <summary>Role keys of titles that stand for any leading post ("le dirigeant portugais").</summary>
    public HashSet<string> GenericTitles { get; }

    /// <summary>Titles that are no post without an organization: military grades and founding titles ("le général X").</summary>
    public HashSet<string> NoPostAlone { get; }

    /// <summary>Adverbs between the comma and a second apposed title ("X, également président de Y").</summary>
    public HashSet<string> AppositionAdverbs { get; }

    /// <summary>Past participles of an office, folded, with the title they give in the masculine and the feminine ("présidée" → président, présidente).</summary>
    public Dictionary<string, (string Masculine, string Feminine)> ParticipleTitles { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded word sequences before a title that give it to the clause's subject ("en tant que").</summary>
    public List<string[]> CapacityCues { get; } = new();

    /// <summary>True when the folded tokens ending just before <paramref name="at"/> are a capacity cue.</summary>
    public bool CapacityCueEndsAt(IReadOnlyList<string> f, int at)
    {
        foreach (var cue in CapacityCues)
        {
            if (at < cue.Length) continue;
            bool ok = true;
            for (int k = 0; k < cue.Length && ok; k++) ok = f[at - cue.Length + k] == cue[k];
            if (ok) return true;
        }
        return false;
    }

    /// <summary>
    /// The singular of a plural word by its ending ("présidents" → "président", "généraux" → "général"), in the case it is
    /// written; null when the word has no plural ending.
    /// </summary>
    public string? Singular(string word)
    {
        foreach (var (plural, singular) in _endings)
            if (word.Length > plural.Length + 2 && word.EndsWith(plural, StringComparison.OrdinalIgnoreCase))
                return word[..^plural.Length] + singular;
        return null;
    }
}
