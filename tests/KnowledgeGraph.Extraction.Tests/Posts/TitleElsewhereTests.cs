using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Posts;

/// <summary>Titles whose holder is named elsewhere than next to them: honorifics, capacity cues, anaphora, counterparts (invented sentences).</summary>
public sealed class TitleElsewhereTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public TitleElsewhereTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 6, 12)) });

    private static (string Holder, string Role, string? Org)[] Posts(ExtractionResult r) =>
        r.Posts.Select(p => (p.HolderKey, p.RoleKey, p.OrganizationKey)).OrderBy(x => x.HolderKey, StringComparer.Ordinal).ThenBy(x => x.RoleKey, StringComparer.Ordinal).ToArray();

    [Fact]
    public void HonorificWithPeriodAfterTheComma()
    {
        var r = Run("La présidente du conseil départemental, Mme. Odile Varenne, a inauguré le pont mardi.");
        var post = Assert.Single(r.Posts);
        Assert.Equal("odile-varenne", post.HolderKey);
        Assert.StartsWith("présidente", post.Label);
    }

    [Fact]
    public void HonorificWithoutCommaBetweenTitleAndName()
    {
        var r = Run("Le Premier ministre M. Karim Benali a reçu les syndicats à la primature.");
        Assert.Equal(new (string, string, string?)[] { ("karim-benali", "premier-ministre", null) }, Posts(r));
    }

    [Fact]
    public void CapacityCueGivesTheTitleToTheSubject()
    {
        var r = Run("Arnaud Lefort, qui s'exprimait en tant que président de la Fédération française de cyclisme, a salué la décision.");
        var post = Assert.Single(r.Posts);
        Assert.Equal("arnaud-lefort", post.HolderKey);
        Assert.Equal("federation-francaise-de-cyclisme", post.OrganizationKey);
    }

    [Fact]
    public void CapacityCueBeforeTheName()
    {
        var r = Run("En qualité de maire de Montbrison, Hélène Garnier a signé l'arrêté lundi.");
        var post = Assert.Single(r.Posts);
        Assert.Equal("helene-garnier", post.HolderKey);
        Assert.StartsWith("maire", post.Label);
    }

    [Fact]
    public void LaterDescriptionOpeningASentenceNamesThePreviousSubject()
    {
        var r = Run("Idriss Mahamat Abakar a reçu mardi les ambassadeurs européens. Le président du Tchad a ensuite quitté la capitale.");
        var post = Assert.Single(r.Posts);
        Assert.Equal("president-du-tchad", post.RoleKey);
        Assert.Equal("tchad", post.OrganizationKey);
        Assert.Contains("abakar", post.HolderKey);
    }

    [Fact]
    public void FeminineTitleSkipsAMasculineAntecedent()
    {
        var r = Run("Pierre Lambert a accueilli Ngozi Adeleke à l'aéroport. La dirigeante nigériane a plaidé pour un allègement de la dette.");
        var post = Assert.Single(r.Posts);
        Assert.Equal("ngozi-adeleke", post.HolderKey);
        Assert.Equal("nigeria", post.OrganizationKey);
    }

    [Fact]
    public void TitleOfAnotherCountryDoesNotNameAPersonWithAPostElsewhere()
    {
        var r = Run("Le ministre français des Armées, Julien Ferrat, a reçu Olga Petrenko. La ministre ukrainienne a remercié Paris.");
        Assert.DoesNotContain(r.Posts, p => p.HolderKey == "julien-ferrat" && p.OrganizationKey == "ukraine");
        Assert.Contains(r.Posts, p => p.HolderKey == "olga-petrenko" && p.OrganizationKey == "ukraine");
    }

    [Fact]
    public void CounterpartInAppositionHoldsTheSamePostInItsCountry()
    {
        var r = Run("Le ministre français des Affaires étrangères, Henri Castel, a rencontré jeudi son homologue ivoirien, Kouadio Bamba, à Abidjan.");
        Assert.Equal(new (string, string, string?)[]
        {
            ("henri-castel", "ministre-des-affaires-etrangeres", "france"),
            ("kouadio-bamba", "ministre-des-affaires-etrangeres", "cote-d-ivoire"),
        }, Posts(r));
    }

    [Fact]
    public void CounterpartOpeningASentenceIsTheOtherPersonOfThePreviousOne()
    {
        var r = Run("La ministre belge de la Santé, Anke Peeters, s'est entretenue avec Lars Holm. Son homologue danois a salué un accord sur les médicaments.");
        Assert.Contains(r.Posts, p => p.HolderKey == "lars-holm" && p.OrganizationKey == "danemark" && p.RoleKey == "ministre-de-la-sante");
    }

    [Fact]
    public void CoordinatedPortfoliosStayInOneTitle()
    {
        var r = Run("La ministre des Sports, de la Jeunesse et de la Vie associative, Carole Vautrin, a salué les athlètes.");
        var post = Assert.Single(r.Posts);
        Assert.Equal("carole-vautrin", post.HolderKey);
        Assert.Equal("ministre des Sports, de la Jeunesse et de la Vie associative", post.Label);
    }

    [Fact]
    public void CoordinatedPortfolioAndSecondTitleShareTheHolder()
    {
        var r = Run("Le ministre de la Communication et des Médias et porte-parole du gouvernement, Amadou Kéita, a démenti.");
        Assert.Equal(new (string, string, string?)[]
        {
            ("amadou-keita", "ministre-de-la-communication-et-des-medias", null),
            ("amadou-keita", "porte-parole", null),
        }, Posts(r).Select(p => (p.Holder, p.Role, (string?)null)).ToArray());
    }

    [Theory]
    [InlineData("Le ministre a reçu Aristide Mbemba, qui est le président du Tchad depuis deux ans.", "aristide-mbemba", "tchad")]
    [InlineData("Solène Carrier, élue présidente de la région Bretagne en mars, a présenté son budget.", "solene-carrier", null)]
    public void TitleAfterACopulaGoesToThePersonJustNamed(string text, string holder, string? org)
    {
        var post = Assert.Single(Run(text).Posts);
        Assert.Equal(holder, post.HolderKey);
        if (org is not null) Assert.Equal(org, post.OrganizationKey);
        Assert.StartsWith("président", post.Label);
    }

    [Fact]
    public void NegatedCopulaGivesNoTitle()
    {
        var r = Run("Aristide Mbemba n'est pas le président du Tchad, a rappelé le porte-parole.");
        Assert.DoesNotContain(r.Posts, p => p.HolderKey == "aristide-mbemba");
    }

    [Fact]
    public void ABareTitleOpeningASentenceNamesNobody()
    {
        var r = Run("Marc Dufresne a critiqué la réforme des retraites. Le président a répondu dans la soirée.");
        Assert.Empty(r.Posts);
    }

    [Fact]
    public void ADefiniteTitleOfAnotherPortfolioIsNotAPersonAPluralTitleAlreadyNamed()
    {
        var r = Run("Les ministres des Pêches et de l'Intérieur, Paul Marin et Ali Sow, sont arrivés samedi. Le ministre de l'Éducation nationale, du Préscolaire et des Sports a assuré que les travaux avanceraient.");
        Assert.Equal(new (string, string, string?)[] { ("ali-sow", "ministre-de-l-interieur", null), ("paul-marin", "ministre-des-peches", null) }, Posts(r));
    }

    [Fact]
    public void ACounterpartInAnotherOrganizationHoldsThePossessorsRoleThere()
    {
        var r = Run("Marc Dubois, secrétaire général de la Fédération des cheminots, a pris la parole. Son homologue de la Fédération des conducteurs, Lieve Janssens, a dénoncé la réforme.");
        var post = Assert.Single(r.Posts, p => p.HolderKey == "lieve-janssens");
        Assert.StartsWith("secretaire-general", post.RoleKey);
        Assert.Equal("federation-des-conducteurs", post.OrganizationKey);
    }

    [Fact]
    public void AnAdverbBeforeASecondApposedTitleKeepsTheHolder()
    {
        var r = Run("Le maire de Quimper, Paul Le Goff, également président du conseil de surveillance de l'hôpital, a écrit au ministre.");
        Assert.Contains(r.Posts, p => p.HolderKey == "paul-le-goff" && p.RoleKey.StartsWith("president", StringComparison.Ordinal));
        Assert.Contains(r.Posts, p => p.HolderKey == "paul-le-goff" && p.RoleKey.StartsWith("maire", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Entendu comme témoin, le maire du 4e arrondissement, Louis Garnier, a rappelé les faits.", "louis-garnier", "maire")]
    [InlineData("Le parti, par la voix de son porte-parole en matière d'économie, Louis Garnier, a salué le budget.", "louis-garnier", "porte-parole")]
    public void ATitleWhoseComplementHoldsANumberOrAPossessiveStillReachesTheApposedName(string text, string holder, string role) =>
        Assert.Contains(Run(text).Posts, p => p.HolderKey == holder && p.RoleKey.StartsWith(role, StringComparison.Ordinal));
}
