using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Posts;

/// <summary>
/// Titles whose complement is longer than the parser's phrase, capitalised common-noun portfolios, sports and local
/// titles, plural titles with a capitalised head (invented sentences, written for these rules).
/// </summary>
public sealed class TitleComplementTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public TitleComplementTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 3, 12)) });

    private static string? RoleOf(ExtractionResult r, string holder) =>
        r.Posts.Where(p => p.HolderKey == holder).Select(p => p.Label).OrderBy(x => x, StringComparer.Ordinal).FirstOrDefault();

    [Theory]
    [InlineData("La ministre de la Cohésion des territoires, Julie Garnier, a inauguré la maison de santé.", "julie-garnier", "ministre de la Cohésion des territoires")]
    [InlineData("La ministre de la Transition écologique et de la Cohésion des territoires, Mme Anne Leclerc, a salué un accord.", "anne-leclerc", "ministre de la Transition écologique et de la Cohésion des territoires")]
    [InlineData("Le ministre de l'Enseignement supérieur, Paul Morin, a présenté sa réforme.", "paul-morin", "ministre de l'Enseignement supérieur")]
    public void ACapitalisedCommonNounIsAPortfolioWithItsOwnComplement(string text, string holder, string label) =>
        Assert.Equal(label, RoleOf(Run(text), holder));

    [Fact]
    public void AnApposedHolderAfterALongComplement()
    {
        var r = Run("Le président de la Chambre de commerce et d'industrie de Côte d'Ivoire, Bamba Touré-Kouassi, avait conduit une mission à Casablanca.");
        Assert.StartsWith("président de la Chambre", RoleOf(r, "bamba-toure-kouassi"));
    }

    [Fact]
    public void AClosedAppositionAfterTheNameWithALongComplement()
    {
        var r = Run("« Nous attendons des actes », résume Yannick Le Corre, le président du Comité régional des pêches maritimes et des élevages marins de Bretagne.");
        Assert.StartsWith("président du Comité", RoleOf(r, "yannick-le-corre"));
    }

    [Fact]
    public void AVerbBetweenTitleAndCommaGivesNoPost()
    {
        var r = Run("Le président de la fédération a reçu hier soir au siège, Marc Dupuis, puis les joueurs.");
        Assert.Null(RoleOf(r, "marc-dupuis"));
    }

    [Fact]
    public void ATitleAfterABracketedAcronymSharesTheApposedTitlesHolder()
    {
        var r = Run("Le chef du Département fédéral des affaires étrangères (DFAE), le conseiller fédéral Urs Baumann, a ouvert les débats mardi.");
        Assert.Contains(r.Posts, p => p.HolderKey == "urs-baumann" && p.Label.StartsWith("chef du Département", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("« Les détails étaient pour nous », a savouré l'entraîneuse lyonnaise, Sandrine Védrines-Kaya, en conférence de presse.", "sandrine-vedrines-kaya", "entraîneuse")]
    [InlineData("La sélectionneuse du Brésil, Ana Paula Moreira, était présente en tribune.", "ana-paula-moreira", "sélectionneuse du Brésil")]
    [InlineData("Le bourgmestre de Namur, Luc Devillers, a fermé le parc.", "luc-devillers", "bourgmestre de Namur")]
    [InlineData("« Pas le temps de savourer », a prévenu la capitaine lyonnaise, Inès Bachelot.", "ines-bachelot", "capitaine")]
    public void SportsAndLocalTitles(string text, string holder, string label) =>
        Assert.StartsWith(label, RoleOf(Run(text), holder));

    [Fact]
    public void APluralTitleWithACapitalisedHead()
    {
        var r = Run("Les Premiers ministres Luc Ferrand (Belgique) et Jan Novak (Tchéquie) ont signé une déclaration commune.");
        Assert.Equal("premier-ministre", r.Posts.Single(p => p.HolderKey == "luc-ferrand").RoleKey);
        Assert.Equal("premier-ministre", r.Posts.Single(p => p.HolderKey == "jan-novak").RoleKey);
    }

    [Fact]
    public void AHandWrittenFirstNameThatIsAlsoAFrenchWordOpensAPersonsName()
    {
        var r = Run("Jeudi, les chefs de gouvernement Ana Kostova (Bulgarie), Sean Brody (Irlande) et Rui Matos (Portugal) ont signé une déclaration.");
        Assert.Contains(r.Entities, e => e.Key == "ana-kostova" && e.Kind == EntityKind.Person);
        Assert.Equal(3, r.Posts.Count(p => p.RoleKey == "premier-ministre"));
    }

    [Fact]
    public void AnAnaphorDoesNotStandForAPersonAPluralTitleGaveAnotherCountry()
    {
        var r = Run("Jeudi, les chefs de gouvernement Ana Kostova (Bulgarie), Sean Brody (Irlande) et Rui Matos (Portugal) ont signé une déclaration. Le Premier ministre sénégalais est arrivé lundi à Abidjan.");
        Assert.DoesNotContain(r.Posts, p => p.Label.Contains("sénégalais", StringComparison.Ordinal));
    }

    [Fact]
    public void AMergedPostKeepsItsOtherPhrasingsAsAlternativeLabels()
    {
        var r = Run("Le conseiller diplomatique du président russe, Iouri Volkov, a parlé. Selon le conseiller du président russe pour les Affaires étrangères, Iouri Volkov, rien n'est décidé.");
        var post = r.Posts.Single(p => p.HolderKey == "iouri-volkov");
        Assert.NotNull(post.AltLabels);
        Assert.Single(post.AltLabels!);
        Assert.NotEqual(post.Label, post.AltLabels![0]);
    }

    [Fact]
    public void NationalityAdjectivesAfterThePortfolioAreDistributed()
    {
        var r = Run("Les ministres des Sports marocain, espagnol et portugais, Karim Bennani, Lucía Ortega et Rui Fontes, se sont réunis à Tanger.");
        Assert.Equal("maroc", r.Posts.Single(p => p.HolderKey == "karim-bennani").OrganizationKey);
        Assert.Equal("espagne", r.Posts.Single(p => p.HolderKey == "lucia-ortega").OrganizationKey);
        Assert.Equal("portugal", r.Posts.Single(p => p.HolderKey == "rui-fontes").OrganizationKey);
    }

    [Fact]
    public void ASharedPortfolioThenCoordinatedPlaces()
    {
        var r = Run("Mardi, les ministres de l'Environnement du Québec et de l'Ontario, Julie Tremblay et Mark Dawson, ont tenu un point de presse.");
        Assert.Contains(r.Posts, p => p.HolderKey == "julie-tremblay" && p.Label.Contains("Environnement du Québec", StringComparison.Ordinal));
        Assert.Contains(r.Posts, p => p.HolderKey == "mark-dawson" && p.Label.Contains("Environnement de l'Ontario", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Le chef du groupe UDC, le Fribourgeois Jean-Marc Aebi, a motivé son refus.", "jean-marc-aebi", "chef du groupe")]
    [InlineData("La rencontre avec le représentant de l'OMS au Tchad, le Dr Jean-Paul Habimana, s'est tenue lundi.", "jean-paul-habimana", "représentant de l")]
    [InlineData("Au Grand Conseil, le député socialiste Karim Benali a déposé une résolution.", "karim-benali", "député")]
    [InlineData("La ministre de l'Environnement, de la Lutte contre les changements climatiques et des Parcs, Julie Ouellet, a parlé.", "julie-ouellet", "ministre de l'Environnement")]
    [InlineData("Son coordonnateur, Mamadou Lamine Faye, a salué un signal fort.", "mamadou-lamine-faye", "coordonnateur")]
    public void AppositionsPastDemonymsHonorificsAdjectivesAndCoordinatedComplements(string text, string holder, string label) =>
        Assert.StartsWith(label, RoleOf(Run(text), holder));

    [Fact]
    public void APlaceNounBeforeANameMakesItAPlace()
    {
        var r = Run("Elle y rencontrera le wali de la région Souss-Massa Draa, Abdelhak Tazi.");
        Assert.Contains(r.Entities, e => e.Kind == EntityKind.Place && e.Label.StartsWith("Souss", StringComparison.Ordinal));
        Assert.StartsWith("wali", RoleOf(r, "abdelhak-tazi"));
    }
}
