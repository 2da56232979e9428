using KnowledgeGraph.Rdf.JsonLd;
using Newtonsoft.Json.Linq;
using Xunit;
using static KnowledgeGraph.Rdf.Tests.Writing.WriterTestData;

namespace KnowledgeGraph.Rdf.Tests.Writing;

public class JsonLdTests
{
    private static List<Quad> Parse(string json, string? baseIri = null, RdfReaderOptions? options = null) =>
        new JsonLdParser().Read(new StringReader(json), options ?? new RdfReaderOptions("doc.jsonld", baseIri)).ToList();

    private static string Nq(IEnumerable<Quad> quads) =>
        string.Join("\n", quads.Select(q => q.ToString()).Order(StringComparer.Ordinal));

    [Fact]
    public void ReadsContextTermsPrefixesVocabAndBase()
    {
        var quads = Parse("""
            {
              "@context": {
                "@vocab": "http://schema.org/",
                "@base": "http://example.org/people/",
                "ex": "http://example.org/",
                "knows": { "@id": "ex:knows", "@type": "@id" },
                "born": { "@id": "ex:born", "@type": "http://www.w3.org/2001/XMLSchema#date" }
              },
              "@id": "alice",
              "@type": "Person",
              "name": "Alice",
              "knows": "bob",
              "born": "1990-01-02",
              "ex:age": 42,
              "ex:height": 1.5,
              "ex:active": true
            }
            """);
        Assert.Equal(string.Join("\n", new[]
        {
            "<http://example.org/people/alice> <http://example.org/active> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean> .",
            "<http://example.org/people/alice> <http://example.org/age> \"42\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
            "<http://example.org/people/alice> <http://example.org/born> \"1990-01-02\"^^<http://www.w3.org/2001/XMLSchema#date> .",
            "<http://example.org/people/alice> <http://example.org/height> \"1.5E0\"^^<http://www.w3.org/2001/XMLSchema#double> .",
            "<http://example.org/people/alice> <http://example.org/knows> <http://example.org/people/bob> .",
            "<http://example.org/people/alice> <http://schema.org/name> \"Alice\" .",
            "<http://example.org/people/alice> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .",
        }.Order(StringComparer.Ordinal)), Nq(quads));
    }

    [Fact]
    public void ReadsLanguagesListsNestedNodesReverseAndGraphs()
    {
        var quads = Parse("""
            {
              "@context": { "ex": "http://example.org/", "@language": "fr",
                            "items": { "@id": "ex:items", "@container": "@list" },
                            "label": { "@id": "ex:label", "@container": "@language" },
                            "parent": { "@reverse": "ex:child" } },
              "@graph": [
                { "@id": "ex:a", "ex:nom": "Été", "ex:en": { "@value": "Summer", "@language": "en" },
                  "items": [ "un", { "@id": "ex:b" } ],
                  "label": { "de": "Sommer", "it": "Estate" },
                  "ex:adresse": { "ex:rue": "rue de l'Été" },
                  "parent": { "@id": "ex:p" } },
                { "@id": "ex:g", "@graph": { "@id": "ex:c", "ex:p": { "@list": [] } } }
              ]
            }
            """);
        var nq = Nq(quads);
        Assert.Contains("<http://example.org/a> <http://example.org/nom> \"Été\"@fr .", nq);
        Assert.Contains("<http://example.org/a> <http://example.org/en> \"Summer\"@en .", nq);
        Assert.Contains("<http://example.org/a> <http://example.org/label> \"Sommer\"@de .", nq);
        Assert.Contains("<http://example.org/a> <http://example.org/items> _:b0 .", nq);
        Assert.Contains("_:b0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> \"un\"@fr .", nq);
        Assert.Contains("_:b0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:b1 .", nq);
        Assert.Contains("_:b1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> <http://example.org/b> .", nq);
        Assert.Contains("_:b1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .", nq);
        Assert.Contains("<http://example.org/a> <http://example.org/adresse> _:b2 .", nq);
        Assert.Contains("_:b2 <http://example.org/rue> \"rue de l'Été\"@fr .", nq);
        Assert.Contains("<http://example.org/p> <http://example.org/child> <http://example.org/a> .", nq);
        Assert.Contains("<http://example.org/c> <http://example.org/p> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> <http://example.org/g> .", nq);
        Assert.Contains("<http://example.org/a> <http://example.org/label> \"Estate\"@it .", nq);
        Assert.Equal(13, quads.Count);
    }

    [Fact]
    public void BlankNodeLabelsAreRenamedConsistentlyWithThePrefix()
    {
        var quads = Parse("""[{"@id":"_:x","http://e/p":{"@id":"_:y"}},{"@id":"_:y","http://e/p":{"@id":"_:x"}}]""",
            options: new RdfReaderOptions("d", null, "d2_"));
        Assert.Equal("_:d2_b0 <http://e/p> _:d2_b1 .\n_:d2_b1 <http://e/p> _:d2_b0 .", Nq(quads));
    }

