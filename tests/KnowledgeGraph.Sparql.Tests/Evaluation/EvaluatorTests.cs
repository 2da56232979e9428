using KnowledgeGraph.Rdf;
using Xunit;
using static KnowledgeGraph.Sparql.Tests.Evaluation.EvaluationFixture;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

public class EvaluatorTests
{
    private static readonly MemoryStore People = Store("""
        ex:alice a ex:Person ; rdfs:label "Alice"@fr ; ex:knows ex:bob ; ex:age 30 ; ex:born "1990-05-01"^^xsd:date .
        ex:bob a ex:Person ; rdfs:label "Bob"@fr ; ex:knows ex:carol ; ex:age 25 .
        ex:carol a ex:Person ; rdfs:label "Éloïse"@fr ; ex:knows ex:alice .
        ex:dave a ex:Person ; ex:age 40 .
        ex:g1 { ex:alice ex:met ex:bob . }
        ex:g2 { ex:bob ex:met ex:carol . ex:alice ex:met ex:bob . }
        """);

    [Fact]
    public void BgpJoinsOnSharedVariables()
    {
        var rows = Select(People, "SELECT ?a ?c WHERE { ?a ex:knows ?b . ?b ex:knows ?c } ORDER BY ?a");
        Assert.Equal(new[]
        {
            "a=<http://example.org/alice> c=<http://example.org/carol>",
            "a=<http://example.org/bob> c=<http://example.org/alice>",
            "a=<http://example.org/carol> c=<http://example.org/bob>",
        }, rows);
    }

    [Fact]
    public void OptionalKeepsUnmatchedAndFiltersInsideOptionalSeeBothSides()
    {
        var rows = Select(People, "SELECT ?p ?l WHERE { ?p a ex:Person OPTIONAL { ?p rdfs:label ?l FILTER(?l != \"Bob\"@fr) } } ORDER BY ?p");
        Assert.Equal(4, rows.Count);
        Assert.Contains("p=<http://example.org/bob> l=-", rows);
        Assert.Contains("p=<http://example.org/dave> l=-", rows);
        Assert.Contains("p=<http://example.org/carol> l=\"Éloïse\"@fr", rows);
    }

    [Fact]
    public void FilterScopeIsTheGroupNotTheOuterQuery()
    {
        // ?x is not in scope inside the inner group, so the filter there sees it unbound and removes everything.
        var rows = Select(People, "SELECT ?p WHERE { ?p ex:age ?x . { ?p a ex:Person FILTER(bound(?x)) } }");
        Assert.Empty(rows);
    }

    [Fact]
    public void AggregatesGroupAndHaving()
    {
        var rows = Select(People, "SELECT (COUNT(?p) AS ?n) (SUM(?a) AS ?s) (AVG(?a) AS ?avg) (MIN(?a) AS ?min) WHERE { ?p ex:age ?a }");
        Assert.Equal(new[] { "n=\"3\"^^<http://www.w3.org/2001/XMLSchema#integer> s=\"95\"^^<http://www.w3.org/2001/XMLSchema#integer> avg=\"31.666666666666666666666666667\"^^<http://www.w3.org/2001/XMLSchema#decimal> min=\"25\"^^<http://www.w3.org/2001/XMLSchema#integer>" }, rows);
        var having = Select(People, "SELECT ?p (COUNT(?o) AS ?n) WHERE { ?p ?x ?o } GROUP BY ?p HAVING (COUNT(?o) >= 5) ORDER BY ?p");
        Assert.Equal(new[] { "p=<http://example.org/alice> n=\"5\"^^<http://www.w3.org/2001/XMLSchema#integer>" }, having);
    }

    [Fact]
    public void CountOfEmptyGroupIsZero()
    {
        var rows = Select(People, "SELECT (COUNT(*) AS ?n) WHERE { ?p ex:unknown ?o }");
        Assert.Equal(new[] { "n=\"0\"^^<http://www.w3.org/2001/XMLSchema#integer>" }, rows);
    }

