using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

internal sealed partial class SparqlTextParser
{
    /// <summary>What a SELECT clause said, before translation.</summary>
    private sealed record SelectClause(bool Distinct, bool Reduced, bool Star, List<(string Variable, Expression? Expression, Token At)> Items);

    private sealed record SolutionModifiers(
        List<GroupKey>? GroupBy,
        List<Expression> Having,
        List<OrderCondition> OrderBy,
        long Offset,
        long? Limit);

    public Query ParseQuery()
    {
        ParsePrologue();
        Query query;
        if (IsWord("SELECT")) query = ParseSelectQuery();
        else if (IsWord("CONSTRUCT")) query = ParseConstructQuery();
        else if (IsWord("ASK")) query = ParseAskQuery();
        else if (IsWord("DESCRIBE")) query = ParseDescribeQuery();
        else throw Expected("SELECT, CONSTRUCT, ASK or DESCRIBE");
        ExpectEnd();
        return query;
    }

    private ValueList<KeyValuePair<string, string>> PrefixList => _prefixList.ToArray();

    private Query ParseSelectQuery()
    {
        var select = ParseSelectClause();
        var dataset = ParseDatasetClauses();
        TryWord("WHERE");
        var where = ParseGroupGraphPattern();
        var modifiers = ParseSolutionModifiers();
        var values = ParseTrailingValues();
        var algebra = TranslateSelect(select, where, modifiers, values, out var variables);
        return new Query(QueryForm.Select, algebra, variables, null, null, dataset, _base, PrefixList) { SelectAll = select.Star };
    }

    private AlgebraNode ParseSubSelect()
    {
        var select = ParseSelectClause();
        TryWord("WHERE");
        var where = ParseGroupGraphPattern();
        var modifiers = ParseSolutionModifiers();
        var values = ParseTrailingValues();
        return TranslateSelect(select, where, modifiers, values, out _);
    }

    private Table? ParseTrailingValues()
    {
        if (!TryWord("VALUES")) return null;
        return ParseDataBlock();
    }

    private SelectClause ParseSelectClause()
    {
        ExpectWord("SELECT");
        bool distinct = TryWord("DISTINCT");
        bool reduced = !distinct && TryWord("REDUCED");
        var items = new List<(string, Expression?, Token)>();
        if (IsSymbol("*"))
        {
            Advance();
            return new SelectClause(distinct, reduced, true, items);
        }
        while (true)
        {
            var t = Current;
            if (t.Kind == TokenKind.Variable)
            {
                Advance();
                items.Add((t.Text, null, t));
            }
            else if (IsSymbol("("))
            {
                Advance();
                _aggregatesAllowed = true;
                var e = ParseExpression();
                _aggregatesAllowed = false;
                ExpectWord("AS");
                var v = Current;
                var name = ParseVariableName();
                ExpectSymbol(")");
                items.Add((name, e, v));
            }
            else break;
        }
        if (items.Count == 0) throw Expected("'*', a variable or '(expression AS ?var)' after SELECT");
        return new SelectClause(distinct, reduced, false, items);
    }

    private Dataset? ParseDatasetClauses()
    {
        var defaults = new List<string>();
        var named = new List<string>();
        bool any = false;
        while (TryWord("FROM"))
        {
            any = true;
            if (TryWord("NAMED")) named.Add(ParseIri());
            else defaults.Add(ParseIri());
        }
        return any ? new Dataset(defaults.ToArray(), named.ToArray()) : null;
    }

