using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Resolution;

/// <summary>A title names its holder across articles only in articles of the years it was stated (invented articles).</summary>
public sealed class RoleDateResolutionTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public RoleDateResolutionTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    [Fact]
    public void ATitleStatedLaterDoesNotNameTheHolderInAnEarlierArticle()
    {
        var r = _pipeline.Run(new[]
        {
            new Article("a", "Le président islandais, Einar Sigurdsson, a signé l'accord de pêche.", "mem", Date: new PartialDate(2017, 5, 3)),
            new Article("b", "Le président islandais a inauguré le port de pêche.", "mem", Date: new PartialDate(2016, 2, 1)),
            new Article("c", "Le président islandais a visité les chantiers navals.", "mem", Date: new PartialDate(2017, 9, 12)),
        });
        var holder = Assert.Single(r.Entities, e => e.Key == "einar-sigurdsson");
        var articles = holder.Mentions.Select(m => m.ArticleId).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "a", "c" }, articles);
    }
}
