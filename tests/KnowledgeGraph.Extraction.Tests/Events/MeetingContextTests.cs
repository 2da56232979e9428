using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>
/// Meetings whose participants, date or status come from the surrounding text: hosts and delegations, chairs,
/// appositions that describe the meeting, "une nouvelle réunion", titles standing for a post holder, an
/// organization named by its kind, a trip for a meeting, and meetings ruled out. Invented sentences through the
/// default pipeline, article dated Thursday 2024-06-13.
/// </summary>
public sealed class MeetingContextTests : IClassFixture<ResourcesFixture>
{
    private readonly ResourcesFixture _fixture;

    public MeetingContextTests(ResourcesFixture fixture) => _fixture = fixture;

    private ExtractionResult Run(string text) =>
        DefaultPipeline.Create(_fixture.Resources).Run([new Article("a", text, "a.txt", Date: new PartialDate(2024, 6, 13))]);

    private static bool Has(IEnumerable<string> keys, string part) => keys.Any(k => k.Contains(part, StringComparison.Ordinal));

    [Fact]
    public void AHostGathersPartiesAndANewMeetingOfTheSamePartiesIsPostponed()
    {
        var r = Run("La ministre autrichienne des Transports, Eva Brunner, a réuni lundi la direction des chemins de fer et les syndicats au ministère. " +
                    "Une nouvelle réunion, prévue vendredi au ministère, a été reportée.");
        var held = Assert.Single(r.Meetings, m => m.Status == MeetingStatus.TookPlace);
        Assert.True(Has(held.AttendeeKeys, "brunner"));
        Assert.Equal(new PartialDate(2024, 6, 10), held.Date);
        var postponed = Assert.Single(r.Meetings, m => m.Status == MeetingStatus.Postponed);
        Assert.True(Has(postponed.AttendeeKeys, "brunner"));
        Assert.NotNull(postponed.Date);
    }

    [Fact]
    public void TheHostReceivesADelegationLedBySomeone()
    {
        var r = Run("Le ministre autrichien de l'Environnement, Hans Keller, a reçu mercredi pendant trois heures les négociateurs de l'Union africaine, emmenés par Anna Nowak.");
        var m = Assert.Single(r.Meetings);
        Assert.True(Has(m.AttendeeKeys, "keller") && Has(m.AttendeeKeys, "nowak") && Has(m.AttendeeKeys, "union-africaine"));
        Assert.Equal("PT3H", m.Duration);
        Assert.Equal(new PartialDate(2024, 6, 12), m.Date);
    }

