using KnowledgeGraph.Extraction.Ingest;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Robustness;

/// <summary>One article's failure never stops a corpus, and files that share a name are different articles.</summary>
public sealed class CorpusRobustnessTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionResources _resources;

    public CorpusRobustnessTests(ResourcesFixture fixture) => _resources = fixture.Resources;

    private sealed class ThrowingComponent : IDocumentComponent
    {
        public string Name => "exploding";

        public void Process(AnalyzedDocument doc, CancellationToken ct)
        {
            if (doc.Text.Contains("BOUM", StringComparison.Ordinal)) throw new InvalidOperationException("cannot handle this text");
        }
    }

    [Fact]
    public void AnArticleWhoseAnalysisThrowsIsReportedWithItsFileAndTheOthersAreKept()
    {
        var standard = DefaultPipeline.Create(_resources);
        var pipeline = new ExtractionPipeline(_resources, standard.DocumentComponents.Append(new ThrowingComponent()).ToList(), standard.CorpusComponents);
        var articles = new[]
        {
            new Article("a", "Le maire de Nantes, Paul Lemoine, a rencontré mardi la préfète Claire Dubreuil.", "/in/a.txt", Date: new PartialDate(2025, 3, 4)),
            new Article("b", "BOUM. Le ministre Jacques Perrin a parlé.", "/in/b.txt", Date: new PartialDate(2025, 3, 4)),
            new Article("c", "La présidente Hélène Garnier a déclaré : « Nous continuerons. »", "/in/c.txt", Date: new PartialDate(2025, 3, 5)),
        };
        var result = pipeline.Run(articles);
        Assert.Equal(new[] { "a", "c" }, result.Articles.Select(a => a.Id));
        var failure = Assert.Single(result.Diagnostics);
        Assert.Equal("/in/b.txt", failure.SourcePath);
        Assert.StartsWith("skipped: internal error in the 'exploding' component on article 'b'", failure.Message);
        Assert.Contains("cannot handle this text", failure.Message);
        Assert.Contains(result.Entities, e => e.Label == "Hélène Garnier");
        Assert.Contains(result.Entities, e => e.Label == "Paul Lemoine");
        Assert.DoesNotContain(result.Entities, e => e.Label == "Jacques Perrin");
    }

    [Fact]
    public void FilesWithTheSameNameInDifferentFoldersAreDifferentArticles()
    {
        using var dir = new TempFolder();
        dir.Write("politique/2025/index.txt", " date 2025-03-04\nLe maire Paul Lemoine a parlé.");
        dir.Write("sport/2025/index.txt", " date 2025-03-05\nL'entraîneur Marc Janvier a parlé.");
        dir.Write("sport/other.txt", " date 2025-03-05\nUn autre texte.");
        var ingestor = new ArticleIngestor(_resources);
        var r = ingestor.IngestPaths(new[] { dir.Path, Path.Combine(dir.Path, "politique"), Path.Combine(dir.Path, "politique", "2025"), Path.Combine(dir.Path, "sport"), Path.Combine(dir.Path, "sport", "2025") });
        Assert.Equal(new[] { "other", "politique_2025_index", "sport_2025_index" }.Order(StringComparer.Ordinal), r.Articles.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void TheSameFileGivenTwiceIsOneArticleAndReportedOnce()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", " date 2025-03-04\nLe maire Paul Lemoine a parlé.");
        var r = new ArticleIngestor(_resources).IngestPaths(new[] { dir.Path, Path.Combine(dir.Path, "a.txt") });
        Assert.Single(r.Articles);
        Assert.Contains(r.Diagnostics, d => d.Message.StartsWith("skipped: duplicate article id 'a'", StringComparison.Ordinal));
    }
}
