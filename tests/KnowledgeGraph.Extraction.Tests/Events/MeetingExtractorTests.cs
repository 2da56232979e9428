using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tests.Claims;

namespace KnowledgeGraph.Extraction.Tests.Events;

public sealed class MeetingExtractorTests : IClassFixture<ResourcesFixture>
{
    private static readonly PartialDate ArticleDate = new(2024, 3, 14); // a Thursday

    internal static readonly Tag[] World =
    [
        new("Ingrid Solberg", EntityKind.Person, "solberg"),
        new("Solberg", EntityKind.Person, "solberg"),
        new("Paulo Mendes", EntityKind.Person, "mendes"),
        new("Mendes", EntityKind.Person, "mendes"),
        new("Karim Haddad", EntityKind.Person, "haddad"),
        new("Haddad", EntityKind.Person, "haddad"),
        new("Lisbonne", EntityKind.Place, "lisbonne"),
        new("Oslo", EntityKind.Place, "oslo"),
        new("Unesco", EntityKind.Organization, "unesco"),
        new("G20", EntityKind.Organization, "g20"),
        new("Genève", EntityKind.Place, "geneve"),
        new("Kiev", EntityKind.Place, "kyiv"),
    ];

    private readonly ExtractionResources _resources;
    private readonly MeetingExtractor _extractor;

    public MeetingExtractorTests(ResourcesFixture fixture)
    {
        _resources = fixture.Resources;
        _extractor = new MeetingExtractor(fixture.Resources);
    }

    private (AnalyzedDocument Doc, List<MeetingMention> Meetings) Run(string text)
    {
        var doc = HandTaggedDocument.Build(_resources, text, ArticleDate, World);
        return (doc, _extractor.Extract(doc));
    }

