using Xunit;

namespace KnowledgeGraph.Rdf.Tests.Comparison;

public sealed class GraphIsomorphismTests
{
    private static readonly UriNode P = new("http://ex/p");
    private static readonly UriNode Q = new("http://ex/q");

    private static BlankNode B(string id) => new(id);

    private static UriNode U(string s) => new("http://ex/" + s);

    private static List<Quad> Cycle(string prefix, params int[] lengths)
    {
        var quads = new List<Quad>();
        int offset = 0;
        foreach (int n in lengths)
        {
            for (int i = 0; i < n; i++)
                quads.Add(new Quad(B($"{prefix}{offset + i}"), P, B($"{prefix}{offset + (i + 1) % n}")));
            offset += n;
        }
        return quads;
    }

    [Fact]
    public void Same_ground_graph_is_isomorphic_and_explains_nothing()
    {
        var g = new[] { new Quad(U("s"), P, U("o")), new Quad(U("s"), Q, new LiteralNode("x")) };
        Assert.True(GraphIsomorphism.AreIsomorphic(g, g.Reverse()));
        Assert.Null(GraphIsomorphism.ExplainDifference(g, g));
    }

    [Fact]
    public void Relabelled_blank_nodes_are_isomorphic_and_the_mapping_is_returned()
    {
        var a = new[] { new Quad(B("x"), P, B("y")), new Quad(B("y"), Q, U("o")), new Quad(U("s"), P, B("x")) };
        var b = new[] { new Quad(U("s"), P, B("n1")), new Quad(B("n2"), Q, U("o")), new Quad(B("n1"), P, B("n2")) };
        Assert.True(GraphIsomorphism.TryFindMapping(a, b, out var mapping));
        Assert.Equal(B("n1"), mapping[B("x")]);
        Assert.Equal(B("n2"), mapping[B("y")]);
    }

    [Fact]
    public void A_different_ground_quad_is_not_isomorphic_and_is_named()
    {
        var a = new[] { new Quad(U("s"), P, U("o")), new Quad(B("b"), P, U("o")) };
        var b = new[] { new Quad(U("s"), P, U("other")), new Quad(B("c"), P, U("o")) };
        Assert.False(GraphIsomorphism.AreIsomorphic(a, b));
        var why = GraphIsomorphism.ExplainDifference(a, b);
        Assert.NotNull(why);
        Assert.Contains("missing (expected, not in actual): 1", why);
        Assert.Contains("<http://ex/s> <http://ex/p> <http://ex/o> .", why);
        Assert.Contains("<http://ex/other>", why);
    }

    [Fact]
    public void Regular_graphs_that_colour_refinement_cannot_tell_apart_are_separated_by_backtracking()
    {
        // One 6-cycle against two 3-cycles: every node has in- and out-degree one in both.
        Assert.False(GraphIsomorphism.AreIsomorphic(Cycle("a", 6), Cycle("b", 3, 3)));
        Assert.Contains("blank node structure differs", GraphIsomorphism.ExplainDifference(Cycle("a", 6), Cycle("b", 3, 3)));
    }

    [Fact]
    public void Symmetric_graphs_with_shuffled_labels_are_isomorphic()
    {
        var a = Cycle("a", 4, 4, 5);
        var b = Cycle("z", 5, 4, 4).Select(q => q).Reverse().ToList();
        Assert.True(GraphIsomorphism.AreIsomorphic(a, b));
        Assert.False(GraphIsomorphism.AreIsomorphic(a, Cycle("z", 4, 3, 6)));
    }

    [Fact]
    public void Blank_graph_names_take_part_in_the_mapping()
    {
        var a = new[] { new Quad(B("s"), P, U("o"), B("g1")), new Quad(U("s"), P, U("o"), B("g2")) };
        var b = new[] { new Quad(U("s"), P, U("o"), B("h2")), new Quad(B("t"), P, U("o"), B("h1")) };
        Assert.True(GraphIsomorphism.AreIsomorphic(a, b));
        var c = new[] { new Quad(U("s"), P, U("o"), B("h2")), new Quad(B("t"), P, U("o"), B("h2")) };
        Assert.False(GraphIsomorphism.AreIsomorphic(a, c));
        var d = new[] { new Quad(U("s"), P, U("o"), B("h2")), new Quad(B("t"), P, U("o")) };
        Assert.False(GraphIsomorphism.AreIsomorphic(a, d));
    }

    [Fact]
    public void Duplicates_are_ignored_and_sizes_must_match()
    {
        var a = new[] { new Quad(U("s"), P, U("o")), new Quad(U("s"), P, U("o")) };
        var b = new[] { new Quad(U("s"), P, U("o")) };
        Assert.True(GraphIsomorphism.AreIsomorphic(a, b));
        Assert.False(GraphIsomorphism.AreIsomorphic(b, b.Append(new Quad(B("x"), P, U("o")))));
        Assert.Contains("expected 1 quads, actual 2", GraphIsomorphism.ExplainDifference(b, b.Append(new Quad(B("x"), P, U("o")))));
    }

    [Fact]
    public void A_blank_node_cannot_map_to_two_nodes()
    {
        // Same shape counts, but in a the two objects share one blank node.
        var a = new[] { new Quad(U("s1"), P, B("x")), new Quad(U("s2"), P, B("x")), new Quad(B("y"), Q, U("o")) };
        var b = new[] { new Quad(U("s1"), P, B("x")), new Quad(U("s2"), P, B("z")), new Quad(B("y"), Q, U("o")) };
        Assert.False(GraphIsomorphism.AreIsomorphic(a, b));
    }

    [Fact]
    public void Long_lists_of_blank_nodes_are_matched_position_by_position()
    {
        var doc = "<http://ex/s> <http://ex/p> (" + string.Join(" ", Enumerable.Range(0, 300).Select(i => i % 3)) + ") .";
        var a = ParseHelper.Turtle(doc);
        var b = ParseHelper.Parse(RdfFormat.Turtle, doc, new RdfReaderOptions("b", BlankNodePrefix: "other_"));
        Assert.True(GraphIsomorphism.AreIsomorphic(a, b));
        Assert.EndsWith("0 1 2 0 1 2) .", doc);
        var changed = ParseHelper.Turtle(doc.Replace("0 1 2 0 1 2)", "0 1 2 0 2 1)", StringComparison.Ordinal));
        Assert.False(GraphIsomorphism.AreIsomorphic(a, changed));
    }

    [Fact]
    public void Thousands_of_interchangeable_blank_nodes_need_no_search()
    {
        var a = Enumerable.Range(0, 5000).Select(i => new Quad(B($"a{i}"), P, new LiteralNode("same"))).ToList();
        var b = Enumerable.Range(0, 5000).Select(i => new Quad(B($"b{i}"), P, new LiteralNode("same"))).Reverse().ToList();
        Assert.True(GraphIsomorphism.AreIsomorphic(a, b));
        b[17] = new Quad(B("b17"), P, new LiteralNode("different"));
        Assert.False(GraphIsomorphism.AreIsomorphic(a, b));
    }

    [Fact]
    public void A_cancelled_comparison_stops()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => GraphIsomorphism.AreIsomorphic(Cycle("a", 6), Cycle("b", 6), cts.Token));
    }
}
