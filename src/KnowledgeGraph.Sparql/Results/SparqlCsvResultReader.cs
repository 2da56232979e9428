using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql;

/// <summary>
/// Reads SPARQL 1.1 Query Results CSV. CSV loses term kinds: a field "_:x" becomes a blank node,
/// every other non-empty field a simple literal (compare CSV results by value, as the W3C CSV
/// tests intend). An empty field is unbound. CRLF and LF line ends are both accepted.
/// </summary>
public sealed class SparqlCsvResultReader : ISparqlResultReader
{
    public SparqlResultFormat Format => SparqlResultFormat.Csv;

    public SparqlResult Read(TextReader input, string sourceName = "<input>", CancellationToken cancellationToken = default)
    {
        var records = ParseRecords(input.ReadToEnd(), sourceName);
        if (records.Count == 0) throw new SparqlException($"{sourceName}:1:1: a CSV result needs a header line");
        var variables = records[0];
        if (variables.Count == 1 && variables[0] == "_askResult" && records.Count == 2 && records[1].Count == 1 && records[1][0] is "true" or "false")
            return SparqlResult.FromBoolean(records[1][0] == "true");
        var solutions = new List<SparqlSolution>();
        for (int r = 1; r < records.Count; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fields = records[r];
            if (fields.Count != variables.Count)
                throw new SparqlException($"{sourceName}:{r + 1}: {fields.Count} fields for {variables.Count} variables");
            var map = new Dictionary<string, INode>(StringComparer.Ordinal);
            for (int i = 0; i < fields.Count; i++)
            {
                if (fields[i].Length == 0) continue;
                map[variables[i]] = fields[i].StartsWith("_:", StringComparison.Ordinal)
                    ? new BlankNode(fields[i][2..])
                    : LiteralNode.Plain(fields[i]);
            }
            solutions.Add(new SparqlSolution(map));
        }
        return SparqlResult.FromBindings(variables, solutions);
    }

    /// <summary>RFC 4180 records; a trailing line end does not start a record.</summary>
    internal static List<List<string>> ParseRecords(string text, string sourceName)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        int i = 0, line = 1;
        bool atRecordStart = true;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length) throw new SparqlException($"{sourceName}:{line}: unterminated quoted field");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    if (text[i] == '\n') line++;
                    field.Append(text[i++]);
                }
                atRecordStart = false;
                continue;
            }
            if (c == ',') { record.Add(field.ToString()); field.Clear(); i++; atRecordStart = false; continue; }
            if (c == '\r' || c == '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                i++;
                line++;
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = new List<string>();
                atRecordStart = true;
                continue;
            }
            field.Append(c);
            atRecordStart = false;
            i++;
        }
        if (!atRecordStart)
        {
            record.Add(field.ToString());
            records.Add(record);
        }
        return records;
    }
}
