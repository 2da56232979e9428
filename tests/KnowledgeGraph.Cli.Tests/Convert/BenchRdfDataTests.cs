using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Rdf;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Convert;

/// <summary>The benchmark's generated data must be valid N-Triples with the content it claims, and stable.</summary>
public sealed class BenchRdfDataTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kg-bench-data-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void GeneratesParseableFrenchDataOfTheRequestedSizeDeterministically()
    {
        var a = Path.Combine(_dir, "a.nt");
        var b = Path.Combine(_dir, "b.nt");
        long written = BenchRdfData.Generate(a, 1000, CancellationToken.None);
        BenchRdfData.Generate(b, 1000, CancellationToken.None);
        Assert.True(written >= 1000);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));

        using var reader = RdfText.OpenFile(a);
        var quads = new NTriplesParser().Read(reader, new RdfReaderOptions(a)).ToList();
        Assert.Equal(written, quads.Count);
        var literals = quads.Select(q => q.Object).OfType<ILiteralNode>().ToList();
        Assert.Contains(literals, l => l.Language == "fr" && l.Value.Contains('«') && l.Value.Contains('\n') && l.Value.Contains('"'));
        Assert.Contains(literals, l => l.Datatype == Vocabulary.XsdDate);
        Assert.Contains(quads, q => q.Subject is IBlankNode);
    }
}
