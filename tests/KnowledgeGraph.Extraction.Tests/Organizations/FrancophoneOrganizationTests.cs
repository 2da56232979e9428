using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Organizations;

/// <summary>
/// Organizations of French-language news outside France from organizations-fr.tsv: parties named in brackets after a
/// deputy or after "l'opposition", parliaments, sports clubs and banks whose names carry no organization word.
/// Invented people and sentences.
/// </summary>
public sealed class FrancophoneOrganizationTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public FrancophoneOrganizationTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run([new Article("t", text, "mem", Date: new PartialDate(2026, 3, 4))]);

    private static Entity Org(ExtractionResult r, string key)
    {
        var e = Assert.Single(r.Entities, e => e.Key == key);
        Assert.Equal(EntityKind.Organization, e.Kind);
        return e;
    }

    [Theory]
    [InlineData("Le député Thomas Verlaine (Renaissance) a défendu le texte en commission.", "renaissance")]
    [InlineData("La députée Léa Fontana (Les Engagés) a voté contre le budget wallon.", "les-engages")]
    [InlineData("Le député Karim Benali (PTB) a interpellé le ministre. Pour l'opposition PTB, la réforme est injuste.", "parti-du-travail-de-belgique")]
    [InlineData("La députée Marie-Ève Tremblay (Québec solidaire) a répondu au ministre.", "quebec-solidaire")]
    [InlineData("Le conseiller national Urs Brunner (UDC) s'est opposé à l'accord.", "union-democratique-du-centre")]
    [InlineData("Le député Modou Diagne (Pastef) a salué le vote de la loi.", "patriotes-africains-du-senegal")]
    [InlineData("Le député Karim Alaoui (RNI) a répondu au gouvernement.", "rassemblement-national-des-independants")]
    [InlineData("Le sénateur Paul Girardin (LR) s'est abstenu.", "les-republicains")]
    public void APartyNamedAfterADeputyIsAPoliticalParty(string sentence, string key)
    {
        var r = Run(sentence);
        var party = Org(r, key);
        Assert.Equal(EntitySubtype.PoliticalParty, party.Subtype);
        Assert.Single(r.Entities, e => e.Kind == EntityKind.Organization);
    }

    [Fact]
    public void TheGrandConseilIsAParliamentOfNoOneCountry()
    {
        var r = Run("Au Grand Conseil, la majorité a adopté mardi le budget du canton après six heures de débat.");
        var e = Org(r, "grand-conseil");
        Assert.Equal(EntitySubtype.Government, e.Subtype);
    }

    [Theory]
    [InlineData("Le Stade toulousain a battu samedi l'Aviron bayonnais.", "stade-toulousain")]
    [InlineData("Le Raja de Casablanca a fait match nul contre le Wydad.", "raja-de-casablanca")]
    [InlineData("Le Standard de Liège s'est imposé face à l'Union Saint-Gilloise.", "standard-de-liege")]
    [InlineData("L'ASEC Mimosas a battu l'Africa Sports en finale.", "africa-sports")]
    [InlineData("Le Canadien de Montréal a perdu contre les Bruins de Boston.", "canadien-de-montreal")]
    public void ClubsWithoutAnOrganizationWordAreOrganizations(string sentence, string key)
    {
        var r = Run(sentence);
        Assert.Equal(EntitySubtype.Company, Org(r, key).Subtype);
        Assert.DoesNotContain(r.Entities, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void AnalystsAreCompaniesNotPersons()
    {
        var r = Run("Selon Jefferies et Goldman Sachs, le titre devrait encore progresser cette année.");
        Assert.Equal(EntitySubtype.Company, Org(r, "jefferies").Subtype);
        Assert.Equal(EntitySubtype.Company, Org(r, "goldman-sachs").Subtype);
        Assert.DoesNotContain(r.Entities, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void AClubNamedAfterItsCityAloneStaysAPlace()
    {
        // only "Santos FC" is listed: the bare city name keeps its place reading
        var r = Run("Le Santos FC a remporté le match à Santos devant vingt mille spectateurs.");
        Org(r, "santos-fc");
        Assert.Contains(r.Entities, e => e.Kind == EntityKind.Place && e.Label == "Santos");
    }

    [Theory]
    [InlineData("Selon le courtier Halvenor, le titre reste sous-évalué.", "Halvenor", EntitySubtype.Company)]
    [InlineData("Le gestionnaire d'actifs Morvane a vendu sa participation.", "Morvane", EntitySubtype.Company)]
    [InlineData("La maison de courtage Trelvik relève son objectif de cours.", "Trelvik", EntitySubtype.Company)]
    [InlineData("L'équipementier Dorvalis a signé un contrat de cinq ans.", "Dorvalis", EntitySubtype.Company)]
    [InlineData("Le voyagiste Soltane a annulé ses départs vers Djerba.", "Soltane", EntitySubtype.Company)]
    [InlineData("La formation politique Avenir Commun présentera des candidats à Namur.", "Avenir Commun", EntitySubtype.PoliticalParty)]
    public void AnIntroducingNounTypesTheNameAfterIt(string sentence, string label, EntitySubtype subtype)
    {
        var e = Assert.Single(Run(sentence).Entities, e => e.Label == label);
        Assert.Equal(EntityKind.Organization, e.Kind);
        Assert.Equal(subtype, e.Subtype);
    }

    [Theory]
    [InlineData("Interrogé par Walf Quotidien, le ministre a démenti toute démission.", "walf")]
    [InlineData("Selon Cameroon Tribune, le scrutin aura lieu en octobre.", "cameroon-tribune")]
    [InlineData("Le maire a confié au Journal de Québec qu'il ne se représenterait pas.", "journal-de-quebec")]
    [InlineData("L'information a été révélée par Het Laatste Nieuws mardi soir.", "het-laatste-nieuws")]
    [InlineData("Contacté par Radio Okapi, le gouverneur n'a pas répondu.", "radio-okapi")]
    public void FrancophoneOutletsAreMediaOutlets(string sentence, string key)
    {
        var r = Run(sentence);
        Assert.Equal(EntitySubtype.MediaOutlet, Org(r, key).Subtype);
        Assert.DoesNotContain(r.Entities, e => e.Kind == EntityKind.Person);
    }
}
