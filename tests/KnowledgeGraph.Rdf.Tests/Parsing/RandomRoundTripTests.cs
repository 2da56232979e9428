using System.Text;
using Xunit;

namespace KnowledgeGraph.Rdf.Tests.Parsing;

/// <summary>
/// Random (seeded, so reproducible) quads with awkward characters, spelled by NTriplesFormatter and
/// read back by every parser of the family: the terms must come back exactly.
/// </summary>
public sealed class RandomRoundTripTests
{
    private const string LiteralPool = "aZ09 \"\\\n\r\t\b\f\u0001\u001f\u007f'#@<>{}|^`_:.;,()[]\u00e9\u00df\u4e2d\u200d\ufffd";
    private const string IriPool = "aZ09-._~:/?#[]@!$&'()*+,;=%\u00e9\u4e2d";

    private static string RandomText(Random random, string pool, int maxLength, bool allowEmoji)
    {
        var sb = new StringBuilder();
        int n = random.Next(maxLength + 1);
        for (int i = 0; i < n; i++)
        {
            if (allowEmoji && random.Next(20) == 0) sb.Append("\ud83d\ude00");
            else sb.Append(pool[random.Next(pool.Length)]);
        }
        return sb.ToString();
    }

    private static INode RandomTerm(Random random, bool literalAllowed)
    {
        switch (random.Next(literalAllowed ? 6 : 3))
        {
            case 0:
            case 1:
                return new UriNode("http://ex.org/" + RandomText(random, IriPool, 12, allowEmoji: true));
            case 2:
                return new BlankNode("b" + random.Next(50) + (random.Next(3) == 0 ? "-x.y" : ""));
            case 3:
                return new LiteralNode(RandomText(random, LiteralPool, 30, allowEmoji: true));
            case 4:
                var tags = new[] { "en", "fr-CA", "zh-Hant-TW", "x-private-1" };
                return new LiteralNode(RandomText(random, LiteralPool, 10, allowEmoji: false), null, tags[random.Next(tags.Length)]);
            default:
                var types = new[] { "http://ex.org/dt", "http://www.w3.org/2001/XMLSchema#token", "urn:x:\u00e9" };
                return new LiteralNode(RandomText(random, LiteralPool, 10, allowEmoji: false), types[random.Next(types.Length)]);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Formatted_quads_parse_back_to_the_same_terms(int seed)
    {
        var random = new Random(seed);
        var quads = Enumerable.Range(0, 3000).Select(_ => new Quad(
            RandomTerm(random, false) is var s and not LiteralNode ? s : new UriNode("http://ex.org/s"),
            new UriNode("http://ex.org/p" + random.Next(5)),
            RandomTerm(random, true),
            random.Next(3) == 0 ? null : RandomTerm(random, false))).ToList();

        var nquads = string.Join("\n", quads.Select(q => q.ToString())) + "\n";
        var back = new NQuadsParser().Read(new StringReader(nquads), new RdfReaderOptions("random.nq")).ToList();
        Assert.Equal(quads, back);

        var triples = quads.Select(q => q with { Graph = null }).ToList();
        var ntriples = string.Join("\n", triples.Select(q => q.ToString())) + "\n";
        Assert.Equal(triples, new NTriplesParser().Read(new StringReader(ntriples), new RdfReaderOptions("random.nt")).ToList());
        // N-Triples is a subset of Turtle and TriG (blank labels starting "gen" would be renamed; none do here).
        Assert.Equal(triples, new TurtleParser().Read(new StringReader(ntriples), new RdfReaderOptions("random.ttl")).ToList());
        Assert.Equal(triples, new TriGParser().Read(new StringReader(ntriples), new RdfReaderOptions("random.trig")).ToList());
    }
}
