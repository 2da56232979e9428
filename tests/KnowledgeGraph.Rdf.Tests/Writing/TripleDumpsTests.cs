using KnowledgeGraph.Rdf.Tests.W3c;
using Xunit;

namespace KnowledgeGraph.Rdf.Tests.Writing;

/// <summary>
/// <see cref="TripleDumps"/> writes the bytes <see cref="TurtleWriter"/> and <see cref="NTriplesWriter"/> write, whether
/// it serializes every subject or copies the blocks of unchanged subjects from a kept version; a kept index it cannot
/// trust (another prefix table, files of other lengths, a damaged index) costs only the copying.
/// </summary>
public sealed class TripleDumpsTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "kg-dumps-" + Guid.NewGuid().ToString("N"));

    private static readonly KeyValuePair<string, string>[] Prefixes =
    [
        new("ex", "http://ex/"), new("rdf", Vocabulary.Rdf), new("xsd", Vocabulary.Xsd), new("only", "http://only/"),
        new("late", "http://late/"), new("schema", "https://schema.org/"),
    ];

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private string Folder(string name)
    {
        var d = Path.Combine(_dir, name);
        Directory.CreateDirectory(d);
        return d;
    }

    private static List<Quad> Sorted(IEnumerable<Quad> quads)
    {
        var list = quads.Distinct().ToList();
        list.Sort(NodeComparer.Instance.Compare);
        return list;
    }

    private static PresortedQuads Presorted(List<Quad> sorted) => new(() => sorted, mayHaveBlankNodes: false);

    /// <summary>What the streaming writers write, as kg build writes it (UTF-8 without BOM through a temporary file).</summary>
    private (byte[] Turtle, byte[] NTriples) Expected(List<Quad> quads, IReadOnlyList<KeyValuePair<string, string>> prefixes)
    {
        var d = Folder("expected-" + Guid.NewGuid().ToString("N"));
        var options = new RdfWriterOptions(prefixes);
        AtomicFile.WriteText(Path.Combine(d, "a.ttl"), w => new TurtleWriter().Write(w, Presorted(quads), options));
        AtomicFile.WriteText(Path.Combine(d, "a.nt"), w => new NTriplesWriter().Write(w, Presorted(quads), options));
        return (File.ReadAllBytes(Path.Combine(d, "a.ttl")), File.ReadAllBytes(Path.Combine(d, "a.nt")));
    }

    private static void AssertSame(byte[] expected, string path) =>
        Assert.True(expected.AsSpan().SequenceEqual(File.ReadAllBytes(path)), $"{Path.GetFileName(path)} differs from the writer's bytes");

    /// <summary>Random default-graph data without blank nodes: numeric and boolean shorthands, language tags, escapes,
    /// characters beyond the BMP, an IRI no prefix can shorten, a literal longer than the writers' 64K-char flush.</summary>
    private static List<Quad> Generated(int seed, int subjects, Func<int, bool>? keep = null, int change = -1, bool late = false)
    {
        var quads = new List<Quad>();
        var type = new UriNode(Vocabulary.RdfType);
        for (int s = 0; s < subjects; s++)
        {
            if (keep is not null && !keep(s)) continue;
            // a subject's statements depend on the seed and the subject alone, whichever others are left out
            var random = new Random(seed * 100_000 + s);
            var subject = new UriNode((s % 7 == 0 ? "http://only/" : "http://ex/") + "s" + s.ToString("D4"));
            int n = 1 + random.Next(6);
            for (int i = 0; i < n; i++)
            {
                var p = new UriNode("http://ex/p" + random.Next(5));
                INode o = random.Next(9) switch
                {
                    0 => new LiteralNode(random.Next(1000).ToString(), Vocabulary.Xsd + "integer"),
                    1 => new LiteralNode(random.Next(2) == 0 ? "true" : "false", Vocabulary.Xsd + "boolean"),
                    2 => new LiteralNode("été « guillemets » \"quoted\"\nline " + random.Next(50), null, "fr"),
                    3 => new LiteralNode("emoji 😀 tab\t" + random.Next(50)),
                    4 => new UriNode("http://elsewhere.example/with space?" + random.Next(9)),
                    5 => new LiteralNode("2026-12-0" + (1 + random.Next(9)), Vocabulary.Xsd + "date"),
                    6 => new UriNode("https://schema.org/Thing" + random.Next(3)),
                    _ => new UriNode("http://ex/o" + random.Next(40)),
                };
                quads.Add(new Quad(subject, p, o));
            }
            quads.Add(new Quad(subject, type, new UriNode("http://ex/C" + random.Next(3))));
            if (s == 3) quads.Add(new Quad(subject, new UriNode("http://ex/body"), new LiteralNode(new string('x', 70_000) + "é")));
            if (s == change) quads.Add(new Quad(subject, new UriNode("http://ex/changed"), new LiteralNode("new")));
            if (late && s == subjects - 1) quads.Add(new Quad(subject, new UriNode("http://late/p"), new LiteralNode("late")));
        }
        return Sorted(quads);
    }

    [Fact]
    public void A_first_write_gives_the_writers_bytes_and_an_index_of_every_subject()
    {
        var quads = Generated(1, 200);
        var d = Folder("first");
        var files = TripleDumps.Write(Presorted(quads), d, nTriples: true, Prefixes, keptDirectory: null, default);
        var (ttl, nt) = Expected(quads, Prefixes);
        AssertSame(ttl, files.Turtle);
        AssertSame(nt, files.NTriples!);
        Assert.Equal(quads.Select(q => q.Subject).Distinct().Count(), files.Subjects);
        Assert.Equal(0, files.SubjectsCopied);
        Assert.True(File.Exists(Path.Combine(d, TripleDumps.IndexFileName)));
        Assert.Empty(Directory.GetFiles(d, "*.tmp"));
    }

    [Fact]
    public void The_W3C_Turtle_results_without_blank_nodes_give_the_writers_bytes()
    {
        int checkedCases = 0;
        foreach (var entry in W3cManifest.Load(RepoPaths.Rdf11Suite("rdf-turtle")))
        {
            bool eval = entry.Type.EndsWith("Eval", StringComparison.Ordinal) && !entry.Type.EndsWith("NegativeEval", StringComparison.Ordinal);
            if (!eval || entry.ResultPath is null) continue;
            using var reader = RdfText.OpenFile(entry.ResultPath);
            var quads = Sorted(RdfFormats.CreateReader(RdfFormat.NTriples).Read(reader, new RdfReaderOptions(entry.ResultPath, entry.ActionBaseIri)));
            if (quads.Any(q => q.Subject is IBlankNode || q.Object is IBlankNode)) continue;
            var d = Folder("w3c-" + checkedCases);
            var files = TripleDumps.Write(Presorted(quads), d, nTriples: true, Prefixes, null, default);
            var (ttl, nt) = Expected(quads, Prefixes);
            AssertSame(ttl, files.Turtle);
            AssertSame(nt, files.NTriples!);
            checkedCases++;
        }
        Assert.True(checkedCases > 20, $"only {checkedCases} W3C cases without blank nodes");
    }

    [Fact]
    public void A_write_beside_a_kept_version_copies_the_unchanged_subjects_and_gives_the_bytes_of_a_fresh_write()
    {
        var before = Generated(2, 300);
        var kept = Folder("kept");
        TripleDumps.Write(Presorted(before), kept, nTriples: true, Prefixes, null, default);
        // the same data again: every block is copied
        var again = TripleDumps.Write(Presorted(before), Folder("again"), nTriples: true, Prefixes, kept, default);
        Assert.Equal(again.Subjects, again.SubjectsCopied);
        AssertSame(File.ReadAllBytes(Path.Combine(kept, "graph.ttl")), again.Turtle);
        AssertSame(File.ReadAllBytes(Path.Combine(kept, "graph.nt")), again.NTriples!);

        // subjects removed (every one of the 'only:' prefix: it must leave the header), one changed, one new prefix used,
        // subjects added before and after the kept ones
        var after = Sorted(Generated(2, 300, keep: s => s % 7 != 0 && s != 150, change: 40, late: true)
            .Concat([new Quad(new UriNode("http://a.example/first"), new UriNode("http://ex/p0"), new LiteralNode("x")),
                     new Quad(new UriNode("http://z.example/last"), new UriNode("http://ex/p0"), new LiteralNode("y"))]));
        var d = Folder("after");
        var files = TripleDumps.Write(Presorted(after), d, nTriples: true, Prefixes, kept, default);
        var (ttl, nt) = Expected(after, Prefixes);
        AssertSame(ttl, files.Turtle);
        AssertSame(nt, files.NTriples!);
        Assert.DoesNotContain("@prefix only:", File.ReadAllText(files.Turtle));
        Assert.Contains("@prefix late:", File.ReadAllText(files.Turtle));
        Assert.InRange(files.SubjectsCopied, files.Subjects - 6, files.Subjects - 3);

        // and its own index serves the next version
        var next = TripleDumps.Write(Presorted(before), Folder("next"), nTriples: true, Prefixes, d, default);
        var (ttl0, nt0) = Expected(before, Prefixes);
        AssertSame(ttl0, next.Turtle);
        AssertSame(nt0, next.NTriples!);
        Assert.True(next.SubjectsCopied > 0);
    }

    [Fact]
    public void A_kept_version_without_N_Triples_lends_its_Turtle_blocks_and_the_N_Triples_are_written_whole()
    {
        var before = Generated(3, 120);
        var kept = Folder("kept");
        TripleDumps.Write(Presorted(before), kept, nTriples: false, Prefixes, null, default);
        Assert.False(File.Exists(Path.Combine(kept, "graph.nt")));
        var after = Generated(3, 120, change: 10);
        var files = TripleDumps.Write(Presorted(after), Folder("after"), nTriples: true, Prefixes, kept, default);
        var (ttl, nt) = Expected(after, Prefixes);
        AssertSame(ttl, files.Turtle);
        AssertSame(nt, files.NTriples!);
        Assert.Equal(files.Subjects - 1, files.SubjectsCopied);
    }

    [Theory]
    [InlineData("prefixes")]
    [InlineData("ttl-length")]
    [InlineData("truncated-index")]
    [InlineData("garbage-index")]
    [InlineData("no-index")]
    [InlineData("ttl-edited-in-place")]
    public void A_kept_version_that_cannot_be_trusted_is_not_copied_from(string damage)
    {
        var before = Generated(4, 150);
        var kept = Folder("kept");
        TripleDumps.Write(Presorted(before), kept, nTriples: true, Prefixes, null, default);
        var index = Path.Combine(kept, TripleDumps.IndexFileName);
        var prefixes = Prefixes;
        switch (damage)
        {
            case "prefixes": prefixes = Prefixes.Append(new("extra", "http://extra/")).ToArray(); break;
            case "ttl-length": File.AppendAllText(Path.Combine(kept, "graph.ttl"), "# more\n"); break;
            case "truncated-index":
                var bytes = File.ReadAllBytes(index);
                File.WriteAllBytes(index, bytes[..(bytes.Length / 2)]);
                break;
            case "garbage-index": File.WriteAllBytes(index, new byte[200]); break;
            case "no-index": File.Delete(index); break;
            case "ttl-edited-in-place": // same length, other bytes (an editor writing through OUT/graph.ttl)
                var path = Path.Combine(kept, "graph.ttl");
                var text = File.ReadAllBytes(path);
                int at = Array.LastIndexOf(text, (byte)'"');
                text[at - 1] = text[at - 1] == (byte)'x' ? (byte)'y' : (byte)'x';
                File.WriteAllBytes(path, text);
                break;
        }
        var after = Generated(4, 150, change: 20);
        var files = TripleDumps.Write(Presorted(after), Folder("after"), nTriples: true, prefixes, kept, default);
        var (ttl, nt) = Expected(after, prefixes);
        AssertSame(ttl, files.Turtle);
        AssertSame(nt, files.NTriples!);
        Assert.Equal(0, files.SubjectsCopied);
    }

    [Fact]
    public void Blank_nodes_are_refused_before_anything_is_written()
    {
        var quads = new List<Quad> { new(new BlankNode("b"), new UriNode("http://ex/p"), new LiteralNode("x")) };
        Assert.False(TripleDumps.CanWrite(new PresortedQuads(() => quads, mayHaveBlankNodes: true)));
        Assert.Throws<ArgumentException>(() => TripleDumps.Write(new PresortedQuads(() => quads, true), Folder("b"), true, Prefixes, null, default));
        Assert.Empty(Directory.GetFiles(Path.Combine(_dir, "b")));
    }
}
