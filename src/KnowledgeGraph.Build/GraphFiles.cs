using KnowledgeGraph.Mapping;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Build;

/// <summary>Writes the graph files of one build (graph.ttl always, and each requested format) into its folder.</summary>
public static class GraphFiles
{
    /// <param name="done">Called after each part (the triple projection, then each format) with its name, for stage timers.</param>
    /// <returns>The paths written, in format order.</returns>
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
        if (BinaryStore.WriteForBuild(directory, written, f => RdfFormats.SupportsDatasets(f) ? mapping.Quads : triples ?? mapping.Triples(), ct) is { } store)
        {
            written.Add(store);
            done?.Invoke("kgstore");
        }
        return written;
    }

    /// <summary>
    /// Writes the graph files from statements sorted on disk: graph.ttl and the other triple formats from
    /// <paramref name="triples"/> (the union of the graphs), the dataset formats from <paramref name="quads"/> (needed
    /// only when one is asked for). The writers keep memory bounded (Turtle and TriG sort within a budget, spilling runs to
    /// disk, and group by subject; N-Triples and N-Quads go line by line; JSON-LD, which nests the whole document, does
    /// not). The bytes are those <see cref="Write(MappingResult, string, IEnumerable{RdfFormat}, CancellationToken, Action{string}?)"/>
    /// gives for the same statements.
    /// </summary>
    /// <param name="maxStoreStatements">The binary store is written only when graph.ttl has at most this many triples
    /// (see <see cref="BuildOptions.MaxBinaryStoreStatements"/>).</param>
    /// <param name="keptDirectory">The folder of the build this one replaces: graph.ttl and graph.nt copy from its files
    /// the blocks of the subjects whose statements did not change (<see cref="TripleDumps"/>); same bytes either way.</param>
    /// <param name="dumps">Told how many subject blocks graph.ttl has and how many were copied from the kept build.</param>
    /// <param name="store">Told how the binary store was written: as a delta over the kept build's (with the statements
    /// of the changed subjects) or whole.</param>
    public static IReadOnlyList<string> WriteSorted(SortedSpill triples, SortedSpill? quads, string directory, IEnumerable<RdfFormat> formats,
        CancellationToken ct, Action<string>? done = null, long maxStoreStatements = BuildOptions.DefaultMaxBinaryStoreStatements,
        string? keptDirectory = null, Action<TripleDumpFiles>? dumps = null, Action<StoreWritten>? store = null)
    {
        var written = new List<string>();
        var writerOptions = new RdfWriterOptions(KgTerms.Prefixes);
        var all = formats.Prepend(RdfFormat.Turtle).Distinct().OrderBy(f => f).ToList();
        // the binary store is recorded while its dump is written, rather than from one more read of the statements;
        // not when the graph may be over the limit: the tap would hold up to the limit's statements (10 million, about
        // 0.8 GiB) before giving up, the build's peak at 50,000 articles; a graph whose duplicates across runs bring it
        // under the limit gets its store the usual way, from one more read, as below
        bool storeAllowed = maxStoreStatements > 0 && triples.AtMost <= maxStoreStatements;
        // A build that replaces another extends the kept build's store (a delta over its base: BinaryStoreDelta) with what
        // graph.ttl's writer finds changed, instead of encoding every statement: only when graph.ttl is the store's dump
        // (no dataset format asked for) and the kept store was made from the kept graph.ttl by this kg release.
        var keptStore = storeAllowed && keptDirectory is not null && StoreDump(all) == "graph.ttl"
            ? BinaryStoreDelta.TryOpenKept(keptDirectory, "graph.ttl", out _) : null;
        var changes = keptStore is null ? null : new StoreChanges(BinaryStoreDelta.MaxChangedStatements(triples.AtMost));
        var tap = storeAllowed && keptStore is null ? BinaryStoreTap.For(all, maxStoreStatements) : null;
        // graph.ttl and graph.nt in one read of the sorted triples, with the index of their subject blocks that lets the
        // next build copy the unchanged ones (without blank nodes; with them, each is written by its own writer below)
        var sortedTriples = triples.Sorted(ct);
        if (TripleDumps.CanWrite(sortedTriples))
        {
            IEnumerable<Quad> input = sortedTriples;
            if (tap is not null && tap.Format == RdfFormat.Turtle) input = tap.Observe(input);
            var files = TripleDumps.Write(input, directory, all.Contains(RdfFormat.NTriples), KgTerms.Prefixes, keptDirectory, ct, changes);
            written.Add(files.Turtle);
            if (files.NTriples is not null) written.Add(files.NTriples);
            dumps?.Invoke(files);
            done?.Invoke(files.NTriples is null ? "ttl" : "ttl-nt");
            all.Remove(RdfFormat.Turtle);
            all.Remove(RdfFormat.NTriples);
        }
        foreach (var format in all)
        {
            ct.ThrowIfCancellationRequested();
            var path = Path.Combine(directory, "graph" + RdfFormats.Extension(format));
            bool dataset = RdfFormats.SupportsDatasets(format);
            var source = dataset ? quads ?? throw new ArgumentException($"{format} needs the quads", nameof(quads)) : triples;
            // the statements come sorted and distinct (a presorted input): the grouping writers read them where they are
            IEnumerable<Quad> input = source.Sorted(ct);
            if (tap is not null && format == tap.Format) input = tap.Observe(input);
            AtomicFile.WriteText(path, w => RdfFormats.CreateWriter(format).Write(w, input, writerOptions, ct));
            written.Add(path);
            done?.Invoke(RdfFormats.Extension(format).TrimStart('.'));
        }
        // the binary store beside the dumps (it holds the whole store, as kg serve will: memory grows with the graph here,
        // so a graph beyond the limit gets none; graph.ttl, always written first, has counted the triples)
        if (triples.Count <= maxStoreStatements && keptStore is not null && changes is { Usable: true })
        {
            var dump = Path.Combine(directory, "graph.ttl");
            written.AddRange(BinaryStoreDelta.Write(directory, keptStore, changes, BinaryStoreSource.Of(dump),
                RdfLoader.DeclaredPrefixes(dump, RdfFormat.Turtle), ct));
            store?.Invoke(new StoreWritten(true, changes.Statements));
            done?.Invoke("kgstore");
        }
        else if (triples.Count <= maxStoreStatements
            && (tap?.TryWrite(directory, written, ct)
                ?? BinaryStore.WriteForBuild(directory, written, f => RdfFormats.SupportsDatasets(f) && quads is not null ? quads.Sorted(ct) : triples.Sorted(ct), ct)) is { } storePath)
        {
            written.Add(storePath);
            store?.Invoke(new StoreWritten(false, triples.Count));
            done?.Invoke("kgstore");
        }
        // in format order, as the in-memory path gives them (the store last)
        return written.OrderBy(p => RdfFormats.TryFromExtension(p, out var f) ? (int)f : int.MaxValue).ToList();
    }

    /// <summary>The file of <paramref name="formats"/> that the binary store stands for (the one readers load).</summary>
    private static string? StoreDump(IEnumerable<RdfFormat> formats)
    {
        var names = formats.Select(f => "graph" + RdfFormats.Extension(f)).ToHashSet(StringComparer.Ordinal);
        return RdfLoader.BuildOutputFiles.FirstOrDefault(names.Contains);
    }
}
