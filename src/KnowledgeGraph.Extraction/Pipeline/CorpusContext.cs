using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>
/// The state shared by the corpus-level components: the analyzed documents and the resolved output
/// being assembled. Entity resolution runs first and fills <see cref="Entities"/> and the mention→entity
/// map that later stages (meetings, claims) use to turn mention indexes into entity keys.
/// </summary>
public sealed class CorpusContext
{
    // per document, the key of each entity mention (null: not resolved): an array slot per mention rather than a
    // dictionary entry, since every mention of the corpus gets one (a quarter of the memory at 100,000 articles)
    private readonly string?[]?[] _entityKeyByMention;

    public CorpusContext(IReadOnlyList<AnalyzedDocument> documents, ExtractionResources resources)
    {
        Documents = documents;
        Resources = resources;
        _entityKeyByMention = new string?[]?[documents.Count];
    }

    /// <summary>Documents in corpus order (sorted by article id). In <see cref="ExtractionPipeline.Run(IEnumerable{Article}, IEnumerable{IngestDiagnostic}?, CancellationToken)"/>
    /// they hold their text and mention layers only (entities, posts, relations, dates, meetings, claims): the token
    /// layers are released after analysis (<see cref="AnalyzedDocument.ReleaseAnalysisLayers"/>).</summary>
    public IReadOnlyList<AnalyzedDocument> Documents { get; }

    public ExtractionResources Resources { get; }

    public List<Entity> Entities { get; } = new();

    public List<Post> Posts { get; } = new();

    public List<PersonalRelation> Relations { get; } = new();

    public List<Meeting> Meetings { get; } = new();

    public List<Claim> Claims { get; } = new();

    public List<IngestDiagnostic> Diagnostics { get; } = new();

    /// <summary>Records that mention <paramref name="mentionIndex"/> of document <paramref name="docIndex"/> denotes entity <paramref name="entityKey"/>.</summary>
    public void SetEntityKey(int docIndex, int mentionIndex, string entityKey)
    {
        var keys = _entityKeyByMention[docIndex] ??= new string?[Documents[docIndex].Entities.Count];
        if (mentionIndex >= keys.Length) Array.Resize(ref _entityKeyByMention[docIndex], mentionIndex + 1);
        _entityKeyByMention[docIndex]![mentionIndex] = entityKey;
    }

    /// <summary>The resolved entity key of a mention, or null when it was not resolved to an entity.</summary>
    public string? EntityKeyOf(int docIndex, int mentionIndex) =>
        docIndex >= 0 && docIndex < _entityKeyByMention.Length && _entityKeyByMention[docIndex] is { } keys && mentionIndex >= 0 && mentionIndex < keys.Length
            ? keys[mentionIndex] : null;

    /// <summary>The resolved entity with that key, or null.</summary>
    public Entity? EntityByKey(string key)
    {
        foreach (var e in Entities)
            if (e.Key == key) return e;
        return null;
    }
}
