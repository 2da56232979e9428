using KnowledgeGraph.Rdf;
using Xunit;
using static KnowledgeGraph.Sparql.Tests.Evaluation.EvaluationFixture;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

public class UpdateTests
{
    private const string Prologue = "PREFIX ex: <http://example.org/>\n";

    [Fact]
    public void DeleteInsertEvaluatesWhereBeforeChangingTheStore()
    {
        var store = Store("ex:a ex:next ex:b . ex:b ex:next ex:c .");
        // If the store changed while WHERE ran, the inserted ex:next triples would be matched again.
        new SparqlQueryProcessor(store).Update(Prologue + "DELETE { ?x ex:next ?y } INSERT { ?y ex:next ?x } WHERE { ?x ex:next ?y }", new SparqlQueryOptions());
        var rows = Select(store, "SELECT ?x ?y WHERE { ?x ex:next ?y } ORDER BY ?x");
        Assert.Equal(new[] { "x=<http://example.org/b> y=<http://example.org/a>", "x=<http://example.org/c> y=<http://example.org/b>" }, rows);
    }

    [Fact]
    public void WithUsingAndGraphManagement()
    {
        var store = Store("ex:g1 { ex:a ex:p 1 . } ex:g2 { ex:a ex:p 2 . }");
        var p = new SparqlQueryProcessor(store);
        p.Update(Prologue + "WITH ex:g1 INSERT { ?s ex:q ?o } WHERE { ?s ex:p ?o }", new SparqlQueryOptions());
        Assert.Single(Select(store, "SELECT * WHERE { GRAPH ex:g1 { ?s ex:q ?o } }"));
        p.Update(Prologue + "INSERT { GRAPH ex:g3 { ?s ex:r ?o } } USING ex:g2 WHERE { ?s ex:p ?o }", new SparqlQueryOptions());
        Assert.Equal(new[] { "o=\"2\"^^<http://www.w3.org/2001/XMLSchema#integer>" }, Select(store, "SELECT ?o WHERE { GRAPH ex:g3 { ?s ex:r ?o } }"));
        p.Update(Prologue + "COPY ex:g1 TO ex:g2 ; MOVE ex:g3 TO DEFAULT ; DROP GRAPH ex:g1", new SparqlQueryOptions());
        Assert.Equal(new[] { "g=<http://example.org/g2>" }, Select(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"));
        Assert.Single(Select(store, "SELECT * WHERE { ?s ex:r ?o }"));
        p.Update("CLEAR ALL", new SparqlQueryOptions());
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void InsertDataBlankNodesAreFreshAndDeleteDataRemoves()
    {
        var store = Store("_:x ex:p 1 .");
        var p = new SparqlQueryProcessor(store);
        p.Update(Prologue + "INSERT DATA { _:x ex:p 2 . ex:a ex:p 3 }", new SparqlQueryOptions());
        Assert.Equal(2, Select(store, "SELECT DISTINCT ?s WHERE { ?s ex:p ?o FILTER(isBlank(?s)) }").Count);
        p.Update(Prologue + "DELETE DATA { ex:a ex:p 3 }", new SparqlQueryOptions());
        Assert.Equal(2, store.Count);
    }

    [Fact]
    public void LoadGoesThroughTheResolverOnly()
    {
        var file = Path.Combine(Path.GetTempPath(), $"kg-load-{Guid.NewGuid():N}.ttl");
        File.WriteAllText(file, "<http://example.org/s> <http://example.org/p> \"loaded\" .");
        try
        {
            var store = new MemoryStore();
            var p = new SparqlQueryProcessor(store);
            var options = new SparqlQueryOptions(LoadResolver: iri => iri == "http://example.org/data" ? file : null);
            p.Update("LOAD <http://example.org/data> INTO GRAPH <http://example.org/g>", options);
            Assert.Equal(1, store.Count);
            var refused = Assert.Throws<SparqlException>(() => p.Update("LOAD <http://example.org/other>", options));
            Assert.Contains("http://example.org/other", refused.Message);
            p.Update("LOAD SILENT <http://example.org/other>", options);
            Assert.Equal(1, store.Count);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
