using System.Globalization;
using System.Text;
using KnowledgeGraph.Neo4j.Loading;
using KnowledgeGraph.Neo4j.Mapping;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Neo4j.Export;

/// <summary>
/// Writes a property graph for offline loading, into one folder:
/// <list type="bullet">
/// <item>nodes.csv and relationships.csv for <c>neo4j-admin import</c> (3.x header syntax: <c>uri:ID</c>, <c>:LABEL</c>,
/// typed columns such as <c>startOffset:long</c> and arrays such as <c>altLabel:string[]</c>, <c>:START_ID</c>,
/// <c>:END_ID</c>, <c>:TYPE</c>), with the array delimiter U+001F so that no text value can collide with it;</item>
/// <item>import.sh, the exact neo4j-admin command for those files;</item>
/// <item>load.cypher for <c>cypher-shell</c>: the constraint, then the same idempotent UNWIND/MERGE statements as the
/// Bolt loader, with the rows written as literals.</item>
/// </list>
/// Every file is written atomically and is byte-identical for the same graph.
/// </summary>
public sealed class Neo4jExporter
{
    public const char ArrayDelimiter = '\u001F';
    public const string NodesFile = "nodes.csv";
    public const string RelationshipsFile = "relationships.csv";
    public const string ImportScript = "import.sh";
    public const string CypherScript = "load.cypher";

    private readonly int _rowsPerStatement;

    public Neo4jExporter(int rowsPerStatement = 500) => _rowsPerStatement = Math.Max(1, rowsPerStatement);

    public IReadOnlyList<string> Export(PropertyGraph graph, string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        string Path(string name) { var p = System.IO.Path.Combine(directory, name); written.Add(p); return p; }

        var columns = PropertyColumns(graph);
        AtomicFile.WriteText(Path(NodesFile), w => WriteNodes(w, graph, columns, cancellationToken));
        AtomicFile.WriteText(Path(RelationshipsFile), w => WriteRelationships(w, graph, cancellationToken));
        AtomicFile.WriteText(Path(ImportScript), WriteImportScript);
        AtomicFile.WriteText(Path(CypherScript), w => WriteCypher(w, graph, cancellationToken));
        return written;
    }

    /// <summary>One column per property key, typed by every value it takes (any list anywhere makes it an array column).</summary>
    public static IReadOnlyList<(string Key, string Type, bool IsArray)> PropertyColumns(PropertyGraph graph)
    {
        var kinds = new SortedDictionary<string, (HashSet<string> Types, bool Array)>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
            foreach (var (key, value) in node.Properties)
            {
                if (!kinds.TryGetValue(key, out var k)) kinds[key] = k = (new HashSet<string>(), false);
                var isArray = value is System.Collections.IList;
                var items = isArray ? ((System.Collections.IList)value).Cast<object>() : new[] { value };
                foreach (var item in items) k.Types.Add(TypeName(item));
                kinds[key] = (k.Types, k.Array || isArray);
            }
        return kinds.Select(e => (e.Key, e.Value.Types.Count == 1 ? e.Value.Types.First() : "string", e.Value.Array)).ToList();
    }

    private static string TypeName(object value) => value switch
    {
        long => "long",
        double => "double",
        bool => "boolean",
        _ => "string",
    };

    private static void WriteNodes(TextWriter w, PropertyGraph graph, IReadOnlyList<(string Key, string Type, bool IsArray)> columns, CancellationToken ct)
    {
        var header = new List<string> { "uri:ID", ":LABEL", "sources:string[]" };
        header.AddRange(columns.Select(c => Csv(c.Key + ":" + c.Type + (c.IsArray ? "[]" : ""))));
        w.Write(string.Join(",", header));
        w.Write('\n');
        foreach (var node in graph.Nodes)
        {
            ct.ThrowIfCancellationRequested();
            var props = node.Properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            var cells = new List<string> { Csv(node.Uri), Csv(string.Join(ArrayDelimiter, node.Labels)), Csv(string.Join(ArrayDelimiter, node.Sources)) };
            foreach (var column in columns)
            {
                if (!props.TryGetValue(column.Key, out var value)) { cells.Add(""); continue; }
                var items = value is System.Collections.IList list ? list.Cast<object>() : new[] { value };
                cells.Add(Csv(string.Join(ArrayDelimiter, items.Select(Text))));
            }
            w.Write(string.Join(",", cells));
            w.Write('\n');
        }
    }

