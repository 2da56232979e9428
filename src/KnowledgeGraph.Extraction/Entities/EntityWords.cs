using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// The French word lists the entity recognizer reads (name particles, place heads, adjective endings, verb-like words...),
/// loaded from Resources/entity-words-fr.tsv, and the word tests built on them. Read-only after construction.
/// </summary>
internal sealed class EntityWords
{
    private readonly Dictionary<string, HashSet<string>> _lists = new(StringComparer.Ordinal);
    private readonly string[] _adjectiveSuffixes;
    private readonly string[] _adjectiveSuffixExceptions;
    private readonly string[] _regionalSuffixes;
    private readonly string[] _participleSuffixes;
    private readonly string[] _verbSuffixes;
    private readonly string[] _participleEndings;
    private readonly string[] _demonymSuffixes;

    public EntityWords(ExtractionResources resources)
    {
        var lowerNamePrefixes = new List<string>();
        foreach (var row in resources.Table("entity-words-fr.tsv"))
        {
            if (row.Length < 2 || row[1].Length == 0) continue;
            // name prefixes are compared with the text as written; every other entry with folded tokens
            var word = row[0] is "lower-name-prefix" or "participle-suffix" ? row[1] : TextFolding.Fold(row[1]);
            if (!_lists.TryGetValue(row[0], out var set)) _lists[row[0]] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(word);
            if (row[0] == "lower-name-prefix") lowerNamePrefixes.Add(word);
            if (row[0] == "lower-org-head" && row.Length > 2) LowerOrgHeads[word] = Enum.Parse<EntitySubtype>(row[2]);
            if (row[0] == "venue-head" && row.Length > 2 && row[2] == "direct") VenueHeadsDirectOnly.Add(word);
            if (row[0] == "venue-head" && row.Length > 2 && row[2] == "building") BuildingHeads.Add(word);
        }
        NameParticles = List("name-particle");
        WebDomains = List("web-domain");
        CapitalParticles = List("capital-particle");
        FrenchParticles = List("french-particle");
        BuildingPrepositions = List("building-preposition");
        BuildingContextNouns = List("building-context-noun");
        DocumentWords = List("document-word");
        PlaceHeads = List("place-head");
        TownCompoundHeads = List("town-compound-head");
        VenueTails = List("venue-tail");
        InstitutionAdjectives = List("institution-adjective");
        KindAcronyms = List("kind-acronym");
        VenueHeads = List("venue-head");
        EventPrefixes = List("event-prefix");
        GlossNonBodies = List("gloss-non-body");
        FoundingParticiples = List("founding-participle");
        EventTails = List("event-tail");
        ServiceLines = List("service-line");
        TagLineBreakers = List("tag-line-breaker");
        // "tour d'italie" is matched as the tokens "tour", "d'", "italie"
        EventNames = List("event-name").Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(t => t.IndexOf('\'') is var q && q > 0 && q < t.Length - 1 ? new[] { t[..(q + 1)], t[(q + 1)..] } : new[] { t }).ToArray())
            .OrderByDescending(w => w.Length).ThenBy(w => string.Join(' ', w), StringComparer.Ordinal).ToArray();
        PlaceQualifiers = List("place-qualifier");
        PlaceNounsBeforeDe = List("place-noun-before-de");
        PlaceOfNouns = List("place-of-noun");
        CompassSuffixes = List("compass-suffix");
        CompassWords = List("compass-word");
        AdjectiveWords = List("adjective-word");
        RegionalAdjectiveExceptions = List("regional-adjective-exception");
        VerbLike = List("verb-like");
        ObjectOpeners = List("object-opener");
        SubjectVerbs = List("subject-verb");
        SpeechAuxiliaries = List("speech-auxiliary");
        CivilityAbbreviations = List("civility-abbreviation");
        TitleWords = List("title-word");
        PortfolioTitles = List("portfolio-title");
        MinisterTitles = List("minister-title");
        LowerNamePrefixes = lowerNamePrefixes.ToArray();
        NameElisions = List("name-elision");
        _participleEndings = List("participle-suffix").Order(StringComparer.Ordinal).ToArray();
        _demonymSuffixes = List("demonym-suffix").Order(StringComparer.Ordinal).ToArray();
        _adjectiveSuffixes = List("adjective-suffix").Order(StringComparer.Ordinal).ToArray();
        _adjectiveSuffixExceptions = List("adjective-suffix-exception").Order(StringComparer.Ordinal).ToArray();
        _regionalSuffixes = List("regional-adjective-suffix").Order(StringComparer.Ordinal).ToArray();
        _participleSuffixes = List("participle-adjective-suffix").Order(StringComparer.Ordinal).ToArray();
        _verbSuffixes = List("verb-like-suffix").Order(StringComparer.Ordinal).ToArray();
    }

    private HashSet<string> List(string name) =>
        _lists.TryGetValue(name, out var set) ? set : throw new InvalidDataException($"entity-words-fr.tsv: list '{name}' is missing.");

    /// <summary>Top-level web domains ("be", "com"): "Navetteurs.be" names a site.</summary>
    public HashSet<string> WebDomains { get; }
    public HashSet<string> NameParticles { get; }
    public HashSet<string> CapitalParticles { get; }
    public HashSet<string> FrenchParticles { get; }
    public HashSet<string> BuildingPrepositions { get; }
    public HashSet<string> BuildingContextNouns { get; }
    public HashSet<string> DocumentWords { get; }
    public HashSet<string> PlaceHeads { get; }

    /// <summary>Words that open a hyphenated town name before a country's name ("Saint-Louis", "Porto-Novo").</summary>
    public HashSet<string> TownCompoundHeads { get; }

    /// <summary>Words that close a venue's name ("Groupama Stadium").</summary>
    public HashSet<string> VenueTails { get; }

    /// <summary>Adjectives that make a capitalised common noun a public body's name ("la Sécurité civile").</summary>
    public HashSet<string> InstitutionAdjectives { get; }

    /// <summary>Acronyms that name a kind of body, made a name by the town after them ("le CHU de Nantes").</summary>
    public HashSet<string> KindAcronyms { get; }
    public HashSet<string> VenueHeads { get; }
    public HashSet<string> EventPrefixes { get; }

    /// <summary>Nouns whose acronym in brackets names no body ("la politique agricole commune (PAC)").</summary>
    public HashSet<string> GlossNonBodies { get; }

    /// <summary>Capitalised function words that make a line prose or a byline, not a tag list ("Par", "Le", "Avec").</summary>
    public HashSet<string> TagLineBreakers { get; }

    /// <summary>Words that close an event's name ("la DRC Mining Week").</summary>
    public HashSet<string> EventTails { get; }

    /// <summary>Words that name a kind of train, tram or bus service ("TGV", "Tram"): with a name or a code after them, a line.</summary>
    public HashSet<string> ServiceLines { get; }

    /// <summary>Participles of founding apposed to a company's name ("X, fondée en 2021").</summary>
    public HashSet<string> FoundingParticiples { get; }

    /// <summary>Folded token sequences that open a competition's name ("coupe", "ligue des champions"), longest first.</summary>
    public IReadOnlyList<string[]> EventNames { get; }

    /// <summary>Tokens of the event name that <paramref name="f"/> opens at <paramref name="i"/>, or 0.</summary>
    public int EventNameLength(IReadOnlyList<string> f, int i)
    {
        foreach (var words in EventNames)
        {
            if (i + words.Length > f.Count) continue;
            int k = 0;
            while (k < words.Length && f[i + k] == words[k]) k++;
            if (k == words.Length) return k;
        }
        return 0;
    }

    /// <summary>"COP30", "COP 30", "CAN2025": an event prefix glued to a number names an event, not a body.</summary>
    public bool IsNumberedEvent(string folded)
    {
        int d = 0;
        while (d < folded.Length && char.IsLetter(folded[d])) d++;
        return d > 0 && d < folded.Length && EventPrefixes.Contains(folded[..d]) && folded[d..].All(char.IsDigit);
    }
    /// <summary>Venue nouns that take the name only right after them ("la place Tahrir", not "à la place de X").</summary>
    public HashSet<string> VenueHeadsDirectOnly { get; } = new(StringComparer.Ordinal);
    /// <summary>Venue nouns of buildings: before "de" and a known place they name the building of that place.</summary>
    public HashSet<string> BuildingHeads { get; } = new(StringComparer.Ordinal);
    public HashSet<string> PlaceQualifiers { get; }
    public HashSet<string> PlaceNounsBeforeDe { get; }
    public HashSet<string> PlaceOfNouns { get; }
    public HashSet<string> CompassSuffixes { get; }
    public HashSet<string> CompassWords { get; }
    public HashSet<string> AdjectiveWords { get; }
    public HashSet<string> RegionalAdjectiveExceptions { get; }
    public HashSet<string> VerbLike { get; }
    public HashSet<string> ObjectOpeners { get; }
    public HashSet<string> SubjectVerbs { get; }
    public HashSet<string> SpeechAuxiliaries { get; }
    public HashSet<string> CivilityAbbreviations { get; }
    public HashSet<string> TitleWords { get; }

    /// <summary>Titles whose capitalised complement is a portfolio ("le ministre des Pêches"), not a body.</summary>
    public HashSet<string> PortfolioTitles { get; }

    /// <summary>The portfolio titles of ministers only ("ministre", "ministère").</summary>
    public HashSet<string> MinisterTitles { get; }
    public string[] LowerNamePrefixes { get; }
    public HashSet<string> NameElisions { get; }

    /// <summary>A past participle by its ending, the word as written in lower case ("tenu", "réuni", "convoqué").</summary>
    public bool IsParticiple(ReadOnlySpan<char> written)
    {
        foreach (var s in _participleEndings) if (written.Length > s.Length + 2 && written.EndsWith(s, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>An inhabitant noun by its ending, folded ("fribourgeois", "quebecoise").</summary>
    public bool IsDemonym(string folded) => folded.Length > 5 && EndsWithAny(folded, _demonymSuffixes);
    public Dictionary<string, EntitySubtype> LowerOrgHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>Lower-case words of a body's name after its capitalised word: adjectives ("étrangères", "publique", "nationale").</summary>
    public bool IsAdjectiveLike(string w) => !EndsWithAny(w, _adjectiveSuffixExceptions) && IsAdjectiveEnding(w);

    private bool IsAdjectiveEnding(string w) => AdjectiveWords.Contains(w) || EndsWithAny(w, _adjectiveSuffixes);

    /// <summary>Regional adjectives after an outlet's name ("Le Courrier cauchois"), not adverbs ("désormais").</summary>
    public bool IsRegionalAdjective(string w) => w.Length > 6 && EndsWithAny(w, _regionalSuffixes) && !RegionalAdjectiveExceptions.Contains(w);

    /// <summary>Plural present participles used as adjectives ("vigilants").</summary>
    public bool IsParticipleAdjective(string w) => EndsWithAny(w, _participleSuffixes);

    /// <summary>Auxiliaries and common verb forms that end an organization name ("le Fonds a annoncé").</summary>
    public bool IsVerbLike(string w) => VerbLike.Contains(w) || EndsWithAny(w, _verbSuffixes);

    private static bool EndsWithAny(string w, string[] suffixes)
    {
        foreach (var s in suffixes) if (w.EndsWith(s, StringComparison.Ordinal)) return true;
        return false;
    }
}
