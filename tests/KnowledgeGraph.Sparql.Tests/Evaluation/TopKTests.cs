using System.Text;
using KnowledgeGraph.Rdf;
using Xunit;
using static KnowledgeGraph.Sparql.Tests.Evaluation.EvaluationFixture;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>ORDER BY + LIMIT (top-k in a bounded heap) gives the same rows, in the same order, as the full sort sliced.</summary>
public class TopKTests
{
    private static readonly MemoryStore Scores = Build();

    private static MemoryStore Build()
    {
        var sb = new StringBuilder();
        // Many ties (i % 13) so that the tie order, the input order, matters.
        for (int i = 0; i < 300; i++) sb.Append($"ex:s{i} ex:score {(i * 7919) % 13} ; ex:name \"n{i % 17}\" .\n");
        return Store(sb.ToString());
    }

    [Theory]
    [InlineData("ORDER BY DESC(?v)", 10, 0)]
    [InlineData("ORDER BY ?v ?n", 25, 5)]
    [InlineData("ORDER BY ?n DESC(?v)", 1, 299)]
    [InlineData("ORDER BY ?v", 0, 0)]
    [InlineData("ORDER BY ?v", 1000, 0)]
    public void SameAsTheFullSortSliced(string orderBy, int limit, int offset)
    {
        var query = $"SELECT ?s ?v ?n WHERE {{ ?s ex:score ?v ; ex:name ?n }} {orderBy}";
        var full = Select(Scores, query);
        var top = Select(Scores, $"{query} LIMIT {limit} OFFSET {offset}");
        Assert.Equal(full.Skip(offset).Take(limit), top);
    }
}
