using KnowledgeGraph.Build;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Mapping;
using KnowledgeGraph.Rdf;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Build;

/// <summary>
/// The build streams (issue 13): statements are sorted on disk in runs and merged, Turtle and TriG are written one
/// subject at a time, and documents are analysed on several threads. None of it may change a byte of the output.
/// </summary>
public sealed class StreamedBuildTests : IDisposable
{
    private static readonly RdfFormat[] AllFormats = [RdfFormat.Turtle, RdfFormat.NTriples, RdfFormat.NQuads, RdfFormat.TriG, RdfFormat.JsonLd];
    private static readonly string[] Files = ["graph.ttl", "graph.nt", "graph.nq", "graph.trig", "graph.jsonld"];

    private readonly string _dir = BuildTestSupport.NewTempDir("streamed");
    private readonly GraphBuilder _builder = new(ExtractionResources.Load());

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private BuildResult Build(string name, int sortBuffer, int? workers = null) =>
        _builder.Build(new BuildOptions([BuildTestSupport.Seeds], Path.Combine(_dir, name), AllFormats)
        {
            SortBufferStatements = sortBuffer,
            MaxDegreeOfParallelism = workers,
        });

    [Fact]
    public void Sorting_on_disk_in_many_runs_gives_the_bytes_of_the_in_memory_writers()
    {
        // 500 statements per run: the seeds' graph (thousands of statements) is sorted in many run files and merged
        var result = Build("runs", sortBuffer: 500);
        Assert.True(result.Statements > 2_000, $"the seeds should give thousands of statements, got {result.Statements}");
        // the same articles extracted in one piece (every article with its text, every mention), with the keys a first
        // build mints, mapped and written in memory by the RDF writers (no streaming, no runs, no text dropped)
        var resources = ExtractionResources.Load();
        var extraction = KnowledgeGraph.Extraction.Pipeline.DefaultPipeline.Create(resources).Run([BuildTestSupport.Seeds]);
        var mapping = new RdfMapper().Map(KeyStabilizer.Stabilize(extraction, BuildState.Empty).Result);
        var reference = Path.Combine(_dir, "reference");
        Directory.CreateDirectory(reference);
        GraphFiles.Write(mapping, reference, AllFormats, CancellationToken.None);
        Assert.Equal(mapping.Quads.Count, result.Statements);
        foreach (var f in Files)
            Assert.True(File.ReadAllBytes(Path.Combine(reference, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_dir, "runs", f))),
                $"{f} differs between the streamed build and the in-memory writers");
        // no run file is left in the build
        Assert.Empty(Directory.GetFiles(Path.Combine(_dir, "runs"), "*.run", SearchOption.AllDirectories));
    }

    [Fact]
    public void One_worker_and_several_workers_give_identical_bytes()
    {
        Build("one", sortBuffer: 1 << 20, workers: 1);
        Build("four", sortBuffer: 1 << 20, workers: 4);
        foreach (var f in Files)
            Assert.True(File.ReadAllBytes(Path.Combine(_dir, "one", f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_dir, "four", f))),
                $"{f} differs between 1 and 4 extraction workers");
    }

    [Fact]
    public void A_sorted_spill_merges_runs_into_the_sorted_distinct_statements()
    {
        var spillDir = Path.Combine(_dir, "spill");
        var all = new List<Quad>();
        var random = new Random(7);
        using var spill = new SortedSpill(spillDir, "t", dropGraph: false, bufferSize: 64);
        for (int i = 0; i < 2_000; i++)
        {
            // duplicates across runs, the three kinds of literal, and the default and named graphs
            var s = new UriNode($"https://example.org/s{random.Next(40)}");
            var p = new UriNode($"https://example.org/p{random.Next(3)}");
            INode o = random.Next(3) switch
            {
                0 => new LiteralNode($"mot {random.Next(50)} « é »", null, "fr"),
                1 => new LiteralNode(random.Next(100).ToString(System.Globalization.CultureInfo.InvariantCulture), Vocabulary.XsdInteger),
                _ => new LiteralNode(new string('x', 300 + random.Next(3))),
            };
            var q = new Quad(s, p, o, random.Next(2) == 0 ? null : new UriNode($"https://example.org/g{random.Next(4)}"));
            all.Add(q);
            spill.Add(q);
        }
        var expected = all.Distinct().Order(NodeComparer.Instance).ToList();
        // known before reading: no fewer than the distinct statements, no more than those added (duplicates across runs count)
        long atMost = spill.AtMost;
        Assert.InRange(atMost, expected.Count + 1, all.Count);
        var merged = spill.ReadSorted(CancellationToken.None).ToList();
        Assert.True(spill.Runs > 10, $"expected many runs, got {spill.Runs}");
        Assert.Equal(expected, merged);
        Assert.Equal(expected.Count, spill.Count);
    }
}
