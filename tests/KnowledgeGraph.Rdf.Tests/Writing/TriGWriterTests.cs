using Xunit;
using static KnowledgeGraph.Rdf.Tests.Writing.WriterTestData;

namespace KnowledgeGraph.Rdf.Tests.Writing;

public class TriGWriterTests
{
    [Fact]
    public void WritesDefaultGraphFirstThenNamedGraphBlocksInOrder()
    {
        var text = Write(new TriGWriter(), [Q(U("s"), U("p"), U("o"), U("g2")), Q(U("s"), U("p"), U("o"), B("g0")), Q(U("s"), U("p"), U("o")), Q(U("s"), U("p"), U("o"), U("g1"))]);
        Assert.Equal(
            "@prefix ex: <http://example.org/> .\n\n" +
            "ex:s ex:p ex:o .\n\n" +
            "_:g0 {\n    ex:s ex:p ex:o .\n}\n\n" +
            "ex:g1 {\n    ex:s ex:p ex:o .\n}\n\n" +
            "ex:g2 {\n    ex:s ex:p ex:o .\n}\n",
            text);
    }

    [Fact]
    public void DoesNotNestBlankNodesSharedAcrossGraphs()
    {
        var text = Write(new TriGWriter(), [Q(U("s"), U("p"), B("b"), U("g1")), Q(B("b"), U("q"), L("v"), U("g2"))]);
        Assert.Contains("ex:s ex:p _:b .", text);
        Assert.Contains("_:b ex:q \"v\" .", text);
    }

    [Fact]
    public void DoesNotNestABlankNodeThatNamesAGraph()
    {
        var text = Write(new TriGWriter(), [Q(U("s"), U("p"), B("g")), Q(U("s"), U("p"), U("o"), B("g"))]);
        Assert.Contains("ex:s ex:p _:g .", text);
        Assert.Contains("_:g {", text);
    }

    [Fact]
    public void NestsInsideNamedGraphs()
    {
        var text = Write(new TriGWriter(), Rich(true));
        Assert.Contains("ex:g1 {\n    ex:lyon a ex:Ville ;\n        ex:proche [\n            ex:label \"x\"\n        ] .\n}\n", text);
    }

    [Fact]
    public void IsDeterministic()
    {
        var quads = Rich(true);
        var reversed = Enumerable.Reverse(quads).ToList();
        Assert.Equal(Write(new TriGWriter(), quads), Write(new TriGWriter(), reversed));
    }
}
