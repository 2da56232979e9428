using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Rdf.Tests.W3c;
using Xunit;

namespace KnowledgeGraph.Rdf.Tests.Writing;

/// <summary>
/// The Turtle and TriG writers give the same bytes however they get their input: a list in memory, a one-pass
/// stream that fits the sort budget, or one so far past it that it is sorted in runs spilled to disk and merged.
/// The expected bytes are digests recorded from the writers as they were before they streamed
/// (<c>writer-golden.txt</c>, written by the in-memory writers of commit 67f97ac with KG_WRITE_GOLDEN=1), over every
/// W3C Turtle and TriG evaluation result and generated datasets full of blank nodes (nesting, lists, cycles,
/// shared and cross-graph blank nodes, chains deeper than the nesting limit).
/// </summary>
public sealed class StreamingWriterTests
{
    private static readonly string GoldenPath = Path.Combine(RepoPaths.RepoRoot(), "tests", "KnowledgeGraph.Rdf.Tests", "Writing", "writer-golden.txt");

    private static IEnumerable<(string Name, List<Quad> Quads, IReadOnlyList<KeyValuePair<string, string>> Prefixes)> Cases()
    {
        foreach (var suite in new[] { "rdf-turtle", "rdf-trig" })
            foreach (var entry in W3cManifest.Load(RepoPaths.Rdf11Suite(suite)))
            {
                bool eval = entry.Type.EndsWith("Eval", StringComparison.Ordinal) && !entry.Type.EndsWith("NegativeEval", StringComparison.Ordinal);
                if (!eval || entry.ResultPath is null) continue;
                var prefixes = new NamespaceMap();
                var inputFormat = entry.ActionPath.EndsWith(".trig", StringComparison.Ordinal) ? RdfFormat.TriG : RdfFormat.Turtle;
                using (var reader = RdfText.OpenFile(entry.ActionPath))
                    _ = RdfFormats.CreateReader(inputFormat).Read(reader, new RdfReaderOptions(entry.ActionPath, entry.ActionBaseIri, "", prefixes)).ToList();
                var resultFormat = entry.ResultPath.EndsWith(".nq", StringComparison.Ordinal) ? RdfFormat.NQuads : RdfFormat.NTriples;
                using var resultReader = RdfText.OpenFile(entry.ResultPath);
                var quads = RdfFormats.CreateReader(resultFormat).Read(resultReader, new RdfReaderOptions(entry.ResultPath, entry.ActionBaseIri)).ToList();
                yield return ($"{suite}/{entry.Id}", quads, prefixes.Entries);
            }
        for (int seed = 1; seed <= 6; seed++)
            yield return ($"generated/{seed}", Generated(seed, namedGraphs: seed % 2 == 0), [new("ex", "http://ex/"), new("rdf", Vocabulary.Rdf)]);
    }

    /// <summary>Random data with every blank-node shape the grouping writers treat specially.</summary>
    private static List<Quad> Generated(int seed, bool namedGraphs)
    {
        var random = new Random(seed);
        var quads = new List<Quad>();
        var type = new UriNode(Vocabulary.RdfType);
        var first = new UriNode(Vocabulary.RdfFirst);
        var rest = new UriNode(Vocabulary.RdfRest);
        var nil = new UriNode(Vocabulary.RdfNil);
        INode? Graph() => !namedGraphs ? null : random.Next(4) switch { 0 => null, 1 => new BlankNode("gb" + random.Next(2)), _ => new UriNode("http://ex/g" + random.Next(3)) };
        INode Pred() => new UriNode("http://ex/p" + random.Next(6));
        for (int i = 0; i < 400; i++)
        {
            var g = Graph();
            var s = new UriNode("http://ex/s" + random.Next(120));
            switch (random.Next(8))
            {
                case 0: quads.Add(new Quad(s, type, new UriNode("http://ex/C" + random.Next(3)), g)); break;
                case 1: // nested blank node, sometimes shared (then labelled)
                    var b = new BlankNode("n" + random.Next(150));
                    quads.Add(new Quad(s, Pred(), b, g));
                    quads.Add(new Quad(b, Pred(), new LiteralNode("v" + random.Next(9), null, random.Next(2) == 0 ? "fr" : null), g));
                    break;
                case 2: // a list
                    INode head = nil;
                    int length = random.Next(1, 5);
                    for (int k = 0; k < length; k++)
                    {
                        var cell = new BlankNode($"l{i}_{k}");
                        quads.Add(new Quad(cell, first, new LiteralNode(k.ToString(), Vocabulary.Xsd + "integer"), g));
                        quads.Add(new Quad(cell, rest, head, g));
                        head = cell;
                    }
                    quads.Add(new Quad(s, Pred(), head, g));
                    break;
                case 3: // a cycle of blank nodes
                    var c1 = new BlankNode("c" + i);
                    var c2 = new BlankNode("d" + i);
                    quads.Add(new Quad(c1, Pred(), c2, g));
                    quads.Add(new Quad(c2, Pred(), c1, g));
                    break;
                case 4: // a chain deeper than the nesting limit
                    if (random.Next(10) != 0) goto default;
                    INode at = s;
                    for (int k = 0; k < 70; k++)
                    {
                        var next = new BlankNode($"ch{i}_{k}");
                        quads.Add(new Quad(at, Pred(), next, g));
                        at = next;
                    }
                    break;
                case 5: // a blank node subject that is nobody's object
                    quads.Add(new Quad(new BlankNode("free" + random.Next(40)), Pred(), s, g));
                    break;
                default:
                    quads.Add(new Quad(s, Pred(), random.Next(2) == 0 ? new UriNode("http://ex/o" + random.Next(50)) : new LiteralNode("t" + random.Next(50)), g));
                    break;
            }
        }
        // duplicates and disorder, as callers may pass them
        quads.AddRange(quads.Where((_, k) => k % 7 == 0).ToList());
        return quads.OrderBy(_ => random.Next()).ToList();
    }

