using System.Net.Sockets;
using KnowledgeGraph.Neo4j.PackStream;

namespace KnowledgeGraph.Neo4j.Bolt;

/// <summary>
/// One Bolt connection: handshake, authentication, and the request/response exchanges of the
/// negotiated version (Bolt 1: INIT, RUN, PULL_ALL, DISCARD_ALL, ACK_FAILURE, RESET; Bolt 4.4/5.x:
/// HELLO, LOGON, BEGIN, COMMIT, ROLLBACK, RUN, PULL n, RESET, GOODBYE).
/// After a FAILURE the server ignores everything until acknowledged, so every failure is followed
/// here by ACK_FAILURE (Bolt 1, outside a transaction) or RESET, which leaves the connection usable.
/// </summary>
public sealed class BoltConnection : IAsyncDisposable
{
    private static readonly byte[] Magic = { 0x60, 0x60, 0xB0, 0x17 };
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    private readonly BoltTransport _transport;
    private readonly BoltClientOptions _options;
    private BoltRecordStream? _openStream;

    private BoltConnection(BoltTransport transport, BoltEndpoint endpoint, BoltVersion version, BoltClientOptions options)
    {
        _transport = transport;
        Endpoint = endpoint;
        Version = version;
        _options = options;
    }

    public BoltEndpoint Endpoint { get; }

    public BoltVersion Version { get; }

    public string ServerAgent { get; private set; } = "";

    /// <summary>True once the connection's state is unknown (I/O error, cancellation mid-exchange): it must be closed.</summary>
    public bool IsBroken { get; private set; }

    public bool InTransaction { get; private set; }

