using System.Net;
using System.Text;

namespace KnowledgeGraph.Cli.Tests.Remote;

/// <summary>
/// An in-memory Graph Store (PUT replaces, POST adds, lines of N-Triples per graph) that can be told to fail:
/// after <see cref="FailAfter"/> accepted requests it answers <see cref="FailWith"/> (or drops the connection when null).
/// </summary>
internal sealed class FakeGraphStore : HttpMessageHandler
{
    public Dictionary<string, List<string>> Graphs { get; } = new(StringComparer.Ordinal);

    public List<string> Requests { get; } = [];

    public int? FailAfter { get; set; }

    public HttpStatusCode? FailWith { get; set; }

    /// <summary>How long each request takes (so that parallel requests overlap).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>The most requests seen in progress at once.</summary>
    public int MaxConcurrent { get; private set; }

    private readonly object _gate = new();
    private int _inProgress;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var graph = Uri.UnescapeDataString(request.RequestUri!.Query.Split("graph=")[1]);
        var body = await request.Content!.ReadAsStringAsync(ct);
        lock (_gate) MaxConcurrent = Math.Max(MaxConcurrent, ++_inProgress);
        try
        {
            if (Delay > TimeSpan.Zero) await Task.Delay(Delay, ct);
            lock (_gate)
            {
                if (FailAfter is { } n && Requests.Count >= n)
                {
                    if (FailWith is null) throw new HttpRequestException("connection refused", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused));
                    return new HttpResponseMessage(FailWith.Value) { Content = new StringContent("refused by the test") };
                }
                var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
                Requests.Add($"{request.Method} {graph} {lines.Count}");
                if (request.Method == HttpMethod.Put) Graphs[graph] = lines;
                else if (Graphs.TryGetValue(graph, out var existing)) existing.AddRange(lines);
                else Graphs[graph] = lines;
                return new HttpResponseMessage(request.Method == HttpMethod.Put ? HttpStatusCode.Created : HttpStatusCode.OK);
            }
        }
        finally
        {
            lock (_gate) _inProgress--;
        }
    }

    /// <summary>The store's content as sorted "graph line" strings, to compare with the source file.</summary>
    public List<string> Content() =>
        Graphs.SelectMany(g => g.Value.Select(l => g.Key + " " + l)).Order(StringComparer.Ordinal).ToList();
}
