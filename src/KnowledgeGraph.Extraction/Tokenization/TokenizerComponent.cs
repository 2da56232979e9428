using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tokenization;

/// <summary>First pipeline stage: paragraphs, tokens and sentences.</summary>
public sealed class TokenizerComponent : IDocumentComponent
{
    public string Name => "tokenizer";

    public void Process(AnalyzedDocument doc, CancellationToken ct)
    {
        SentenceSplitter.SplitParagraphs(doc.Text, doc.Paragraphs);
        FrenchTokenizer.Tokenize(doc.Text, doc.Tokens);
        SentenceSplitter.Split(doc.Text, doc.Tokens, doc.Sentences);
    }
}
