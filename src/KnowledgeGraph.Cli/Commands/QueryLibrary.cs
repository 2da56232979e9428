using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The query library of queries/: every file opens with a comment block that states the question ("Question: …") and
/// its parameters ("Parameters:" then one "name (type, default value): description" line each, or "Parameters: none").
/// A SPARQL query carries each parameter as exactly one <c>VALUES ?name { default }</c> line, so the file runs as it is
/// (in kg, Jena or any engine) and answers with the defaults; binding replaces that block's content with a term built
/// from the typed value (an escaped string literal, a checked integer, a checked IRI), never with the user's raw text.
/// Cypher files use native <c>$name</c> parameters, sent beside the query text.
/// </summary>
public static partial class QueryLibrary
{
    /// <summary>The library folder: --library when given, else $KG_QUERIES, else ./queries, else the queries/ folder above the program.</summary>
    public static string Locate(string? given)
    {
        if (!string.IsNullOrEmpty(given))
            return Directory.Exists(given) ? given : throw new DirectoryNotFoundException($"--library {given}: no such folder");
        if (Environment.GetEnvironmentVariable("KG_QUERIES") is { Length: > 0 } env)
            return Directory.Exists(env) ? env : throw new DirectoryNotFoundException($"KG_QUERIES={env}: no such folder");
        if (Directory.Exists("queries")) return Path.GetFullPath("queries");
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var candidate = Path.Combine(dir, "queries");
            if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.rq").Any()) return candidate;
        }
        throw new DirectoryNotFoundException("no queries/ folder here or above the kg program: give --library DIR");
    }

    /// <summary>Every query of one kind (".rq" or ".cypher") in the folder, by name.</summary>
    public static IReadOnlyList<QueryLibraryEntry> List(string folder, string extension) =>
        Directory.EnumerateFiles(folder, "*" + extension)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(Read)
            .ToList();

    public static QueryLibraryEntry Find(string folder, string name, string extension)
    {
        var path = Path.Combine(folder, name + extension);
        if (name.IndexOfAny(['/', '\\']) >= 0 || !File.Exists(path))
        {
            var known = string.Join(", ", List(folder, extension).Select(e => e.Name));
            throw new ArgumentException($"--name {name}: no {extension} query of that name in {folder} (known: {known})");
        }
        return Read(path);
    }

    [GeneratedRegex(@"^\s*(?<name>[A-Za-z_][A-Za-z0-9_]*)\s+\((?<type>text|integer|iri),\s*default\s+(?<default>.*?)\):\s*(?<description>.*)$")]
    private static partial Regex ParameterLine();

    /// <summary>Reads a file's header; a header without a question, or with a malformed parameter line, is an error naming the file and line.</summary>
    public static QueryLibraryEntry Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var question = new StringBuilder();
        var parameters = new List<QueryLibraryParameter>();
        bool inParameters = false, sawParameters = false;
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            string? comment = line.StartsWith('#') ? line[1..] : line.StartsWith("//", StringComparison.Ordinal) ? line[2..] : null;
            if (comment is null) break;
            var text = comment.Trim();
            if (text.StartsWith("Parameters:", StringComparison.Ordinal))
            {
                sawParameters = true;
                inParameters = text.Length == "Parameters:".Length; // "Parameters: none" has no lines below
                continue;
            }
            if (inParameters && !comment.StartsWith("  ", StringComparison.Ordinal)) inParameters = false;
            if (inParameters)
            {
                var m = ParameterLine().Match(comment);
                if (!m.Success) throw new FormatException($"{path}:{i + 1}: expected a parameter line 'name (text|integer|iri, default VALUE): description'");
                parameters.Add(new QueryLibraryParameter(m.Groups["name"].Value, m.Groups["type"].Value,
                    Unquote(m.Groups["default"].Value.Trim()), m.Groups["description"].Value.Trim()));
                continue;
            }
            if (sawParameters || (question.Length == 0 && !text.Contains("Question", StringComparison.Ordinal))) continue;
            if (question.Length > 0) question.Append(' ');
            question.Append(text);
        }
        if (question.Length == 0) throw new FormatException($"{path}:1: the header states no 'Question:'");
        if (!sawParameters) throw new FormatException($"{path}:1: the header has no 'Parameters:' line");
        var q = question.ToString();
        q = Regex.Replace(q, @"^Question(\s*\([^)]*\))?:\s*", "");
        return new QueryLibraryEntry(Path.GetFileNameWithoutExtension(path), path, q, parameters);
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;

    /// <summary>Parses name=value pairs and checks each name against the query's parameters.</summary>
    public static IReadOnlyDictionary<string, string> ParseArguments(QueryLibraryEntry entry, IEnumerable<string> pairs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0) throw new ArgumentException($"--param '{pair}': expected name=value");
            var name = pair[..eq];
            if (entry.Find(name) is null)
            {
                var known = entry.Parameters.Count == 0 ? "it takes none" : "it takes " + string.Join(", ", entry.Parameters.Select(p => p.Name));
                throw new ArgumentException($"--param {name}: {entry.Name} has no parameter '{name}' ({known})");
            }
            values[name] = pair[(eq + 1)..];
        }
        return values;
    }

    /// <summary>The SPARQL text with every parameter's VALUES block holding the given (or default) value as a typed term.</summary>
    public static string BindSparql(QueryLibraryEntry entry, IReadOnlyDictionary<string, string> values)
    {
        var text = File.ReadAllText(entry.Path);
        foreach (var p in entry.Parameters)
        {
            var value = values.TryGetValue(p.Name, out var v) ? v : p.Default;
            var term = SparqlTerm(p, value);
            var block = new Regex(@"VALUES\s+\?" + Regex.Escape(p.Name) + @"\s*\{[^}]*\}");
            var matches = block.Matches(text);
            if (matches.Count != 1)
                throw new FormatException($"{entry.Path}: parameter '{p.Name}' needs exactly one 'VALUES ?{p.Name} {{ … }}' block, found {matches.Count}");
            // A MatchEvaluator, so that '$' in the term is never read as a substitution pattern.
            text = block.Replace(text, _ => $"VALUES ?{p.Name} {{ {term} }}", 1);
        }
        return text;
    }

    /// <summary>The term for a value: UNDEF for an empty value, else a literal or IRI that can only be that one term.</summary>
    public static string SparqlTerm(QueryLibraryParameter p, string value)
    {
        if (value.Length == 0) return "UNDEF";
        switch (p.Type)
        {
            case "integer":
                if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
                    throw new ArgumentException($"--param {p.Name}={value}: expected an integer");
                return n.ToString(CultureInfo.InvariantCulture);
            case "iri":
                if (!Uri.TryCreate(value, UriKind.Absolute, out _) || value.Any(c => c <= ' ' || "<>\"{}|^`\\".Contains(c)))
                    throw new ArgumentException($"--param {p.Name}={value}: expected an absolute IRI");
                return "<" + value + ">";
            default:
                return StringLiteral(value);
        }
    }

    /// <summary>A SPARQL string literal: every quote, backslash and line break is escaped (SPARQL 1.1 §19.7 ECHAR).</summary>
    public static string StringLiteral(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>Cypher parameter values: every declared parameter gets its given or default value, typed.</summary>
    public static Dictionary<string, object?> CypherParameters(QueryLibraryEntry entry, IReadOnlyDictionary<string, string> values)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in entry.Parameters)
        {
            var value = values.TryGetValue(p.Name, out var v) ? v : p.Default;
            result[p.Name] = p.Type == "integer"
                ? long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                    ? n
                    : throw new ArgumentException($"--param {p.Name}={value}: expected an integer")
                : value;
        }
        return result;
    }

    /// <summary>The listing of kg query --list and kg cypher --list: name, question, then each parameter with its default.</summary>
    public static void WriteList(IReadOnlyList<QueryLibraryEntry> entries, TextWriter output)
    {
        foreach (var e in entries)
        {
            output.WriteLine($"{e.Name}");
            output.WriteLine($"    {e.Question}");
            foreach (var p in e.Parameters)
                output.WriteLine($"    --param {p.Name}=… ({p.Type}, default \"{p.Default}\"): {p.Description}");
        }
        output.WriteLine($"({entries.Count} queries)");
    }
}
