using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Resolution;

/// <summary>Work in progress (next commit).</summary>
public sealed class DocumentCoreference : IDocumentComponent
{
    private readonly ExtractionResources _resources;

    public DocumentCoreference(ExtractionResources resources) => _resources = resources;

    public string Name => "coreference";

    public void Process(AnalyzedDocument doc, CancellationToken ct)
    {
    }
}