    private static string Digest(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..24];

    private static string Write(RdfFormat format, IEnumerable<Quad> quads, IReadOnlyList<KeyValuePair<string, string>> prefixes, long budget)
    {
        var sw = new StringWriter { NewLine = "\n" };
        RdfFormats.CreateWriter(format).Write(sw, quads, new RdfWriterOptions(prefixes, null, true, budget));
        return sw.ToString();
    }

    private static IEnumerable<(string Key, RdfFormat Format, List<Quad> Quads, IReadOnlyList<KeyValuePair<string, string>> Prefixes)> Outputs()
    {
        foreach (var (name, quads, prefixes) in Cases())
        {
            yield return (name + " trig", RdfFormat.TriG, quads, prefixes);
            if (quads.All(q => q.Graph is null)) yield return (name + " ttl", RdfFormat.Turtle, quads, prefixes);
        }
    }

    [Fact]
    public void Output_is_the_recorded_one_whether_in_memory_streamed_or_spilled()
    {
        if (Environment.GetEnvironmentVariable("KG_WRITE_GOLDEN") == "1")
        {
            File.WriteAllLines(GoldenPath, Outputs().Select(o => $"{o.Key} {Digest(Write(o.Format, o.Quads, o.Prefixes, RdfWriterOptions.DefaultSortBudgetBytes))}"));
            return;
        }
        var golden = File.ReadAllLines(GoldenPath).Select(l => l.Split(' ')).ToDictionary(p => p[0] + " " + p[1], p => p[2]);
        int compared = 0;
        foreach (var (key, format, quads, prefixes) in Outputs())
        {
            var expected = golden[key];
            Assert.True(expected == Digest(Write(format, quads, prefixes, RdfWriterOptions.DefaultSortBudgetBytes)), $"{key}: in memory");
            // a one-pass stream (not a list), within the budget and far past it (runs of a few statements)
            Assert.True(expected == Digest(Write(format, quads.Select(q => q), prefixes, RdfWriterOptions.DefaultSortBudgetBytes)), $"{key}: streamed");
            Assert.True(expected == Digest(Write(format, quads.Select(q => q), prefixes, 4_000)), $"{key}: spilled");
            // already sorted and distinct, read where it is (an external sort's output, as kg build passes it)
            var presorted = quads.Distinct().ToList();
            presorted.Sort(NodeComparer.Instance.Compare);
            bool blanks = presorted.Any(q => q.Subject is IBlankNode || q.Object is IBlankNode || q.Graph is IBlankNode);
            Assert.True(expected == Digest(Write(format, new PresortedQuads(() => presorted.Select(q => q), blanks), prefixes, 4_000)), $"{key}: presorted");
            compared++;
        }
        Assert.Equal(golden.Count, compared);
        Assert.True(compared > 300, $"only {compared} cases: are the W3C suites there?");
    }

    private static List<Quad> Many(int n) => Enumerable.Range(0, n)
        .Select(i => new Quad(new UriNode($"http://ex/s{i / 3:D6}"), new UriNode($"http://ex/p{i % 3}"), new LiteralNode($"valeur {i}", null, "fr")))
        .ToList();

    private static List<Quad> Drain(SortedQuads sorted) =>
        sorted.Groups().SelectMany(g => g.Group.Triples.Select(t => t.InGraph(g.Graph))).ToList();

