namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>The mention layers of an <see cref="AnalyzedDocument"/> that corpus components read (see <see cref="ICorpusComponent.Reads"/>).</summary>
[Flags]
public enum DocumentLayers
{
    None = 0,
    Entities = 1,
    Posts = 2,
    Relations = 4,
    Dates = 8,
    Meetings = 16,
    Claims = 32,
    All = Entities | Posts | Relations | Dates | Meetings | Claims,
}
