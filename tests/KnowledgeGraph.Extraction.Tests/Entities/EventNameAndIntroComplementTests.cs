using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Entities;

/// <summary>
/// Competitions and editions of an event are no bodies ("la Coupe de Bretagne", "le 3e Forum économique de Tulle"); an
/// introducing noun's de-complement is no name ("le cabinet de la Mobilité") and a verb ends its reach ("le club vise la
/// Coupe"); an introducing noun with a bare de-complement still introduces ("l'organisation de producteurs Marins de
/// Cornouaille"); a one-common-noun name runs on through its lower-case complement ("l'association Otages du monde").
/// Invented sentences.
/// </summary>
public sealed class EventNameAndIntroComplementTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public EventNameAndIntroComplementTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private List<(EntityKind Kind, string Label)> Entities(string text) =>
        _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 3, 12)) }).Entities
            .Select(e => (e.Kind, e.Label)).ToList();

    [Theory]
    [InlineData("Le FC Kervalec a été éliminé en Ligue des champions mardi soir.", "Ligue des champions")]
    [InlineData("Le club de Quimperlé vise la Coupe de Bretagne cette saison.", "Coupe")]
    [InlineData("Le club de Quimperlé vise la Coupe de Bretagne cette saison.", "Coupe de Bretagne")]
    [InlineData("Les Jeux olympiques de Brisbane auront lieu en 2032.", "Jeux olympiques de Brisbane")]
    [InlineData("Le Championnat des Quatre Vallées reprend samedi.", "Championnat des Quatre Vallées")]
    [InlineData("Elle a pris la parole au 3e Forum économique de Tulle, jeudi.", "Forum économique de Tulle")]
    [InlineData("La 12e Conférence des parties s'est ouverte lundi.", "Conférence des parties")]
    public void ACompetitionOrAnEditionIsNoOrganization(string text, string name) =>
        Assert.DoesNotContain(Entities(text), e => e.Label == name);

    [Fact]
    public void AKnownPlaceAfterACompetitionStaysAPlace() =>
        Assert.Contains((EntityKind.Place, "Brisbane"), Entities("Les Jeux olympiques de Brisbane auront lieu en 2032."));

    [Fact]
    public void AVerbEndsATitlesComplement() =>
        Assert.DoesNotContain(Entities("Le maire et le président du club d'accord pour agrandir Kervallon-Park"), e => e.Kind == EntityKind.Person);

    [Theory]
    [InlineData("La Ligue arabe a condamné l'attaque de mardi.", "Ligue arabe")]
    [InlineData("Le Conseil économique de la Loire a voté le plan.", "Conseil économique de la Loire")]
    [InlineData("Le 2e Régiment étranger de parachutistes a quitté Calvi.", "2e Régiment étranger de parachutistes")]
    public void ABodyNamedLikeAnEventStaysABody(string text, string body) =>
        Assert.Contains((EntityKind.Organization, body), Entities(text));

    [Theory]
    [InlineData("La réunion prévue au cabinet de la Mobilité a été reportée.", "Mobilité")]
    [InlineData("Le club de Morlaix vise la Coupe cette année.", "Coupe")]
    public void AnIntroducingNounsComplementOrObjectIsNoName(string text, string name) =>
        Assert.DoesNotContain((EntityKind.Organization, name), Entities(text));

    [Theory]
    [InlineData("Les représentants de l'organisation de producteurs Marins de Cornouaille ont protesté.", "Marins de Cornouaille")]
    [InlineData("Le collectif d'habitants Roseraie Vivante a déposé un recours.", "Roseraie Vivante")]
    public void AnIntroducingNounWithABareComplementIntroducesTheName(string text, string body) =>
        Assert.Contains((EntityKind.Organization, body), Entities(text));

    [Theory]
    [InlineData("L'association Otages du monde a salué la libération des deux journalistes.", "Otages du monde")]
    [InlineData("Le collectif Riverains sans voiture, qui regroupe 300 familles, proteste.", "Riverains sans voiture")]
    [InlineData("L'association Marcheurs de la vallée organise une collecte dimanche.", "Marcheurs de la vallée")]
    public void AOneNounNameRunsOnThroughItsComplement(string text, string body)
    {
        var found = Entities(text);
        Assert.Contains((EntityKind.Organization, body), found);
        Assert.DoesNotContain((EntityKind.Organization, body.Split(' ')[0]), found);
    }

    [Theory]
    // a name that is not one common noun, or a complement that does not end the clause, stays as it was
    [InlineData("L'association Emmaüs de Lorient a ouvert une boutique.", "Emmaüs")]
    [InlineData("Le syndicat Convergences appelle à la grève jeudi.", "Convergences")]
    public void OtherIntroducedNamesAreKept(string text, string body) =>
        Assert.Contains(Entities(text), e => e.Kind == EntityKind.Organization && e.Label.StartsWith(body, StringComparison.Ordinal));

    [Theory]
    [InlineData("La frontière Mali-Niger est fermée depuis lundi.", "Mali-Niger")]
    [InlineData("Le sommet Côte d'Ivoire-Ghana s'est tenu à Accra.", "Côte d'Ivoire-Ghana")]
    [InlineData("La Coopération Cameroun-Nigeria avance lentement.", "Coopération Cameroun-Nigeria")]
    public void TwoCountriesJoinedByAHyphenAreNoEntity(string text, string name) =>
        Assert.DoesNotContain(Entities(text), e => e.Label == name);

    [Theory]
    [InlineData("Elle est née à Guinée-Bissau en 1990.", "Guinée-Bissau")]
    [InlineData("Le préfet de Seine-Saint-Denis a pris un arrêté.", "Seine-Saint-Denis")]
    [InlineData("Le wali de la région Casablanca-Settat a inauguré le port.", "Casablanca-Settat")]
    public void AHyphenatedPlaceStaysAPlace(string text, string place) =>
        Assert.Contains((EntityKind.Place, place), Entities(text));

    [Theory]
    [InlineData("Bruxelles veut fondre la politique agricole commune (PAC) dans une enveloppe unique.", "PAC")]
    [InlineData("Le programme appuyé par la Facilité élargie de crédit (FEC) sera revu en mai.", "FEC")]
    [InlineData("La prochaine Réunion de haut niveau (RHN) se tiendra à Madrid.", "RHN")]
    public void TheAcronymOfAPolicyOrAMeetingIsNoBody(string text, string acronym) =>
        Assert.DoesNotContain(Entities(text), e => e.Label == acronym);

    [Theory]
    [InlineData("Le Haut Conseil des finances publiques (HCFP) a rendu son avis.", "Haut Conseil des finances publiques")]
    [InlineData("Selon l'Institut de relations internationales et stratégiques (Iris), la visite est un signal.", "Institut de relations internationales et stratégiques")]
    public void TheAcronymOfABodyIsKept(string text, string body) =>
        Assert.Contains(Entities(text), e => e.Kind == EntityKind.Organization && (e.Label == body || e.Label.StartsWith(body, StringComparison.Ordinal)));

    [Fact]
    public void InclusiveWritingStaysInsideTheName() =>
        Assert.Contains(Entities("La présidente de l'Union des étudiant·e·s de Vaud (UEV), Clara Meylan, a pris la parole."),
            e => e.Kind == EntityKind.Organization && e.Label.Contains("étudiant·e·s", StringComparison.Ordinal));

    [Theory]
    [InlineData("Algénor, fondée en 2020 par deux ingénieures, lève 12 millions d'euros.", "Algénor")]
    [InlineData("Le marché est porté par Kerbrivan Robotique, créée il y a dix ans à Brest.", "Kerbrivan Robotique")]
    public void ANameApposedToAFoundingParticipleIsACompany(string text, string company) =>
        Assert.Contains((EntityKind.Organization, company), Entities(text));

    [Fact]
    public void APersonBornIsNoCompany() =>
        Assert.DoesNotContain(Entities("Lucie Fontanel, née en 1984 à Brest, dirige la coopérative."), e => e.Kind == EntityKind.Organization && e.Label.StartsWith("Lucie", StringComparison.Ordinal));

    [Fact]
    public void ABareKindAcronymStandsForTheDocumentsOneBodyOfThatKind()
    {
        var run = _pipeline.Run(new[] { new Article("t", "Les urgences du CHU de Vannes sont saturées. Au CHU, les soignants sont épuisés.", "mem", Date: new PartialDate(2026, 3, 12)) });
        var orgs = run.Entities.Where(e => e.Kind == EntityKind.Organization).ToList();
        Assert.Single(orgs);
        Assert.Equal("CHU de Vannes", orgs[0].Label);
    }

    [Fact]
    public void ABareKindAcronymWithNoNamedBodyIsDropped() =>
        Assert.DoesNotContain(Entities("Au CHU, les soignants sont épuisés depuis des semaines."), e => e.Label == "CHU");

    [Fact]
    public void AThirdBodyOfTheSameKindDoesNotEndTheAmbiguity()
    {
        // two hospitals make "le CHU" ambiguous; a third one named afterwards must not make it stand for the third
        var run = _pipeline.Run(new[] { new Article("t", "Le CHU de Vannes et le CHU de Lorient manquent de lits. Le CHU de Quimper aussi. Au CHU, les soignants sont épuisés.", "mem", Date: new PartialDate(2026, 3, 12)) });
        var orgs = run.Entities.Where(e => e.Kind == EntityKind.Organization).ToList();
        Assert.DoesNotContain(orgs, e => e.Label == "CHU" || e.AltLabels.Contains("CHU"));
        Assert.Contains(orgs, e => e.Label == "CHU de Quimper");
    }

    [Fact]
    public void AKindAcronymSpelledOutByItsGlossIsKept() =>
        Assert.Contains(_pipeline.Run(new[] { new Article("t", "Le directeur de l'agence régionale de santé (ARS) des Pays de la Loire a répondu. L'ARS a publié un communiqué.", "mem", Date: new PartialDate(2026, 3, 12)) })
            .Entities, e => e.Kind == EntityKind.Organization && (e.Label.Contains("ARS", StringComparison.Ordinal) || e.AltLabels.Contains("ARS")));

    [Fact]
    public void KnownBodiesJoinedByHyphensAreNoBranch() =>
        Assert.DoesNotContain(Entities("Selon l'intersyndicale CGT-SUD-FO, 38 postes manquent."), e => e.Label == "CGT-SUD-FO");
}
