namespace KnowledgeGraph.Extraction.Language;

/// <summary>
/// The codes of the lexicon data file (lexicon-fr.tsv.gz, written by Resources/generator/generate_lexicon.py) and
/// of token patterns: part-of-speech names (UD-like: NOUN, PROPN, VERB...), moods (Grammalecte's Y P Q Ip Iq Is If
/// K Sp Sq E), persons (1s..3p), flags (first, surname, place, city, country, demonym, language, loc).
/// </summary>
public static class LexiconTags
{
    private static readonly (string Code, PartOfSpeech Pos)[] PosCodes =
    [
        ("X", PartOfSpeech.X), ("NOUN", PartOfSpeech.Noun), ("PROPN", PartOfSpeech.ProperNoun), ("ADJ", PartOfSpeech.Adjective),
        ("VERB", PartOfSpeech.Verb), ("AUX", PartOfSpeech.Auxiliary), ("ADV", PartOfSpeech.Adverb), ("DET", PartOfSpeech.Determiner),
        ("PRON", PartOfSpeech.Pronoun), ("ADP", PartOfSpeech.Adposition), ("CCONJ", PartOfSpeech.CoordinatingConjunction),
        ("SCONJ", PartOfSpeech.SubordinatingConjunction), ("INTJ", PartOfSpeech.Interjection), ("NUM", PartOfSpeech.Numeral),
        ("TITLE", PartOfSpeech.Title), ("PUNCT", PartOfSpeech.Punctuation), ("SYM", PartOfSpeech.Symbol),
    ];

    private static readonly (string Code, VerbMoods Mood)[] MoodCodes =
    [
        ("Y", VerbMoods.Infinitive), ("P", VerbMoods.PresentParticiple), ("Q", VerbMoods.PastParticiple), ("Ip", VerbMoods.Present),
        ("Iq", VerbMoods.Imperfect), ("Is", VerbMoods.SimplePast), ("If", VerbMoods.Future), ("K", VerbMoods.Conditional),
        ("Sp", VerbMoods.SubjunctivePresent), ("Sq", VerbMoods.SubjunctiveImperfect), ("E", VerbMoods.Imperative),
    ];

    private static readonly (string Code, VerbPersons Person)[] PersonCodes =
    [
        ("1s", VerbPersons.FirstSingular), ("2s", VerbPersons.SecondSingular), ("3s", VerbPersons.ThirdSingular),
        ("1p", VerbPersons.FirstPlural), ("2p", VerbPersons.SecondPlural), ("3p", VerbPersons.ThirdPlural),
    ];

    private static readonly (string Code, LexicalFlags Flag)[] FlagCodes =
    [
        ("first", LexicalFlags.FirstName), ("surname", LexicalFlags.Surname), ("place", LexicalFlags.PlaceName),
        ("city", LexicalFlags.City), ("country", LexicalFlags.Country), ("demonym", LexicalFlags.Demonym),
        ("language", LexicalFlags.Language), ("loc", LexicalFlags.LocutionPart),
    ];

    public static bool TryParsePos(string code, out PartOfSpeech pos) => TryFind(PosCodes, code, out pos);

    public static string PosCode(PartOfSpeech pos)
    {
        foreach (var (c, p) in PosCodes) if (p == pos) return c;
        return "X";
    }

    public static bool TryParseMood(string code, out VerbMoods mood) => TryFind(MoodCodes, code, out mood);

    public static bool TryParsePerson(string code, out VerbPersons person) => TryFind(PersonCodes, code, out person);

    public static bool TryParseFlag(string code, out LexicalFlags flag) => TryFind(FlagCodes, code, out flag);

    public static Gender ParseGender(string code) => code switch
    {
        "m" => Gender.Masculine, "f" => Gender.Feminine, "e" => Gender.Epicene, _ => Gender.None,
    };

    public static GrammaticalNumber ParseNumber(string code) => code switch
    {
        "s" => GrammaticalNumber.Singular, "p" => GrammaticalNumber.Plural, "i" => GrammaticalNumber.Invariable, _ => GrammaticalNumber.None,
    };

    private static bool TryFind<T>((string Code, T Value)[] table, string code, out T value)
    {
        foreach (var (c, v) in table)
            if (string.Equals(c, code, StringComparison.Ordinal)) { value = v; return true; }
        value = default!;
        return false;
    }
}
