using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// Entry points: SPARQL 1.1 query and update text → algebra (§18.2 translation included).
/// Errors are <see cref="SparqlSyntaxException"/> with line, column and what was expected.
/// </summary>
public static class SparqlParser
{
    /// <summary>Parses and translates a query. <paramref name="baseIri"/> resolves relative IRIs unless BASE overrides it.</summary>
    public static Query ParseQuery(string text, string? baseIri = null) =>
        new SparqlTextParser(text, baseIri).ParseQuery();

    /// <summary>Parses and translates an update request.</summary>
    public static UpdateRequest ParseUpdate(string text, string? baseIri = null) =>
        new SparqlTextParser(text, baseIri).ParseUpdate();
}
