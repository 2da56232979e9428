using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// A SPARQL expression tree (§17). Evaluation follows §17.2/§17.3: errors propagate except
/// through ||, &amp;&amp;, IF, COALESCE, BOUND and IN as the spec defines.
/// </summary>
public abstract record Expression;

/// <summary>?name. Unbound → error (except under BOUND/COALESCE).</summary>
public sealed record VariableExpression(string Name) : Expression
{
    public override string ToString() => "?" + Name;
}

/// <summary>A constant term: IRI or literal (numbers and booleans are typed literals as written).</summary>
public sealed record ConstantExpression(INode Value) : Expression
{
    public override string ToString() => Value.ToNTriples();
}

public enum UnaryOperator
{
    /// <summary>! — logical not of the effective boolean value.</summary>
    Not,
    /// <summary>unary + (numeric identity).</summary>
    Plus,
    /// <summary>unary − (numeric negation).</summary>
    Minus,
}

public sealed record UnaryExpression(UnaryOperator Operator, Expression Operand) : Expression;

public enum BinaryOperator
{
    Or,
    And,
    Equal,
    NotEqual,
    Less,
    Greater,
    LessOrEqual,
    GreaterOrEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
}

public sealed record BinaryExpression(BinaryOperator Operator, Expression Left, Expression Right) : Expression;

/// <summary>expr [NOT] IN (list): = against each member; error only if no member matches and one errored.</summary>
public sealed record InExpression(Expression Operand, ValueList<Expression> List, bool Negated) : Expression;

/// <summary>
/// A built-in call (§17.4) by its upper-case keyword name: STR, LANG, LANGMATCHES, DATATYPE, BOUND,
/// IRI (URI is normalised to IRI), BNODE, RAND, ABS, CEIL, FLOOR, ROUND, CONCAT, SUBSTR, STRLEN,
/// REPLACE, UCASE, LCASE, ENCODE_FOR_URI, CONTAINS, STRSTARTS, STRENDS, STRBEFORE, STRAFTER, YEAR,
/// MONTH, DAY, HOURS, MINUTES, SECONDS, TIMEZONE, TZ, NOW, UUID, STRUUID, MD5, SHA1, SHA256, SHA384,
/// SHA512, COALESCE, IF, STRLANG, STRDT, SAMETERM, ISIRI (ISURI normalised to ISIRI), ISBLANK,
/// ISLITERAL, ISNUMERIC, REGEX.
/// </summary>
public sealed record BuiltInCall(string Name, ValueList<Expression> Arguments) : Expression;

/// <summary>
/// A call of a function named by an IRI: an XSD cast (xsd:integer(?x), xsd:string(...), …) or an
/// extension function. <see cref="Distinct"/> is the DISTINCT keyword allowed in the grammar's ArgList.
/// </summary>
public sealed record FunctionCall(string Iri, ValueList<Expression> Arguments, bool Distinct = false) : Expression;

/// <summary>
/// EXISTS { P } / NOT EXISTS { P }: true when P (already translated to algebra) has a solution
/// after substituting the current solution's bindings for its variables (§18.6).
/// </summary>
public sealed record ExistsExpression(AlgebraNode Pattern, bool Negated) : Expression;

public enum AggregateFunction
{
    Count,
    Sum,
    Min,
    Max,
    Avg,
    Sample,
    GroupConcat,
    /// <summary>A custom aggregate named by IRI (<see cref="AggregateExpression.CustomIri"/>).</summary>
    Custom,
}

/// <summary>
/// An aggregate (§18.5.1). <see cref="Argument"/> is null only for COUNT(*).
/// <see cref="Separator"/> is GROUP_CONCAT's separator (default a single space).
/// After translation aggregates appear only in <see cref="Group.Aggregates"/>; the expressions of
/// SELECT, HAVING and ORDER BY refer to their results through internal variables.
/// </summary>
public sealed record AggregateExpression(
    AggregateFunction Function,
    Expression? Argument,
    bool Distinct,
    string? Separator = null,
    string? CustomIri = null) : Expression;
