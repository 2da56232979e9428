using KnowledgeGraph.Neo4j.Mapping;
using KnowledgeGraph.Neo4j.Tests.Support;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Neo4j.Tests.Mapping;

public class RdfToPropertyGraphMapperTests
{
    private const string Ex = "http://example.org/";
    private static readonly UriNode G1 = new(Ex + "g1"), G2 = new(Ex + "g2");

    private static Quad Q(string s, string p, INode o, INode? g = null) => new(new UriNode(Ex + s), new UriNode(p), o, g);

    private static object? Prop(GraphNode node, string key) => node.Properties.FirstOrDefault(p => p.Key == key).Value;

    [Fact]
    public void Types_become_labels_literals_properties_and_links_relationships()
    {
        var graph = new RdfToPropertyGraphMapper().Map(new[]
        {
            Q("ana", Vocabulary.RdfType, new UriNode("https://schema.org/Person")),
            Q("ana", Vocabulary.RdfType, new UriNode("http://xmlns.com/foaf/0.1/Person")),
            Q("ana", Vocabulary.Rdfs + "label", LiteralNode.LangTagged("Ana", "fr")),
            Q("ana", "https://schema.org/knows", new UriNode(Ex + "bob")),
        });
        Assert.Equal(new[] { Ex + "ana", Ex + "bob" }, graph.Nodes.Select(n => n.Uri));
        var ana = graph.Nodes[0];
        Assert.Equal(new[] { "Person", "Resource" }, ana.Labels);
        Assert.Equal("Ana", Prop(ana, "label"));
        Assert.Equal(new[] { "Resource" }, graph.Nodes[1].Labels);
        var rel = Assert.Single(graph.Relationships);
        Assert.Equal((Ex + "ana", "knows", Ex + "bob"), (rel.StartUri, rel.Type, rel.EndUri));
        Assert.Contains(graph.Prefixes, p => p.Key == "schema" && p.Value == "https://schema.org/");
    }

