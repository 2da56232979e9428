using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Resolution;

/// <summary>
/// A name many states give their own body ("l'Assemblée nationale", "le Sénat", "le PS") names one body per country across
/// articles: articles about two countries give two bodies, articles about one country one. Invented sentences.
/// </summary>
public sealed class SharedInstitutionTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public SharedInstitutionTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private List<Entity> Bodies(string name, params string[] texts)
    {
        var articles = texts.Select((t, i) => new Article("a" + i, t, "mem", Date: new PartialDate(2026, 3, 12 + i))).ToArray();
        return _pipeline.Run(articles).Entities.Where(e => e.Kind == EntityKind.Organization && (e.Label == name || e.AltLabels.Contains(name))).ToList();
    }

    [Theory]
    [InlineData("Assemblée nationale",
        "À Québec, le projet de loi a été adopté mardi à l'Assemblée nationale. Les élus de Montréal et de Sherbrooke ont voté pour.",
        "À Paris, l'Assemblée nationale a rejeté le texte. Les députés de Lyon et de Marseille se sont abstenus.")]
    [InlineData("PS",
        "À Bruxelles, le PS a quitté la majorité. Ses élus de Liège et de Charleroi ont voté contre.",
        "À Lille, le PS a présenté sa liste. Les militants de Roubaix et de Tourcoing étaient présents.")]
    public void OneNameInArticlesAboutTwoCountriesIsTwoBodies(string name, string first, string second)
    {
        var bodies = Bodies(name, first, second);
        Assert.Equal(2, bodies.Count);
        Assert.NotEqual(bodies[0].Key, bodies[1].Key);
    }

    [Theory]
    [InlineData("Assemblée nationale",
        "À Paris, l'Assemblée nationale a rejeté le texte. Les députés de Lyon et de Marseille se sont abstenus.",
        "L'Assemblée nationale examinera un nouveau texte. Les élus de Toulouse et de Nantes le soutiennent.")]
    // an article about no one country joins the name's body
    [InlineData("Sénat",
        "À Paris, le Sénat a adopté la réforme. Les sénateurs de Lyon ont voté pour.",
        "Mardi, le Sénat a voté la loi sur les retraites, a annoncé sa présidente.")]
    public void OneNameInArticlesAboutOneCountryIsOneBody(string name, string first, string second)
    {
        var body = Assert.Single(Bodies(name, first, second));
        Assert.Equal(new[] { "a0", "a1" }, body.Mentions.Select(m => m.ArticleId).Distinct().Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void ANameNoStateSharesStaysOneBodyAcrossCountries()
    {
        var bodies = Bodies("Kervala Logistique",
            "À Québec, la société Kervala Logistique a ouvert un entrepôt. Ses clients de Montréal sont satisfaits.",
            "À Paris, la société Kervala Logistique a embauché. Ses sites de Lyon et de Marseille recrutent.");
        Assert.Single(bodies);
    }
}
