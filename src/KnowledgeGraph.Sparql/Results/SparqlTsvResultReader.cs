using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql;

/// <summary>
/// Reads SPARQL 1.1 Query Results TSV: ?variables, then terms in Turtle syntax (IRIs in &lt;&gt;,
/// _:labels, quoted literals with @lang or ^^&lt;datatype&gt;, bare numbers and booleans).
/// </summary>
public sealed class SparqlTsvResultReader : ISparqlResultReader
{
    public SparqlResultFormat Format => SparqlResultFormat.Tsv;

    public SparqlResult Read(TextReader input, string sourceName = "<input>", CancellationToken cancellationToken = default)
    {
        var lines = input.ReadToEnd().Split('\n');
        int count = lines.Length;
        if (count > 0 && lines[^1].Length == 0) count--;
        if (count == 0) throw new SparqlException($"{sourceName}:1:1: a TSV result needs a header line");
        string Line(int i) => lines[i].TrimEnd('\r');

        var header = Line(0).Split('\t');
        var variables = new List<string>();
        foreach (var h in header)
        {
            var name = h.Trim();
            if (name.Length == 0 && header.Length == 1) continue;
            if (!(name.StartsWith('?') || name.StartsWith('$'))) throw new SparqlException($"{sourceName}:1: header field '{name}' should be ?name");
            variables.Add(name[1..]);
        }
        if (variables.Count == 1 && variables[0] == "_askResult" && count == 2 && Line(1).Trim() is "true" or "false")
            return SparqlResult.FromBoolean(Line(1).Trim() == "true");

        var solutions = new List<SparqlSolution>();
        for (int r = 1; r < count; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fields = Line(r).Split('\t');
            if (variables.Count == 0 && fields.Length == 1 && fields[0].Length == 0)
            {
                solutions.Add(new SparqlSolution(new Dictionary<string, INode>()));
                continue;
            }
            if (fields.Length != variables.Count)
                throw new SparqlException($"{sourceName}:{r + 1}: {fields.Length} fields for {variables.Count} variables");
            var map = new Dictionary<string, INode>(StringComparer.Ordinal);
            for (int i = 0; i < fields.Length; i++)
            {
                var field = fields[i].Trim();
                if (field.Length > 0) map[variables[i]] = ParseTerm(field, sourceName, r + 1);
            }
            solutions.Add(new SparqlSolution(map));
        }
        return SparqlResult.FromBindings(variables, solutions);
    }

    /// <summary>Parses one term in Turtle syntax.</summary>
    public static INode ParseTerm(string text, string sourceName = "<input>", int line = 1)
    {
        SparqlException Error(string detail) => new($"{sourceName}:{line}: {detail} in '{text}'");
        if (text.StartsWith('<'))
        {
            if (!text.EndsWith('>')) throw Error("unterminated IRI");
            return new UriNode(Unescape(text[1..^1], Error));
        }
        if (text.StartsWith("_:", StringComparison.Ordinal)) return new BlankNode(text[2..]);
        if (text.StartsWith('"'))
        {
            int end = text.Length - 1;
            // The closing quote is the last unescaped '"'.
            int close = -1;
            for (int i = 1; i < text.Length; i++)
            {
                if (text[i] == '\\') { i++; continue; }
                if (text[i] == '"') { close = i; break; }
            }
            if (close < 0) throw Error("unterminated literal");
            var value = Unescape(text[1..close], Error);
            var rest = text[(close + 1)..];
            if (rest.Length == 0) return LiteralNode.Plain(value);
            if (rest.StartsWith('@')) return LiteralNode.LangTagged(value, rest[1..]);
            if (rest.StartsWith("^^<", StringComparison.Ordinal) && rest.EndsWith('>'))
                return LiteralNode.Typed(value, rest[3..^1]);
            throw Error("unexpected text after a literal");
        }
        if (text is "true" or "false") return LiteralNode.Typed(text, Vocabulary.XsdBoolean);
        if (text.IndexOfAny(new[] { 'e', 'E' }) >= 0 && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            return LiteralNode.Typed(text, Vocabulary.XsdDouble);
        if (text.Contains('.') && decimal.TryParse(text, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _))
            return LiteralNode.Typed(text, Vocabulary.XsdDecimal);
        if (text.All(c => char.IsAsciiDigit(c) || c is '+' or '-') && text.Any(char.IsAsciiDigit))
            return LiteralNode.Typed(text, Vocabulary.XsdInteger);
        throw Error("not a term");
    }

    private static string Unescape(string s, Func<string, SparqlException> error)
    {
        if (s.IndexOf('\\') < 0) return s;
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\') { sb.Append(s[i]); continue; }
            if (++i >= s.Length) throw error("dangling backslash");
            switch (s[i])
            {
                case 't': sb.Append('\t'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case '"': sb.Append('"'); break;
                case '\'': sb.Append('\''); break;
                case '\\': sb.Append('\\'); break;
                case 'u':
                case 'U':
                    int len = s[i] == 'u' ? 4 : 8;
                    if (i + 1 + len > s.Length) throw error("short \\u escape");
                    if (!int.TryParse(s.AsSpan(i + 1, len), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var cp))
                        throw error("bad \\u escape");
                    sb.Append(char.ConvertFromUtf32(cp));
                    i += len;
                    break;
                default: throw error($"bad escape \\{s[i]}");
            }
        }
        return sb.ToString();
    }
}
