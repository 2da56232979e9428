using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Evaluation;
using Xunit;
using static KnowledgeGraph.Sparql.Tests.Evaluation.EvaluationFixture;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

public class EstimateCacheTests
{
    [Fact]
    public void StaysBoundedWhateverTheNumberOfDistinctPatterns()
    {
        var store = Store("ex:a ex:p ex:b . ex:c ex:p ex:b .");
        var cache = new EstimateCache(store);
        int p = store.Terms.Lookup(new UriNode("http://example.org/p"));
        for (int s = 1; s <= EstimateCache.MaxEntries * 2 + 10; s++) cache.Estimate(s, p, TermDictionary.Any, TermDictionary.Any);
        Assert.InRange(cache.Count, 1, EstimateCache.MaxEntries);
        // Still exact after starting afresh.
        Assert.Equal(2, cache.Estimate(TermDictionary.Any, p, TermDictionary.Any, TermDictionary.Any));
    }
}
