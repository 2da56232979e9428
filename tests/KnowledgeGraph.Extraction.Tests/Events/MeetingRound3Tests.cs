using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>Third round of meeting rules (issue 9), each on invented sentences through the whole pipeline (article dated 2025-10-08).</summary>
public sealed class MeetingRound3Tests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public MeetingRound3Tests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 10, 8)) });

    private static string Keys(Meeting m) => string.Join(",", m.AttendeeKeys);

    private const string HealthArticle =
        "Le ministre de la Santé, Paul Ondoua-Mbida, a annoncé mardi un plan de lutte contre la dengue. Le gouverneur de la région du "
        + "Littoral, le général Samuel Ekotto-Ngando, a pour sa part renforcé les contrôles.\n\n"
        + "Le ministre s'est entretenu par téléphone avec son homologue gabonais, Alain Moussavou-Ndong, pour coordonner la riposte. "
        + "Les deux hommes doivent se rencontrer à Libreville le 20 octobre, a indiqué le ministère.";

    [Fact]
    public void BareTitleSubjectIsTheHolderOfThatPostNotThePersonNamedLast()
    {
        var r = Run(HealthArticle);
        var call = Assert.Single(r.Meetings, m => m.Type == MeetingType.PhoneCall);
        Assert.Equal("alain-moussavou-ndong,paul-ondoua-mbida", Keys(call));
    }

    [Fact]
    public void TheTwoMenAreThePairOfTheMeetingToldJustBefore()
    {
        var r = Run(HealthArticle);
        var planned = Assert.Single(r.Meetings, m => m.Status == MeetingStatus.Planned);
        Assert.Equal("alain-moussavou-ndong,paul-ondoua-mbida", Keys(planned));
    }

    [Fact]
    public void BareTitleKeepsThePersonTheTextIsAboutWhenTheirPostWasNotStated()
    {
        // the holder of a "ministre" post is named, but the sentences before speak of another minister whose post is
        // only implied: she keeps the title
        var r = Run("La ministre portugaise, Inês Moreira, a prévenu que son pays ne signerait pas. Côté belge, Mme Anne Dumont a joué la fermeté. "
            + "Elle a ajouté que Bruxelles chercherait des alliés. La ministre a rencontré jeudi le président des agriculteurs, Marc Lejeune.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("anne-dumont,marc-lejeune", Keys(m));
    }

    [Fact]
    public void TitleWithAPrepositionBeforeTheNameKeepsTheNameAndTheirMeetingIsThePairs()
    {
        var r = Run("Le conseiller fédéral Urs Kälin s'est entretenu lundi par téléphone avec la commissaire européenne au Commerce, Ilona Varga. "
            + "Leur rencontre à Bruxelles, prévue fin octobre, a été reportée en raison du calendrier parlementaire.");
        var call = Assert.Single(r.Meetings, m => m.Type == MeetingType.PhoneCall);
        Assert.Equal("ilona-varga,urs-kalin", Keys(call));
        var postponed = Assert.Single(r.Meetings, m => m.Status == MeetingStatus.Postponed);
        Assert.Equal("ilona-varga,urs-kalin", Keys(postponed));
    }

    [Fact]
    public void AmongThoseMetThePersonNamedAfterDontWinsOverTheOrganizationOfTheirTitle()
    {
        var r = Run("La veille, la ministre de la Santé, Claire Duvivier-Maes, avait rencontré pendant deux heures les représentants du personnel, "
            + "dont la secrétaire générale de la Centrale générale des services publics (CGSP), Julie Van Roost.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("claire-duvivier-maes,julie-van-roost", Keys(m));
    }

    [Fact]
    public void MeetingThatDidNotTakePlaceIsCancelledInTheArticlesMonth()
    {
        var r = Run("La rencontre prévue avec le directeur des compétitions de l'UEFA, Hans Brunner, n'a pas eu lieu : le responsable suisse a été retenu à Nyon.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal(MeetingStatus.Cancelled, m.Status);
        Assert.Equal("2025-10", m.Date?.ToString());
    }

    [Fact]
    public void MeetingOnSomeonesAgendaIsPlanned()
    {
        var r = Run("Une rencontre avec le Premier ministre, Jean Sarr, est également inscrite à son agenda vendredi.");
        Assert.NotEmpty(r.Meetings);
        Assert.All(r.Meetings, m => Assert.Equal(MeetingStatus.Planned, m.Status));
    }

    [Fact]
    public void AskingToBeReceivedIsNoMeeting()
    {
        Assert.Empty(Run("L'élu a écrit au ministre de la Mer, Gilles Rannou, pour demander à être reçu avec les armateurs.").Meetings);
    }

    [Fact]
    public void NegotiationsInTheMarginOfWhichAJointPressPointWasHeldAreNoSecondMeeting()
    {
        var r = Run("Mardi, en marge des négociations, les ministres de l'Environnement du Québec et de l'Ontario, Louise Tremblay et Mark Collins, "
            + "ont tenu un point de presse conjoint au pavillon du Canada.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("louise-tremblay,mark-collins", Keys(m));
    }

    [Fact]
    public void SomeoneWhoTookPartInTheMeetingToldBeforeJoinsIt()
    {
        var r = Run("Mardi, une délégation d'armateurs a été reçue à la préfecture de Brest par le préfet du Finistère, Jean-Luc Morvan. "
            + "Le maire de Douarnenez, Hervé Le Bihan, qui participait lui aussi à la réunion, juge l'aide insuffisante.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("herve-le-bihan,jean-luc-morvan", Keys(m));
    }

    [Fact]
    public void WorkingDinnerTakesTheGuestsNamedInTheNextSentence()
    {
        var r = Run("La veille au soir, un dîner de travail avait réuni les principaux acteurs de la filière. Le directeur de la Sofitex, Adama Zongo, "
            + "la présidente de l'Union des coopératives, Awa Sawadogo, ou encore le président de l'Association des exportateurs, Boukary Ilboudo, participaient à ce dîner.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("adama-zongo,awa-sawadogo,boukary-ilboudo", Keys(m));
    }

    [Fact]
    public void DinnerWithoutNamedGuestsIsNoMeeting()
    {
        Assert.Empty(Run("La veille au soir, un dîner de travail avait réuni les principaux acteurs de la filière.").Meetings);
    }

    [Fact]
    public void AttendanceSkipsAMeetingNamedAgainInBetween()
    {
        var r = Run("Mardi, une délégation d'armateurs a été reçue à la préfecture de Brest par le préfet du Finistère, Jean-Luc Morvan. "
            + "« Le préfet nous a écoutés », résume Yann Kerhervé à la sortie de la réunion. "
            + "Le maire de Douarnenez, Hervé Le Bihan, qui participait lui aussi à la réunion, juge l'aide insuffisante.");
        Assert.Contains(r.Meetings, m => Keys(m).Contains("herve-le-bihan") && Keys(m).Contains("jean-luc-morvan"));
        Assert.DoesNotContain(r.Meetings, m => Keys(m) == "herve-le-bihan");
    }
}
