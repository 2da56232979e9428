namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>
/// A corpus-level stage that runs after every document has been processed: cross-document entity
/// resolution, meeting merging, claim grouping. Stages run in order and read what earlier ones wrote
/// into the <see cref="CorpusContext"/>.
/// </summary>
public interface ICorpusComponent
{
    string Name { get; }

    void Process(CorpusContext corpus, CancellationToken ct);
}
