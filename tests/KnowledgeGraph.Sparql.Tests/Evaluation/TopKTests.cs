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
        // Every third subject has a colour: the others leave ?c unbound, which sorts first.
        for (int i = 0; i < 300; i += 3) sb.Append($"ex:s{i} ex:colour ex:c{i % 5} .\n");
        return Store(sb.ToString());
    }

    [Theory]
    [InlineData("ORDER BY DESC(?v)", 10, 0)]
    [InlineData("ORDER BY ?v ?n", 25, 5)]
    [InlineData("ORDER BY ?n DESC(?v)", 1, 299)]
    [InlineData("ORDER BY ?v", 0, 0)]
    [InlineData("ORDER BY ?v", 1000, 0)]
    // Later variable keys are only looked up on ties of the earlier ones (and not when both rows hold the same term).
    [InlineData("ORDER BY DESC(?v) ?s", 20, 0)]
    [InlineData("ORDER BY ?c DESC(?v) ?s", 40, 10)]
    [InlineData("ORDER BY DESC(?c) STR(?n) DESC(?s)", 15, 0)]
    [InlineData("ORDER BY ?n ?c ?v", 300, 0)]
    public void SameAsTheFullSortSliced(string orderBy, int limit, int offset)
    {
        var query = $"SELECT ?s ?v ?n ?c WHERE {{ ?s ex:score ?v ; ex:name ?n OPTIONAL {{ ?s ex:colour ?c }} }} {orderBy}";
        var full = Select(Scores, query);
        var top = Select(Scores, $"{query} LIMIT {limit} OFFSET {offset}");
        Assert.Equal(full.Skip(offset).Take(limit), top);
    }

    [Fact]
    public void TiesOnTheFirstKeyAreOrderedByTheSecond()
    {
        // Checked against the values themselves, not against another run of the same sort.
        var rows = Select(Scores, "SELECT ?v ?s WHERE { ?s ex:score ?v } ORDER BY DESC(?v) ?s")
            .Select(r => r.Split(' '))
            .Select(p => (V: int.Parse(p[0].Split('"')[1]), S: p[1]["s=<".Length..^1]))
            .ToList();
        Assert.Equal(300, rows.Count);
        for (int i = 1; i < rows.Count; i++)
        {
            Assert.True(rows[i - 1].V >= rows[i].V, $"row {i}: {rows[i - 1]} before {rows[i]}");
            if (rows[i - 1].V == rows[i].V) Assert.True(string.CompareOrdinal(rows[i - 1].S, rows[i].S) < 0, $"row {i}: {rows[i - 1]} before {rows[i]}");
        }
        var top = Select(Scores, "SELECT ?v ?s WHERE { ?s ex:score ?v } ORDER BY DESC(?v) ?s LIMIT 7");
        Assert.Equal(Select(Scores, "SELECT ?v ?s WHERE { ?s ex:score ?v } ORDER BY DESC(?v) ?s").Take(7), top);
    }
}
