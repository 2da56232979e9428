using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Build;

/// <summary>What a build did, for the command's summary and for benchmarks.</summary>
/// <param name="MappingWarnings">Facts the mapping left out (keys no entity has), sorted.</param>
/// <param name="Statements">Distinct statements written: quads when a dataset format (TriG, N-Quads, JSON-LD) was
/// written, else the triples of graph.ttl.</param>
/// <param name="Stages">Wall time per stage (ingest, extract, map, write, and their parts), each followed by its process CPU
/// time ("-cpu"), to see where a build spends its time.</param>
public sealed record BuildResult(ExtractionResult Result, IReadOnlyList<string> MappingWarnings, long Statements, IReadOnlyList<string> WrittenFiles, long Words, TimeSpan Elapsed,
    IReadOnlyList<KeyValuePair<string, TimeSpan>> Stages)
{
    /// <summary>Kept IRIs a new article proved to be one entity: the retired one is owl:sameAs the kept one.</summary>
    public IReadOnlyList<KeyMerge> Merges { get; init; } = [];

    /// <summary>Per stage, the managed heap and the resident set at its end (MiB).</summary>
    public IReadOnlyList<KeyValuePair<string, (long HeapMiB, long RssMiB)>> StageMemory { get; init; } = [];

    /// <summary>Articles whose text the document components analysed in this build.</summary>
    public int Analysed { get; init; }

    /// <summary>Kept articles whose analysis <c>--update</c> read back from the build (<see cref="AnalysisStore"/>) instead.</summary>
    public int Reused { get; init; }

    /// <summary>Subject blocks of graph.ttl (and graph.nt), and how many of them were copied as bytes from the build
    /// this one replaced rather than written (<see cref="KnowledgeGraph.Rdf.TripleDumps"/>; 0 and 0 when the graph has blank nodes).</summary>
    public (long Subjects, long Copied) DumpBlocks { get; init; }

    /// <summary>How graph.kgstore was written (a delta over the kept build's store, or whole); null when none was.</summary>
    public StoreWritten? Store { get; init; }

    /// <summary>Inputs (files, articles) the build left out, each with where and why.</summary>
    public IEnumerable<IngestDiagnostic> Skipped => Result.Diagnostics.Where(d => d.Message.StartsWith("skipped", StringComparison.Ordinal));
}