    [Fact]
    public void An_unsorted_stream_past_the_budget_is_sorted_in_runs_on_disk_and_merged()
    {
        var quads = Many(5000);
        var shuffled = quads.OrderBy(q => q.Object.ToNTriples().GetHashCode(StringComparison.Ordinal)).ToList();
        shuffled.AddRange(shuffled.Take(100).ToList()); // duplicates across runs
        string? folder;
        using (var sorted = SortedQuads.From(shuffled.Select(q => q), 50_000, CancellationToken.None))
        {
            Assert.True(sorted.RunCount > 10, $"{sorted.RunCount} runs");
            folder = Directory.GetDirectories(Path.GetTempPath(), $"kg-sort-{Environment.ProcessId}-*").FirstOrDefault();
            Assert.NotNull(folder);
            var expected = quads.ToList();
            expected.Sort(NodeComparer.Instance.Compare);
            Assert.Equal(expected, Drain(sorted));
        }
        Assert.False(Directory.Exists(folder), "the runs are deleted");
    }

    [Fact]
    public void A_sorted_stream_past_the_budget_is_one_run_written_without_sorting()
    {
        var quads = Many(5000);
        quads.Sort(NodeComparer.Instance.Compare);
        using var sorted = SortedQuads.From(quads.Select(q => q), 50_000, CancellationToken.None);
        Assert.Equal(1, sorted.RunCount);
        Assert.Equal(quads, Drain(sorted));
    }

    [Fact]
    public void A_stream_within_the_budget_and_a_list_stay_in_memory()
    {
        var quads = Many(500);
        using (var streamed = SortedQuads.From(quads.Select(q => q), RdfWriterOptions.DefaultSortBudgetBytes, CancellationToken.None))
            Assert.Equal(0, streamed.RunCount);
        using var list = SortedQuads.From(quads, 1, CancellationToken.None);
        Assert.Equal(0, list.RunCount);
    }

    [Fact]
    public void A_body_past_the_memory_limit_goes_through_a_temporary_file_and_a_dump_file_gets_the_same_bytes()
    {
        // past BodyBuffer.MemoryLimitChars the body waits in a temporary file; into a UTF-8 file it is copied as bytes
        var quads = Enumerable.Range(0, 40_000)
            .Select(i => new Quad(new UriNode($"http://ex/s{i:D6}"), new UriNode("http://ex/p"),
                new LiteralNode($"texte accentué n°{i} « cité » 😀 " + new string('x', 200), null, "fr")))
            .ToList();
        var options = new RdfWriterOptions([new("ex", "http://ex/")]);
        foreach (var format in new[] { RdfFormat.Turtle, RdfFormat.TriG })
        {
            var inMemory = new StringWriter { NewLine = "\n" };
            RdfFormats.CreateWriter(format).Write(inMemory, quads, options);
            Assert.True(inMemory.ToString().Length > BodyBuffer.MemoryLimitChars, "the body must pass the limit");
            var path = Path.Combine(Path.GetTempPath(), $"kg-body-test-{Guid.NewGuid():N}.txt");
            try
            {
                AtomicFile.WriteText(path, w => RdfFormats.CreateWriter(format).Write(w, quads, options));
                Assert.Equal(AtomicFile.Utf8NoBom.GetBytes(inMemory.ToString()), File.ReadAllBytes(path));
            }
            finally
            {
                File.Delete(path);
            }
        }
    }

    [Fact]
    public void A_presorted_input_is_read_where_it_is_twice_with_blank_nodes_and_once_without()
    {
        var plain = Many(5000);
        plain.Sort(NodeComparer.Instance.Compare);
        int reads = 0;
        IEnumerable<Quad> Read(List<Quad> quads) { reads++; foreach (var q in quads) yield return q; }
        using (var sorted = SortedQuads.From(new PresortedQuads(() => Read(plain), mayHaveBlankNodes: false), 50_000, CancellationToken.None))
        {
            Assert.Equal(0, sorted.RunCount);
            Assert.Equal(plain, Drain(sorted));
        }
        Assert.Equal(1, reads);

        var withBlanks = Generated(3, namedGraphs: true).Distinct().ToList();
        withBlanks.Sort(NodeComparer.Instance.Compare);
        reads = 0;
        var text = Write(RdfFormat.TriG, new PresortedQuads(() => Read(withBlanks), mayHaveBlankNodes: true), [new("ex", "http://ex/")], 4_000);
        Assert.Equal(2, reads);
        Assert.Equal(Write(RdfFormat.TriG, withBlanks, [new("ex", "http://ex/")], RdfWriterOptions.DefaultSortBudgetBytes), text);
        Assert.Contains("[", text);
    }

