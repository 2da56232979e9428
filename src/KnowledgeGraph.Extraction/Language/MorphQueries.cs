using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Language;

/// <summary>
/// Questions every component asks of a token's lexicon readings (the document's <see cref="AnalyzedDocument.Morphology"/>
/// layer): is it only a verb, an adjective, a common word. One place, so the components agree.
/// </summary>
public static class MorphQueries
{
    private const LexicalFlags NameFlags = LexicalFlags.FirstName | LexicalFlags.Surname | LexicalFlags.PlaceName | LexicalFlags.City | LexicalFlags.Country;

    /// <summary>The token's analysis, or the empty analysis when the layer was not run (a component used alone).</summary>
    public static TokenAnalysis Morph(AnalyzedDocument doc, int i) => doc.Morphology.Length == doc.Tokens.Count ? doc.Morphology[i] : default;

    /// <summary>Known to the lexicon, and only as a common word: no proper-noun reading and no name or place flag.</summary>
    public static bool IsCommonOnly(TokenAnalysis a)
    {
        if (!a.IsKnown) return false;
        foreach (var r in a.Readings)
            if (r.IsProper || (r.Flags & NameFlags) != 0) return false;
        return true;
    }

    /// <summary>Every reading is a verb form and some is finite ("promet", "ouvre"; not "conduit", which is also a noun).</summary>
    public static bool IsFiniteVerbOnly(TokenAnalysis a)
    {
        if (!a.IsKnown) return false;
        bool finite = false;
        foreach (var r in a.Readings)
        {
            if (!r.IsVerbal) return false;
            if (r.IsFinite) finite = true;
        }
        return finite;
    }

    /// <summary>Every reading is a verb form and none a participle ("agrandir", "promet"; not "chargé", "dirigeant").</summary>
    public static bool IsVerbNotParticiple(TokenAnalysis a)
    {
        if (!a.IsKnown) return false;
        foreach (var r in a.Readings)
            if (!r.IsVerbal || (r.Moods & (VerbMoods.PastParticiple | VerbMoods.PresentParticiple)) != 0) return false;
        return true;
    }

    /// <summary>Some reading is an adjective and none is a finite verb ("extérieures", "socialiste").</summary>
    public static bool IsAdjective(TokenAnalysis a)
    {
        if (!a.IsKnown || !a.CanBe(PartOfSpeech.Adjective)) return false;
        foreach (var r in a.Readings) if (r.IsVerbal && r.IsFinite) return false;
        return true;
    }

    /// <summary>A town or country the lexicon knows and nothing else: every reading a proper noun flagged city or country, none a first
    /// name or a surname ("Crolles", "Tambacounda"; not "Florence", a first name too, nor "Lacroix", a surname too).</summary>
    public static bool IsPlaceNameOnly(TokenAnalysis a)
    {
        if (!a.IsKnown || a.Readings is null) return false;
        foreach (var r in a.Readings)
            if (!r.IsProper || !(r.Has(LexicalFlags.City) || r.Has(LexicalFlags.Country)) || r.Has(LexicalFlags.FirstName) || r.Has(LexicalFlags.Surname))
                return false;
        return true;
    }
}
