using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>
/// Attendees named by pronouns and by companions (issue 9, meetings): object clitics before the verb, "qu'il" opening a
/// reported clause, "en compagnie de"; invented sentences (article dated Thursday 2026-11-12).
/// </summary>
public sealed class MeetingPronounTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public MeetingPronounTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 11, 12)) });

    private static string Keys(Meeting m) => string.Join(",", m.AttendeeKeys);

    [Fact]
    public void AMasculineObjectCliticIsTheManNamedInTheSentenceBefore()
    {
        var r = Run("Le joueur Karim Benali-Costa est en fin de contrat. Le directeur sportif du club, Yann Le Meur, devrait le rencontrer la semaine prochaine à Rennes.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("karim-benali-costa,yann-le-meur", Keys(m));
        Assert.Equal(MeetingStatus.Planned, m.Status);
    }

    [Fact]
    public void AFeminineObjectCliticSkipsTheManNamedLast()
    {
        var r = Run("La députée Anne Kerdraon-Le Gall défend le projet de port, soutenu par le maire, Paul Riou. "
            + "Le ministre de la Mer, Hervé Cuzon-Bras, doit la recevoir le 8 décembre à Paris.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("anne-kerdraon-le-gall,herve-cuzon-bras", Keys(m));
        Assert.Equal("2026-12-08", m.Date?.ToString());
    }

    [Fact]
    public void ADeterminerBeforeAMeetingNounIsNoObjectPronoun()
    {
        // "la rencontre" is a noun phrase, not "la" + the verb: nobody from the sentence before joins
        var r = Run("La sénatrice Marie Quéré-Lannuzel a quitté le parti. La rencontre entre le maire, Paul Riou, et le préfet, Alain Bodin-Tréguier, a eu lieu mardi.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("alain-bodin-treguier,paul-riou", Keys(m));
    }

    [Fact]
    public void CompanionsNamedAfterEnCompagnieDeAttendTheVisit()
    {
        var r = Run("La ministre de la Santé, Claire Vidal-Morin, a visité jeudi l'hôpital de Cayenne, en compagnie du directeur du centre hospitalier, "
            + "Bruno Lafleur-Séraphin, et de la directrice de l'agence régionale de santé, Sophie Abdoul-Racine.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("bruno-lafleur-seraphin,claire-vidal-morin,sophie-abdoul-racine", Keys(m));
    }

    [Fact]
    public void ASentenceInitialPronounAfterAQuoteIsTheSpeakerNamedByTitle()
    {
        // the man named last (the hospital director) is not "il": the minister who spoke just before keeps the floor
        var r = Run("En visite en Guyane, le ministre chargé des Outre-mer, Thierry Vallon-Cazal, a annoncé jeudi un plan pour les hôpitaux. "
            + "Le ministre a visité les urgences en compagnie du directeur du centre hospitalier, Laurent Bérard-Ho. "
            + "« Ce n'est pas un cadeau, c'est un rattrapage », a reconnu le ministre devant la presse. "
            + "Il a ensuite eu un entretien d'une heure avec le président de la collectivité, Félix Sabayo-Marie.");
        var m = Assert.Single(r.Meetings, m => m.AttendeeKeys.Contains("felix-sabayo-marie"));
        Assert.Equal("felix-sabayo-marie,thierry-vallon-cazal", Keys(m));
    }

    [Fact]
    public void ABriefExchangeWithSomeoneIsTalks()
    {
        var r = Run("Au salon de l'industrie, la cheffe d'entreprise Léa Marchal-Koné a eu un bref échange avec le ministre de l'Industrie, Pierre Lavaud-Sens.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal(MeetingType.Talks, m.Type);
        Assert.Equal("lea-marchal-kone,pierre-lavaud-sens", Keys(m));
    }

    [Fact]
    public void AnExchangeOfFireOrGoodsIsNoMeeting()
    {
        var r = Run("Le ministre de la Défense, Paul Ardent-Sy, a évoqué un échange de tirs à la frontière, en échange de garanties.");
        Assert.Empty(r.Meetings);
    }

    [Fact]
    public void AVenueHostingAMatchIsNoMeetingOfTheTeams()
    {
        var r = Run("Le stade de Furiani accueillera pourtant samedi la rencontre de football entre le FC Borgo-Marana et l'AS Lucciana, maintenue malgré les incendies.");
        Assert.Empty(r.Meetings);
    }

    [Fact]
    public void AnArrangedMeetingKeepsItsAvecPastTheCommasOfItsPlace()
    {
        var r = Run("Une nouvelle réunion est prévue jeudi au siège de l'Agence régionale de santé (ARS), avec son directeur général, "
            + "Benoît Etcheverry-Lasserre, et les représentants du personnel.");
        var m = Assert.Single(r.Meetings);
        Assert.Contains("benoit-etcheverry-lasserre", m.AttendeeKeys);
        Assert.Equal(MeetingStatus.Planned, m.Status);
    }

    [Fact]
    public void ANewMeetingWithSomeoneElseKeepsTheHostOfTheMeetingBefore()
    {
        var r = Run("La ministre du Travail, Hélène Marchand-Roux, a reçu mardi les syndicats. Une nouvelle réunion est prévue le 15 décembre, "
            + "avec cette fois le président de la CPME, Arnaud Desrosiers-Lenoir, qui s'était fait excuser.");
        var next = Assert.Single(r.Meetings, m => m.Date?.ToString() == "2026-12-15");
        Assert.Equal("arnaud-desrosiers-lenoir,helene-marchand-roux", Keys(next));
    }

    [Fact]
    public void AnAvecAfterTheCommaOfAMeetingNotArrangedIsSomethingElse()
    {
        // no arrangement cue after the noun: ", avec" opens another phrase, the name after it does not attend
        var r = Run("Le maire de Brest, Paul Riou-Kerbrat, a tenu mardi une réunion à la mairie, avec le soutien affiché de la députée Anne Le Gall-Morvan.");
        Assert.DoesNotContain(r.Meetings, m => m.AttendeeKeys.Contains("anne-le-gall-morvan"));
    }

    [Fact]
    public void AFrontedPassiveParticipleHasTheTitleAfterItsCommaAsSubject()
    {
        var r = Run("La ministre espagnole des Affaires étrangères, Carmen Ibarra Ruiz, est arrivée mercredi au Maroc. Reçue jeudi à Rabat par le chef "
            + "de la diplomatie marocaine, Youssef Elmansouri-Tazi, la ministre espagnole a répété que Madrid soutenait le plan.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("carmen-ibarra-ruiz,youssef-elmansouri-tazi", Keys(m));
        Assert.Equal("2026-11-12", m.Date?.ToString());
    }
}

