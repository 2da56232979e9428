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
}