    private static void WriteRelationships(TextWriter w, PropertyGraph graph, CancellationToken ct)
    {
        w.Write(":START_ID,:END_ID,:TYPE,sources:string[]\n");
        foreach (var r in graph.Relationships)
        {
            ct.ThrowIfCancellationRequested();
            w.Write($"{Csv(r.StartUri)},{Csv(r.EndUri)},{Csv(r.Type)},{Csv(string.Join(ArrayDelimiter, r.Sources))}\n");
        }
    }

    private static void WriteImportScript(TextWriter w)
    {
        w.Write("#!/usr/bin/env bash\n");
        w.Write("# Imports nodes.csv and relationships.csv into an empty Neo4j 3.x database (the server must be stopped).\n");
        w.Write("# Usage: NEO4J_HOME=/path/to/neo4j bash import.sh [database]\n");
        w.Write("set -euo pipefail\n");
        w.Write("here=\"$(cd \"$(dirname \"${BASH_SOURCE[0]}\")\" && pwd)\"\n");
        w.Write("# Neo4j 3.x predates Java 9: on a newer JVM it needs these (JDK_JAVA_OPTIONS is ignored by Java 8).\n");
        w.Write("export JDK_JAVA_OPTIONS=\"${JDK_JAVA_OPTIONS:-} --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \\\n");
        w.Write("  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/jdk.internal.misc=ALL-UNNAMED --add-exports=java.base/jdk.internal.misc=ALL-UNNAMED \\\n");
        w.Write("  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED\"\n");
        w.Write("\"${NEO4J_HOME:?set NEO4J_HOME}/bin/neo4j-admin\" import --database=\"${1:-graph.db}\" \\\n");
        w.Write("  --nodes=\"$here/nodes.csv\" --relationships=\"$here/relationships.csv\" \\\n");
        w.Write("  --array-delimiter=$'\\x1f' --multiline-fields=true --id-type=STRING\n");
        w.Write("# neo4j-admin import creates no constraint; once the server runs, create the one MERGE relies on:\n");
        w.Write("#   CREATE CONSTRAINT ON (r:Resource) ASSERT r.uri IS UNIQUE\n");
    }

    private void WriteCypher(TextWriter w, PropertyGraph graph, CancellationToken ct)
    {
        w.Write("// Load with: cypher-shell < load.cypher   (idempotent: MERGE on uri)\n");
        w.Write($"CREATE CONSTRAINT ON (r:{CypherNames.Quote(MappingOptions.ResourceLabel)}) ASSERT r.uri IS UNIQUE;\n");
        var none = Array.Empty<string>();
        foreach (var group in graph.Nodes.GroupBy(n => string.Join('\u0001', n.Labels)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var statement = Neo4jGraphLoader.NodeStatement(group.First().Labels, exact: false, none);
            foreach (var batch in group.Chunk(_rowsPerStatement))
            {
                ct.ThrowIfCancellationRequested();
                var rows = batch.Select(n => new Dictionary<string, object?>
                {
                    ["uri"] = n.Uri,
                    ["props"] = n.Properties.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)).ToList(),
                    ["sources"] = n.Sources,
                });
                w.Write(statement.Replace("UNWIND $rows", "UNWIND " + CypherLiteral.Format(rows.Select(r => r.ToList()).ToList()), StringComparison.Ordinal));
                w.Write(";\n");
            }
        }
        if (graph.Prefixes.Count > 0)
        {
            w.Write($"MERGE (p:{CypherNames.Quote(MappingOptions.PrefixNodeLabel)}) SET p += ");
            w.Write(CypherLiteral.Format(graph.Prefixes.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)).ToList()));
            w.Write(";\n");
        }
        foreach (var group in graph.Relationships.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var statement = Neo4jGraphLoader.RelationshipStatement(group.Key, exact: false);
            foreach (var batch in group.Chunk(_rowsPerStatement))
            {
                ct.ThrowIfCancellationRequested();
                var rows = batch.Select(r => new List<KeyValuePair<string, object?>>
                {
                    new("start", r.StartUri), new("end", r.EndUri), new("sources", r.Sources),
                }).ToList();
                w.Write(statement.Replace("UNWIND $rows", "UNWIND " + CypherLiteral.Format(rows), StringComparison.Ordinal));
                w.Write(";\n");
            }
        }
    }

    private static string Text(object value) => value switch
    {
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>RFC 4180 quoting: always quoted, so empty strings and missing values (empty cell) stay distinct.</summary>
    private static string Csv(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
