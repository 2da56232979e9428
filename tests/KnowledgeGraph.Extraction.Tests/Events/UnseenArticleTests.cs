using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>
/// An invented article about other people and another topic, through the whole default pipeline: the
/// meeting and claim rules must work on names no data file lists.
/// </summary>
public sealed class UnseenArticleTests : IClassFixture<ResourcesFixture>
{
    private const string Text =
        "Le chancelier allemand Olaf Scholz a rencontré mardi à Berlin le président kényan William Ruto pour discuter de la coopération énergétique.\n\n" +
        "\"Nous avons trouvé un terrain d'entente sur l'hydrogène vert\", a déclaré Olaf Scholz lors d'une conférence de presse commune. \"Le Kenya est un partenaire essentiel\", a-t-il ajouté.\n\n" +
        "Selon le ministre kényan de l'Energie, Davis Chirchir, les discussions ont duré plus de trois heures. La ministre allemande des Affaires étrangères, Annalena Baerbock, doit se rendre à Nairobi la semaine prochaine.\n\n" +
        "William Ruto a estimé que l'accord marquait \"un tournant historique\" pour l'Afrique de l'Est. Le sommet du G7 prévu en Italie a par ailleurs été reporté.";

    private readonly ExtractionResult _result;

    public UnseenArticleTests(ResourcesFixture fixture) =>
        _result = DefaultPipeline.Create(fixture.Resources).Run([new Article("unseen", Text, "unseen.txt", Date: new PartialDate(2024, 6, 13))]);

    private static bool Has(IEnumerable<string> keys, string part) => keys.Any(k => k.Contains(part, StringComparison.Ordinal));

    [Fact]
    public void TheMeetingOfTheTwoLeadersHasDatePlaceDurationAndBothAttendees()
    {
        var m = Assert.Single(_result.Meetings, m => Has(m.AttendeeKeys, "scholz"));
        Assert.True(Has(m.AttendeeKeys, "ruto"));
        Assert.Equal(new PartialDate(2024, 6, 11), m.Date);
        Assert.Equal("PT3H", m.Duration);
        Assert.Equal(MeetingStatus.TookPlace, m.Status);
        Assert.Equal(2, m.Reports.Count); // "a rencontré" and "les discussions ont duré"
    }

    [Fact]
    public void PlannedVisitAndPostponedSummit()
    {
        var visit = Assert.Single(_result.Meetings, m => m.Type == MeetingType.Visit);
        Assert.Equal(MeetingStatus.Planned, visit.Status);
        Assert.True(Has(visit.AttendeeKeys, "baerbock"));
        var summit = Assert.Single(_result.Meetings, m => m.Type == MeetingType.Summit);
        Assert.Equal(MeetingStatus.Postponed, summit.Status);
    }

    [Theory]
    [InlineData("Nous avons trouvé un terrain", "scholz")]
    [InlineData("Le Kenya est un partenaire essentiel", "scholz")]
    [InlineData("les discussions ont duré plus de trois heures", "chirchir")]
    [InlineData("l'accord marquait", "ruto")]
    public void ClaimsGoToTheirSpeakers(string start, string speaker)
    {
        var c = Assert.Single(_result.Claims, c => c.Text.StartsWith(start, StringComparison.Ordinal));
        Assert.Contains(speaker, c.SpeakerKey);
    }
}
