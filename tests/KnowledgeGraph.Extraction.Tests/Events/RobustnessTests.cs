using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tests.Claims;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>The extractors must not throw on odd or cut-off text, and must keep every span inside the text.</summary>
public sealed class RobustnessTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionResources _resources;

    public RobustnessTests(ResourcesFixture fixture) => _resources = fixture.Resources;

    [Theory]
    [InlineData("")]
    [InlineData("«")]
    [InlineData("\"")]
    [InlineData("' '")]
    [InlineData("a-t-il ajouté.")]
    [InlineData(", a déclaré")]
    [InlineData("selon")]
    [InlineData("Selon Paulo Mendes,")]
    [InlineData("« « » »")]
    [InlineData("La rencontre entre")]
    [InlineData("Paulo Mendes a rencontré")]
    [InlineData("cinq heures et")]
    [InlineData("« Oui », a dit Paulo Mendes, « non », a-t-il ajouté, « peut-être »")]
    [InlineData("Il a déclaré que")]
    [InlineData("Paulo Mendes a affirmé qu'")]
    public void OddTextsDoNotBreakTheExtractors(string text)
    {
        var doc = HandTaggedDocument.Build(_resources, text, new PartialDate(2024, 3, 14), MeetingExtractorTests.World);
        var meetings = new MeetingExtractor(_resources).Extract(doc);
        var claims = new ClaimExtractor(_resources).Extract(doc);
        AssertSpansInside(text, meetings, claims);
    }

    [Fact]
    public void EveryPrefixOfASeedArticleIsHandled()
    {
        string root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "KnowledgeGraph.sln"))) root = Path.GetDirectoryName(root)!;
        var article = new KnowledgeGraph.Extraction.Ingest.ArticleIngestor(_resources).IngestPaths([Path.Combine(root, "seeds")]).Articles.OrderBy(a => a.Id).First();
        var meetingExtractor = new MeetingExtractor(_resources);
        var claimExtractor = new ClaimExtractor(_resources);
        // cut at every 37th character: inside words, quotations and sentences
        for (int cut = 0; cut <= article.Text.Length; cut += 37)
        {
            string text = article.Text[..cut];
            var doc = HandTaggedDocument.Build(_resources, text, article.Date, SeedCorpus.Tags);
            AssertSpansInside(text, meetingExtractor.Extract(doc), claimExtractor.Extract(doc));
        }
    }

    private static void AssertSpansInside(string text, List<MeetingMention> meetings, List<ClaimMention> claims)
    {
        foreach (var m in meetings)
        {
            Assert.InRange(m.Trigger.Start, 0, text.Length);
            Assert.InRange(m.Trigger.End, m.Trigger.Start, text.Length);
            Assert.InRange(m.Span.End, m.Span.Start, text.Length);
        }
        foreach (var c in claims)
        {
            Assert.InRange(c.Content.Start, 0, text.Length);
            Assert.InRange(c.Content.End, c.Content.Start + 1, text.Length);
            Assert.InRange(c.Span.End, c.Span.Start, text.Length);
        }
    }
}
