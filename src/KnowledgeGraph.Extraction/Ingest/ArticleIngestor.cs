using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// Reads articles from files and folders: plain text (.txt, seed format with the optional " date …"
/// header), JSON (.json), JSON Lines (.jsonl, .ndjson) and HTML (.html, .htm). A folder is read
/// non-recursively in ordinal file-name order; its manifest.json (if any) supplies metadata by file stem.
/// Every bad input is reported as an <see cref="IngestDiagnostic"/> and skipped; the rest goes on.
/// </summary>
/// <remarks>
/// Choices: files larger than <see cref="MaxFileBytes"/> are skipped without being read (fast, and a news
/// article is never that large); Windows-1252 files are decoded and kept with a warning; a malformed date
/// header is dropped with a warning and the date inferred from the text. Precedence of metadata: the
/// file's own (header, JSON fields, HTML meta) over the manifest; a date from neither is inferred from the
/// text (<see cref="DateProvenance.InferredFromText"/>).
/// </remarks>
public sealed class ArticleIngestor
{
    /// <summary>16 MiB: far above any article, far below memory trouble.</summary>
    public const long MaxFileBytes = 16L * 1024 * 1024;

    private static readonly string[] Extensions = { ".txt", ".json", ".jsonl", ".ndjson", ".html", ".htm" };

    private readonly TextDecoder _decoder;
    private readonly BoilerplateFilter _boilerplate;
    private readonly DateInference _dateInference;

    public ArticleIngestor(ExtractionResources resources)
    {
        _decoder = new TextDecoder(resources);
        _boilerplate = new BoilerplateFilter(resources);
        _dateInference = new DateInference(new FrenchDateParser(resources));
    }

    public IngestResult IngestPaths(IEnumerable<string> paths, CancellationToken ct = default)
    {
        var articles = new List<Article>();
        var diagnostics = new List<IngestDiagnostic>();
        foreach (var path in paths)
        {
            ct.ThrowIfCancellationRequested();
            if (Directory.Exists(path))
            {
                var manifestPath = Path.Combine(path, ManifestReader.FileName);
                Dictionary<string, ArticleMetadata>? manifest = null;
                if (File.Exists(manifestPath))
                {
                    var decoded = ReadText(manifestPath, diagnostics);
                    if (decoded is not null) manifest = ManifestReader.Read(manifestPath, decoded, diagnostics);
                }
                var files = Directory.EnumerateFiles(path)
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && !string.Equals(Path.GetFileName(f), ManifestReader.FileName, StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files) IngestFile(file, manifest, articles, diagnostics, ct);
            }
            else if (File.Exists(path))
            {
                var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
                var manifestPath = Path.Combine(dir, ManifestReader.FileName);
                Dictionary<string, ArticleMetadata>? manifest = null;
                if (File.Exists(manifestPath) && !string.Equals(Path.GetFullPath(path), manifestPath, StringComparison.Ordinal))
                {
                    var decoded = ReadText(manifestPath, diagnostics);
                    if (decoded is not null) manifest = ManifestReader.Read(manifestPath, decoded, diagnostics);
                }
                IngestFile(path, manifest, articles, diagnostics, ct);
            }
            else diagnostics.Add(new IngestDiagnostic(path, "skipped: no such file or folder"));
        }

        // duplicate ids: keep the first in path order, report the others
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<Article>(articles.Count);
        foreach (var a in articles)
        {
            if (seen.Add(a.Id)) unique.Add(a);
            else diagnostics.Add(new IngestDiagnostic(a.SourcePath, $"skipped: duplicate article id '{a.Id}'"));
        }
        return new IngestResult(unique.OrderBy(a => a.Id, StringComparer.Ordinal).ToList(), diagnostics);
    }

