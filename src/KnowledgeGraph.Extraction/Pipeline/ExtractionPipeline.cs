using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>
/// Runs the extraction: per-document components in order over each article, then the corpus
/// components in order, then assembles the <see cref="ExtractionResult"/>. Documents are processed in
/// article-id order so the output does not depend on the order files were listed in.
/// </summary>
public sealed class ExtractionPipeline
{
    public ExtractionPipeline(ExtractionResources resources, IReadOnlyList<IDocumentComponent> documentComponents, IReadOnlyList<ICorpusComponent> corpusComponents)
    {
        Resources = resources;
        DocumentComponents = documentComponents;
        CorpusComponents = corpusComponents;
    }

    public ExtractionResources Resources { get; }

    public IReadOnlyList<IDocumentComponent> DocumentComponents { get; }

    public IReadOnlyList<ICorpusComponent> CorpusComponents { get; }

    /// <summary>How many documents are analysed at once (null or 0: one per core). The result does not depend on it:
    /// each document lands in its own slot, in id order.</summary>
    public int? MaxDegreeOfParallelism { get; set; }

    /// <summary>
    /// A document analysed earlier for this very article by the same extraction code and data (its mention layers,
    /// see <see cref="AnalyzedDocument.ReleaseAnalysisLayers"/>), or null to analyse it. Called from several threads.
    /// Documents are independent, so reusing one gives the result a new analysis gives (kg build --update).
    /// </summary>
    public Func<Article, AnalyzedDocument?>? Reuse { get; set; }

    /// <summary>Told each document once it is analysed (or reused) and its analysis layers are released, from several
    /// threads, before any corpus component reads it: a build shares the equal strings of its mention layers there, so
    /// that what the corpus keeps does not grow with every repetition of a name.</summary>
    public Action<AnalyzedDocument>? DocumentAnalysed { get; set; }

    /// <summary>Told the documents, in corpus order, once all are analysed and before the corpus components run
    /// (a build keeps their mention layers for the next update); its time counts in the "documents" stage.</summary>
    public Action<IReadOnlyList<AnalyzedDocument>>? DocumentsReady { get; set; }

    /// <summary>Told the name of each stage as it ends ("documents", then each corpus component's), on the calling
    /// thread: a build measures its memory there (which stage's data sets the peak).</summary>
    public Action<string>? StageDone { get; set; }

    /// <summary>Documents the last <see cref="Run(IEnumerable{Article}, IEnumerable{IngestDiagnostic}?, IList{KeyValuePair{string, TimeSpan}}?, CancellationToken)"/>
    /// took from <see cref="Reuse"/> instead of analysing them.</summary>
    public int Reused => _reused;

    private int _reused;

    /// <summary>Analyzes one article with the per-document components only (no cross-document resolution).</summary>
    public AnalyzedDocument Analyze(Article article, CancellationToken ct = default) => Analyze(article, 0, ct);

    private AnalyzedDocument Analyze(Article article, int index, CancellationToken ct, long[]? ticks = null)
    {
        var doc = new AnalyzedDocument(article, index);
        for (int c = 0; c < DocumentComponents.Count; c++)
        {
            ct.ThrowIfCancellationRequested();
            long start = ticks is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                DocumentComponents[c].Process(doc, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new ComponentFailedException(DocumentComponents[c].Name, e);
            }
            if (ticks is not null) Interlocked.Add(ref ticks[c], System.Diagnostics.Stopwatch.GetTimestamp() - start);
        }
        return doc;
    }

    private static IngestDiagnostic Failure(Article article, Exception e)
    {
        var component = e is ComponentFailedException f ? f.Component : "pipeline";
        var inner = e is ComponentFailedException ? e.InnerException! : e;
        var where = inner.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? "";
        return new IngestDiagnostic(article.SourcePath,
            $"skipped: internal error in the '{component}' component on article '{article.Id}' ({inner.GetType().Name}: {inner.Message}) {where}".TrimEnd());
    }

    /// <summary>Names the component in which an article's analysis failed.</summary>
    private sealed class ComponentFailedException(string component, Exception inner)
        : Exception($"component '{component}' failed", inner)
    {
        public string Component { get; } = component;
    }

    /// <summary>Runs the whole pipeline on already-ingested articles.</summary>
    /// <param name="diagnostics">Ingest diagnostics to carry into the result.</param>
    public ExtractionResult Run(IEnumerable<Article> articles, IEnumerable<IngestDiagnostic>? diagnostics = null, CancellationToken ct = default) =>
        Run(articles, diagnostics, null, ct);

