using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Organizations;

/// <summary>
/// A body's national branch ("X Côte d'Ivoire", "X France") is one name, and another body than X when the article names
/// both. Invented sentences and names.
/// </summary>
public sealed class BranchOrganizationTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public BranchOrganizationTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private List<Entity> Entities(string text) =>
        _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 3, 12)) }).Entities.ToList();

    [Theory]
    [InlineData("Le directeur général de Verdal Côte d’Ivoire, Paul Kacou, a présenté les résultats.", "Verdal Côte d’Ivoire")]
    [InlineData("La directrice de Morlan Côte d'Ivoire, Awa Koné, était présente à la réunion.", "Morlan Côte d'Ivoire")]
    [InlineData("Selon la filiale, Trovabank Burkina Faso a ouvert trois agences en 2025.", "Trovabank Burkina Faso")]
    public void ANameGluedToACountryOfSeveralWordsIsTheBodysBranch(string text, string branch)
    {
        var found = Entities(text);
        Assert.Contains(found, e => e.Kind == EntityKind.Organization && e.Label == branch);
    }

    [Theory]
    // a place before the country is no body
    [InlineData("Depuis Abidjan, en Côte d'Ivoire, la ministre a appelé au calme.", "Côte d'Ivoire")]
    // a first name before it opens a person's name and the country stays a place
    [InlineData("Le président a reçu Paul Côte d'Ivoire et Marie Dupont.", "Côte d'Ivoire")]
    public void APlaceOrAPersonBeforeACountryMakesNoBranch(string text, string country)
    {
        var found = Entities(text);
        Assert.DoesNotContain(found, e => e.Kind == EntityKind.Organization && e.Label.EndsWith(country, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Le groupe Tarvex et Tarvex France ont signé l'accord. Le président de Tarvex France, Jean Morel, s'en est félicité.", "Tarvex", "Tarvex France")]
    [InlineData("Kelvora a racheté une usine. Le directeur de Kelvora Sénégal, Moussa Ba, a salué l'opération.", "Kelvora", "Kelvora Sénégal")]
    public void ABodyAndItsNationalBranchAreTwoBodies(string text, string parent, string branch)
    {
        var found = Entities(text).Where(e => e.Kind == EntityKind.Organization).ToList();
        var p = Assert.Single(found, e => e.Label == parent);
        var b = Assert.Single(found, e => e.Label == branch);
        Assert.NotEqual(p.Key, b.Key);
    }

    [Fact]
    public void AShortNameOfALongerNameThatIsNoBranchIsTheSameBody()
    {
        var found = Entities("Le groupe Varlane Logistique a annoncé 200 embauches. Varlane a confirmé l'ouverture d'un entrepôt.")
            .Where(e => e.Kind == EntityKind.Organization).ToList();
        Assert.Single(found, e => e.Label == "Varlane Logistique");
        Assert.DoesNotContain(found, e => e.Label == "Varlane");
    }
}
