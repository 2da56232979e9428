using Xunit;

namespace KnowledgeGraph.Rdf.Tests.Store;

/// <summary>MemoryStore checked against a plain list filtered naively, on every pattern shape.</summary>
public sealed class MemoryStoreTests
{
    private static readonly INode[] Subjects = [new UriNode("http://ex/s1"), new UriNode("http://ex/s2"), new BlankNode("b1")];
    private static readonly INode[] Predicates = [new UriNode("http://ex/p1"), new UriNode("http://ex/p2")];
    private static readonly INode[] Objects = [new UriNode("http://ex/s1"), new LiteralNode("x"), new LiteralNode("x", null, "fr"), new BlankNode("b1")];
    private static readonly INode?[] Graphs = [null, new UriNode("http://ex/g1"), new BlankNode("g2")];

    /// <summary>A deterministic, irregular subset of all combinations (so that some patterns match nothing).</summary>
    private static List<Quad> Data()
    {
        var quads = new List<Quad>();
        int i = 0;
        foreach (var g in Graphs)
            foreach (var s in Subjects)
                foreach (var p in Predicates)
                    foreach (var o in Objects)
                        if (i++ % 3 != 1 && !(g is BlankNode && s is BlankNode))
                            quads.Add(new Quad(s, p, o, g));
        return quads;
    }

    private static MemoryStore Load(IEnumerable<Quad> quads)
    {
        var store = new MemoryStore();
        foreach (var q in quads) store.Add(q);
        return store;
    }

    private static bool InSelector(Quad q, GraphSelector g) => g.Kind switch
    {
        GraphSelectorKind.Default => q.Graph is null,
        GraphSelectorKind.AllNamed => q.Graph is not null,
        GraphSelectorKind.All => true,
        _ => Equals(q.Graph, g.Name),
    };

    private static IEnumerable<INode?> WithWildcard(IEnumerable<INode> nodes) => nodes.Cast<INode?>().Prepend(null);

    public static TheoryData<GraphSelector> Selectors => new()
    {
        GraphSelector.Default,
        GraphSelector.All,
        GraphSelector.AllNamed,
        GraphSelector.Named(new UriNode("http://ex/g1")),
        GraphSelector.Named(new BlankNode("g2")),
        GraphSelector.Named(new UriNode("http://ex/absent")),
    };

    [Theory]
    [MemberData(nameof(Selectors))]
    public void Match_agrees_with_a_naive_filter_for_every_bound_and_unbound_position(GraphSelector graph)
    {
        var data = Data();
        var store = Load(data);
        var absent = new UriNode("http://ex/absent");
        int patterns = 0;
        foreach (var s in WithWildcard(Subjects.Append(absent)))
            foreach (var p in WithWildcard(Predicates.Append(absent)))
                foreach (var o in WithWildcard(Objects.Append(absent)))
                {
                    var expected = data.Where(q => (s is null || q.Subject.Equals(s)) && (p is null || q.Predicate.Equals(p))
                        && (o is null || q.Object.Equals(o)) && InSelector(q, graph)).OrderBy(q => q, NodeComparer.Instance).ToList();
                    var actual = store.Match(s, p, o, graph).OrderBy(q => q, NodeComparer.Instance).ToList();
                    Assert.True(expected.SequenceEqual(actual), $"pattern {s} {p} {o} in {graph}: expected {expected.Count}, got {actual.Count}");
                    patterns++;
                }
        Assert.Equal(5 * 4 * 6, patterns);
    }

    [Fact]
    public void Encoded_estimates_are_upper_bounds_of_the_matches()
    {
        var store = Load(Data());
        foreach (var s in WithWildcard(Subjects))
            foreach (var p in WithWildcard(Predicates))
                foreach (var o in WithWildcard(Objects))
                    foreach (var g in new[] { TermDictionary.Any, TermDictionary.DefaultGraph, MemoryStore.AnyNamedGraph })
                    {
                        int Id(INode? n) => n is null ? TermDictionary.Any : store.Terms.Lookup(n);
                        long count = store.MatchEncoded(Id(s), Id(p), Id(o), g).LongCount();
                        Assert.True(store.EstimateCount(Id(s), Id(p), Id(o), g) >= count);
                    }
    }

