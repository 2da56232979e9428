using KnowledgeGraph.Extraction.Language;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Tests.Language;

public sealed class TokenMatcherTests(ResourcesFixture fixture) : IClassFixture<ResourcesFixture>
{
    private AnalyzedDocument Analyze(string text)
    {
        var doc = new AnalyzedDocument(new Article("t", text, "mem"), 0);
        new TokenizerComponent().Process(doc, CancellationToken.None);
        new MorphologyComponent(fixture.Resources).Process(doc, CancellationToken.None);
        return doc;
    }

    private static TokenMatcher Matcher(params string[] lines) => new(lines.Select(TokenPattern.Parse));

    private static List<string> Texts(AnalyzedDocument doc, IEnumerable<PatternMatch> matches) =>
        matches.Select(m => $"{m.Label}:{doc.TextOf(m.Span)}").ToList();

    [Fact]
    public void LemmaFindsEveryTenseAndPerson()
    {
        var doc = Analyze("Elle déclare. Ils déclareront. Nous avions déclaré. Déclarant cela, tu déclarais tout.");
        var matches = Matcher("say\tLEMMA=déclarer").Match(doc);
        Assert.Equal(new[] { "say:déclare", "say:déclareront", "say:déclaré", "say:Déclarant", "say:déclarais" }, Texts(doc, matches));
    }

    [Fact]
    public void QuantifiersAndLongestMatch()
    {
        var doc = Analyze("Le syndicat a mis très clairement en garde le gouvernement. Il met en garde. Elle a mis la table.");
        var matcher = Matcher("warn\tLEMMA=mettre POS=ADV* LOWER=en LOWER=garde", "put\tLEMMA=mettre");
        var longest = TokenMatcher.Longest(matcher.Match(doc));
        Assert.Equal(new[] { "warn:mis très clairement en garde", "warn:met en garde", "put:mis" }, Texts(doc, longest));
    }

    [Fact]
    public void OptionalOneOrMoreAndNegation()
    {
        var doc = Analyze("la très grande salle, la salle, les grandes grandes salles");
        var m1 = Matcher("np\tPOS=DET POS=ADV? LEMMA=grand+ LEMMA=salle").Match(doc);
        Assert.Equal(new[] { "np:la très grande salle", "np:les grandes grandes salles" }, Texts(doc, m1));
        var m2 = Matcher("bare\tPOS=DET LEMMA!=grand&POS!=ADV").Match(doc);
        Assert.Equal(new[] { "bare:la salle" }, Texts(doc, m2));
    }

    [Fact]
    public void ShapeTitleAndFlags()
    {
        var doc = Analyze("Le sommet COP21 de Lyon avec Pierre Zorglub.");
        Assert.Equal(new[] { "acro:COP21" }, Texts(doc, Matcher("acro\tSHAPE=XXXdd").Match(doc)));
        Assert.Equal(new[] { "city:de Lyon" }, Texts(doc, Matcher("city\tLOWER=de FLAG=city").Match(doc)));
        Assert.Equal(new[] { "person:Pierre Zorglub" }, Texts(doc, Matcher("person\tFLAG=first&IS_TITLE=true IS_TITLE=true").Match(doc)));
    }

    [Fact]
    public void BadPatternsNameFileAndLine()
    {
        var ex = Assert.Throws<InvalidDataException>(() => TokenPattern.ParseFile("# c\nok\tLOWER=a\nbad\tCOLOR=red\n", "p.tsv"));
        Assert.Contains("p.tsv, line 3", ex.Message);
        Assert.Throws<FormatException>(() => TokenPattern.Parse("x\tPOS=NOPE"));
        Assert.Throws<FormatException>(() => TokenPattern.Parse("x\tLOWER=a?"));   // matches nothing
        Assert.Throws<FormatException>(() => TokenPattern.Parse("no tab"));
    }

    [Fact]
    public void ShapeIsSpacyLike()
    {
        Assert.Equal("Xxxxx", TokenMatcher.Shape("Macron"));
        Assert.Equal("dddd", TokenMatcher.Shape("20251"));
        Assert.Equal("x'Xxxxx", TokenMatcher.Shape("d'Haïti"));
        Assert.Equal("Xxxxx-Xxxxx", TokenMatcher.Shape("Saint-Pétersbourg"));
    }
}
