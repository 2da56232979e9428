using System.Text;
using KnowledgeGraph.Rdf.Tests.W3c;
using Xunit;

namespace KnowledgeGraph.Rdf.Tests.Parsing;

/// <summary>Parsers pull input through a buffer, lazily, and give the same result however the input is chunked.</summary>
public sealed class StreamingTests
{
    /// <summary>An endless N-Triples document that refuses ReadToEnd and counts what was read.</summary>
    private sealed class EndlessNTriples(string header = "") : TextReader
    {
        private string _pending = header;
        private long _line;

        public static string Line(long i) => $"<http://ex/s{i}> <http://ex/p> \"value {i}\" .\n";

        public long CharsRead { get; private set; }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (_pending.Length == 0) _pending = Line(_line++);
            int n = Math.Min(buffer.Length, _pending.Length);
            _pending.AsSpan(0, n).CopyTo(buffer);
            _pending = _pending[n..];
            CharsRead += n;
            return n;
        }

        public override int Peek() => throw new InvalidOperationException("the parser should not peek char by char");

        public override int Read() => throw new InvalidOperationException("the parser should not read char by char");

        public override string ReadToEnd() => throw new InvalidOperationException("the parser must not read the whole input");
    }

    [Theory]
    [InlineData(RdfFormat.NTriples)]
    [InlineData(RdfFormat.NQuads)]
    [InlineData(RdfFormat.Turtle)]
    [InlineData(RdfFormat.TriG)]
    public void Endless_input_is_read_lazily_through_a_bounded_buffer(RdfFormat format)
    {
        var input = new EndlessNTriples();
        var quads = RdfFormats.CreateReader(format).Read(input, new RdfReaderOptions("endless")).Take(100_000).ToList();
        Assert.Equal(100_000, quads.Count);
        Assert.Equal(new LiteralNode("value 99999"), quads[^1].Object);
        // At most one buffer (64K chars) read ahead of the last quad consumed.
        long consumed = Enumerable.Range(0, 100_000).Sum(i => (long)EndlessNTriples.Line(i).Length);
        Assert.InRange(input.CharsRead, consumed, consumed + (1 << 16));
    }

    [Fact]
    public void A_TriG_graph_block_streams_too()
    {
        var input = new EndlessNTriples("<http://ex/g> {\n");
        var quads = new TriGParser().Read(input, new RdfReaderOptions("endless.trig")).Take(100_000).ToList();
        Assert.All(quads, q => Assert.Equal(new UriNode("http://ex/g"), q.Graph));
        long consumed = Enumerable.Range(0, 100_000).Sum(i => (long)EndlessNTriples.Line(i).Length);
        Assert.InRange(input.CharsRead, consumed, consumed + (1 << 16) + 20);
    }

    [Fact]
    public void Nothing_is_read_until_the_sequence_is_enumerated()
    {
        var input = new EndlessNTriples();
        var quads = new NTriplesParser().Read(input, new RdfReaderOptions("endless"));
        Assert.Equal(0, input.CharsRead);
        Assert.Equal(new UriNode("http://ex/s0"), quads.First().Subject);
        Assert.True(input.CharsRead > 0);
    }

    [Fact]
    public void Cancellation_stops_a_long_parse()
    {
        using var cts = new CancellationTokenSource();
        long n = 0;
        Assert.Throws<OperationCanceledException>(() =>
        {
            foreach (var _ in new NTriplesParser().Read(new EndlessNTriples(), new RdfReaderOptions("endless"), cts.Token))
                if (++n == 5000) cts.Cancel();
        });
        Assert.InRange(n, 5000, 7000);
    }

    [Fact]
    public void Tokens_longer_than_the_buffer_are_read_whole()
    {
        var longIri = "http://ex/" + new string('i', 200_000);
        var longText = string.Concat(Enumerable.Repeat("long \\\"text\\\" ", 20_000));
        var doc = $"<{longIri}> <http://ex/p> \"{longText}\" .\n<http://ex/s> <http://ex/p> \"\"\"{new string('x', 150_000)}\n\"\"\" .\n";
        var quads = RdfFormats.CreateReader(RdfFormat.Turtle).Read(new StringReader(doc), new RdfReaderOptions("long")).ToList();
        Assert.Equal(longIri, ((IUriNode)quads[0].Subject).Iri);
        Assert.Equal(string.Concat(Enumerable.Repeat("long \"text\" ", 20_000)), ((ILiteralNode)quads[0].Object).Value);
        Assert.Equal(150_001, ((ILiteralNode)quads[1].Object).Value.Length);
    }

    /// <summary>Hands out at most a few chars per call, so every token straddles refills.</summary>
    private sealed class TrickleReader(string text) : TextReader
    {
        private int _pos;
        private int _call;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            int n = Math.Min(Math.Min(buffer.Length, 1 + _call++ % 7), text.Length - _pos);
            text.AsSpan(_pos, n).CopyTo(buffer);
            _pos += n;
            return n;
        }
    }

    [Theory]
    [InlineData("rdf-turtle")]
    [InlineData("rdf-trig")]
    [InlineData("rdf-n-triples")]
    [InlineData("rdf-n-quads")]
    public void Trickled_input_gives_the_same_quads_and_errors_as_buffered_input(string suite)
    {
        int compared = 0;
        foreach (var entry in W3cManifest.Load(RepoPaths.Rdf11Suite(suite)))
        {
            var text = File.ReadAllText(entry.ActionPath, Encoding.UTF8);
            var format = RdfFormats.TryFromExtension(entry.ActionPath, out var f) ? f : throw new InvalidOperationException(entry.ActionPath);
            var reader = RdfFormats.CreateReader(format);
            var options = new RdfReaderOptions(entry.ActionPath, entry.ActionBaseIri);
            string Outcome(TextReader input)
            {
                try
                {
                    return string.Join("\n", reader.Read(input, options).Select(q => q.ToString()));
                }
                catch (RdfSyntaxException ex)
                {
                    return "error " + ex.Message;
                }
            }
            Assert.Equal(Outcome(new StringReader(text)), Outcome(new TrickleReader(text)));
            compared++;
        }
        Assert.True(compared > 50);
    }
}
