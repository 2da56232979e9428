using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>
/// A council of ministers named by portfolio ("le Conseil des ministres de la Santé") lists the ministers of
/// that portfolio the article names, through the whole default pipeline (posts come from the post extractor).
/// </summary>
public sealed class MinisterialMeetingTests : IClassFixture<ResourcesFixture>
{
    private const string Text =
        "Le Conseil des ministres de la Santé de l'UE s'est tenu mardi à Luxembourg.\n\n" +
        "La ministre italienne de la Santé, Maria Rossi, a demandé un fonds commun. Le ministre tchèque de la Santé, Peter Novak, s'y est opposé. " +
        "Le ministre allemand des Finances, Thomas Weber, n'était pas présent.";

    private readonly ExtractionResult _result;

    public MinisterialMeetingTests(ResourcesFixture fixture) =>
        _result = DefaultPipeline.Create(fixture.Resources).Run([new Article("council", Text, "council.txt", Date: new PartialDate(2024, 6, 13))]);

    [Fact]
    public void TheNamedMinistersOfThatPortfolioAttend()
    {
        var m = Assert.Single(_result.Meetings, m => m.Type == MeetingType.MinisterialMeeting);
        Assert.Contains(m.AttendeeKeys, k => k.Contains("rossi", StringComparison.Ordinal));
        Assert.Contains(m.AttendeeKeys, k => k.Contains("novak", StringComparison.Ordinal));
        Assert.DoesNotContain(m.AttendeeKeys, k => k.Contains("weber", StringComparison.Ordinal));
    }
}