    private SolutionModifiers ParseSolutionModifiers()
    {
        List<GroupKey>? groupBy = null;
        var having = new List<Expression>();
        var orderBy = new List<OrderCondition>();
        long offset = 0;
        long? limit = null;

        if (IsWord("GROUP"))
        {
            Advance();
            ExpectWord("BY");
            groupBy = new List<GroupKey>();
            do
            {
                if (IsSymbol("("))
                {
                    Advance();
                    var e = ParseExpression();
                    string? alias = null;
                    if (TryWord("AS")) alias = ParseVariableName();
                    ExpectSymbol(")");
                    groupBy.Add(new GroupKey(e, alias));
                }
                else if (Current.Kind == TokenKind.Variable)
                    groupBy.Add(new GroupKey(new VariableExpression(Advance().Text), null));
                else
                    groupBy.Add(new GroupKey(ParseConstraint(), null));
            }
            while (IsSymbol("(") || Current.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName
                   || (Current.Kind == TokenKind.Word && !IsModifierKeyword()));
        }
        if (IsWord("HAVING"))
        {
            Advance();
            _aggregatesAllowed = true;
            do having.Add(ParseConstraint());
            while (IsSymbol("(") || Current.Kind is TokenKind.IriRef or TokenKind.PrefixedName
                   || (Current.Kind == TokenKind.Word && !IsModifierKeyword()));
            _aggregatesAllowed = false;
        }
        if (IsWord("ORDER"))
        {
            Advance();
            ExpectWord("BY");
            _aggregatesAllowed = true;
            do
            {
                if (IsWord("ASC") || IsWord("DESC"))
                {
                    bool desc = Advance().Text.Equals("DESC", StringComparison.OrdinalIgnoreCase);
                    orderBy.Add(new OrderCondition(ParseBracketted(), desc));
                }
                else if (Current.Kind == TokenKind.Variable)
                    orderBy.Add(new OrderCondition(new VariableExpression(Advance().Text), false));
                else
                    orderBy.Add(new OrderCondition(ParseConstraint(), false));
            }
            while (IsSymbol("(") || Current.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName
                   || (Current.Kind == TokenKind.Word && !IsModifierKeyword()));
            _aggregatesAllowed = false;
        }
        if (IsWord("LIMIT"))
        {
            Advance();
            limit = ParseNonNegativeInteger("LIMIT");
            if (TryWord("OFFSET")) offset = ParseNonNegativeInteger("OFFSET");
        }
        else if (IsWord("OFFSET"))
        {
            Advance();
            offset = ParseNonNegativeInteger("OFFSET");
            if (TryWord("LIMIT")) limit = ParseNonNegativeInteger("LIMIT");
        }
        return new SolutionModifiers(groupBy, having, orderBy, offset, limit);
    }

    private bool IsModifierKeyword() =>
        IsWord("HAVING") || IsWord("ORDER") || IsWord("LIMIT") || IsWord("OFFSET") || IsWord("VALUES");

    /// <summary>§18.2.4 and §18.2.5: grouping, aggregates, HAVING, VALUES, select expressions, then the modifiers.</summary>
    private AlgebraNode TranslateSelect(SelectClause select, AlgebraNode where, SolutionModifiers modifiers, Table? values, out ValueList<string> projected)
    {
        var aggregates = new List<AggregateBinding>();
        Expression ReplaceAggregates(Expression e) => ReplaceAggregatesWithVariables(e, aggregates);

        bool hasAggregate =
            select.Items.Any(i => i.Expression is not null && ContainsAggregate(i.Expression))
            || modifiers.Having.Any(ContainsAggregate)
            || modifiers.OrderBy.Any(o => ContainsAggregate(o.Expression));
        bool grouped = modifiers.GroupBy is not null || hasAggregate;

        var selectExpressions = select.Items.Select(i => (i.Variable, Expression: i.Expression is null ? null : ReplaceAggregates(i.Expression), i.At)).ToList();
        var having = modifiers.Having.Select(ReplaceAggregates).ToList();
        var order = modifiers.OrderBy.Select(o => o with { Expression = ReplaceAggregates(o.Expression) }).ToList();

        AlgebraNode g = where;
        var whereScope = AlgebraVariables.InScope(where);
        if (grouped)
        {
            if (select.Star) throw Error("SELECT * is not allowed with GROUP BY or aggregates");
            var keys = modifiers.GroupBy ?? new List<GroupKey>();
            foreach (var key in keys)
            {
                if (ContainsAggregate(key.Expression)) throw Error("aggregates are not allowed in GROUP BY");
                if (key.Alias is not null && whereScope.Contains(key.Alias))
                    throw Error($"GROUP BY alias ?{key.Alias} is already in scope in the WHERE clause");
            }
            var groupVars = new HashSet<string>(keys.Where(k => k.BoundVariable is not null).Select(k => k.BoundVariable!), StringComparer.Ordinal);
            var available = new HashSet<string>(groupVars, StringComparer.Ordinal);
            foreach (var a in aggregates) available.Add(a.Variable);
            foreach (var (variable, expression, at) in selectExpressions)
            {
                if (expression is null)
                {
                    if (!available.Contains(variable))
                        throw Error($"variable ?{variable} is projected but neither grouped nor aggregated", at);
                }
                else
                {
                    foreach (var used in AlgebraVariables.Mentioned(expression, includeAggregateArguments: false))
                        if (!available.Contains(used))
                            throw Error($"variable ?{used} is used in a SELECT expression but neither grouped nor aggregated", at);
                    available.Add(variable);
                }
            }
            g = new Algebra.Group(g, keys.ToArray(), aggregates.ToArray());
        }
        if (having.Count > 0) g = new Filter(Conjunction(having), g);
        if (values is not null) g = new Join(g, values);

        var seenNames = new HashSet<string>(StringComparer.Ordinal);
        var inScope = new HashSet<string>(AlgebraVariables.InScope(g), StringComparer.Ordinal);
        foreach (var (variable, expression, at) in selectExpressions)
        {
            if (expression is not null)
            {
                if (inScope.Contains(variable) || seenNames.Contains(variable))
                    throw Error($"SELECT expression variable ?{variable} is already in scope", at);
                g = new Extend(g, variable, expression);
                inScope.Add(variable);
            }
            else if (seenNames.Contains(variable))
            {
                throw Error($"variable ?{variable} is projected twice", at);
            }
            seenNames.Add(variable);
        }

        if (order.Count > 0) g = new OrderBy(g, order.ToArray());
        projected = select.Star
            ? AlgebraVariables.InScopeUserVariables(g).ToArray()
            : select.Items.Select(i => i.Variable).ToArray();
        g = new Project(g, projected);
        if (select.Distinct) g = new Distinct(g);
        else if (select.Reduced) g = new Reduced(g);
        if (modifiers.Offset > 0 || modifiers.Limit is not null) g = new Slice(g, modifiers.Offset, modifiers.Limit);
        return g;
    }

