namespace KnowledgeGraph.Extraction.Model;

/// <summary>An input that was skipped, with where and why, so a build reports it and goes on.</summary>
public sealed record IngestDiagnostic(string SourcePath, string Message, long? Line = null, long? Offset = null)
{
    public override string ToString() =>
        Line is not null ? $"{SourcePath}:{Line}: {Message}" : Offset is not null ? $"{SourcePath}@{Offset}: {Message}" : $"{SourcePath}: {Message}";
}

/// <summary>Everything extracted from a corpus, resolved across articles; the input of the RDF mapping.</summary>
public sealed record ExtractionResult(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Post> Posts,
    IReadOnlyList<PersonalRelation> Relations,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<IngestDiagnostic> Diagnostics);
