using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>
/// Meeting verbs found by lemma (meeting-verb-lemmas-fr.tsv over the morphology layer): tenses the fixed trigger list does not
/// spell out, with their status, on invented sentences (article dated Thursday 2026-11-12).
/// </summary>
public sealed class MeetingVerbLemmaTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public MeetingVerbLemmaTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 11, 12)) });

    private static string Keys(Meeting m) => string.Join(",", m.AttendeeKeys);

    [Fact]
    public void AConditionalInReportedSpeechIsAPlannedMeetingOfTheSpeaker()
    {
        var r = Run("Le député de Laval, Marc Tessier-Dion, a indiqué qu'il rencontrerait la rectrice de l'université, Julie Fortin-Bouchard, vendredi.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("julie-fortin-bouchard,marc-tessier-dion", Keys(m));
        Assert.Equal(MeetingStatus.Planned, m.Status);
        Assert.Equal("2026-11-13", m.Date?.ToString());
    }

    [Fact]
    public void AnImperfectOfRecevoirIsAMeetingThatTookPlace()
    {
        var r = Run("La maire de Nantes, Julie Rolland-Bas, recevait mardi le ministre des Sports, Éric Masson-Guerin, à l'hôtel de ville.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("eric-masson-guerin,julie-rolland-bas", Keys(m));
        Assert.Equal(MeetingStatus.TookPlace, m.Status);
        Assert.Equal("2026-11-10", m.Date?.ToString());
    }

    [Fact]
    public void AReflexiveVerbInTheImperfectTakesItsPluralSubjects()
    {
        var r = Run("Le président du syndicat, Marc Olivier-Pons, et la directrice de la compagnie, Claire Dumont-Vial, se réunissaient mardi à Paris.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("claire-dumont-vial,marc-olivier-pons", Keys(m));
    }

    [Fact]
    public void AReflexiveFutureWithAnElidedPronounIsPlanned()
    {
        var r = Run("Le Premier ministre, Jean Kouadio-Brou, et le gouverneur de la banque centrale, Amadou Sall-Diop, s'entretiendraient lundi à Abidjan, selon leur entourage.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("amadou-sall-diop,jean-kouadio-brou", Keys(m));
        Assert.Equal(MeetingStatus.Planned, m.Status);
    }

    [Fact]
    public void SeRendreCompteIsNoVisit()
    {
        var r = Run("Le ministre de l'Agriculture, Paul Gaudin-Ferry, se rend compte que les éleveurs de Bretagne attendent des aides.");
        Assert.Empty(r.Meetings);
    }

    [Fact]
    public void ATransitiveFormAfterSeIsOnlyTheReflexiveVerb()
    {
        // "se réunit" is the reflexive verb (the council meets), not "réunit" with the council as its object
        var r = Run("Le conseil municipal de Lille se réunit jeudi soir pour voter le budget.");
        Assert.DoesNotContain(r.Meetings, m => m.AttendeeKeys.Count > 1);
    }

    [Fact]
    public void AFormFoundByLemmaWithOnePartyAndNoDateIsNoMeeting()
    {
        // a headline in the present: the verb's object is places, no second party, no date
        var r = Run("Sécurité maritime : à Lomé, Komi Adjéoda-Tsévi réunit le golfe de Guinée et l'Europe");
        Assert.Empty(r.Meetings);
    }
}

