using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql;

public enum SparqlResultKind
{
    /// <summary>SELECT: variables and a sequence of solutions.</summary>
    Bindings,
    /// <summary>ASK: one boolean.</summary>
    Boolean,
    /// <summary>CONSTRUCT and DESCRIBE: triples.</summary>
    Graph,
}

/// <summary>
/// The answer to a query. <see cref="Solutions"/> and <see cref="Triples"/> are lazy: they are
/// computed while the caller enumerates them, so results can be streamed out as they come, and
/// enumeration honours the timeout, result limit and cancellation the query was started with.
/// </summary>
public sealed class SparqlResult
{
    private SparqlResult(SparqlResultKind kind, IReadOnlyList<string> variables, IEnumerable<SparqlSolution> solutions,
        bool boolean, IEnumerable<Triple> triples)
    {
        Kind = kind;
        Variables = variables;
        Solutions = solutions;
        Boolean = boolean;
        Triples = triples;
    }

    public SparqlResultKind Kind { get; }

    /// <summary>The projected variable names, without '?', in projection order.</summary>
    public IReadOnlyList<string> Variables { get; }

    public IEnumerable<SparqlSolution> Solutions { get; }

    public bool Boolean { get; }

    public IEnumerable<Triple> Triples { get; }

    public static SparqlResult FromBindings(IReadOnlyList<string> variables, IEnumerable<SparqlSolution> solutions) =>
        new(SparqlResultKind.Bindings, variables, solutions, false, Array.Empty<Triple>());

    public static SparqlResult FromBoolean(bool value) =>
        new(SparqlResultKind.Boolean, Array.Empty<string>(), Array.Empty<SparqlSolution>(), value, Array.Empty<Triple>());

    public static SparqlResult FromGraph(IEnumerable<Triple> triples) =>
        new(SparqlResultKind.Graph, Array.Empty<string>(), Array.Empty<SparqlSolution>(), false, triples);
}
