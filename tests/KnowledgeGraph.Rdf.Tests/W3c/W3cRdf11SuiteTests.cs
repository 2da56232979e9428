using Xunit;
using Xunit.Abstractions;

namespace KnowledgeGraph.Rdf.Tests.W3c;

/// <summary>
/// The W3C RDF 1.1 N-Triples, N-Quads, Turtle and TriG suites, one xunit case per manifest entry.
/// Syntax tests must parse (or fail with <see cref="RdfSyntaxException"/>); evaluation tests must give
/// a dataset isomorphic to the expected N-Triples/N-Quads.
/// </summary>
public sealed class W3cRdf11SuiteTests(ITestOutputHelper output, W3cSuiteFixture suites) : IClassFixture<W3cSuiteFixture>
{
    public static TheoryData<string> NTriplesTests => Names("rdf-n-triples");
    public static TheoryData<string> NQuadsTests => Names("rdf-n-quads");
    public static TheoryData<string> TurtleTests => Names("rdf-turtle");
    public static TheoryData<string> TriGTests => Names("rdf-trig");

    [Theory]
    [MemberData(nameof(NTriplesTests))]
    public void NTriples(string name) => Run("rdf-n-triples", name);

    [Theory]
    [MemberData(nameof(NQuadsTests))]
    public void NQuads(string name) => Run("rdf-n-quads", name);

    [Theory]
    [MemberData(nameof(TurtleTests))]
    public void Turtle(string name) => Run("rdf-turtle", name);

    [Theory]
    [MemberData(nameof(TriGTests))]
    public void TriG(string name) => Run("rdf-trig", name);

    [Theory]
    [InlineData("rdf-n-triples")]
    [InlineData("rdf-n-quads")]
    [InlineData("rdf-turtle")]
    [InlineData("rdf-trig")]
    public void Conformance_summary(string suite)
    {
        var entries = suites.Entries(suite);
        var failures = new List<string>();
        var byType = new SortedDictionary<string, (int Pass, int Total)>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var failure = Outcome(entry);
            var (pass, total) = byType.GetValueOrDefault(entry.Type);
            byType[entry.Type] = (pass + (failure is null ? 1 : 0), total + 1);
            if (failure is not null) failures.Add($"{entry.Id}: {failure}");
        }
        foreach (var (type, (pass, total)) in byType) output.WriteLine($"{suite} {type}: {pass}/{total}");
        output.WriteLine($"{suite} total: {entries.Count - failures.Count}/{entries.Count}");
        Assert.True(entries.Count > 50, $"{suite}: only {entries.Count} manifest entries were read");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static TheoryData<string> Names(string suite)
    {
        var data = new TheoryData<string>();
        string folder;
        try
        {
            folder = RepoPaths.Rdf11Suite(suite);
        }
        catch (InvalidOperationException)
        {
            // Reported by Run as a failing case rather than as a discovery error nobody reads.
            data.Add("(suite not found)");
            return data;
        }
        foreach (var entry in W3cManifest.Load(folder)) data.Add(entry.Id);
        return data;
    }

    private void Run(string suite, string name)
    {
        var entries = suites.Entries(suite);
        var entry = entries.SingleOrDefault(e => e.Id == name)
            ?? throw new InvalidOperationException($"{suite}: no manifest entry <#{name}>");
        var failure = Outcome(entry);
        Assert.True(failure is null, $"{entry.Id} ({entry.Type}, {entry.ActionPath}): {failure}");
    }

    private static RdfFormat FormatOf(string type) =>
        type.StartsWith("TestNTriples", StringComparison.Ordinal) ? RdfFormat.NTriples
        : type.StartsWith("TestNQuads", StringComparison.Ordinal) ? RdfFormat.NQuads
        : type.StartsWith("TestTurtle", StringComparison.Ordinal) ? RdfFormat.Turtle
        : type.StartsWith("TestTrig", StringComparison.Ordinal) ? RdfFormat.TriG
        : throw new InvalidOperationException($"unknown test type {type}");

    private static List<Quad> Parse(RdfFormat format, string path, string baseIri)
    {
        using var reader = RdfText.OpenFile(path);
        return RdfFormats.CreateReader(format).Read(reader, new RdfReaderOptions(path, baseIri)).ToList();
    }

    /// <summary>Null when the entry passes, else why it failed.</summary>
    private static string? Outcome(W3cTestEntry entry)
    {
        var format = FormatOf(entry.Type);
        if (entry.Type.EndsWith("NegativeSyntax", StringComparison.Ordinal) || entry.Type.EndsWith("NegativeEval", StringComparison.Ordinal))
        {
            try
            {
                var quads = Parse(format, entry.ActionPath, entry.ActionBaseIri);
                return $"expected a syntax error, but {quads.Count} quads were read";
            }
            catch (RdfSyntaxException ex)
            {
                if (ex.SourceName != entry.ActionPath || ex.Line < 1 || ex.Column < 1)
                    return $"the error does not name the file and a position: {ex.Message}";
                return null;
            }
        }
        List<Quad> actual;
        try
        {
            actual = Parse(format, entry.ActionPath, entry.ActionBaseIri);
        }
        catch (RdfSyntaxException ex)
        {
            return "unexpected syntax error: " + ex.Message;
        }
        if (entry.Type.EndsWith("PositiveSyntax", StringComparison.Ordinal)) return null;
        if (entry.ResultPath is null) return "evaluation test without mf:result";
        var expectedFormat = entry.ResultPath.EndsWith(".nq", StringComparison.Ordinal) ? RdfFormat.NQuads : RdfFormat.NTriples;
        var expected = Parse(expectedFormat, entry.ResultPath, entry.ActionBaseIri);
        return GraphIsomorphism.ExplainDifference(expected, actual);
    }
}
