using Xunit;
using static KnowledgeGraph.Rdf.Tests.Writing.WriterTestData;

namespace KnowledgeGraph.Rdf.Tests.Writing;

public class LineWriterTests
{
    [Fact]
    public void NTriplesIsCanonicalAndInInputOrder()
    {
        var text = Write(new NTriplesWriter(), [
            Q(U("z"), U("p"), L("« guillemets » \"quotes\"\nnew\r\tline\\")),
            Q(B("b1"), U("p"), new LiteralNode("été", language: "fr")),
            Q(U("a"), U("p"), new LiteralNode("1", Vocabulary.XsdInteger)),
        ]);
        Assert.Equal(
            "<http://example.org/z> <http://example.org/p> \"« guillemets » \\\"quotes\\\"\\nnew\\r\\u0009line\\\\\" .\n" +
            "_:b1 <http://example.org/p> \"été\"@fr .\n" +
            "<http://example.org/a> <http://example.org/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n",
            text);
    }

    [Fact]
    public void EscapesAtTheEdgesAndInRunsAreWrittenAsUcharOrEchar()
    {
        // escapes first, last and back to back: the writer copies the text between them as spans
        Assert.Equal("<\\u003Ca\\u0020b\\u0020\\u007B\\u007D\\u005C\\u005E\\u0060\\u007C\\u0022\\u003E>", NTriplesFormatter.FormatIri("<a b {}\\^`|\">"));
        Assert.Equal("<http://example.org/café>", NTriplesFormatter.FormatIri("http://example.org/café"));
        Assert.Equal("\"\\\"\\u0000x\\u007F\\u001F\\\\\\n\\r\\\"\"", NTriplesFormatter.FormatLiteral("\"\0x\u007F\u001F\\\n\r\"", Vocabulary.XsdString, ""));
        Assert.Equal("\"plain été\"", NTriplesFormatter.FormatLiteral("plain été", Vocabulary.XsdString, ""));
    }

    [Fact]
    public void NTriplesRejectsNamedGraphs()
    {
        var ex = Assert.Throws<RdfWriterException>(() => Write(new NTriplesWriter(), [Q(U("s"), U("p"), U("o"), U("g"))]));
        Assert.Contains("N-Quads", ex.Message);
    }

    [Fact]
    public void NQuadsWritesGraphLabelOnlyForNamedGraphs()
    {
        var text = Write(new NQuadsWriter(), [Q(U("s"), U("p"), U("o"), U("g")), Q(U("s"), U("p"), U("o")), Q(U("s"), U("p"), U("o"), B("g2"))]);
        Assert.Equal(
            "<http://example.org/s> <http://example.org/p> <http://example.org/o> <http://example.org/g> .\n" +
            "<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n" +
            "<http://example.org/s> <http://example.org/p> <http://example.org/o> _:g2 .\n",
            text);
    }

    [Fact]
    public void StreamsWithoutEnumeratingAheadOfTheOutput()
    {
        // The writer must have written the first line before the source yields the second.
        var sw = new StringWriter { NewLine = "\n" };
        IEnumerable<Quad> Source()
        {
            yield return Q(U("s"), U("p"), U("o1"));
            Assert.Contains("o1", sw.ToString());
            yield return Q(U("s"), U("p"), U("o2"));
        }
        new NTriplesWriter().Write(sw, Source(), new RdfWriterOptions());
        Assert.Equal(2, sw.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void HonoursCancellation()
    {
        var cts = new CancellationTokenSource();
        cts.Cancel();
        var many = Enumerable.Range(0, 10_000).Select(i => Q(U("s" + i), U("p"), U("o")));
        Assert.Throws<OperationCanceledException>(() => new NQuadsWriter().Write(TextWriter.Null, many, new RdfWriterOptions(), cts.Token));
    }
}
