using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Optimization;
using Xunit;

namespace KnowledgeGraph.Sparql.Tests.Algebra;

public class StoreCardinalityEstimatorTests
{
    private static readonly UriNode P = new("http://e/p");
    private static readonly UriNode Q = new("http://e/q");
    private static readonly UriNode G = new("http://e/g");

    private static MemoryStore Store()
    {
        var store = new MemoryStore();
        for (int i = 0; i < 20; i++) store.Add(new Quad(new UriNode("http://e/s" + i), P, LiteralNode.Plain("v" + i)));
        store.Add(new Quad(new UriNode("http://e/s0"), Q, LiteralNode.Plain("x")));
        for (int i = 0; i < 5; i++) store.Add(new Quad(new UriNode("http://e/s" + i), Q, LiteralNode.Plain("y"), G));
        return store;
    }

    private static TriplePattern Pattern(UriNode predicate) =>
        new(new Variable("s"), new TermItem(predicate), new Variable("o"));

    [Fact]
    public void Rare_predicates_estimate_lower_than_common_ones()
    {
        var estimator = new StoreCardinalityEstimator(Store());
        Assert.True(estimator.Estimate(Pattern(Q), null) < estimator.Estimate(Pattern(P), null));
        Assert.True(estimator.Estimate(Pattern(Q), null) >= 1);
    }

    [Fact]
    public void Unknown_constants_match_nothing()
    {
        var estimator = new StoreCardinalityEstimator(Store());
        Assert.Equal(0, estimator.Estimate(Pattern(new UriNode("http://e/never")), null));
    }

    [Fact]
    public void Named_graphs_and_the_union_default_graph_are_counted()
    {
        var store = Store();
        var plain = new StoreCardinalityEstimator(store);
        var union = new StoreCardinalityEstimator(store, unionDefaultGraph: true);
        Assert.True(plain.Estimate(Pattern(Q), new TermItem(G)) >= 5);
        Assert.True(plain.Estimate(Pattern(Q), new Variable("g")) >= 5);
        // The store's estimate is an upper bound across graphs: the union sees every Q triple.
        Assert.True(union.Estimate(Pattern(Q), null) >= 6);
    }
}
