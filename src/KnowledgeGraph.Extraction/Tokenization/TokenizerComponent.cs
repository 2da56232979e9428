using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tokenization;

/// <summary>First pipeline stage: paragraphs, tokens and sentences.</summary>
public sealed class TokenizerComponent : IDocumentComponent
{
    public string Name => "tokenizer";

    public void Process(AnalyzedDocument doc, CancellationToken ct)
    {
        SentenceSplitter.SplitParagraphs(doc.Text, doc.Paragraphs);
        // sized once for the text (about a token every five characters) rather than grown by copies
        if (doc.Tokens.Capacity < doc.Text.Length / 5 + 4) doc.Tokens.Capacity = doc.Text.Length / 5 + 4;
        FrenchTokenizer.Tokenize(doc.Text, doc.Tokens);
        SentenceSplitter.Split(doc.Text, doc.Tokens, doc.Sentences);
    }
}
