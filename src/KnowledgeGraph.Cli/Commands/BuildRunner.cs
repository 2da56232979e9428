using System.Diagnostics;
using KnowledgeGraph.Build;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Ingest;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Mapping;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Commands;

/// <param name="Inputs">Files or folders; folders are read recursively (each folder with its own manifest.json).</param>
/// <param name="Formats">Output formats; graph.ttl is always written.</param>
/// <param name="Manifest">An explicit manifest whose metadata fills what an article's own file does not say.</param>
/// <param name="Update">Adds the inputs to the articles the current build of the output folder kept (an article with the
/// id of a kept one replaces it) and rebuilds over all of them, keeping every IRI.</param>
public sealed record BuildOptions(IReadOnlyList<string> Inputs, string OutputDirectory, IReadOnlyList<RdfFormat> Formats, string? Manifest = null,
    bool Update = false);

/// <summary>What a build did, for the summary and for benchmarks.</summary>
/// <param name="Stages">Wall time per stage (ingest, extract, map, write, and their parts), each followed by its process CPU
/// time ("-cpu"), to see where a build spends its time.</param>
public sealed record BuildSummary(ExtractionResult Result, MappingResult Mapping, IReadOnlyList<string> WrittenFiles, long Words, TimeSpan Elapsed,
    IReadOnlyList<KeyValuePair<string, TimeSpan>> Stages)
{
    /// <summary>Kept IRIs a new article proved to be one entity: the retired one is owl:sameAs the kept one.</summary>
    public IReadOnlyList<KeyMerge> Merges { get; init; } = [];

    public IEnumerable<IngestDiagnostic> Skipped => Result.Diagnostics.Where(d => d.Message.StartsWith("skipped", StringComparison.Ordinal));
}

/// <summary>
/// kg build: ingest → extract → resolve → map → write, with no knowledge of the command line, so tests and
/// the benchmark run exactly what users run.
/// </summary>
public static class BuildRunner
{
    public static BuildSummary Build(BuildOptions options, ExtractionResources resources, Action<string>? stage = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var stages = new List<KeyValuePair<string, TimeSpan>>();
        var lap = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        void Done(string name)
        {
            var now = Process.GetCurrentProcess().TotalProcessorTime;
            stages.Add(new(name, lap.Elapsed));
            stages.Add(new(name + "-cpu", now - cpu));
            cpu = now;
            lap.Restart();
        }
        stage?.Invoke("reading articles");
        var ingest = new ArticleIngestor(resources).IngestPaths(ExpandInputs(options.Inputs), ct);
        var articles = ingest.Articles;
        var diagnostics = ingest.Diagnostics.ToList();
        if (options.Manifest is not null) articles = ApplyManifest(options.Manifest, articles, diagnostics);
        Done("ingest");
        long words = articles.Sum(a => CountWords(a.Text));
        // Nothing read (a typo in the input path): the output folder is not touched at all.
        if (articles.Count == 0)
            return new BuildSummary(new ExtractionResult(articles, [], [], [], [], [], diagnostics), new MappingResult([], []), [], words, clock.Elapsed, stages);

        if (options.Update && RdfLoader.CurrentBuildFolder(options.OutputDirectory) is null)
            throw new BuildStateException($"{options.OutputDirectory}: no kg build to update here (build it once without --update)");
        using var folder = OutputFolder.Open(options.OutputDirectory);
        var current = folder.CurrentDirectory;
        var statePath = current is null ? null : Path.Combine(current, BuildState.FileName);
        var state = statePath is not null && File.Exists(statePath) ? BuildState.Read(statePath) : BuildState.Empty;
        int added = articles.Count;
        if (options.Update)
        {
            var keptPath = current is null ? null : Path.Combine(current, ArticleStore.FileName);
            if (keptPath is null || !File.Exists(keptPath))
                throw new BuildStateException($"{options.OutputDirectory}: no kg build to update here (build it once without --update)");
            var given = articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var kept = ArticleStore.Read(keptPath, ct).Where(a => !given.Contains(a.Id)).ToList();
            articles = kept.Concat(articles).ToList();
            words = articles.Sum(a => CountWords(a.Text));
            Done("load-kept");
        }
        // id order, so a build and an update over the same articles run resolution in the same order
        articles = articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        stage?.Invoke($"extracting from {articles.Count} articles" + (options.Update ? $" ({added} given)" : ""));
        var extractStages = new List<KeyValuePair<string, TimeSpan>>();
        var raw = DefaultPipeline.Create(resources).Run(articles, diagnostics, extractStages, ct);
        Done("extract");
        stages.AddRange(extractStages.Select(s => new KeyValuePair<string, TimeSpan>("extract-" + s.Key, s.Value)));
        var stable = KeyStabilizer.Stabilize(raw, state);
        var result = stable.Result;
        Done("stabilize");
        stage?.Invoke("mapping to RDF");
        var mapping = WithMerges(new RdfMapper().Map(result, ct), stable.Merges, result.Entities);
        Done("map");
        stage?.Invoke("writing");
        var dir = folder.NewBuildDirectory();
        var files = Write(mapping, dir, options.Formats, ct, part => Done("write-" + part));
        stable.State.Write(Path.Combine(dir, BuildState.FileName));
        ArticleStore.Write(Path.Combine(dir, ArticleStore.FileName), articles, ct);
        BuildManifest.Write(Path.Combine(dir, OutputFolder.ManifestFile), files.Select(Path.GetFileName).OfType<string>().ToList(), result.Articles.Count);
        Done("write-state");
        var written = folder.Commit(dir);
        Done("commit");
        return new BuildSummary(result, mapping, written, words, clock.Elapsed, stages) { Merges = stable.Merges };
    }

