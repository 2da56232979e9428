using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Entities;

/// <summary>
/// Context rules that make a lone capitalised word a person yield to the lexicon when it knows the word only as a common word;
/// surnames written first and Breton-style surnames stay whole; a known place opening a name without a first name names a
/// body of that place (invented sentences).
/// </summary>
public sealed class CommonWordAndPlaceOpenedNameTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public CommonWordAndPlaceOpenedNameTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private List<(EntityKind Kind, string Label)> Entities(string text) =>
        _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 3, 12)) }).Entities
            .Select(e => (e.Kind, e.Label)).ToList();

    [Theory]
    [InlineData("Le conseiller fédéral a reçu son homologue. Celle-ci a remercié la Suisse pour son aide.", "Celle-ci")]
    [InlineData("Le constructeur a confirmé la fermeture. La Bourse a salué l'annonce : l'action gagnait 2 %.", "Bourse")]
    [InlineData("Le ministre de la Justice, garde des Sceaux, Ousmane Diallo-Sarr, a reçu le bâtonnier.", "Justice")]
    [InlineData("Le ministre de la Communication, porte-parole du gouvernement, Idriss Mahamat-Nour, a salué l'accord.", "Communication")]
    public void AWordTheLexiconKnowsOnlyAsCommonIsNoPersonByContext(string text, string word) =>
        Assert.DoesNotContain((EntityKind.Person, word), Entities(text));

    [Fact]
    public void ATitleStillMakesACommonWordSurnameAPerson() =>
        Assert.Contains((EntityKind.Person, "Borne"), Entities("Mme Borne a déclaré que le texte serait voté."));

    [Theory]
    [InlineData("Le directeur de la société, Kouassi Norbert Assémien, a démissionné jeudi.", "Kouassi Norbert Assémien")]
    [InlineData("La maire de la commune, Annaïg Le Bihan-Gourvès, a reçu le préfet.", "Annaïg Le Bihan-Gourvès")]
    public void SurnamesWrittenFirstAndBretonSurnamesStayWhole(string text, string person) =>
        Assert.Contains((EntityKind.Person, person), Entities(text));

    [Fact]
    public void ACommonWordBeforeAFirstNameStillEndsTheName()
    {
        var found = Entities("La tour de la Défense Paul Hartley a été vendue à un fonds.");
        Assert.Contains((EntityKind.Person, "Paul Hartley"), found);
    }

    [Theory]
    [InlineData("Le président de Toulouse Métropole, Jean Dupont, a signé la convention.", "Toulouse Métropole")]
    [InlineData("Ontario Power Generation a annoncé une hausse de ses tarifs.", "Ontario Power Generation")]
    public void AKnownPlaceOpeningANameWithoutFirstNameNamesABody(string text, string organization)
    {
        var found = Entities(text);
        Assert.Contains((EntityKind.Organization, organization), found);
        Assert.DoesNotContain(found, e => e.Kind == EntityKind.Person && organization.EndsWith(e.Label, StringComparison.Ordinal));
    }

    [Fact]
    public void APlaceBeforeAFirstNameStaysAPlace()
    {
        var found = Entities("Au Sénégal Macky Sall a longtemps défendu ce projet.");
        Assert.Contains((EntityKind.Place, "Sénégal"), found);
        Assert.Contains((EntityKind.Person, "Macky Sall"), found);
    }
}