    private static string Write(RdfFormat format, IEnumerable<Quad> quads, IReadOnlyList<KeyValuePair<string, string>> prefixes, long budget, long blankBudget)
    {
        var sw = new StringWriter { NewLine = "\n" };
        RdfFormats.CreateWriter(format).Write(sw, quads, new RdfWriterOptions(prefixes, null, true, budget, blankBudget));
        return sw.ToString();
    }

    [Fact]
    public void Past_the_blank_node_budget_every_blank_node_is_labelled_and_the_data_is_the_same()
    {
        for (int seed = 1; seed <= 6; seed++)
        {
            var quads = Generated(seed, namedGraphs: seed % 2 == 0);
            var prefixes = new KeyValuePair<string, string>[] { new("ex", "http://ex/"), new("rdf", Vocabulary.Rdf) };
            var nested = Write(RdfFormat.TriG, quads, prefixes, RdfWriterOptions.DefaultSortBudgetBytes);
            Assert.Contains("[\n", nested);       // within the budget: nested blank nodes and lists, as always
            Assert.Contains("( ", nested);
            // A budget far below the data's blank part: labels only, the same whether the input is a list, a stream or spilled runs.
            var labelled = Write(RdfFormat.TriG, quads, prefixes, RdfWriterOptions.DefaultSortBudgetBytes, blankBudget: 2_000);
            Assert.DoesNotContain("[", labelled);
            Assert.DoesNotContain("( ", labelled);
            Assert.Contains(" _:", labelled);
            Assert.Equal(labelled, Write(RdfFormat.TriG, quads.Select(q => q), prefixes, RdfWriterOptions.DefaultSortBudgetBytes, blankBudget: 2_000));
            Assert.Equal(labelled, Write(RdfFormat.TriG, quads.Select(q => q), prefixes, 4_000, blankBudget: 2_000));
            // Both read back as the input's dataset (Jena-style isomorphism: blank nodes matched up to renaming).
            foreach (var text in new[] { nested, labelled })
            {
                var back = RdfFormats.CreateReader(RdfFormat.TriG).Read(new StringReader(text), new RdfReaderOptions($"seed {seed}")).ToList();
                Assert.True(GraphIsomorphism.AreIsomorphic(quads.Distinct(), back), $"seed {seed}: {GraphIsomorphism.ExplainDifference(quads.Distinct(), back)}");
            }
        }
    }

    [Fact]
    public void Blank_node_statements_past_their_budget_are_not_held_and_spill_with_the_rest()
    {
        // 20,000 statements, each with a blank node (a nested shape: every blank node the object of one statement).
        var quads = Enumerable.Range(0, 10_000).SelectMany(i => new[]
        {
            new Quad(new UriNode($"http://ex/s{i % 997:D4}"), new UriNode("http://ex/p"), new BlankNode($"b{i}")),
            new Quad(new BlankNode($"b{i}"), new UriNode("http://ex/q"), new LiteralNode($"valeur {i}", null, "fr")),
        }).ToList();
        using (var small = SortedQuads.From(quads.Take(200).Select(q => q), 50_000, CancellationToken.None, blankNodeBudget: 1 << 20))
        {
            Assert.False(small.Blanks.Labelled);
            Assert.Equal(100, small.Blanks.HeldStatements);   // the blank subjects' statements, kept to be nested where used
        }
        using var sorted = SortedQuads.From(quads.Select(q => q), 50_000, CancellationToken.None, blankNodeBudget: 100_000);
        Assert.True(sorted.Blanks.Labelled);
        Assert.Equal(0, sorted.Blanks.HeldStatements);
        Assert.True(sorted.RunCount > 10, $"{sorted.RunCount} runs");
        var expected = quads.ToList();
        expected.Sort(NodeComparer.Instance.Compare);
        Assert.Equal(expected, Drain(sorted));
    }

    [Fact]
    public void SortedQuadStream_sorts_and_deduplicates_past_its_budget()
    {
        var quads = Many(3000);
        quads.Add(new Quad(new BlankNode("b"), new UriNode("http://ex/p"), new LiteralNode("x"), new UriNode("http://ex/g")));
        var shuffled = quads.Concat(quads.Take(50)).OrderBy(q => q.Object.ToNTriples().GetHashCode(StringComparison.Ordinal)).ToList();
        var expected = quads.ToList();
        expected.Sort(NodeComparer.Instance.Compare);
        Assert.Equal(expected, SortedQuadStream.Sort(shuffled.Select(q => q), 20_000).ToList());
    }
}
