namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>A per-document pipeline stage: reads earlier layers of the document and adds its own.</summary>
public interface IDocumentComponent
{
    string Name { get; }

    void Process(AnalyzedDocument doc, CancellationToken ct);
}
