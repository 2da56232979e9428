namespace KnowledgeGraph.Extraction.Model;

/// <summary>Where an article's date came from.</summary>
public enum DateProvenance
{
    /// <summary>The first-line " date YYYY-MM-DD" header of a seed-style text file.</summary>
    Header,
    /// <summary>A JSON field, an HTML meta tag or the manifest.</summary>
    Metadata,
    /// <summary>Inferred from the text itself ("le 2 décembre 2025").</summary>
    InferredFromText,
}

/// <summary>
/// One ingested article. <see cref="Text"/> is the body the extractors read (any date header
/// removed, Unicode normalized: see <see cref="Ingest.ArticleTextNormalizer"/>); all spans index into it.
/// </summary>
/// <param name="Id">The file stem (or the record id for JSON Lines), stable across builds.</param>
public sealed record Article(
    string Id,
    string Text,
    string SourcePath,
    string? Title = null,
    string? Url = null,
    string? Outlet = null,
    string? Author = null,
    PartialDate? Date = null,
    DateProvenance? DateProvenance = null,
    string Language = "fr")
{
    /// <summary>The body as the source gave it, when Unicode normalization changed it (else null: <see cref="Text"/> is it).</summary>
    public string? SourceText { get; init; }

    /// <summary>For each UTF-16 index of <see cref="Text"/> (and one past its end), the index in <see cref="SourceText"/>
    /// where that character came from; null when the two texts are the same.</summary>
    public int[]? SourceOffsets { get; init; }

    /// <summary>The body as published: offsets written to the graph index this text.</summary>
    public string PublishedText => SourceText ?? Text;

    /// <summary>Maps a span of <see cref="Text"/> to the same words in <see cref="PublishedText"/>.</summary>
    public (int Start, int End) ToPublished(int start, int end) => Ingest.ArticleTextNormalizer.ToSource(SourceOffsets, start, end);
}
