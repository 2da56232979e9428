using System.Text;
using KnowledgeGraph.Rdf;
using Xunit;
using static KnowledgeGraph.Sparql.Tests.Evaluation.EvaluationFixture;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// What a processor keeps between queries stays bounded however many distinct queries a server answers: a few hundred
/// queries with a different constant each (a person, a date range) leave at most the estimate cache's bound and one
/// value index per predicate, and the answers stay right after the cache starts afresh.
/// </summary>
public class ProcessorMemoryTests
{
    private static MemoryStore People()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 400; i++)
            sb.Append($"ex:p{i} ex:knows ex:p{(i + 1) % 400} ; ex:born \"19{50 + i % 50}-01-0{1 + i % 9}\"^^xsd:date ; ex:age {i % 90} .\n");
        return Store(sb.ToString());
    }

    [Fact]
    public void CachesStayBoundedOverHundredsOfDistinctQueries()
    {
        var store = People();
        const int bound = 64;
        var processor = new SparqlQueryProcessor(store, estimateCacheEntries: bound);
        const string prefixes = "PREFIX ex: <http://example.org/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n";
        int maxEstimates = 0;
        for (int i = 0; i < 300; i++)
        {
            var knows = processor.Query(prefixes + $"SELECT ?b WHERE {{ ex:p{i} ex:knows ?x . ?x ex:knows ?b }}", new SparqlQueryOptions());
            Assert.Equal($"http://example.org/p{(i + 2) % 400}", ((IUriNode)knows.Solutions.Single()["b"]!).Iri);
            int year = 1950 + i % 50;
            var born = processor.Query(prefixes + $"SELECT (COUNT(?p) AS ?n) WHERE {{ ?p ex:born ?d ; ex:age ?a FILTER(?d >= \"{year}-01-01\"^^xsd:date && ?d < \"{year + 1}-01-01\"^^xsd:date && ?a >= {i % 90}) }}", new SparqlQueryOptions());
            int expected = Enumerable.Range(0, 400).Count(p => p % 50 == i % 50 && p % 90 >= i % 90);
            Assert.Equal(expected.ToString(), ((ILiteralNode)born.Solutions.Single()["n"]!).Value);
            maxEstimates = Math.Max(maxEstimates, processor.CachedEntries.Estimates);
        }
        // Well past the bound in distinct patterns (every query names a new person), never past it in entries.
        Assert.InRange(maxEstimates, bound / 2, bound);
        // born and age have value indexes; knows never met a range filter.
        Assert.Equal(2, processor.CachedEntries.IndexedPredicates);
    }
    /// <summary>
    /// A join evaluated row by row asks the store for the inner pattern's matches once per outer row: that is now a
    /// struct cursor over the index range (MemoryStore.Cursor), so a probe costs no object. Measured as the managed bytes
    /// the thread allocates per outer row of a 20,000-row COUNT(*) join, whose inner matches are counted off the range:
    /// the row each outer match makes (an int[] of the query's slots, about 40 bytes) and nothing per probe; a boxed
    /// index range per probe (32 bytes more, as MatchEncoded's IEnumerable costs) would pass the bound.
    /// </summary>
    [Fact]
    public void IndexProbesOfARowByRowJoinAllocateNoObjectPerProbe()
    {
        const int n = 20_000;
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.Append($"ex:p{i} ex:knows ex:p{(i + 1) % n} .\n");
        var store = Store(sb.ToString());
        var processor = new SparqlQueryProcessor(store);
        const string query = "PREFIX ex: <http://example.org/>\nSELECT (COUNT(*) AS ?n) WHERE { ?a ex:knows ?x . ?x ex:knows ?b }";
        string Count() => ((ILiteralNode)processor.Query(query, new SparqlQueryOptions()).Solutions.Single()["n"]!).Value;
        Assert.Equal(n.ToString(), Count()); // warm: plan, estimates, JIT
        long before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(n.ToString(), Count());
        double perRow = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)n;
        Assert.True(perRow < 56, $"{perRow:0.#} bytes per outer row");
    }
}
