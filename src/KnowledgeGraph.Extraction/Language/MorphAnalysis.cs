namespace KnowledgeGraph.Extraction.Language;

/// <summary>
/// One reading of a word form: the lexicon's surface spelling (with its accents and case: "États", "Pierre"), its
/// lemma (the infinitive for verbs, the masculine singular for nouns and adjectives), part of speech and features.
/// A form has as many readings as the lexicon gives ("dit": the noun "dit" and three verb readings of "dire").
/// </summary>
public sealed record MorphAnalysis(
    string Surface,
    string Lemma,
    PartOfSpeech Pos,
    Gender Gender,
    GrammaticalNumber Number,
    VerbMoods Moods,
    VerbPersons Persons,
    LexicalFlags Flags)
{
    /// <summary>The lemma lower-cased and accent-folded, for comparisons ("État" and "etat" are one lemma).</summary>
    public string FoldedLemma { get; } = Tokenization.TextFolding.Fold(Lemma);

    public bool IsVerbal => Pos is PartOfSpeech.Verb or PartOfSpeech.Auxiliary;

    public bool IsPastParticiple => (Moods & VerbMoods.PastParticiple) != 0;

    public bool IsFinite => (Moods & VerbMoods.Finite) != 0;

    /// <summary>A proper noun, or a noun whose lexicon spelling is capitalised (country names: "Centrafrique").</summary>
    public bool IsProper => Pos == PartOfSpeech.ProperNoun || (Surface.Length > 0 && char.IsUpper(Surface[0]) && Pos != PartOfSpeech.Title);

    public bool Has(LexicalFlags flag) => (Flags & flag) != 0;

    public override string ToString() => $"{Surface}/{Lemma}/{Pos}:{Gender}:{Number}:{Moods}:{Persons}:{Flags}";
}
