using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>Per-document: finds quotations and reported statements and fills AnalyzedDocument.Claims. (Stub: owned and implemented by the extraction-events engineer.)</summary>
public sealed class ClaimExtractor : IDocumentComponent
{
    private readonly ExtractionResources _resources;

    public ClaimExtractor(ExtractionResources resources) => _resources = resources;

    public string Name => "claims";

    public void Process(AnalyzedDocument doc, CancellationToken ct)
    {
    }
}
