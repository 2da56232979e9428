using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Entities;

/// <summary>
/// A name keeps one kind in one article; a person's name has no digit; the name between a role's noun and its holder is the
/// role's body; a listed company or international body followed by a country names its national branch. Invented sentences.
/// </summary>
public sealed class KindConsistencyTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public KindConsistencyTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private List<(EntityKind Kind, string Label)> Entities(string text) =>
        _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 3, 12)) }).Entities
            .Select(e => (e.Kind, e.Label)).ToList();

    [Theory]
    [InlineData("Procès Kervala Santé : deux ans requis\n\nLe parquet a requis deux ans contre le fondateur de la start-up Kervala Santé. Entre 2021 et 2024, Kervala Santé a perçu 9 millions d'euros d'aides.", "Kervala Santé")]
    [InlineData("La société Brelann Logistique a licencié 40 salariés. « Brelann Logistique ne commente pas », a indiqué un porte-parole.", "Brelann Logistique")]
    public void ANameAnIntroducerMakesABodyIsNoPersonElsewhereInTheArticle(string text, string name)
    {
        var found = Entities(text);
        Assert.Contains((EntityKind.Organization, name), found);
        Assert.DoesNotContain((EntityKind.Person, name), found);
    }

    [Fact]
    public void ATitledPersonKeepsHisKindBesideABodyOfAnotherName()
    {
        var found = Entities("La société Brelann Logistique a licencié 40 salariés, a déclaré M. Yvon Kerbrat. « C'est un choc », a dit Yvon Kerbrat.");
        Assert.Contains((EntityKind.Person, "Yvon Kerbrat"), found);
    }

    [Theory]
    [InlineData("« Les prix ne baisseront pas », a affirmé Sahel24 mardi, citant un responsable du ministère.", "Sahel24")]
    [InlineData("Contacté par Kivu7, le gouverneur n'a pas souhaité réagir.", "Kivu7")]
    public void ANameWithADigitIsNoPerson(string text, string name) =>
        Assert.DoesNotContain((EntityKind.Person, name), Entities(text));

    [Fact]
    public void APersonNamedWithoutDigitStaysAPerson() =>
        Assert.Contains((EntityKind.Person, "Awa Traoré-Kane"), Entities("« Les prix ne baisseront pas », a affirmé Awa Traoré-Kane mardi."));

    [Theory]
    [InlineData("Le président de l'association des riverains Kerlouan Demain, Mathieu Le Bras, a dénoncé le projet.", "Kerlouan Demain", "Mathieu Le Bras")]
    [InlineData("La directrice de l'usine Plabennec Avenir, Anne Morvan, a confirmé les suppressions de postes.", "Plabennec Avenir", "Anne Morvan")]
    public void TheNameBetweenARolesNounAndItsHolderIsTheBody(string text, string body, string holder)
    {
        var found = Entities(text);
        Assert.DoesNotContain((EntityKind.Person, body), found);
        Assert.Contains((EntityKind.Person, holder), found);
    }

    [Fact]
    public void ARoleWordGluedToANameStillNamesTheHolder() =>
        Assert.Contains((EntityKind.Person, "Kerjean"), Entities("Le ministre Kerjean, Paul Morvan et les élus se sont réunis lundi."));

    [Fact]
    public void AWordGluedAfterABodysNameInARoleIsNoHolder()
    {
        var found = Entities("L'ancien directeur général de Bpifrance Développement, Patrick Honorat, aujourd'hui retraité, a témoigné jeudi.");
        Assert.DoesNotContain((EntityKind.Person, "Développement"), found);
        Assert.Contains((EntityKind.Person, "Patrick Honorat"), found);
    }

    [Fact]
    public void ACommonWordApposedAfterARoleIsNoName() =>
        Assert.DoesNotContain(Entities("L'imam, Lyonnais d'adoption depuis vingt ans, a appelé au calme."), e => e.Kind == EntityKind.Person && e.Label == "Lyonnais");

    [Theory]
    [InlineData("Un rendez-vous avec les dirigeants de Netflix France est prévu jeudi à Annecy.", "Netflix France")]
    [InlineData("La section Amnesty International Belgique a dénoncé les expulsions.", "Amnesty International Belgique")]
    public void AListedCompanyOrInternationalBodyWithACountryIsItsNationalBranch(string text, string name) =>
        Assert.Contains((EntityKind.Organization, name), Entities(text));

    [Fact]
    public void AStateBodyTakesNoCountryAfterItsName() =>
        Assert.DoesNotContain(Entities("Le texte voté par l'Assemblée nationale France Télévisions en a parlé mardi."), e => e.Label.StartsWith("Assemblée nationale France", StringComparison.Ordinal));
}

