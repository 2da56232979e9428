using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Neo4j.Tests.Support;

/// <summary>
/// A fake Bolt server that replays a hand-written byte transcript (see Transcripts/README.md) on one
/// loopback connection: it checks every byte the client sends against the C: lines and answers with
/// the S: lines. <see cref="Completion"/> fails with the first difference.
/// </summary>
public sealed class TranscriptServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly List<(bool FromClient, byte[]? Bytes, int Line)> _steps;

    public TranscriptServer(string transcriptName)
    {
        _steps = Parse(System.IO.Path.Combine(AppContext.BaseDirectory, "Transcripts", transcriptName));
        _listener.Start();
        Completion = Task.Run(ServeAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string Uri => $"bolt://127.0.0.1:{Port}";

    /// <summary>Completes when the whole transcript was replayed and the client hung up.</summary>
    public Task Completion { get; }

    private async Task ServeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var client = await _listener.AcceptTcpClientAsync(timeout.Token);
        var stream = client.GetStream();
        foreach (var (fromClient, bytes, line) in _steps)
        {
            if (bytes is null) { client.Client.Shutdown(SocketShutdown.Both); client.Close(); return; }
            if (!fromClient)
            {
                await stream.WriteAsync(bytes, timeout.Token);
                continue;
            }
            var actual = new byte[bytes.Length];
            var read = 0;
            while (read < actual.Length)
            {
                var n = await stream.ReadAsync(actual.AsMemory(read), timeout.Token);
                if (n == 0) throw new InvalidOperationException($"transcript line {line}: the client hung up; expected {Convert.ToHexString(bytes)}");
                read += n;
            }
            if (!actual.AsSpan().SequenceEqual(bytes))
                throw new InvalidOperationException($"transcript line {line}: expected {Convert.ToHexString(bytes)}\n                    but the client sent {Convert.ToHexString(actual)}");
        }
        var extra = new byte[64];
        var more = await stream.ReadAsync(extra, timeout.Token);
        if (more > 0) throw new InvalidOperationException($"after the transcript the client sent {Convert.ToHexString(extra, 0, more)}");
    }

    private static readonly Regex Token = new("\"[^\"]*\"|[0-9A-Fa-f]{2}", RegexOptions.Compiled);

    private static List<(bool, byte[]?, int)> Parse(string path)
    {
        var steps = new List<(bool, byte[]?, int)>();
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0) continue;
            var fromClient = line.StartsWith("C:", StringComparison.Ordinal);
            if (!fromClient && !line.StartsWith("S:", StringComparison.Ordinal)) throw new FormatException($"{path}:{number}: expected C: or S:");
            var body = line[2..].Trim();
            if (body == "<close>") { steps.Add((false, null, number)); continue; }
            var bytes = new List<byte>();
            foreach (Match m in Token.Matches(body))
                bytes.AddRange(m.Value.StartsWith('"') ? Encoding.UTF8.GetBytes(m.Value[1..^1]) : new[] { Convert.ToByte(m.Value, 16) });
            steps.Add((fromClient, bytes.ToArray(), number));
        }
        return steps;
    }

    public ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Dispose();
        return ValueTask.CompletedTask;
    }
}
