using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Posts;

/// <summary>Work in progress (next commit).</summary>
public sealed class PostExtractor : IDocumentComponent
{
    private readonly ExtractionResources _resources;

    public PostExtractor(ExtractionResources resources) => _resources = resources;

    public string Name => "posts";

    public void Process(AnalyzedDocument doc, CancellationToken ct)
    {
    }
}
