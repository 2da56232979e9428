using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Syntax;
using Xunit;

namespace KnowledgeGraph.Sparql.Tests.Syntax;

public class QueryParserTests
{
    private const string Ex = "http://example.org/";

    private static TermItem Iri(string local) => new(new UriNode(Ex + local));

    private static Variable V(string name) => new(name);

    private static AlgebraNode Where(Query q) => ((Project)q.Algebra).Inner;

    [Fact]
    public void Prefixed_names_expand_into_a_projected_bgp()
    {
        var q = SparqlParser.ParseQuery("PREFIX ex: <http://example.org/> SELECT ?s WHERE { ?s ex:p ex:o }");

        Assert.Equal(QueryForm.Select, q.Form);
        Assert.Equal(new[] { "s" }, q.Variables);
        var expected = new Project(new Bgp(new[] { new TriplePattern(V("s"), Iri("p"), Iri("o")) }), new[] { "s" });
        Assert.Equal(expected, q.Algebra);
    }

    [Fact]
    public void Unknown_prefix_is_reported_with_its_position()
    {
        var ex = Assert.Throws<SparqlSyntaxException>(() =>
            SparqlParser.ParseQuery("PREFIX ex: <http://example.org/>\nSELECT *\nWHERE { ?s foaf:name ?n }"));

        Assert.Contains("unknown prefix 'foaf:'", ex.Message);
        Assert.Equal(3, ex.Line);
        Assert.Equal(12, ex.Column);
    }

