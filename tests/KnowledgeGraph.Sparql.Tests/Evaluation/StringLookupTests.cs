using System.Text;
using KnowledgeGraph.Rdf;
using Xunit;
using static KnowledgeGraph.Sparql.Tests.Evaluation.EvaluationFixture;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// FILTER(STR(?name) = text) answered by looking the text up among the store's terms: every term whose string is the
/// text is found, whatever its language tag or datatype (and an IRI by its string), and nothing else; the text may come
/// from a constant or from VALUES, and a text that is not a simple literal keeps the ordinary comparison.
/// </summary>
public class StringLookupTests
{
    private static readonly MemoryStore Names = Build();

    private static MemoryStore Build()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 100; i++) sb.Append($"ex:p{i} a ex:Person ; rdfs:label \"Name {i}\"@fr ; ex:alt \"Other {i}\" .\n");
        sb.Append("ex:q1 a ex:Person ; rdfs:label \"Name 7\"@en .\n");
        sb.Append("ex:q2 a ex:Person ; ex:alt \"Name 7\"^^xsd:string .\n");
        sb.Append("ex:q3 a ex:Person ; ex:alt <http://example.org/Name7> .\n");
        sb.Append("ex:q4 a ex:Person ; ex:alt \"7\"^^xsd:integer .\n");
        return Store(sb.ToString());
    }

    [Fact]
    public void ConstantTextFindsEveryTagAndDatatype()
    {
        var rows = Select(Names, "SELECT ?p WHERE { ?p a ex:Person ; rdfs:label|ex:alt ?n FILTER(STR(?n) = \"Name 7\") }");
        Assert.Equal(["p=<http://example.org/p7>", "p=<http://example.org/q1>", "p=<http://example.org/q2>"], rows.Order().ToList());
    }

    [Fact]
    public void TextFromValuesAndIriStrings()
    {
        var rows = Select(Names, """
            SELECT ?p WHERE { VALUES ?t { "Other 3" "http://example.org/Name7" "7" "absent" }
              ?p a ex:Person ; rdfs:label|ex:alt ?n FILTER(?t = STR(?n)) }
            """);
        Assert.Equal(["p=<http://example.org/p3>", "p=<http://example.org/q3>", "p=<http://example.org/q4>"], rows.Order().ToList());
    }

    [Fact]
    public void ATaggedTextIsComparedAsBefore()
    {
        // STR gives a simple literal, which is never equal to a language-tagged one.
        Assert.Empty(Select(Names, "SELECT ?p WHERE { VALUES ?t { \"Name 7\"@fr } ?p rdfs:label ?n FILTER(STR(?n) = ?t) }"));
    }

    [Fact]
    public void PrefixFindsEveryTermStartingWithTheTextAndNothingElse()
    {
        // "Name 1" starts "Name 1", "Name 10".."Name 19" (11 persons); the IRI ex:Name7 does not start with "Name".
        var rows = Select(Names, "SELECT ?p WHERE { ?p a ex:Person ; rdfs:label ?n FILTER(STRSTARTS(STR(?n), \"Name 1\")) }");
        var expected = Enumerable.Range(0, 100).Where(i => i.ToString().StartsWith('1')).Select(i => $"p=<http://example.org/p{i}>").Order().ToList();
        Assert.Equal(expected, rows.Order().ToList());
        var fromValues = Select(Names, """
            SELECT ?p WHERE { VALUES ?t { "http://example.org/Na" "Other 9" "Zzz" } ?p ex:alt ?n FILTER(STRSTARTS(STR(?n), ?t)) }
            """);
        Assert.Equal(["p=<http://example.org/p9>", "p=<http://example.org/p90>", "p=<http://example.org/p91>", "p=<http://example.org/p92>",
            "p=<http://example.org/p93>", "p=<http://example.org/p94>", "p=<http://example.org/p95>", "p=<http://example.org/p96>",
            "p=<http://example.org/p97>", "p=<http://example.org/p98>", "p=<http://example.org/p99>", "p=<http://example.org/q3>"], fromValues.Order().ToList());
    }

    [Fact]
    public void PrefixWithOtherConjunctsAndAnEmptyPrefixKeepTheFilter()
    {
        var rows = Select(Names, "SELECT ?p WHERE { ?p rdfs:label ?n FILTER(STRSTARTS(STR(?n), \"Name 7\") && LANG(?n) = \"en\") }");
        Assert.Equal(["p=<http://example.org/q1>"], rows);
        // Every literal starts with "": the lookup gives way to the ordinary filter, which keeps every label.
        Assert.Equal(101, Select(Names, "SELECT ?p WHERE { ?p rdfs:label ?n FILTER(STRSTARTS(STR(?n), \"\")) }").Count);
    }
}
