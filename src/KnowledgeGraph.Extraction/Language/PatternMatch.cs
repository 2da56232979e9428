using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Language;

/// <summary>A token span [StartToken, EndToken) matched by a token pattern with this label; Span is its characters.</summary>
public sealed record PatternMatch(string Label, int StartToken, int EndToken, TextSpan Span)
{
    public int TokenCount => EndToken - StartToken;
}
