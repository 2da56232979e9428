using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Posts;

/// <summary>
/// "L'organisation, présidée par X": a past participle of office between an organization's name and a person's name gives the
/// person that office in the organization (Posts/ParticipleTitles, post-words-fr.tsv "participle-title"). Invented sentences.
/// </summary>
public sealed class ParticipleTitleTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public ParticipleTitleTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 5, 6)) });

    private static string? OrgLabel(ExtractionResult r, Post p) => p.OrganizationKey is { } k ? r.Entities.Single(e => e.Key == k).Label : null;

    [Fact]
    public void ParticipleAfterACommaGivesTheOffice()
    {
        var r = Run("La Fédération française de cyclisme, présidée par Michel Garnier-Roux, a annoncé un nouveau calendrier.");
        var post = Assert.Single(r.Posts, p => p.HolderKey == "michel-garnier-roux");
        Assert.StartsWith("président", post.Label);
        Assert.Contains("Fédération française de cyclisme", OrgLabel(r, post));
    }

    [Fact]
    public void ParticipleRightAfterTheNameAndACivilityTitle()
    {
        var r = Run("Le Syndicat national des pharmaciens présidé par Mme Claire Dumont-Vasseur réclame une revalorisation.");
        var post = Assert.Single(r.Posts, p => p.HolderKey == "claire-dumont-vasseur");
        Assert.Equal("présidente", post.Label);
    }

    [Theory]
    [InlineData("La Fédération française de cyclisme, présidée par Michel Garnier-Roux et Anne Bloch, a annoncé un nouveau calendrier.")]
    [InlineData("La commission d'appel d'offres était présidée par le maire, a rappelé Michel Garnier-Roux.")]
    [InlineData("Le jury, présidé par Michel Garnier-Roux, a rendu son verdict samedi.")]
    public void NoOfficeWithoutOneOrganizationAndOneNamedHolder(string text) =>
        Assert.DoesNotContain(Run(text).Posts, p => p.Label.StartsWith("président", StringComparison.Ordinal));
}
