using Xunit;

namespace KnowledgeGraph.Rdf.Tests.Store;

/// <summary>
/// <see cref="BinaryStoreDelta"/>: a build that replaces another extends the kept store with what graph.ttl's writer
/// found changed; loading the delta gives the statements (and the answers to every bound pattern) of parsing the new
/// graph.ttl, over several updates in a row; a delta of another version, over another base, or damaged is refused and
/// the loader parses the dump; a change too large or not fully known gets no delta.
/// </summary>
public sealed class BinaryStoreDeltaTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kg-delta-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private static readonly KeyValuePair<string, string>[] Prefixes =
        [new("ex", "http://ex/"), new("rdf", Vocabulary.Rdf), new("xsd", Vocabulary.Xsd), new("late", "http://late/")];

    private string Folder(string name)
    {
        var d = Path.Combine(_dir, name);
        Directory.CreateDirectory(d);
        return d;
    }

    /// <summary>Subjects whose statements depend on (seed of the subject, version of the subject) only; objects point at
    /// other subjects, so a subject is also another's object (its id may come first from there).</summary>
    private static List<Quad> Graph(int subjects, Func<int, int> version, Func<int, bool>? keep = null, bool late = false)
    {
        var quads = new List<Quad>();
        var type = new UriNode(Vocabulary.RdfType);
        for (int s = 0; s < subjects; s++)
        {
            if (keep is not null && !keep(s)) continue;
            var random = new Random(s * 31 + version(s) * 7919);
            var subject = new UriNode("http://ex/s" + s.ToString("D4"));
            quads.Add(new Quad(subject, type, new UriNode("http://ex/C" + random.Next(3))));
            int n = 1 + random.Next(5);
            for (int i = 0; i < n; i++)
            {
                var p = new UriNode("http://ex/p" + random.Next(4));
                INode o = random.Next(5) switch
                {
                    0 => new LiteralNode(random.Next(100).ToString(), Vocabulary.Xsd + "integer"),
                    1 => new LiteralNode("été " + random.Next(30), null, "fr"),
                    2 => new LiteralNode("v" + version(s) + " " + random.Next(10)),
                    _ => new UriNode("http://ex/s" + random.Next(320).ToString("D4")),
                };
                quads.Add(new Quad(subject, p, o));
            }
            if (late && s == 5) quads.Add(new Quad(subject, new UriNode("http://late/p"), new LiteralNode("late")));
        }
        var sorted = quads.Distinct().ToList();
        sorted.Sort(NodeComparer.Instance.Compare);
        return sorted;
    }

    private static PresortedQuads Presorted(List<Quad> sorted) => new(() => sorted, mayHaveBlankNodes: false);

    /// <summary>A first build's files: the dumps, their index and a whole store.</summary>
    private string First(string name, List<Quad> quads)
    {
        var d = Folder(name);
        var files = TripleDumps.Write(Presorted(quads), d, nTriples: true, Prefixes, null, default);
        BinaryStore.WriteForBuild(d, [files.Turtle, files.NTriples!], _ => Presorted(quads));
        return d;
    }

    /// <summary>A later build's files, as kg build writes them: the dumps copying from the kept ones and the store as a
    /// delta over the kept one. Returns the changes found (null store: no delta was written).</summary>
    private (string Dir, StoreChanges Changes, BinaryStoreDelta.KeptStore? Kept) Next(string name, List<Quad> quads, string kept, long maxChanged = long.MaxValue)
    {
        var d = Folder(name);
        var changes = new StoreChanges(maxChanged);
        TripleDumps.Write(Presorted(quads), d, nTriples: true, Prefixes, kept, default, changes);
        var keptStore = BinaryStoreDelta.TryOpenKept(kept, "graph.ttl", out _);
        if (keptStore is not null && changes.Usable)
        {
            var ttl = Path.Combine(d, "graph.ttl");
            BinaryStoreDelta.Write(d, keptStore, changes, BinaryStoreSource.Of(ttl), RdfLoader.DeclaredPrefixes(ttl, RdfFormat.Turtle), default);
        }
        return (d, changes, keptStore);
    }

    private static MemoryStore Parsed(string dir)
    {
        var store = new MemoryStore();
        RdfLoader.LoadFile(store, Path.Combine(dir, "graph.ttl"));
        return store;
    }

    private static MemoryStore Loaded(string dir)
    {
        var store = new MemoryStore();
        var load = BinaryStore.TryLoad(store, Path.Combine(dir, BinaryStore.FileName), BinaryStoreSource.Of(Path.Combine(dir, "graph.ttl")));
        Assert.True(load.Loaded, load.Problem);
        return store;
    }

    /// <summary>The same statements and namespaces, and the same answer to every bound pattern each statement gives
    /// (the indexes' buckets are sorted and complete: each lookup is a binary search in them).</summary>
    private static void AssertSameStatements(MemoryStore expected, MemoryStore actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Namespaces.Entries, actual.Namespaces.Entries);
        var all = expected.Match(null, null, null, GraphSelector.All).ToList();
        Assert.True(all.ToHashSet().SetEquals(actual.Match(null, null, null, GraphSelector.All)));
        foreach (var q in all)
        {
            Assert.True(actual.Contains(q));
            foreach (var (s, p, o) in new (INode?, INode?, INode?)[]
                     { (q.Subject, null, null), (q.Subject, q.Predicate, null), (null, q.Predicate, null), (null, q.Predicate, q.Object),
                       (null, null, q.Object), (q.Subject, null, q.Object), (q.Subject, q.Predicate, q.Object) })
            {
                var want = expected.Match(s, p, o, GraphSelector.All).ToHashSet();
                var got = actual.Match(s, p, o, GraphSelector.All).ToList();
                Assert.Equal(want.Count, got.Count);
                Assert.True(want.SetEquals(got));
            }
        }
        Assert.Equal(expected.Match(null, null, null, GraphSelector.Default).Count(), actual.Match(null, null, null, GraphSelector.Default).Count());
    }

    [Fact]
    public void An_update_writes_a_delta_that_loads_as_the_new_dump_parses()
    {
        // before: 300 subjects; after: 10 gone, 15 changed, 12 added, one prefix used for the first time
        var kept = First("kept", Graph(300, _ => 0, s => s < 290));
        var after = Graph(302, s => s % 20 == 3 ? 1 : 0, s => s is < 290 or >= 300 ? s % 30 != 7 : s % 5 == 0, late: true);
        var (d, changes, keptStore) = Next("next", after, kept);
        Assert.True(changes.Usable);
        Assert.NotNull(keptStore);
        Assert.True(BinaryStoreDelta.IsDelta(Path.Combine(d, BinaryStore.FileName)));
        Assert.True(File.Exists(Path.Combine(d, BinaryStoreDelta.BaseFileName)));
        // the delta holds the changed subjects' statements only
        Assert.InRange(changes.Statements, 1, after.Count / 4);
        Assert.True(new FileInfo(Path.Combine(d, BinaryStore.FileName)).Length < new FileInfo(Path.Combine(kept, BinaryStore.FileName)).Length / 4);
        AssertSameStatements(Parsed(d), Loaded(d));
    }

    [Fact]
    public void Updates_in_a_row_carry_the_delta_forward_over_the_first_base()
    {
        var v0 = Graph(200, _ => 0);
        var kept = First("v0", v0);
        // v1: subjects 10-19 changed, 20-24 gone, 200-204 new
        var v1 = Graph(205, s => s is >= 10 and < 20 ? 1 : 0, s => s is < 20 or >= 25);
        var (d1, c1, _) = Next("v1", v1, kept);
        Assert.True(c1.Usable);
        AssertSameStatements(Parsed(d1), Loaded(d1));
        // v2 from v1: 10-14 changed again, 15-19 back as in v0, 20-21 come back, 200-201 gone again, 202 changed, 100 changed
        var v2 = Graph(205, s => s is >= 10 and < 15 ? 2 : s == 202 || s == 100 ? 3 : 0, s => s is < 22 or >= 25 and < 200 or >= 202);
        var (d2, c2, k2) = Next("v2", v2, d1);
        Assert.True(c2.Usable);
        Assert.NotNull(k2);
        AssertSameStatements(Parsed(d2), Loaded(d2));
        // every delta is over the first build's store: the base is the same file (hard link) or an identical copy
        Assert.Equal(File.ReadAllBytes(Path.Combine(kept, BinaryStore.FileName)), File.ReadAllBytes(Path.Combine(d2, BinaryStoreDelta.BaseFileName)));
        // and a third with nothing changed: the same statements again
        var (d3, c3, _) = Next("v3", v2, d2);
        Assert.Equal(0, c3.Statements);
        AssertSameStatements(Parsed(d3), Loaded(d3));
    }

    [Fact]
    public void The_same_update_gives_the_same_bytes()
    {
        var kept = First("kept", Graph(120, _ => 0));
        var after = Graph(125, s => s % 9 == 0 ? 1 : 0);
        var (a, _, _) = Next("a", after, kept);
        var (b, _, _) = Next("b", after, kept);
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, BinaryStore.FileName)), File.ReadAllBytes(Path.Combine(b, BinaryStore.FileName)));
    }

    [Fact]
    public void A_delta_of_another_format_version_is_refused_and_the_loader_parses_the_dump()
    {
        var kept = First("kept", Graph(100, _ => 0));
        var (d, _, _) = Next("next", Graph(100, s => s % 10 == 0 ? 1 : 0), kept);
        var path = Path.Combine(d, BinaryStore.FileName);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(BinaryStoreDelta.FormatVersion, BitConverter.ToInt32(bytes, 8));
        BitConverter.TryWriteBytes(bytes.AsSpan(8), 99);
        File.WriteAllBytes(path, bytes);

        var store = new MemoryStore();
        var load = BinaryStore.TryLoad(store, path, BinaryStoreSource.Of(Path.Combine(d, "graph.ttl")));
        Assert.False(load.Loaded);
        Assert.Contains($"delta format 99, but this is kg {BinaryStore.KgVersion} (delta format {BinaryStoreDelta.FormatVersion})", load.Problem);
        Assert.Equal(0, store.Count);
        Assert.Equal(0, store.Terms.Count);
        // a build into that folder does not extend it (it writes a whole store)
        Assert.Null(BinaryStoreDelta.TryOpenKept(d, "graph.ttl", out var why));
        Assert.Contains("delta format 99", why);
        // the loader says so, parses the dump, and rewrites the store whole
        var warnings = new List<string>();
        var loaded = new MemoryStore();
        RdfLoader.LoadPaths(loaded, [Path.Combine(d, "graph.ttl")], warn: warnings.Add);
        Assert.Contains(warnings, w => w.Contains("binary store refused") && w.Contains("delta format 99"));
        AssertSameStatements(Parsed(d), loaded);
        Assert.False(BinaryStoreDelta.IsDelta(path));
        AssertSameStatements(Parsed(d), Loaded(d));
    }

    [Theory]
    [InlineData("base")]
    [InlineData("checksum")]
    [InlineData("truncated")]
    [InlineData("dump")]
    public void A_delta_over_another_base_damaged_or_beside_another_dump_is_refused(string damage)
    {
        var kept = First("kept", Graph(100, _ => 0));
        var (d, _, _) = Next("next", Graph(100, s => s % 10 == 0 ? 1 : 0), kept);
        var path = Path.Combine(d, BinaryStore.FileName);
        switch (damage)
        {
            case "base":
                // another whole store in place of the base (a build of other statements)
                var other = First("other", Graph(100, _ => 5));
                File.Delete(Path.Combine(d, BinaryStoreDelta.BaseFileName));
                File.Copy(Path.Combine(other, BinaryStore.FileName), Path.Combine(d, BinaryStoreDelta.BaseFileName));
                break;
            case "checksum":
                var bytes = File.ReadAllBytes(path);
                bytes[bytes.Length / 2] ^= 0x40;
                File.WriteAllBytes(path, bytes);
                break;
            case "truncated":
                var all = File.ReadAllBytes(path);
                File.WriteAllBytes(path, all[..(all.Length * 2 / 3)]);
                break;
            case "dump":
                File.AppendAllText(Path.Combine(d, "graph.ttl"), "<http://ex/x> <http://ex/p> \"x\" .\n");
                break;
        }
        var store = new MemoryStore();
        var load = BinaryStore.TryLoad(store, path, BinaryStoreSource.Of(Path.Combine(d, "graph.ttl")));
        Assert.False(load.Loaded);
        Assert.Equal(0, store.Count);
        Assert.Null(BinaryStoreDelta.TryOpenKept(d, "graph.ttl", out _));
    }

    [Fact]
    public void A_change_over_the_limit_or_against_a_damaged_kept_index_gives_no_delta()
    {
        var kept = First("kept", Graph(200, _ => 0));
        var after = Graph(200, s => s % 2);
        var (_, big, _) = Next("big", after, kept, maxChanged: 50);
        Assert.True(big.Overflowed);
        Assert.False(big.Usable);

        // the kept index cut in its entries: the dumps are still right (the rest is written), the difference is not known
        var damaged = First("damaged", Graph(200, _ => 0));
        var index = Path.Combine(damaged, TripleDumps.IndexFileName);
        var bytes = File.ReadAllBytes(index);
        bytes[bytes.Length / 2] = 0xFF;
        bytes[bytes.Length / 2 + 1] = 0xFF;
        File.WriteAllBytes(index, bytes);
        var (_, partial, _) = Next("partial", Graph(200, s => s == 3 ? 1 : 0), damaged);
        Assert.False(partial.Usable);
    }
}
