using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Language;

/// <summary>Pipeline stage right after the tokenizer: fills <see cref="AnalyzedDocument.Morphology"/>.</summary>
public sealed class MorphologyComponent : IDocumentComponent
{
    private readonly ExtractionResources resources;

    public MorphologyComponent(ExtractionResources resources)
    {
        this.resources = resources;
        // Start loading the lexicon (~0.1 s of CPU) while the caller reads its articles; the first document waits
        // for it if it is not ready. A load failure surfaces there too (Lazy keeps the exception).
        _ = Task.Run(() => resources.Lexicon);
    }

    public string Name => "morphology";

    public void Process(AnalyzedDocument doc, CancellationToken ct)
    {
        doc.Morphology = MorphologyAnalyzer.Analyze(resources.Lexicon, doc.Text, doc.Tokens, doc.Folded, doc.Sentences);
    }
}
