using System.Collections.Frozen;
using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// Writes algebra in the SSE (S-expression) notation Jena's "qparse --print=op" uses, so that a
/// translation can be read and compared with Jena's. Used by query explanation and in test messages.
/// Blank-node variables print as ??name and internal variables as ?.name, as in Jena.
/// </summary>
public static class AlgebraPrinter
{
    public static string Print(AlgebraNode node)
    {
        var sb = new StringBuilder();
        Write(sb, node, 0);
        return sb.ToString();
    }

    public static string Print(Expression expression)
    {
        var sb = new StringBuilder();
        WriteExpression(sb, expression);
        return sb.ToString();
    }

    private static void Indent(StringBuilder sb, int depth) => sb.Append('\n').Append(' ', depth * 2);

    private static void Write(StringBuilder sb, AlgebraNode node, int depth)
    {
        switch (node)
        {
            case Bgp bgp:
                if (bgp.Patterns.Count == 0) { sb.Append("(table unit)"); return; }
                sb.Append("(bgp");
                foreach (var tp in bgp.Patterns)
                {
                    Indent(sb, depth + 1);
                    sb.Append("(triple ").Append(Item(tp.Subject)).Append(' ').Append(Item(tp.Predicate)).Append(' ').Append(Item(tp.Object)).Append(')');
                }
                sb.Append(')');
                return;
            case PathPattern path:
                sb.Append("(path ").Append(Item(path.Subject)).Append(' ');
                WritePath(sb, path.Path);
                sb.Append(' ').Append(Item(path.Object)).Append(')');
                return;
            case Join j: Binary(sb, "join", j.Left, j.Right, null, depth); return;
            case LeftJoin l: Binary(sb, "leftjoin", l.Left, l.Right, l.Condition, depth); return;
            case Union u: Binary(sb, "union", u.Left, u.Right, null, depth); return;
            case Minus m: Binary(sb, "minus", m.Left, m.Right, null, depth); return;
            case Filter f:
                sb.Append("(filter ");
                WriteExpression(sb, f.Condition);
                Child(sb, f.Inner, depth);
                return;
            case Graph g:
                sb.Append("(graph ").Append(Item(g.Name));
                Child(sb, g.Inner, depth);
                return;
            case Service s:
                sb.Append("(service ").Append(s.Silent ? "silent " : "").Append(Item(s.Endpoint));
                Child(sb, s.Inner, depth);
                return;
            case Extend e:
                sb.Append("(extend ((").Append(Var(e.Variable)).Append(' ');
                WriteExpression(sb, e.Expression);
                sb.Append("))");
                Child(sb, e.Inner, depth);
                return;
            case Group g:
                sb.Append("(group (");
                for (int i = 0; i < g.Keys.Count; i++)
                {
                    if (i > 0) sb.Append(' ');
                    if (g.Keys[i].Alias is { } alias)
                    {
                        sb.Append('(').Append(Var(alias)).Append(' ');
                        WriteExpression(sb, g.Keys[i].Expression);
                        sb.Append(')');
                    }
                    else WriteExpression(sb, g.Keys[i].Expression);
                }
                sb.Append(") (");
                for (int i = 0; i < g.Aggregates.Count; i++)
                {
                    if (i > 0) sb.Append(' ');
                    sb.Append('(').Append(Var(g.Aggregates[i].Variable)).Append(' ');
                    WriteExpression(sb, g.Aggregates[i].Aggregate);
                    sb.Append(')');
                }
                sb.Append(')');
                Child(sb, g.Inner, depth);
                return;
            case OrderBy o:
                sb.Append("(order (");
                for (int i = 0; i < o.Conditions.Count; i++)
                {
                    if (i > 0) sb.Append(' ');
                    if (o.Conditions[i].Descending)
                    {
                        sb.Append("(desc ");
                        WriteExpression(sb, o.Conditions[i].Expression);
                        sb.Append(')');
                    }
                    else WriteExpression(sb, o.Conditions[i].Expression);
                }
                sb.Append(')');
                Child(sb, o.Inner, depth);
                return;
            case Project p:
                sb.Append("(project (").Append(string.Join(" ", p.Variables.Select(Var))).Append(')');
                Child(sb, p.Inner, depth);
                return;
            case Distinct d: sb.Append("(distinct"); Child(sb, d.Inner, depth); return;
            case Reduced r: sb.Append("(reduced"); Child(sb, r.Inner, depth); return;
            case Slice s:
                sb.Append("(slice ").Append(s.Offset == 0 ? "_" : s.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture))
                  .Append(' ').Append(s.Limit is { } lim ? lim.ToString(System.Globalization.CultureInfo.InvariantCulture) : "_");
                Child(sb, s.Inner, depth);
                return;
            case Table t:
                if (t.Variables.Count == 0) { sb.Append(t.Rows.Count == 0 ? "(table empty)" : "(table unit)"); return; }
                sb.Append("(table (vars ").Append(string.Join(" ", t.Variables.Select(Var))).Append(')');
                foreach (var row in t.Rows)
                {
                    Indent(sb, depth + 1);
                    sb.Append("(row");
                    for (int i = 0; i < row.Count; i++)
                        if (row[i] is { } n) sb.Append(" [").Append(Var(t.Variables[i])).Append(' ').Append(Term(n)).Append(']');
                    sb.Append(')');
                }
                sb.Append(')');
                return;
            default:
                sb.Append('(').Append(node.GetType().Name.ToLowerInvariant()).Append(')');
                return;
        }
    }

    private static void Child(StringBuilder sb, AlgebraNode child, int depth)
    {
        Indent(sb, depth + 1);
        Write(sb, child, depth + 1);
        sb.Append(')');
    }

    private static void Binary(StringBuilder sb, string name, AlgebraNode left, AlgebraNode right, Expression? condition, int depth)
    {
        sb.Append('(').Append(name);
        Indent(sb, depth + 1);
        Write(sb, left, depth + 1);
        Indent(sb, depth + 1);
        Write(sb, right, depth + 1);
        if (condition is not null)
        {
            Indent(sb, depth + 1);
            WriteExpression(sb, condition);
        }
        sb.Append(')');
    }

    private static void WritePath(StringBuilder sb, PropertyPath path)
    {
        switch (path)
        {
            case LinkPath l: sb.Append(Term(new UriNode(l.Iri))); break;
            case InversePath i: sb.Append("(reverse "); WritePath(sb, i.Path); sb.Append(')'); break;
            case SequencePath s: sb.Append("(seq "); WritePath(sb, s.First); sb.Append(' '); WritePath(sb, s.Second); sb.Append(')'); break;
            case AlternativePath a: sb.Append("(alt "); WritePath(sb, a.First); sb.Append(' '); WritePath(sb, a.Second); sb.Append(')'); break;
            case ZeroOrMorePath z: sb.Append("(path* "); WritePath(sb, z.Path); sb.Append(')'); break;
            case OneOrMorePath o: sb.Append("(path+ "); WritePath(sb, o.Path); sb.Append(')'); break;
            case ZeroOrOnePath q: sb.Append("(path? "); WritePath(sb, q.Path); sb.Append(')'); break;
            case NegatedPropertySet n:
                sb.Append("(notoneof");
                foreach (var f in n.Forward) sb.Append(' ').Append(Term(new UriNode(f)));
                foreach (var r in n.Inverse) sb.Append(" (reverse ").Append(Term(new UriNode(r))).Append(')');
                sb.Append(')');
                break;
        }
    }

    private static readonly FrozenDictionary<BinaryOperator, string> BinaryNames = new Dictionary<BinaryOperator, string>
    {
        [BinaryOperator.Or] = "||", [BinaryOperator.And] = "&&", [BinaryOperator.Equal] = "=", [BinaryOperator.NotEqual] = "!=",
        [BinaryOperator.Less] = "<", [BinaryOperator.Greater] = ">", [BinaryOperator.LessOrEqual] = "<=",
        [BinaryOperator.GreaterOrEqual] = ">=", [BinaryOperator.Add] = "+", [BinaryOperator.Subtract] = "-",
        [BinaryOperator.Multiply] = "*", [BinaryOperator.Divide] = "/",
    }.ToFrozenDictionary();

    private static void WriteExpression(StringBuilder sb, Expression e)
    {
        switch (e)
        {
            case VariableExpression v: sb.Append(Var(v.Name)); break;
            case ConstantExpression c: sb.Append(Term(c.Value)); break;
            case UnaryExpression u:
                sb.Append('(').Append(u.Operator switch { UnaryOperator.Not => "!", UnaryOperator.Plus => "+", _ => "-" }).Append(' ');
                WriteExpression(sb, u.Operand);
                sb.Append(')');
                break;
            case BinaryExpression b:
                sb.Append('(').Append(BinaryNames[b.Operator]).Append(' ');
                WriteExpression(sb, b.Left);
                sb.Append(' ');
                WriteExpression(sb, b.Right);
                sb.Append(')');
                break;
            case InExpression i:
                sb.Append(i.Negated ? "(notin " : "(in ");
                WriteExpression(sb, i.Operand);
                foreach (var x in i.List) { sb.Append(' '); WriteExpression(sb, x); }
                sb.Append(')');
                break;
            case BuiltInCall c:
                sb.Append('(').Append(c.Name.ToLowerInvariant());
                foreach (var x in c.Arguments) { sb.Append(' '); WriteExpression(sb, x); }
                sb.Append(')');
                break;
            case FunctionCall f:
                sb.Append('(').Append(Term(new UriNode(f.Iri)));
                if (f.Distinct) sb.Append(" distinct");
                foreach (var x in f.Arguments) { sb.Append(' '); WriteExpression(sb, x); }
                sb.Append(')');
                break;
            case ExistsExpression ex:
                sb.Append(ex.Negated ? "(notexists " : "(exists ");
                Write(sb, ex.Pattern, 1);
                sb.Append(')');
                break;
            case AggregateExpression a:
                sb.Append('(').Append(a.Function == AggregateFunction.Custom ? Term(new UriNode(a.CustomIri ?? "")) : a.Function.ToString().ToLowerInvariant() switch
                {
                    "groupconcat" => "group_concat",
                    var n => n,
                });
                if (a.Distinct) sb.Append(" distinct");
                if (a.Argument is not null) { sb.Append(' '); WriteExpression(sb, a.Argument); }
                if (a.Separator is not null && a.Separator != " ")
                {
                    var sep = new StringBuilder();
                    NTriplesFormatter.AppendQuotedString(sep, a.Separator);
                    sb.Append(" ; separator=").Append(sep);
                }
                sb.Append(')');
                break;
        }
    }

    private static string Var(string name) =>
        Variable.IsBlankNodeName(name) ? "??" + name[2..] : "?" + name;

    private static string Item(PatternItem item) => item switch
    {
        Variable v => Var(v.Name),
        TermItem t => Term(t.Node),
        _ => item.ToString() ?? "",
    };

    private static string Term(INode node)
    {
        if (node is ILiteralNode l && l.Language.Length == 0)
        {
            if (l.Datatype == Vocabulary.XsdInteger && l.Value.All(c => char.IsAsciiDigit(c) || c is '-' or '+')) return l.Value;
            if (l.Datatype == Vocabulary.XsdBoolean && l.Value is "true" or "false") return l.Value;
        }
        return node.ToNTriples();
    }
}
