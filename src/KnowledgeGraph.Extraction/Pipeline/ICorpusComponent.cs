namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>
/// A corpus-level stage that runs after every document has been processed: cross-document entity
/// resolution, meeting merging, claim grouping. Stages run in order and read what earlier ones wrote
/// into the <see cref="CorpusContext"/>.
/// </summary>
public interface ICorpusComponent
{
    string Name { get; }

    /// <summary>
    /// The document mention layers this component reads (the text, the article and the entity keys are always kept).
    /// The pipeline empties a layer once no later component reads it, so that what a corpus holds shrinks as it is
    /// resolved (the last components and their results set a build's peak memory). A component that reads a layer
    /// must say so here: an undeclared layer may be empty when it runs.
    /// </summary>
    DocumentLayers Reads => DocumentLayers.All;

    void Process(CorpusContext corpus, CancellationToken ct);
}