    [Fact]
    public void RelativeIriWithoutBaseIsDroppedWithAWarning()
    {
        var warnings = new List<RdfSyntaxWarning>();
        var quads = Parse("""{"@id":"rel","http://e/p":"x"}""", options: new RdfReaderOptions("doc.jsonld", OnWarning: warnings.Add));
        Assert.Empty(quads);
        var w = Assert.Single(warnings);
        Assert.Equal(1, w.Line);
        Assert.Contains("rel", w.Detail);
    }

    [Fact]
    public void InvalidJsonReportsFileLineAndColumn()
    {
        var ex = Assert.Throws<RdfSyntaxException>(() => Parse("{\n  \"@id\": \"http://e/a\",\n  \"http://e/p\": [1, 2\n}"));
        Assert.Equal("doc.jsonld", ex.SourceName);
        Assert.Equal(4, ex.Line);
        Assert.StartsWith("doc.jsonld:4:", ex.Message);
    }

    [Fact]
    public void JsonLdErrorsCarryThePositionOfTheToken()
    {
        var ex = Assert.Throws<RdfSyntaxException>(() => Parse("{\n \"@context\": \"http://remote.example/ctx\",\n \"@id\": \"http://e/a\"}"));
        Assert.Equal(2, ex.Line);
        Assert.Contains("remote context", ex.Detail);
    }

    [Theory]
    [InlineData(1.5, "1.5E0")]
    [InlineData(0.005, "5.0E-3")]
    [InlineData(-1234.5, "-1.2345E3")]
    [InlineData(1e21, "1.0E21")]
    [InlineData(0.0, "0.0E0")]
    public void CanonicalDoubles(double value, string expected) => Assert.Equal(expected, JsonLdToRdf.CanonicalDouble(value));

    [Fact]
    public void ResolvesRelativeReferencesLikeRfc3986()
    {
        const string b = "http://a/b/c/d;p?q";
        Assert.Equal("http://a/b/c/g", IriResolver.Resolve(b, "g"));
        Assert.Equal("http://a/g", IriResolver.Resolve(b, "../../g"));
        Assert.Equal("http://a/b/c/d;p?y", IriResolver.Resolve(b, "?y"));
        Assert.Equal("http://a/b/c/d;p?q#s", IriResolver.Resolve(b, "#s"));
        Assert.Equal("http://g", IriResolver.Resolve(b, "//g"));
        Assert.Equal("http://a/b/c/", IriResolver.Resolve(b, "."));
        Assert.Equal("http://a/g", IriResolver.Resolve(b, "/./g"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void WriterOutputReadsBackToTheSameQuads(bool compact)
    {
        // No blank nodes other than list cells and nested ones, whose labels the parser renumbers:
        // compare with blank nodes removed, and count them separately.
        var quads = Rich(withNamedGraphs: true);
        var text = Write(new JsonLdWriter(), quads, new RdfWriterOptions(ExPrefixes, null, compact));
        var back = Parse(text);
        Assert.Equal(quads.Count, back.Count);
        static string Ground(IEnumerable<Quad> qs) => Nq(qs.Where(q => q.Subject is not IBlankNode && q.Object is not IBlankNode && q.Graph is not IBlankNode));
        Assert.Equal(Ground(quads), Ground(back));
        Assert.Equal(
            quads.Select(q => q.Object).OfType<ILiteralNode>().Select(l => l.ToNTriples()).Order(StringComparer.Ordinal),
            back.Select(q => q.Object).OfType<ILiteralNode>().Select(l => l.ToNTriples()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CompactOutputDeclaresOnlyUsedPrefixesAndIsDeterministic()
    {
        var quads = Rich(withNamedGraphs: true);
        var text = Write(new JsonLdWriter(), quads);
        var doc = JObject.Parse(text);
        var context = (JObject)doc["@context"]!;
        Assert.Equal(["ex", "xsd"], context.Properties().Select(p => p.Name));
        Assert.Equal(text, Write(new JsonLdWriter(), Enumerable.Reverse(quads).ToList()));
        Assert.Contains("\"@id\": \"ex:g1\"", text);
        Assert.Contains("\"@list\"", text);
        Assert.Contains("\"@language\": \"fr\"", text);
    }

    [Fact]
    public void ExpandedOutputHasNoContextAndFullIris()
    {
        var text = Write(new JsonLdWriter(), [Q(U("s"), U("p"), L("v"))], new RdfWriterOptions(ExPrefixes, null, JsonLdCompact: false));
        var doc = JArray.Parse(text);
        var node = (JObject)Assert.Single(doc);
        Assert.Equal("http://example.org/s", (string?)node["@id"]);
        Assert.Equal("v", (string?)node["http://example.org/p"]![0]!["@value"]);
    }

    [Fact]
    public void DropsAPrefixNamedLikeASchemeInTheData()
    {
        var text = Write(new JsonLdWriter(), [Q(U("s"), U("p"), new UriNode("urn:x:1"))],
            new RdfWriterOptions([new("ex", Ex), new("urn", "http://example.org/urn#")]));
        Assert.DoesNotContain("\"urn\":", text);
        Assert.Equal("urn:x:1", ((IUriNode)Parse(text).Single().Object).Iri);
    }
}
