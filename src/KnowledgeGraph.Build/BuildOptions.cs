using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Build;

/// <summary>What to build, and where: the input of <see cref="GraphBuilder.Build"/>.</summary>
/// <param name="Inputs">Files or folders; folders are read recursively (each folder with its own manifest.json).</param>
/// <param name="OutputDirectory">The output folder (one unit, see <see cref="OutputFolder"/>).</param>
/// <param name="Formats">Output formats; graph.ttl is always written.</param>
/// <param name="Manifest">An explicit manifest whose metadata fills what an article's own file does not say.</param>
/// <param name="Update">Adds the inputs to the articles the current build of the output folder kept (an article with the
/// id of a kept one replaces it) and rebuilds over all of them, keeping every IRI.</param>
public sealed record BuildOptions(IReadOnlyList<string> Inputs, string OutputDirectory, IReadOnlyList<RdfFormat> Formats, string? Manifest = null,
    bool Update = false)
{
    /// <summary>How many articles are analysed at once (null: one per core). The output does not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Statements sorted in memory before a sorted run goes to disk (per sort: triples, and quads when a dataset
    /// format is asked for). The output does not depend on it; memory does.</summary>
    public int SortBufferStatements { get; init; } = 1 << 20;

    /// <summary>
    /// The binary store (<c>graph.kgstore</c>, what <c>kg serve</c> and <c>kg query</c> load instead of parsing the
    /// dump) is written only for a graph of at most this many triples: writing it holds the whole graph's term
    /// dictionary and statements in memory (as loading it does), which is what the rest of the build avoids. A larger
    /// build is read from its dump. 0: never written.
    /// </summary>
    public long MaxBinaryStoreStatements { get; init; } = DefaultMaxBinaryStoreStatements;

    /// <summary>10 million triples: a store of that size loads in about 2 GiB.</summary>
    public const long DefaultMaxBinaryStoreStatements = 10_000_000;
}
