using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Neo4j.Bolt;

/// <summary>
/// Decides whether a Cypher query may write, for servers that cannot enforce read-only sessions (Bolt 1 has no
/// access mode). Method: string literals, comments and backtick-quoted names are blanked out first, so that a
/// word inside them never counts; then the query is refused if any write clause appears as a keyword —
/// CREATE, MERGE, SET, DELETE (and DETACH DELETE), REMOVE, DROP, LOAD CSV, FOREACH (whose body can only write) —
/// or if it CALLs a procedure not on a short list of known read-only ones (db.labels, db.schema…).
/// A keyword right after a dot (n.set, apoc.create.node) is a property or namespace, not a clause.
/// It errs on the side of refusing: a variable named "set" is refused too.
/// </summary>
public static class CypherWriteDetector
{
    private static readonly Regex WriteClause = new(
        @"(?<![.\w$])(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|FOREACH|LOAD\s+CSV)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex Call = new(
        @"\bCALL\s+([A-Za-z_][\w.]*)",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly HashSet<string> ReadOnlyProcedures = new(StringComparer.OrdinalIgnoreCase)
    {
        "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.indexes", "db.constraints", "db.schema",
        "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
        "dbms.procedures", "dbms.functions", "dbms.components", "dbms.queryJmx", "db.info", "dbms.info",
        "db.ping", "dbms.showCurrentUser",
    };

    /// <summary>The write clause or procedure that makes the query a write, or null when it only reads.</summary>
    public static string? FindWrite(string query)
    {
        var code = BlankOutLiterals(query);
        var write = WriteClause.Match(code);
        if (write.Success) return Regex.Replace(write.Value.ToUpperInvariant(), @"\s+", " ");
        foreach (Match call in Call.Matches(code))
            if (!ReadOnlyProcedures.Contains(call.Groups[1].Value)) return "CALL " + call.Groups[1].Value;
        return null;
    }

    /// <summary>Replaces the contents of strings, comments and quoted names by spaces (keeping offsets).</summary>
    public static string BlankOutLiterals(string query)
    {
        var sb = new StringBuilder(query.Length);
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (c is '\'' or '"' or '`')
            {
                sb.Append(c);
                i++;
                while (i < query.Length)
                {
                    if (query[i] == '\\' && c != '`' && i + 1 < query.Length) { sb.Append("  "); i += 2; continue; }
                    if (query[i] == c)
                    {
                        if (c == '`' && i + 1 < query.Length && query[i + 1] == '`') { sb.Append("  "); i += 2; continue; }
                        break;
                    }
                    sb.Append(' ');
                    i++;
                }
                if (i < query.Length) { sb.Append(c); i++; }
            }
            else if (c == '/' && i + 1 < query.Length && query[i + 1] == '/')
            {
                while (i < query.Length && query[i] != '\n') { sb.Append(' '); i++; }
            }
            else if (c == '/' && i + 1 < query.Length && query[i + 1] == '*')
            {
                var end = query.IndexOf("*/", i + 2, StringComparison.Ordinal);
                var stop = end < 0 ? query.Length : end + 2;
                sb.Append(' ', stop - i);
                i = stop;
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }
        return sb.ToString();
    }
}