    [Fact]
    public void Cursor_yields_the_matches_of_MatchEncoded_in_the_same_order_for_every_pattern_and_graph()
    {
        var store = Load(Data());
        var absent = new UriNode("http://ex/absent");
        store.Add(new Quad(absent, absent, absent, new UriNode("http://ex/g3"))); // so that "absent" has an id
        int g1 = store.Terms.Lookup(new UriNode("http://ex/g1"));
        int patterns = 0, nonEmpty = 0;
        foreach (var s in WithWildcard(Subjects.Append(absent)))
            foreach (var p in WithWildcard(Predicates.Append(absent)))
                foreach (var o in WithWildcard(Objects.Append(absent)))
                    foreach (var g in new[] { TermDictionary.Any, TermDictionary.DefaultGraph, MemoryStore.AnyNamedGraph, g1 })
                    {
                        int Id(INode? n) => n is null ? TermDictionary.Any : store.Terms.Lookup(n);
                        var expected = store.MatchEncoded(Id(s), Id(p), Id(o), g).ToList();
                        var actual = new List<EncodedQuad>();
                        var cursor = store.Cursor(Id(s), Id(p), Id(o), g);
                        long known = cursor.KnownCount;
                        while (cursor.MoveNext()) actual.Add(cursor.Current);
                        cursor.Dispose();
                        Assert.Equal(expected, actual);
                        // A count is offered only when it is exact (an index range that needs no graph check).
                        Assert.True(known == -1 || known == expected.Count, $"pattern {s} {p} {o} in {g}: known {known}, matches {expected.Count}");
                        var viaForeach = new List<EncodedQuad>();
                        foreach (var q in store.Cursor(Id(s), Id(p), Id(o), g)) viaForeach.Add(q);
                        Assert.Equal(expected, viaForeach);
                        patterns++;
                        if (expected.Count > 0) nonEmpty++;
                    }
        Assert.Equal(5 * 4 * 6 * 4, patterns);
        Assert.True(nonEmpty > patterns / 3);
    }

    [Fact]
    public void Add_is_idempotent_and_counts_distinct_quads()
    {
        var data = Data();
        var store = Load(data.Concat(data));
        Assert.Equal(data.Count, store.Count);
        Assert.False(store.Add(data[0]));
        Assert.True(store.Contains(data[0]));
        Assert.False(store.Contains(data[0] with { Graph = new UriNode("http://ex/elsewhere") }));
    }

    [Fact]
    public void Remove_takes_a_quad_out_of_every_index()
    {
        var data = Data();
        var store = Load(data);
        var victim = data.First(q => q.Graph is not null && q.Object is LiteralNode);
        long version = store.Version;
        Assert.True(store.Remove(victim));
        Assert.False(store.Remove(victim));
        Assert.False(store.Remove(new Quad(new UriNode("http://ex/never"), victim.Predicate, victim.Object)));
        Assert.True(store.Version > version);
        Assert.Equal(data.Count - 1, store.Count);
        Assert.False(store.Contains(victim));
        var selector = GraphSelector.Named(victim.Graph!);
        Assert.DoesNotContain(victim, store.Match(victim.Subject, null, null, selector));
        Assert.DoesNotContain(victim, store.Match(null, victim.Predicate, victim.Object, selector));
        Assert.DoesNotContain(victim, store.Match(null, null, victim.Object, GraphSelector.All));
        Assert.DoesNotContain(victim, store.Match(null, null, null, GraphSelector.All));
        Assert.True(store.Add(victim));
        Assert.Contains(victim, store.Match(victim.Subject, victim.Predicate, victim.Object, selector));
    }

    [Fact]
    public void ClearGraph_empties_one_graph_only()
    {
        var data = Data();
        var store = Load(data);
        var g1 = new UriNode("http://ex/g1");
        store.ClearGraph(g1);
        Assert.Empty(store.Match(null, null, null, GraphSelector.Named(g1)));
        Assert.Equal(data.Count(q => !Equals(q.Graph, g1)), store.Count);
        Assert.Equal([new BlankNode("g2")], store.GraphNames);

        store.ClearGraph(null);
        Assert.Empty(store.Match(null, null, null, GraphSelector.Default));
        Assert.Equal(data.Count(q => q.Graph is BlankNode), store.Count);

        store.ClearGraph(new UriNode("http://ex/never-seen"));
        Assert.Equal(data.Count(q => q.Graph is BlankNode), store.Count);
    }

