using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// Reads articles from files and folders. (First version: plain-text files with the optional
/// " date YYYY-MM-DD" header; JSON, JSON Lines, HTML and the manifest follow.)
/// </summary>
public sealed class ArticleIngestor
{
    private readonly ExtractionResources _resources;

    public ArticleIngestor(ExtractionResources resources) => _resources = resources;

    public IngestResult IngestPaths(IEnumerable<string> paths, CancellationToken ct = default)
    {
        var articles = new List<Article>();
        var diagnostics = new List<IngestDiagnostic>();
        foreach (var path in paths)
        {
            ct.ThrowIfCancellationRequested();
            var files = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*.txt", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)
                : (IEnumerable<string>)new[] { path };
            foreach (var file in files)
            {
                var text = File.ReadAllText(file);
                var (body, date, provenance) = PlainTextArticle.SplitHeader(text);
                articles.Add(new Article(Path.GetFileNameWithoutExtension(file), body, file, Date: date, DateProvenance: provenance));
            }
        }
        return new IngestResult(articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList(), diagnostics);
    }
}
