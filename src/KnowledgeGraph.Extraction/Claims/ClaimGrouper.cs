using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>Corpus: groups claim mentions across articles into Claim records (CorpusContext.Claims). (Stub: owned and implemented by the extraction-events engineer.)</summary>
public sealed class ClaimGrouper : ICorpusComponent
{
    private readonly ExtractionResources _resources;

    public ClaimGrouper(ExtractionResources resources) => _resources = resources;

    public string Name => "claim-grouping";

    public void Process(CorpusContext corpus, CancellationToken ct)
    {
    }
}
