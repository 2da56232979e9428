using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Organizations;

/// <summary>An organization's name ends at a finite verb and runs on through adjectives, by the lexicon (invented sentences).</summary>
public sealed class OrganizationSpanLexiconTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public OrganizationSpanLexiconTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private IEnumerable<string> Organizations(string text) =>
        _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 3, 12)) }).Entities
            .Where(e => e.Kind == EntityKind.Organization).Select(e => e.Label);

    [Theory]
    [InlineData("Berne, le 3 mars. Le Conseil cantonal ouvre le débat sur les crèches mardi.", "Conseil cantonal")]
    [InlineData("Genève, le 3 mars. Le Conseil municipal promet une réponse rapide aux familles.", "Conseil municipal")]
    public void TheLexiconSaysWhereTheNameEnds(string text, string organization) =>
        Assert.Contains(organization, Organizations(text));
}
