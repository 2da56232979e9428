using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Optimization;
using KnowledgeGraph.Sparql.Syntax;
using Xunit;

namespace KnowledgeGraph.Sparql.Tests.Algebra;

public class OptimizerTests
{
    private const string Prefix = "PREFIX ex: <http://example.org/> ";

    private static AlgebraNode Where(string pattern) => ((Project)SparqlParser.ParseQuery(Prefix + "SELECT * " + pattern).Algebra).Inner;

    private static TermItem Iri(string local) => new(new UriNode("http://example.org/" + local));

    /// <summary>Estimates by predicate IRI from a fixed table; 1000 for anything else.</summary>
    private sealed class TableEstimator(Dictionary<string, long> byPredicate) : ICardinalityEstimator
    {
        public List<PatternItem?> GraphsSeen { get; } = new();

        public long Estimate(TriplePattern pattern, PatternItem? graph)
        {
            GraphsSeen.Add(graph);
            return pattern.Predicate is TermItem { Node: UriNode u } && byPredicate.TryGetValue(u.Iri, out var n) ? n : 1000;
        }
    }

    [Fact]
    public void Adjacent_bgps_merge_into_one()
    {
        var before = Where("{ { ?s ex:p ?o } { ?o ex:q ?z } }");
        Assert.IsType<Join>(before);

        var after = new MergeAdjacentBgps().Rewrite(before);

        var bgp = Assert.IsType<Bgp>(after);
        Assert.Equal(2, bgp.Patterns.Count);
    }

    [Fact]
    public void Bgps_separated_by_optional_do_not_merge()
    {
        var before = Where("{ ?s ex:p ?o OPTIONAL { ?o ex:q ?z } }");
        Assert.Equal(before, new MergeAdjacentBgps().Rewrite(before));
    }

    [Fact]
    public void Filter_moves_into_the_join_side_that_binds_its_variables()
    {
        var before = Where("{ { ?s ex:p ?o } { SELECT ?z { ?z ex:q ?w } } FILTER(?o > 3 && ?z != ex:x) }");
        var filter = Assert.IsType<Filter>(before);
        Assert.IsType<Join>(filter.Inner);

        var after = new FilterPushdown().Rewrite(before);

        var join = Assert.IsType<Join>(after);
        var left = Assert.IsType<Filter>(join.Left);
        Assert.Equal(BinaryOperator.Greater, Assert.IsType<BinaryExpression>(left.Condition).Operator);
        Assert.IsType<Bgp>(left.Inner);
        var right = Assert.IsType<Filter>(join.Right);
        Assert.Equal(BinaryOperator.NotEqual, Assert.IsType<BinaryExpression>(right.Condition).Operator);
    }

    [Fact]
    public void Filter_on_an_optional_variable_stays_above_the_leftjoin()
    {
        var before = Where("{ ?s ex:p ?o OPTIONAL { ?s ex:q ?z } FILTER(!BOUND(?z)) }");

        var after = new FilterPushdown().Rewrite(before);

        Assert.Equal(before, after);
    }

    [Fact]
    public void Filter_on_left_variables_moves_below_the_leftjoin()
    {
        var before = Where("{ ?s ex:p ?o OPTIONAL { ?s ex:q ?z } FILTER(?o = 1) }");

        var after = new FilterPushdown().Rewrite(before);

        var lj = Assert.IsType<LeftJoin>(after);
        Assert.IsType<Filter>(lj.Left);
    }

    [Fact]
    public void Filter_on_a_union_variable_bound_on_one_side_only_is_not_pushed()
    {
        var before = Where("{ { { ?s ex:p ?o } UNION { ?s ex:q ?z } } { ?s ex:r ?w } FILTER(?o = 1) }");

        var after = new FilterPushdown().Rewrite(before);

        Assert.IsType<Filter>(after);
    }

    [Fact]
    public void Bgp_ordering_puts_the_most_selective_pattern_first_and_follows_joins()
    {
        var bgp = Assert.IsType<Bgp>(Where("{ ?a ex:common ?b . ?c ex:other ?d . ?b ex:rare ?c }"));
        var estimator = new TableEstimator(new()
        {
            ["http://example.org/common"] = 10_000,
            ["http://example.org/rare"] = 5,
            ["http://example.org/other"] = 50_000,
        });

        var ordered = Assert.IsType<Bgp>(new BgpSelectivityOrdering(estimator).Rewrite(bgp));

        Assert.Equal(new[] { Iri("rare"), Iri("common"), Iri("other") }, ordered.Patterns.Select(p => p.Predicate));
        Assert.Equal(bgp.Patterns.OrderBy(p => p.ToString()), ordered.Patterns.OrderBy(p => p.ToString()));
    }

    [Fact]
    public void Bgp_ordering_passes_the_active_graph_to_the_estimator()
    {
        var node = Where("{ GRAPH ex:g { ?a ex:p ?b . ?b ex:q ?c } }");
        var estimator = new TableEstimator(new());

        new BgpSelectivityOrdering(estimator).Rewrite(node);

        Assert.All(estimator.GraphsSeen, g => Assert.Equal(Iri("g"), g));
        Assert.Equal(2, estimator.GraphsSeen.Count);
    }

    [Fact]
    public void Constant_arithmetic_and_comparisons_fold()
    {
        var folded = ConstantFolding.Fold(SparqlExpression("(1 + 2) * 3 = 9 && !false"));
        Assert.Equal(new ConstantExpression(LiteralNode.Typed("true", Vocabulary.XsdBoolean)), folded);
    }

    [Fact]
    public void Expressions_that_may_fail_are_not_folded()
    {
        var division = SparqlExpression("1 / 0");
        Assert.Equal(division, ConstantFolding.Fold(division));
        var withVariable = SparqlExpression("?x + (2 * 3)");
        var folded = Assert.IsType<BinaryExpression>(ConstantFolding.Fold(withVariable));
        Assert.Equal(new ConstantExpression(LiteralNode.Typed("6", Vocabulary.XsdInteger)), folded.Right);
    }

    [Fact]
    public void Always_true_filter_disappears_and_always_false_filter_empties()
    {
        Assert.IsType<Bgp>(new ConstantFolding().Rewrite(Where("{ ?s ?p ?o FILTER(1 < 2) }")));
        Assert.Equal(Table.Empty, new ConstantFolding().Rewrite(Where("{ ?s ?p ?o FILTER(2 < 1) }")));
    }

    [Fact]
    public void Optimizer_runs_all_rewrites_and_keeps_the_query_shape()
    {
        var query = SparqlParser.ParseQuery(Prefix + "SELECT ?a { { ?a ex:common ?b } { ?b ex:rare ?c } FILTER(?c = 1 + 1) }");
        var estimator = new TableEstimator(new() { ["http://example.org/common"] = 900, ["http://example.org/rare"] = 3 });

        var optimized = new AlgebraOptimizer(estimator).Optimize(query);

        var project = Assert.IsType<Project>(optimized.Algebra);
        var filter = Assert.IsType<Filter>(project.Inner);
        Assert.Equal(new ConstantExpression(LiteralNode.Typed("2", Vocabulary.XsdInteger)), Assert.IsType<BinaryExpression>(filter.Condition).Right);
        var bgp = Assert.IsType<Bgp>(filter.Inner);
        Assert.Equal(Iri("rare"), bgp.Patterns[0].Predicate);
        Assert.Equal(query.Variables, optimized.Variables);
    }

    private static Expression SparqlExpression(string text)
    {
        var filter = Assert.IsType<Filter>(Where("{ FILTER(" + text + ") }"));
        return filter.Condition;
    }
}
