using Xunit;
using static KnowledgeGraph.Rdf.Tests.ParseHelper;

namespace KnowledgeGraph.Rdf.Tests.Parsing;

public sealed class ParserBehaviourTests
{
    private const string Ex = "http://ex/";

    [Fact]
    public void Blank_node_prefix_is_prepended_to_written_and_fresh_labels()
    {
        var quads = Parse(RdfFormat.Turtle, "@prefix ex: <http://ex/> . _:a ex:p [ ex:q ( 1 ) ] .",
            new RdfReaderOptions("t.ttl", BlankNodePrefix: "d7_"));
        var blanks = quads.SelectMany(q => new[] { q.Subject, q.Object }).OfType<BlankNode>().Select(b => b.Id).Distinct().Order().ToList();
        Assert.Equal(["d7_a", "d7_gen0", "d7_gen1"], blanks);
    }

    [Fact]
    public void NTriples_blank_labels_are_kept_as_written_with_the_prefix()
    {
        var q = Assert.Single(Parse(RdfFormat.NTriples, "_:gen0 <http://ex/p> _:x.y .", new RdfReaderOptions("t.nt", BlankNodePrefix: "p_")));
        Assert.Equal(new BlankNode("p_gen0"), q.Subject);
        Assert.Equal(new BlankNode("p_x.y"), q.Object);
    }

    [Fact]
    public void Fresh_blank_nodes_never_collide_with_written_labels()
    {
        var quads = Turtle("@prefix ex: <http://ex/> . _:gen0 ex:p [] . _:gen1 ex:p [] .");
        var ids = quads.SelectMany(q => new[] { q.Subject, q.Object }).OfType<BlankNode>().Select(b => b.Id).Distinct().ToList();
        Assert.Equal(4, ids.Count);
    }

    [Theory]
    [InlineData(RdfFormat.NTriples)]
    [InlineData(RdfFormat.Turtle)]
    public void Blank_labels_stay_one_node_past_the_cache_limit(RdfFormat format)
    {
        var doc = new System.Text.StringBuilder();
        for (int i = 0; i < 70_000; i++) doc.Append("_:n").Append(i).Append(" <http://ex/p> \"v\" .\n");
        doc.Append("<http://ex/s> <http://ex/p> _:n0 .\n<http://ex/s> <http://ex/p> _:n69999 .\n");
        var quads = Parse(format, doc.ToString());
        Assert.Equal(quads[0].Subject, quads[70_000].Object);
        Assert.Equal(quads[69_999].Subject, quads[70_001].Object);
        Assert.Equal(70_000, quads.Select(q => q.Subject).OfType<BlankNode>().Distinct().Count());
    }

    [Fact]
    public void Same_input_gives_identical_output_twice()
    {
        const string doc = "@prefix ex: <http://ex/> . ex:s ex:p [ ex:q ( 1 2 [] ) ], [] ; ex:r ( ) .";
        Assert.Equal(Turtle(doc), Turtle(doc));
    }

    [Fact]
    public void Same_blank_label_is_one_node_across_statements_and_the_same_instance()
    {
        var quads = Turtle("@prefix ex: <http://ex/> . _:x ex:p ex:o . ex:s ex:p _:x .");
        Assert.Equal(quads[0].Subject, quads[1].Object);
        Assert.Same(quads[0].Predicate, quads[1].Predicate);
    }

    [Fact]
    public void Namespaces_receive_every_prefix_declaration_in_order()
    {
        var map = new NamespaceMap();
        Parse(RdfFormat.Turtle, "@prefix ex: <http://ex/> .\nPREFIX foaf: <http://xmlns.com/foaf/0.1/>\n@prefix : <rel/> .\nex:s ex:p ex:o .",
            new RdfReaderOptions("t.ttl", "http://base.org/doc", Namespaces: map));
        Assert.Equal(
            [new("ex", "http://ex/"), new("foaf", "http://xmlns.com/foaf/0.1/"), new("", "http://base.org/rel/")],
            map.Entries);
    }

    [Fact]
    public void Numeric_and_boolean_shorthands_get_their_xsd_datatypes_and_keep_the_lexical_form()
    {
        var quads = Turtle("<http://ex/s> <http://ex/p> 1, -02, +3.50, .5, 1e3, 1.E-2, true, false .");
        var literals = quads.Select(q => (ILiteralNode)q.Object).Select(l => (l.Value, l.Datatype)).ToList();
        Assert.Equal(
            [
                ("1", Vocabulary.XsdInteger), ("-02", Vocabulary.XsdInteger), ("+3.50", Vocabulary.XsdDecimal),
                (".5", Vocabulary.XsdDecimal), ("1e3", Vocabulary.XsdDouble), ("1.E-2", Vocabulary.XsdDouble),
                ("true", Vocabulary.XsdBoolean), ("false", Vocabulary.XsdBoolean),
            ],
            literals);
    }

    [Fact]
    public void Integer_followed_by_the_final_dot_is_an_integer()
    {
        var q = Assert.Single(Turtle("<http://ex/s> <http://ex/p> 7."));
        Assert.Equal(new LiteralNode("7", Vocabulary.XsdInteger), q.Object);
    }

