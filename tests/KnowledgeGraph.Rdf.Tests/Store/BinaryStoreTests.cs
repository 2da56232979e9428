using Xunit;

namespace KnowledgeGraph.Rdf.Tests.Store;

/// <summary>
/// The binary store: a round trip gives the very store (ids, order, answers), and a file of another version, made
/// from another dump, truncated or corrupt is refused, leaving the store empty, while the loader falls back to the dump.
/// </summary>
public sealed class BinaryStoreTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kg-binstore-" + Guid.NewGuid().ToString("N"));

    public BinaryStoreTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly UriNode Type = new(Vocabulary.RdfType);

    /// <summary>Every kind of term: IRIs, blank nodes, simple, language-tagged and typed literals, in two named graphs.</summary>
    private static List<Quad> Data(bool blankNodes)
    {
        var quads = new List<Quad>();
        var person = new UriNode("http://ex/Person");
        for (int i = 0; i < 300; i++)
        {
            var s = new UriNode($"http://ex/id/p{i % 97}");
            var g = i % 3 == 0 ? null : new UriNode($"http://ex/graph/a{i % 5}");
            quads.Add(new Quad(s, Type, person, g));
            quads.Add(new Quad(s, new UriNode("http://ex/name"), new LiteralNode($"Nom n°{i % 41} — été", null, i % 2 == 0 ? "fr" : "fr-BE"), g));
            quads.Add(new Quad(s, new UriNode("http://ex/age"), new LiteralNode((i % 60).ToString(), Vocabulary.Xsd + "integer"), g));
            quads.Add(new Quad(s, new UriNode("http://ex/note"), new LiteralNode($"plain {i % 13}"), g));
            quads.Add(new Quad(s, new UriNode("http://ex/knows"), new UriNode($"http://ex/id/p{(i * 7) % 97}"), g));
            if (blankNodes && i % 10 == 0)
            {
                var b = new BlankNode($"addr{i}");
                quads.Add(new Quad(s, new UriNode("http://ex/address"), b, g));
                quads.Add(new Quad(b, new UriNode("http://ex/city"), new LiteralNode("Genève"), g));
            }
        }
        return quads;
    }

    private static MemoryStore StoreOf(IEnumerable<Quad> quads)
    {
        var store = new MemoryStore();
        store.Namespaces.Set("ex", "http://ex/");
        store.Namespaces.Set("xsd", Vocabulary.Xsd);
        foreach (var q in quads) store.Add(q);
        return store;
    }

    /// <summary>Same terms under the same ids, same quads in the same scan order, same answers to bound patterns.</summary>
    private static void AssertSameStore(MemoryStore expected, MemoryStore actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Terms.Count, actual.Terms.Count);
        for (int i = 1; i <= expected.Terms.Count; i++) Assert.Equal(expected.Terms[i], actual.Terms[i]);
        Assert.Equal(expected.MatchEncoded(-1, -1, -1, -1).ToList(), actual.MatchEncoded(-1, -1, -1, -1).ToList());
        Assert.Equal(expected.Namespaces.Entries, actual.Namespaces.Entries);
        Assert.Equal(expected.GraphNames, actual.GraphNames);
        foreach (var q in expected.MatchEncoded(-1, -1, -1, -1).Take(200))
        {
            Assert.Equal(expected.MatchEncoded(q.S, -1, -1, -1), actual.MatchEncoded(q.S, -1, -1, -1));
            Assert.Equal(expected.MatchEncoded(-1, q.P, q.O, -1), actual.MatchEncoded(-1, q.P, q.O, -1));
            Assert.Equal(expected.MatchEncoded(-1, -1, q.O, q.G), actual.MatchEncoded(-1, -1, q.O, q.G));
            Assert.Equal(expected.MatchEncoded(-1, q.P, -1, MemoryStore.AnyNamedGraph), actual.MatchEncoded(-1, q.P, -1, MemoryStore.AnyNamedGraph));
            Assert.Equal(expected.EstimateCount(-1, q.P, -1, -1), actual.EstimateCount(-1, q.P, -1, -1));
        }
        foreach (var q in expected.Match(null, null, null, GraphSelector.All).Take(50)) Assert.True(actual.Contains(q));
    }

    private string SaveData(bool blankNodes, out MemoryStore original)
    {
        original = StoreOf(Data(blankNodes));
        var path = Path.Combine(_dir, BinaryStore.FileName);
        BinaryStore.Save(original, path, new BinaryStoreSource("graph.trig", 1234));
        return path;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void RoundTripGivesTheSameStore(bool blankNodes)
    {
        var path = SaveData(blankNodes, out var original);
        var loaded = new MemoryStore();
        var result = BinaryStore.TryLoad(loaded, path, new BinaryStoreSource("graph.trig", 1234));
        Assert.True(result.Loaded, result.Problem);
        AssertSameStore(original, loaded);
        // the loaded store stays writable like any other
        Assert.True(loaded.Add(new Quad(new UriNode("http://ex/new"), Type, new UriNode("http://ex/Person"))));
        Assert.Equal(original.Count + 1, loaded.Count);
    }

    [Fact]
    public void SavingTheSameStoreTwiceGivesTheSameBytes()
    {
        var path = SaveData(true, out var original);
        var other = Path.Combine(_dir, "again.kgstore");
        BinaryStore.Save(original, other, new BinaryStoreSource("graph.trig", 1234));
        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(other));
    }

    [Fact]
    public void AnotherKgVersionIsRefused()
    {
        var path = SaveData(false, out _);
        var bytes = File.ReadAllBytes(path);
        // the kg version string follows the magic (8 bytes), the format version (4) and its length byte
        int at = 8 + 4 + 1;
        bytes[at] = (byte)(bytes[at] == (byte)'9' ? '8' : '9');
        File.WriteAllBytes(path, bytes);
        var store = new MemoryStore();
        var result = BinaryStore.TryLoad(store, path, null);
        Assert.False(result.Loaded);
        Assert.Matches("^written by kg [89]", result.Problem);
        Assert.Contains("this is kg " + BinaryStore.KgVersion, result.Problem);
        Assert.Equal(0, store.Count);
    }

    [Theory]
    [InlineData("1.0.0+abc", "1.0.0+def", true)]
    [InlineData("1.0.0", "1.0.0+def", true)]
    [InlineData("1.0.0+abc", "1.0.1+abc", false)]
    [InlineData("2.0.0", "1.0.0", false)]
    public void OnlyTheBuildMetadataOfTheVersionMayDiffer(string writer, string reader, bool readable) =>
        Assert.Equal(readable, BinaryStore.SameRelease(writer, reader));

    [Fact]
    public void AnotherFormatVersionIsRefused()
    {
        var path = SaveData(false, out _);
        var bytes = File.ReadAllBytes(path);
        BitConverter.TryWriteBytes(bytes.AsSpan(8), BinaryStore.FormatVersion + 1);
        File.WriteAllBytes(path, bytes);
        var result = BinaryStore.TryLoad(new MemoryStore(), path, null);
        Assert.False(result.Loaded);
        Assert.Contains($"binary format {BinaryStore.FormatVersion + 1}", result.Problem);
    }

    [Fact]
    public void AFileMadeFromAnotherDumpIsRefused()
    {
        var path = SaveData(false, out _);
        var result = BinaryStore.TryLoad(new MemoryStore(), path, new BinaryStoreSource("graph.trig", 999));
        Assert.False(result.Loaded);
        Assert.Contains("does not match graph.trig of 999 bytes", result.Problem);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.999)]
    [InlineData(0.0)]
    public void ATruncatedFileIsRefused(double keep)
    {
        var path = SaveData(false, out _);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes.AsSpan(0, (int)(bytes.Length * keep)).ToArray());
        var store = new MemoryStore();
        var result = BinaryStore.TryLoad(store, path, null);
        Assert.False(result.Loaded);
        Assert.Contains("truncated", result.Problem);
        Assert.Equal(0, store.Count);
        Assert.Equal(0, store.Terms.Count);
    }

    [Theory]
    [InlineData(0.3)] // in the terms
    [InlineData(0.6)] // in the quads or an index
    [InlineData(0.95)]
    public void ACorruptFileIsRefused(double where)
    {
        var path = SaveData(true, out _);
        var bytes = File.ReadAllBytes(path);
        int at = (int)((bytes.Length - 24) * where);
        bytes[at] ^= 0x5A;
        File.WriteAllBytes(path, bytes);
        var store = new MemoryStore();
        var result = BinaryStore.TryLoad(store, path, null);
        Assert.False(result.Loaded);
        Assert.Contains("corrupt", result.Problem);
        Assert.Equal(0, store.Count);
        Assert.Equal(0, store.Terms.Count);
    }

    /// <summary>A folder like a build's: the dump, and the binary the build writes beside it.</summary>
    private string WriteBuildLike(RdfFormat format, List<Quad> quads)
    {
        var dump = Path.Combine(_dir, "graph" + RdfFormats.Extension(format));
        var options = new RdfWriterOptions([new("ex", "http://ex/"), new("xsd", Vocabulary.Xsd)]);
        AtomicFile.WriteText(dump, w => RdfFormats.CreateWriter(format).Write(w, quads, options));
        // a one-pass stream, as a build reads its statements back from disk
        var written = BinaryStore.WriteForBuild(_dir, [dump], _ => quads.Select(q => q));
        Assert.Equal(Path.Combine(_dir, BinaryStore.FileName), written);
        return dump;
    }

    private static MemoryStore LoadText(string dump)
    {
        var store = new MemoryStore();
        RdfLoader.LoadFile(store, dump, null, documentIndex: 1);
        return store;
    }

    [Theory]
    [InlineData(RdfFormat.TriG, false)]
    [InlineData(RdfFormat.TriG, true)]
    [InlineData(RdfFormat.NQuads, false)]
    [InlineData(RdfFormat.Turtle, false)]
    [InlineData(RdfFormat.Turtle, true)]
    public void TheBuildsBinaryEqualsLoadingTheDump(RdfFormat format, bool blankNodes)
    {
        var quads = Data(blankNodes);
        if (format == RdfFormat.Turtle) quads = quads.Select(q => q with { Graph = null }).ToList();
        // unsorted, with duplicates, as a caller may pass them
        quads.Reverse();
        quads.AddRange(quads.Take(20).ToList());
        var dump = WriteBuildLike(format, quads);
        var warnings = new List<string>();
        var fromBinary = new MemoryStore();
        RdfLoader.LoadPaths(fromBinary, [dump], warn: warnings.Add);
        Assert.Empty(warnings);
        AssertSameStore(LoadText(dump), fromBinary);
    }

    [Theory]
    [InlineData(RdfFormat.Turtle)]
    [InlineData(RdfFormat.TriG)]
    public void TheBinaryRecordedWhileTheDumpIsWrittenIsTheOneWrittenAfterwards(RdfFormat format)
    {
        var quads = Data(false);
        if (format == RdfFormat.Turtle) quads = quads.Select(q => q with { Graph = null }).ToList();
        quads = quads.Distinct().ToList();
        quads.Sort(NodeComparer.Instance.Compare);
        var options = new RdfWriterOptions([new("ex", "http://ex/"), new("xsd", Vocabulary.Xsd)]);
        var dump = Path.Combine(_dir, "graph" + RdfFormats.Extension(format));
        var binary = Path.Combine(_dir, BinaryStore.FileName);
        // as kg build does: the presorted statements watched while the dump is written, the binary written from them
        var tap = BinaryStoreTap.For([format], long.MaxValue);
        Assert.NotNull(tap);
        Assert.Equal(format, tap.Format);
        var input = tap.Observe(new PresortedQuads(() => quads.Select(q => q), mayHaveBlankNodes: false));
        AtomicFile.WriteText(dump, w => RdfFormats.CreateWriter(format).Write(w, input, options));
        Assert.Equal(binary, tap.TryWrite(_dir, [dump]));
        var recorded = File.ReadAllBytes(binary);
        // the usual way: one more read of the statements after the dump is written
        BinaryStore.WriteForBuild(_dir, [dump], _ => new PresortedQuads(() => quads.Select(q => q), mayHaveBlankNodes: false));
        Assert.Equal(File.ReadAllBytes(binary), recorded);
        var store = new MemoryStore();
        RdfLoader.LoadPaths(store, [dump]);
        AssertSameStore(LoadText(dump), store);
    }

    [Fact]
    public void TheTapGivesUpWhereItCannotTellTheLoadOrder()
    {
        var options = new RdfWriterOptions([new("ex", "http://ex/")]);
        var dump = Path.Combine(_dir, "graph.trig");
        string? Recorded(List<Quad> quads, bool mayHaveBlankNodes, long max = long.MaxValue, bool readTwice = false)
        {
            var tap = BinaryStoreTap.For([RdfFormat.TriG, RdfFormat.Turtle], max)!;
            var input = tap.Observe(new PresortedQuads(() => quads.Select(q => q), mayHaveBlankNodes));
            AtomicFile.WriteText(dump, w => RdfFormats.CreateWriter(RdfFormat.TriG).Write(w, input, options));
            if (readTwice) _ = input.Count();
            return tap.TryWrite(_dir, [dump]);
        }
        var plain = Data(false).Distinct().ToList();
        plain.Sort(NodeComparer.Instance.Compare);
        var blanks = Data(true).Distinct().ToList();
        blanks.Sort(NodeComparer.Instance.Compare);
        Assert.NotNull(Recorded(plain, false));
        Assert.Null(Recorded(blanks, true)); // blank nodes: the parser names and orders them
        Assert.Null(Recorded(plain, false, max: plain.Count - 1)); // more statements than the store may hold
        Assert.Null(Recorded(plain, false, readTwice: true));
        Assert.Null(BinaryStoreTap.For([RdfFormat.NQuads, RdfFormat.Turtle], long.MaxValue)); // the store's dump is N-Quads: line order, not grouped
    }

    [Fact]
    public void TheLoaderFallsBackToTheDumpAndRewritesARefusedBinary()
    {
        var dump = WriteBuildLike(RdfFormat.TriG, Data(false));
        var binary = Path.Combine(_dir, BinaryStore.FileName);
        var good = File.ReadAllBytes(binary);
        var bad = good.ToArray();
        bad[bad.Length / 2] ^= 0x01;
        File.WriteAllBytes(binary, bad);

        var warnings = new List<string>();
        var store = new MemoryStore();
        RdfLoader.LoadPaths(store, [dump], warn: warnings.Add);
        AssertSameStore(LoadText(dump), store);
        Assert.Contains(warnings, w => w.Contains(binary) && w.Contains("binary store refused: corrupt") && w.Contains("loading " + dump));
        Assert.Contains(warnings, w => w.Contains("rewritten from"));
        // rewritten from the dump: the same bytes the build wrote, loaded without a word next time
        Assert.Equal(good, File.ReadAllBytes(binary));
        warnings.Clear();
        var again = new MemoryStore();
        RdfLoader.LoadPaths(again, [dump], warn: warnings.Add);
        Assert.Empty(warnings);
        AssertSameStore(store, again);
    }

    [Fact]
    public void ADumpChangedAfterTheBuildIsLoadedFromItsText()
    {
        var dump = WriteBuildLike(RdfFormat.NQuads, Data(false));
        File.AppendAllText(dump, "<http://ex/late> <http://ex/p> \"added by hand\" .\n");
        var warnings = new List<string>();
        var store = new MemoryStore();
        RdfLoader.LoadPaths(store, [dump], warn: warnings.Add);
        Assert.Contains(warnings, w => w.Contains("does not match"));
        Assert.True(store.Contains(new Quad(new UriNode("http://ex/late"), new UriNode("http://ex/p"), new LiteralNode("added by hand"))));
    }

    [Fact]
    public void ADumpReachedThroughASymbolicLinkUsesTheBinaryBesideItsTarget()
    {
        // a build folder's graph.ttl links into its current version: the link's own length (its target's path) is no dump length
        var version = Path.Combine(_dir, "current");
        Directory.CreateDirectory(version);
        var quads = Data(false);
        var dump = Path.Combine(version, "graph.trig");
        var options = new RdfWriterOptions([new("ex", "http://ex/"), new("xsd", Vocabulary.Xsd)]);
        AtomicFile.WriteText(dump, w => RdfFormats.CreateWriter(RdfFormat.TriG).Write(w, quads, options));
        BinaryStore.WriteForBuild(version, [dump], _ => quads.Select(q => q));
        var link = Path.Combine(_dir, "graph.trig");
        File.CreateSymbolicLink(link, Path.Combine("current", "graph.trig"));

        var warnings = new List<string>();
        var store = new MemoryStore();
        RdfLoader.LoadPaths(store, [link], warn: warnings.Add);
        Assert.Empty(warnings);
        AssertSameStore(LoadText(dump), store);
    }
}
