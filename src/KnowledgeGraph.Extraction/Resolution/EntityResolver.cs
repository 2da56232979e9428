using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Resolution;

/// <summary>Work in progress (next commit).</summary>
public sealed class EntityResolver : ICorpusComponent
{
    private readonly ExtractionResources _resources;

    public EntityResolver(ExtractionResources resources) => _resources = resources;

    public string Name => "entity-resolution";

    public void Process(CorpusContext corpus, CancellationToken ct)
    {
    }
}