/// <summary>
/// Where a name ends: a web domain glued to it belongs to it; "de" + a place after an establishment noun written in lower case
/// and a proper name says where the establishment is. Invented sentences.
/// </summary>
public sealed class WebAndEstablishmentNameTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public WebAndEstablishmentNameTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private List<(EntityKind Kind, string Label)> Entities(string text) =>
        _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 3, 12)) }).Entities
            .Select(e => (e.Kind, e.Label)).ToList();

    [Theory]
    [InlineData("L'association Cyclistes.be, par la voix de sa présidente, réclame des pistes sûres.", "Cyclistes.be")]
    [InlineData("Selon le site Kaolackinfo.com, le maire a démissionné mardi.", "Kaolackinfo.com")]
    [InlineData("« Nous ne céderons pas », a écrit Usagers.fr dans un communiqué.", "Usagers.fr")]
    public void AWebDomainGluedToANameBelongsToIt(string text, string name)
    {
        var found = Entities(text);
        Assert.Contains((EntityKind.Organization, name), found);
        Assert.DoesNotContain(found, e => e.Label == name[..name.IndexOf('.')]);
    }

    [Fact]
    public void ASentenceEndIsNoWebDomain() =>
        Assert.DoesNotContain(Entities("Le maire a rencontré Paul Kerbrat. Ce fut bref."), e => e.Label.Contains('.', StringComparison.Ordinal));

    [Theory]
    [InlineData("Les patients seront réorientés vers l'hôpital Louis-Kerbrat de Rennes, à 20 km.", "hôpital Louis-Kerbrat")]
    [InlineData("Les étudiants de l'université Abdou-Moumouni de Niamey sont en grève.", "université Abdou-Moumouni")]
    public void ATownAfterAnEstablishmentsProperNameIsWhere(string text, string name) =>
        Assert.Contains((EntityKind.Organization, name), Entities(text));

    [Theory]
    [InlineData("La maternité de l'hôpital de Quimperlé fermera en juin.", "hôpital de Quimperlé")]
    [InlineData("Le président de l'Université de Sherbrooke a salué la décision.", "Université de Sherbrooke")]
    [InlineData("Le président de la communauté de communes de Plouray-Guémené a voté contre.", "communauté de communes de Plouray-Guémené")]
    public void AnEstablishmentNamedByItsTownKeepsIt(string text, string name) =>
        Assert.Contains(Entities(text), e => e.Kind == EntityKind.Organization && e.Label == name);
}

/// <summary>The label of an unlisted entity prefers its usual spelling to a headline's capitals. Invented sentences.</summary>
public sealed class ShoutedLabelTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public ShoutedLabelTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    [Fact]
    public void AHeadlinesCapitalsAreNoLabelBesideTheUsualSpelling()
    {
        var result = _pipeline.Run(new[] { new Article("t", "UNIVERSITÉ KERLANN-BOUÉ : les enseignants suspendent la grève\n\nLe syndicat a suspendu jeudi la grève entamée à l'université Kerlann-Boué de Rennes.", "mem", Date: new PartialDate(2026, 3, 12)) });
        var university = Assert.Single(result.Entities, e => e.Kind == EntityKind.Organization && e.Label.Contains("Kerlann-Boué", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("université Kerlann-Boué", university.Label);
    }
}
