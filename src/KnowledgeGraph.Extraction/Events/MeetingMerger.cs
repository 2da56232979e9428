using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>Corpus: merges meeting mentions across articles into Meeting records (CorpusContext.Meetings). (Stub: owned and implemented by the extraction-events engineer.)</summary>
public sealed class MeetingMerger : ICorpusComponent
{
    private readonly ExtractionResources _resources;

    public MeetingMerger(ExtractionResources resources) => _resources = resources;

    public string Name => "meeting-merge";

    public void Process(CorpusContext corpus, CancellationToken ct)
    {
    }
}
