using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>Per-document: finds meeting mentions (talks, calls, summits, visits) and fills AnalyzedDocument.Meetings. (Stub: owned and implemented by the extraction-events engineer.)</summary>
public sealed class MeetingExtractor : IDocumentComponent
{
    private readonly ExtractionResources _resources;

    public MeetingExtractor(ExtractionResources resources) => _resources = resources;

    public string Name => "meetings";

    public void Process(AnalyzedDocument doc, CancellationToken ct)
    {
    }
}
