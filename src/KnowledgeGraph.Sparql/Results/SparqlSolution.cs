using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql;

/// <summary>One row of a SELECT result: a partial map from variable name (without '?') to term.</summary>
public sealed class SparqlSolution
{
    private readonly IReadOnlyDictionary<string, INode> _bindings;

    public SparqlSolution(IReadOnlyDictionary<string, INode> bindings) => _bindings = bindings;

    /// <summary>The bound term, or null when the variable is unbound in this row.</summary>
    public INode? this[string variable] => _bindings.TryGetValue(variable, out var n) ? n : null;

    public IEnumerable<string> BoundVariables => _bindings.Keys;

    public IReadOnlyDictionary<string, INode> Bindings => _bindings;

    public bool IsBound(string variable) => _bindings.ContainsKey(variable);
}
