using System.Net.Http.Headers;

namespace KnowledgeGraph.Remote;

/// <summary>
/// A SPARQL 1.1 Graph Store HTTP Protocol client (https://www.w3.org/TR/sparql11-http-rdf-update/), indirect graph
/// identification: <c>PUT ENDPOINT?graph=IRI</c> replaces a named graph, <c>POST</c> adds to it. Bodies are
/// N-Triples (application/n-triples, UTF-8), which every store reads and which can be cut between any two lines.
/// </summary>
public sealed class GraphStoreClient : IDisposable
{
    private readonly RemoteHttp _http;

    /// <param name="endpoint">The Graph Store endpoint (Virtuoso: http://HOST:PORT/sparql-graph-crud-auth).</param>
    /// <param name="handler">For tests; null uses a pooled socket handler with <paramref name="credentials"/>.</param>
    public GraphStoreClient(Uri endpoint, RemoteCredentials credentials, TimeSpan? timeout = null, HttpMessageHandler? handler = null)
    {
        if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"{endpoint}: a Graph Store endpoint is an http:// or https:// URL");
        _http = new RemoteHttp(endpoint, credentials, timeout ?? TimeSpan.FromMinutes(5), handler);
    }

    public Uri Endpoint => _http.Endpoint;

    /// <summary>Replaces the graph's content with <paramref name="ntriples"/> (PUT: the same request twice leaves the same graph).</summary>
    public Task ReplaceAsync(string graph, ReadOnlyMemory<byte> ntriples, CancellationToken ct) => SendAsync(HttpMethod.Put, graph, ntriples, ct);

    /// <summary>Adds <paramref name="ntriples"/> to the graph (POST).</summary>
    public Task AppendAsync(string graph, ReadOnlyMemory<byte> ntriples, CancellationToken ct) => SendAsync(HttpMethod.Post, graph, ntriples, ct);

    private async Task SendAsync(HttpMethod method, string graph, ReadOnlyMemory<byte> body, CancellationToken ct)
    {
        var separator = _http.Endpoint.Query.Length > 0 ? "&" : "?";
        using var request = new HttpRequestMessage(method, new Uri(_http.Endpoint.AbsoluteUri + separator + "graph=" + Uri.EscapeDataString(graph)));
        request.Content = new ReadOnlyMemoryContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/n-triples") { CharSet = "utf-8" };
        using var response = await _http.SendAsync(request, $"{method} of graph <{graph}>", ct).ConfigureAwait(false);
    }

    public void Dispose() => _http.Dispose();
}