    /// <summary>Each retired IRI owl:sameAs the IRI that kept its entity, in the default graph.</summary>
    private static MappingResult WithMerges(MappingResult mapping, IReadOnlyList<KeyMerge> merges, IReadOnlyList<Entity> entities)
    {
        if (merges.Count == 0) return mapping;
        var iris = new IriScheme();
        var sameAs = new UriNode(KgTerms.Owl + "sameAs");
        string Iri(KeyGroup g, string? kind, string key) => g switch
        {
            KeyGroup.Meeting => iris.Meeting(key),
            KeyGroup.Claim => iris.Claim(key),
            _ => iris.Entity(Enum.TryParse<EntityKind>(kind, ignoreCase: true, out var ek) ? ek : EntityKind.Person, key),
        };
        var kinds = entities.ToDictionary(e => e.Key, e => e.Kind.ToString(), StringComparer.Ordinal);
        var quads = mapping.Quads.ToList();
        foreach (var m in merges)
        {
            // the kept entity may be of another kind than the retired one was: its IRI is the one the mapping wrote
            var keptKind = m.Group == KeyGroup.Entity && kinds.TryGetValue(m.KeptKey, out var k) ? k : m.RetiredKind;
            quads.Add(new Quad(new UriNode(Iri(m.Group, m.RetiredKind, m.RetiredKey)), sameAs, new UriNode(Iri(m.Group, keptKind, m.KeptKey))));
        }
        quads.Sort(NodeComparer.Instance);
        return mapping with { Quads = quads.Distinct().ToList() };
    }

    /// <summary>A folder stands for itself and every sub-folder (ordinal order, hidden ones skipped), so its tree is read.</summary>
    public static IReadOnlyList<string> ExpandInputs(IEnumerable<string> inputs)
    {
        var list = new List<string>();
        foreach (var input in inputs)
        {
            list.Add(input);
            if (!Directory.Exists(input)) continue;
            var subdirs = Directory.EnumerateDirectories(input, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
                .Where(d => !Path.GetRelativePath(input, d).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
                .Order(StringComparer.Ordinal);
            list.AddRange(subdirs);
        }
        return list;
    }

    private static List<Article> ApplyManifest(string path, IReadOnlyList<Article> articles, List<IngestDiagnostic> diagnostics)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new IngestDiagnostic(path, $"warning: manifest ignored, cannot read ({e.Message})"));
            return articles.ToList();
        }
        var manifest = ManifestReader.Read(path, text, diagnostics);
        return articles.Select(a =>
        {
            if (!manifest.TryGetValue(a.Id, out var m)) return a;
            var dateFromText = a.Date is null || a.DateProvenance == DateProvenance.InferredFromText;
            return a with
            {
                Title = a.Title ?? m.Title,
                Url = a.Url ?? m.Url,
                Outlet = a.Outlet ?? m.Outlet,
                Author = a.Author ?? m.Author,
                Date = dateFromText && m.Date is not null ? m.Date : a.Date,
                DateProvenance = dateFromText && m.Date is not null ? DateProvenance.Metadata : a.DateProvenance,
            };
        }).ToList();
    }

    /// <param name="done">Called after each part (the triple projection, then each format) with its name, for stage timers.</param>
    public static IReadOnlyList<string> Write(MappingResult mapping, string directory, IEnumerable<RdfFormat> formats, CancellationToken ct,
        Action<string>? done = null)
    {
        var written = new List<string>();
        var writerOptions = new RdfWriterOptions(KgTerms.Prefixes);
        IReadOnlyList<Quad>? triples = null;
        foreach (var format in formats.Prepend(RdfFormat.Turtle).Distinct().OrderBy(f => f))
        {
            ct.ThrowIfCancellationRequested();
            var path = Path.Combine(directory, "graph" + RdfFormats.Extension(format));
            // Triple formats get the union of the article graphs; dataset formats keep one named graph per article.
            if (!RdfFormats.SupportsDatasets(format) && triples is null)
            {
                triples = mapping.Triples();
                done?.Invoke("triples");
            }
            var data = RdfFormats.SupportsDatasets(format) ? mapping.Quads : triples!;
            AtomicFile.WriteText(path, w => RdfFormats.CreateWriter(format).Write(w, data, writerOptions, ct));
            written.Add(path);
            done?.Invoke(RdfFormats.Extension(format).TrimStart('.'));
        }
        // the binary store beside the dumps, so kg serve and kg query start without re-parsing them (listed in build.json)
        if (BinaryStore.WriteForBuild(directory, written, f => RdfFormats.SupportsDatasets(f) ? mapping.Quads : triples ?? mapping.Triples(), ct) is { } store) { written.Add(store); done?.Invoke("kgstore"); }
        return written;
    }

    public static long CountWords(string text)
    {
        long words = 0;
        bool inWord = false;
        foreach (var c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }
}
