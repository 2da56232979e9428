using System.IO.Compression;
using System.Text;
using KnowledgeGraph.Extraction.Language;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Tests.Language;

public sealed class FrenchLexiconTests(ResourcesFixture fixture) : IClassFixture<ResourcesFixture>
{
    private FrenchLexicon Lexicon => fixture.Resources.Lexicon;

    [Fact]
    public void PastParticipleHasItsInfinitiveAndAgreement()
    {
        var readings = Lexicon.Analyze("accueillie");
        var q = Assert.Single(readings, a => a.IsPastParticiple);
        Assert.Equal("accueillir", q.Lemma);
        Assert.Equal(PartOfSpeech.Verb, q.Pos);
        Assert.Equal(Gender.Feminine, q.Gender);
        Assert.Equal(GrammaticalNumber.Singular, q.Number);
        Assert.True(Lexicon.IsPastParticiple("déclarés"));
        Assert.False(Lexicon.IsPastParticiple("déclaration"));
    }

    [Fact]
    public void FiniteFormsCarryTenseAndPerson()
    {
        var a = Assert.Single(Lexicon.Analyze("déclareront"));
        Assert.Equal("déclarer", a.Lemma);
        Assert.Equal(VerbMoods.Future, a.Moods);
        Assert.Equal(VerbPersons.ThirdPlural, a.Persons);
        Assert.Contains(Lexicon.Analyze("aime"), r => (r.Moods & VerbMoods.SubjunctivePresent) != 0 && (r.Persons & VerbPersons.FirstSingular) != 0);
        Assert.True(Lexicon.IsVerbFormOf("dit", "dire"));
        Assert.True(Lexicon.IsVerbFormOf("prévint", "prévenir"));
        Assert.False(Lexicon.IsVerbFormOf("dit", "dicter"));
        Assert.Equal(PartOfSpeech.Auxiliary, Assert.Single(Lexicon.Analyze("sera")).Pos);
    }

    [Fact]
    public void NounsAndAdjectivesHaveGenderAndNumber()
    {
        var ministres = Lexicon.Analyze("ministres");
        Assert.Contains(ministres, a => a.Pos == PartOfSpeech.Noun && a.Lemma == "ministre" && a.Number == GrammaticalNumber.Plural);
        var dirigeante = Lexicon.Analyze("dirigeante");
        Assert.Contains(dirigeante, a => a.Pos == PartOfSpeech.Noun && a.Gender == Gender.Feminine && a.Lemma == "dirigeant");
        Assert.Contains(Lexicon.Analyze("ivoiriennes"), a => a.Pos == PartOfSpeech.Adjective && a.Has(LexicalFlags.Demonym) && a.Lemma == "ivoirien");
    }

    [Fact]
    public void CapitalsMayDropTheirAccentButLowercaseLettersMayNot()
    {
        Assert.Equal(new[] { "état" }, Lexicon.Lemmas("Etats"));
        Assert.Equal(new[] { "état" }, Lexicon.Lemmas("ÉTATS"));
        Assert.Equal(new[] { "état" }, Lexicon.Lemmas("états"));
        // "a" is avoir, "à" the preposition; a sentence-initial "A" may be either
        Assert.DoesNotContain(Lexicon.Analyze("a"), r => r.Pos == PartOfSpeech.Adposition);
        Assert.Contains(Lexicon.Analyze("à"), r => r.Pos == PartOfSpeech.Adposition);
        Assert.Contains(Lexicon.Analyze("A"), r => r.Pos == PartOfSpeech.Adposition);
        Assert.Contains(Lexicon.Analyze("A"), r => r.Pos == PartOfSpeech.Auxiliary);
        // a form typed without any accent falls back to the accented spellings
        Assert.Contains(Lexicon.Analyze("etait"), r => r.Lemma == "être");
    }

    [Fact]
    public void NamesAndCommonWords()
    {
        Assert.True(Lexicon.IsFirstName("Pierre"));
        Assert.True(Lexicon.IsCommonWord("Pierre"));     // the noun "pierre"
        Assert.False(Lexicon.IsFirstName("pierre"));     // a lowercase word is not a name
        Assert.True(Lexicon.IsSurname("Dupont"));
        Assert.False(Lexicon.IsCommonWord("Dupont"));
        Assert.True(Lexicon.IsPlaceName("Lyon"));
        Assert.True(Lexicon.IsCommonWord("accueilli"));
        Assert.False(Lexicon.IsKnown("Xqzwv"));
        Assert.Empty(Lexicon.Analyze("Xqzwv"));
    }

    [Fact]
    public void LefffAddsVerbsGrammalecteLacks()
    {
        // every form the lexicon gives for a verb carries its infinitive as lemma; "s'entretenir" is in both sources
        Assert.Contains(Lexicon.Analyze("entretenu"), a => a.Lemma == "entretenir" && a.IsPastParticiple);
        Assert.True(Lexicon.KeyCount > 400_000);
    }

    [Fact]
    public void EveryKeyIsFoldedLikeTheTokenFolding()
    {
        // the generator folds keys in Python; lookups fold tokens in C#: both must agree on every key
        var bad = Lexicon.Keys().Where(k => TextFolding.Fold(k) != k).Take(5).ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void BadDataNamesTheFileAndLine()
    {
        var text = "# test\n@t\t0\tNOUN\tm\ts\t-\t-\t-\n@a\t0\t0\t\t7\n";
        var ex = Assert.Throws<InvalidDataException>(() => FrenchLexicon.Parse(text, "test.tsv"));
        Assert.Contains("test.tsv, line 3", ex.Message);
        var ok = FrenchLexicon.Parse("@t\t0\tNOUN\tm\ts\t-\t-\t-\n@a\t0\t2\tl\t0\nchevaux\t0\n", "t");
        var cheval = Assert.Single(ok.Analyze("chevaux"));
        Assert.Equal("cheval", cheval.Lemma);
        using var gz = new MemoryStream();
        using (var w = new GZipStream(gz, CompressionLevel.Fastest, leaveOpen: true)) w.Write(Encoding.UTF8.GetBytes("@t\t0\tNOUN\tm\ts\t-\t-\t-\nx\t3\n"));
        gz.Position = 0;
        var broken = FrenchLexicon.Load(gz, "broken.gz");
        var ex2 = Assert.Throws<InvalidDataException>(() => broken.Analyze("x"));
        Assert.Contains("broken.gz", ex2.Message);
    }
}
