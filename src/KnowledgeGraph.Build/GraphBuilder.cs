using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Ingest;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Mapping;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Build;

/// <summary>
/// A build as a library: ingest → extract → resolve (with the kept keys) → map → write, into an output folder
/// swapped in as one unit. <c>kg build</c>, <c>kg build --update</c> and a server call it alike; it knows nothing of
/// the command line or of HTTP (the caller prints, maps exceptions to exit codes, shows progress).
/// </summary>
/// <remarks>
/// Errors: <see cref="OutputFolderBusyException"/> (another build holds the folder), <see cref="BuildStateException"/>
/// (nothing to update, a state file of another version), <see cref="IOException"/>; a cancelled build throws
/// <see cref="OperationCanceledException"/>. In every case the folder still shows its previous build.
/// </remarks>
public sealed class GraphBuilder(ExtractionResources resources)
{
    /// <param name="progress">Told what the build is doing ("extracting from 120 articles"), for a person watching.</param>
    // compiled optimized at once: it runs once, and first-tier code keeps every local and temporary reachable until the
    // method returns (the ingested articles' texts through corpus resolution, the raw result through the writing)
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public BuildResult Build(BuildOptions options, Action<string>? progress = null, CancellationToken ct = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var stages = new StageClock();
        progress?.Invoke("reading articles");
        // through a method, so that no local of this one keeps the ingested list (and every text) reachable
        var (articles, diagnostics) = Ingest(options, ct);
        if (options.Manifest is not null) articles = BuildInputs.ApplyManifest(options.Manifest, articles, diagnostics);
        stages.Done("ingest");
        long words = articles.Sum(a => BuildInputs.CountWords(a.Text));
        // Nothing read (a typo in the input path): the output folder is not touched at all.
        if (articles.Count == 0)
            return new BuildResult(new ExtractionResult(articles, [], [], [], [], [], diagnostics), [], 0, [], words, clock.Elapsed, stages.Stages);

        if (options.Update && RdfLoader.CurrentBuildFolder(options.OutputDirectory) is null)
            throw new BuildStateException($"{options.OutputDirectory}: no kg build to update here (build it once without --update)");
        using var folder = OutputFolder.Open(options.OutputDirectory);
        var current = folder.CurrentDirectory;
        var statePath = current is null ? null : Path.Combine(current, BuildState.FileName);
        var state = statePath is not null && File.Exists(statePath) ? BuildState.Read(statePath) : BuildState.Empty;
        int added = articles.Count;
        KeptAnalysis? keptAnalysis = null;
        if (options.Update)
        {
            var keptPath = current is null ? null : Path.Combine(current, ArticleStore.FileName);
            if (keptPath is null || !File.Exists(keptPath))
                throw new BuildStateException($"{options.OutputDirectory}: no kg build to update here (build it once without --update)");
            var given = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            articles = ArticleStore.Read(keptPath, ct).Where(a => !given.Contains(a.Id)).Concat(articles).ToList();
            // the kept articles' analysis is read back (each line when its article is restored), so only the given
            // ones are analysed
            var analysisPath = Path.Combine(current!, AnalysisStore.FileName);
            keptAnalysis = KeptAnalysis.Open(analysisPath, ct);
            foreach (var id in given) keptAnalysis.Remove(id);
            if (keptAnalysis.Note is { } note) diagnostics.Add(new IngestDiagnostic(analysisPath, "note: " + note));
            words = articles.Sum(a => BuildInputs.CountWords(a.Text));
            stages.Done("load-kept");
        }
        // id order, so a build and an update over the same articles run resolution in the same order
        articles = articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        progress?.Invoke($"extracting from {articles.Count} articles" + (options.Update ? $" ({added} given)" : ""));
        // the new version's folder (not visible to readers before the commit; a killed build's is deleted by the next)
        var dir = folder.NewBuildDirectory();
        // the kept analysis file stays open until the build ends (its lines are read while analysing and copied after)
        using var keptFile = keptAnalysis;
        var extractStages = new List<KeyValuePair<string, TimeSpan>>();
        var pipeline = DefaultPipeline.Create(resources);
        pipeline.MaxDegreeOfParallelism = options.MaxDegreeOfParallelism;
        if (keptAnalysis is not null) pipeline.Reuse = keptAnalysis.Restore;
        var strings = new MentionStrings();
        // Each document's text is kept compact (one byte per character) once it is analysed, and the build stops holding
        // the ingested strings: corpus resolution and the results' evidence read the compact text, the articles' own
        // statements and articles.jsonl get the text back one article at a time (Restore).
        var bodies = new System.Collections.Concurrent.ConcurrentDictionary<string, ArticleText>(StringComparer.Ordinal);
        pipeline.DocumentAnalysed = doc =>
        {
            strings.Share(doc);
            if (doc.CompactText() is { } compact) bodies[doc.Id] = compact;
        };
        Article Restore(Article a) => bodies.TryGetValue(a.Id, out var body) ? a with { Text = body.ToString() } : a;
        // written as soon as the documents are analysed, so they need not outlive corpus resolution
        pipeline.DocumentsReady = docs =>
        {
            // from now on the build keeps only the articles that were not analysed (a failure): the others are the
            // documents' (compact text), and the result's
            var analysed = docs.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            articles = articles.Where(a => !analysed.Contains(a.Id)).ToList();
            AnalysisStore.Write(Path.Combine(dir, AnalysisStore.FileName), docs, ct, keptAnalysis);
            // kept lines that could not be read (their articles were analysed again): said before resolution reads the notes
            if (keptAnalysis?.Count > 0 && keptAnalysis.Note is { } damaged) diagnostics.Add(new IngestDiagnostic(keptAnalysis.Path, "note: " + damaged));
        };
        // Between the corpus components, a compacting collection: each leaves garbage (its working indexes) that would
        // otherwise be collected only as the next one grows the heap on top of it; the heap measured then is live data.
        pipeline.StageDone = name =>
        {
            BuildMemory.Collect();
            stages.Measure("extract-" + name);
        };
        var raw = pipeline.Run(articles, diagnostics, extractStages, ct);
        int reused = pipeline.Reused;
        stages.Done("extract");
        stages.Stages.AddRange(extractStages.Select(s => new KeyValuePair<string, TimeSpan>("extract-" + s.Key, s.Value)));
        // The documents (text and mention layers) are gone with the pipeline's corpus: collected now, before the next
        // stages allocate, so that the heap does not grow into garbage (peak memory is the high-water mark).
        BuildMemory.Collect();
        // Statements are sorted on disk, in the unfinished build folder: memory is bounded by the sort buffers, not by
        // the graph; a killed build leaves the runs in its folder, deleted with it by the next build.
        var spillDir = Path.Combine(dir, "spill");
        bool dataset = options.Formats.Any(RdfFormats.SupportsDatasets);
        IReadOnlyList<string> warnings;
        IReadOnlyList<string> files;
        long statements;
        IReadOnlyList<KeyMerge> merges;
        ExtractionResult result;
        (long, long) dumpBlocks = default;
        StoreWritten? storeWritten = null;
        using (var triples = new SortedSpill(spillDir, "triples", dropGraph: true, options.SortBufferStatements))
        using (var quads = dataset ? new SortedSpill(spillDir, "quads", dropGraph: false, options.SortBufferStatements) : null)
        {
            void Emit(Quad q)
            {
                triples.Add(q);
                quads?.Add(q);
            }
            // The articles' text is needed only by their own statements (schema:articleBody) and the kept copy for
            // --update: both are written now, and the rest of the build holds the articles without their text.
            progress?.Invoke("mapping to RDF");
            ArticleStore.Write(Path.Combine(dir, ArticleStore.FileName), raw.Articles.Concat(articles), ct, a => Restore(a).Text);
            articles = [];
            // a thousand articles at a time, so that the texts given back are not all held at once
            var articleMapper = new RdfMapper(new MappingOptions(IncludeOntology: false));
            foreach (var chunk in raw.Articles.Chunk(1000))
                articleMapper.MapTo(ArticlesOnly(chunk.Select(Restore).ToList()), Emit, ct);
            triples.Flush();
            quads?.Flush();
            bodies.Clear();
            raw = raw with { Articles = BuildMemory.WithoutText(raw.Articles) };
            stages.Done("map-articles");
            {
                var stable = KeyStabilizer.Stabilize(raw, state);
                raw = null!;
                // the state is written as soon as it is known: its anchors (a string per mention) need not outlive this block
                stable.State.Write(Path.Combine(dir, BuildState.FileName));
                merges = stable.Merges;
                result = BuildMemory.Compact(stable.Result);
            }
            stages.Done("stabilize");
            BuildMemory.Collect();
            warnings = new RdfMapper(new MappingOptions(IncludeArticleText: false)).MapTo(result, Emit, ct);
            foreach (var q in SameAsStatements.Quads(merges, result.Entities)) Emit(q);
            stages.Done("map");
            progress?.Invoke("writing");
            // the build shown now (if any) gives the dumps the blocks of the subjects whose statements did not change
            files = GraphFiles.WriteSorted(triples, quads, dir, options.Formats, ct, part => stages.Done("write-" + part), options.MaxBinaryStoreStatements,
                current, d => dumpBlocks = (d.Subjects, d.SubjectsCopied), s => storeWritten = s);
            statements = quads?.Count ?? triples.Count;
        }
        Directory.Delete(spillDir, recursive: true);
        BuildManifest.Write(Path.Combine(dir, OutputFolder.ManifestFile), files.Select(Path.GetFileName).OfType<string>().ToList(), result.Articles.Count);
        stages.Done("write-state");
        var written = folder.Commit(dir);
        stages.Done("commit");
        return new BuildResult(result, warnings, statements, written, words, clock.Elapsed, stages.Stages) { Merges = merges, StageMemory = stages.Memory, Analysed = result.Articles.Count - reused, Reused = reused, DumpBlocks = dumpBlocks, Store = storeWritten };
    }

    private (IReadOnlyList<Article> Articles, List<IngestDiagnostic> Diagnostics) Ingest(BuildOptions options, CancellationToken ct)
    {
        var ingest = new ArticleIngestor(resources).IngestPaths(BuildInputs.Expand(options.Inputs), ct);
        return (ingest.Articles, ingest.Diagnostics.ToList());
    }

    /// <summary>The articles alone (their own statements: metadata and body).</summary>
    private static ExtractionResult ArticlesOnly(IReadOnlyList<Article> articles) => new(articles, [], [], [], [], [], []);
}
