using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Entities;

/// <summary>
/// Capitalised sequences without a first name, a title or a speech cue that name organizations or places, not persons
/// (invented names and sentences).
/// </summary>
public sealed class NonPersonNameTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public NonPersonNameTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 6, 12)) });

    private static string[] Labels(ExtractionResult r, EntityKind kind) =>
        r.Entities.Where(e => e.Kind == kind).Select(e => e.Label).Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("Les services de Brightfire Manitoba ont confirmé l'incendie.", "Brightfire Manitoba")]
    [InlineData("Le projet est porté par Ateliers du Causse, une entreprise d'une vingtaine de salariés.", "Ateliers du Causse")]
    [InlineData("Selon Rémi Taillard, délégué de SNL Rail Solidaire, la grève continue.", "SNL Rail Solidaire")]
    public void NamesWithoutPersonEvidenceAreOrganizations(string sentence, string expected)
    {
        var r = Run(sentence);
        Assert.Contains(expected, Labels(r, EntityKind.Organization));
        Assert.DoesNotContain(expected, Labels(r, EntityKind.Person));
    }

    [Fact]
    public void PlaceNounsAndPlaceComplementsMakePlaces()
    {
        var r = Run("La ministre s'est rendue à Fort Kelvale, puis dans la commune de Drava Selo, au bord du lac Tornavik et à Lac La Vernière.");
        var places = Labels(r, EntityKind.Place);
        Assert.Contains("Fort Kelvale", places);
        Assert.Contains("Drava Selo", places);
        Assert.Contains("lac Tornavik", places);
        Assert.Contains("Lac La Vernière", places);
        Assert.Empty(Labels(r, EntityKind.Person));
    }

    [Fact]
    public void RoleComplementGluedToTheHoldersNameStaysOutOfTheName()
    {
        var r = Run("Le ministre de l'Économie Halvard Brenstad a reçu les syndicats mardi.");
        Assert.Equal(new[] { "Halvard Brenstad" }, Labels(r, EntityKind.Person));
    }

    [Fact]
    public void InternationalBodyWithNationalityAdjectiveIsTheNationalBody()
    {
        var r = Run("La Croix-Rouge belge a ouvert deux centres d'accueil.");
        var org = Assert.Single(r.Entities, e => e.Kind == EntityKind.Organization);
        Assert.Equal("Croix-Rouge belge", org.Label);
        Assert.NotEqual("cicr", org.Key);
    }

    [Fact]
    public void KnownCompanyFollowedByARegionIsItsRegionalBranch()
    {
        var r = Run("La société doit rembourser un prêt auprès de Crédit Agricole Bretagne avant l'été.");
        Assert.Contains("Crédit Agricole Bretagne", Labels(r, EntityKind.Organization));
        Assert.DoesNotContain("Bretagne", Labels(r, EntityKind.Place));
    }

    [Fact]
    public void BracketedShortFormOfSeveralWordsIsTheSameOrganization()
    {
        var r = Run("Un fonds a racheté le Racing Club Vernay (RC Vernay) mardi. Le RC Vernay jouera la saison prochaine en deuxième division.");
        // one organization for the full name and both uses of the short form (the label is resolution's choice)
        var org = Assert.Single(r.Entities, e => e.Kind == EntityKind.Organization);
        Assert.Contains(org.Label, new[] { "Racing Club Vernay", "RC Vernay" });
        Assert.Empty(Labels(r, EntityKind.Person));
    }

    [Theory]
    [InlineData("L'association Brevent Nous Rassemble a déposé un recours.", "Brevent Nous Rassemble")]
    [InlineData("La coopérative citoyenne Lumières Partagées de l'Orvanne finance le projet.", "Lumières Partagées de l'Orvanne")]
    [InlineData("Selon le quotidien Le Messager dauphinois, le chantier a pris du retard.", "Messager dauphinois")]
    [InlineData("La Confédération des Peuples du Traité 6, qui regroupe douze communautés, a protesté.", "Confédération des Peuples du Traité 6")]
    public void IntroducedAndHeadedNamesRunToTheirEnd(string sentence, string expected)
    {
        var r = Run(sentence);
        Assert.Contains(expected, Labels(r, EntityKind.Organization));
        Assert.Empty(Labels(r, EntityKind.Person));
    }

    [Fact]
    public void ListedNameOpeningWithAnElisionIsFound()
    {
        var r = Run("Le montant atteindrait dix millions d'euros, selon L'Humanité.");
        Assert.Contains(r.Entities, e => e.Kind == EntityKind.Organization && e.Key == "l-humanite");
    }

    [Theory]
    [InlineData("Les urgences du centre hospitalier de Montbrison ferment la nuit.", "centre hospitalier de Montbrison")]
    [InlineData("Un rapport de la chambre régionale des comptes de Bretagne critique la gestion du port.", "chambre régionale des comptes de Bretagne")]
    public void LowerCasePublicBodiesWithATownOrRegionAreOrganizations(string sentence, string expected) =>
        Assert.Contains(expected, Labels(Run(sentence), EntityKind.Organization));

    [Fact]
    public void QualifiedPlaceNamesStayPlaces()
    {
        var r = Run("Les inondations ont touché la Haute Savoie et le Nord Kivu cette semaine.");
        Assert.Empty(Labels(r, EntityKind.Organization));
        Assert.Empty(Labels(r, EntityKind.Person));
    }

    [Fact]
    public void CompetitionWithANumberIsNoPlace()
    {
        var r = Run("Le club veut remonter en Ligue 2 d'ici trois saisons, a promis Tomas Verbeek.");
        Assert.DoesNotContain("Ligue", Labels(r, EntityKind.Place));
    }

    [Theory]
    // a government named by its country's adjective is the state's, no organization of its own (the country is the place)
    [InlineData("Le chef du gouvernement letton Arvids Kalnins a annulé sa visite. Le gouvernement letton a confirmé.")]
    [InlineData("Le gouvernement ivoirien, représenté par son porte-parole, a salué l'accord.")]
    [InlineData("Madrid a protesté auprès du gouvernement espagnol, selon le communiqué.")]
    public void AGovernmentNamedByItsCountrysAdjectiveIsNoOrganization(string text) =>
        Assert.DoesNotContain(Run(text).Entities, e => e.Kind == EntityKind.Organization);

    [Fact]
    public void AnArmyNamedByItsCountrysAdjectiveStaysAnOrganization() =>
        Assert.Contains("armée malienne", Labels(Run("L'armée malienne a repris la ville, selon un communiqué."), EntityKind.Organization),
            StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void FirstNationWithItsPeopleAdjectiveIsAnOrganization()
    {
        var r = Run("Le ministre a rencontré le chef de la Première Nation crie Wapiskan, Ronald Keewatin, mardi.");
        Assert.Contains("Première Nation crie Wapiskan", Labels(r, EntityKind.Organization));
        Assert.Equal(new[] { "Ronald Keewatin" }, Labels(r, EntityKind.Person));
    }
}
