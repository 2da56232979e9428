using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Gazetteers and cue-word lists built once from the data files: known places and organizations (a token
/// trie), nationality adjectives, first names, role words, family-tie words, organization cue words,
/// person cue verbs and capitalised non-names. Read-only after construction.
/// </summary>
public sealed class GazetteerSet
{
    internal GazetteerSet(ExtractionResources resources)
    {
        foreach (var file in new[] { "first-names-intl.tsv", "first-names-en.tsv" })
            foreach (var line in resources.Lines(file))
                FirstNames.Add(TextFolding.Fold(line.Trim()));
        foreach (var row in resources.Table("first-names-gender.tsv"))
        {
            if (row.Length >= 2 && row[1] is "m" or "f") FirstNameGenders.TryAdd(TextFolding.Fold(row[0]), row[1][0]);
            // the hand-written rows keep their capital ("Ana", "Aminata", "Bassirou"): names in French news even when, folded,
            // they are also a French word, which is why the generated lists leave them out
            if (row[0].Length > 0 && char.IsUpper(row[0][0])) FirstNames.Add(TextFolding.Fold(row[0]));
        }

        // the lexicon's first names (generated): after the hand-written lists, whose genders win
        foreach (var row in resources.Table("first-names-lexicon.tsv"))
        {
            var folded = TextFolding.Fold(row[0]);
            if (!FirstNames.Contains(folded)) LexiconOnlyFirstNames.Add(folded);
            FirstNames.Add(folded);
            if (row.Length >= 2 && row[1] is "m" or "f") FirstNameGenders.TryAdd(folded, row[1][0]);
        }

        // countries
        foreach (var row in resources.Table("countries-fr.tsv"))
        {
            var code = row[0];
            var label = row[1];
            var key = TextFolding.Slug(label);
            var info = new CountryInfo(code, key, label, null);
            CountriesByCode[code] = info;
            var entry = new GazetteerEntry(key, label, EntityKind.Place, EntitySubtype.Country, code, Surface: label);
            AddName(label, entry);
            if (row.Length > 2)
                foreach (var v in row[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    AddName(v, entry with { Surface = v });
        }
        foreach (var row in resources.Table("nationalities-fr.tsv"))
        {
            var folded = TextFolding.Fold(row[0]);
            Nationalities.TryAdd(folded, row[1]);
            if (CountriesByCode.TryGetValue(row[1], out var c) && c.Adjective is null)
                CountriesByCode[row[1]] = c with { Adjective = row[0] };
        }
        // organizations
        foreach (var row in resources.Table("organizations-fr.tsv"))
        {
            var subtype = Enum.Parse<EntitySubtype>(row[2]);
            var country = row.Length > 3 && row[3].Length > 0 ? row[3] : null;
            bool building = row.Length > 5 && row[5].Contains("building", StringComparison.Ordinal);
            var entry = new GazetteerEntry(row[0], row[1], EntityKind.Organization, subtype, country, building, Surface: row[1]);
            AddName(row[1], entry);
            if (row.Length > 4)
                foreach (var v in row[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    AddName(v, entry with { Surface = v });
        }
        // cities and regions: curated French exonyms first, then world cities (skipping names already known)
        foreach (var row in resources.Table("cities-fr.tsv"))
        {
            var subtype = row.Length > 2 ? Enum.Parse<EntitySubtype>(row[2]) : EntitySubtype.City;
            var code = row.Length > 1 && row[1].Length > 0 ? row[1] : null;
            var key = row.Length > 3 && row[3].Length > 0 ? row[3] : TextFolding.Slug(row[0]);
            var label = EntriesByKey.TryGetValue(key, out var main) ? main.Label : row[0];
            AddName(row[0], new GazetteerEntry(key, label, EntityKind.Place, subtype, code, Surface: row[0]), skipIfKnown: true);
        }
        foreach (var row in resources.Table("world-cities.tsv"))
            AddName(row[0], new GazetteerEntry(TextFolding.Slug(row[0]), row[0], EntityKind.Place, EntitySubtype.City, row[1], Surface: row[0]), skipIfKnown: true, weak: true);

        foreach (var row in resources.Table("roles-fr.tsv"))
        {
            var tokens = FoldedTokens(row[0]);
            var key = row[1];
            var resolvesAs = row.Length > 2 && row[2].Length > 0 ? row[2] : key;
            var country = row.Length > 3 && row[3].Length > 0 ? row[3] : null;
            bool merge = row.Length > 4 && row[4] == "merge";
            bool organizationOnly = row.Length > 4 && row[4] == "org";
            Roles.Add(tokens, new RoleEntry(key, resolvesAs, country, merge) { RequiresOrganization = organizationOnly });
            if (row.Length > 5 && row[5].Length > 0) PlainRoleLabels.TryAdd(key, row[5]);
            if (tokens.Length == 1) RoleWords.Add(tokens[0]);
        }
        foreach (var row in resources.Table("relations-fr.tsv"))
            RelationWords[TextFolding.Fold(row[0])] = new RelationEntry(row[1], row[2]);
        foreach (var row in resources.Table("org-cues-fr.tsv"))
        {
            var subtype = Enum.Parse<EntitySubtype>(row[2]);
            if (row[1] == "head") OrgHeads[TextFolding.Fold(row[0])] = subtype;
            else if (row[1] == "tail") OrgTails[TextFolding.Fold(row[0])] = subtype;
            else if (row[1] == "of") OrgOfNouns[TextFolding.Fold(row[0])] = subtype;
            else if (row[1] == "lowhead") OrgLowerHeads.Add(FoldedTokens(row[0]), subtype);
            else if (row[1] == "prefix") OrgPrefixes.Add(TextFolding.Fold(row[0]));
            else if (row[1] == "eponym") OrgEponymHeads.Add(TextFolding.Fold(row[0]));
            else if (row[1] == "territorial") OrgTerritorialHeads.Add(TextFolding.Fold(row[0]));
            else
            {
                OrgIntros.Add(FoldedTokens(row[0]), subtype);
                if (row.Length > 3 && row[3] == "keep") OrgIntrosInName.Add(TextFolding.Fold(row[0]));
            }
        }
        foreach (var line in resources.Lines("person-cues-fr.tsv")) PersonCueVerbs.Add(TextFolding.Fold(line.Trim()));
        foreach (var line in resources.Lines("occupations-fr.tsv")) Occupations.Add(FoldedTokens(line.Trim()), true);
        foreach (var line in resources.Lines("not-names-fr.tsv")) NotNames.Add(TextFolding.Fold(line.Trim()));
    }

    /// <summary>The known place whose name is exactly the folded tokens from <paramref name="start"/> to the end, or null.</summary>
    public GazetteerEntry? PlaceSpanning(IReadOnlyList<string> folded, int start) =>
        Names.LongestMatch(folded, start, out var entries) == folded.Count - start && start < folded.Count && entries[0].Kind == EntityKind.Place ? entries[0] : null;

    /// <summary>Known places and organizations by folded token sequence (longest match).</summary>
    public TokenTrie<GazetteerEntry> Names { get; } = new();

    public Dictionary<string, CountryInfo> CountriesByCode { get; } = new(StringComparer.Ordinal);

    /// <summary>The first entry registered under each key (its canonical label and type).</summary>
    public Dictionary<string, GazetteerEntry> EntriesByKey { get; } = new(StringComparer.Ordinal);

    /// <summary>A country by its key ("ukraine"), or null.</summary>
    public CountryInfo? CountryByKey(string key) => CountriesByCode.Values.FirstOrDefault(c => c.Key == key);

    /// <summary>Folded nationality adjective (any inflection) → ISO country code.</summary>
    public Dictionary<string, string> Nationalities { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded first names.</summary>
    public HashSet<string> FirstNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded first names that only the generated lexicon list gives ("Égée", "Laure"): too rare or too mythological
    /// to make a lone capitalised word a person, but they open a name before a surname.</summary>
    public HashSet<string> LexiconOnlyFirstNames { get; } = new(StringComparer.Ordinal);

    /// <summary>A folded word is a first name, or a hyphenated one whose parts are ("anne-sophie", "jean-baptiste").</summary>
    public bool IsFirstName(string folded)
    {
        if (FirstNames.Contains(folded)) return true;
        int h = folded.IndexOf('-');
        return h > 0 && FirstNames.Contains(folded[..h]) && FirstNames.Contains(folded[(h + 1)..]);
    }

    /// <summary>Folded first name → grammatical gender of its usual bearer ('m' or 'f'); ambiguous names are absent.</summary>
    public Dictionary<string, char> FirstNameGenders { get; } = new(StringComparer.Ordinal);

    /// <summary>The usual gender of a folded first name; a hyphenated one takes its first part's ("marie-claire", "jean-marie").</summary>
    public char? GenderOfFirstName(string folded)
    {
        if (FirstNameGenders.TryGetValue(folded, out var g)) return g;
        int h = folded.IndexOf('-');
        return h > 0 && FirstNameGenders.TryGetValue(folded[..h], out g) ? g : null;
    }

    public TokenTrie<RoleEntry> Roles { get; } = new();

    /// <summary>Role key of a periphrasis → the plain title it stands for ("chef-de-la-diplomatie" → "ministre des Affaires étrangères").</summary>
    public Dictionary<string, string> PlainRoleLabels { get; } = new(StringComparer.Ordinal);

    /// <summary>Role entries of one word ("président"), folded.</summary>
    public HashSet<string> RoleWords { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, RelationEntry> RelationWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Capitalised head words of organization names → subtype.</summary>
    public Dictionary<string, EntitySubtype> OrgHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded capitalised heads whose name may be a person's ("Université Mohammed V").</summary>
    public HashSet<string> OrgEponymHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>Capitalised heads of local authorities whose name is a place right after them ("Région Grand Est").</summary>
    public HashSet<string> OrgTerritorialHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that make a capitalised multi-word name an organization ("International", "Group", "Times").</summary>
    public Dictionary<string, EntitySubtype> OrgTails { get; } = new(StringComparer.Ordinal);

    /// <summary>Lower-case nouns whose "de X" complement is an organization ("les actionnaires de X").</summary>
    public Dictionary<string, EntitySubtype> OrgOfNouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Lower-case nouns that name a public body with a capitalised complement ("le ministère des Finances").</summary>
    public TokenTrie<EntitySubtype> OrgLowerHeads { get; } = new();

    /// <summary>Capitalised words that may open an organization name before its head word ("Haut Conseil").</summary>
    public HashSet<string> OrgPrefixes { get; } = new(StringComparer.Ordinal);

    /// <summary>Introducing nouns that belong to the name they introduce ("l'université Tsinghua").</summary>
    public HashSet<string> OrgIntrosInName { get; } = new(StringComparer.Ordinal);

    /// <summary>Lower-case words introducing an organization name ("l'agence X").</summary>
    public TokenTrie<EntitySubtype> OrgIntros { get; } = new();

    public HashSet<string> PersonCueVerbs { get; } = new(StringComparer.Ordinal);

    /// <summary>Occupation nouns that introduce a person's name ("l'économiste X").</summary>
    public TokenTrie<bool> Occupations { get; } = new();

    public HashSet<string> NotNames { get; } = new(StringComparer.Ordinal);

    private readonly HashSet<string> _knownNames = new(StringComparer.Ordinal);

    /// <summary>The gazetteer entry for a country code.</summary>
    public CountryInfo? Country(string? code) => code is not null && CountriesByCode.TryGetValue(code, out var c) ? c : null;

    private void AddName(string name, GazetteerEntry entry, bool skipIfKnown = false, bool weak = false)
    {
        var tokens = FoldedTokens(name);
        var joined = string.Join(' ', tokens);
        if (skipIfKnown && _knownNames.Contains(joined)) return;
        // a world-city name that is also a first name ("Florence", "Victoria") would swallow people: skip it
        if (weak && tokens.Length == 1 && FirstNames.Contains(tokens[0])) return;
        _knownNames.Add(joined);
        EntriesByKey.TryAdd(entry.Key, entry);
        bool exact = name.Length <= 3 && name.All(c => char.IsUpper(c) || char.IsDigit(c));
        var surfaceTokens = FrenchTokenizer.Tokenize(name);
        var caps = surfaceTokens.Select(t => char.IsUpper(name[t.Start])).ToArray();
        Names.Add(tokens, entry with { ExactCase = exact, Surface = name, CapitalizedWords = caps });
    }

    internal static string[] FoldedTokens(string s)
    {
        var toks = FrenchTokenizer.Tokenize(s);
        var r = new string[toks.Count];
        for (int i = 0; i < toks.Count; i++) r[i] = TextFolding.Fold(toks[i].SliceOf(s));
        return r;
    }
}
