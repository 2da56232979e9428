using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>
/// Constructions real French-language news uses for meetings, each with invented sentences in the style of wire copy,
/// regional, Swiss, Belgian, Québec and African outlets, through the whole default pipeline: a host in the passive,
/// "la rencontre de X avec Y", joint press conferences, attendance over a list of subjects or told in a later
/// sentence, one event told as a visit and as talks, future and negated meetings, dates of asides about someone
/// else, and what is no meeting (sports matches, biography, a meal without guests).
/// </summary>
public sealed class MeetingRealNewsTests : IClassFixture<ResourcesFixture>
{
    private readonly ResourcesFixture _fixture;

    public MeetingRealNewsTests(ResourcesFixture fixture) => _fixture = fixture;

    private ExtractionResult Run(PartialDate date, params string[] texts) =>
        DefaultPipeline.Create(_fixture.Resources).Run(texts.Select((t, i) => new Article("a" + i, t, $"a{i}.txt", Date: date)).ToList());

    private static readonly PartialDate Wednesday = new(2025, 3, 12);

    private static bool Has(IEnumerable<string> keys, string part) => keys.Any(k => k.Contains(part, StringComparison.Ordinal));

    private static Meeting With(ExtractionResult r, string a, string b) =>
        Assert.Single(r.Meetings, m => Has(m.AttendeeKeys, a) && Has(m.AttendeeKeys, b));

    [Theory]
    [InlineData("Le président malien Ousmane Diarra a été accueilli mardi à Dakar par son homologue sénégalais Mamadou Ndiaye, avec qui il a eu un long entretien.", "diarra", "ndiaye")]
    [InlineData("La ministre belge des Affaires étrangères Sophie Lambert a été reçue mardi par le chef du gouvernement Karim Benali.", "lambert", "benali")]
    [InlineData("Mardi, le gouverneur Marc Tshibanda est reçu au palais par le président Félix Mbuyi.", "tshibanda", "mbuyi")]
    public void AHostInThePassiveIsTheOtherParty(string text, string guest, string host)
    {
        var r = Run(Wednesday, text);
        var m = With(r, guest, host);
        Assert.Single(r.Meetings);
        Assert.Equal(new PartialDate(2025, 3, 11), m.Date);
    }

    [Fact]
    public void TheOneARelativeAvecQuiFollowsAttends()
    {
        var r = Run(Wednesday, "Le syndicaliste Luc Girard a retrouvé mardi le préfet Alain Morel, avec qui il a eu un entretien de deux heures.");
        var m = With(r, "girard", "morel");
        Assert.Equal("PT2H", m.Duration);
    }

    [Theory]
    [InlineData("La rencontre de Pierre Moreau avec le syndicaliste Luc Girard s'est déroulée mardi dans le calme.", "moreau", "girard")]
    [InlineData("Lors d'un point de presse conjoint avec le premier ministre québécois Jean Tremblay, le président haïtien Louis Baptiste a salué un partenariat solide.", "tremblay", "baptiste")]
    [InlineData("Le chancelier autrichien Hans Keller a tenu mardi une conférence de presse conjointe avec la présidente slovène Mira Novak.", "keller", "novak")]
    public void ConstructionsThatNameBothParties(string text, string a, string b)
    {
        var r = Run(Wednesday, text);
        With(r, a, b);
    }

