namespace KnowledgeGraph.Extraction.Model;

/// <summary>The article and the character span that state a fact.</summary>
public sealed record Evidence(string ArticleId, TextSpan Span, string Text);
