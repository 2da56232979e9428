using Xunit;
using static KnowledgeGraph.Rdf.Tests.Writing.WriterTestData;

namespace KnowledgeGraph.Rdf.Tests.Writing;

public class TurtleWriterTests
{
    private static string Turtle(IEnumerable<Quad> quads, RdfWriterOptions? options = null) => Write(new TurtleWriter(), quads, options);

    [Fact]
    public void DeclaresOnlyUsedPrefixes()
    {
        var text = Turtle(Rich(false));
        Assert.StartsWith("@prefix ex: <http://example.org/> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\n", text);
        Assert.DoesNotContain("unused", text);
        // rdf: is given but every rdf term is written with a shorthand (a, lists).
        Assert.DoesNotContain("@prefix rdf:", text);
    }

    [Fact]
    public void GroupsSubjectsWithSemicolonsAndObjectsWithCommas()
    {
        var text = Turtle([Q(U("s"), U("p"), U("o1")), Q(U("s"), U("p"), U("o2")), Q(U("s"), U("q"), L("x"))]);
        Assert.Equal("@prefix ex: <http://example.org/> .\n\nex:s ex:p ex:o1, ex:o2 ;\n    ex:q \"x\" .\n", text);
    }

    [Fact]
    public void WritesRdfTypeAsAFirst()
    {
        var text = Turtle([Q(U("s"), U("a"), U("o")), Q(U("s"), new UriNode(Vocabulary.RdfType), U("C"))]);
        Assert.Contains("ex:s a ex:C ;\n    ex:a ex:o .", text);
    }

    [Fact]
    public void NestsBlankNodesUsedOnceAndWritesLists()
    {
        var text = Turtle(Rich(false));
        Assert.Contains("ex:maire [\n        ex:adresse [\n            ex:rue \"Place de l'Hôtel-de-Ville\"\n        ] ;\n        ex:nom \"Anne\"@fr\n    ]", text);
        Assert.Contains("ex:arrondissements ( 1 [\n        ex:label \"deux\"\n    ] )", text);
        Assert.Contains("ex:vide []", text);
        Assert.DoesNotContain("_:", text);
        Assert.DoesNotContain("rdf:first", text);
    }

    [Fact]
    public void KeepsLabelsForBlankNodesUsedTwice()
    {
        var text = Turtle([Q(U("s1"), U("p"), B("shared")), Q(U("s2"), U("p"), B("shared")), Q(B("shared"), U("q"), L("v"))]);
        Assert.Contains("_:shared ex:q \"v\" .", text);
        Assert.Contains("ex:s1 ex:p _:shared .", text);
    }

    [Fact]
    public void BreaksBlankNodeCyclesWithALabel()
    {
        var text = Turtle([Q(B("x"), U("p"), B("y")), Q(B("y"), U("p"), B("x"))]);
        Assert.Equal("@prefix ex: <http://example.org/> .\n\n_:x ex:p [\n        ex:p _:x\n    ] .\n", text);
    }

    [Fact]
    public void DoesNotTreatMalformedListsAsCollections()
    {
        var first = new UriNode(Vocabulary.RdfFirst);
        var rest = new UriNode(Vocabulary.RdfRest);
        // Two rdf:first on one cell: not a well-formed list.
        var text = Turtle([Q(U("s"), U("p"), B("l")), Q(B("l"), first, L("a")), Q(B("l"), first, L("b")), Q(B("l"), rest, new UriNode(Vocabulary.RdfNil))]);
        Assert.DoesNotContain("(", text);
        Assert.Contains("rdf:first \"a\", \"b\"", text);
    }

