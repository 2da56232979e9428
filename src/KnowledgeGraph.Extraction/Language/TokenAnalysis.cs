namespace KnowledgeGraph.Extraction.Language;

/// <summary>
/// The morphology of one token of a document (the <c>Morphology</c> layer, aligned with <c>Tokens</c>): its likeliest
/// part of speech in context and that reading (<see cref="Best"/>), and every reading the lexicon gives for its
/// spelling (<see cref="Readings"/>). Rules that must not miss a reading (a lemma in a token pattern) ask
/// <see cref="HasLemma"/>/<see cref="CanBe"/>; rules that want one answer read <see cref="Pos"/>, <see cref="Lemma"/>.
/// </summary>
public readonly record struct TokenAnalysis(PartOfSpeech Pos, MorphAnalysis? Best, MorphAnalysis[] Readings)
{
    /// <summary>The chosen reading's lemma, or null for punctuation, numbers and words the lexicon does not know.</summary>
    public string? Lemma => Best?.Lemma;

    public Gender Gender => Best?.Gender ?? Gender.None;

    public GrammaticalNumber Number => Best?.Number ?? GrammaticalNumber.None;

    public VerbMoods Moods => Best?.Moods ?? VerbMoods.None;

    public VerbPersons Persons => Best?.Persons ?? VerbPersons.None;

    /// <summary>True when the lexicon knows the token.</summary>
    public bool IsKnown => Readings is { Length: > 0 };

    /// <summary>True when some reading has this lemma (case and accents folded).</summary>
    public bool HasLemma(string lemma)
    {
        if (Readings is null || Readings.Length == 0) return false;
        var folded = Tokenization.TextFolding.Fold(lemma);
        foreach (var r in Readings)
            if (string.Equals(r.FoldedLemma, folded, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>True when the chosen part of speech, or some reading's, is <paramref name="pos"/>.</summary>
    public bool CanBe(PartOfSpeech pos)
    {
        if (Pos == pos) return true;
        if (Readings is null) return false;
        foreach (var r in Readings)
            if (r.Pos == pos) return true;
        return false;
    }

    /// <summary>True when some reading has this lexical flag (a known first name, surname, place...).</summary>
    public bool Has(LexicalFlags flag)
    {
        if (Readings is null) return false;
        foreach (var r in Readings)
            if (r.Has(flag)) return true;
        return false;
    }

    /// <summary>True when some reading is a past participle ("accueilli", "élue").</summary>
    public bool CanBePastParticiple
    {
        get
        {
            if (Readings is null) return false;
            foreach (var r in Readings)
                if (r.IsPastParticiple) return true;
            return false;
        }
    }
}
