using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Tests.Tokenization;

public sealed class FrenchTokenizerTests
{
    private static string[] Texts(string s) => FrenchTokenizer.Tokenize(s).Select(t => t.TextOf(s)).ToArray();

    [Fact]
    public void SplitsElisionsAndKeepsInnerApostrophes()
    {
        Assert.Equal(new[] { "l'", "Otan", "qu'", "aujourd'hui", "jusqu'", "à" }, Texts("l'Otan qu'aujourd'hui jusqu'à"));
        Assert.Equal(new[] { "d’", "Helsinki" }, Texts("d’Helsinki"));
        var tokens = FrenchTokenizer.Tokenize("l'Otan");
        Assert.Equal(TokenKind.Elision, tokens[0].Kind);
        Assert.Equal(TokenKind.Word, tokens[1].Kind);
    }

    [Fact]
    public void ACapitalisedArticleAfterAHyphenIsPartOfTheNameNotAPronoun()
    {
        Assert.Equal(new[] { "Yann", "Morvan-Le", "Goff", "a", "dit", ":", "dites", "-le", "!" }, Texts("Yann Morvan-Le Goff a dit : dites-le !"));
        Assert.Equal(new[] { "DITES", "-LE" }, Texts("DITES-LE"));
    }

    [Fact]
    public void KeepsHyphenatedNamesButSplitsCliticInversion()
    {
        Assert.Equal(new[] { "Jean-Baptiste", "a", "-t-il", "dit", "à", "Saint-Pétersbourg" }, Texts("Jean-Baptiste a-t-il dit à Saint-Pétersbourg"));
        Assert.Equal(new[] { "affirme", "-t-elle", "." }, Texts("affirme-t-elle."));
    }

    [Fact]
    public void KeepsInclusiveWritingInOneWord()
    {
        Assert.Equal(new[] { "l'", "Union", "des", "étudiant·e·s", "et", "les", "élu(e)s", "(", "PS", ")" },
            Texts("l'Union des étudiant·e·s et les élu(e)s (PS)"));
        Assert.Equal(new[] { "Paris", "(", "AFP", ")", "·", "Lyon" }, Texts("Paris (AFP) · Lyon"));
        Assert.Equal(new[] { "candidat", "(", "Verts", ")" }, Texts("candidat (Verts)"));
    }

    [Fact]
    public void KeepsAbbreviationPeriodsAndInitials()
    {
        var s = "M. Dupont et Mme Durand, J. Smith.";
        var tokens = FrenchTokenizer.Tokenize(s);
        Assert.Equal(new[] { "M.", "Dupont", "et", "Mme", "Durand", ",", "J.", "Smith", "." }, tokens.Select(t => t.TextOf(s)));
        Assert.Equal(TokenKind.Abbreviation, tokens[0].Kind);
        Assert.Equal(TokenKind.Abbreviation, tokens[3].Kind);
        Assert.Equal(TokenKind.Punctuation, tokens[^1].Kind);
    }

    [Fact]
    public void QuotesNumbersAndOffsets()
    {
        var s = "« Oui », a-t-il dit le 1er mars 2024 à 10h30 (3,5 %)…";
        var tokens = FrenchTokenizer.Tokenize(s);
        Assert.Equal(new[] { "«", "Oui", "»", ",", "a", "-t-il", "dit", "le", "1er", "mars", "2024", "à", "10h30", "(", "3,5", "%", ")", "…" }, tokens.Select(t => t.TextOf(s)));
        Assert.Equal(TokenKind.Quote, tokens[0].Kind);
        Assert.Equal(TokenKind.Number, tokens[8].Kind);
        foreach (var t in tokens) Assert.Equal(t.TextOf(s), s[t.Start..t.End]);
    }

    [Fact]
    public void SplitsSentencesButNotInsideQuotesOrAfterAbbreviations()
    {
        var s = "M. Martin est arrivé. « Que ferons-nous ? Rien », a-t-il dit.\nNouvelle ligne sans point\nFin.";
        var tokens = FrenchTokenizer.Tokenize(s);
        var sentences = new List<KnowledgeGraph.Extraction.Model.TextSpan>();
        SentenceSplitter.Split(s, tokens, sentences);
        Assert.Equal(new[] { "M. Martin est arrivé.", "« Que ferons-nous ? Rien », a-t-il dit.", "Nouvelle ligne sans point", "Fin." }, sentences.Select(x => x.Of(s)));
    }

    [Theory]
    // a straight quotation opening after a full stop starts the next sentence, and the sentences after it still split
    [InlineData("Il a reçu la députée. \"La réforme fonctionne\", a-t-il assuré. Selon elle, c'est un échec.",
        "Il a reçu la députée.|\"La réforme fonctionne\", a-t-il assuré.|Selon elle, c'est un échec.")]
    [InlineData("Le maire a parlé. \"Nous tiendrons. Rien ne change\", dit-il. Et d'ajouter : \"Jamais.\" Fin du débat.",
        "Le maire a parlé.|\"Nous tiendrons. Rien ne change\", dit-il.|Et d'ajouter : \"Jamais.\" Fin du débat.")]
    [InlineData("Elle a dit \"non\". Puis elle est partie. \"Assez !\" Le silence a suivi.",
        "Elle a dit \"non\".|Puis elle est partie.|\"Assez !\" Le silence a suivi.")]
    public void StraightQuotesAfterAFullStopOpenTheNextSentence(string text, string expected)
    {
        var tokens = FrenchTokenizer.Tokenize(text);
        var sentences = new List<KnowledgeGraph.Extraction.Model.TextSpan>();
        SentenceSplitter.Split(text, tokens, sentences);
        Assert.Equal(expected.Split('|'), sentences.Select(x => x.Of(text)));
    }
}