    [Fact]
    public void Relative_IRIs_resolve_against_the_option_base_then_each_base_directive()
    {
        var quads = Turtle("<a> <b> <#c> .\n@base <sub/> .\n<../d> <?q> <//host/x> .\nBASE <http://other.org/z/y>\n<> <p> <.> .",
            "http://ex.org/dir/doc.ttl");
        Assert.Equal(
            [
                new Quad(Iri("http://ex.org/dir/a"), Iri("http://ex.org/dir/b"), Iri("http://ex.org/dir/doc.ttl#c")),
                new Quad(Iri("http://ex.org/dir/d"), Iri("http://ex.org/dir/sub/?q"), Iri("http://host/x")),
                new Quad(Iri("http://other.org/z/y"), Iri("http://other.org/z/p"), Iri("http://other.org/z/")),
            ],
            quads);
    }

    [Fact]
    public void Prefixed_names_with_escapes_percent_and_inner_dots()
    {
        var quads = Turtle("@prefix ex: <http://ex/> . ex:a.b ex:c\\~d ex:%41:x.\n");
        Assert.Equal(new Quad(Iri(Ex + "a.b"), Iri(Ex + "c~d"), Iri(Ex + "%41:x")), Assert.Single(quads));
    }

    [Fact]
    public void Collections_become_first_rest_lists()
    {
        var quads = Turtle("<http://ex/s> <http://ex/p> ( 1 <http://ex/o> ) .");
        Assert.Equal(5, quads.Count);
        var head = quads.Single(q => q.Subject.Equals(Iri(Ex + "s"))).Object;
        Assert.IsType<BlankNode>(head);
        Assert.Contains(quads, q => q.Subject.Equals(head) && q.Predicate.Equals(Iri(Vocabulary.RdfFirst)) && q.Object.Equals(new LiteralNode("1", Vocabulary.XsdInteger)));
        Assert.Contains(quads, q => q.Predicate.Equals(Iri(Vocabulary.RdfRest)) && q.Object.Equals(Iri(Vocabulary.RdfNil)));
    }

    [Fact]
    public void Long_strings_keep_newlines_and_quotes_and_count_lines()
    {
        var doc = "<http://ex/s> <http://ex/p> \"\"\"one\n\"two\" ''\n\"\"three\"\"\" .\n<http://ex/s> <http://ex/p> bad .";
        var ex = Error(RdfFormat.Turtle, doc);
        Assert.Equal(4, ex.Line);
        var quads = Turtle(doc[..doc.IndexOf("\n<", StringComparison.Ordinal)]);
        Assert.Equal("one\n\"two\" ''\n\"\"three", ((ILiteralNode)Assert.Single(quads).Object).Value);
    }

    [Fact]
    public void TriG_graphs_default_blocks_GRAPH_keyword_and_blank_graph_labels()
    {
        var quads = Parse(RdfFormat.TriG, """
            @prefix ex: <http://ex/> .
            ex:a ex:p ex:o .
            { ex:b ex:p ex:o }
            ex:g1 { ex:c ex:p ex:o . ex:d ex:p ex:o }
            GRAPH ex:g2 { ex:e ex:p ex:o . }
            _:g3 { ex:f ex:p ex:o }
            [] { ex:h ex:p ex:o }
            """);
        Assert.Equal(7, quads.Count);
        Assert.Null(quads[0].Graph);
        Assert.Null(quads[1].Graph);
        Assert.Equal(Iri(Ex + "g1"), quads[2].Graph);
        Assert.Equal(Iri(Ex + "g1"), quads[3].Graph);
        Assert.Equal(Iri(Ex + "g2"), quads[4].Graph);
        Assert.Equal(new BlankNode("g3"), quads[5].Graph);
        Assert.IsType<BlankNode>(quads[6].Graph);
        Assert.NotEqual(quads[5].Graph, quads[6].Graph);
    }

    [Fact]
    public void NQuads_reads_graph_labels_and_the_default_graph()
    {
        var quads = Parse(RdfFormat.NQuads, "<http://ex/s> <http://ex/p> \"o\" <http://ex/g> .\n<http://ex/s> <http://ex/p> _:o _:g .\n<http://ex/s> <http://ex/p> <http://ex/o> .\n");
        Assert.Equal([Iri(Ex + "g"), new BlankNode("g"), null], quads.Select(q => q.Graph).ToList());
    }

    [Fact]
    public void Comments_and_blank_lines_are_ignored_everywhere()
    {
        var quads = Parse(RdfFormat.NTriples, "# header\n\n<http://ex/s> <http://ex/p> <http://ex/o> . # trailing\r\n   \n<http://ex/s> <http://ex/p> \"#not a comment\" .");
        Assert.Equal(2, quads.Count);
        Assert.Equal("#not a comment", ((ILiteralNode)quads[1].Object).Value);
    }

    [Fact]
    public void Unicode_escapes_and_supplementary_characters_decode()
    {
        var q = Assert.Single(Parse(RdfFormat.NTriples, "<http://ex/\\u00E9> <http://ex/p> \"\\U0001F600 \\t\\\"x\\\" \ud83d\ude00\" ."));
        Assert.Equal("http://ex/\u00e9", ((IUriNode)q.Subject).Iri);
        Assert.Equal("\ud83d\ude00 \t\"x\" \ud83d\ude00", ((ILiteralNode)q.Object).Value);
    }
}
