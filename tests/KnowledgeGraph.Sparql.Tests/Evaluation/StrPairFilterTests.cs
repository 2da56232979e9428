using System.Text;
using KnowledgeGraph.Rdf;
using Xunit;
using static KnowledgeGraph.Sparql.Tests.Evaluation.EvaluationFixture;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// FILTER(STR(?a) op STR(?b)) checked on the ranks of the terms' strings once enough pairs were compared: the same
/// answers as string comparison for IRIs, simple and language-tagged literals with equal strings, blank nodes (an
/// error: no row) and strings outside the store; expected counts computed here with ordinal comparison.
/// </summary>
public class StrPairFilterTests
{
    // 260 values: IRIs, plain and tagged literals (several sharing one string), non-ASCII strings, and blank nodes.
    private static readonly List<INode> Values = Enumerable.Range(0, 260).Select<int, INode>(i => (i % 6) switch
    {
        0 => new UriNode($"http://example.org/v{i % 40}"),
        1 => new LiteralNode($"http://example.org/v{i % 30}"),
        2 => new LiteralNode($"name {i % 25}", "fr"),
        3 => new LiteralNode($"name {i % 20}"),
        4 => new LiteralNode(i % 2 == 0 ? $"Élise {i}" : $"\U0001D538 {i}"),
        _ => new BlankNode($"b{i}"),
    }).ToList();

    private static MemoryStore Build()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < Values.Count; i++) sb.Append($"ex:s{i} ex:v {Values[i].ToNTriples()} .\n");
        return Store(sb.ToString());
    }

    private static string? Str(INode n) => n switch { IUriNode u => u.Iri, ILiteralNode l => l.Value, _ => null };

    private static long Expected(Func<int, bool> holds)
    {
        // Distinct (subject, value) pairs: duplicate triples collapse, so count over distinct values per subject.
        long n = 0;
        foreach (var a in Values)
            foreach (var b in Values)
                if (Str(a) is { } x && Str(b) is { } y && holds(string.CompareOrdinal(x, y))) n++;
        return n;
    }

    [Theory]
    [InlineData("<")]
    [InlineData("<=")]
    [InlineData(">")]
    [InlineData("=")]
    [InlineData("!=")]
    public void PairsCompareAsTheirStrings(string op)
    {
        Func<int, bool> holds = op switch
        {
            "<" => c => c < 0, "<=" => c => c <= 0, ">" => c => c > 0, "=" => c => c == 0, _ => c => c != 0,
        };
        var processor = new SparqlQueryProcessor(Build());
        var query = $"PREFIX ex: <http://example.org/> SELECT (COUNT(*) AS ?n) WHERE {{ ?x ex:v ?a . ?y ex:v ?b . FILTER(STR(?a) {op} STR(?b)) }}";
        // 67,600 pairs: the first 20,000 compared as strings, the rest on ranks; the second run on ranks only.
        for (int run = 0; run < 2; run++)
        {
            var n = processor.Query(query, new SparqlQueryOptions()).Solutions.Single()["n"] as ILiteralNode;
            Assert.Equal(Expected(holds).ToString(), n!.Value);
        }
    }

    [Fact]
    public void AValueMadeByTheQueryIsComparedAsAString()
    {
        var processor = new SparqlQueryProcessor(Build());
        const string query = """
            PREFIX ex: <http://example.org/>
            SELECT (COUNT(*) AS ?n) WHERE { ?x ex:v ?a . ?y ex:v ?c . BIND(CONCAT(STR(?c), "~") AS ?b) FILTER(STR(?a) < STR(?b)) }
            """;
        long expected = 0;
        foreach (var a in Values)
            foreach (var c in Values)
                if (Str(a) is { } x && Str(c) is { } y && string.CompareOrdinal(x, y + "~") < 0) expected++;
        for (int run = 0; run < 2; run++)
            Assert.Equal(expected.ToString(), ((ILiteralNode)processor.Query(query, new SparqlQueryOptions()).Solutions.Single()["n"]!).Value);
    }
}
