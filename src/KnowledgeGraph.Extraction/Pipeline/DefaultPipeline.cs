using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>The one place where the component order is decided.</summary>
public static class DefaultPipeline
{
    public static ExtractionPipeline Create(ExtractionResources resources)
    {
        var documentComponents = new List<IDocumentComponent>
        {
            new TokenizerComponent(),
            new Language.MorphologyComponent(resources),
            new Language.SpeechVerbSiteComponent(resources),
            new Ingest.NonContentMarker(),
            new Dates.DateRecognizer(resources),
            new Entities.EntityRecognizer(resources),
            new Posts.PostExtractor(resources),
            new Resolution.DocumentCoreference(resources),
            new MeetingExtractor(resources),
            new ClaimExtractor(resources),
        };
        var corpusComponents = new List<ICorpusComponent>
        {
            new Resolution.EntityResolver(resources),
            new Posts.PostAssembler(resources),
            new MeetingMerger(resources),
            new ClaimGrouper(resources),
        };
        return new ExtractionPipeline(resources, documentComponents, corpusComponents);
    }
}