    [Fact]
    public void After_ClearGraph_and_Remove_every_index_agrees_with_the_remaining_quads()
    {
        var data = Data();
        var store = Load(data);
        var g1 = new UriNode("http://ex/g1");
        store.ClearGraph(g1);
        data.RemoveAll(q => Equals(q.Graph, g1));
        foreach (var q in data.Where((_, i) => i % 4 == 0).ToList())
        {
            Assert.True(store.Remove(q));
            data.Remove(q);
        }
        foreach (var s in WithWildcard(Subjects))
            foreach (var p in WithWildcard(Predicates))
                foreach (var o in WithWildcard(Objects))
                {
                    var expected = data.Where(q => (s is null || q.Subject.Equals(s)) && (p is null || q.Predicate.Equals(p))
                        && (o is null || q.Object.Equals(o))).OrderBy(q => q, NodeComparer.Instance);
                    var actual = store.Match(s, p, o, GraphSelector.All).OrderBy(q => q, NodeComparer.Instance);
                    Assert.Equal(expected, actual);
                }
        // Cleared graphs can be filled again.
        var back = new Quad(Subjects[0], Predicates[0], Objects[0], g1);
        Assert.True(store.Add(back));
        Assert.Equal([back], store.Match(null, null, null, GraphSelector.Named(g1)));
    }

    [Fact]
    public void RemoveRange_removes_only_present_quads_and_keeps_the_indexes_consistent()
    {
        var data = Data();
        var store = Load(data);
        var victims = data.Where((_, i) => i % 3 == 0).ToList();
        var absent = new Quad(new UriNode("http://ex/never"), Predicates[0], Objects[0]);
        long version = store.Version;
        Assert.Equal(victims.Count, store.RemoveRange(victims.Append(absent).Append(victims[0])));
        Assert.True(store.Version > version);
        Assert.Equal(0, store.RemoveRange(victims));
        var left = data.Except(victims).OrderBy(q => q, NodeComparer.Instance).ToList();
        Assert.Equal(left, store.Match(null, null, null, GraphSelector.All).OrderBy(q => q, NodeComparer.Instance));
        foreach (var q in left)
        {
            Assert.Contains(q, store.Match(q.Subject, null, null, GraphSelector.All));
            Assert.Contains(q, store.Match(null, q.Predicate, q.Object, GraphSelector.All));
            Assert.Contains(q, store.Match(null, null, q.Object, GraphSelector.All));
        }
        foreach (var q in victims)
        {
            Assert.DoesNotContain(q, store.Match(q.Subject, null, null, GraphSelector.All));
            Assert.DoesNotContain(q, store.Match(null, q.Predicate, q.Object, GraphSelector.All));
            Assert.DoesNotContain(q, store.Match(null, null, q.Object, GraphSelector.All));
            Assert.DoesNotContain(q, store.Match(null, null, null, q.Graph is null ? GraphSelector.Default : GraphSelector.Named(q.Graph)));
        }
    }

    [Fact]
    public void GraphNames_are_sorted_and_skip_the_default_graph()
    {
        var store = Load(Data());
        Assert.Equal([new BlankNode("g2"), new UriNode("http://ex/g1")], store.GraphNames);
    }

    [Fact]
    public void Graph_views_read_and_write_through_to_the_store()
    {
        var store = Load(Data());
        var g1 = new UriNode("http://ex/g1");
        var view = store.Graph(g1);
        Assert.Equal(g1, view.Name);
        long before = view.Count;
        var t = new Triple(new UriNode("http://ex/new"), new UriNode("http://ex/p1"), new LiteralNode("v"));
        Assert.True(view.Assert(t));
        Assert.True(view.Contains(t));
        Assert.False(store.DefaultGraph.Contains(t));
        Assert.Equal(before + 1, view.Count);
        Assert.Single(view.GetTriples(t.Subject, null, null));
        Assert.Contains(t, view);
        Assert.True(view.Retract(t));
        Assert.Equal(before, view.Count);
        Assert.Equal(Data().Count(q => q.Graph is null), store.DefaultGraph.Count);
    }
}
