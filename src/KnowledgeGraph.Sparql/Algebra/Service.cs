namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// SERVICE [SILENT] endpoint { P } (SPARQL 1.1 Federated Query). Parsed and kept in the algebra;
/// this engine does not call remote endpoints: with <see cref="Silent"/> it yields one empty
/// solution, otherwise evaluation fails.
/// </summary>
public sealed record Service(PatternItem Endpoint, AlgebraNode Inner, bool Silent) : AlgebraNode;
