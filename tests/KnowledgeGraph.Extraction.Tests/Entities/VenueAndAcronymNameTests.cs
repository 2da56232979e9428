using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Entities;

/// <summary>
/// A lower-case venue or street noun before a name makes one place of both ("avenue de Morges", "le palais Rose", "le lac
/// Tchad"), whatever the name would be alone (a town, a country, a first name, a person); a place noun before "du"/"des"
/// introduces a place ("la province du Moyen-Ouest"); an organization's name runs on through its lower-case complement
/// to the acronym that abbreviates it ("le Secrétariat d'État à l'industrie (SEI)"). Invented sentences.
/// </summary>
public sealed class VenueAndAcronymNameTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public VenueAndAcronymNameTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private List<(EntityKind Kind, string Label)> Entities(string text) =>
        _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 3, 12)) }).Entities
            .Select(e => (e.Kind, e.Label)).ToList();

    [Theory]
    [InlineData("Les travaux ont mis au jour une conduite sous l'avenue de Morges, a expliqué l'ingénieur.", "avenue de Morges", "Morges")]
    [InlineData("Le chef de l'État a reçu son hôte au palais Rose dans la soirée.", "palais Rose", "Rose")]
    [InlineData("Les pêcheurs du lac Tchad manquent de tout, selon le rapport.", "lac Tchad", "Tchad")]
    [InlineData("La cérémonie s'est tenue au stade Félix-Houphouët-Boigny devant vingt mille personnes.", "stade Félix-Houphouët-Boigny", "Félix-Houphouët-Boigny")]
    [InlineData("Les bateaux remontent la rivière des Outaouais jusqu'à la capitale.", "rivière des Outaouais", "Outaouais")]
    [InlineData("Le congrès se réunit cette année au palais des Congrès de la ville.", "palais des Congrès", "Congrès")]
    [InlineData("Les manifestants se sont rassemblés place Tahrir avant midi.", "place Tahrir", "Tahrir")]
    public void AVenueNounAndTheNameAfterItAreOnePlace(string text, string venue, string inner)
    {
        var found = Entities(text);
        Assert.Contains((EntityKind.Place, venue), found);
        Assert.DoesNotContain(found, e => e.Label == inner);
    }

    [Theory]
    // "à la place de": a substitution, not a square
    [InlineData("Le vice-président a pris la parole à la place de Paul Ménard, souffrant.", "Paul Ménard")]
    // a capitalised "Stade" opens a club's name, not a stadium
    [InlineData("Le Stade Rennais a battu Lorient dimanche.", "Stade Rennais")]
    // the building of a known town, and a common noun after an indefinite article: the town is the place
    [InlineData("Les deux équipes se retrouvent au stade de Lorient samedi soir.", "Lorient")]
    [InlineData("La délégation a dormi dans un hôtel de Rabat avant la réunion.", "Rabat")]
    public void NoVenueWithoutAVenueNoun(string text, string name) =>
        Assert.DoesNotContain(Entities(text), e => e.Kind == EntityKind.Place && e.Label.Contains(name.Split(' ')[^1]) && e.Label != name.Split(' ')[^1]);

    [Theory]
    [InlineData("Des réfugiés affluent dans la province du Moyen-Ouest depuis lundi.", "Moyen-Ouest")]
    [InlineData("La région des Hauts-Bassins a reçu les premières pluies.", "Hauts-Bassins")]
    public void APlaceNounBeforeDuOrDesIntroducesAPlace(string text, string place) =>
        Assert.Contains((EntityKind.Place, place), Entities(text));

    [Theory]
    [InlineData("Le Secrétariat d'État à l'industrie (SEI) publie les nouvelles règles.", "Secrétariat d'État à l'industrie")]
    [InlineData("Le Secrétariat d’État à l’énergie (SEEN) précise les mesures.", "Secrétariat d’État à l’énergie")]
    [InlineData("La conseillère dirige le Département de la santé, de l'action sociale et des sports (DSAS) depuis 2022.",
        "Département de la santé, de l'action sociale et des sports")]
    public void AnOrganizationRunsOnToTheAcronymThatAbbreviatesIt(string text, string name) =>
        Assert.Contains((EntityKind.Organization, name), Entities(text));

    // a place the acronym spells is part of the name: the place is no mention of its own there
    [Theory]
    [InlineData("Le Groupe hospitalier de la région de Mulhouse et Sud Alsace (GHRMSA) ferme ses urgences la nuit.",
        "Groupe hospitalier de la région de Mulhouse et Sud Alsace", "Alsace")]
    [InlineData("Le Syndicat des eaux de Lorraine et Champagne (SELC) relève ses tarifs.", "Syndicat des eaux de Lorraine et Champagne", "Champagne")]
    [InlineData("Selon l'Agence de l'eau Seine Normandie (AESN), les nappes sont basses.", "Agence de l'eau Seine Normandie", "Normandie")]
    public void AnOrganizationRunsOnThroughAPlaceItsAcronymSpells(string text, string name, string place)
    {
        var found = Entities(text);
        Assert.Contains((EntityKind.Organization, name), found);
        Assert.DoesNotContain((EntityKind.Place, place), found);
    }

    [Theory]
    // the acronym does not spell the place: the name stops before it and the place stays
    [InlineData("Le Conseil économique de Lyon et Bretagne (CEL) a voté.", "Bretagne")]
    [InlineData("L'Office du tourisme de Nantes et Bretagne (OTN) recrute.", "Bretagne")]
    public void NoRunOnThroughANameTheAcronymDoesNotSpell(string text, string kept) =>
        Assert.Contains(Entities(text), e => e.Label == kept);

    [Theory]
    [InlineData("Le ministre a été accueilli à l'aéroport Jomo-Kenyatta par son homologue.", "aéroport Jomo-Kenyatta")]
    [InlineData("Les vols sont suspendus à l'aéroport Aimé-Césaire depuis la tempête.", "aéroport Aimé-Césaire")]
    [InlineData("Le vol s'est posé à l'aéroport Maya-Maya en fin de journée.", "aéroport Maya-Maya")]
    public void AnAirportIsAPlaceNotAnOrganization(string text, string airport)
    {
        var found = Entities(text);
        Assert.Contains((EntityKind.Place, airport), found);
        Assert.DoesNotContain(found, e => e.Kind == EntityKind.Organization);
    }

    [Theory]
    [InlineData("La réunion s'est tenue au siège du ministère de l'Énergie et des Mines, à Alger.", "ministère de l'Énergie et des Mines")]
    [InlineData("Le ministère des Transports, du Logement et de la Ville a publié un décret.", "ministère des Transports, du Logement et de la Ville")]
    public void AMinistryRunsOnThroughItsCoordinatedComplements(string text, string name) =>
        Assert.Contains((EntityKind.Organization, name), Entities(text));

    [Fact]
    public void AComplementTheAcronymDoesNotSpellStaysOut() =>
        // "(AFP)" abbreviates nothing of "la Banque mondiale a publié ses chiffres": the name is not extended
        Assert.DoesNotContain(Entities("La Banque mondiale a publié ses chiffres lundi (AFP)."), e => e.Label.StartsWith("Banque mondiale a", StringComparison.Ordinal));

    [Fact]
    public void AnAcronymMetBeforeTheFullNameIsTheSameOrganization()
    {
        var doc = _pipeline.Run(new[] { new Article("t", "Fraude à la SCTM : le directeur condamné. L'ancien directeur de la Société coopérative des transports de Meknès (SCTM) a été condamné. La SCTM s'est constituée partie civile.", "mem", Date: new PartialDate(2026, 3, 12)) });
        // one organization, named by its full name and its acronym (the label is the more frequent of the two)
        var org = Assert.Single(doc.Entities, e => e.Kind == EntityKind.Organization);
        var names = org.AltLabels.Append(org.Label).ToList();
        Assert.Contains("Société coopérative des transports de Meknès", names);
        Assert.Contains("SCTM", names);
    }

    [Theory]
    [InlineData("La délégation a visité jeudi le Grand Stade Ibrahim III, encore en chantier.", "Grand Stade Ibrahim III", "Ibrahim III")]
    [InlineData("Les joueurs s'entraînent au Complexe Moussa Keita depuis lundi.", "Complexe Moussa Keita", "Moussa Keita")]
    public void ACapitalisedVenueNounBeforeAPersonsNameNamesThePlace(string text, string venue, string person)
    {
        var entities = Entities(text);
        Assert.Contains((EntityKind.Place, venue), entities);
        Assert.DoesNotContain((EntityKind.Person, person), entities);
    }

    [Theory]
    [InlineData("Le fonds mène l'opération aux côtés de la CMA CGM et de deux banques.", "CMA CGM")]
    [InlineData("Réagissant sur les ondes de Radio Kalima FM, le syndicaliste a haussé le ton.", "Radio Kalima FM")]
    [InlineData("La directrice générale de Cargo Market a présenté les comptes.", "Cargo Market")]
    [InlineData("Le ministre sera présent au salon Vera Technology en juin.", "Vera Technology")]
    public void AcronymRunsAndCompanyTailsNameBodiesNotPersons(string text, string body)
    {
        var entities = Entities(text);
        Assert.Contains((EntityKind.Organization, body), entities);
        Assert.DoesNotContain(entities, e => e.Kind == EntityKind.Person);
    }

    [Theory]
    [InlineData("Un creuseur du site de Malumba ne cache pas sa colère.", "Malumba")]
    [InlineData("Le permis de construire, sur le site de Fréville-sur-Loire, doit être déposé.", "Fréville-sur-Loire")]
    [InlineData("Les habitants du hameau de Kervennec ont voté contre le projet.", "Kervennec")]
    public void AnUnknownNameAfterSiteOrFactoryDeIsAPlaceNotTheBodysName(string text, string place)
    {
        var entities = Entities(text);
        Assert.Contains((EntityKind.Place, place), entities);
        Assert.DoesNotContain(entities, e => e.Kind == EntityKind.Organization);
    }
}
