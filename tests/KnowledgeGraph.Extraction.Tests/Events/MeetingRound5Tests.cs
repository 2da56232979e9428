using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>Fifth round of meeting rules (issue 9): presence, titles and pairs, on invented sentences through the whole pipeline (article dated 2025-10-08).</summary>
public sealed class MeetingRound5Tests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public MeetingRound5Tests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 10, 8)) });

    private static string Keys(Meeting m) => string.Join(",", m.AttendeeKeys);

    [Fact]
    public void ThoseInWhosePresenceTheMeetingWasHeldAttend()
    {
        var r = Run("Mardi, la directrice de l'Agence régionale de santé, Mme Gaëlle Le Borgne, a reçu pendant deux heures les représentants "
            + "du personnel des urgences, en présence du directeur général du CHU, M. Yann Kerouredan.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("gaelle-le-borgne,yann-kerouredan", Keys(m));
    }

    [Fact]
    public void APresencePhraseWithoutAMeetingMakesNone()
    {
        var r = Run("Le ministre Paul Essomba-Ndi a inauguré mardi le pont de Nachtigal en présence du gouverneur, Jean Abena-Mvondo.");
        Assert.Empty(r.Meetings);
    }

    [Fact]
    public void TitleAbbreviationsDoNotHideTheTwoSidesOfAMeetingNoun()
    {
        var r = Run("La rencontre de M. Paul Essomba-Ndi avec M. Abakar Mahamat-Djibrine a porté mardi sur le corridor routier.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("abakar-mahamat-djibrine,paul-essomba-ndi", Keys(m));
    }

    [Fact]
    public void ABareTitleAsThePassiveAgentIsTheHolderOfThatPost()
    {
        var r = Run("Le ministre des Mines, Yacouba Zongo-Tiendrebeogo, a visité mardi le site de Kalsaka. Le président de la coopérative des "
            + "orpailleurs, Théodore Yaméogo-Bambara, doit être reçu la semaine prochaine par le ministre pour discuter de l'orpaillage.");
        var planned = Assert.Single(r.Meetings, m => m.Status == MeetingStatus.Planned);
        Assert.Equal("theodore-yameogo-bambara,yacouba-zongo-tiendrebeogo", Keys(planned));
    }

    [Fact]
    public void ABareTitleSubjectBeforeAModalIsTheHolderOfThatPostNotTheLastWomanNamed()
    {
        var r = Run("La mairesse de Gatineau, Isabelle Lafrenière-Ducharme, a demandé l'aide de l'armée. Le ministre de la Sécurité publique, "
            + "Mathieu Gendron-Paquin, a parlé mardi avec la ministre fédérale Rebecca Thornton, qui a promis une réponse rapide.\n\n"
            + "La mairesse doit rencontrer jeudi le commandant de la 2e Division du Canada, le brigadier-général Éric Tousignant-Lévesque.");
        var planned = Assert.Single(r.Meetings, m => m.Status == MeetingStatus.Planned);
        // the commander, not the division of his title, is met
        Assert.Equal("eric-tousignant-levesque,isabelle-lafreniere-ducharme", Keys(planned));
    }

    [Fact]
    public void AnAudienceGrantedByAHeadOfStateIsAMeeting()
    {
        var r = Run("Le président de la République, Alassane Koné-Dosso, a reçu en audience mardi l'ambassadeur de France, Pierre Delavigne.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("alassane-kone-dosso,pierre-delavigne", Keys(m));
    }

    [Fact]
    public void ACourtHearingIsNoMeeting()
    {
        var r = Run("Lors de l'audience devant le tribunal correctionnel de Paris, l'avocate de Marc Dutertre-Vial, Me Sophie Lang, a plaidé la relaxe.");
        Assert.Empty(r.Meetings);
    }

    [Fact]
    public void TheTwoPresidentsCalledAreThePairOfTheLeadNotALaterMeetingOfOneOfThem()
    {
        var r = Run("Le président de la Fédération, Gérard Labadie-Ségur, et le président de la Ligue, Thierry Casaubon, se sont retrouvés "
            + "lundi à Marcoussis. Le président du Stade, Jean-Marc Escaich-Pujol, doit être reçu jeudi par Gérard Labadie-Ségur. "
            + "La ministre des Sports, Chloé Vandenbussche, qui s'était entretenue dimanche par téléphone avec les deux présidents, a salué l'accord.");
        var call = Assert.Single(r.Meetings, m => m.Date?.ToString() == "2025-10-05");
        Assert.Equal("chloe-vandenbussche,gerard-labadie-segur,thierry-casaubon", Keys(call));
    }
    [Fact]
    public void AFrontedParticipleOfReceptionHasTheMainClausesSubject()
    {
        var r = Run("La ministre ivoirienne des Affaires étrangères, Aya Kouadio-Brou, a été accueillie mardi à Dakar par son homologue, "
            + "Mame Diarra Sèye. Reçue ensuite par le Premier ministre Abdoulaye Niang-Faye, Mme Kouadio-Brou lui a transmis un message du président.");
        var audience = Assert.Single(r.Meetings, m => m.AttendeeKeys.Contains("abdoulaye-niang-faye"));
        Assert.Equal("abdoulaye-niang-faye,aya-kouadio-brou", Keys(audience));
    }

    [Fact]
    public void AFrontedParticipleThatIsNoMeetingAddsNoSubject()
    {
        // "Élu" opens the sentence but is no meeting word: the only meeting keeps its own two parties
        var r = Run("Élu en juin, le maire Paul Lenoir-Chatel a reçu mardi le préfet, Marc Aubry-Delage, à l'hôtel de ville.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("marc-aubry-delage,paul-lenoir-chatel", Keys(m));
    }

    [Fact]
    public void ATripMadeForTalksIsOneMeetingOfTheTravellerAndTheHost()
    {
        var r = Run("Le ministre sénégalais des Pêches, Ousmane Diagne-Sarr, s'est rendu mardi en Mauritanie pour des discussions avec son "
            + "homologue Mohamed Lemine Ould Cheikhna sur l'avenir de l'accord de pêche.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("mohamed-lemine-ould-cheikhna,ousmane-diagne-sarr", Keys(m));
    }
}
