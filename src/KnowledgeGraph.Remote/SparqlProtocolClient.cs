using System.Net.Http.Headers;

namespace KnowledgeGraph.Remote;

/// <summary>
/// A SPARQL 1.1 Protocol client (https://www.w3.org/TR/sparql11-protocol/): queries are sent by POST as
/// application/x-www-form-urlencoded (no URL length limit), with the dataset as default-graph-uri and
/// named-graph-uri parameters. The answer is handed back as a stream with its media type, read as it arrives.
/// </summary>
public sealed class SparqlProtocolClient : IDisposable
{
    private readonly RemoteHttp _http;

    public SparqlProtocolClient(Uri endpoint, RemoteCredentials credentials, TimeSpan? timeout = null, HttpMessageHandler? handler = null)
    {
        if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"{endpoint}: a SPARQL endpoint is an http:// or https:// URL");
        _http = new RemoteHttp(endpoint, credentials, timeout ?? TimeSpan.FromMinutes(5), handler);
    }

    public Uri Endpoint => _http.Endpoint;

    /// <param name="accept">The Accept header: the result formats the caller can read, by preference.</param>
    public async Task<RemoteAnswer> QueryAsync(string query, string accept, IReadOnlyList<string> defaultGraphs,
        IReadOnlyList<string> namedGraphs, CancellationToken ct)
    {
        var form = new List<KeyValuePair<string, string>> { new("query", query) };
        form.AddRange(defaultGraphs.Select(g => new KeyValuePair<string, string>("default-graph-uri", g)));
        form.AddRange(namedGraphs.Select(g => new KeyValuePair<string, string>("named-graph-uri", g)));
        using var request = new HttpRequestMessage(HttpMethod.Post, _http.Endpoint);
        // FormUrlEncodedContent is buffered, so a Digest challenge can be answered by sending it again.
        request.Content = new ByteArrayContent(await new FormUrlEncodedContent(form).ReadAsByteArrayAsync(ct).ConfigureAwait(false));
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        var response = await _http.SendAsync(request, "query", ct).ConfigureAwait(false);
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream";
        var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        return new RemoteAnswer(mediaType, stream, response);
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>A query answer as it arrives: its media type and body; disposing it releases the connection.</summary>
public sealed class RemoteAnswer(string mediaType, Stream body, IDisposable response) : IDisposable
{
    public string MediaType { get; } = mediaType;

    public Stream Body { get; } = body;

    public void Dispose()
    {
        Body.Dispose();
        response.Dispose();
    }
}
