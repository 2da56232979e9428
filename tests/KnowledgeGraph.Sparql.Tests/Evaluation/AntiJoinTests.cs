using System.Text;
using KnowledgeGraph.Rdf;
using Xunit;
using static KnowledgeGraph.Sparql.Tests.Evaluation.EvaluationFixture;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// FILTER (NOT) EXISTS and OPTIONAL + !BOUND as hash semi-/anti-joins, and MINUS, on the corner cases of their
/// semantics: enough rows to cross the threshold after which the pattern is hashed, answers computed independently of
/// the engine from the generating rule of the data.
/// </summary>
public class AntiJoinTests
{
    private const int N = 200;

    private static readonly MemoryStore People = Build();

    // Person i: in org i % 7 when i is even (odd persons have no org); holds a post in org i % 7 when i % 3 == 0, and a
    // post in org (i + 1) % 7 when i % 5 == 0; rank i % 11.
    private static bool InOrg(int i) => i % 2 == 0;

    private static bool HoldsPost(int i) => i % 3 == 0 || i % 5 == 0;

    private static MemoryStore Build()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < N; i++)
        {
            sb.Append($"ex:p{i} a ex:Person ; ex:rank {i % 11} .\n");
            if (InOrg(i)) sb.Append($"ex:p{i} ex:in ex:org{i % 7} .\n");
            if (i % 3 == 0) sb.Append($"ex:post{i} ex:heldBy ex:p{i} ; ex:postIn ex:org{i % 7} .\n");
            if (i % 5 == 0) sb.Append($"ex:post{i}b ex:heldBy ex:p{i} ; ex:postIn ex:org{(i + 1) % 7} .\n");
        }
        return Store(sb.ToString());
    }

    private static string P(int i) => $"p=<http://example.org/p{i}>";

    private static List<string> Expected(Func<int, bool> keep) => Enumerable.Range(0, N).Where(keep).Select(P).Order().ToList();

    [Fact]
    public void NotExistsDropsExactlyThePersonsWithAPost()
    {
        var rows = Select(People, "SELECT ?p WHERE { ?p a ex:Person FILTER NOT EXISTS { ?x ex:heldBy ?p } }");
        Assert.Equal(Expected(i => !HoldsPost(i)), rows.Order().ToList());
        var plan = new SparqlQueryProcessor(People).Explain(
            "PREFIX ex: <http://example.org/> SELECT ?p WHERE { ?p a ex:Person FILTER NOT EXISTS { ?x ex:heldBy ?p } }", new SparqlQueryOptions());
        Assert.Contains("Anti-join on ?p", plan);
    }

    [Fact]
    public void ExistsWithAnotherConjunctKeepsBothConditions()
    {
        var rows = Select(People, "SELECT ?p WHERE { ?p a ex:Person ; ex:rank ?r FILTER(EXISTS { ?x ex:heldBy ?p } && ?r < 5) }");
        Assert.Equal(Expected(i => HoldsPost(i) && i % 11 < 5).ToList(), rows.Select(r => r.Split(' ')[0]).Order().ToList());
    }

    [Fact]
    public void OptionalWithNotBoundIsTheSameAntiJoin()
    {
        var rows = Select(People, "SELECT ?p WHERE { ?p a ex:Person OPTIONAL { ?x ex:heldBy ?p } FILTER(!BOUND(?x)) }");
        Assert.Equal(Expected(i => !HoldsPost(i)), rows.Select(r => r.Split(' ')[0]).Order().ToList());
    }

    [Fact]
    public void NotBoundOfAVariableTheRequiredSideBindsKeepsNothing()
    {
        // ?o is bound by the required side, so !BOUND(?o) is false on every row whether the OPTIONAL matched or not.
        var rows = Select(People, "SELECT ?p WHERE { ?p a ex:Person ; ex:in ?o OPTIONAL { ?x ex:heldBy ?p ; ex:postIn ?o } FILTER(!BOUND(?o)) }");
        Assert.Empty(rows);
    }

    [Fact]
    public void SharedVariableUnboundInSomeRowsIsLeftFreeInThePattern()
    {
        // Odd persons have no ?o: substitution leaves ?o free, so any post of theirs counts. Even persons need a post
        // in their own org (i % 3 == 0 gives one; i % 5 == 0 gives one in the next org, which does not count).
        var rows = Select(People,
            "SELECT ?p WHERE { ?p a ex:Person OPTIONAL { ?p ex:in ?o } FILTER NOT EXISTS { ?x ex:heldBy ?p ; ex:postIn ?o } }");
        Assert.Equal(Expected(i => InOrg(i) ? i % 3 != 0 : !HoldsPost(i)), rows.Select(r => r.Split(' ')[0]).Order().ToList());
    }

    [Fact]
    public void InnerFilterOnAnOuterVariableKeepsSubstitution()
    {
        // Persons of the highest rank: no person ranks above them. Evaluated on its own, the inner FILTER would see ?r
        // unbound (an error, so no solution) and keep every person.
        var rows = Select(People,
            "SELECT ?p WHERE { ?p a ex:Person ; ex:rank ?r FILTER NOT EXISTS { ?q ex:rank ?s FILTER(?s > ?r) } }");
        Assert.Equal(Expected(i => i % 11 == 10), rows.Select(r => r.Split(' ')[0]).Order().ToList());
    }

    [Fact]
    public void MinusWithoutASharedVariableRemovesNothing()
    {
        var rows = Select(People, "SELECT ?p WHERE { ?p a ex:Person MINUS { ?x ex:postIn ?o } }");
        Assert.Equal(N, rows.Count);
    }

    [Fact]
    public void MinusOnASharedVariableRemovesTheMatchingRows()
    {
        var rows = Select(People, "SELECT ?p WHERE { ?p a ex:Person MINUS { ?x ex:heldBy ?p } }");
        Assert.Equal(Expected(i => !HoldsPost(i)), rows.Order().ToList());
    }

    [Fact]
    public void NotExistsWithoutASharedVariableIsOneTestForEveryRow()
    {
        Assert.Empty(Select(People, "SELECT ?p WHERE { ?p a ex:Person FILTER NOT EXISTS { ?x ex:heldBy ?y } }"));
        Assert.Equal(N, Select(People, "SELECT ?p WHERE { ?p a ex:Person FILTER NOT EXISTS { ?x ex:nothing ?y } }").Count);
    }

    [Fact]
    public void CountsWithoutGroupByOverAnAntiJoinOnOnePattern()
    {
        int n = Enumerable.Range(0, N).Count(i => !HoldsPost(i));
        var rows = Select(People, "SELECT (COUNT(?p) AS ?n) (COUNT(*) AS ?all) (COUNT(?none) AS ?zero) WHERE { ?p a ex:Person FILTER NOT EXISTS { ?x ex:heldBy ?p } }");
        Assert.Equal($"n=\"{n}\"^^<http://www.w3.org/2001/XMLSchema#integer> all=\"{n}\"^^<http://www.w3.org/2001/XMLSchema#integer> zero=\"0\"^^<http://www.w3.org/2001/XMLSchema#integer>", Assert.Single(rows));
    }

    [Fact]
    public void CountOverTheAntiJoin()
    {
        var rows = Select(People, "SELECT (COUNT(?p) AS ?n) WHERE { ?p a ex:Person FILTER NOT EXISTS { ?p ^ex:heldBy/ex:postIn ?o } }");
        Assert.Equal($"n=\"{Enumerable.Range(0, N).Count(i => !HoldsPost(i))}\"^^<http://www.w3.org/2001/XMLSchema#integer>", Assert.Single(rows));
    }

    [Fact]
    public void CountsOverTheSemiAndAntiJoinAreCountedOffTheIndexAndAddUpToTheClass()
    {
        static string Int(int v) => $"n=\"{v}\"^^<http://www.w3.org/2001/XMLSchema#integer>";
        const string without = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a ex:Person FILTER NOT EXISTS { ?x ex:heldBy ?p } }";
        const string with = "SELECT (COUNT(*) AS ?n) WHERE { ?p a ex:Person FILTER EXISTS { ?x ex:heldBy ?p } }";
        const string optional = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a ex:Person OPTIONAL { ?x ex:heldBy ?p } FILTER(!BOUND(?x)) }";
        Assert.Equal(Int(Enumerable.Range(0, N).Count(i => !HoldsPost(i))), Assert.Single(Select(People, without)));
        Assert.Equal(Int(Enumerable.Range(0, N).Count(HoldsPost)), Assert.Single(Select(People, with)));
        Assert.Equal(Int(Enumerable.Range(0, N).Count(i => !HoldsPost(i))), Assert.Single(Select(People, optional)));
        // Persons in an org (even i) without a post: the outer pattern's variable is the object's subject, not alone.
        Assert.Equal(Int(Enumerable.Range(0, N).Count(i => InOrg(i) && !HoldsPost(i))),
            Assert.Single(Select(People, "SELECT (COUNT(?o) AS ?n) WHERE { ?p ex:in ?o FILTER NOT EXISTS { ?x ex:heldBy ?p } }")));
        var plan = new SparqlQueryProcessor(People).Explain("PREFIX ex: <http://example.org/> " + without, new SparqlQueryOptions());
        Assert.Contains("each tested against the (anti-)join's key set", plan);
    }
}