    [Theory]
    [InlineData("42", Vocabulary.XsdInteger, "42")]
    [InlineData("-7", Vocabulary.XsdInteger, "-7")]
    [InlineData("075", Vocabulary.XsdInteger, "\"075\"^^xsd:integer")]
    [InlineData("+5", Vocabulary.XsdInteger, "\"+5\"^^xsd:integer")]
    [InlineData("1.5", Vocabulary.XsdDecimal, "1.5")]
    [InlineData("1.50", Vocabulary.XsdDecimal, "\"1.50\"^^xsd:decimal")]
    [InlineData("1", Vocabulary.XsdDecimal, "\"1\"^^xsd:decimal")]
    [InlineData("1.0E3", Vocabulary.XsdDouble, "1.0E3")]
    [InlineData("1e3", Vocabulary.XsdDouble, "\"1e3\"^^xsd:double")]
    [InlineData("true", Vocabulary.XsdBoolean, "true")]
    [InlineData("1", Vocabulary.XsdBoolean, "\"1\"^^xsd:boolean")]
    [InlineData("2026-11-21", Vocabulary.XsdDate, "\"2026-11-21\"^^xsd:date")]
    public void UsesNumericShorthandOnlyForCanonicalForms(string lexical, string datatype, string expected)
    {
        var text = Turtle([Q(U("s"), U("p"), new LiteralNode(lexical, datatype))]);
        Assert.Contains("ex:s ex:p " + expected + " .", text);
    }

    [Theory]
    [InlineData("saint-denis", "ex:saint-denis")]
    [InlineData("x.", "ex:x\\.")]
    [InlineData("a.b", "ex:a.b")]
    [InlineData("-x", "ex:\\-x")]
    [InlineData("1x", "ex:1x")]
    [InlineData("a~b", "ex:a\\~b")]
    [InlineData("q?x=1&y", "ex:q\\?x\\=1\\&y")]
    [InlineData("%C3%A9", "ex:%C3%A9")]
    [InlineData("50%", "ex:50\\%")]
    [InlineData("", "ex:")]
    [InlineData("été", "ex:été")]
    [InlineData("a×b", "<http://example.org/a×b>")]
    public void EscapesLocalNamesOrWritesFullIris(string local, string expected)
    {
        var text = Turtle([Q(U("s"), U("p"), U(local))]);
        Assert.Contains("ex:s ex:p " + expected + " .", text);
    }

    [Fact]
    public void WritesMultiLineStringsInLongForm()
    {
        var text = Turtle([Q(U("s"), U("p"), L("ligne \"un\"\nligne deux\"")), Q(U("s"), U("q"), L("tab\there \"q\""))]);
        Assert.Contains("ex:p \"\"\"ligne \"un\"\nligne deux\\\"\"\"\"", text);
        Assert.Contains("ex:q \"tab\\u0009here \\\"q\\\"\"", text);
    }

    [Fact]
    public void KeepsLanguageTagsAndDatatypes()
    {
        var text = Turtle([Q(U("s"), U("p"), new LiteralNode("bonjour", language: "fr-CA")), Q(U("s"), U("q"), new LiteralNode("x", "http://other.example/dt"))]);
        Assert.Contains("\"bonjour\"@fr-CA", text);
        Assert.Contains("\"x\"^^<http://other.example/dt>", text);
    }

    [Fact]
    public void SameSetOfQuadsGivesSameBytesWhateverTheOrder()
    {
        var quads = Rich(false);
        var reference = Turtle(quads);
        var rng = new Random(1234);
        for (int i = 0; i < 5; i++)
        {
            var shuffled = quads.OrderBy(_ => rng.Next()).ToList();
            shuffled.Add(shuffled[0]); // duplicates are one statement
            Assert.Equal(reference, Turtle(shuffled));
        }
    }

    [Fact]
    public void RejectsNamedGraphs()
    {
        var ex = Assert.Throws<RdfWriterException>(() => Turtle([Q(U("s"), U("p"), U("o"), U("g"))]));
        Assert.Contains("<http://example.org/g>", ex.Message);
    }

    [Fact]
    public void WritesBaseAndRelativeIris()
    {
        var text = Turtle([Q(U("doc/a"), U("p"), U("doc/b#x")), Q(U("doc/a"), U("p"), U("other"))],
            new RdfWriterOptions(null, Ex + "doc/"));
        Assert.Equal("@base <http://example.org/doc/> .\n\n<a> <http://example.org/p> <b#x>, <http://example.org/other> .\n", text);
    }

    [Fact]
    public void RewritesInvalidBlankNodeLabels()
    {
        var text = Turtle([Q(U("s"), U("p"), B("bad label")), Q(U("t"), U("p"), B("bad label"))]);
        Assert.Contains("_:x626164206C6162656C", text);
    }

    [Fact]
    public void EmptyInputGivesEmptyOutput()
    {
        Assert.Equal("", Turtle([]));
    }
}
