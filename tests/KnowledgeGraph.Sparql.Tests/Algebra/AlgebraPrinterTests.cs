using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Syntax;
using Xunit;

namespace KnowledgeGraph.Sparql.Tests.Algebra;

public class AlgebraPrinterTests
{
    [Fact]
    public void Prints_the_sse_form_jena_uses()
    {
        var q = SparqlParser.ParseQuery(
            "PREFIX x: <http://example.org/ns#> SELECT ?t ?p { ?b x:title ?t OPTIONAL { ?b x:price ?p FILTER(?p < 10) } } LIMIT 2");

        var text = AlgebraPrinter.Print(q.Algebra);

        Assert.Equal(
            "(slice _ 2\n" +
            "  (project (?t ?p)\n" +
            "    (leftjoin\n" +
            "      (bgp\n" +
            "        (triple ?b <http://example.org/ns#title> ?t))\n" +
            "      (bgp\n" +
            "        (triple ?b <http://example.org/ns#price> ?p))\n" +
            "      (< ?p 10))))", text);
    }

    [Fact]
    public void Prints_groups_paths_and_blank_node_variables()
    {
        var q = SparqlParser.ParseQuery(
            "SELECT (COUNT(DISTINCT ?o) AS ?n) { _:s <http://e/p>+ ?o } GROUP BY ?o");

        var text = AlgebraPrinter.Print(q.Algebra);

        Assert.Contains("(group (?o) ((?.agg1 (count distinct ?o)))", text);
        Assert.Contains("(path ??s (path+ <http://e/p>) ?o)", text);
        Assert.Contains("(extend ((?n ?.agg1))", text);
    }
}
