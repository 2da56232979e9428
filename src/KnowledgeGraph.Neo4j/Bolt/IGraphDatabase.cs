namespace KnowledgeGraph.Neo4j.Bolt;

/// <summary>
/// A graph database reached over Bolt. The loader and the commands only use these interfaces, so the
/// official Neo4j driver could stand in for this client behind a thin adapter.
/// </summary>
public interface IGraphDatabase : IAsyncDisposable
{
    /// <summary>Opens a session on a pooled connection (connecting and handshaking if needed).</summary>
    Task<ISession> OpenSessionAsync(SessionOptions? options = null, CancellationToken cancellationToken = default);
}

/// <summary>A sequence of queries on one connection; not thread-safe, as in the official drivers.</summary>
public interface ISession : IAsyncDisposable
{
    /// <summary>The Bolt version the server agreed to.</summary>
    BoltVersion ProtocolVersion { get; }

    /// <summary>The server's agent string, e.g. "Neo4j/3.1.1".</summary>
    string ServerAgent { get; }

    /// <summary>Runs an auto-commit query; records stream in as the caller reads them.</summary>
    Task<IRecordStream> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default);

    Task<ITransaction> BeginTransactionAsync(CancellationToken cancellationToken = default);
}

/// <summary>An explicit transaction; disposing it without commit rolls it back.</summary>
public interface ITransaction : IAsyncDisposable
{
    Task<IRecordStream> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default);

    Task CommitAsync(CancellationToken cancellationToken = default);

    Task RollbackAsync(CancellationToken cancellationToken = default);
}

/// <summary>The records of one query, read lazily from the wire, then its summary.</summary>
public interface IRecordStream : IAsyncEnumerable<Record>
{
    IReadOnlyList<string> Keys { get; }

    /// <summary>Reads (and drops) what is left and returns the summary.</summary>
    Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default);
}

public enum AccessMode
{
    Write,
    Read,
}

/// <param name="AccessMode">Sent to Bolt 4+ servers (mode "r"), which then refuse writes; Bolt 1 has no such field.</param>
/// <param name="Database">The database name for Bolt 4+; null for the server's default.</param>
public sealed record SessionOptions(AccessMode AccessMode = AccessMode.Write, string? Database = null);