    private static string[] Attendees(AnalyzedDocument doc, MeetingMention m)
    {
        var clusters = World.Select(t => t.Cluster).Distinct().ToList();
        return m.AttendeeMentionIndexes.Select(k => clusters[doc.Entities[k].ClusterId]).Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    private static string? Place(AnalyzedDocument doc, MeetingMention m) => m.PlaceMentionIndex is { } p ? doc.Entities[p].Text : null;

    [Fact]
    public void VerbMeetingWithSubjectObjectPlaceAndWeekday()
    {
        var (doc, ms) = Run("Le Premier ministre Paulo Mendes a rencontré mardi à Lisbonne la ministre norvégienne Ingrid Solberg.");
        var m = Assert.Single(ms);
        Assert.Equal(MeetingType.Meeting, m.Type);
        Assert.Equal(["mendes", "solberg"], Attendees(doc, m));
        Assert.Equal("Lisbonne", Place(doc, m));
        Assert.Equal(new PartialDate(2024, 3, 12), m.Date);
        Assert.Equal(MeetingStatus.TookPlace, m.Status);
        Assert.Equal("rencontrer", m.TriggerLemma);
    }

    [Fact]
    public void TalksBetweenTwoPeopleWithADuration()
    {
        var (doc, ms) = Run("Les discussions entre Karim Haddad et Ingrid Solberg ont duré deux heures et demie.");
        var m = Assert.Single(ms);
        Assert.Equal(MeetingType.Talks, m.Type);
        Assert.Equal(["haddad", "solberg"], Attendees(doc, m));
        Assert.Equal("PT2H30M", m.Duration);
        Assert.Equal("deux heures et demie", m.DurationSpan!.Value.Of(doc.Text));
    }

    [Fact]
    public void PlannedMeetingWithModalVerbAndFutureDay()
    {
        var (doc, ms) = Run("Paulo Mendes doit rencontrer Karim Haddad jeudi prochain à Oslo.");
        var m = Assert.Single(ms);
        Assert.Equal(MeetingStatus.Planned, m.Status);
        Assert.Equal(["haddad", "mendes"], Attendees(doc, m));
        Assert.Equal(new PartialDate(2024, 3, 21), m.Date);
        Assert.Equal("Oslo", Place(doc, m));
    }

    [Fact]
    public void CancelledVisit()
    {
        var (doc, ms) = Run("La visite de Karim Haddad à Oslo a été annulée.");
        var m = Assert.Single(ms);
        Assert.Equal(MeetingType.Visit, m.Type);
        Assert.Equal(MeetingStatus.Cancelled, m.Status);
        Assert.Equal(["haddad"], Attendees(doc, m));
    }

    [Fact]
    public void PostponedSummit()
    {
        var (doc, ms) = Run("Le sommet entre Paulo Mendes et Ingrid Solberg a été reporté à une date inconnue.");
        var m = Assert.Single(ms);
        Assert.Equal(MeetingType.Summit, m.Type);
        Assert.Equal(MeetingStatus.Postponed, m.Status);
        Assert.Equal(["mendes", "solberg"], Attendees(doc, m));
    }

    [Fact]
    public void PhoneCallFromReflexiveVerb()
    {
        var (doc, ms) = Run("Ingrid Solberg s'est entretenue au téléphone avec Paulo Mendes.");
        var m = Assert.Single(ms);
        Assert.Equal(MeetingType.PhoneCall, m.Type);
        Assert.Equal(["mendes", "solberg"], Attendees(doc, m));
    }

    [Fact]
    public void MinisterialMeetingOfAnOrganization()
    {
        var (doc, ms) = Run("A Oslo, les ministres de la Santé de l'Unesco se sont réunis mercredi.");
        var m = Assert.Single(ms);
        Assert.Equal(MeetingType.MinisterialMeeting, m.Type);
        Assert.Equal(["unesco"], Attendees(doc, m));
        Assert.Equal("Oslo", Place(doc, m));
        Assert.Equal(new PartialDate(2024, 3, 13), m.Date);
    }

    [Fact]
    public void TriggersInsideQuotationsAreIgnored()
    {
        var (_, ms) = Run("« Cette rencontre sera décisive », a dit Paulo Mendes.");
        Assert.Empty(ms);
    }

    [Fact]
    public void PossessiveNounTakesTheSentenceSubject()
    {
        var (doc, ms) = Run("Karim Haddad a évoqué sa rencontre avec Ingrid Solberg devant la presse.");
        var m = Assert.Single(ms);
        Assert.Equal(["haddad", "solberg"], Attendees(doc, m));
    }

    [Fact]
    public void EntreListStopsAtThePlace()
    {
        var (doc, ms) = Run("Karim Haddad a salué une rencontre entre Paulo Mendes et Ingrid Solberg à Lisbonne.");
        var m = Assert.Single(ms);
        Assert.Equal(["mendes", "solberg"], Attendees(doc, m));
        Assert.Equal("Lisbonne", Place(doc, m));
    }

    [Fact]
    public void ReciprocalVerbTakesAllSubjects()
    {
        var (doc, ms) = Run("Karim Haddad et Ingrid Solberg se sont rencontrés lundi à Genève.");
        var m = Assert.Single(ms);
        Assert.Equal(["haddad", "solberg"], Attendees(doc, m));
        Assert.Equal("Genève", Place(doc, m));
        Assert.Equal(new PartialDate(2024, 3, 11), m.Date);
        Assert.Equal(MeetingStatus.TookPlace, m.Status);
    }

    [Fact]
    public void FutureVerbIsPlanned()
    {
        var (doc, ms) = Run("Paulo Mendes recevra Ingrid Solberg samedi à Lisbonne.");
        var m = Assert.Single(ms);
        Assert.Equal(MeetingStatus.Planned, m.Status);
        Assert.Equal(["mendes", "solberg"], Attendees(doc, m));
        Assert.Equal(new PartialDate(2024, 3, 16), m.Date);
    }

    [Fact]
    public void PurposeInfinitiveAfterAPastVisitTookPlace()
    {
        // the trip and the meeting it was made for are one event: a visit to Kiev with its host
        var (doc, ms) = Run("Karim Haddad s'est rendu à Kiev pour rencontrer Paulo Mendes.");
        var meeting = Assert.Single(ms);
        Assert.Equal(MeetingType.Visit, meeting.Type);
        Assert.Equal("Kiev", Place(doc, meeting));
        Assert.Equal(MeetingStatus.TookPlace, meeting.Status);
        Assert.Equal(["haddad", "mendes"], Attendees(doc, meeting));
    }

    [Fact]
    public void LorsDunAppelTakesTheSubjectAfterTheComma()
    {
        var (doc, ms) = Run("Lors d'un entretien téléphonique avec Paulo Mendes, Ingrid Solberg a évoqué la pêche.");
        var m = Assert.Single(ms);
        Assert.Equal(MeetingType.PhoneCall, m.Type);
        Assert.Equal(["mendes", "solberg"], Attendees(doc, m));
    }

    [Fact]
    public void MinistersOfAnOrganizationWillMeet()
    {
        var (doc, ms) = Run("Les ministres des Finances du G20 se réuniront jeudi à Genève.");
        var m = Assert.Single(ms);
        Assert.Equal(MeetingType.MinisterialMeeting, m.Type);
        Assert.Equal(MeetingStatus.Planned, m.Status);
        Assert.Equal(["g20"], Attendees(doc, m));
        Assert.Equal(new PartialDate(2024, 3, 14), m.Date);
    }

    [Fact]
    public void PluralPronounTakesThePeopleNamedTogetherBefore()
    {
        var (doc, ms) = Run("Paulo Mendes et Ingrid Solberg ont parlé de la pêche. Ils sont convenus de se rencontrer à Oslo.");
        var m = Assert.Single(ms);
        Assert.Equal(MeetingStatus.Planned, m.Status);
        Assert.Equal(["mendes", "solberg"], Attendees(doc, m));
    }

    [Fact]
    public void ADurationBetweenVerbAndAvecKeepsTheOtherParty()
    {
        var (doc, ms) = Run("La ministre Ingrid Solberg s'est entretenue mardi pendant deux heures avec le Premier ministre portugais, Paulo Mendes, de la pêche.");
        var m = Assert.Single(ms);
        Assert.Equal(["mendes", "solberg"], Attendees(doc, m));
        Assert.Equal("PT2H", m.Duration);
    }

    [Fact]
    public void APassiveReceptionTakesTheAgentAfterPar()
    {
        var (doc, ms) = Run("Le ministre Karim Haddad a été reçu pendant une heure par Paulo Mendes mercredi.");
        var m = Assert.Single(ms);
        Assert.Equal(["haddad", "mendes"], Attendees(doc, m));
        Assert.Equal(MeetingStatus.TookPlace, m.Status);
    }

    [Fact]
    public void AnAdverbInsideTheReflexiveVerbStillStatesTalks()
    {
        var (doc, ms) = Run("Le ministre Karim Haddad s'est lui aussi entretenu avec Paulo Mendes mercredi.");
        var m = Assert.Single(ms);
        Assert.Equal(MeetingType.Talks, m.Type);
        Assert.Equal(["haddad", "mendes"], Attendees(doc, m));
    }

    [Fact]
    public void ACallWithAnObjectPronounTakesThePersonThePreviousSentenceIsAbout()
    {
        var (doc, ms) = Run("La ministre Ingrid Solberg est arrivée lundi à Oslo. Le ministre Karim Haddad l'a également appelée mardi.");
        var m = Assert.Single(ms);
        Assert.Equal(MeetingType.PhoneCall, m.Type);
        Assert.Equal(["haddad", "solberg"], Attendees(doc, m));
        Assert.Equal(new PartialDate(2024, 3, 12), m.Date);
    }

    [Fact]
    public void AppelerAWithoutObjectPronounIsNoCall()
    {
        var (_, ms) = Run("Le ministre Karim Haddad a appelé à la retenue mardi.");
        Assert.Empty(ms);
    }

    [Fact]
    public void TheTwoMenOfTheLastMeetingAreItsAttendees()
    {
        var (doc, ms) = Run("Paulo Mendes a rencontré Karim Haddad lundi. Un nouvel entretien entre les deux hommes est prévu vendredi.");
        Assert.Equal(2, ms.Count);
        Assert.Equal(["haddad", "mendes"], Attendees(doc, ms[1]));
        Assert.Equal(MeetingStatus.Planned, ms[1].Status);
        Assert.Equal(new PartialDate(2024, 3, 15), ms[1].Date);
    }

    [Fact]
    public void WordsBetweenReflexiveAuxiliaryAndParticipleStillStateTalks()
    {
        var (doc, ms) = Run("Paulo Mendes s'est en revanche entretenu pendant une heure avec Karim Haddad.");
        var m = Assert.Single(ms);
        Assert.Equal(MeetingType.Talks, m.Type);
        Assert.Equal(["haddad", "mendes"], Attendees(doc, m));
        Assert.Equal("PT1H", m.Duration);
    }

    [Fact]
    public void ABareTitleAsSubjectStandsForThePersonNamedBeforeAndAModalLooksForward()
    {
        var (doc, ms) = Run("Mme Solberg a quitté Oslo lundi. La ministre devait se rendre vendredi à Lisbonne, mais cette visite a été annulée.");
        var visit = ms.First(m => m.Type == MeetingType.Visit);
        Assert.Equal(["solberg"], Attendees(doc, visit));
        Assert.Equal(MeetingStatus.Cancelled, visit.Status);
        Assert.Equal(new PartialDate(2024, 3, 15), visit.Date); // the Friday after Thursday's paper
    }

    [Fact]
    public void ABareTitleAsObjectStandsForThePersonNamedBefore()
    {
        var (doc, ms) = Run("Mme Solberg est arrivée lundi à Oslo. Karim Haddad devait rencontrer vendredi la ministre norvégienne.");
        var m = Assert.Single(ms);
        Assert.Equal(["haddad", "solberg"], Attendees(doc, m));
        Assert.Equal(MeetingStatus.Planned, m.Status);
    }

    [Fact]
    public void ABareTitleAfterAvecStandsForThePersonNamedBefore()
    {
        var (doc, ms) = Run("Mme Solberg est arrivée lundi à Oslo. M. Haddad s'est entretenu mardi avec la ministre.");
        var m = Assert.Single(ms);
        Assert.Equal(["haddad", "solberg"], Attendees(doc, m));
    }

    [Fact]
    public void AnObjectAfterMonsieurIsStillTheObject()
    {
        var (doc, ms) = Run("Ingrid Solberg rencontrera M. Haddad la semaine prochaine.");
        var m = Assert.Single(ms);
        Assert.Equal(["haddad", "solberg"], Attendees(doc, m));
    }

    [Fact]
    public void APlannedSummitInAMonthWithoutYearIsTheNextSuchMonth()
    {
        // a summit someone will attend ("en vue du sommet" alone names it only as a purpose: see MeetingRound6Tests)
        var (_, ms) = Run("Paulo Mendes doit participer au sommet du G20 de janvier.");
        var m = Assert.Single(ms);
        Assert.Equal(MeetingStatus.Planned, m.Status);
        Assert.Equal(new PartialDate(2025, 1), m.Date);
    }

    [Fact]
    public void AMeetingNounAfterApresTakesTheSentenceSubject()
    {
        var (doc, ms) = Run("Le pêcheur Karim Haddad a quitté Oslo satisfait, après un entretien d'une heure avec la ministre Ingrid Solberg.");
        var m = Assert.Single(ms);
        Assert.Equal(["haddad", "solberg"], Attendees(doc, m));
    }

    [Fact]
    public void TheTwoMenMeetingAgainArePlannedWithThePreviousPair()
    {
        var (doc, ms) = Run("Paulo Mendes s'est entretenu avec Karim Haddad lundi. Les deux hommes doivent se revoir vendredi.");
        Assert.Equal(2, ms.Count);
        Assert.Equal(["haddad", "mendes"], Attendees(doc, ms[1]));
        Assert.Equal(MeetingStatus.Planned, ms[1].Status);
        Assert.Equal(new PartialDate(2024, 3, 15), ms[1].Date);
    }

    [Fact]
    public void APostponementFarAfterTheNounSubjectStillApplies()
    {
        var (doc, ms) = Run("La rencontre très attendue entre le Premier ministre portugais, Paulo Mendes, et son homologue norvégienne, Ingrid Solberg, prévue mardi en marge du sommet du G20, a été reportée à une date indéterminée.");
        var meeting = ms.Single(m => m.Type == MeetingType.Meeting);
        Assert.Equal(["mendes", "solberg"], Attendees(doc, meeting));
        Assert.Equal(MeetingStatus.Postponed, meeting.Status);
        // the summit in the complement is not what was postponed
        Assert.Equal(MeetingStatus.TookPlace, ms.Single(m => m.Type == MeetingType.Summit).Status);
    }

    [Fact]
    public void AStatusCueAfterAnotherMeetingNounIsThatMeetings()
    {
        var (_, ms) = Run("Sommet de l'Unesco à Oslo : la rencontre entre Paulo Mendes et Ingrid Solberg reportée");
        Assert.Equal(MeetingStatus.TookPlace, ms.Single(m => m.Type == MeetingType.Summit).Status);
        Assert.Equal(MeetingStatus.Postponed, ms.Single(m => m.Type == MeetingType.Meeting).Status);
    }

    [Fact]
    public void ReceivingTheTwoNamedTogetherBeforeTakesBoth()
    {
        var (doc, ms) = Run("Paulo Mendes et Karim Haddad ont signé l'accord lundi. Ingrid Solberg a reçu mardi à Oslo les deux dirigeants.");
        var m = Assert.Single(ms);
        Assert.Equal(["haddad", "mendes", "solberg"], Attendees(doc, m));
    }

    [Fact]
    public void TheOrganizationAfterDeAndAnElidedArticleAttendsTheSummit()
    {
        var (doc, ms) = Run("Le sommet de l'Unesco s'est ouvert lundi à Oslo.");
        var m = Assert.Single(ms);
        Assert.Equal(["unesco"], Attendees(doc, m));
    }
}
