using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>Sixth round of meeting rules (issue 9): days counted from the event told before, titles pinned down by a country standing for their holder, on invented sentences through the whole pipeline (article dated 2026-11-12, a Thursday).</summary>
public sealed class MeetingRound6Tests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public MeetingRound6Tests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 11, 12)) });

    private static string Keys(Meeting m) => string.Join(",", m.AttendeeKeys);

    [Fact]
    public void TheDayBeforeCountsFromTheMeetingToldBeforeNotFromTheArticle()
    {
        var r = Run("Le ministre burkinabè des Mines, Issouf Kaboré-Zida, a reçu lundi 9 novembre à Ouagadougou son homologue nigérien, "
            + "Moussa Abdou-Garba. La veille, il s'était entretenu au téléphone avec la directrice de la Banque ouest-africaine, Awa Sidibé-Traoré.");
        var call = Assert.Single(r.Meetings, m => m.Type == MeetingType.PhoneCall);
        Assert.Equal("awa-sidibe-traore,issouf-kabore-zida", Keys(call));
        Assert.Equal("2026-11-08", call.Date?.ToString());
    }

    [Fact]
    public void TheEveOfATripToldWithAPossessiveIsTheDayBeforeTheTripAndAnotherEvent()
    {
        var r = Run("La ministre belge du Commerce extérieur, Hilde Van Acker, s'est rendue mardi 10 novembre à Kinshasa. La veille de son départ, "
            + "elle s'était entretenue par téléphone avec le gouverneur de la Banque centrale du Congo, Patrice Mbuyi-Lukusa.");
        var call = Assert.Single(r.Meetings, m => m.Type == MeetingType.PhoneCall);
        Assert.Equal("hilde-van-acker,patrice-mbuyi-lukusa", Keys(call));
        Assert.Equal("2026-11-09", call.Date?.ToString());
        Assert.Contains(r.Meetings, m => m.Type == MeetingType.Visit && m.Date?.ToString() == "2026-11-10");
    }

    [Fact]
    public void TheNextDayCountsForwardFromTheMeetingToldBefore()
    {
        var r = Run("Le Premier ministre québécois, Luc Tremblay-Gagnon, a rencontré le 3 novembre à Ottawa son homologue ontarien, Mark Davidson. "
            + "Le lendemain, M. Tremblay-Gagnon a rencontré la mairesse de Gatineau, Isabelle Dufour-Lacasse.");
        var next = Assert.Single(r.Meetings, m => m.AttendeeKeys.Contains("isabelle-dufour-lacasse"));
        Assert.Equal("2026-11-04", next.Date?.ToString());
    }

    [Fact]
    public void TheEveOfANamedEventDoesNotCountFromTheMeetingBefore()
    {
        // "la veille du sommet" counts from the summit, not from the meeting told before: no date is made up from that meeting
        var r = Run("Le président sénégalais, Amadou Ndiaye-Fall, a reçu lundi 2 novembre le ministre gambien Lamin Ceesay-Jallow. "
            + "La veille du sommet de la Cedeao, M. Ndiaye-Fall a rencontré le président ivoirien, Koffi Yao-Brou.");
        var later = Assert.Single(r.Meetings, m => m.AttendeeKeys.Contains("koffi-yao-brou"));
        Assert.NotEqual("2026-11-01", later.Date?.ToString());
    }

    [Fact]
    public void TheDayBeforeWithNoDatedMeetingBeforeIsTheDayBeforeTheArticle()
    {
        var r = Run("La veille, la ministre de la Santé, Nadia Belkacem-Roux, s'est entretenue avec le directeur de l'hôpital, Paul Kervella.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("2026-11-11", m.Date?.ToString());
    }

    [Fact]
    public void ATitleWithANationalityAsTheSubjectIsTheHolderOfThatCountrysPost()
    {
        // a man is named between the minister and the meeting: the title, not the last man named, decides
        var r = Run("Le ministre tchadien des Transports, Idriss Mahamat-Saleh, est arrivé lundi à Yaoundé pour une visite de travail. "
            + "Le Premier ministre camerounais, Joseph Ngo-Mbarga, a salué sa venue. Mardi, le ministre tchadien s'est entretenu avec le "
            + "directeur du port autonome de Douala, Cyrille Etoundi-Mballa.");
        var m = Assert.Single(r.Meetings, m => m.AttendeeKeys.Contains("cyrille-etoundi-mballa"));
        Assert.Equal("cyrille-etoundi-mballa,idriss-mahamat-saleh", Keys(m));
    }

    [Fact]
    public void ATitleWithANationalityAsThePassiveAgentIsTheHolderOfThatCountrysPost()
    {
        var r = Run("Le ministre sénégalais de l'Économie, Abdoulaye Diop-Sall, a présenté lundi le budget. La ministre française du Commerce "
            + "extérieur, Claire Ravel-Dumas, est arrivée mardi à Dakar, accompagnée du patron de Business France, Marc Olivier-Brun. "
            + "Elle a été reçue mercredi par le ministre sénégalais.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("abdoulaye-diop-sall,claire-ravel-dumas", Keys(m));
        Assert.Equal("2026-11-11", m.Date?.ToString());
    }

    [Fact]
    public void ATitleOfAnotherCountryIsNotTheHolderOfThePostTheArticleStated()
    {
        var r = Run("Le ministre français de l'Économie, Pierre Morel-Vasseur, a présenté son budget. Mardi, le ministre allemand s'est "
            + "entretenu avec la commissaire européenne Anna Schmidt-Berg.");
        Assert.DoesNotContain(r.Meetings, m => m.AttendeeKeys.Contains("pierre-morel-vasseur"));
    }

    [Fact]
    public void TheSubjectOfAMeetingVerbAfterARelativeQuiIsItsAntecedentNotTheMainSubject()
    {
        var r = Run("Le ministre des Mines, Souleymane Traoré-Kanté, a reçu lundi l'ambassadeur de Chine, Li Wenbo. La veille, dimanche, le "
            + "ministre s'était entretenu au téléphone avec le directeur général de Ganfeng pour l'Afrique, Zhou Minhao, qui doit se rendre "
            + "à Bamako début décembre.");
        var visit = Assert.Single(r.Meetings, m => m.Type == MeetingType.Visit);
        Assert.Equal("zhou-minhao", Keys(visit));
    }

    [Fact]
    public void ARelativeQuiMeetingVerbKeepsBothParties()
    {
        var r = Run("Le directeur de Ganfeng pour l'Afrique, Zhou Minhao, qui s'est entretenu mardi avec la ministre des Mines, "
            + "Awa Traoré-Kanté, a salué un climat constructif.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("awa-traore-kante,zhou-minhao", Keys(m));
    }

    [Fact]
    public void AMeetingAskedForIsNoMeeting()
    {
        var r = Run("La présidente du syndicat, Marie Ouellet-Roy, a demandé une rencontre avec la ministre de l'Éducation, Sophie Gagnon-Lévesque.");
        Assert.Empty(r.Meetings);
    }

    [Fact]
    public void AMeetingObtainedIsAMeeting()
    {
        var r = Run("La présidente du syndicat, Marie Ouellet-Roy, a obtenu une rencontre avec la ministre de l'Éducation, Sophie Gagnon-Lévesque, jeudi.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("marie-ouellet-roy,sophie-gagnon-levesque", Keys(m));
    }

    [Fact]
    public void ASummitNamedAsAPointInTimeIsNoMeeting()
    {
        var r = Run("Les ministres des Affaires étrangères, Laure Morvan-Chabert et Jörg Haber, se sont réunis jeudi à Paris. Une réunion de "
            + "près de quatre heures, la première depuis le sommet du G20 de Johannesburg.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("jorg-haber,laure-morvan-chabert", Keys(m));
    }

    [Fact]
    public void ASummitSomeoneComesBackFromIsNoMeetingOfItsOrganization()
    {
        var r = Run("Le Portugais Duarte Seixas, qui rentrait du sommet du G20 à Miami, a défendu les fonds de cohésion.");
        Assert.Empty(r.Meetings);
    }

    [Fact]
    public void ASummitAPersonAttendsStaysAMeeting()
    {
        var r = Run("Le président sénégalais, Amadou Ndiaye-Fall, a participé samedi au sommet de l'Union africaine à Addis-Abeba.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal(MeetingType.Summit, m.Type);
        Assert.Contains("amadou-ndiaye-fall", m.AttendeeKeys);
    }

    [Fact]
    public void TheMeetingOfTheTwoMinistersWithAGuestIsTheMeetingToldBeforeWithThatGuest()
    {
        var r = Run("Les ministres des Mines et des Finances, Cheikh Ndour-Fall et Awa Sarr-Kébé, ont reçu jeudi à Dakar la direction du "
            + "groupe minier Sabodala Gold. La rencontre des deux ministres avec le directeur pays du groupe, Ibrahima Ndiaye-Sow, a duré "
            + "plus de trois heures.");
        var m = Assert.Single(r.Meetings);
        Assert.Contains("ibrahima-ndiaye-sow", m.AttendeeKeys);
        Assert.Contains("cheikh-ndour-fall", m.AttendeeKeys);
        Assert.Contains("awa-sarr-kebe", m.AttendeeKeys);
    }

    [Fact]
    public void TheMeetingOfTwoOthersIsNotTheMeetingToldBefore()
    {
        // no pair named before: "des deux" adds no one
        var r = Run("Le gouverneur, Paul Ebongue-Mbida, a inauguré jeudi le marché. La rencontre des deux délégations avec le préfet, "
            + "Jean Nkoulou-Ateba, a duré une heure.");
        Assert.DoesNotContain(r.Meetings, m => m.AttendeeKeys.Contains("paul-ebongue-mbida"));
    }

    [Fact]
    public void AinsiQueCoordinatesTheAttendeesOfAList()
    {
        var r = Run("La ministre de la Mer, Solène Kerbrat-Duval, s'est entretenue mardi avec le préfet ainsi que le maire de Lorient, Fabrice Morvan.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("fabrice-morvan,solene-kerbrat-duval", Keys(m));
    }

    [Fact]
    public void AClauseOpenedByQueStillEndsTheList()
    {
        var r = Run("La ministre de la Mer, Solène Kerbrat-Duval, s'est entretenue mardi avec le préfet, que le maire de Lorient, Fabrice Morvan, avait critiqué.");
        Assert.DoesNotContain(r.Meetings, m => m.AttendeeKeys.Contains("fabrice-morvan"));
    }

    [Fact]
    public void ASummitNamedOnlyAsAPurposeIsNoMeeting()
    {
        var r = Run("Le ministre des Finances, Paulo Mendes-Costa, prépare la position commune en vue du sommet du G20 de janvier.");
        Assert.Empty(r.Meetings);
    }
}
