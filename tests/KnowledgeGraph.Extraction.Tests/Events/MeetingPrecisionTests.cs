using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>
/// Precision rules of issue 9 (session 6): mentions that are no meeting fact, or the same meeting told twice. Invented
/// sentences in the style of wire, regional, Swiss, Belgian, Québec and African outlets, through the whole pipeline
/// (article dated 2026-03-11, a Wednesday). Each rule has sentences that must yield a meeting and sentences that must not.
/// </summary>
public sealed class MeetingPrecisionTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public MeetingPrecisionTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 3, 11)) });

    private static string Keys(Meeting m) => string.Join(",", m.AttendeeKeys);

    [Theory]
    // no named party at all
    [InlineData("La déclaration finale renvoie la question au prochain sommet, prévu en 2027 à Cotonou.")]
    [InlineData("Les ministres des Transports des deux cantons se retrouveront le 20 mars à Sion pour la suite des discussions.")]
    // a single named party and no date
    [InlineData("La ministre de la Mobilité, Lotte Vanderstraeten, doit rencontrer la direction de la société de transport pour faire le point.")]
    [InlineData("Une visite du chantier avec le président de la région, Hugues Lemarchand-Pollet, est également envisagée.")]
    public void AMeetingWithoutPartiesOrWithOnePartyAndNoDateIsNotAFact(string text)
    {
        Assert.Empty(Run(text).Meetings);
    }

    [Fact]
    public void OnePartyWithADateIsKept()
    {
        var r = Run("Le gouverneur de la région du Centre, Ernest Mbappé-Nkodo, a reçu mardi une délégation de planteurs de cacao.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("ernest-mbappe-nkodo", Keys(m));
        Assert.Equal(new PartialDate(2026, 3, 10), m.Date);
    }

    [Fact]
    public void TwoPartiesWithoutADateAreKept()
    {
        var r = Run("La ministre de la Mobilité, Lotte Vanderstraeten, doit rencontrer son homologue wallon, Olivier Dessart, pour évoquer le péage urbain.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("lotte-vanderstraeten,olivier-dessart", Keys(m));
        Assert.Equal(MeetingStatus.Planned, m.Status);
    }

    [Fact]
    public void ASummitOfOneOrganizationNamesItsMembersAndIsKeptUndated()
    {
        var r = Run("Le sommet de la Cedeao prévu à Lomé a par ailleurs été reporté sine die.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal(MeetingType.Summit, m.Type);
        Assert.Equal(MeetingStatus.Postponed, m.Status);
    }

    [Theory]
    // the start or the end of a period is not the meeting's date (article of Wednesday 2026-03-11)
    [InlineData("Le président Paul Ekambi-Nyonda a reçu Marc Dufresne-Obame, le troisième ministre reçu au palais depuis janvier.", "2026-03")]
    [InlineData("Les deux ministres, Léa Fontaine-Obi et Karim Zerrouki, ont eu un entretien avant d'ouvrir le forum, qui se tient jusqu'à vendredi.", "2026-03")]
    // a date in the complement of another noun is that noun's
    [InlineData("Syndicats : Anne Verbruggen-Lambot reçoit Jan De Smet-Halloy, la grève du 24 mars maintenue", "2026-03")]
    // the meeting's own date, a time frame's date and an adjective before "du" still date the meeting
    [InlineData("La rencontre du 9 mars entre Anne Verbruggen-Lambot et Jan De Smet-Halloy a été houleuse.", "2026-03-09")]
    [InlineData("Anne Verbruggen-Lambot a rencontré Jan De Smet-Halloy dans la soirée du 9 mars.", "2026-03-09")]
    public void ABoundOfAPeriodOrAnotherNounsDateDoesNotDateTheMeeting(string text, string date)
    {
        var m = Assert.Single(Run(text).Meetings);
        Assert.Equal(date, m.Date.ToString());
    }

    [Fact]
    public void AnInterviewInARelativeClauseOnTheGuestIsTheSameMeeting()
    {
        var r = Run("Quelques heures après que le Grand Conseil a adopté le budget, le conseiller d'État Pascal Rey-Mermoud a accueilli mardi à Sion "
            + "la ministre valaisanne de la Santé, Nadia Favre-Berclaz, avec qui il a eu un entretien d'une heure et demie.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("nadia-favre-berclaz,pascal-rey-mermoud", Keys(m));
        Assert.Equal("PT1H30M", m.Duration);
    }

    [Fact]
    public void AMeetingPlannedInTheRelativeClauseStaysASecondMeeting()
    {
        var r = Run("Le ministre Youssouf Diarra-Keïta a reçu lundi son homologue guinéen, Mamadou Condé-Barry, avec qui il doit avoir une nouvelle "
            + "rencontre le 20 mars à Conakry.");
        Assert.Equal(2, r.Meetings.Count);
        Assert.Contains(r.Meetings, m => m.Status == MeetingStatus.Planned);
        Assert.Contains(r.Meetings, m => m.Status == MeetingStatus.TookPlace);
    }

    [Theory]
    [InlineData("L'Union des démocrates a tenu samedi une réunion publique à Port-Gentil pour présenter son programme, en présence de Jean Mba-Obiang.")]
    [InlineData("Le maire, Hervé Lebrun-Salaün, multiplie les réunions publiques dans les quartiers avant le vote de mardi.")]
    public void APublicGatheringIsNoMeeting(string text)
    {
        Assert.Empty(Run(text).Meetings);
    }

    [Fact]
    public void APrivateMeetingOfTheSameWordsIsStillAMeeting()
    {
        var m = Assert.Single(Run("Le maire, Hervé Lebrun-Salaün, a tenu samedi une réunion avec le préfet, Louis Garnier-Vidal.").Meetings);
        Assert.Equal("herve-lebrun-salaun,louis-garnier-vidal", Keys(m));
    }

    [Theory]
    [InlineData("Au lendemain de la rencontre face à Lens, où le public avait sifflé les joueurs, le président du club, Denis Marec-Poulain, a reçu l'entraîneur, Yann Tréguier.", 1)]
    [InlineData("La rencontre amicale de football entre le Maroc et le Sénégal, prévue le 20 mars à Tanger, est maintenue.", 0)]
    public void AMatchIsNoMeetingButTheMeetingBesideItIs(string text, int meetings)
    {
        var r = Run(text);
        Assert.Equal(meetings, r.Meetings.Count);
        Assert.All(r.Meetings, m => Assert.Equal("denis-marec-poulain,yann-treguier", Keys(m)));
    }

    [Fact]
    public void ASummitThatOnlyDatesTheMeetingToldBeforeIsNoSecondMeeting()
    {
        var r = Run("La présidente de la Commission, Ursula Kessler-Brandt, a reçu mardi matin le Premier ministre grec, Nikos Papadakis-Roussos, "
            + "avant l'ouverture officielle du sommet.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("nikos-papadakis-roussos,ursula-kessler-brandt", Keys(m));
        Assert.Equal(MeetingType.Meeting, m.Type);
    }

    [Fact]
    public void ASummitTheSentenceOpensWithIsStillTold()
    {
        var r = Run("À l'ouverture du sommet de l'Union africaine, mardi à Addis-Abeba, le président kényan, Daniel Mwangi-Otieno, a rencontré son homologue somalien, Abdi Warsame-Ali.");
        Assert.Contains(r.Meetings, m => Keys(m) == "abdi-warsame-ali,daniel-mwangi-otieno");
    }

    [Fact]
    public void APairOfMinistersHoldsTalksNotAMinisterialMeeting()
    {
        var r = Run("Le ministre ivoirien du Commerce, Koffi Yao-Brou, a été reçu mardi à Ouagadougou par son homologue burkinabè, Issa Kaboré-Zongo. "
            + "Les deux ministres ont eu une séance de travail de plus de deux heures au siège de la chambre de commerce.");
        Assert.DoesNotContain(r.Meetings, m => m.Type == MeetingType.MinisterialMeeting);
        var m = Assert.Single(r.Meetings);
        Assert.Equal("issa-kabore-zongo,koffi-yao-brou", Keys(m));
    }

    [Fact]
    public void MinistersOfManyCountriesHoldAMinisterialMeeting()
    {
        var r = Run("Les ministres des Affaires étrangères de la Cedeao se sont réunis mardi à Abuja pour préparer le sommet de décembre.");
        Assert.Contains(r.Meetings, m => m.Type == MeetingType.MinisterialMeeting);
    }

    [Fact]
    public void AReceptionForTheSecondSummitIsThatSummit()
    {
        var r = Run("Le président béninois, Romuald Agossou-Hounsa, a reçu mardi à Cotonou une dizaine de chefs d'État pour le deuxième sommet "
            + "sur la sécurité maritime. Le sommet s'est achevé mercredi par une déclaration commune.");
        Assert.DoesNotContain(r.Meetings, m => m.Type != MeetingType.Summit);
    }

    [Fact]
    public void TheOpeningSessionOfAForumIsNoMeeting()
    {
        Assert.Empty(Run("Plusieurs accords ont été signés mardi à l'issue de la séance d'ouverture, dont un protocole entre l'Agence tunisienne "
            + "de l'investissement et Business France.").Meetings);
    }

    [Fact]
    public void AWorkingSessionIsStillAMeeting()
    {
        var m = Assert.Single(Run("Le ministre Koffi Yao-Brou a eu mardi une séance de travail avec son homologue ghanéen, Kwesi Boateng-Mensah.").Meetings);
        Assert.Equal("koffi-yao-brou,kwesi-boateng-mensah", Keys(m));
    }

    [Fact]
    public void ANameInARelativeAsideIsNotTheSubject()
    {
        var r = Run("Le ministre russe des Affaires étrangères, dont M. Oleg Baranov-Lisitsyn est l'adjoint, doit lui-même se rendre à Bamako le 20 mars.");
        Assert.DoesNotContain(r.Meetings, m => m.AttendeeKeys.Contains("oleg-baranov-lisitsyn"));
    }

    [Fact]
    public void AMeetingOfTwoDaysStartsOnTheFirst()
    {
        var m = Assert.Single(Run("Le conseil des gouverneurs de la Banque centrale européenne se réunira les 16 et 17 avril à Francfort.").Meetings);
        Assert.Equal(new PartialDate(2026, 4, 16), m.Date);
    }

    [Fact]
    public void ALastEncounterInAnEarlierYearIsBackground()
    {
        var r = Run("Les deux dirigeants, Goran Petrović-Ilić et Arben Krasniqi-Hoxha, s'étaient rencontrés pour la dernière fois en 2023, lors d'un sommet à Skopje.");
        Assert.Empty(r.Meetings);
    }

    [Fact]
    public void AMeetingOfTheArticlesYearToldAsTheLastIsStillAMeeting()
    {
        var r = Run("Goran Petrović-Ilić et Arben Krasniqi-Hoxha se sont rencontrés mardi à Skopje, pour la dernière fois avant les élections.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal(new PartialDate(2026, 3, 10), m.Date);
    }
}