    /// <summary>Runs the whole pipeline, adding the wall time of each stage to <paramref name="timings"/> when given
    /// ("documents" for the per-document components together, then one entry per corpus component), each followed by
    /// its process CPU time ("documents-cpu"...), the figure that stays meaningful on a shared, loaded machine; and the
    /// thread time of each per-document component summed over documents ("documents-entities-thread"...).</summary>
    // compiled optimized at once: this runs once per build, so in first-tier code every local and temporary would stay
    // reachable until it returns, the input articles (and their text) with them
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public ExtractionResult Run(IEnumerable<Article> articles, IEnumerable<IngestDiagnostic>? diagnostics, IList<KeyValuePair<string, TimeSpan>>? timings,
        CancellationToken ct = default)
    {
        var sorted = articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        // the caller's list is not held by this frame through corpus resolution (a document may drop its text: see
        // AnalyzedDocument.CompactText); unoptimized code keeps a parameter reachable until the method returns
        articles = [];
        var lap = System.Diagnostics.Stopwatch.StartNew();
        var cpu = timings is null ? TimeSpan.Zero : System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        void Done(string name)
        {
            StageDone?.Invoke(name);
            if (timings is null) return;
            var now = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            timings.Add(new(name, lap.Elapsed));
            timings.Add(new(name + "-cpu", now - cpu));
            cpu = now;
        }
        // Documents are independent (components hold only read-only resources), so they are analysed in parallel;
        // each lands in its own slot of the array, so the order (and every later step) stays that of the ids.
        var analyzed = new AnalyzedDocument?[sorted.Count];
        // with timings, the time each per-document component spends, summed over the threads
        var ticks = timings is null ? null : new long[DocumentComponents.Count];
        // One article's failure (a bug met by unusual text) never stops the corpus: it is reported with its file and
        // the component that failed, and the article is left out; the build's exit code then says "inputs skipped".
        var failures = new IngestDiagnostic?[sorted.Count];
        _reused = 0;
        var parallel = new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = MaxDegreeOfParallelism is int n && n > 0 ? n : -1 };
        Parallel.For(0, sorted.Count, parallel, i =>
        {
            try
            {
                var doc = Reuse?.Invoke(sorted[i]);
                if (doc is not null) Interlocked.Increment(ref _reused);
                else
                {
                    doc = Analyze(sorted[i], i, ct, ticks);
                    // corpus components read only the text and the mention layers (see CorpusContext)
                    doc.ReleaseAnalysisLayers();
                }
                DocumentAnalysed?.Invoke(doc);
                analyzed[i] = doc;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures[i] = Failure(sorted[i], e);
            }
        });
        var docs = new List<AnalyzedDocument>(analyzed.Length);
        foreach (var doc in analyzed)
        {
            if (doc is null) continue;
            doc.Index = docs.Count;
            docs.Add(doc);
        }
        // the documents' articles: without the failed ones, and without their text when a document keeps it compact
        // (AnalyzedDocument.CompactText), so that the input's strings are not held through corpus resolution
        sorted = docs.Select(d => d.Article).ToList();
        // before the stage ends: what the caller drops there (a build: the ingested articles) is gone when it is measured
        DocumentsReady?.Invoke(docs);
        Done("documents");
        for (int c = 0; ticks is not null && c < ticks.Length; c++)
            timings!.Add(new("documents-" + DocumentComponents[c].Name + "-thread", System.Diagnostics.Stopwatch.GetElapsedTime(0, ticks[c])));
        var corpus = new CorpusContext(docs, Resources);
        if (diagnostics is not null) corpus.Diagnostics.AddRange(diagnostics);
        foreach (var failure in failures)
            if (failure is not null) corpus.Diagnostics.Add(failure);
        for (int c = 0; c < CorpusComponents.Count; c++)
        {
            ct.ThrowIfCancellationRequested();
            lap.Restart();
            CorpusComponents[c].Process(corpus, ct);
            // the layers no later component reads are dropped now: the corpus shrinks as the last components add results
            var later = DocumentLayers.None;
            for (int k = c + 1; k < CorpusComponents.Count; k++) later |= CorpusComponents[k].Reads;
            if (later != DocumentLayers.All)
                foreach (var doc in docs) doc.ReleaseMentionLayers(later);
            Done(CorpusComponents[c].Name);
        }
        return new ExtractionResult(
            sorted,
            corpus.Entities.OrderBy(e => e.Key, StringComparer.Ordinal).ToList(),
            corpus.Posts.OrderBy(p => p.Key, StringComparer.Ordinal).ToList(),
            corpus.Relations
                .OrderBy(r => r.SubjectKey, StringComparer.Ordinal).ThenBy(r => r.RelationKey, StringComparer.Ordinal)
                .ThenBy(r => r.ObjectKey, StringComparer.Ordinal).ThenBy(r => r.Evidence.ArticleId, StringComparer.Ordinal)
                .ThenBy(r => r.Evidence.Span.Start).ToList(),
            corpus.Meetings.OrderBy(m => m.Key, StringComparer.Ordinal).ToList(),
            corpus.Claims.OrderBy(c => c.Key, StringComparer.Ordinal).ToList(),
            corpus.Diagnostics
                .OrderBy(d => d.SourcePath, StringComparer.Ordinal).ThenBy(d => d.Line ?? 0).ThenBy(d => d.Offset ?? 0)
                .ThenBy(d => d.Message, StringComparer.Ordinal).ToList());
    }

    /// <summary>Ingests the given files or folders (see <see cref="Ingest.ArticleIngestor"/>) and runs the pipeline.</summary>
    public ExtractionResult Run(IEnumerable<string> paths, CancellationToken ct = default)
    {
        var ingest = new Ingest.ArticleIngestor(Resources).IngestPaths(paths, ct);
        return Run(ingest.Articles, ingest.Diagnostics, ct);
    }
}
