using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Neo4j.Export;

/// <summary>Writes values as Cypher literals (for scripts run by cypher-shell, where there are no parameters).</summary>
public static class CypherLiteral
{
    public static string Format(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    public static void Append(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case string s: AppendString(sb, s); break;
            case long or int or short or byte: sb.Append(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
            case double d when double.IsPositiveInfinity(d): sb.Append("1.0/0.0"); break;
            case double d when double.IsNegativeInfinity(d): sb.Append("-1.0/0.0"); break;
            case double d when double.IsNaN(d): sb.Append("0.0/0.0"); break;
            case double d:
                var text = d.ToString("R", CultureInfo.InvariantCulture);
                sb.Append(text.Contains('.') || text.Contains('E') ? text : text + ".0");
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                sb.Append('{');
                var first = true;
                foreach (var (k, v) in map)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append(Loading.CypherNames.Quote(k)).Append(": ");
                    Append(sb, v);
                }
                sb.Append('}');
                break;
            case System.Collections.IEnumerable list:
                sb.Append('[');
                var firstItem = true;
                foreach (var item in list)
                {
                    if (!firstItem) sb.Append(", ");
                    firstItem = false;
                    Append(sb, item);
                }
                sb.Append(']');
                break;
            default:
                throw new ArgumentException($"no Cypher literal for values of type {value.GetType().Name}");
        }
    }

    /// <summary>A single-quoted string with every character that could end or corrupt it escaped.</summary>
    private static void AppendString(StringBuilder sb, string s)
    {
        sb.Append('\'');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\'': sb.Append("\\'"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (char.IsControl(c)) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('\'');
    }
}
