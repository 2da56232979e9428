using KnowledgeGraph.Rdf.JsonLd;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// JSON-LD 1.1 to RDF (see <see cref="JsonLdToRdf"/> for the features covered). The document is
/// read whole (JSON-LD contexts can appear after the data they govern), then quads are yielded.
/// JSON errors and JSON-LD errors carry the line and column of the offending token.
/// </summary>
public sealed class JsonLdParser : IRdfReader
{
    public RdfFormat Format => RdfFormat.JsonLd;

    public IEnumerable<Quad> Read(TextReader input, RdfReaderOptions options, CancellationToken cancellationToken = default)
    {
        JToken document;
        try
        {
            using var json = new JsonTextReader(input) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double, CloseInput = false };
            document = JToken.ReadFrom(json, new JsonLoadSettings
            {
                LineInfoHandling = LineInfoHandling.Load,
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
                CommentHandling = CommentHandling.Ignore,
            });
            if (json.Read() && json.TokenType != JsonToken.Comment)
                throw new RdfSyntaxException("unexpected content after the JSON document", options.SourceName, json.LineNumber, json.LinePosition);
        }
        catch (JsonReaderException e)
        {
            throw new RdfSyntaxException("invalid JSON: " + StripPosition(e.Message), options.SourceName, e.LineNumber, e.LinePosition, e);
        }
        foreach (var quad in new JsonLdToRdf(options, cancellationToken).Convert(document))
            yield return quad;
    }

    // Newtonsoft appends "Path '...', line L, position P." which the exception's own position replaces.
    private static string StripPosition(string message)
    {
        int path = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (path < 0) path = message.IndexOf(", line ", StringComparison.Ordinal);
        return path < 0 ? message : message.Substring(0, path).TrimEnd('.', ',') ;
    }
}
