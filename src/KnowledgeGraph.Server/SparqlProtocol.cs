using System.Text;
using KnowledgeGraph.Sparql;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace KnowledgeGraph.Server;

/// <summary>One SPARQL Protocol operation read from a request: exactly one of Query and Update is set.</summary>
public sealed record ProtocolOperation(string? Query, string? Update, SparqlDataset Dataset);

/// <summary>A request that breaks the protocol, with the status to answer (400, 415).</summary>
public sealed class ProtocolException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}

/// <summary>
/// Reads the SPARQL 1.1 Protocol's three request shapes (§2.1, §2.2): GET with URL parameters, POST of an
/// URL-encoded form, and POST of the query or update directly. Dataset parameters (default-graph-uri,
/// named-graph-uri; using-graph-uri, using-named-graph-uri for updates) are taken from the URL and from the form.
/// Bodies must be UTF-8 (§2.1.2, §2.1.3): another charset, or bytes that are not UTF-8, is answered 415.
/// </summary>
public static class SparqlProtocol
{
    public const string QueryType = "application/sparql-query";
    public const string UpdateType = "application/sparql-update";
    public const string FormType = "application/x-www-form-urlencoded";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<ProtocolOperation?> ReadAsync(HttpContext ctx)
    {
        var request = ctx.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            if (request.Query.ContainsKey("update"))
                throw new ProtocolException(400, "an update must be sent with POST (SPARQL Protocol §2.2)");
            var query = Single(request.Query, "query");
            return query is null ? null : new ProtocolOperation(query, null, Dataset(request.Query, null, update: false));
        }
        var contentType = request.ContentType;
        if (string.IsNullOrWhiteSpace(contentType))
            throw new ProtocolException(400, $"a POST needs a Content-Type: {FormType}, {QueryType} or {UpdateType}");
        var mediaType = contentType.Split(';')[0].Trim().ToLowerInvariant();
        RequireUtf8Charset(contentType);
        if (mediaType == FormType)
        {
            var form = await request.ReadFormAsync(ctx.RequestAborted);
            var query = Single(form, "query");
            var update = Single(form, "update");
            if (query is not null && update is not null)
                throw new ProtocolException(400, "a request carries either a query or an update, not both");
            if (query is null && update is null)
                throw new ProtocolException(400, "the form has no query and no update field");
            return new ProtocolOperation(query, update, Dataset(request.Query, form, update is not null));
        }
        if (mediaType is QueryType or UpdateType)
        {
            var text = await ReadUtf8Async(request, ctx.RequestAborted);
            bool isUpdate = mediaType == UpdateType;
            return new ProtocolOperation(isUpdate ? null : text, isUpdate ? text : null, Dataset(request.Query, null, isUpdate));
        }
        throw new ProtocolException(415, $"unsupported Content-Type {mediaType}: send {FormType}, {QueryType} or {UpdateType}");
    }

    /// <summary>A charset parameter other than UTF-8 is refused (415); none means UTF-8.</summary>
    public static void RequireUtf8Charset(string contentType)
    {
        foreach (var parameter in contentType.Split(';').Skip(1))
        {
            var kv = parameter.Split('=', 2);
            if (kv.Length == 2 && kv[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                var charset = kv[1].Trim().Trim('"');
                if (!charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
                    throw new ProtocolException(415, $"the body is declared {charset}: SPARQL Protocol requests must be UTF-8");
            }
        }
    }

    /// <summary>Reads the whole body as strict UTF-8 (415 on invalid bytes, 413 past the size limit via Kestrel).</summary>
    public static async Task<string> ReadUtf8Async(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        try
        {
            var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) bytes = bytes[3..];
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new ProtocolException(415, $"the body is not valid UTF-8 (byte offset {e.Index}): SPARQL Protocol requests must be UTF-8");
        }
    }

    private static string? Single(IEnumerable<KeyValuePair<string, StringValues>> values, string name)
    {
        var found = values.Where(kv => kv.Key == name).SelectMany(kv => kv.Value).ToList();
        if (found.Count > 1) throw new ProtocolException(400, $"the request has {found.Count} '{name}' parameters; send exactly one");
        return found.Count == 1 ? found[0] : null;
    }

    private static SparqlDataset Dataset(IQueryCollection url, IFormCollection? form, bool update)
    {
        string defaultName = update ? "using-graph-uri" : "default-graph-uri";
        string namedName = update ? "using-named-graph-uri" : "named-graph-uri";
        string otherDefault = update ? "default-graph-uri" : "using-graph-uri";
        string otherNamed = update ? "named-graph-uri" : "using-named-graph-uri";
        if (url.ContainsKey(otherDefault) || url.ContainsKey(otherNamed) || form is not null && (form.ContainsKey(otherDefault) || form.ContainsKey(otherNamed)))
            throw new ProtocolException(400, update
                ? "an update takes using-graph-uri / using-named-graph-uri, not default-graph-uri / named-graph-uri"
                : "a query takes default-graph-uri / named-graph-uri, not using-graph-uri / using-named-graph-uri");
        IEnumerable<string> All(string name) =>
            url[name].Concat(form is null ? StringValues.Empty : form[name]).OfType<string>().Where(s => s.Length > 0);
        var defaults = All(defaultName).Distinct().ToList();
        var named = All(namedName).Distinct().ToList();
        foreach (var iri in defaults.Concat(named))
            if (!Uri.TryCreate(iri, UriKind.Absolute, out _))
                throw new ProtocolException(400, $"'{iri}' is not an absolute IRI");
        return new SparqlDataset(defaults, named);
    }
}
