using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>Articles read from the inputs, in article-id order, and what was skipped or repaired.</summary>
public sealed record IngestResult(IReadOnlyList<Article> Articles, IReadOnlyList<IngestDiagnostic> Diagnostics);