    /// <summary>Connects over TCP, then handshakes and authenticates.</summary>
    public static async Task<BoltConnection> ConnectAsync(BoltEndpoint endpoint, BoltClientOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new BoltClientOptions();
        var client = new TcpClient { NoDelay = true };
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.EffectiveConnectTimeout);
            try
            {
                await client.ConnectAsync(endpoint.Host, endpoint.Port, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ServiceUnavailableException($"cannot connect to {endpoint}: timed out after {options.EffectiveConnectTimeout.TotalSeconds:0.#}s");
            }
            catch (SocketException e)
            {
                var reason = e.SocketErrorCode switch
                {
                    SocketError.ConnectionRefused => "connection refused (is Neo4j running? try scripts/neo4j.sh start)",
                    SocketError.HostNotFound or SocketError.NoData => "unknown host",
                    SocketError.TimedOut => "timed out",
                    _ => e.Message,
                };
                throw new ServiceUnavailableException($"cannot connect to {endpoint}: {reason}", e);
            }
            return await OpenAsync(client.GetStream(), endpoint, options, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Handshakes and authenticates over an already-open stream (tests use in-memory or local streams).</summary>
    public static async Task<BoltConnection> OpenAsync(Stream stream, BoltEndpoint endpoint, BoltClientOptions options, CancellationToken cancellationToken)
    {
        var transport = new BoltTransport(stream, endpoint.ToString());
        try
        {
            var offered = options.EffectiveVersions;
            await transport.WriteRawAsync(HandshakeBytes(offered), cancellationToken).ConfigureAwait(false);
            var answer = new byte[4];
            await transport.ReadExactlyAsync(answer, cancellationToken).ConfigureAwait(false);
            if (answer.AsSpan().SequenceEqual("HTTP"u8))
                throw new BoltProtocolException($"handshake refused by {endpoint}: the port speaks HTTP, not Bolt (Bolt is usually on 7687)");
            var version = BoltVersion.FromHandshake(answer);
            if (version == default)
                throw new BoltProtocolException($"handshake refused by {endpoint}: the server supports none of the offered Bolt versions ({string.Join(", ", offered)})");
            if (!offered.Contains(version))
                throw new BoltProtocolException($"handshake with {endpoint}: the server chose Bolt {version}, which was not offered");
            var connection = new BoltConnection(transport, endpoint, version, options);
            await connection.AuthenticateAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await transport.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The 20 handshake bytes: magic, then up to four proposals; consecutive minors of one major share a range slot.</summary>
    public static byte[] HandshakeBytes(IReadOnlyList<BoltVersion> versions)
    {
        var slots = new List<(BoltVersion Top, int Range)>();
        foreach (var v in versions)
        {
            if (slots.Count > 0 && v.Major >= 4 && slots[^1].Top.Major == v.Major && slots[^1].Top.Minor - slots[^1].Range - 1 == v.Minor)
                slots[^1] = (slots[^1].Top, slots[^1].Range + 1);
            else
                slots.Add((v, 0));
        }
        if (slots.Count > 4) throw new ArgumentException("at most four version proposals fit in a Bolt handshake");
        var bytes = new byte[20];
        Magic.CopyTo(bytes, 0);
        for (var i = 0; i < slots.Count; i++)
        {
            bytes[4 + i * 4 + 1] = (byte)slots[i].Range;
            bytes[4 + i * 4 + 2] = (byte)slots[i].Top.Minor;
            bytes[4 + i * 4 + 3] = (byte)slots[i].Top.Major;
        }
        return bytes;
    }

    private async Task AuthenticateAsync(CancellationToken cancellationToken)
    {
        var auth = new Dictionary<string, object?>();
        if (Endpoint.User is null) auth["scheme"] = "none";
        else
        {
            auth["scheme"] = "basic";
            auth["principal"] = Endpoint.User;
            auth["credentials"] = Endpoint.Password ?? "";
        }

        if (Version.Major < 3)
        {
            var w = _transport.BeginMessage(2, BoltMessages.Init);
            w.WriteString(_options.UserAgent);
            w.Write(auth);
            _transport.EndMessage();
        }
        else
        {
            var hello = new Dictionary<string, object?> { ["user_agent"] = _options.UserAgent };
            if (Version.HasBoltAgent) hello["bolt_agent"] = new Dictionary<string, object?> { ["product"] = _options.UserAgent };
            if (!Version.HasLogon) foreach (var (k, v) in auth) hello[k] = v;
            _transport.BeginMessage(1, BoltMessages.Hello).Write(hello);
            _transport.EndMessage();
            if (Version.HasLogon)
            {
                _transport.BeginMessage(1, BoltMessages.Logon).Write(auth);
                _transport.EndMessage();
            }
        }
        await _transport.FlushAsync(cancellationToken).ConfigureAwait(false);
        var first = await ReadResponseAsync(cancellationToken).ConfigureAwait(false);
        if (first.Signature == BoltMessages.Success && first.Metadata.TryGetValue("server", out var server) && server is string agent)
            ServerAgent = agent;
        var second = Version.HasLogon ? await ReadResponseAsync(cancellationToken).ConfigureAwait(false) : first;
        foreach (var response in new[] { first, second })
            if (response.Signature != BoltMessages.Success)
                throw response.Signature == BoltMessages.Failure
                    ? ToServerException(response)
                    : new BoltProtocolException($"{Endpoint} answered {BoltMessages.Name(response.Signature)} to authentication");
    }

    /// <summary>Sends RUN and the first PULL together, reads RUN's answer and returns the record stream.</summary>
    internal async Task<BoltRecordStream> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters,
        IReadOnlyDictionary<string, object?>? runExtra, CancellationToken cancellationToken)
    {
        await FinishOpenStreamAsync(cancellationToken).ConfigureAwait(false);
        return await GuardAsync(async () =>
        {
            var w = _transport.BeginMessage(Version.Major >= 3 ? 3 : 2, BoltMessages.Run);
            w.WriteString(query);
            w.Write(parameters ?? Empty);
            if (Version.Major >= 3) w.Write(runExtra ?? Empty);
            _transport.EndMessage();
            WritePull();
            await _transport.FlushAsync(cancellationToken).ConfigureAwait(false);

            var run = await ReadResponseAsync(cancellationToken).ConfigureAwait(false);
            if (run.Signature == BoltMessages.Failure)
            {
                await ReadResponseAsync(cancellationToken).ConfigureAwait(false); // the PULL's IGNORED
                await RecoverAsync(cancellationToken).ConfigureAwait(false);
                throw ToServerException(run);
            }
            ExpectSuccess(run, "RUN");
            var keys = run.Metadata.TryGetValue("fields", out var f) && f is List<object?> names
                ? names.Select(n => n as string ?? "").ToList()
                : new List<string>();
            var stream = new BoltRecordStream(this, keys, run.Metadata);
            _openStream = stream;
            return stream;
        }).ConfigureAwait(false);
    }

    internal void WritePull()
    {
        if (Version.HasPullN)
        {
            _transport.BeginMessage(1, BoltMessages.Pull).Write(new Dictionary<string, object?> { ["n"] = (long)_options.FetchSize });
        }
        else
        {
            _transport.BeginMessage(0, BoltMessages.PullAll);
        }
        _transport.EndMessage();
    }

    internal Task FlushAsync(CancellationToken cancellationToken) => _transport.FlushAsync(cancellationToken);

    internal void StreamFinished(BoltRecordStream stream)
    {
        if (ReferenceEquals(_openStream, stream)) _openStream = null;
    }

    /// <summary>Another request needs the wire: keep what the open stream has not read yet in memory.</summary>
    private async Task FinishOpenStreamAsync(CancellationToken cancellationToken)
    {
        if (_openStream is { } open) await open.BufferRemainingAsync(cancellationToken).ConfigureAwait(false);
        _openStream = null;
    }

    public async Task BeginAsync(AccessMode mode, string? database, CancellationToken cancellationToken)
    {
        if (InTransaction) throw new InvalidOperationException("a transaction is already open on this connection");
        if (Version.HasExplicitTransactions)
        {
            var extra = new Dictionary<string, object?>();
            if (mode == AccessMode.Read) extra["mode"] = "r";
            if (database is not null) extra["db"] = database;
            await SimpleRequestAsync(BoltMessages.Begin, extra, "BEGIN", cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // Bolt 1 has no transaction messages: 3.x servers understand BEGIN/COMMIT/ROLLBACK as statements.
            await (await RunAsync("BEGIN", null, null, cancellationToken).ConfigureAwait(false)).ConsumeAsync(cancellationToken).ConfigureAwait(false);
        }
        InTransaction = true;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (!InTransaction) throw new InvalidOperationException("no transaction is open on this connection");
        try
        {
            if (Version.HasExplicitTransactions)
                await SimpleRequestAsync(BoltMessages.Commit, null, "COMMIT", cancellationToken).ConfigureAwait(false);
            else
                await (await RunAsync("COMMIT", null, null, cancellationToken).ConfigureAwait(false)).ConsumeAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            InTransaction = false;
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        if (!InTransaction) return;
        try
        {
            if (Version.HasExplicitTransactions)
                await SimpleRequestAsync(BoltMessages.Rollback, null, "ROLLBACK", cancellationToken).ConfigureAwait(false);
            else
                await (await RunAsync("ROLLBACK", null, null, cancellationToken).ConfigureAwait(false)).ConsumeAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            InTransaction = false;
        }
    }

    /// <summary>RESET: abandons any result and transaction, clears a failure; the connection is clean afterwards.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        // The open stream's PULL is still owed a summary; it arrives (after any records) before RESET's answer.
        var owed = 1;
        if (_openStream is { } open)
        {
            if (open.AwaitingSummary) owed++;
            open.Abandon();
            _openStream = null;
        }
        await GuardAsync(async () =>
        {
            _transport.BeginMessage(0, BoltMessages.Reset);
            _transport.EndMessage();
            await _transport.FlushAsync(cancellationToken).ConfigureAwait(false);
            BoltResponse last = default;
            while (owed > 0)
            {
                last = await ReadResponseAsync(cancellationToken).ConfigureAwait(false);
                if (last.Signature != BoltMessages.Record) owed--;
            }
            ExpectSuccess(last, "RESET");
            InTransaction = false;
            return true;
        }).ConfigureAwait(false);
    }

    private async Task SimpleRequestAsync(byte signature, IReadOnlyDictionary<string, object?>? extra, string name, CancellationToken cancellationToken)
    {
        await FinishOpenStreamAsync(cancellationToken).ConfigureAwait(false);
        await GuardAsync(async () =>
        {
            var w = _transport.BeginMessage(extra is null ? 0 : 1, signature);
            if (extra is not null) w.Write(extra);
            _transport.EndMessage();
            await _transport.FlushAsync(cancellationToken).ConfigureAwait(false);
            var response = await ReadResponseAsync(cancellationToken).ConfigureAwait(false);
            if (response.Signature == BoltMessages.Failure)
            {
                await RecoverAsync(cancellationToken).ConfigureAwait(false);
                throw ToServerException(response);
            }
            ExpectSuccess(response, name);
            return true;
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Clears the server's failed state: ACK_FAILURE on Bolt 1 when a statement failed before it ran,
    /// RESET otherwise (which also ends any transaction). Neo4j 3.1 leaves the implicit transaction of a
    /// statement that failed while streaming marked as failed after ACK_FAILURE, so only RESET clears that.
    /// </summary>
    internal async Task RecoverAsync(CancellationToken cancellationToken, bool whileStreaming = false)
    {
        var ack = Version.Major < 3 && !InTransaction && !whileStreaming;
        _transport.BeginMessage(0, ack ? BoltMessages.AckFailure : BoltMessages.Reset);
        _transport.EndMessage();
        await _transport.FlushAsync(cancellationToken).ConfigureAwait(false);
        var response = await ReadResponseAsync(cancellationToken).ConfigureAwait(false);
        ExpectSuccess(response, ack ? "ACK_FAILURE" : "RESET");
        if (!ack) InTransaction = false;
    }

    internal async Task<BoltResponse> ReadResponseAsync(CancellationToken cancellationToken)
    {
        var body = await _transport.ReadMessageAsync(cancellationToken).ConfigureAwait(false);
        return BoltResponse.Decode(body.Span, Endpoint);
    }

    /// <summary>Marks the connection broken when an exchange is cut short, since its position in the protocol is then unknown.</summary>
    internal async Task<T> GuardAsync<T>(Func<Task<T>> exchange)
    {
        if (IsBroken) throw new ServiceUnavailableException($"the connection to {Endpoint} was lost earlier and cannot be reused");
        try
        {
            return await exchange().ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or ServiceUnavailableException or BoltProtocolException or PackStreamException)
        {
            IsBroken = true;
            throw;
        }
    }

    internal void ExpectSuccess(BoltResponse response, string request)
    {
        if (response.Signature != BoltMessages.Success)
        {
            IsBroken = true;
            throw new BoltProtocolException($"{Endpoint} answered {BoltMessages.Name(response.Signature)} to {request}");
        }
    }

    internal static Neo4jServerException ToServerException(BoltResponse failure) =>
        new(failure.Metadata.TryGetValue("code", out var c) && c is string code ? code : "Neo.DatabaseError.General.UnknownError",
            failure.Metadata.TryGetValue("message", out var m) && m is string message ? message : "(no message)");

    public async ValueTask DisposeAsync()
    {
        if (!IsBroken && Version.Major >= 3)
        {
            try
            {
                _transport.BeginMessage(0, BoltMessages.Goodbye);
                _transport.EndMessage();
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await _transport.FlushAsync(quick.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is BoltException or OperationCanceledException or IOException)
            {
                // The server may already be gone; closing the socket is all that is left to do.
            }
        }
        await _transport.DisposeAsync().ConfigureAwait(false);
    }
}

/// <summary>One server message: its signature and fields (metadata map for SUCCESS/FAILURE, values for RECORD).</summary>
internal readonly record struct BoltResponse(byte Signature, IReadOnlyList<object?> Fields)
{
    private static readonly IReadOnlyDictionary<string, object?> NoMetadata = new Dictionary<string, object?>();

    public IReadOnlyDictionary<string, object?> Metadata =>
        Fields.Count > 0 && Fields[0] is Dictionary<string, object?> map ? map : NoMetadata;

    public static BoltResponse Decode(ReadOnlySpan<byte> body, BoltEndpoint endpoint)
    {
        try
        {
            var reader = new PackStreamReader(body);
            var (count, signature) = reader.ReadStructureHeader();
            if (signature is not (BoltMessages.Success or BoltMessages.Record or BoltMessages.Ignored or BoltMessages.Failure))
                throw new BoltProtocolException($"{endpoint} sent an unknown message 0x{signature:X2}");
            var fields = new object?[count];
            for (var i = 0; i < count; i++) fields[i] = reader.Read();
            return new BoltResponse(signature, fields);
        }
        catch (PackStreamException e)
        {
            throw new BoltProtocolException($"{endpoint} sent a malformed message: {e.Message}", e);
        }
    }
}
