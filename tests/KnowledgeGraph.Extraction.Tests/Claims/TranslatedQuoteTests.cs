using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>A quotation in another language followed in its sentence by the outlet's translation in brackets: the claim is
/// the translation (one claim, not two), and it meets another outlet's French rendering of the same words. Invented
/// articles through the whole pipeline.</summary>
public sealed class TranslatedQuoteTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public TranslatedQuoteTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(params (string Id, string Text)[] articles) =>
        _pipeline.Run(articles.Select(a => new Article(a.Id, a.Text, "mem", Date: new PartialDate(2026, 11, 21))).ToArray());

    private const string Intro = "La ministre ghanéenne des Affaires étrangères, Efua Mensah-Boateng, a été la plus offensive. ";

    [Theory]
    [InlineData("« We will not let smugglers use our roads », a-t-elle lancé en anglais (« Nous ne laisserons pas les contrebandiers utiliser nos routes »).")]
    [InlineData("Elle s'est exprimée en anglais devant la presse : « We will not let smugglers use our roads » (« Nous ne laisserons pas les contrebandiers utiliser nos routes »).")]
    public void TheBracketedTranslationIsTheClaim(string sentence)
    {
        var r = Run(("a", Intro + sentence));
        var c = Assert.Single(r.Claims);
        Assert.Equal("efua-mensah-boateng", c.SpeakerKey);
        Assert.Equal("Nous ne laisserons pas les contrebandiers utiliser nos routes", c.Text);
    }

    [Fact]
    public void AShortBracketedGlossIsNoTranslation()
    {
        var r = Run(("a", Intro + "« Nous ne laisserons pas les contrebandiers utiliser nos routes », a-t-elle lancé (« sic »)."));
        var c = Assert.Single(r.Claims);
        Assert.Contains("contrebandiers", c.Text);
    }

    [Fact]
    public void TheTranslationMeetsAnotherOutletsFrenchQuote()
    {
        var r = Run(
            ("a", Intro + "« We will not let smugglers use our roads », a-t-elle lancé en anglais (« Nous ne laisserons pas les contrebandiers utiliser nos routes »)."),
            ("b", "La cheffe de la diplomatie ghanéenne, Efua Mensah-Boateng, a prévenu : « Nous ne laisserons pas les contrebandiers se servir de nos routes. »"));
        var c = Assert.Single(r.Claims, c => c.Text.Contains("contrebandiers"));
        Assert.Equal(["a", "b"], c.Appearances.Select(a => a.ArticleId).ToArray());
    }
}
