using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Resolution;

/// <summary>
/// "le patron de X" is the person the article names as the head of X; "X" alone after "X Electric" is that company
/// (invented sentences, written for these rules).
/// </summary>
public sealed class HeadRoleCoreferenceTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public HeadRoleCoreferenceTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 1, 28)) });

    private const string Story =
        "Brenner Electric a annoncé mardi le rachat d'une start-up grenobloise. Le directeur général de Brenner Electric, Olivier Castagnet, " +
        "a motivé sa décision par la demande des centres de données. Le patron de Brenner a été reçu lundi à Bercy par le ministre de " +
        "l'Industrie, Thomas Valmont, avec qui il a eu un entretien d'une heure. L'action Brenner a cédé 1,4 % mardi.";

    [Fact]
    public void AOneWordShortFormIsTheLongerOrganization()
    {
        var r = Run(Story);
        Assert.DoesNotContain(r.Entities, e => e.Kind == EntityKind.Person && e.Label.StartsWith("Brenner", StringComparison.Ordinal));
        Assert.Single(r.Entities, e => e.Kind == EntityKind.Organization && e.Label.StartsWith("Brenner", StringComparison.Ordinal));
    }

    [Fact]
    public void TheHeadOfAnOrganizationByAnotherTitleIsTheNamedHead()
    {
        var r = Run(Story);
        var meeting = Assert.Single(r.Meetings);
        Assert.Equal(new[] { "olivier-castagnet", "thomas-valmont" }, meeting.AttendeeKeys.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void TwoNamedHeadsLeaveTheTitleUnresolved()
    {
        var r = Run("Le directeur général de Brenner Electric, Olivier Castagnet, et le président de Brenner Electric, Marc Lenoir, ont signé. " +
                    "Le patron de Brenner a été reçu lundi par le ministre de l'Industrie, Thomas Valmont.");
        Assert.DoesNotContain(r.Meetings, m => m.AttendeeKeys.Contains("olivier-castagnet") || m.AttendeeKeys.Contains("marc-lenoir"));
    }
}
