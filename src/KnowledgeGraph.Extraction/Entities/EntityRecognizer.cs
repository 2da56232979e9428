using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>Work in progress (next commit).</summary>
public sealed class EntityRecognizer : IDocumentComponent
{
    private readonly ExtractionResources _resources;

    public EntityRecognizer(ExtractionResources resources) => _resources = resources;

    public string Name => "entities";

    public void Process(AnalyzedDocument doc, CancellationToken ct)
    {
    }
}
