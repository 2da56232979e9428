using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Organizations;

/// <summary>
/// A capitalised head of a local or regional authority (Région, Métropole, Département, Ville, Collectivité) with a known
/// place right after it, or after de/d', names the authority ("la Région Grand Est", "la Ville de Rennes"); written in lower
/// case the noun and the place are the territory. A bare "la Ville" names no body. Invented sentences.
/// </summary>
public sealed class TerritorialAuthorityTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public TerritorialAuthorityTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private List<(EntityKind Kind, string Label)> Entities(string text) =>
        _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 5, 4)) }).Entities
            .Select(e => (e.Kind, e.Label)).ToList();

    [Theory]
    [InlineData("Le contrat sera signé avec la Région Grand Est et l'Eurométropole en janvier.", "Région Grand Est")]
    [InlineData("La Région Hauts-de-France finance un tiers du projet, a indiqué son président.", "Région Hauts-de-France")]
    [InlineData("La Ville de Rennes et l'État apportent près d'un tiers du budget.", "Ville de Rennes")]
    [InlineData("Le festival reçoit une subvention de la Collectivité européenne d'Alsace depuis 2022.", "Collectivité européenne d'Alsace")]
    public void ACapitalisedAuthorityHeadAndThePlaceAfterItNameABody(string text, string body) =>
        Assert.Contains((EntityKind.Organization, body), Entities(text));

    [Theory]
    [InlineData("Les pompiers de la région Grand Est sont en alerte depuis lundi.", "Grand Est")]
    [InlineData("Il a grandi dans la ville de Rennes avant de partir à Paris.", "Rennes")]
    public void InLowerCaseThePlaceStaysAPlace(string text, string place)
    {
        var found = Entities(text);
        Assert.Contains((EntityKind.Place, place), found);
        Assert.DoesNotContain(found, e => e.Kind == EntityKind.Organization);
    }

    [Theory]
    [InlineData("Le maire a réuni les riverains. La Ville a promis des travaux avant l'été.")]
    // no place's name after the head: the words after it are the clause's
    [InlineData("Le club a obtenu le soutien de la Ville pour agrandir le stade Léo-Lagrange d'ici 2028.")]
    [InlineData("La Collectivité pourra ensuite revendre le terrain à la commune.")]
    public void AVilleOrCollectiviteWithoutAPlaceNamesNoBody(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Kind == EntityKind.Organization);
}
