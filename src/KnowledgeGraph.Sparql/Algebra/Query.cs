namespace KnowledgeGraph.Sparql.Algebra;

public enum QueryForm
{
    Select,
    Construct,
    Ask,
    Describe,
}

/// <summary>
/// A parsed and translated query. <see cref="Algebra"/> is the full algebra expression
/// (including Project, Distinct, OrderBy, Slice as §18.2.5 places them).
/// </summary>
/// <param name="Form">The query form.</param>
/// <param name="Algebra">What to evaluate.</param>
/// <param name="Variables">SELECT: the projected variables in order (SELECT * expanded to the in-scope
/// user variables in order of first appearance). DESCRIBE: the variables it names. Otherwise empty.</param>
/// <param name="ConstructTemplate">CONSTRUCT: the template (blank nodes are <see cref="Rdf.BlankNode"/>
/// terms, fresh per solution); null for other forms.</param>
/// <param name="DescribeTargets">DESCRIBE: the IRIs and variables to describe (empty for DESCRIBE *,
/// which <see cref="DescribeAll"/> flags); null for other forms.</param>
/// <param name="Dataset">FROM / FROM NAMED; null when the query has none.</param>
/// <param name="BaseIri">The base IRI in effect at the end of the prologue.</param>
/// <param name="Prefixes">Prefixes the prologue declared (prefix without ':' → namespace IRI), in order.</param>
public sealed record Query(
    QueryForm Form,
    AlgebraNode Algebra,
    ValueList<string> Variables,
    ValueList<TriplePattern>? ConstructTemplate,
    ValueList<PatternItem>? DescribeTargets,
    Dataset? Dataset,
    string? BaseIri,
    ValueList<KeyValuePair<string, string>> Prefixes)
{
    /// <summary>DESCRIBE *.</summary>
    public bool DescribeAll { get; init; }

    /// <summary>SELECT * (Variables holds the expansion).</summary>
    public bool SelectAll { get; init; }
}

/// <summary>The RDF dataset of a query (FROM, FROM NAMED) or of an update operation (USING, USING NAMED).</summary>
public sealed record Dataset(ValueList<string> DefaultGraphs, ValueList<string> NamedGraphs);
