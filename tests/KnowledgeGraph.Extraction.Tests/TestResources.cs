using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>One loaded resource set shared by a test class (xunit class fixture; no static state).</summary>
public sealed class ResourcesFixture
{
    public ExtractionResources Resources { get; } = ExtractionResources.Load();
}
