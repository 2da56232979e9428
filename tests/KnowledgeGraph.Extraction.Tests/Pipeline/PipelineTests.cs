using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Pipeline;

public sealed class PipelineTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionResources _resources;

    public PipelineTests(ResourcesFixture fixture) => _resources = fixture.Resources;

    [Fact]
    public void ComponentsRunInTheDocumentedOrder()
    {
        var p = DefaultPipeline.Create(_resources);
        var names = p.DocumentComponents.Select(c => c.Name).ToList();
        Assert.True(names.IndexOf("tokenizer") < names.IndexOf("entities"));
        Assert.True(names.IndexOf("entities") < names.IndexOf("posts"));
        Assert.True(names.IndexOf("posts") < names.IndexOf("meetings"));
        Assert.True(names.IndexOf("meetings") < names.IndexOf("claims"));
        var corpus = p.CorpusComponents.Select(c => c.Name).ToList();
        Assert.True(corpus.IndexOf("entity-resolution") < corpus.IndexOf("meeting-merge"));
        Assert.True(corpus.IndexOf("meeting-merge") < corpus.IndexOf("claim-grouping"));
    }

    [Fact]
    public void AnalyzeFillsTokenSentenceAndDateLayersWithValidOffsets()
    {
        var p = DefaultPipeline.Create(_resources);
        var article = new Article("a1", "Le ministre a parlé mercredi. Il partira demain pour Oslo.", "mem", Date: new PartialDate(2024, 5, 16));
        var doc = p.Analyze(article);
        Assert.Equal(2, doc.Sentences.Count);
        Assert.Equal(2, doc.Dates.Count);
        Assert.Equal("2024-05-15", doc.Dates[0].Resolved.ToString());
        Assert.Equal("2024-05-17", doc.Dates[1].Resolved.ToString());
        foreach (var t in doc.Tokens) Assert.InRange(t.End, t.Start + 1, article.Text.Length);
    }

    [Fact]
    public void RunOrdersArticlesByIdWhateverTheInputOrder()
    {
        var p = DefaultPipeline.Create(_resources);
        var a = new Article("b", "Texte B.", "b.txt");
        var b = new Article("a", "Texte A.", "a.txt");
        var r1 = p.Run(new[] { a, b });
        var r2 = p.Run(new[] { b, a });
        Assert.Equal(new[] { "a", "b" }, r1.Articles.Select(x => x.Id));
        Assert.Equal(r1.Articles, r2.Articles);
    }
}