    [Fact]
    public void TheChairOfACancelledMeetingAttendsAndItsDateIsInTheRelativeClause()
    {
        var r = Run("La ministre polonaise Anna Nowak préside cette année le groupe des pays du G20. " +
                    "Une réunion des chefs de délégation du G20, qu'elle devait présider mardi soir, a été annulée faute d'accord.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal(MeetingStatus.Cancelled, m.Status);
        Assert.True(Has(m.AttendeeKeys, "nowak") && Has(m.AttendeeKeys, "g20"));
        Assert.Equal(new PartialDate(2024, 6, 11), m.Date);
    }

    [Fact]
    public void CoChairedConsultationsThatAreToOpenArePlanned()
    {
        var r = Run("Les consultations ministérielles sur le climat, co-présidées par Mme Anna Nowak et le négociateur autrichien Hans Keller, doivent s'ouvrir lundi.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal(MeetingType.MinisterialMeeting, m.Type);
        Assert.Equal(MeetingStatus.Planned, m.Status);
        Assert.True(Has(m.AttendeeKeys, "nowak") && Has(m.AttendeeKeys, "keller"));
        Assert.Equal(new PartialDate(2024, 6, 17), m.Date);
    }

    [Theory]
    [InlineData("Une rencontre au sommet entre Hans Keller et son rival Marek Zielinski reste en revanche exclue à ce stade.")]
    [InlineData("Une rencontre entre Hans Keller et Marek Zielinski est hors de question, selon Vienne.")]
    public void AMeetingRuledOutIsNoMeeting(string text) => Assert.Empty(Run(text).Meetings);

    [Fact]
    public void AVisitThatIsTheOccasionOfAMeetingIsNotASecondMeeting()
    {
        var r = Run("Le président du groupe, Paul Renard, qui doit rencontrer la ministre Anna Nowak jeudi à Paris, lors de sa visite au salon, a dénoncé les règles.");
        var m = Assert.Single(r.Meetings);
        Assert.True(Has(m.AttendeeKeys, "renard") && Has(m.AttendeeKeys, "nowak"));
    }

    [Fact]
    public void ATripForAnInterviewIsThatMeeting()
    {
        var r = Run("La chancelière autrichienne Eva Brunner a parlé mardi. La chancelière doit se rendre jeudi à Vienne pour un entretien avec le président polonais, Marek Zielinski.");
        var m = Assert.Single(r.Meetings);
        Assert.True(Has(m.AttendeeKeys, "brunner") && Has(m.AttendeeKeys, "zielinski"));
        Assert.Equal(MeetingStatus.Planned, m.Status);
        Assert.Equal("vienne", m.PlaceKey);
    }

    [Fact]
    public void AnOrganizationNamedByItsKindIsTheSubject()
    {
        var r = Run("L'association Rivières propres a porté plainte mardi. L'association doit rencontrer lundi le préfet du Tyrol, Hans Keller.");
        var m = Assert.Single(r.Meetings);
        Assert.True(Has(m.AttendeeKeys, "keller"));
        Assert.Contains(m.AttendeeKeys, k => k.Contains("rivieres", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Plusieurs éditeurs de presse ont engagé des négociations avec Orange et Renault sur la rémunération de leurs contenus.")]
    [InlineData("Les deux pays ont entamé des discussions sur un accord commercial.")]
    public void OpeningNegotiationsIsAProcessNotAMeeting(string text) => Assert.Empty(Run(text).Meetings);

    [Fact]
    public void ATitleAfterAFrontedTimeIsTheSubject()
    {
        var r = Run("La commissaire européenne au Numérique, Anna Nowak, a présenté mardi son plan. " +
                    "Mardi matin, la commissaire s'est également entretenue par visioconférence avec le ministre allemand du Numérique, Hans Keller.");
        var m = Assert.Single(r.Meetings);
        Assert.True(Has(m.AttendeeKeys, "nowak") && Has(m.AttendeeKeys, "keller"));
    }

    [Fact]
    public void TheTwoNamedInDifferentSentencesMetBefore()
    {
        var r = Run("Le général Hans Keller représente l'armée à Genève. En face, le représentant des rebelles, Marek Zielinski, s'est exprimé en anglais. " +
                    "Les deux négociateurs ne sont pas des inconnus : ils s'étaient déjà fait face à Vienne en mai 2021, lors de pourparlers parrainés par l'ONU.");
        var m = Assert.Single(r.Meetings);
        Assert.True(Has(m.AttendeeKeys, "keller") && Has(m.AttendeeKeys, "zielinski"));
        Assert.Equal(new PartialDate(2021, 5), m.Date);
        Assert.Equal("vienne", m.PlaceKey);
    }

    [Fact]
    public void APostponedSigningIsBetweenTheNegotiatingPartiesOnThePlannedDay()
    {
        var r = Run("Le général Hans Keller et le rebelle Marek Zielinski ont mené mardi à Genève six heures de pourparlers. " +
                    "Une cérémonie de signature, initialement envisagée samedi à Genève, a été reportée à une date ultérieure.");
        var signing = Assert.Single(r.Meetings, m => m.Status == MeetingStatus.Postponed);
        Assert.True(Has(signing.AttendeeKeys, "keller") && Has(signing.AttendeeKeys, "zielinski"));
        Assert.Equal(new PartialDate(2024, 6, 15), signing.Date);
    }
}
