namespace KnowledgeGraph.Rdf;

/// <summary>Loads RDF files into a store, choosing the parser from the file extension.</summary>
public static class RdfLoader
{
    /// <summary>
    /// Loads one file. Blank nodes get a prefix derived from <paramref name="documentIndex"/>
    /// so that documents loaded into one store keep distinct blank nodes.
    /// </summary>
    public static long LoadFile(MemoryStore store, string path, RdfFormat? format = null, int documentIndex = 0,
        INode? intoGraph = null, CancellationToken cancellationToken = default)
    {
        var fmt = format ?? (RdfFormats.TryFromExtension(path, out var f)
            ? f
            : throw new ArgumentException($"{path}: unknown RDF file extension (expected .ttl .nt .nq .trig .jsonld)"));
        using var reader = RdfText.OpenFile(path);
        return Load(store, reader, fmt, new RdfReaderOptions(path, new Uri(Path.GetFullPath(path)).AbsoluteUri,
            documentIndex == 0 ? "" : $"d{documentIndex}_", store.Namespaces), intoGraph, cancellationToken);
    }

    /// <summary>The files a <c>kg build</c> output folder may hold, best first: a dataset format keeps the per-article graphs.</summary>
    public static readonly IReadOnlyList<string> BuildOutputFiles = new[] { "graph.trig", "graph.nq", "graph.ttl", "graph.nt", "graph.jsonld" };

    /// <summary>
    /// Loads RDF files and folders. A folder that is a <c>kg build</c> output (it holds one of
    /// <see cref="BuildOutputFiles"/>) is loaded from its best graph file plus any ontology.ttl beside it;
    /// any other folder loads every RDF file in it, in ordinal name order so that loading is deterministic.
    /// </summary>
    /// <remarks>
    /// When the paths name one dump with a <see cref="BinaryStore.FileName"/> beside it (a <c>kg build</c> writes one) and
    /// the store is empty, the binary store is loaded instead of parsing the text. A binary store that is refused
    /// (another kg version, not made from that dump, truncated, corrupt) is reported to <paramref name="warn"/>
    /// (stderr by default), the dump is loaded instead, and the binary is rewritten from it when the folder allows.
    /// </remarks>
    public static long LoadPaths(MemoryStore store, IEnumerable<string> paths, CancellationToken cancellationToken = default,
        Action<string>? warn = null)
    {
        warn ??= Console.Error.WriteLine;
        var files = ExpandPaths(paths);
        string? refusedBinary = null;
        if (files.Count == 1 && store.Count == 0 && store.Terms.Count == 0)
        {
            // beside the dump itself: OUT/graph.trig is a link into the current build's folder, which holds the binary
            var dump = new FileInfo(files[0]).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(files[0]);
            var binary = Path.Combine(Path.GetDirectoryName(dump)!, BinaryStore.FileName);
            if (File.Exists(binary))
            {
                var loaded = BinaryStore.TryLoad(store, binary, BinaryStoreSource.Of(files[0]), cancellationToken);
                if (loaded.Loaded) return store.Count;
                warn($"kg: {binary}: binary store refused: {loaded.Problem}; loading {files[0]} instead");
                refusedBinary = binary;
            }
        }
        long n = 0;
        int doc = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            n += LoadFile(store, file, null, ++doc, null, cancellationToken);
        }
        if (refusedBinary is not null)
        {
            try
            {
                BinaryStore.Save(store, refusedBinary, BinaryStoreSource.Of(files[0]), cancellationToken);
                warn($"kg: {refusedBinary}: rewritten from {files[0]}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                warn($"kg: {refusedBinary}: cannot rewrite it ({e.Message}); the next start parses {files[0]} again");
            }
        }
        return n;
    }

    /// <summary>The prefixes a file declares before its first statement (where our writers put all of them), in order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> DeclaredPrefixes(string path, RdfFormat format)
    {
        var namespaces = new NamespaceMap();
        using var reader = RdfText.OpenFile(path);
        using var e = RdfFormats.CreateReader(format)
            .Read(reader, new RdfReaderOptions(path, new Uri(Path.GetFullPath(path)).AbsoluteUri, "", namespaces)).GetEnumerator();
        e.MoveNext();
        return namespaces.Entries;
    }

    /// <summary>The files <see cref="LoadPaths"/> would load, in order.</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) { files.Add(path); continue; }
            if (!Directory.Exists(path)) throw new FileNotFoundException($"{path}: no such file or folder", path);
            var build = CurrentBuildFolder(path);
            if (build is not null)
            {
                // only the files of the current build: its own folder holds nothing else (src/KnowledgeGraph.Build/README.md)
                var file = BuildOutputFiles.Select(f => Path.Combine(build, f)).FirstOrDefault(File.Exists)
                    ?? throw new FileNotFoundException($"{path}: the current build holds no graph file", path);
                files.Add(file);
                continue;
            }
            var best = BuildOutputFiles.Select(f => Path.Combine(path, f)).FirstOrDefault(File.Exists);
            if (best is not null)
            {
                files.Add(best);
                var ontology = Path.Combine(path, "ontology.ttl");
                if (File.Exists(ontology)) files.Add(ontology);
                continue;
            }
            files.AddRange(Directory.EnumerateFiles(path)
                .Where(f => RdfFormats.TryFromExtension(f, out _))
                .OrderBy(f => f, StringComparer.Ordinal));
        }
        return files;
    }

    /// <summary>
    /// The folder of the current build of a <c>kg build</c> output folder (the target of <c>.kg/current</c>), resolved
    /// once so that a build swapping in a new version meanwhile cannot mix two versions; null for other folders.
    /// </summary>
    public static string? CurrentBuildFolder(string folder)
    {
        var link = Path.Combine(folder, ".kg", "current");
        if (!Directory.Exists(link)) return null;
        return new DirectoryInfo(link).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(link);
    }

    public static long Load(MemoryStore store, TextReader reader, RdfFormat format, RdfReaderOptions options,
        INode? intoGraph = null, CancellationToken cancellationToken = default)
    {
        long n = 0;
        foreach (var q in RdfFormats.CreateReader(format).Read(reader, options, cancellationToken))
        {
            store.Add(intoGraph is null ? q : q with { Graph = q.Graph ?? intoGraph });
            n++;
        }
        return n;
    }
}
