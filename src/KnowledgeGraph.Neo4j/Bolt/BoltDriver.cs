using System.Collections.Concurrent;

namespace KnowledgeGraph.Neo4j.Bolt;

/// <summary>
/// The Bolt client's entry point: a small connection pool to one server. A session borrows a
/// connection and returns it on dispose; broken connections are closed instead of pooled.
/// </summary>
public sealed class BoltDriver : IGraphDatabase
{
    private readonly BoltEndpoint _endpoint;
    private readonly BoltClientOptions _options;
    private readonly ConcurrentStack<BoltConnection> _idle = new();
    private readonly SemaphoreSlim _capacity;
    private bool _disposed;

    public BoltDriver(BoltEndpoint endpoint, BoltClientOptions? options = null)
    {
        _endpoint = endpoint;
        _options = options ?? new BoltClientOptions();
        _capacity = new SemaphoreSlim(Math.Max(1, _options.MaxPoolSize));
    }

    public BoltEndpoint Endpoint => _endpoint;

    public async Task<ISession> OpenSessionAsync(SessionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _capacity.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = _idle.TryPop(out var pooled)
                ? pooled
                : await BoltConnection.ConnectAsync(_endpoint, _options, cancellationToken).ConfigureAwait(false);
            return new BoltSession(this, connection, options ?? new SessionOptions());
        }
        catch
        {
            _capacity.Release();
            throw;
        }
    }

    /// <summary>Connects once and returns the server agent and negotiated version; throws if the server is unusable.</summary>
    public async Task<(string ServerAgent, BoltVersion Version)> VerifyConnectivityAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await OpenSessionAsync(null, cancellationToken).ConfigureAwait(false);
        return (session.ServerAgent, session.ProtocolVersion);
    }

    internal async ValueTask ReturnAsync(BoltConnection connection)
    {
        try
        {
            if (_disposed || connection.IsBroken || connection.InTransaction) await connection.DisposeAsync().ConfigureAwait(false);
            else _idle.Push(connection);
        }
        finally
        {
            _capacity.Release();
        }
    }

    public int IdleConnections => _idle.Count;

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryPop(out var connection)) await connection.DisposeAsync().ConfigureAwait(false);
    }
}

internal sealed class BoltSession : ISession
{
    private readonly BoltDriver _driver;
    private readonly BoltConnection _connection;
    private readonly SessionOptions _options;
    private bool _disposed;

    public BoltSession(BoltDriver driver, BoltConnection connection, SessionOptions options)
    {
        _driver = driver;
        _connection = connection;
        _options = options;
    }

    public BoltVersion ProtocolVersion => _connection.Version;

    public string ServerAgent => _connection.ServerAgent;

    public async Task<IRecordStream> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_connection.InTransaction) throw new InvalidOperationException("a transaction is open: run queries through it");
        return await _connection.RunAsync(query, parameters, AutoCommitExtra(), cancellationToken).ConfigureAwait(false);
    }

    public async Task<ITransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _connection.BeginAsync(_options.AccessMode, _options.Database, cancellationToken).ConfigureAwait(false);
        return new BoltTransaction(_connection);
    }

    private Dictionary<string, object?>? AutoCommitExtra()
    {
        if (_connection.Version.Major < 3) return null;
        var extra = new Dictionary<string, object?>();
        if (_options.AccessMode == AccessMode.Read) extra["mode"] = "r";
        if (_options.Database is not null) extra["db"] = _options.Database;
        return extra;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        try
        {
            // Leave the connection clean for the next borrower: unread results and open transactions go.
            if (!_connection.IsBroken)
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _connection.ResetAsync(quick.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is BoltException or OperationCanceledException)
        {
            // ResetAsync marked it broken; the pool closes it.
        }
        await _driver.ReturnAsync(_connection).ConfigureAwait(false);
    }
}

internal sealed class BoltTransaction : ITransaction
{
    private readonly BoltConnection _connection;
    private bool _finished;

    public BoltTransaction(BoltConnection connection) => _connection = connection;

    public async Task<IRecordStream> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        if (_finished) throw new InvalidOperationException("the transaction is already committed or rolled back");
        if (!_connection.InTransaction)
            throw new InvalidOperationException("the transaction was rolled back by the server after an earlier failure");
        return await _connection.RunAsync(query, parameters, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        if (_finished) throw new InvalidOperationException("the transaction is already committed or rolled back");
        _finished = true;
        if (!_connection.InTransaction)
            throw new InvalidOperationException("the transaction was rolled back by the server after an earlier failure; nothing was committed");
        await _connection.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_finished) return;
        _finished = true;
        await _connection.RollbackAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_finished || _connection.IsBroken) return;
        try { await RollbackAsync(CancellationToken.None).ConfigureAwait(false); }
        catch (BoltException) { /* the session's RESET on dispose cleans up */ }
    }
}
