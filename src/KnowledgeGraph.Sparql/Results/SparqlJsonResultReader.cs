using System.Text.Json;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql;

/// <summary>Reads SPARQL 1.1 Query Results JSON (also the older "typed-literal" type).</summary>
public sealed class SparqlJsonResultReader : ISparqlResultReader
{
    public SparqlResultFormat Format => SparqlResultFormat.Json;

    public SparqlResult Read(TextReader input, string sourceName = "<input>", CancellationToken cancellationToken = default)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(input.ReadToEnd(), new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            throw new SparqlException($"{sourceName}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: invalid JSON: {e.Message}", e);
        }
        using (doc)
        {
            try
            {
                return ReadDocument(doc, sourceName, cancellationToken);
            }
            catch (InvalidOperationException e)
            {
                // A member of the wrong JSON type (a number where a string belongs, an object for "vars"...).
                throw new SparqlException($"{sourceName}: malformed SPARQL JSON results: {e.Message}", e);
            }
        }
    }

    private static SparqlResult ReadDocument(JsonDocument doc, string sourceName, CancellationToken cancellationToken)
    {
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new SparqlException($"{sourceName}: a JSON result must be an object");
        if (root.TryGetProperty("boolean", out var boolean))
        {
            if (boolean.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                throw new SparqlException($"{sourceName}: \"boolean\" must be true or false");
            return SparqlResult.FromBoolean(boolean.GetBoolean());
        }
        var variables = new List<string>();
        if (root.TryGetProperty("head", out var head) && head.TryGetProperty("vars", out var vars))
            foreach (var v in vars.EnumerateArray()) variables.Add(v.GetString() ?? "");
        if (!root.TryGetProperty("results", out var results) || !results.TryGetProperty("bindings", out var bindings))
            throw new SparqlException($"{sourceName}: expected \"results\": {{ \"bindings\": [...] }} or \"boolean\"");
        var solutions = new List<SparqlSolution>();
        foreach (var row in bindings.EnumerateArray())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var map = new Dictionary<string, INode>(StringComparer.Ordinal);
            foreach (var property in row.EnumerateObject())
                map[property.Name] = ReadTerm(property.Value, sourceName);
            solutions.Add(new SparqlSolution(map));
        }
        return SparqlResult.FromBindings(variables, solutions);
    }

    private static INode ReadTerm(JsonElement term, string sourceName)
    {
        string? Get(string name) => term.TryGetProperty(name, out var p) ? p.GetString() : null;
        var type = Get("type");
        var value = Get("value") ?? throw new SparqlException($"{sourceName}: a term without \"value\"");
        switch (type)
        {
            case "uri":
                return new UriNode(value);
            case "bnode":
                return new BlankNode(value);
            case "literal":
            case "typed-literal":
                var lang = Get("xml:lang");
                if (!string.IsNullOrEmpty(lang)) return LiteralNode.LangTagged(value, lang);
                var datatype = Get("datatype");
                return datatype is null ? LiteralNode.Plain(value) : LiteralNode.Typed(value, datatype);
            default:
                throw new SparqlException($"{sourceName}: unknown term type \"{type}\"");
        }
    }
}
