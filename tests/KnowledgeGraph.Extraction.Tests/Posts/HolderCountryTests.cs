using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Posts;

/// <summary>
/// A bare state title whose country only the article around it suggests ("le ministre de l'Énergie, X" in a story about a visit)
/// takes the one country a statement gives its holder elsewhere ("son homologue algérien X", "le ministre algérien X"), in the
/// same article or another one (Posts/PostAssembler). Invented sentences.
/// </summary>
public sealed class HolderCountryTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public HolderCountryTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(params string[] texts) =>
        _pipeline.Run(texts.Select((t, i) => new Article("t" + i, t, "mem", Date: new PartialDate(2026, 3, 4 + i))).ToArray());

    private static Post PostOf(ExtractionResult r, string holderPart, string rolePart) =>
        Assert.Single(r.Posts, p => p.HolderKey.Contains(holderPart, StringComparison.Ordinal) && p.Key.Contains(rolePart, StringComparison.Ordinal));

    // an article about a visitor's country: the Netherlands outvote Portugal, the guess for a bare title
    private const string VisitStory = "La visite du ministre néerlandais a eu lieu à Lisbonne. Le ministre de la Pêche, Rui Tavares-Quintela, l'a reçu. "
        + "Les Pays-Bas veulent des quotas ; les Pays-Bas pêchent en mer du Nord, et les Pays-Bas financent le port.";

    [Fact]
    public void CountryStatedInAnotherArticleWins()
    {
        var r = Run(VisitStory, "Le ministre portugais de l'Économie maritime Rui Tavares-Quintela a signé l'accord.");
        Assert.Equal("portugal", PostOf(r, "tavares-quintela", "peche").OrganizationKey);
    }

    [Fact]
    public void CountryStatedInTheSameArticleWins()
    {
        var r = Run(VisitStory + " Le ministre portugais Rui Tavares-Quintela a demandé un délai.");
        Assert.Equal("portugal", PostOf(r, "tavares-quintela", "peche").OrganizationKey);
    }

    [Fact]
    public void WithoutAStatedCountryTheArticleDecides()
    {
        var r = Run(VisitStory);
        Assert.Equal("pays-bas", PostOf(r, "tavares-quintela", "peche").OrganizationKey);
    }

    [Fact]
    public void TwoStatedCountriesLeaveTheGuess()
    {
        var r = Run(VisitStory, "Le ministre portugais des Finances Rui Tavares-Quintela a parlé.",
            "L'ambassadeur espagnol Rui Tavares-Quintela a parlé aussi.");
        Assert.Equal("pays-bas", PostOf(r, "tavares-quintela", "peche").OrganizationKey);
    }
}
