using KnowledgeGraph.Rdf;
using Xunit;
using static KnowledgeGraph.Sparql.Tests.Evaluation.EvaluationFixture;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>FILTERs over a BGP checked inside the BGP's loop (and memoised per term) answer as a filter after the join would.</summary>
public class FilterPushdownTests
{
    private static readonly MemoryStore Articles = Store("""
        ex:a1 ex:published "2023-03-05"^^xsd:date ; ex:publisher ex:o1 .
        ex:a2 ex:published "2023-03-05"^^xsd:date ; ex:publisher ex:o2 .
        ex:a3 ex:published "2023-04-01"^^xsd:date ; ex:publisher ex:o1 .
        ex:a4 ex:published "2023-02-28"^^xsd:date ; ex:publisher ex:o2 .
        ex:a5 ex:published "2023-03-31"^^xsd:date .
        ex:a6 ex:published "not a date" ; ex:publisher ex:o1 .
        ex:o1 ex:name "Un" .
        ex:o2 ex:name "Deux" .
        """);

    [Fact]
    public void DateRangeOverATwoPatternBgpKeepsExactlyTheRowsInRange()
    {
        var rows = Select(Articles, """
            SELECT ?a ?o WHERE { ?a ex:published ?d ; ex:publisher ?o .
              FILTER(?d >= "2023-03-01"^^xsd:date && ?d < "2023-04-01"^^xsd:date) } ORDER BY ?a
            """);
        Assert.Equal(new[] { "a=<http://example.org/a1> o=<http://example.org/o1>", "a=<http://example.org/a2> o=<http://example.org/o2>" }, rows);
    }

    [Fact]
    public void ConjunctsOverTwoVariablesAndOverAVariableTheBgpNeverBinds()
    {
        var joined = Select(Articles, """
            SELECT ?a WHERE { ?a ex:publisher ?o . ?o ex:name ?n . ?a ex:published ?d
              FILTER(?n = "Un" && STR(?d) != "not a date" && CONCAT(STR(?a), ?n) != "") } ORDER BY ?a
            """);
        Assert.Equal(new[] { "a=<http://example.org/a1>", "a=<http://example.org/a3>" }, joined);
        // ?unused is unbound in every row: BOUND is false there, !BOUND true, as for a filter after the join.
        Assert.Empty(Select(Articles, "SELECT ?a WHERE { ?a ex:publisher ?o FILTER(?o = ex:o1 && BOUND(?unused)) }"));
        Assert.Equal(3, Select(Articles, "SELECT ?a WHERE { ?a ex:publisher ?o FILTER(?o = ex:o1 && !BOUND(?unused)) }").Count);
    }

    [Fact]
    public void ErrorsInAConjunctDropTheRowOnlyWhenTheFilterWouldBeFalseOrError()
    {
        // ?d < date is an error for the plain literal; error || true is true, so a6 stays.
        var rows = Select(Articles, """
            SELECT ?a WHERE { ?a ex:published ?d ; ex:publisher ?o FILTER(?d < "2023-03-01"^^xsd:date || ?o = ex:o1) } ORDER BY ?a
            """);
        Assert.Equal(new[] { "a=<http://example.org/a1>", "a=<http://example.org/a3>", "a=<http://example.org/a4>", "a=<http://example.org/a6>" }, rows);
    }
}