    [Fact]
    public void Syntax_error_says_what_was_expected()
    {
        var ex = Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseQuery("SELECT ?s WHERE { ?s ?p }"));
        Assert.Contains("expected", ex.Detail);
        Assert.Equal(1, ex.Line);
        Assert.Equal(25, ex.Column);
    }

    [Fact]
    public void Optional_with_top_level_filter_becomes_a_leftjoin_condition()
    {
        var q = SparqlParser.ParseQuery(
            "PREFIX ex: <http://example.org/> SELECT * { ?s ex:p ?o OPTIONAL { ?s ex:q ?z FILTER(?z > 3) } }");

        var lj = Assert.IsType<LeftJoin>(Where(q));
        Assert.Equal(new Bgp(new[] { new TriplePattern(V("s"), Iri("p"), V("o")) }), lj.Left);
        Assert.Equal(new Bgp(new[] { new TriplePattern(V("s"), Iri("q"), V("z")) }), lj.Right);
        var cond = Assert.IsType<BinaryExpression>(lj.Condition);
        Assert.Equal(BinaryOperator.Greater, cond.Operator);
        Assert.Equal(new[] { "s", "o", "z" }, q.Variables);
    }

    [Fact]
    public void Filter_of_a_nested_group_inside_optional_stays_inside()
    {
        var q = SparqlParser.ParseQuery(
            "PREFIX ex: <http://example.org/> SELECT * { ?s ex:p ?t OPTIONAL { { ?s ex:q ?z FILTER(?t = 1) } } }");

        var lj = Assert.IsType<LeftJoin>(Where(q));
        Assert.Null(lj.Condition);
        Assert.IsType<Filter>(lj.Right);
    }

    [Fact]
    public void Filters_apply_to_the_whole_group_wherever_they_are_written()
    {
        var q = SparqlParser.ParseQuery(
            "PREFIX ex: <http://example.org/> SELECT * { FILTER(?a = 1) ?s ex:p ?a . FILTER(?s != ex:x) OPTIONAL { ?s ex:q ?b } }");

        var filter = Assert.IsType<Filter>(Where(q));
        Assert.IsType<LeftJoin>(filter.Inner);
        var and = Assert.IsType<BinaryExpression>(filter.Condition);
        Assert.Equal(BinaryOperator.And, and.Operator);
    }

    [Fact]
    public void Bind_extends_the_pattern_before_it()
    {
        var q = SparqlParser.ParseQuery("SELECT * { ?s ?p ?o BIND(STR(?o) AS ?t) ?t ?q ?r }");

        var join = Assert.IsType<Join>(Where(q));
        var extend = Assert.IsType<Extend>(join.Left);
        Assert.Equal("t", extend.Variable);
        Assert.Equal(new BuiltInCall("STR", new Expression[] { new VariableExpression("o") }), extend.Expression);
    }

    [Fact]
    public void Bind_of_a_variable_already_in_scope_is_an_error()
    {
        var ex = Assert.Throws<SparqlSyntaxException>(() => SparqlParser.ParseQuery("SELECT * { ?s ?p ?o BIND(1 AS ?o) }"));
        Assert.Contains("?o", ex.Detail);
    }

    [Fact]
    public void Group_by_with_count_translates_to_group_extend_project()
    {
        var q = SparqlParser.ParseQuery("SELECT ?p (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p HAVING (COUNT(*) > 1) ORDER BY DESC(?n)");

        var project = Assert.IsType<Project>(q.Algebra);
        Assert.Equal(new[] { "p", "n" }, project.Variables);
        var order = Assert.IsType<OrderBy>(project.Inner);
        Assert.True(order.Conditions[0].Descending);
        var extend = Assert.IsType<Extend>(order.Inner);
        Assert.Equal("n", extend.Variable);
        var aggVar = Assert.IsType<VariableExpression>(extend.Expression).Name;
        var having = Assert.IsType<Filter>(extend.Inner);
        var group = Assert.IsType<global::KnowledgeGraph.Sparql.Algebra.Group>(having.Inner);
        var binding = Assert.Single(group.Aggregates);
        Assert.Equal(aggVar, binding.Variable);
        Assert.Equal(new AggregateExpression(AggregateFunction.Count, null, false), binding.Aggregate);
        Assert.Equal(new GroupKey(new VariableExpression("p"), null), Assert.Single(group.Keys));
        // HAVING reuses the same aggregate through its variable.
        var gt = Assert.IsType<BinaryExpression>(having.Condition);
        Assert.Equal(new VariableExpression(aggVar), gt.Left);
    }

    [Fact]
    public void Group_concat_keeps_its_separator_and_distinct()
    {
        var q = SparqlParser.ParseQuery("SELECT (GROUP_CONCAT(DISTINCT ?o; SEPARATOR=\", \") AS ?all) { ?s ?p ?o }");
        var group = FindFirst<global::KnowledgeGraph.Sparql.Algebra.Group>(q.Algebra);
        var agg = Assert.Single(group.Aggregates).Aggregate;
        Assert.Equal(AggregateFunction.GroupConcat, agg.Function);
        Assert.True(agg.Distinct);
        Assert.Equal(", ", agg.Separator);
        Assert.Empty(group.Keys);
    }

    [Fact]
    public void Projecting_an_ungrouped_variable_is_an_error()
    {
        var ex = Assert.Throws<SparqlSyntaxException>(() =>
            SparqlParser.ParseQuery("SELECT ?s (COUNT(?o) AS ?n) { ?s ?p ?o } GROUP BY ?p"));
        Assert.Contains("?s", ex.Detail);
    }

    [Fact]
    public void Aggregate_in_where_is_an_error()
    {
        var ex = Assert.Throws<SparqlSyntaxException>(() =>
            SparqlParser.ParseQuery("SELECT ?s { ?s ?p ?o FILTER(COUNT(?o) > 1) }"));
        Assert.Contains("COUNT", ex.Detail);
    }

    [Fact]
    public void Sequence_and_inverse_paths_become_triple_patterns()
    {
        var q = SparqlParser.ParseQuery("PREFIX ex: <http://example.org/> SELECT ?a ?c { ?a ex:p/^ex:q ?c }");

        var bgp = Assert.IsType<Bgp>(Where(q));
        Assert.Equal(2, bgp.Patterns.Count);
        var middle = Assert.IsType<Variable>(bgp.Patterns[0].Object);
        Assert.True(middle.IsBlankNodeVariable);
        Assert.Equal(new TriplePattern(V("a"), Iri("p"), middle), bgp.Patterns[0]);
        Assert.Equal(new TriplePattern(V("c"), Iri("q"), middle), bgp.Patterns[1]);
    }

    [Fact]
    public void Closure_alternative_and_negated_paths_stay_paths()
    {
        var q = SparqlParser.ParseQuery(
            "PREFIX ex: <http://example.org/> SELECT * { ?a (ex:p|ex:q)* ?b . ?b !(ex:r|^ex:s) ?c . ?c ex:t+ ?d . ?d ex:u? ?e }");

        var paths = FindAll<PathPattern>(Where(q)).ToList();
        Assert.Equal(4, paths.Count);
        Assert.Equal(new ZeroOrMorePath(new AlternativePath(new LinkPath(Ex + "p"), new LinkPath(Ex + "q"))), paths[0].Path);
        Assert.Equal(new NegatedPropertySet(new[] { Ex + "r" }, new[] { Ex + "s" }), paths[1].Path);
        Assert.Equal(new OneOrMorePath(new LinkPath(Ex + "t")), paths[2].Path);
        Assert.Equal(new ZeroOrOnePath(new LinkPath(Ex + "u")), paths[3].Path);
    }

    [Fact]
    public void Literals_of_every_form_get_their_datatypes()
    {
        var q = SparqlParser.ParseQuery(
            "SELECT * { ?s ?p 1, -2, 3.5, 1e3, true, \"x\"@fr, \"y\"^^<http://example.org/dt>, '''long\n''' }");

        var objects = Assert.IsType<Bgp>(Where(q)).Patterns.Select(tp => ((TermItem)tp.Object).Node).ToList();
        Assert.Equal(new INode[]
        {
            LiteralNode.Typed("1", Vocabulary.XsdInteger),
            LiteralNode.Typed("-2", Vocabulary.XsdInteger),
            LiteralNode.Typed("3.5", Vocabulary.XsdDecimal),
            LiteralNode.Typed("1e3", Vocabulary.XsdDouble),
            LiteralNode.Typed("true", Vocabulary.XsdBoolean),
            LiteralNode.LangTagged("x", "fr"),
            LiteralNode.Typed("y", Ex + "dt"),
            LiteralNode.Plain("long\n"),
        }, objects);
    }

    [Fact]
    public void Collections_and_blank_node_property_lists_expand_to_triples()
    {
        var q = SparqlParser.ParseQuery("PREFIX ex: <http://example.org/> SELECT ?x { ?x ex:list (1 [ ex:q ?y ]) }");

        var patterns = Assert.IsType<Bgp>(Where(q)).Patterns;
        Assert.Contains(patterns, tp => tp.Predicate == new TermItem(new UriNode(Vocabulary.RdfFirst)) && tp.Object == new TermItem(LiteralNode.Typed("1", Vocabulary.XsdInteger)));
        Assert.Contains(patterns, tp => tp.Object == new TermItem(new UriNode(Vocabulary.RdfNil)));
        Assert.Contains(patterns, tp => tp.Predicate == Iri("q") && tp.Object == V("y"));
        Assert.Equal(6, patterns.Count);
        Assert.Equal(new[] { "x" }, q.Variables);
    }

    [Fact]
    public void Select_star_hides_blank_node_variables()
    {
        var q = SparqlParser.ParseQuery("SELECT * { _:b ?p ?o . [] ?q ?o }");
        Assert.Equal(new[] { "p", "o", "q" }, q.Variables);
        Assert.True(q.SelectAll);
    }

    [Fact]
    public void Trailing_values_join_before_projection_and_slice_wraps_everything()
    {
        var q = SparqlParser.ParseQuery("SELECT DISTINCT ?s { ?s ?p ?o } LIMIT 5 OFFSET 2 VALUES ?o { 1 UNDEF }");

        var slice = Assert.IsType<Slice>(q.Algebra);
        Assert.Equal(2, slice.Offset);
        Assert.Equal(5, slice.Limit);
        var project = Assert.IsType<Project>(Assert.IsType<Distinct>(slice.Inner).Inner);
        var join = Assert.IsType<Join>(project.Inner);
        var table = Assert.IsType<Table>(join.Right);
        Assert.Equal(new[] { "o" }, table.Variables);
        Assert.Null(table.Rows[1][0]);
    }

    [Fact]
    public void Union_minus_graph_and_service_translate_to_their_operators()
    {
        var q = SparqlParser.ParseQuery(
            "SELECT * { { ?s ?p ?o } UNION { ?s ?q ?o } MINUS { ?s ?r 1 } GRAPH ?g { ?s ?p ?z } SERVICE SILENT <http://e/sparql> { ?z ?y ?w } }");

        var join = Assert.IsType<Join>(Where(q));
        Assert.IsType<Service>(join.Right);
        var inner = Assert.IsType<Join>(join.Left);
        Assert.IsType<global::KnowledgeGraph.Sparql.Algebra.Graph>(inner.Right);
        var minus = Assert.IsType<Minus>(inner.Left);
        Assert.IsType<Union>(minus.Left);
    }

    [Fact]
    public void Sub_select_projects_only_its_variables()
    {
        var q = SparqlParser.ParseQuery("SELECT * { ?s ?p ?o { SELECT ?s (MAX(?v) AS ?m) { ?s ?w ?v } GROUP BY ?s } }");
        Assert.Equal(new[] { "s", "p", "o", "m" }, q.Variables);
        var join = Assert.IsType<Join>(Where(q));
        Assert.IsType<Project>(join.Right);
    }

    [Fact]
    public void Exists_carries_its_pattern_as_algebra()
    {
        var q = SparqlParser.ParseQuery("SELECT * { ?s ?p ?o FILTER NOT EXISTS { ?o ?q ?s } }");
        var filter = Assert.IsType<Filter>(Where(q));
        var exists = Assert.IsType<ExistsExpression>(filter.Condition);
        Assert.True(exists.Negated);
        Assert.IsType<Bgp>(exists.Pattern);
    }

    [Fact]
    public void In_and_function_calls_parse_with_iri_functions()
    {
        var q = SparqlParser.ParseQuery(
            "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT * { ?s ?p ?o FILTER(xsd:integer(?o) NOT IN (1, 2) && REGEX(?s, \"a\", \"i\")) }");
        var and = Assert.IsType<BinaryExpression>(Assert.IsType<Filter>(Where(q)).Condition);
        var notIn = Assert.IsType<InExpression>(and.Left);
        Assert.True(notIn.Negated);
        Assert.Equal(new FunctionCall(Vocabulary.XsdInteger, new Expression[] { new VariableExpression("o") }), notIn.Operand);
        Assert.Equal("REGEX", Assert.IsType<BuiltInCall>(and.Right).Name);
    }

    [Fact]
    public void Operator_precedence_follows_the_grammar()
    {
        var q = SparqlParser.ParseQuery("SELECT * { ?s ?p ?o FILTER(?a + ?b * 2 = 7 || !?c) }");
        var or = Assert.IsType<BinaryExpression>(Assert.IsType<Filter>(Where(q)).Condition);
        Assert.Equal(BinaryOperator.Or, or.Operator);
        var eq = Assert.IsType<BinaryExpression>(or.Left);
        Assert.Equal(BinaryOperator.Equal, eq.Operator);
        var add = Assert.IsType<BinaryExpression>(eq.Left);
        Assert.Equal(BinaryOperator.Add, add.Operator);
        Assert.Equal(BinaryOperator.Multiply, Assert.IsType<BinaryExpression>(add.Right).Operator);
        Assert.Equal(UnaryOperator.Not, Assert.IsType<UnaryExpression>(or.Right).Operator);
    }

    [Fact]
    public void Relative_iris_resolve_against_base()
    {
        var q = SparqlParser.ParseQuery("BASE <http://example.org/a/b> SELECT * { <c> <../d> <#e> }");
        var tp = Assert.IsType<Bgp>(Where(q)).Patterns[0];
        Assert.Equal(new TermItem(new UriNode("http://example.org/a/c")), tp.Subject);
        Assert.Equal(new TermItem(new UriNode("http://example.org/d")), tp.Predicate);
        Assert.Equal(new TermItem(new UriNode("http://example.org/a/b#e")), tp.Object);
    }

    [Fact]
    public void Construct_where_uses_the_pattern_as_template()
    {
        var q = SparqlParser.ParseQuery("PREFIX ex: <http://example.org/> CONSTRUCT WHERE { ?s ex:p ?o }");
        Assert.Equal(QueryForm.Construct, q.Form);
        Assert.Equal(new[] { new TriplePattern(V("s"), Iri("p"), V("o")) }, q.ConstructTemplate!);
        Assert.IsType<Bgp>(q.Algebra);
    }

    [Fact]
    public void Construct_template_keeps_blank_nodes_as_terms()
    {
        var q = SparqlParser.ParseQuery("CONSTRUCT { _:x <http://e/p> ?o } FROM <http://e/g> WHERE { ?s ?p ?o }");
        var tp = Assert.Single(q.ConstructTemplate!);
        Assert.Equal(new TermItem(new BlankNode("x")), tp.Subject);
        Assert.Equal(new[] { "http://e/g" }, q.Dataset!.DefaultGraphs);
    }

    [Fact]
    public void Ask_and_describe_forms()
    {
        var ask = SparqlParser.ParseQuery("ASK { ?s ?p ?o }");
        Assert.Equal(QueryForm.Ask, ask.Form);
        var describe = SparqlParser.ParseQuery("DESCRIBE ?s <http://e/x> WHERE { ?s ?p ?o }");
        Assert.Equal(QueryForm.Describe, describe.Form);
        Assert.Equal(2, describe.DescribeTargets!.Count);
        Assert.Equal(new[] { "s" }, describe.Variables);
    }

    internal static T FindFirst<T>(AlgebraNode node) where T : AlgebraNode => FindAll<T>(node).First();

    internal static IEnumerable<T> FindAll<T>(AlgebraNode node) where T : AlgebraNode
    {
        if (node is T t) yield return t;
        IEnumerable<AlgebraNode> children = node switch
        {
            Join j => new[] { j.Left, j.Right },
            LeftJoin l => new[] { l.Left, l.Right },
            Union u => new[] { u.Left, u.Right },
            Minus m => new[] { m.Left, m.Right },
            Filter f => new[] { f.Inner },
            Extend e => new[] { e.Inner },
            global::KnowledgeGraph.Sparql.Algebra.Graph g => new[] { g.Inner },
            Service s => new[] { s.Inner },
            global::KnowledgeGraph.Sparql.Algebra.Group g => new[] { g.Inner },
            OrderBy o => new[] { o.Inner },
            Project p => new[] { p.Inner },
            Distinct d => new[] { d.Inner },
            Reduced r => new[] { r.Inner },
            Slice s => new[] { s.Inner },
            _ => Array.Empty<AlgebraNode>(),
        };
        foreach (var child in children)
            foreach (var found in FindAll<T>(child))
                yield return found;
    }
}
