using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace KnowledgeGraph.Remote;

/// <summary>
/// The HTTP plumbing shared by the two protocol clients: one connection pool per endpoint, credentials answered to
/// the store's challenge (Basic or Digest) or a bearer token on every request, and every failure turned into a
/// <see cref="RemoteStoreException"/> with a message a user can act on.
/// </summary>
internal sealed class RemoteHttp : IDisposable
{
    private readonly HttpClient _client;
    private readonly RemoteCredentials _credentials;

    public RemoteHttp(Uri endpoint, RemoteCredentials credentials, TimeSpan timeout, HttpMessageHandler? handler)
    {
        Endpoint = endpoint;
        _credentials = credentials;
        handler ??= new SocketsHttpHandler
        {
            Credentials = credentials.ForOrigin(endpoint),
            // Digest needs the challenge of a first answer; the handler then answers it and resends the body
            // (request contents here are byte arrays, so they can be sent twice).
            PreAuthenticate = true,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
        };
        _client = new HttpClient(handler) { Timeout = timeout };
    }

    public Uri Endpoint { get; }

    /// <summary>Sends a request and returns the response once its headers are read; non-2xx statuses throw.</summary>
    /// <param name="what">Names the operation in messages ("PUT of graph &lt;…&gt;").</param>
    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string what, CancellationToken ct)
    {
        if (_credentials.BearerToken is { } token) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        HttpResponseMessage response;
        try
        {
            response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new RemoteStoreException(RemoteFailure.Unreachable,
                $"{what}: the store at {Endpoint.GetLeftPart(UriPartial.Path)} cannot be reached ({Reason(e)})", null, e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new RemoteStoreException(RemoteFailure.Unreachable,
                $"{what}: the store at {Endpoint.GetLeftPart(UriPartial.Path)} did not answer within {_client.Timeout.TotalSeconds:0.#} s", null, e);
        }
        if (response.IsSuccessStatusCode) return response;
        using (response)
        {
            var status = (int)response.StatusCode;
            var body = await ShortBodyAsync(response, ct).ConfigureAwait(false);
            var (failure, advice) = status switch
            {
                401 => (RemoteFailure.Unauthorized, _credentials.HasPassword || _credentials.BearerToken is not null
                    ? "the store refused the credentials from KG_ENDPOINT_USER/KG_ENDPOINT_PASSWORD or KG_ENDPOINT_TOKEN"
                    : "the store needs credentials: set KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD (or KG_ENDPOINT_TOKEN)"),
                403 => (RemoteFailure.Unauthorized, "the store's user may not do this (403 Forbidden)"),
                413 => (RemoteFailure.TooLarge, "the request is larger than the store accepts (413): lower --batch-size"),
                >= 500 => (RemoteFailure.ServerError, $"the store failed ({status} {response.ReasonPhrase})"),
                _ => (RemoteFailure.Rejected, $"the store refused the request ({status} {response.ReasonPhrase})"),
            };
            throw new RemoteStoreException(failure, $"{what}: {advice}{(body.Length > 0 ? ": " + body : "")}", status);
        }
    }

    /// <summary>The first line of an error body with text in it (stores answer HTML or plain text), cut short.</summary>
    private static async Task<string> ShortBodyAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            var plain = System.Text.RegularExpressions.Regex.Replace(text, "<[^>]*>", " ");
            var line = plain.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith("<!", StringComparison.Ordinal)) ?? "";
            return line.Length > 300 ? line[..300] + "…" : line;
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return "";
        }
    }

    private static string Reason(HttpRequestException e) => e.InnerException switch
    {
        SocketException s => s.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "connection refused: is it running?",
            SocketError.ConnectionReset => "connection reset: it stopped mid-request",
            _ => s.Message,
        },
        IOException io => "the connection was closed mid-request: " + io.Message,
        _ => e.Message,
    };

    public void Dispose() => _client.Dispose();
}