    /// <summary>Ingests one file into <paramref name="articles"/> (public for tests and single-file use).</summary>
    public void IngestFile(string path, IReadOnlyDictionary<string, ArticleMetadata>? manifest, List<Article> articles, List<IngestDiagnostic> diagnostics, CancellationToken ct)
    {
        var text = ReadText(path, diagnostics);
        if (text is null) return;
        var stem = Path.GetFileNameWithoutExtension(path);
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".json":
                foreach (var r in JsonArticleReader.ReadJson(path, text, diagnostics, ct)) AddRecord(path, r, manifest, articles, diagnostics);
                break;
            case ".jsonl":
            case ".ndjson":
                foreach (var r in JsonArticleReader.ReadJsonLines(path, text, diagnostics, ct)) AddRecord(path, r, manifest, articles, diagnostics);
                break;
            case ".html":
            case ".htm":
                var html = HtmlArticleReader.Read(text);
                if (html.Text is null)
                {
                    diagnostics.Add(new IngestDiagnostic(path, $"skipped: HTML page has no article body (fewer than {HtmlArticleReader.MinBodyWords} words of text)"));
                    return;
                }
                AddRecord(path, new RawRecord(stem, html.Text, html.Metadata), manifest, articles, diagnostics);
                break;
            default:
                var (body, date, provenance, malformed) = PlainTextArticle.SplitHeader(text);
                if (malformed is not null)
                    diagnostics.Add(new IngestDiagnostic(path, $"warning: malformed date header \"{malformed.Trim()}\" ignored; date inferred from the text", 1));
                var cleaned = _boilerplate.Clean(body);
                if (string.IsNullOrWhiteSpace(cleaned))
                {
                    diagnostics.Add(new IngestDiagnostic(path, "skipped: no text after the date header"));
                    return;
                }
                var meta = manifest is not null && manifest.TryGetValue(stem, out var m) ? m : new ArticleMetadata();
                articles.Add(Build(stem, cleaned, path, meta, date, provenance));
                break;
        }
    }

    private void AddRecord(string path, RawRecord r, IReadOnlyDictionary<string, ArticleMetadata>? manifest, List<Article> articles, List<IngestDiagnostic> diagnostics)
    {
        var meta = r.Metadata.Or(manifest is not null && manifest.TryGetValue(r.Id, out var m) ? m : null);
        var cleaned = _boilerplate.Clean(r.Text);
        if (string.IsNullOrWhiteSpace(cleaned))
        {
            diagnostics.Add(new IngestDiagnostic(path, $"skipped: record '{r.Id}' has only boilerplate text"));
            return;
        }
        articles.Add(Build(r.Id, cleaned, path, meta, null, null));
    }

    private Article Build(string id, string text, string path, ArticleMetadata meta, PartialDate? headerDate, DateProvenance? headerProvenance)
    {
        PartialDate? date = headerDate;
        DateProvenance? provenance = headerProvenance;
        if (date is null && meta.Date is not null) { date = meta.Date; provenance = DateProvenance.Metadata; }
        if (date is null)
        {
            date = _dateInference.Infer(text);
            if (date is not null) provenance = DateProvenance.InferredFromText;
        }
        return new Article(id, text, path, meta.Title, meta.Url, meta.Outlet, meta.Author, date, provenance, meta.Language ?? "fr");
    }

    private string? ReadText(string path, List<IngestDiagnostic> diagnostics)
    {
        long length;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new IngestDiagnostic(path, $"skipped: cannot read ({ex.Message})"));
            return null;
        }
        if (length > MaxFileBytes)
        {
            diagnostics.Add(new IngestDiagnostic(path, $"skipped: file is {length} bytes, over the {MaxFileBytes}-byte limit"));
            return null;
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new IngestDiagnostic(path, $"skipped: cannot read ({ex.Message})"));
            return null;
        }
        if (bytes.Length == 0)
        {
            diagnostics.Add(new IngestDiagnostic(path, "skipped: empty file"));
            return null;
        }
        var decoded = _decoder.Decode(bytes);
        if (decoded.Problem is not null)
            diagnostics.Add(new IngestDiagnostic(path, decoded.Problem, Offset: decoded.Offset));
        if (decoded.Text is null) return null;
        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            diagnostics.Add(new IngestDiagnostic(path, "skipped: file holds only whitespace"));
            return null;
        }
        return decoded.Text;
    }
}
