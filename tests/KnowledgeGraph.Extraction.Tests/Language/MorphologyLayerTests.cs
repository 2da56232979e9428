using KnowledgeGraph.Extraction.Language;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Tests.Language;

public sealed class MorphologyLayerTests(ResourcesFixture fixture) : IClassFixture<ResourcesFixture>
{
    private AnalyzedDocument Analyze(string text)
    {
        var doc = new AnalyzedDocument(new Article("t", text, "mem"), 0);
        new TokenizerComponent().Process(doc, CancellationToken.None);
        new MorphologyComponent(fixture.Resources).Process(doc, CancellationToken.None);
        return doc;
    }

    private static TokenAnalysis At(AnalyzedDocument doc, string word)
    {
        int i = doc.Tokens.FindIndex(t => t.TextOf(doc.Text) == word);
        Assert.True(i >= 0, $"no token '{word}'");
        return doc.Morphology[i];
    }

    [Fact]
    public void LayerIsAlignedWithTokens()
    {
        var doc = Analyze("La ministre a été accueillie mardi par son homologue, « avec chaleur ».");
        Assert.Equal(doc.Tokens.Count, doc.Morphology.Length);
        Assert.Equal(PartOfSpeech.Punctuation, At(doc, ",").Pos);
        Assert.Equal(PartOfSpeech.Punctuation, At(doc, "«").Pos);
    }

    [Fact]
    public void PicksReadingsFromWordOrder()
    {
        var doc = Analyze("La ministre a été accueillie mardi par son homologue. Cet été, l'est du pays a voté.");
        var accueillie = At(doc, "accueillie");
        Assert.Equal(PartOfSpeech.Verb, accueillie.Pos);
        Assert.Equal("accueillir", accueillie.Lemma);
        Assert.Equal(Gender.Feminine, accueillie.Gender);
        Assert.Equal(GrammaticalNumber.Singular, accueillie.Number);
        Assert.Equal(PartOfSpeech.Auxiliary, At(doc, "a").Pos);
        Assert.Equal(PartOfSpeech.Auxiliary, doc.Morphology[doc.Tokens.FindIndex(t => t.TextOf(doc.Text) == "été")].Pos); // "a été"
        Assert.Equal(PartOfSpeech.Noun, doc.Morphology[doc.Tokens.FindLastIndex(t => t.TextOf(doc.Text) == "été")].Pos); // "Cet été"
        Assert.Equal(PartOfSpeech.Noun, At(doc, "est").Pos);                                                               // "l'est du pays"
        Assert.Equal(PartOfSpeech.Determiner, At(doc, "La").Pos);
        Assert.Equal(Gender.Feminine, At(doc, "La").Gender);
    }

    [Fact]
    public void VerbAfterCliticAndNameInsideSentence()
    {
        var doc = Analyze("Selon Martin Roux, il le dit depuis des mois.");
        Assert.Equal(PartOfSpeech.Verb, At(doc, "dit").Pos);
        Assert.Equal("dire", At(doc, "dit").Lemma);
        Assert.Equal(PartOfSpeech.ProperNoun, At(doc, "Martin").Pos);
        Assert.True(At(doc, "Martin").Has(LexicalFlags.FirstName));
        Assert.Equal(PartOfSpeech.ProperNoun, At(doc, "Roux").Pos);   // "roux" the adjective, capitalised inside a sentence
        Assert.True(At(doc, "Roux").CanBe(PartOfSpeech.Adjective));
    }

    [Fact]
    public void UnknownWordsCliticsAndAbbreviations()
    {
        var doc = Analyze("M. Zorglubovski a-t-il parlé ? Mme Kwzyx l'a fait.");
        Assert.Equal(PartOfSpeech.Title, At(doc, "M.").Pos);
        Assert.Equal(PartOfSpeech.Title, At(doc, "Mme").Pos);
        var unknown = At(doc, "Zorglubovski");
        Assert.Equal(PartOfSpeech.ProperNoun, unknown.Pos);
        Assert.False(unknown.IsKnown);
        Assert.Null(unknown.Lemma);
        Assert.Equal(PartOfSpeech.Pronoun, At(doc, "-t-il").Pos);
        Assert.Equal("parler", At(doc, "parlé").Lemma);
    }

    [Fact]
    public void UnknownCompoundsTakeTheirHead()
    {
        var doc = Analyze("Cette fois-ci, les réunions co-présidées par les deux ministres ont abouti.");
        Assert.Equal("fois", At(doc, "fois-ci").Lemma);
        Assert.Equal(PartOfSpeech.Noun, At(doc, "fois-ci").Pos);
        Assert.Equal("présider", At(doc, "co-présidées").Lemma);
        Assert.Equal(Gender.Feminine, At(doc, "co-présidées").Gender);
    }

    [Fact]
    public void AccentlessCapitalsAreRead()
    {
        var doc = Analyze("Les Etats membres ont signé. A Paris, les élus ont voté.");
        Assert.Equal("état", At(doc, "Etats").Lemma);
        Assert.True(At(doc, "A").CanBe(PartOfSpeech.Adposition));
        Assert.True(At(doc, "Paris").Has(LexicalFlags.City));
    }
}

public sealed class MorphologyRobustnessTests(ResourcesFixture fixture) : IClassFixture<ResourcesFixture>
{
    [Fact]
    public void RandomUnicodeNeverThrows()
    {
        // combining marks, joiners, RTL marks, NBSP, lone quotes and hyphens (characters outside the BMP are left to the
        // tokenizer's own Unicode test: today TextFolding folds them per UTF-16 unit, which the lead is fixing)
        string[] pieces = ["É", "e\u0301", "\u2764", "\u200D", "\u200F", "\u00A0", "«", "»", "\"", "-",
            "-t-", "M.", "l'", "s’", "Etats", "ÉTATS", "a", "A", " ", ".", "\n", "qu'", "d’", "œ", "ß", "İ", "ı", "Ω", "١٢", "x"];
        var random = new Random(20261206);
        var speech = new SpeechVerbSiteComponent(fixture.Resources);
        var morphology = new MorphologyComponent(fixture.Resources);
        for (int n = 0; n < 300; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            var doc = new AnalyzedDocument(new Article("t", text, "mem"), 0);
            new TokenizerComponent().Process(doc, CancellationToken.None);
            morphology.Process(doc, CancellationToken.None);
            speech.Process(doc, CancellationToken.None);
            Assert.Equal(doc.Tokens.Count, doc.Morphology.Length);
        }
    }

    [Fact]
    public void PronounsAndDescriptionsCarryGender()
    {
        var doc = new AnalyzedDocument(new Article("t", "La dirigeante a reçu le patron. Elle l'a remercié, ils se sont parlé.", "mem"), 0);
        new TokenizerComponent().Process(doc, CancellationToken.None);
        new MorphologyComponent(fixture.Resources).Process(doc, CancellationToken.None);
        TokenAnalysis At(string w) => doc.Morphology[doc.Tokens.FindIndex(t => t.TextOf(doc.Text) == w)];
        Assert.Equal(Gender.Feminine, At("dirigeante").Gender);
        Assert.Equal(Gender.Masculine, At("patron").Gender);
        Assert.Equal(Gender.Feminine, At("Elle").Gender);
        Assert.Equal(PartOfSpeech.Pronoun, At("Elle").Pos);
        Assert.Equal(GrammaticalNumber.Plural, At("ils").Number);
        Assert.Equal("recevoir", At("reçu").Lemma);
        Assert.Equal(Gender.Masculine, At("remercié").Gender);
    }
}
