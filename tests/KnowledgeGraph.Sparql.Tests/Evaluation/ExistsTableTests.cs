using System.Text;
using KnowledgeGraph.Rdf;
using Xunit;
using static KnowledgeGraph.Sparql.Tests.Evaluation.EvaluationFixture;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// (NOT) EXISTS over a BGP answered from a hash table once many rows ask (past the first 32 probes) gives the same
/// rows as probing each row: checked on enough rows to cross the threshold, with one and two shared variables.
/// </summary>
public class ExistsTableTests
{
    private static readonly MemoryStore People = Build();

    private static MemoryStore Build()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 200; i++)
        {
            sb.Append($"ex:p{i} a ex:Person ; ex:in ex:org{i % 7} .\n");
            if (i % 3 == 0) sb.Append($"ex:post{i} ex:heldBy ex:p{i} ; ex:postIn ex:org{i % 7} .\n");
            if (i % 5 == 0) sb.Append($"ex:post{i}b ex:heldBy ex:p{i} ; ex:postIn ex:org{(i + 1) % 7} .\n");
        }
        return Store(sb.ToString());
    }

    [Fact]
    public void NotExistsOnOneSharedVariable()
    {
        var rows = Select(People, "SELECT ?p WHERE { ?p a ex:Person FILTER NOT EXISTS { ?x ex:heldBy ?p } }");
        Assert.Equal(Enumerable.Range(0, 200).Count(i => i % 3 != 0 && i % 5 != 0), rows.Count);
        Assert.Contains("p=<http://example.org/p1>", rows);
        Assert.DoesNotContain("p=<http://example.org/p5>", rows);
    }

    [Fact]
    public void ExistsOnTwoSharedVariables()
    {
        // A post in the person's own organisation: i % 3 == 0 always; i % 5 == 0 never ((i + 1) % 7 != i % 7).
        var rows = Select(People, "SELECT ?p WHERE { ?p a ex:Person ; ex:in ?o FILTER EXISTS { ?x ex:heldBy ?p ; ex:postIn ?o } }");
        Assert.Equal(Enumerable.Range(0, 200).Count(i => i % 3 == 0), rows.Count);
        var none = Select(People, "SELECT ?p WHERE { ?p a ex:Person ; ex:in ?o FILTER NOT EXISTS { ?x ex:heldBy ?p ; ex:postIn ?o } }");
        Assert.Equal(200 - rows.Count, none.Count);
    }
}
