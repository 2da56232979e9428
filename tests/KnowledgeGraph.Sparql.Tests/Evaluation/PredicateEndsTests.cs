using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Evaluation;
using Xunit;
using static KnowledgeGraph.Sparql.Tests.Evaluation.EvaluationFixture;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// The per-predicate subject/object bit sets (PredicateEnds) that replace index probes and anti-join hash sets: exact
/// sets, built only after enough probes, rebuilt after a change, and the same answers once a shared processor uses them
/// as before it did (answers computed from the generating rule of the data).
/// </summary>
public class PredicateEndsTests
{
    private const int N = 600;

    // Event i: labelled when i % 3 == 0; attended by person i % 50 when i % 4 == 0; with a status always.
    private static bool Labelled(int i) => i % 3 == 0;

    private static MemoryStore Events(bool labelsInNamedGraph = false)
    {
        var sb = new StringBuilder();
        var labels = new StringBuilder();
        for (int i = 0; i < N; i++)
        {
            sb.Append($"ex:e{i} a ex:Event ; ex:status ex:s{i % 3} .\n");
            if (Labelled(i)) labels.Append($"ex:e{i} rdfs:label \"event {i}\" .\n");
            if (i % 4 == 0) sb.Append($"ex:e{i} ex:attendee ex:p{i % 50} .\n");
        }
        for (int j = 0; j < 60; j++) sb.Append($"ex:p{j} a ex:Person .\n");
        return Store(sb + (labelsInNamedGraph ? "ex:g {\n" + labels + "}\n" : labels.ToString()));
    }

    private static int Id(MemoryStore store, string local) => store.Terms.Lookup(new UriNode("http://example.org/" + local));

    private static bool Has(ulong[] bits, int id) => (bits[id >> 6] & (1UL << (id & 63))) != 0;

    [Fact]
    public void BitsAreExactlyTheSubjectsAndObjectsOfThePredicate()
    {
        var store = Events();
        var ends = new PredicateEnds(store);
        int label = store.Terms.Lookup(new UriNode("http://www.w3.org/2000/01/rdf-schema#label"));
        int attendee = Id(store, "attendee");
        var subjects = ends.Bits(label, objectSide: false, buildNow: true)!;
        var attendees = ends.Bits(attendee, objectSide: true, buildNow: true)!;
        for (int i = 0; i < N; i++) Assert.Equal(Labelled(i), Has(subjects, Id(store, "e" + i)));
        // Persons 0..49 with j % 4 == 0 reachable as i % 50 for some i % 4 == 0 below N: exactly the even j multiples of 2.
        var expected = Enumerable.Range(0, N).Where(i => i % 4 == 0).Select(i => i % 50).ToHashSet();
        for (int j = 0; j < 60; j++) Assert.Equal(expected.Contains(j), Has(attendees, Id(store, "p" + j)));
        Assert.False(Has(subjects, attendee));
    }

    [Fact]
    public void BuiltOnlyAfterEnoughProbesAndAgainAfterAChange()
    {
        var store = Events();
        var ends = new PredicateEnds(store);
        int label = store.Terms.Lookup(new UriNode("http://www.w3.org/2000/01/rdf-schema#label"));
        for (int k = 1; k < PredicateEnds.BuildAfter; k++) Assert.Null(ends.Bits(label, objectSide: false));
        var bits = ends.Bits(label, objectSide: false);
        Assert.NotNull(bits);
        Assert.False(Has(bits!, Id(store, "e1")));
        store.Add(new Quad(new UriNode("http://example.org/e1"), new UriNode("http://www.w3.org/2000/01/rdf-schema#label"), new LiteralNode("one"), null));
        // The store's version moved: the old bits are dropped, and new ones say e1 now has a label.
        Assert.Null(ends.Bits(label, objectSide: false));
        Assert.True(Has(ends.Bits(label, objectSide: false, buildNow: true)!, Id(store, "e1")));
    }

    private static List<string> Run(SparqlQueryProcessor processor, string query)
    {
        var result = processor.Query("PREFIX ex: <http://example.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + query, new SparqlQueryOptions());
        return result.Solutions.Select(s => string.Join(" ", result.Variables.Select(v => v + "=" + s[v]?.ToNTriples()))).Order().ToList();
    }

    [Fact]
    public void ProbesGiveTheSameAnswersBeforeAndAfterTheBitsExist()
    {
        var processor = new SparqlQueryProcessor(Events());
        var expected = Enumerable.Range(0, N).Where(Labelled).Select(i => $"e=<http://example.org/e{i}>").Order().ToList();
        // The first run probes rdfs:label once per event (past BuildAfter: the bits are built during it); later runs use them.
        for (int run = 0; run < 3; run++)
            Assert.Equal(expected, Run(processor, "SELECT ?e WHERE { ?e a ex:Event ; ex:status ?s ; rdfs:label ?l }"));
        var notLabelled = Run(processor, "SELECT (COUNT(?e) AS ?n) WHERE { ?e a ex:Event FILTER NOT EXISTS { ?e rdfs:label ?l } }");
        Assert.Equal([$"n=\"{N - N / 3}\"^^<http://www.w3.org/2001/XMLSchema#integer>"], notLabelled);
        var withOptional = Run(processor, "SELECT ?e WHERE { ?e a ex:Event OPTIONAL { ?e rdfs:label ?l } FILTER(!BOUND(?l)) }");
        Assert.Equal(N - N / 3, withOptional.Count);
    }

    [Fact]
    public void AnAntiJoinOnOneGraphDoesNotReadTheWholeStoresBits()
    {
        // Labels are in the named graph ex:g only: in the default graph no event has one, whatever the bits (built over
        // every graph) say; in the union of all graphs a third of them do.
        var store = Events(labelsInNamedGraph: true);
        var processor = new SparqlQueryProcessor(store);
        const string query = "SELECT (COUNT(?e) AS ?n) WHERE { ?e a ex:Event FILTER NOT EXISTS { ?e rdfs:label ?l } }";
        for (int run = 0; run < 2; run++)
        {
            var own = processor.Query("PREFIX ex: <http://example.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + query, new SparqlQueryOptions());
            Assert.Equal(N.ToString(), ((ILiteralNode)own.Solutions.Single()["n"]!).Value);
            var union = processor.Query("PREFIX ex: <http://example.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + query,
                new SparqlQueryOptions(UnionDefaultGraph: true));
            Assert.Equal((N - N / 3).ToString(), ((ILiteralNode)union.Solutions.Single()["n"]!).Value);
        }
        var inGraph = Run(processor, "SELECT ?e WHERE { GRAPH ex:g { ?e rdfs:label ?l } ?e ex:status ?s }");
        Assert.Equal(N / 3, inGraph.Count);
    }

    [Fact]
    public void AnUpdateIsSeenByTheNextQuery()
    {
        var processor = new SparqlQueryProcessor(Events());
        const string query = "SELECT ?e WHERE { ?e a ex:Event ; ex:status ?s ; rdfs:label ?l }";
        for (int run = 0; run < 2; run++) Assert.Equal(N / 3, Run(processor, query).Count);
        processor.Update("PREFIX ex: <http://example.org/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> INSERT DATA { ex:e1 rdfs:label \"one\" }",
            new SparqlQueryOptions());
        Assert.Contains("e=<http://example.org/e1>", Run(processor, query));
    }
}
