using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>Second round of meeting rules, each on an invented sentence through the whole pipeline (article dated 2025-06-12).</summary>
public sealed class MeetingRound2Tests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public MeetingRound2Tests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 6, 12)) });

    [Fact]
    public void FirstEncounterInAnEarlierYearIsBiography()
    {
        Assert.Empty(Run("Oskar Lindqvist et Marit Aalto s'étaient rencontrés pour la première fois en 2017, lors d'un congrès à Turku.").Meetings);
    }

    [Fact]
    public void SummitInASentenceAboutAnEarlierYearKeepsThatYear()
    {
        var r = Run("Oskar Lindqvist et Marit Aalto s'étaient vus en 2021, lors d'un sommet à Riga.");
        Assert.NotEmpty(r.Meetings);
        Assert.All(r.Meetings, m => Assert.Equal(2021, m.Date?.Year));
    }

    [Fact]
    public void MeetingOfThisWeekNextToAnEarlierYearIsKept()
    {
        var r = Run("Oskar Lindqvist, qui dirige le parti depuis 2019, a rencontré Marit Aalto mardi à Helsinki.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("2025-06-10", m.Date?.ToString());
    }

    [Fact]
    public void DifferentWeekdaysInAMonthOnlyArticleAreDifferentMeetings()
    {
        var r = _pipeline.Run(new[] { new Article("t", "Oskar Lindqvist s'est entretenu par téléphone lundi avec Marit Aalto. "
            + "Il a également rencontré mardi Jonas Berg à Stockholm.", "mem", Date: new PartialDate(2025, 6)) });
        Assert.Equal(2, r.Meetings.Count);
        Assert.Contains(r.Meetings, m => m.Type == MeetingType.PhoneCall && string.Join(",", m.AttendeeKeys) == "marit-aalto,oskar-lindqvist");
    }

    [Theory]
    [InlineData("a été reportée à une date indéterminée", "Postponed")]
    [InlineData("a finalement été reportée", "Postponed")]
    [InlineData("a été annulée", "Cancelled")]
    public void PassiveStatusFarAfterTheNounWinsOverPrevue(string predicate, string status)
    {
        var r = Run("En revanche, la rencontre de haut niveau prévue vendredi à Vienne entre le président autrichien, Franz Huber, et le chancelier allemand, Lukas Brandt, "
            + predicate + ".");
        var m = Assert.Single(r.Meetings);
        Assert.Equal(status, m.Status.ToString());
        Assert.Equal("franz-huber,lukas-brandt", string.Join(",", m.AttendeeKeys));
        Assert.Equal("2025-06-13", m.Date?.ToString());
    }

    [Fact]
    public void PostponedSummitReportedWithOneNamedAttendeeJoinsTheSameSummitOfAnotherArticle()
    {
        var r = _pipeline.Run(new[]
        {
            new Article("a", "Le sommet prévu vendredi à Vienne entre le président autrichien, Franz Huber, et le chancelier allemand, Lukas Brandt, a été reporté à une date indéterminée.",
                "a.txt", Date: new PartialDate(2025, 6, 12)),
            new Article("b", "Le sommet avec le président Huber, attendu en fin de semaine, n'aura pas lieu comme prévu : il a été repoussé sine die.",
                "b.txt", Date: new PartialDate(2025, 6)),
        });
        var m = Assert.Single(r.Meetings);
        Assert.Equal("Postponed", m.Status.ToString());
        Assert.Equal(2, m.Reports.Select(e => e.ArticleId).Distinct().Count());
    }
}