    [Fact]
    public void AHostReceivingUnnamedGuestsMeetsAlone()
    {
        var r = Run(Wednesday, "Le président ivoirien Amadou Koné a reçu mardi une douzaine de dirigeants d'entreprise au palais présidentiel.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal(["amadou-kone"], m.AttendeeKeys);
        Assert.Equal(new PartialDate(2025, 3, 11), m.Date);
    }

    [Fact]
    public void EveryListedSubjectOfAnAttendanceVerbAttends()
    {
        var r = Run(Wednesday, "Le ministre de l'Économie Paul Martin, la députée Anne Roux ou encore le sénateur Marc Petit participaient mardi à ce dîner de travail à l'Élysée.");
        var m = Assert.Single(r.Meetings);
        Assert.True(Has(m.AttendeeKeys, "martin") && Has(m.AttendeeKeys, "roux") && Has(m.AttendeeKeys, "petit"), string.Join(",", m.AttendeeKeys));
    }

    [Theory]
    [InlineData("Le président Henri Lefort a réuni mardi les syndicats à l'Élysée. Étaient également présents la ministre du Travail Claire Dumas et le sénateur Jacques Bernard.")]
    [InlineData("Le président Henri Lefort a réuni mardi les syndicats à l'Élysée. La ministre du Travail Claire Dumas et le sénateur Jacques Bernard ont également pris part à la discussion.")]
    public void AttendanceToldInTheNextSentenceJoinsTheMeeting(string text)
    {
        var r = Run(Wednesday, text);
        var m = Assert.Single(r.Meetings);
        Assert.True(Has(m.AttendeeKeys, "lefort") && Has(m.AttendeeKeys, "dumas") && Has(m.AttendeeKeys, "bernard"), string.Join(",", m.AttendeeKeys));
    }

    [Fact]
    public void AMealWithoutNamedGuestsIsNoMeeting() =>
        Assert.Empty(Run(Wednesday, "Le dîner, servi mardi soir dans les salons de la préfecture, a réuni plus de deux cents convives.").Meetings);

    [Theory]
    [InlineData("Le Premier ministre tchadien Ali Mahamat s'est rendu lundi à Niamey pour une visite de deux jours. Il s'est entretenu avec le président nigérien Issa Moussa sur la sécurité au Sahel.")]
    [InlineData("Arrivé lundi à Niamey, le Premier ministre tchadien Ali Mahamat y a effectué une visite officielle. Le président nigérien Issa Moussa l'a reçu au palais.")]
    public void AVisitAndTalksToldInOneArticleAreOneMeeting(string text)
    {
        var r = Run(Wednesday, text);
        var m = Assert.Single(r.Meetings);
        Assert.True(Has(m.AttendeeKeys, "mahamat") && Has(m.AttendeeKeys, "moussa"), string.Join(",", m.AttendeeKeys));
        Assert.Equal("niamey", m.PlaceKey);
        Assert.Equal(new PartialDate(2025, 3, 10), m.Date);
    }

    [Fact]
    public void VisitsToTwoPlacesStayTwoMeetings()
    {
        var r = Run(Wednesday,
            "Le Premier ministre tchadien Ali Mahamat s'est rendu lundi à Niamey. Mardi, à Bamako, il s'est entretenu avec le président malien Ousmane Diarra.");
        Assert.Equal(2, r.Meetings.Count);
    }

    [Theory]
    [InlineData("Le ministre belge Louis Peeters aura un entretien jeudi avec son homologue néerlandais Jan de Vries.", "peeters", "vries", "2025-03-13")]
    [InlineData("La présidente suisse Anna Keller doit rencontrer jeudi le chancelier allemand Klaus Weber à Berne.", "keller", "weber", "2025-03-13")]
    [InlineData("Le maire Alain Morel et le préfet Jean Lacroix tiendront une réunion vendredi en mairie.", "morel", "lacroix", "2025-03-14")]
    public void AFutureMeetingIsPlannedOnTheComingDay(string text, string a, string b, string date)
    {
        var m = With(Run(Wednesday, text), a, b);
        Assert.Equal(MeetingStatus.Planned, m.Status);
        Assert.Equal(date, m.Date?.ToString());
    }

    [Theory]
    [InlineData("Aucune date n'a été arrêtée pour une première rencontre entre le président Henri Lefort et le chef rebelle Omar Saleh.")]
    [InlineData("Une rencontre entre le président Henri Lefort et le chef rebelle Omar Saleh n'est pas prévue à ce stade.")]
    [InlineData("Selon la présidence, aucune date n'est encore fixée pour une réunion entre Henri Lefort et Omar Saleh.")]
    public void ANegatedArrangementIsNoMeeting(string text) =>
        Assert.Empty(Run(Wednesday, text).Meetings);

    [Theory]
    [InlineData("Le président Henri Lefort, élu en juin 2024, a reçu à l'Élysée le syndicaliste Luc Girard.")]
    [InlineData("Le syndicaliste Luc Girard, qui avait été nommé en 2019 à la tête de la fédération, a rencontré le président Henri Lefort.")]
    [InlineData("Élu en juin 2024 à la présidence, Henri Lefort a reçu le syndicaliste Luc Girard à l'Élysée.")]
    [InlineData("Le syndicaliste Luc Girard, qui avait signé l'accord de branche en mai 2023, a rencontré le président Henri Lefort.")]
    public void TheDateOfAnAsideAboutAPersonIsNotTheMeetings(string text)
    {
        var m = With(Run(Wednesday, text), "lefort", "girard");
        Assert.Equal(new PartialDate(2025, 3), m.Date);
    }

    [Fact]
    public void ARelativeClauseOnTheMeetingDatesIt()
    {
        var m = With(Run(Wednesday, "La rencontre entre Henri Lefort et Luc Girard, qui s'est tenue mardi à l'Élysée, a duré deux heures."), "lefort", "girard");
        Assert.Equal(new PartialDate(2025, 3, 11), m.Date);
    }

    [Fact]
    public void ThePlaceOfAnAsideIsNotTheMeetings()
    {
        var m = With(Run(Wednesday, "Né à Abidjan, le ministre Amadou Koné a rencontré mardi à Paris le sénateur Jacques Bernard."), "kone", "bernard");
        Assert.Equal("paris", m.PlaceKey);
    }

    [Fact]
    public void APlaceAfterTheTopicIsNotTheMeetings()
    {
        var m = With(Run(Wednesday, "Le ministre Amadou Koné s'est entretenu mardi avec le sénateur Jacques Bernard sur la sécurité au Sahel."), "kone", "bernard");
        Assert.Null(m.PlaceKey);
    }

    [Theory]
    [InlineData("La ministre Claire Dumas s'est entretenue jeudi avec le maire Marc Petit.")]
    [InlineData("Jeudi, la ministre Claire Dumas a reçu le maire Marc Petit.")]
    public void AWeekdayInAnArticleDatedByItsMonthKeepsThatMonth(string text)
    {
        var m = With(Run(new PartialDate(2025, 3), text), "dumas", "petit");
        Assert.Equal(new PartialDate(2025, 3), m.Date);
    }

    [Theory]
    [InlineData("La rencontre entre le Stade rennais et l'Olympique lyonnais s'est soldée dimanche par un match nul (1-1).")]
    [InlineData("Le FC Sion a rencontré samedi le FC Bâle en championnat devant 12 000 spectateurs.")]
    [InlineData("Né à Abidjan en 1960, Amadou Koné a rencontré Jacques Bernard en 1985 à l'université.")]
    [InlineData("Les réunions se multiplient entre syndicats et patronat depuis le début de l'année.")]
    [InlineData("Une réunion publique sur le projet de rocade aura lieu jeudi à la salle des fêtes.")]
    public void SportsBiographyAndGenericMeetingsAreNoMeetings(string text) =>
        Assert.Empty(Run(Wednesday, text).Meetings);

    [Fact]
    public void OneMeetingToldByThreeOutletsIsOneMeeting()
    {
        var r = Run(Wednesday,
            "Le président français Henri Lefort a rencontré mardi à Bruxelles le Premier ministre belge Louis Peeters.",
            "Henri Lefort et Louis Peeters se sont entretenus mardi à Bruxelles du budget européen.",
            "Mardi, à Bruxelles, Louis Peeters a reçu Henri Lefort pour parler d'Europe.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal(3, m.Reports.Select(e => e.ArticleId).Distinct().Count());
    }

    [Fact]
    public void TwoMeetingsOfOnePersonToldByTwoOutletsStayApart()
    {
        var r = Run(Wednesday,
            "Le président français Henri Lefort a rencontré mardi à Bruxelles le Premier ministre belge Louis Peeters.",
            "Le président français Henri Lefort a rencontré lundi à Paris le chancelier allemand Klaus Weber.");
        Assert.Equal(2, r.Meetings.Count);
    }
    [Theory]
    [InlineData("Dans un entretien accordé mardi au quotidien Le Soleil, le ministre sénégalais Mamadou Ndiaye a défendu sa réforme.")]
    [InlineData("Le ministre Mamadou Ndiaye a défendu sa réforme dans un entretien au journal régional publié mardi.")]
    [InlineData("Le président Henri Lefort a appelé mardi les deux parties à la retenue.")]
    [InlineData("Le président Henri Lefort a appelé mardi le chef rebelle Omar Saleh à déposer les armes.")]
    public void AnInterviewToThePressOrAnExhortationIsNoMeeting(string text) =>
        Assert.Empty(Run(Wednesday, text).Meetings);

    [Fact]
    public void TheOneCalledIsTheOtherPartyOfACall()
    {
        var m = With(Run(Wednesday, "Henri Lefort a appelé mardi son homologue allemand Klaus Weber pour évoquer la crise."), "lefort", "weber");
        Assert.Equal(MeetingType.PhoneCall, m.Type);
    }

    [Fact]
    public void TheOneVisitedIsTheHost()
    {
        var m = With(Run(Wednesday, "Le maire Alain Morel a rendu visite mardi au président du conseil départemental Jean Lacroix."), "morel", "lacroix");
        Assert.Equal(new PartialDate(2025, 3, 11), m.Date);
    }
    [Fact]
    public void AMeetingNounAfterAFrontedPronounSubjectTakesThatSubject()
    {
        var r = Run(Wednesday, "Le président français Henri Lefort est arrivé lundi au Maroc. Il a été reçu mardi à Rabat par le roi, avant un entretien avec le chef du gouvernement Karim Benali.");
        With(r, "lefort", "benali");
    }

    [Fact]
    public void TheSubjectOfAVisitVerbMakesTheVisit()
    {
        var m = Assert.Single(Run(Wednesday, "Le ministre belge Louis Peeters effectue mardi une visite officielle à Kinshasa.").Meetings);
        Assert.Equal(["louis-peeters"], m.AttendeeKeys);
        Assert.Equal(MeetingType.Visit, m.Type);
    }

    [Fact]
    public void ThreeOutletsWordingOneMeetingDifferentlyGiveOneMeeting()
    {
        var r = Run(new PartialDate(2025, 3, 13),
            "DAKAR (AFP) - Le président sénégalais Mamadou Ndiaye a reçu mardi à Dakar son homologue malien Ousmane Diarra pour un entretien consacré à la sécurité.",
            "Ousmane Diarra et Mamadou Ndiaye se sont entretenus le 11 mars au palais présidentiel de Dakar, selon un communiqué.",
            "La rencontre entre Mamadou Ndiaye et Ousmane Diarra, mardi à Dakar, a porté sur la lutte contre le terrorisme.");
        var m = With(r, "ndiaye", "diarra");
        Assert.Equal(3, m.Reports.Select(e => e.ArticleId).Distinct().Count());
        Assert.Equal(new PartialDate(2025, 3, 11), m.Date);
    }

    [Fact]
    public void TheSamePairMeetingOnTwoDaysToldByTwoOutletsGivesTwoMeetings()
    {
        var r = Run(new PartialDate(2025, 3, 14),
            "Le président sénégalais Mamadou Ndiaye a reçu mardi à Dakar son homologue malien Ousmane Diarra.",
            "Ousmane Diarra et Mamadou Ndiaye se sont de nouveau entretenus jeudi à Bamako.");
        Assert.Equal(2, r.Meetings.Count(m => Has(m.AttendeeKeys, "ndiaye") && Has(m.AttendeeKeys, "diarra")));
    }
    [Theory]
    [InlineData("Depuis janvier, le ministre Paul Martin a eu de nombreux entretiens avec le syndicaliste Luc Girard.")]
    [InlineData("Le préfet Alain Morel a tenu plusieurs réunions avec le maire Marc Petit ces derniers mois.")]
    [InlineData("La ministre Claire Dumas est arrivée mardi à La Réunion avec le député Marc Petit.")]
    public void MeetingsInGeneralAndTheIslandAreNoMeeting(string text) =>
        Assert.DoesNotContain(Run(Wednesday, text).Meetings, m => m.Type != MeetingType.Visit);
}
