using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>
/// The strict (argument-evaluating) functions and operators of SPARQL 1.1 §17, on terms. A null argument is an
/// error or unbound value; a null result is an expression error, which FILTER treats as false and BIND leaves unbound.
/// Special forms that do not evaluate all their arguments (BOUND, IF, COALESCE, IN, &amp;&amp;, ||, EXISTS) belong
/// to the evaluator.
/// </summary>
public interface IFunctionLibrary
{
    /// <summary>Whether <paramref name="name"/> (an upper-case keyword like "STRLEN", an operator like "+", or a function IRI) is known.</summary>
    bool IsDefined(string name);

    INode? Invoke(string name, IReadOnlyList<INode?> arguments, FunctionContext context);
}
