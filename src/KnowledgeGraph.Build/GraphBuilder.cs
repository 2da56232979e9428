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
    public BuildResult Build(BuildOptions options, Action<string>? progress = null, CancellationToken ct = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var stages = new StageClock();
        progress?.Invoke("reading articles");
        var ingest = new ArticleIngestor(resources).IngestPaths(BuildInputs.Expand(options.Inputs), ct);
        var articles = ingest.Articles;
        var diagnostics = ingest.Diagnostics.ToList();
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
        Dictionary<string, Func<Article, AnalyzedDocument>>? keptAnalysis = null;
        if (options.Update)
        {
            var keptPath = current is null ? null : Path.Combine(current, ArticleStore.FileName);
            if (keptPath is null || !File.Exists(keptPath))
                throw new BuildStateException($"{options.OutputDirectory}: no kg build to update here (build it once without --update)");
            var given = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var kept = ArticleStore.Read(keptPath, ct).Where(a => !given.Contains(a.Id)).ToList();
            articles = kept.Concat(articles).ToList();
            // the kept articles' analysis is read back, so only the given ones are analysed
            var analysisPath = Path.Combine(current!, AnalysisStore.FileName);
            keptAnalysis = AnalysisStore.Read(analysisPath, ct, out var note);
            foreach (var id in given) keptAnalysis.Remove(id);
            if (note is not null) diagnostics.Add(new IngestDiagnostic(analysisPath, "note: " + note));
            words = articles.Sum(a => BuildInputs.CountWords(a.Text));
            stages.Done("load-kept");
        }
        // id order, so a build and an update over the same articles run resolution in the same order
        articles = articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        progress?.Invoke($"extracting from {articles.Count} articles" + (options.Update ? $" ({added} given)" : ""));
        var extractStages = new List<KeyValuePair<string, TimeSpan>>();
        // the new version's folder (not visible to readers before the commit; a killed build's is deleted by the next)
        var dir = folder.NewBuildDirectory();
        var pipeline = DefaultPipeline.Create(resources);
        pipeline.MaxDegreeOfParallelism = options.MaxDegreeOfParallelism;
        if (keptAnalysis is not null) pipeline.Reuse = a => keptAnalysis.TryGetValue(a.Id, out var restore) ? restore(a) : null;
        // written as soon as the documents are analysed, so they need not outlive corpus resolution
        pipeline.DocumentsReady = docs => AnalysisStore.Write(Path.Combine(dir, AnalysisStore.FileName), docs, ct);
        var raw = pipeline.Run(articles, diagnostics, extractStages, ct);
        keptAnalysis = null;
        int reused = pipeline.Reused;
        stages.Done("extract");
        stages.Stages.AddRange(extractStages.Select(s => new KeyValuePair<string, TimeSpan>("extract-" + s.Key, s.Value)));
        var stable = KeyStabilizer.Stabilize(raw, state);
        var result = stable.Result;
        stages.Done("stabilize");
        progress?.Invoke("mapping to RDF");
        // Statements are sorted on disk, in the unfinished build folder: memory is bounded by the sort buffers, not by
        // the graph; a killed build leaves the runs in its folder, deleted with it by the next build.
        var spillDir = Path.Combine(dir, "spill");
        bool dataset = options.Formats.Any(RdfFormats.SupportsDatasets);
        IReadOnlyList<string> warnings;
        IReadOnlyList<string> files;
        long statements;
        using (var triples = new SortedSpill(spillDir, "triples", dropGraph: true, options.SortBufferStatements))
        using (var quads = dataset ? new SortedSpill(spillDir, "quads", dropGraph: false, options.SortBufferStatements) : null)
        {
            void Emit(Quad q)
            {
                triples.Add(q);
                quads?.Add(q);
            }
            warnings = new RdfMapper().MapTo(result, Emit, ct);
            foreach (var q in SameAsStatements.Quads(stable.Merges, result.Entities)) Emit(q);
            stages.Done("map");
            progress?.Invoke("writing");
            files = WriteFormats(triples, quads, dir, options.Formats, ct, part => stages.Done("write-" + part));
            statements = quads?.Count ?? triples.Count;
        }
        Directory.Delete(spillDir, recursive: true);
        stable.State.Write(Path.Combine(dir, BuildState.FileName));
        ArticleStore.Write(Path.Combine(dir, ArticleStore.FileName), articles, ct);
        BuildManifest.Write(Path.Combine(dir, OutputFolder.ManifestFile), files.Select(Path.GetFileName).OfType<string>().ToList(), result.Articles.Count);
        stages.Done("write-state");
        var written = folder.Commit(dir);
        stages.Done("commit");
        return new BuildResult(result, warnings, statements, written, words, clock.Elapsed, stages.Stages) { Merges = stable.Merges, StageMemory = stages.Memory, Analysed = result.Articles.Count - reused, Reused = reused };
    }

    /// <summary>
    /// Writes every file format of the build into the new build folder <paramref name="dir"/> (not yet visible to
    /// readers) from the sorted statements (<paramref name="quads"/> is null when no dataset format is asked for) and
    /// returns the graph files that <c>build.json</c> lists. The one place where output formats are
    /// written: a further format (a binary store file) is one more call here.
    /// </summary>
    private static IReadOnlyList<string> WriteFormats(SortedSpill triples, SortedSpill? quads, string dir, IReadOnlyList<RdfFormat> formats,
        CancellationToken ct, Action<string> done)
    {
        var files = GraphFiles.WriteSorted(triples, quads, dir, formats, ct, done);
        return files;
    }
}
