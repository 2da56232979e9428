using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>Fourth round of meeting rules (issue 9: meetings on unseen news), on invented sentences through the whole pipeline (article dated 2025-10-08).</summary>
public sealed class MeetingRound4Tests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public MeetingRound4Tests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 10, 8)) });

    private static string Keys(Meeting m) => string.Join(",", m.AttendeeKeys);

    [Fact]
    public void CoordinatedApposedGuestsAreAllAttendees()
    {
        var r = Run("Le président togolais Kodjo Amégan a reçu mardi à Lomé ses homologues béninois et ghanéen, Serge Houndékon et Kwame "
            + "Asante-Boateng, pour un sommet sur la sécurité.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("kodjo-amegan,kwame-asante-boateng,serge-houndekon", Keys(m));
    }

    [Fact]
    public void AListOfThreeGuestsIsFollowedToItsEt()
    {
        var r = Run("Le Premier ministre Henri Valcourt a reçu lundi Anne Boisvert, Luc Tremblay-Roy et Marie Gagnon-Lessard à l'hôtel du gouvernement.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("anne-boisvert,henri-valcourt,luc-tremblay-roy,marie-gagnon-lessard", Keys(m));
    }

    [Fact]
    public void ANameStartingANewClauseIsNoCoordinatedGuest()
    {
        var r = Run("Le Premier ministre Henri Valcourt a reçu lundi Anne Boisvert, puis Luc Tremblay-Roy a pris la parole devant la presse.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("anne-boisvert,henri-valcourt", Keys(m));
    }

    [Fact]
    public void PastInfinitiveAfterAVerbOfSayingIsTheSpeakersMeeting()
    {
        var r = Run("Le syndicaliste Paul Mbemba-Tshiala a affirmé s'être entretenu vendredi au téléphone avec le chef du gouvernement, "
            + "Jacques Lukusa-Ngoy. « Le dialogue continue », a-t-il assuré.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("jacques-lukusa-ngoy,paul-mbemba-tshiala", Keys(m));
        Assert.Equal("2025-10-03", m.Date?.ToString());
    }

    [Fact]
    public void AMealToldWithItsVerbIsAMeetingOfItsNamedGuests()
    {
        var r = Run("La ministre de la Culture, Hélène Vasseur-Brun, a déjeuné mardi avec le directeur du festival, Marc Lebihan, "
            + "et la maire de Brest, Soizic Kernéis, avant de visiter les salles.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("helene-vasseur-brun,marc-lebihan,soizic-kerneis", Keys(m));
    }

    [Fact]
    public void AMealWithNoNamedGuestIsNoMeeting()
    {
        var r = Run("La ministre de la Culture, Hélène Vasseur-Brun, a déjeuné mardi à la cantine de l'usine avant de repartir pour Paris.");
        Assert.Empty(r.Meetings);
    }

    [Fact]
    public void ABracketedAcronymDoesNotEndTheLeaderPhrase()
    {
        var r = Run("Le ministre du Travail, Félix Ilunga-Mwamba, a reçu lundi une délégation de l'intersyndicale conduite par le secrétaire "
            + "général de la Confédération syndicale du Zaïre (CSZ), Honoré Kabeya-Lutete.");
        var m = Assert.Single(r.Meetings);
        // the acronym glosses the union's name: it is no attendee of its own
        Assert.Equal("felix-ilunga-mwamba,honore-kabeya-lutete", Keys(m));
    }

    [Fact]
    public void ThoseNamedAmongTheGuestsAttend()
    {
        var r = Run("Le gouverneur du Kasaï, Alphonse Ntumba-Mulumba, a reçu mardi une délégation de responsables religieux. Parmi eux "
            + "figuraient l'évêque de Kananga, Mgr Léon Kasongo-Ilunga, et le pasteur Daniel Mukendi-Bope.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("alphonse-ntumba-mulumba,daniel-mukendi-bope,leon-kasongo-ilunga", Keys(m));
    }

    private const string CottonArticle =
        "Le ministre ivoirien de l'Agriculture, Yao Koffi-Bamba, a été reçu jeudi à Bobo-Dioulasso par son homologue burkinabè, "
        + "Issa Zongo-Kaboré. Les deux ministres ont parlé de la campagne cotonnière.\n\n"
        + "La directrice générale de la Sofitex, Awa Sawadogo-Traoré, a annoncé une hausse de la production. Le président de l'Union "
        + "des producteurs, Boukary Ouédraogo-Sanou, a salué cette annonce.\n\n";

    [Fact]
    public void TheTwoMinistersAreTheMinistersWhoMetNotTheLastTwoPersonsNamed()
    {
        var r = Run(CottonArticle + "Les deux ministres se retrouveront en novembre à Abidjan.");
        var planned = Assert.Single(r.Meetings, m => m.Status == MeetingStatus.Planned);
        Assert.Equal("issa-zongo-kabore,yao-koffi-bamba", Keys(planned));
    }

    [Fact]
    public void TheTwoPresidentsBetweenWhomANewMeetingIsPlannedAreThePresidentsWhoMet()
    {
        var r = Run("Le président lyonnais Marc Delorme-Vidal et son homologue niçois Paolo Ricci-Baudin se sont rencontrés lundi à Paris "
            + "pour évoquer le transfert du milieu de terrain.\n\nLe directeur sportif de Lyon, Kevin Abadie-Sarr, s'est entretenu mardi "
            + "au téléphone avec l'agent du joueur, Ruben Costa-Mendes.\n\nUne nouvelle réunion entre les deux présidents est prévue la semaine prochaine.");
        var planned = Assert.Single(r.Meetings, m => m.Status == MeetingStatus.Planned);
        Assert.Equal("marc-delorme-vidal,paolo-ricci-baudin", Keys(planned));
    }

    [Fact]
    public void TheTwoMenKeepThePairNamedLastWhenNoTitleIsGiven()
    {
        // "hommes" is no title: the earlier rule (the pair that met just before) still decides
        var r = Run(CottonArticle + "Le directeur sportif Kevin Abadie-Sarr a rencontré lundi l'agent Ruben Costa-Mendes. Les deux hommes doivent se revoir en novembre.");
        var planned = Assert.Single(r.Meetings, m => m.Status == MeetingStatus.Planned);
        Assert.Equal("kevin-abadie-sarr,ruben-costa-mendes", Keys(planned));
    }
}