    [Fact]
    public void Several_values_become_a_sorted_list_and_numbers_booleans_are_typed()
    {
        var graph = new RdfToPropertyGraphMapper().Map(new[]
        {
            Q("x", Ex + "alt", LiteralNode.Plain("b")),
            Q("x", Ex + "alt", LiteralNode.Plain("a")),
            Q("x", Ex + "n", LiteralNode.Typed("42", Vocabulary.XsdInteger)),
            Q("x", Ex + "d", LiteralNode.Typed("2.5", Vocabulary.XsdDecimal)),
            Q("x", Ex + "ok", LiteralNode.Typed("true", Vocabulary.XsdBoolean)),
            Q("x", Ex + "when", LiteralNode.Typed("2025-08", Vocabulary.XsdGYearMonth)),
            Q("x", Ex + "mixed", LiteralNode.Typed("1", Vocabulary.XsdInteger)),
            Q("x", Ex + "mixed", LiteralNode.Plain("one")),
        });
        var x = Assert.Single(graph.Nodes);
        Assert.Equal(new List<string> { "a", "b" }, Prop(x, "alt"));
        Assert.Equal(42L, Prop(x, "n"));
        Assert.Equal(2.5, Prop(x, "d"));
        Assert.Equal(true, Prop(x, "ok"));
        Assert.Equal("2025-08", Prop(x, "when"));
        Assert.Equal(new List<string> { "one", "1" }.OrderBy(s => s, StringComparer.Ordinal), ((List<string>)Prop(x, "mixed")!).OrderBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public void Preferred_language_wins_when_present_and_other_modes_keep_everything()
    {
        var quads = new[]
        {
            Q("p", Vocabulary.Rdfs + "label", LiteralNode.LangTagged("Moscou", "fr")),
            Q("p", Vocabulary.Rdfs + "label", LiteralNode.LangTagged("Moscow", "en")),
            Q("p", Ex + "only", LiteralNode.LangTagged("English only", "en")),
        };
        var preferred = Assert.Single(new RdfToPropertyGraphMapper().Map(quads).Nodes);
        Assert.Equal("Moscou", Prop(preferred, "label"));
        Assert.Equal("English only", Prop(preferred, "only"));

        var tagged = Assert.Single(new RdfToPropertyGraphMapper(new MappingOptions(Languages: LanguageMode.Tagged)).Map(quads).Nodes);
        Assert.Equal(new List<string> { "Moscou@fr", "Moscow@en" }.OrderBy(s => s, StringComparer.Ordinal),
            ((List<string>)Prop(tagged, "label")!).OrderBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public void Prefixed_names_keep_the_namespace_recoverable()
    {
        var graph = new RdfToPropertyGraphMapper(new MappingOptions(Names: NameMode.Prefixed)).Map(new[]
        {
            Q("a", Vocabulary.RdfType, new UriNode("https://schema.org/Person")),
            Q("a", "http://unknown.example/vocab#likes", new UriNode(Ex + "b")),
        });
        Assert.Contains("schema__Person", graph.Nodes[0].Labels);
        var rel = Assert.Single(graph.Relationships);
        Assert.Equal("ns0__likes", rel.Type);
        Assert.Contains(graph.Prefixes, p => p.Key == "ns0" && p.Value == "http://unknown.example/vocab#");
    }

    [Fact]
    public void Sources_record_the_named_graphs_and_blank_nodes_get_stable_uris()
    {
        var graph = new RdfToPropertyGraphMapper().Map(new[]
        {
            Q("a", Ex + "p", LiteralNode.Plain("1"), G1),
            Q("a", Ex + "p", LiteralNode.Plain("1"), G2),
            Q("a", Ex + "q", new BlankNode("b0"), G2),
        });
        var a = graph.Nodes.Single(n => n.Uri == Ex + "a");
        Assert.Equal(new[] { G1.Iri, G2.Iri }, a.Sources);
        Assert.Equal("1", Prop(a, "p"));
        var rel = Assert.Single(graph.Relationships);
        Assert.Equal("bnode://b0", rel.EndUri);
        Assert.Equal(new[] { G2.Iri }, rel.Sources);
    }

    [Fact]
    public void Reserved_keys_are_not_overwritten_by_predicates_named_uri()
    {
        var node = Assert.Single(new RdfToPropertyGraphMapper().Map(new[] { Q("a", Ex + "uri", LiteralNode.Plain("x")) }).Nodes);
        Assert.Equal("x", Prop(node, "uri_"));
    }

    [Fact]
    public void Mapping_is_deterministic_whatever_the_input_order()
    {
        var (quads, ns) = TestGraphs.Load(TestGraphs.NewsGraphPath);
        var forward = new RdfToPropertyGraphMapper().Map(quads, ns);
        var backward = new RdfToPropertyGraphMapper().Map(Enumerable.Reverse(quads), ns);
        Assert.Equal(Describe(forward), Describe(backward));
    }

    [Fact]
    public void News_fixture_maps_to_the_counts_the_rdf_implies()
    {
        var (quads, ns) = TestGraphs.Load(TestGraphs.NewsGraphPath);
        var graph = new RdfToPropertyGraphMapper().Map(quads, ns);
        var expected = RdfExpectations.From(quads);
        foreach (var (label, count) in expected.NodesPerLabel)
            Assert.True(count == graph.Nodes.Count(n => n.Labels.Contains(label)), $"label {label}");
        foreach (var (type, count) in expected.RelationshipsPerType)
            Assert.True(count == graph.Relationships.Count(r => r.Type == type), $"type {type}");
        var claim = graph.Nodes.Single(n => n.Labels.Contains("Claim"));
        Assert.Equal("Nous sommes proches d'un accord", Prop(claim, "text"));
        var person = graph.Nodes.Single(n => n.Uri.EndsWith("alice-martin", StringComparison.Ordinal));
        Assert.Equal("Alice Martin", Prop(person, "label"));
        Assert.Equal(new List<string> { "A. Martin", "Martin" }, Prop(person, "altLabel"));
        Assert.Equal(2, person.Sources.Count);
    }

    private static string Describe(PropertyGraph g) => string.Join("\n",
        g.Nodes.Select(n => $"{n.Uri} {string.Join(",", n.Labels)} {string.Join(",", n.Properties.Select(p => p.Key + "=" + Format(p.Value)))} {string.Join(",", n.Sources)}")
            .Concat(g.Relationships.Select(r => $"{r.StartUri} {r.Type} {r.EndUri} {string.Join(",", r.Sources)}")));

    private static string Format(object v) => v is System.Collections.IEnumerable e and not string ? "[" + string.Join("|", e.Cast<object>()) + "]" : v.ToString()!;
}
