using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>Seventh round of meeting rules (issue 9, session 10): calls for an action, earlier occasions,
/// on invented sentences through the whole pipeline (article dated 2026-11-12, a Thursday).</summary>
public sealed class MeetingRound7Tests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public MeetingRound7Tests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 11, 12)) });

    private static string Keys(Meeting m) => string.Join(",", m.AttendeeKeys);

    [Fact]
    public void TwoLeadersCallingForAnActionHoldNoPhoneCall()
    {
        var r = Run("DAKAR, 12 novembre (Reuters) - Les présidents sénégalais et gambien, Moustapha Diallo-Ndour et Ebrima Ceesay-Touray, "
            + "ont appelé mercredi à Banjul à relancer sans tarder le corridor routier entre les deux pays.");
        Assert.DoesNotContain(r.Meetings, m => m.Type == MeetingType.PhoneCall);
    }

    [Fact]
    public void ACallToANamedPersonIsStillACall()
    {
        var r = Run("Le président sénégalais, Moustapha Diallo-Ndour, a appelé mercredi son homologue gambien, Ebrima Ceesay-Touray, "
            + "pour l'inviter à relancer le corridor routier entre les deux pays.");
        var call = Assert.Single(r.Meetings, m => m.Type == MeetingType.PhoneCall);
        Assert.Equal("ebrima-ceesay-touray,moustapha-diallo-ndour", Keys(call));
    }

    [Fact]
    public void AnEarlierOccasionOfThePairIsAnotherMeeting()
    {
        var r = Run("Le ministre malien des Mines, Boubacar Traoré-Kanté, a reçu lundi à Bamako son homologue guinéen, Sékou Camara-Diaby. "
            + "Pour mémoire, M. Traoré-Kanté avait déjà rencontré Sékou Camara-Diaby en marge du forum minier de Dakar.");
        var pair = r.Meetings.Where(m => Keys(m) == "boubacar-traore-kante,sekou-camara-diaby").ToList();
        Assert.Equal(2, pair.Count);
        Assert.Contains(pair, m => m.Date?.ToString() == "2026-11-09");
        Assert.Contains(pair, m => m.Date is null);
    }

    [Fact]
    public void AMeetingOfThePairToldTwiceWithoutAnEarlierOccasionIsOneMeeting()
    {
        var r = Run("Le ministre malien des Mines, Boubacar Traoré-Kanté, a reçu lundi à Bamako son homologue guinéen, Sékou Camara-Diaby. "
            + "La rencontre de M. Traoré-Kanté avec Sékou Camara-Diaby a duré deux heures.");
        Assert.Single(r.Meetings, m => Keys(m) == "boubacar-traore-kante,sekou-camara-diaby");
    }

    [Fact]
    public void APersonMeetingAnOrganizationIsKept()
    {
        var r = Run("La ministre des Transports, Claire Fontanel-Roux, a reçu mardi à Paris la direction de la SNCF.");
        var m = Assert.Single(r.Meetings);
        Assert.Contains("claire-fontanel-roux", m.AttendeeKeys);
    }

    [Fact]
    public void TheDayBeforeOpeningASentenceWithAnAppositiveSubjectCountsFromTheMeetingToldBefore()
    {
        // a date stated in between ("lundi soir", the board's earlier vote; "aujourd'hui" in a quotation) is not the day it counts from
        var r = Run("Le vice-président du Parlement européen, Piotr Nowacki-Haas, a reçu mardi à Strasbourg la maire de la ville, Hélène Brunner-Sow. "
            + "Il a confirmé que le Bureau avait validé, lundi soir, une enveloppe de 300 millions d'euros. "
            + "« Aujourd'hui, l'Europe investit chez nous », s'est félicitée Mme Brunner-Sow. "
            + "La veille, le ministre délégué chargé de l'Europe, Julien Masson-Keita, s'était entretenu au téléphone avec M. Nowacki-Haas.");
        var call = Assert.Single(r.Meetings, m => m.Type == MeetingType.PhoneCall);
        Assert.Equal("julien-masson-keita,piotr-nowacki-haas", Keys(call));
        Assert.Equal("2026-11-09", call.Date?.ToString());
    }

    [Fact]
    public void ALongTitleBeforeTheApposedNameOfTheObjectStillNamesTheOneMet()
    {
        var r = Run("La ministre québécoise des Relations internationales, Nadia Gagné-Ouellet, devait rencontrer vendredi à Bercy le ministre "
            + "délégué chargé du Commerce extérieur et de l'Attractivité, Thomas Kervella-Diop, pour discuter de l'accord commercial.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("nadia-gagne-ouellet,thomas-kervella-diop", Keys(m));
    }

    [Fact]
    public void ARencontreAgainstATeamIsAMatch()
    {
        var r = Run("Le débrayage n'a pas touché les équipes sportives : la rencontre du Rouge et Or contre les Carabins de Montréal, samedi "
            + "au stade universitaire, a été maintenue. La rectrice, Sophie Lavallée-Bah, a rencontré mardi le président du syndicat, Marc Dubé-Kone.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("marc-dube-kone,sophie-lavallee-bah", Keys(m));
    }

    [Fact]
    public void ABodyThatBringsMembersTogetherIsNoMeeting()
    {
        var r = Run("Le Comité scientifique conjoint, qui réunit chercheurs mauritaniens et experts européens, doit rendre en mars un avis sur les stocks.");
        Assert.Empty(r.Meetings);
    }
}
