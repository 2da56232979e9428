using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Entities;

/// <summary>NER on invented sentences (names and topics absent from the seeds).</summary>
public sealed class EntityRecognizerTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public EntityRecognizerTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private AnalyzedDocument Analyze(string text) => _pipeline.Analyze(new Article("t", text, "mem", Date: new PartialDate(2024, 10, 10)));

    private static string[] Of(AnalyzedDocument d, EntityKind kind, MentionForm form = MentionForm.Name) =>
        d.Entities.Where(e => e.Kind == kind && e.Form == form).Select(e => e.Text).ToArray();

    [Fact]
    public void TitleAppositionFindsUnknownPersonAndPost()
    {
        var d = Analyze("Le ministre letton de la Défense, Andris Kalnins, a rencontré mardi à Riga son homologue.");
        Assert.Equal(new[] { "Andris Kalnins" }, Of(d, EntityKind.Person));
        Assert.Contains("Riga", Of(d, EntityKind.Place));
        var post = Assert.Single(d.Posts);
        Assert.Equal("ministre letton de la Défense", post.Label);
        Assert.Equal("ministre de la Défense", post.RoleLabel);
        Assert.Equal("ministre-de-la-defense", post.RoleKey);
        Assert.Equal("lettonie", post.OrganizationKey);
        Assert.Equal("Andris Kalnins", d.Entities[post.HolderMentionIndex].Text);
    }

    [Fact]
    public void CivilityTitlesAndSpeechVerbsMarkPersons()
    {
        var d = Analyze("M. Okonkwo a salué l'accord. « Nous avancerons », a déclaré Baptistine Ferrandou. Mme Quelvennec n'a pas répondu.");
        Assert.Equal(new[] { "Okonkwo", "Baptistine Ferrandou", "Quelvennec" }, Of(d, EntityKind.Person));
    }

    [Fact]
    public void GazetteerPlacesAndOrganizationsWithAcronymsAndCase()
    {
        var d = Analyze("Le FMI et l'ONU se sont réunis à Genève avec la Banque mondiale. Le monde entier regardait la Corée du Sud.");
        Assert.Equal(new[] { "FMI", "ONU", "Banque mondiale" }, Of(d, EntityKind.Organization));
        Assert.Equal(new[] { "Genève", "Corée du Sud" }, Of(d, EntityKind.Place));
        Assert.Equal("fmi", d.Entities.First(e => e.Text == "FMI").GazetteerKey);
        Assert.Equal(EntitySubtype.Country, d.Entities.First(e => e.Text == "Corée du Sud").Subtype);
    }

    [Fact]
    public void OrganizationCueWordsAndIntroducers()
    {
        var d = Analyze("Le Ministère de l'Agriculture a publié un rapport, selon le quotidien Gazeta Wyborcza et l'agence Xinhua.");
        var orgs = Of(d, EntityKind.Organization);
        Assert.Contains("Ministère de l'Agriculture", orgs);
        Assert.Contains("Gazeta Wyborcza", orgs);
        Assert.Contains("Xinhua", orgs);
        Assert.Empty(Of(d, EntityKind.Person));
    }

    [Fact]
    public void RolePhraseWithoutNameBecomesRoleMention()
    {
        var d = Analyze("La présidente brésilienne Camila Duarte est arrivée. La présidente brésilienne a ensuite quitté la salle.");
        var role = Assert.Single(d.Entities, e => e.Form == MentionForm.Role);
        Assert.Equal("présidente brésilienne", role.Text);
        Assert.Equal("president", role.RoleKey);
        Assert.Equal("bresil", role.CountryKey);
        // resolved in the document to the holder of the post
        var holder = d.Entities.Single(e => e.Text == "Camila Duarte");
        Assert.Equal(holder.ClusterId, role.ClusterId);
    }

    [Fact]
    public void SurnameAloneJoinsTheFullNameInTheDocument()
    {
        var d = Analyze("Ingrid Solberg a ouvert la séance. Plus tard, Solberg a quitté Oslo.");
        var full = d.Entities.Single(e => e.Text == "Ingrid Solberg");
        var surname = d.Entities.Single(e => e.Text == "Solberg");
        Assert.Equal(EntityKind.Person, surname.Kind);
        Assert.Equal(full.ClusterId, surname.ClusterId);
    }

    [Fact]
    public void BoilerplateLinesAndPhotoCreditsDoNotYieldPersons()
    {
        var d = Analyze("Le sommet s'est tenu à Paris ( AFP / JEAN-MARC DUPRAT ).\nPartager Facebook\nVoir Plus\nLe texte continue ici avec une phrase.");
        Assert.Empty(Of(d, EntityKind.Person));
        Assert.Contains("AFP", Of(d, EntityKind.Organization));
    }

    [Fact]
    public void BuildingsAreOrganizationsOrPlacesByContext()
    {
        var d = Analyze("L'Élysée a annoncé une réunion à l'Élysée jeudi.");
        var kinds = d.Entities.Where(e => e.Text == "Élysée").Select(e => e.Kind).ToArray();
        Assert.Equal(new[] { EntityKind.Organization, EntityKind.Place }, kinds);
    }

    [Fact]
    public void BracketedAcronymIsAnAliasOfTheOrganization()
    {
        var d = Analyze("La Confédération paysanne des Andes (CPA) a manifesté. Plus tard, la CPA a démenti toute violence.");
        var orgs = d.Entities.Where(e => e.Kind == EntityKind.Organization).ToList();
        Assert.Equal(new[] { "Confédération paysanne des Andes", "CPA", "CPA" }, orgs.Select(o => o.Text));
        Assert.Single(orgs.Select(o => o.ClusterId).Distinct());
    }

    [Fact]
    public void CommonAcronymsAreNotOrganizationsAndIntroducersReachOverAdjectives()
    {
        var d = Analyze("Le PIB a progressé, selon l'agence de presse officielle kazakhe Kazinform.");
        Assert.Equal(new[] { "Kazinform" }, Of(d, EntityKind.Organization));
    }

    [Fact]
    public void InitialsParticlesOccupationsAndBareSubjects()
    {
        var d = Analyze("Le sénateur J. R. Holloway a parlé avec Anne-Sophie Le Goff. L'économiste Zhao a salué le texte. Okafor a ensuite quitté la salle.");
        Assert.Equal(new[] { "J. R. Holloway", "Anne-Sophie Le Goff", "Zhao", "Okafor" }, Of(d, EntityKind.Person));
    }

    [Fact]
    public void DeterminedNamesSpeakingAreOrganizationsAndAcronymsNeverPersons()
    {
        var d = Analyze("Selon l'Ademe, les émissions baissent. Le syndicat FNSEA a dénoncé la mesure, a affirmé la FGTB.");
        Assert.Equal(new[] { "Ademe", "FNSEA", "FGTB" }, Of(d, EntityKind.Organization));
        Assert.Empty(Of(d, EntityKind.Person));
    }

    [Fact]
    public void OrganizationWordsInsideCapitalisedNames()
    {
        var d = Analyze("Brightwater Capital et le Lagos Herald ont publié une enquête, comme l'ONG Sahel Watch.");
        Assert.Equal(new[] { "Brightwater Capital", "Lagos Herald", "Sahel Watch" }, Of(d, EntityKind.Organization));
        Assert.Empty(Of(d, EntityKind.Person));
    }

    [Fact]
    public void DepartmentsForeignRegionsAndSeasWithoutTheCountryInside()
    {
        var d = Analyze("Des éleveurs du Gers et de la Moselle ont rejoint des pêcheurs du golfe de Guinée, venus du Minas Gerais et de la Corne de l'Afrique.");
        Assert.Equal(new[] { "Gers", "Moselle", "golfe de Guinée", "Minas Gerais", "Corne de l'Afrique" }, Of(d, EntityKind.Place));
        Assert.DoesNotContain(d.Entities, e => e.GazetteerKey == "GN" || e.Text == "Guinée");
    }

    [Fact]
    public void WellKnownCompaniesBlocsBanksAndStations()
    {
        var d = Analyze("Le Mercosur, Thales et la Caisse des dépôts ont été cités sur France Culture par la CFDT.");
        Assert.Equal(new[] { "Mercosur", "Thales", "Caisse des dépôts", "France Culture", "CFDT" }, Of(d, EntityKind.Organization));
        Assert.Empty(Of(d, EntityKind.Person));
    }

    [Fact]
    public void ParticleInsideSurnameAndThreeTokenNamesStayWhole()
    {
        var d = Analyze("Le ministre a reçu Rodrigo Vidal de Ulloa. La veille, João Pedro Saraiva avait écrit à Luis Mendieta del Castillo.");
        Assert.Equal(new[] { "Rodrigo Vidal de Ulloa", "João Pedro Saraiva", "Luis Mendieta del Castillo" }, Of(d, EntityKind.Person));
    }

    [Fact]
    public void BareHeadWordAfterDeterminerStandsForTheNamedOrganization()
    {
        var d = Analyze("La Commission européenne a proposé un texte. Mardi, la Commission a retiré sa proposition.");
        var orgs = d.Entities.Where(e => e.Kind == EntityKind.Organization && e.Form == MentionForm.Name).ToList();
        Assert.Equal(new[] { "Commission européenne", "Commission" }, orgs.Select(e => e.Text).ToArray());
        Assert.Equal(orgs[0].GazetteerKey, orgs[1].GazetteerKey);
        Assert.Empty(Of(d, EntityKind.Person));
    }

    [Fact]
    public void PresidentialPalacesAndEuropeanBuildingsAreNotPersons()
    {
        var d = Analyze("La Casa Rosada a démenti, tandis que des diplomates attendaient devant le Berlaymont.");
        Assert.Empty(Of(d, EntityKind.Person));
        Assert.Contains("Casa Rosada", Of(d, EntityKind.Organization));
        Assert.Contains("Berlaymont", Of(d, EntityKind.Place));
    }

    [Fact]
    public void CompanyNamedAsComplementOfShareholdersIsAnOrganizationEverywhere()
    {
        var d = Analyze("Brenvaux a annoncé mercredi un plan social. Les actionnaires de Brenvaux ont approuvé le rachat.");
        Assert.Equal(new[] { "Brenvaux", "Brenvaux" }, Of(d, EntityKind.Organization));
        Assert.Empty(Of(d, EntityKind.Person));
    }

    [Fact]
    public void TitledPersonKeepsPersonTypeDespiteCompanyComplementElsewhere()
    {
        var d = Analyze("M. Kerbrat a vendu ses titres. Le capital de la filiale de Kerbrat reste stable.");
        Assert.Contains("Kerbrat", Of(d, EntityKind.Person));
    }

    [Fact]
    public void BareHeadWordOfAnUnlistedOrganizationTakesTheKeyOfItsFullName()
    {
        var d = Analyze("L'Office des forêts du Jura a publié un rapport. Le directeur de l'Office ne l'a pas commenté.");
        var orgs = d.Entities.Where(e => e.Kind == EntityKind.Organization && e.Form == MentionForm.Name).ToList();
        Assert.Equal(new[] { "Office des forêts du Jura", "Office" }, orgs.Select(e => e.Text).ToArray());
        Assert.Equal("office-des-forets-du-jura", orgs[1].GazetteerKey);
        Assert.Empty(Of(d, EntityKind.Person));
    }

    [Fact]
    public void RotatingChairsAndUnionDelegatesArePosts()
    {
        var d = Analyze("Le président ghanéen, Kofi Mensah Boateng, président en exercice de la Cédéao, a reçu Lucie Tarrade, déléguée syndicale de la CFDT.");
        Assert.Equal(new[] { "Kofi Mensah Boateng", "Lucie Tarrade" }, Of(d, EntityKind.Person));
        Assert.Contains(d.Posts, p => p.RoleKey.StartsWith("president-en-exercice", StringComparison.Ordinal) && p.OrganizationKey == "cedeao" && d.Entities[p.HolderMentionIndex].Text == "Kofi Mensah Boateng");
        Assert.Contains(d.Posts, p => p.RoleKey.StartsWith("delegue-syndical", StringComparison.Ordinal) && p.OrganizationKey == "cfdt" && d.Entities[p.HolderMentionIndex].Text == "Lucie Tarrade");
    }
}
