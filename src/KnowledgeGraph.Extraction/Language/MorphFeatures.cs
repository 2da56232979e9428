namespace KnowledgeGraph.Extraction.Language;

// The small closed sets of morphological features the lexicon and the morphology layer speak in. They follow the
// Universal Dependencies names where one exists, so that token patterns read like spaCy's (POS=VERB, POS=PROPN).

/// <summary>Part of speech (UD-like). <see cref="Title"/> is a civility title ("M.", "Mme", "Mgr").</summary>
public enum PartOfSpeech : byte
{
    /// <summary>Unknown word, or a piece of a multi-word expression.</summary>
    X,
    Noun,
    ProperNoun,
    Adjective,
    Verb,
    /// <summary>The auxiliaries être and avoir (every use: the lexicon cannot tell "a dit" from "a un chien").</summary>
    Auxiliary,
    Adverb,
    Determiner,
    Pronoun,
    /// <summary>Preposition (UD ADP), including the contracted "au", "du", "aux".</summary>
    Adposition,
    CoordinatingConjunction,
    SubordinatingConjunction,
    Interjection,
    Numeral,
    Title,
    Punctuation,
    Symbol,
}

public enum Gender : byte
{
    None,
    Masculine,
    Feminine,
    /// <summary>Either gender with the same form ("ministre", "journaliste").</summary>
    Epicene,
}

public enum GrammaticalNumber : byte
{
    None,
    Singular,
    Plural,
    /// <summary>Same form in both numbers ("pays", "Paris").</summary>
    Invariable,
}

/// <summary>Verb moods and tenses a form can have (a set: "aime" is present indicative, subjunctive and imperative).</summary>
[Flags]
public enum VerbMoods : ushort
{
    None = 0,
    Infinitive = 1 << 0,
    PresentParticiple = 1 << 1,
    PastParticiple = 1 << 2,
    Present = 1 << 3,
    Imperfect = 1 << 4,
    SimplePast = 1 << 5,
    Future = 1 << 6,
    Conditional = 1 << 7,
    SubjunctivePresent = 1 << 8,
    SubjunctiveImperfect = 1 << 9,
    Imperative = 1 << 10,
    /// <summary>Any mood that carries a person (indicative, conditional, subjunctive, imperative).</summary>
    Finite = Present | Imperfect | SimplePast | Future | Conditional | SubjunctivePresent | SubjunctiveImperfect | Imperative,
}

/// <summary>Grammatical persons a verb form can have (a set: "dis" is 1s and 2s).</summary>
[Flags]
public enum VerbPersons : byte
{
    None = 0,
    FirstSingular = 1 << 0,
    SecondSingular = 1 << 1,
    ThirdSingular = 1 << 2,
    FirstPlural = 1 << 3,
    SecondPlural = 1 << 4,
    ThirdPlural = 1 << 5,
}

/// <summary>What the lexicon knows of a word beyond its part of speech (Grammalecte's name and place tags).</summary>
[Flags]
public enum LexicalFlags : byte
{
    None = 0,
    FirstName = 1 << 0,
    Surname = 1 << 1,
    /// <summary>A proper noun of a place or thing (Grammalecte's :MP).</summary>
    PlaceName = 1 << 2,
    City = 1 << 3,
    /// <summary>A country or region name (Grammalecte's #P).</summary>
    Country = 1 << 4,
    /// <summary>An inhabitant noun/adjective ("Fribourgeois", "ivoirien"; Grammalecte's #G).</summary>
    Demonym = 1 << 5,
    Language = 1 << 6,
    /// <summary>Only a piece of a multi-word expression ("instar" in "à l'instar de").</summary>
    LocutionPart = 1 << 7,
}
