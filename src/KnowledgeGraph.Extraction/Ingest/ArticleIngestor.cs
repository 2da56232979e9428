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
                foreach (var file in files) IngestFileSafely(file, manifest, articles, diagnostics, ct);
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
                IngestFileSafely(path, manifest, articles, diagnostics, ct);
            }
            else diagnostics.Add(new IngestDiagnostic(path, "skipped: no such file or folder"));
        }

        var unique = Disambiguate(articles, diagnostics);
        return new IngestResult(unique.OrderBy(a => a.Id, StringComparer.Ordinal).ToList(), diagnostics);
    }

    /// <summary>
    /// Articles from different files that share an id (a scraped site's many "index.html", two outlets' "article.txt")
    /// are different articles: each takes the shortest tail of its folder path that tells them apart
    /// ("politique_index", "sport_index"), so the ids depend only on the paths, not on reading order. The same id twice
    /// from one file (a JSON Lines record repeated) or the same file given twice is a real duplicate: the first is kept,
    /// the others reported.
    /// </summary>
    private static List<Article> Disambiguate(List<Article> articles, List<IngestDiagnostic> diagnostics)
    {
        var result = new List<Article>(articles.Count);
        foreach (var group in articles.GroupBy(a => a.Id, StringComparer.Ordinal))
        {
            var byFile = group.GroupBy(a => Path.GetFullPath(a.SourcePath), StringComparer.Ordinal).ToList();
            foreach (var file in byFile)
                foreach (var extra in file.Skip(1))
                    diagnostics.Add(new IngestDiagnostic(extra.SourcePath, $"skipped: duplicate article id '{extra.Id}'"));
            if (byFile.Count == 1) { result.Add(byFile[0].First()); continue; }
            var folders = byFile.Select(f => Path.GetDirectoryName(f.Key)!.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries)).ToList();
            for (int depth = 1; ; depth++)
            {
                var ids = folders.Select((parts, i) => PathId(parts, depth, byFile[i].First().Id)).ToList();
                bool distinct = ids.Distinct(StringComparer.Ordinal).Count() == ids.Count;
                if (!distinct && folders.All(p => p.Length <= depth))
                {
                    // same folder, same stem ("a.txt" and "a.html"): the extension tells them apart
                    ids = ids.Select((id, i) => id + "_" + Tokenization.TextFolding.Slug(Path.GetExtension(byFile[i].Key))).ToList();
                    distinct = true;
                }
                if (distinct)
                {
                    for (int i = 0; i < byFile.Count; i++) result.Add(byFile[i].First() with { Id = ids[i] });
                    break;
                }
            }
        }
        return result;
    }

    private static string PathId(string[] folderParts, int depth, string id)
    {
        var tail = folderParts.Skip(Math.Max(0, folderParts.Length - depth)).Select(Tokenization.TextFolding.Slug);
        return string.Join("_", tail.Append(id));
    }

    /// <summary>One file's unexpected failure (a reader bug on unusual input) is reported with the file and skipped.</summary>
    private void IngestFileSafely(string path, IReadOnlyDictionary<string, ArticleMetadata>? manifest, List<Article> articles, List<IngestDiagnostic> diagnostics, CancellationToken ct)
    {
        int before = articles.Count;
        try
        {
            IngestFile(path, manifest, articles, diagnostics, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            articles.RemoveRange(before, articles.Count - before);
            diagnostics.Add(new IngestDiagnostic(path, $"skipped: internal error while reading ({e.GetType().Name}: {e.Message})"));
        }
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
        var normalized = ArticleTextNormalizer.Normalize(text);
        return new Article(id, normalized.Text, path, ArticleTextNormalizer.NormalizeField(meta.Title), meta.Url,
            ArticleTextNormalizer.NormalizeField(meta.Outlet), ArticleTextNormalizer.NormalizeField(meta.Author), date, provenance, meta.Language ?? "fr")
        {
            SourceText = normalized.SourceOffsets is null ? null : text,
            SourceOffsets = normalized.SourceOffsets,
        };
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
