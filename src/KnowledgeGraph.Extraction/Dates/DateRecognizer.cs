using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Dates;

/// <summary>Finds French date expressions and resolves them against the article date (fills <see cref="AnalyzedDocument.Dates"/>).</summary>
public sealed class DateRecognizer : IDocumentComponent
{
    private readonly FrenchDateParser _parser;

    public DateRecognizer(ExtractionResources resources) => _parser = new FrenchDateParser(resources);

    public string Name => "dates";

    public void Process(AnalyzedDocument doc, CancellationToken ct)
    {
        foreach (var (span, expression) in _parser.FindAll(doc.Text, doc.Tokens, doc.Folded))
            doc.Dates.Add(new DateMention(span, expression, DateResolver.Resolve(expression, doc.Article.Date)));
    }
}
