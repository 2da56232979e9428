using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Entities;

/// <summary>
/// Unknown names of bodies: the complement of a head's title ("le président de Varlane Logistique") is the body, not a
/// person, when no first name opens it; English company tails ("Kerano Mining"); compounds closed by a country
/// ("Météo-Tunisie"); and an article's own gloss of an acronym ("APS (Algérie Presse Service)") against the listed sense.
/// Invented sentences.
/// </summary>
public sealed class OrganizationComplementAndGlossTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public OrganizationComplementAndGlossTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private AnalyzedDocument Analyze(string text) => _pipeline.Analyze(new Article("t", text, "mem", Date: new PartialDate(2026, 3, 12)));

    private List<(EntityKind Kind, string Label)> Entities(string text) =>
        _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 3, 12)) }).Entities
            .Select(e => (e.Kind, e.Label)).ToList();

    [Theory]
    [InlineData("Le président de Varlane Logistique, Hugo Ferrand, a présenté le plan mardi.", "Varlane Logistique")]
    [InlineData("La directrice de Brisemer Conseil, Léa Tournier, juge la réforme trop lente.", "Brisemer Conseil")]
    [InlineData("La direction de Solvane Énergie a rejeté l'offre des syndicats.", "Solvane Énergie")]
    [InlineData("Selon la coordinatrice de l'Arpelle, Nadia Vasseur, les demandes ont doublé.", "Arpelle")]
    [InlineData("Le fondateur de Kalibo Santé, Yannick Ruel, lève dix millions d'euros.", "Kalibo Santé")]
    public void TheComplementOfAHeadsTitleIsTheBody(string text, string body)
    {
        var found = Entities(text);
        Assert.Contains((EntityKind.Organization, body), found);
        Assert.DoesNotContain((EntityKind.Person, body), found);
    }

    [Theory]
    // a first name opens the complement: a person ("le fils de", and a head's title before a person's name)
    [InlineData("Le fils de Pierre Lamarque a repris l'exploitation familiale.", "Pierre Lamarque")]
    [InlineData("Le conseiller de Hugo Ferrand a démenti toute démission.", "Hugo Ferrand")]
    public void AFirstNameKeepsTheComplementAPerson(string text, string person) =>
        Assert.Contains((EntityKind.Person, person), Entities(text));

    [Theory]
    [InlineData("Le ministre a rencontré la direction de Kerano Mining à Bamako.", "Kerano Mining")]
    [InlineData("Les actionnaires de Tamberi Resources ont approuvé la fusion.", "Tamberi Resources")]
    public void AnEnglishCompanyTailNamesACompany(string text, string company) =>
        Assert.Contains((EntityKind.Organization, company), Entities(text));

    [Theory]
    [InlineData("Météo-Tunisie a levé l'alerte mardi matin.", "Météo-Tunisie")]
    [InlineData("Radiodiffusion-Sénégal a interrompu ses programmes.", "Radiodiffusion-Sénégal")]
    public void ACompoundClosedByACountryIsABody(string text, string body)
    {
        var found = Entities(text);
        Assert.Contains((EntityKind.Organization, body), found);
        Assert.DoesNotContain((EntityKind.Person, body), found);
    }

    [Theory]
    // a hyphenated first name or a surname pair stays a person
    [InlineData("Jean-Baptiste a quitté la salle sans un mot.", "Jean-Baptiste")]
    [InlineData("Ferrand-Lussac a répondu que rien n'était décidé.", "Ferrand-Lussac")]
    public void AHyphenatedPersonNameIsNoBody(string text, string name) =>
        Assert.DoesNotContain((EntityKind.Organization, name), Entities(text));

    [Fact]
    public void AnArticlesGlossOfAListedAcronymOverridesTheListedSense()
    {
        // "APS" is listed as the Senegalese agency; here the article says it is the Algerian one
        var doc = Analyze("Selon l'agence officielle APS (Algérie Presse Service), les contrats seront revus. L'APS précise que le conseil se réunira lundi.");
        var aps = doc.Entities.Where(e => e.Text == "APS").ToList();
        var gloss = Assert.Single(doc.Entities, e => e.Text == "Algérie Presse Service");
        Assert.Equal(2, aps.Count);
        Assert.All(aps, e => Assert.Equal(gloss.GazetteerKey, e.GazetteerKey));
        Assert.NotEqual("aps-senegal", gloss.GazetteerKey);
    }

    [Fact]
    public void AGlossOfAListedAcronymWhoseEntryIsTheAcronymJoinsTheListedEntity()
    {
        // "STIB" is listed under its acronym only: its long form in the article is the same listed body
        var doc = Analyze("Un cadre de la Société des transports intercommunaux de Bruxelles (STIB) a été entendu. La STIB conteste.");
        var keys = doc.Entities.Where(e => e.Kind == EntityKind.Organization).Select(e => e.GazetteerKey).Distinct().ToList();
        Assert.Equal(["stib"], keys);
    }

    [Fact]
    public void TheListedSenseStaysWhenTheArticleGlossesItTheSameWay()
    {
        var doc = Analyze("L'Agence de presse sénégalaise (APS) rapporte que l'APS a couvert la visite.");
        Assert.All(doc.Entities.Where(e => e.Kind == EntityKind.Organization), e => Assert.Equal("aps-senegal", e.GazetteerKey));
    }
}