    [Fact]
    public void PathsHaveDistinctEndpointsAndZeroLength()
    {
        var plus = Select(People, "SELECT ?x WHERE { ex:alice ex:knows+ ?x } ORDER BY ?x");
        Assert.Equal(3, plus.Count);
        var star = Select(People, "SELECT ?x WHERE { ex:dave ex:knows* ?x }");
        Assert.Equal(new[] { "x=<http://example.org/dave>" }, star);
        var inverse = Select(People, "SELECT ?x WHERE { ex:alice ^ex:knows ?x }");
        Assert.Equal(new[] { "x=<http://example.org/carol>" }, inverse);
        var zeroConst = Select(People, "SELECT * WHERE { ex:nowhere ex:knows* ex:nowhere }");
        Assert.Single(zeroConst);
        var neg = Select(People, "SELECT ?o WHERE { ex:bob !(ex:knows|ex:age|rdfs:label) ?o }");
        Assert.Equal(new[] { "o=<http://example.org/Person>" }, neg);
    }

    [Fact]
    public void NotExistsAndMinus()
    {
        var notExists = Select(People, "SELECT ?p WHERE { ?p a ex:Person FILTER NOT EXISTS { ?p rdfs:label ?l } }");
        Assert.Equal(new[] { "p=<http://example.org/dave>" }, notExists);
        var minus = Select(People, "SELECT ?p WHERE { ?p a ex:Person MINUS { ?p ex:age ?a } }");
        Assert.Equal(new[] { "p=<http://example.org/carol>" }, minus);
    }

    [Fact]
    public void GraphVariableIteratesNamedGraphs()
    {
        var rows = Select(People, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ex:met ?o } } GROUP BY ?g ORDER BY ?g");
        Assert.Equal(new[]
        {
            "g=<http://example.org/g1> n=\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>",
            "g=<http://example.org/g2> n=\"2\"^^<http://www.w3.org/2001/XMLSchema#integer>",
        }, rows);
        // The default graph holds no ex:met triple, but the union default graph holds two distinct ones.
        Assert.Empty(Select(People, "SELECT * WHERE { ?s ex:met ?o }"));
        Assert.Equal(2, Select(People, "SELECT * WHERE { ?s ex:met ?o }", new SparqlQueryOptions(UnionDefaultGraph: true)).Count);
        Assert.Single(Select(People, "SELECT * FROM <http://example.org/g1> WHERE { ?s ex:met ?o }"));
    }

    [Fact]
    public void BindValuesSubqueryAndOrderByDesc()
    {
        var rows = Select(People, """
            SELECT ?p ?double WHERE {
              VALUES ?p { ex:alice ex:bob }
              { SELECT ?p ?a WHERE { ?p ex:age ?a } }
              BIND(?a * 2 AS ?double)
            } ORDER BY DESC(?double)
            """);
        Assert.Equal(new[]
        {
            "p=<http://example.org/alice> double=\"60\"^^<http://www.w3.org/2001/XMLSchema#integer>",
            "p=<http://example.org/bob> double=\"50\"^^<http://www.w3.org/2001/XMLSchema#integer>",
        }, rows);
    }

    [Fact]
    public void ConstructMakesFreshBlankNodesPerSolutionAndDropsUnbound()
    {
        var result = new SparqlQueryProcessor(People).Query(
            "PREFIX ex: <http://example.org/> CONSTRUCT { _:n ex:of ?p ; ex:age ?a } WHERE { ?p a ex:Person OPTIONAL { ?p ex:age ?a } }",
            new SparqlQueryOptions());
        var triples = result.Triples.ToList();
        Assert.Equal(4, triples.Count(t => ((IUriNode)t.Predicate).Iri.EndsWith("of")));
        Assert.Equal(3, triples.Count(t => ((IUriNode)t.Predicate).Iri.EndsWith("age")));
        Assert.Equal(4, triples.Select(t => t.Subject).Distinct().Count());
    }

    [Fact]
    public void AskAndDescribe()
    {
        var p = new SparqlQueryProcessor(People);
        Assert.True(p.Query("ASK { <http://example.org/alice> ?p ?o }", new SparqlQueryOptions()).Boolean);
        Assert.False(p.Query("ASK { <http://example.org/nobody> ?p ?o }", new SparqlQueryOptions()).Boolean);
        var described = p.Query("DESCRIBE <http://example.org/bob>", new SparqlQueryOptions()).Triples.ToList();
        Assert.Equal(4, described.Count);
    }

    [Fact]
    public void DateComparisonAndAccentedStrings()
    {
        Assert.Single(Select(People, "SELECT ?p WHERE { ?p ex:born ?d FILTER(?d < \"2000-01-01\"^^xsd:date) }"));
        Assert.Single(Select(People, "SELECT ?p WHERE { ?p rdfs:label ?l FILTER(STRSTARTS(LCASE(STR(?l)), \"élo\")) }"));
    }
}