    private static bool ContainsAggregate(Expression e) => ExpressionRewriter.Any(e, x => x is AggregateExpression);

    /// <summary>
    /// Replaces each aggregate in <paramref name="e"/> by a fresh variable, recording the binding in
    /// <paramref name="aggregates"/>; equal aggregates share one variable (§18.2.4.1).
    /// </summary>
    private Expression ReplaceAggregatesWithVariables(Expression e, List<AggregateBinding> aggregates) =>
        ExpressionRewriter.Rewrite(e, x =>
        {
            if (x is not AggregateExpression agg) return null;
            var existing = aggregates.FirstOrDefault(a => a.Aggregate == agg);
            if (existing is null)
            {
                existing = new AggregateBinding(FreshName("agg"), agg);
                aggregates.Add(existing);
            }
            return new VariableExpression(existing.Variable);
        });

    /// <summary>The modifiers for CONSTRUCT, ASK and DESCRIBE (no projection).</summary>
    private AlgebraNode ApplyNonSelectModifiers(AlgebraNode where, SolutionModifiers modifiers, Table? values, string form)
    {
        var aggregates = new List<AggregateBinding>();
        Expression Replace(Expression e) => ReplaceAggregatesWithVariables(e, aggregates);
        var having = modifiers.Having.Select(Replace).ToList();
        var order = modifiers.OrderBy.Select(o => o with { Expression = Replace(o.Expression) }).ToList();
        AlgebraNode g = where;
        if (modifiers.GroupBy is not null || aggregates.Count > 0)
            g = new Algebra.Group(g, (modifiers.GroupBy ?? new List<GroupKey>()).ToArray(), aggregates.ToArray());
        if (having.Count > 0) g = new Filter(Conjunction(having), g);
        if (values is not null) g = new Join(g, values);
        if (order.Count > 0) g = new OrderBy(g, order.ToArray());
        if (modifiers.Offset > 0 || modifiers.Limit is not null) g = new Slice(g, modifiers.Offset, modifiers.Limit);
        return g;
    }

