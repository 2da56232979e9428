using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Entities;

/// <summary>
/// A capitalised service word (TGV, TER, IC, Tram, RER...) with a name or a code after it names a train, tram or bus line,
/// which is neither an organization nor a person; the operator and the towns around it stay what they are. Invented
/// sentences of transport news.
/// </summary>
public sealed class ServiceLineTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public ServiceLineTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private List<(EntityKind Kind, string Label)> Entities(string text) =>
        _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 3, 12)) }).Entities
            .Select(e => (e.Kind, e.Label)).ToList();

    [Theory]
    [InlineData("La ligne TGV Lille-Marseille directe a été supprimée l'an dernier, regrette le maire.", "TGV")]
    [InlineData("Les trains Eurostar circulent, mais pas les IC Liège-Maastricht, précise l'opérateur.", "IC")]
    [InlineData("Tram T3 à T5 : service normal ce mardi.", "Tram")]
    [InlineData("Le RER B sera coupé entre deux gares tout le week-end, a annoncé la RATP.", "RER")]
    [InlineData("Les usagers du TER Nantes-Angers dénoncent des retards à répétition.", "TER")]
    public void AServiceWordAndItsNameOrCodeNameNoOrganization(string text, string service)
    {
        var found = Entities(text);
        Assert.DoesNotContain(found, e => e.Label.StartsWith(service + " ", StringComparison.Ordinal));
        Assert.DoesNotContain(found, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void TheOperatorNamedBesideALineStaysAnOrganization() =>
        Assert.Contains((EntityKind.Organization, "RATP"), Entities("Le RER B sera coupé tout le week-end, a annoncé la RATP."));

    [Fact]
    public void AServiceWordAloneIsLeftToTheOtherRules() =>
        // a lone all-capital word after an article is an organization's acronym ("l'ICE", the US agency)
        Assert.Contains((EntityKind.Organization, "ICE"), Entities("Des agents de l'ICE ont interpellé trois personnes à Chicago, selon le journal."));
}
