using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Resolution;

/// <summary>Cross-article identity of organizations known by an acronym (invented names).</summary>
public sealed class AcronymResolutionTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public AcronymResolutionTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    [Fact]
    public void AcronymAloneInOneArticleJoinsItsGlossInAnother()
    {
        var r = _pipeline.Run(new[]
        {
            new Article("a", "Les Forces de défense du littoral (FDL) ont repris le port.", "mem", Date: new PartialDate(2025, 6, 12)),
            new Article("b", "Les combattants des FDL ont quitté la ville lundi, selon Amina Saleh.", "mem", Date: new PartialDate(2025, 6, 13)),
        });
        var org = Assert.Single(r.Entities, e => e.Kind == EntityKind.Organization);
        Assert.Equal(new[] { "a", "b" }, org.Mentions.Select(m => m.ArticleId).Distinct().ToArray());
    }

    [Fact]
    public void KnownPlaceWithACompassPointAndTownsAfterLocalCuesArePlaces()
    {
        var r = _pipeline.Run(new[] { new Article("a", "Les combats gagnent le Darfour-Nord. Le maire de Pleuvanec a fui en aval de Kervalon.", "mem", Date: new PartialDate(2025, 6, 12)) });
        Assert.Equal(new[] { "Darfour-Nord", "Kervalon", "Pleuvanec" }, r.Entities.Where(e => e.Kind == EntityKind.Place).Select(e => e.Label).Order(StringComparer.Ordinal).ToArray());
    }
}