    private Query ParseConstructQuery()
    {
        ExpectWord("CONSTRUCT");
        ValueList<TriplePattern> template;
        AlgebraNode where;
        Dataset? dataset;
        if (IsSymbol("{"))
        {
            template = ParseTemplateBlock();
            dataset = ParseDatasetClauses();
            TryWord("WHERE");
            where = ParseGroupGraphPattern();
        }
        else
        {
            // CONSTRUCT WHERE { triples }: the pattern is also the template.
            dataset = ParseDatasetClauses();
            ExpectWord("WHERE");
            ExpectSymbol("{");
            var items = new List<object>();
            ParseTriplesTemplate(TriplesMode.Where, items, "}");
            ExpectSymbol("}");
            var patterns = items.Cast<TriplePattern>().ToArray();
            where = new Bgp(patterns);
            template = patterns.Select(ToTemplatePattern).ToArray();
        }
        var modifiers = ParseSolutionModifiers();
        var values = ParseTrailingValues();
        var algebra = ApplyNonSelectModifiers(where, modifiers, values, "CONSTRUCT");
        return new Query(QueryForm.Construct, algebra, ValueList<string>.Empty, template, null, dataset, _base, PrefixList);
    }

    private static TriplePattern ToTemplatePattern(TriplePattern tp)
    {
        static PatternItem Convert(PatternItem item) =>
            item is Variable v && v.IsBlankNodeVariable ? new TermItem(new BlankNode(v.Name[2..])) : item;
        return new TriplePattern(Convert(tp.Subject), Convert(tp.Predicate), Convert(tp.Object));
    }

    private ValueList<TriplePattern> ParseTemplateBlock()
    {
        ExpectSymbol("{");
        var items = new List<object>();
        ParseTriplesTemplate(TriplesMode.Template, items, "}");
        ExpectSymbol("}");
        return items.Cast<TriplePattern>().ToArray();
    }

    /// <summary>TriplesTemplate: triples separated by '.', stopping before <paramref name="end"/>.</summary>
    private void ParseTriplesTemplate(TriplesMode mode, List<object> output, string end)
    {
        while (!IsSymbol(end) && AtTriplesStart())
        {
            if (mode == TriplesMode.Where)
            {
                // CONSTRUCT WHERE allows no property paths: read the triples as a template, then map blank nodes to variables.
                var tmp = new List<object>();
                ParseTriplesSameSubject(TriplesMode.Template, tmp);
                foreach (TriplePattern tp in tmp)
                {
                    static PatternItem ToVar(PatternItem item) =>
                        item is TermItem { Node: BlankNode b } ? new Variable("_:" + b.Id) : item;
                    output.Add(new TriplePattern(ToVar(tp.Subject), ToVar(tp.Predicate), ToVar(tp.Object)));
                }
            }
            else
            {
                ParseTriplesSameSubject(mode, output);
            }
            if (!TrySymbol(".")) break;
        }
    }

    private Query ParseAskQuery()
    {
        ExpectWord("ASK");
        var dataset = ParseDatasetClauses();
        TryWord("WHERE");
        var where = ParseGroupGraphPattern();
        var modifiers = ParseSolutionModifiers();
        var values = ParseTrailingValues();
        var algebra = ApplyNonSelectModifiers(where, modifiers, values, "ASK");
        return new Query(QueryForm.Ask, algebra, ValueList<string>.Empty, null, null, dataset, _base, PrefixList);
    }

    private Query ParseDescribeQuery()
    {
        ExpectWord("DESCRIBE");
        var targets = new List<PatternItem>();
        bool all = false;
        if (TrySymbol("*")) all = true;
        else
        {
            while (Current.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName)
                targets.Add(ParseVarOrIri());
            if (targets.Count == 0) throw Expected("'*', a variable or an IRI after DESCRIBE");
        }
        var dataset = ParseDatasetClauses();
        AlgebraNode where = Bgp.Empty;
        if (TryWord("WHERE") || IsSymbol("{")) where = ParseGroupGraphPattern();
        var modifiers = ParseSolutionModifiers();
        var values = ParseTrailingValues();
        var algebra = ApplyNonSelectModifiers(where, modifiers, values, "DESCRIBE");
        var variables = all
            ? AlgebraVariables.InScopeUserVariables(algebra).ToArray()
            : targets.OfType<Variable>().Select(v => v.Name).ToArray();
        return new Query(QueryForm.Describe, algebra, variables, null, targets.ToArray(), dataset, _base, PrefixList) { DescribeAll = all };
    }
}
