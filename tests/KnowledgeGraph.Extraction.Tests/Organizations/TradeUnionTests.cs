using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Organizations;

/// <summary>
/// Trade unions are typed <see cref="EntitySubtype.TradeUnion"/>, not political parties: known unions from
/// organizations-fr.tsv, and unknown ones named by a union word (org-cues-fr.tsv). Invented text.
/// </summary>
public sealed class TradeUnionTests : IClassFixture<ResourcesFixture>
{
    private const string Text =
        "La CGT et Force ouvrière appellent à la grève jeudi, a annoncé l'intersyndicale. " +
        "Le syndicat allemand IG Metall soutient le mouvement. " +
        "Le Syndicat national des dockers de Brest a rejoint l'appel, tandis que le Parti socialiste s'est dit solidaire.";

    private readonly ExtractionResult _result;

    public TradeUnionTests(ResourcesFixture fixture) =>
        _result = DefaultPipeline.Create(fixture.Resources).Run([new Article("union", Text, "union.txt", Date: new PartialDate(2024, 6, 13))]);

    [Theory]
    [InlineData("cgt")]
    [InlineData("force-ouvriere")]
    [InlineData("ig-metall")]
    public void KnownUnionsAreTradeUnions(string key)
    {
        var e = Assert.Single(_result.Entities, e => e.Key == key);
        Assert.Equal(EntitySubtype.TradeUnion, e.Subtype);
    }

    [Fact]
    public void AnUnknownUnionNamedBySyndicatIsATradeUnion()
    {
        var e = Assert.Single(_result.Entities, e => e.Label.Contains("dockers", StringComparison.Ordinal));
        Assert.Equal(EntityKind.Organization, e.Kind);
        Assert.Equal(EntitySubtype.TradeUnion, e.Subtype);
    }

    [Fact]
    public void APartyStaysAParty()
    {
        var e = Assert.Single(_result.Entities, e => e.Key == "parti-socialiste");
        Assert.Equal(EntitySubtype.PoliticalParty, e.Subtype);
    }
}
