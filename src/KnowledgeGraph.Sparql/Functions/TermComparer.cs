using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Functions;

/// <summary>
/// Operator semantics of SPARQL 1.1 §17.3 for =, !=, &lt;, &gt;, the effective boolean value (§17.2.2) and the
/// ORDER BY order of terms (§15.1). Null results mean a type error.
/// </summary>
public static class TermComparer
{
    private enum ValueSpace { None, String, LangString, Numeric, Boolean, DateTime, Date }

    private static ValueSpace SpaceOf(ILiteralNode l) => l.Datatype switch
    {
        Vocabulary.XsdString => ValueSpace.String,
        Vocabulary.RdfLangString => ValueSpace.LangString,
        Vocabulary.XsdBoolean => ValueSpace.Boolean,
        Vocabulary.XsdDateTime => ValueSpace.DateTime,
        Vocabulary.XsdDate => ValueSpace.Date,
        var dt when XsdNumeric.IsNumericType(dt) => ValueSpace.Numeric,
        _ => ValueSpace.None,
    };

    public static bool TryParseBoolean(string lex, out bool value)
    {
        switch (lex)
        {
            case "true": case "1": value = true; return true;
            case "false": case "0": value = false; return true;
            default: value = false; return false;
        }
    }

    /// <summary>The '=' operator: true/false, or null for a type error.</summary>
    public static bool? ValueEquals(INode? a, INode? b)
    {
        if (a is null || b is null) return null;
        if (a is ILiteralNode la && b is ILiteralNode lb)
        {
            var sa = SpaceOf(la);
            var sb = SpaceOf(lb);
            if (sa == sb && sa != ValueSpace.None)
            {
                var c = CompareSameSpace(sa, la, lb);
                if (c is int v) return v == 0;
                if (sa == ValueSpace.LangString) return false;
                // Ill-typed literals of a known type: equal only as identical terms.
                if (a.Equals(b)) return true;
                return null;
            }
            if (a.Equals(b)) return true;
            // A language-tagged literal only ever equals another with the same tag.
            if (sa == ValueSpace.LangString || sb == ValueSpace.LangString) return false;
            // Literals of two different known value spaces are never equal; with an unknown datatype we cannot tell.
            if (sa != ValueSpace.None && sb != ValueSpace.None && IsWellFormed(sa, la) && IsWellFormed(sb, lb)) return false;
            return null;
        }
        return a.Equals(b);
    }

    private static bool IsWellFormed(ValueSpace s, ILiteralNode l) => s switch
    {
        ValueSpace.Numeric => XsdNumeric.TryParse(l, out _),
        ValueSpace.Boolean => TryParseBoolean(l.Value, out _),
        ValueSpace.DateTime => XsdDateTime.TryParseDateTime(l.Value, out _),
        ValueSpace.Date => XsdDateTime.TryParseDate(l.Value, out _),
        _ => true,
    };

    /// <summary>The '&lt;' family: order of two literals with an operator, or null for a type error.</summary>
    public static int? ValueCompare(INode? a, INode? b)
    {
        if (a is not ILiteralNode la || b is not ILiteralNode lb) return null;
        var sa = SpaceOf(la);
        if (sa == ValueSpace.None || sa == ValueSpace.LangString || sa != SpaceOf(lb)) return null;
        return CompareSameSpace(sa, la, lb);
    }

    private static int? CompareSameSpace(ValueSpace s, ILiteralNode a, ILiteralNode b)
    {
        switch (s)
        {
            case ValueSpace.String:
                return Math.Sign(string.CompareOrdinal(a.Value, b.Value));
            case ValueSpace.LangString:
                if (!string.Equals(a.Language, b.Language, StringComparison.OrdinalIgnoreCase)) return null;
                return Math.Sign(string.CompareOrdinal(a.Value, b.Value));
            case ValueSpace.Numeric:
                if (!XsdNumeric.TryParse(a, out var na) || !XsdNumeric.TryParse(b, out var nb)) return null;
                return XsdNumeric.Compare(na, nb);
            case ValueSpace.Boolean:
                if (!TryParseBoolean(a.Value, out var ba) || !TryParseBoolean(b.Value, out var bb)) return null;
                return ba.CompareTo(bb);
            case ValueSpace.DateTime:
                if (!XsdDateTime.TryParseDateTime(a.Value, out var da) || !XsdDateTime.TryParseDateTime(b.Value, out var db)) return null;
                return XsdDateTime.Compare(da, db);
            case ValueSpace.Date:
                if (!XsdDateTime.TryParseDate(a.Value, out var ea) || !XsdDateTime.TryParseDate(b.Value, out var eb)) return null;
                return XsdDateTime.Compare(ea, eb);
            default:
                return null;
        }
    }

    /// <summary>Effective boolean value (§17.2.2); null for a type error.</summary>
    public static bool? EffectiveBooleanValue(INode? n)
    {
        if (n is not ILiteralNode l) return null;
        switch (l.Datatype)
        {
            case Vocabulary.XsdBoolean:
                return TryParseBoolean(l.Value, out var b) && b;
            case Vocabulary.XsdString:
                return l.Value.Length > 0;
            default:
                if (XsdNumeric.IsNumericType(l.Datatype))
                {
                    if (!XsdNumeric.TryParse(l, out var v)) return false;
                    return v.IsApproximate ? !(v.Approximate == 0 || double.IsNaN(v.Approximate)) : v.Exact != 0;
                }
                return null;
        }
    }

    /// <summary>
    /// ORDER BY: unbound, blank nodes, IRIs, literals; literals by value where '&lt;' applies, then by a fixed
    /// total order (lexical form, datatype, language) so the sort is deterministic.
    /// </summary>
    public static int OrderCompare(INode? a, INode? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        int ra = Rank(a), rb = Rank(b);
        if (ra != rb) return ra.CompareTo(rb);
        if (a is ILiteralNode la && b is ILiteralNode lb)
        {
            // Simple literals come before typed ones of other value spaces, as in most engines.
            bool sa = la.Datatype == Vocabulary.XsdString, sb = lb.Datatype == Vocabulary.XsdString;
            if (sa != sb) return sa ? -1 : 1;
            var c = ValueCompare(a, b);
            if (c is int v && v != 0) return v;
            var spaceA = SpaceOf(la);
            var spaceB = SpaceOf(lb);
            if (spaceA != spaceB && spaceA != ValueSpace.None && spaceB != ValueSpace.None && spaceA != ValueSpace.LangString && spaceB != ValueSpace.LangString)
                return spaceA.CompareTo(spaceB);
        }
        return NodeComparer.Instance.Compare(a, b);
    }

    private static int Rank(INode n) => n.NodeType switch
    {
        NodeType.Blank => 0,
        NodeType.Uri => 1,
        _ => 2,
    };
}
