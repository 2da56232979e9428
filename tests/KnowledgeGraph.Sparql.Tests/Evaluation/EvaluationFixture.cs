using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>Builds small stores from TriG text and runs queries on them, answers as sorted strings for easy asserts.</summary>
internal static class EvaluationFixture
{
    public const string Prefixes = """
        @prefix ex: <http://example.org/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        """;

    public static MemoryStore Store(string trig)
    {
        var store = new MemoryStore();
        RdfLoader.Load(store, new StringReader(Prefixes + trig), RdfFormat.TriG,
            new RdfReaderOptions("test.trig", "http://example.org/base/"));
        return store;
    }

    public static List<string> Select(MemoryStore store, string query, SparqlQueryOptions? options = null)
    {
        var result = new SparqlQueryProcessor(store).Query(
            "PREFIX ex: <http://example.org/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + query,
            options ?? new SparqlQueryOptions());
        return result.Solutions
            .Select(s => string.Join(" ", result.Variables.Select(v => v + "=" + (s[v]?.ToNTriples() ?? "-"))))
            .ToList();
    }
}
