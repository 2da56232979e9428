using System.Text;
using KnowledgeGraph.Rdf;
using Xunit;
using static KnowledgeGraph.Sparql.Tests.Evaluation.EvaluationFixture;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// Joins that skip work: a side that names a constant the store lacks empties the join (but not an OPTIONAL or a UNION
/// branch beside it), and a path whose end a VALUES row binds runs before a BGP the row does not touch.
/// </summary>
public class JoinShortcutTests
{
    private static readonly MemoryStore Meetings = Build();

    // Meeting m{i} has attendees p{i} and p{i+1}: p0 - p1 - p2 - ... - p9 is one chain of meetings.
    private static MemoryStore Build()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 10; i++) sb.Append($"ex:p{i} a ex:Person ; rdfs:label \"P{i}\" .\n");
        for (int i = 0; i < 9; i++) sb.Append($"ex:m{i} ex:attendee ex:p{i}, ex:p{i + 1} .\n");
        return Store(sb.ToString());
    }

    [Fact]
    public void ASideWithAnAbsentConstantEmptiesOnlyTheJoin()
    {
        Assert.Empty(Select(Meetings, "SELECT ?p WHERE { { SELECT DISTINCT ?p WHERE { ?p a ex:Person } } ?p ex:absent ?x }"));
        Assert.Equal(10, Select(Meetings, "SELECT ?p WHERE { ?p a ex:Person OPTIONAL { ?p ex:absent ?x } }").Count);
        Assert.Equal(10, Select(Meetings, "SELECT ?p WHERE { { ?p a ex:Person } UNION { ?p ex:absent ?x } }").Count);
        // A grouping without keys has its one group even over no rows.
        Assert.Single(Select(Meetings, "SELECT ?n WHERE { { SELECT (COUNT(*) AS ?n) WHERE { ?p ex:absent ?x } } ?q a ex:Person }").Distinct());
    }

    [Fact]
    public void PathAnchoredByValuesFindsTheSameRows()
    {
        var rows = Select(Meetings, """
            SELECT ?x WHERE { VALUES ?name { "P3" } ?start a ex:Person ; rdfs:label ?given . FILTER(STR(?given) = ?name)
              ?start (^ex:attendee/ex:attendee)+ ?x . ?x a ex:Person FILTER(?x != ?start) }
            """);
        Assert.Equal(Enumerable.Range(0, 10).Where(i => i != 3).Select(i => $"x=<http://example.org/p{i}>").Order(), rows.Order());
    }
}
