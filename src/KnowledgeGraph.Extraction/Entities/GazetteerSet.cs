namespace KnowledgeGraph.Extraction.Entities;

/// <summary>Gazetteers built from the embedded data files (filled in by the entity recognizer work).</summary>
public sealed class GazetteerSet
{
    internal GazetteerSet(ExtractionResources resources)
    {
    }
}
