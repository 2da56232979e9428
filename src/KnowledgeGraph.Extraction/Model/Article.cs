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
/// removed); all spans index into it.
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
    string Language = "fr");
