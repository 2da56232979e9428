using KnowledgeGraph.Rdf.Tests.W3c;
using Xunit;

namespace KnowledgeGraph.Rdf.Tests.Writing;

/// <summary>
/// Writer round trip on the W3C RDF 1.1 suites: the expected result of every evaluation test (and
/// the data of every positive N-Triples/N-Quads syntax test) is written in every output format that
/// can hold it, read back, and must be isomorphic to what was written. The prefixes the test's own
/// input declares are given to the writer, so prefixed names with odd local parts get exercised.
/// </summary>
public sealed class W3cRoundTripTests(W3cSuitesFixture suites) : IClassFixture<W3cSuitesFixture>
{
    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var suite in new[] { "rdf-turtle", "rdf-trig", "rdf-n-triples", "rdf-n-quads" })
        {
            IReadOnlyList<W3cTestEntry> entries;
            try
            {
                entries = W3cManifest.Load(RepoPaths.Rdf11Suite(suite));
            }
            catch (InvalidOperationException)
            {
                data.Add(suite, "(suite not found)", "Turtle");
                continue;
            }
            foreach (var entry in entries)
            {
                bool eval = entry.Type.EndsWith("Eval", StringComparison.Ordinal) && !entry.Type.EndsWith("NegativeEval", StringComparison.Ordinal);
                bool lineSyntax = entry.Type is "TestNTriplesPositiveSyntax" or "TestNQuadsPositiveSyntax";
                if (!eval && !lineSyntax) continue;
                var (quads, _) = Load(entry);
                bool dataset = quads.Any(q => q.Graph is not null);
                foreach (var format in Enum.GetValues<RdfFormat>())
                    if (dataset ? RdfFormats.SupportsDatasets(format) : true)
                        data.Add(suite, entry.Id, format.ToString());
            }
        }
        return data;
    }

    /// <summary>The dataset to write (the expected result, or the syntax test's own data) and the prefixes of the test input.</summary>
    private static (List<Quad> Quads, NamespaceMap Prefixes) Load(W3cTestEntry entry)
    {
        var prefixes = new NamespaceMap();
        var inputFormat = entry.ActionPath.EndsWith(".ttl", StringComparison.Ordinal) ? RdfFormat.Turtle
            : entry.ActionPath.EndsWith(".trig", StringComparison.Ordinal) ? RdfFormat.TriG
            : entry.ActionPath.EndsWith(".nq", StringComparison.Ordinal) ? RdfFormat.NQuads : RdfFormat.NTriples;
        using (var reader = RdfText.OpenFile(entry.ActionPath))
        {
            var fromAction = RdfFormats.CreateReader(inputFormat)
                .Read(reader, new RdfReaderOptions(entry.ActionPath, entry.ActionBaseIri, "", prefixes)).ToList();
            if (entry.ResultPath is null) return (fromAction, prefixes);
        }
        var resultFormat = entry.ResultPath.EndsWith(".nq", StringComparison.Ordinal) ? RdfFormat.NQuads : RdfFormat.NTriples;
        using var resultReader = RdfText.OpenFile(entry.ResultPath);
        return (RdfFormats.CreateReader(resultFormat).Read(resultReader, new RdfReaderOptions(entry.ResultPath, entry.ActionBaseIri)).ToList(), prefixes);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void WrittenThenReadBackIsIsomorphic(string suite, string id, string formatName)
    {
        var entry = suites.Entry(suite, id);
        var format = Enum.Parse<RdfFormat>(formatName);
        var (quads, prefixes) = Load(entry);
        foreach (bool compact in format == RdfFormat.JsonLd ? new[] { true, false } : new[] { true })
        {
            var sw = new StringWriter { NewLine = "\n" };
            RdfFormats.CreateWriter(format).Write(sw, quads, new RdfWriterOptions(prefixes.Entries, null, compact));
            var text = sw.ToString();
            List<Quad> back;
            try
            {
                back = RdfFormats.CreateReader(format).Read(new StringReader(text), new RdfReaderOptions($"written.{formatName}")).ToList();
            }
            catch (RdfSyntaxException e)
            {
                Assert.Fail($"{e.Message}\n--- written {formatName} ---\n{text}");
                return;
            }
            var difference = GraphIsomorphism.ExplainDifference(quads, back);
            Assert.True(difference is null, $"{difference}\n--- written {formatName} (compact: {compact}) ---\n{text}");

            // Byte-stable: writing what was read back gives the same text (up to blank node labels,
            // which only the line formats keep as they are).
            if (format is RdfFormat.NTriples or RdfFormat.NQuads) continue;
            var again = new StringWriter { NewLine = "\n" };
            RdfFormats.CreateWriter(format).Write(again, quads.AsEnumerable().Reverse(), new RdfWriterOptions(prefixes.Entries, null, compact));
            Assert.Equal(text, again.ToString());
        }
    }
}

/// <summary>The four manifests, read once for all the round-trip cases.</summary>
public sealed class W3cSuitesFixture
{
    private readonly Dictionary<string, IReadOnlyList<W3cTestEntry>> _suites = new(StringComparer.Ordinal);

    public W3cTestEntry Entry(string suite, string id)
    {
        lock (_suites)
        {
            if (!_suites.TryGetValue(suite, out var entries))
                _suites[suite] = entries = W3cManifest.Load(RepoPaths.Rdf11Suite(suite));
            return entries.SingleOrDefault(e => e.Id == id) ?? throw new InvalidOperationException($"{suite}: no manifest entry <#{id}>");
        }
    }
}
