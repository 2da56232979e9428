using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Neo4j.Bolt;

/// <summary>
/// The records of one RUN, read from the connection as the caller enumerates them. If another
/// request needs the connection first, the rest is read into memory so that nothing is lost.
/// On Bolt 4+ a PULL ends with has_more when the fetch size is reached; the next PULL is sent then.
/// </summary>
public sealed class BoltRecordStream : IRecordStream
{
    private readonly BoltConnection _connection;
    private readonly Dictionary<string, object?> _metadata;
    private Queue<Record>? _buffered;
    private ResultSummary? _summary;
    private Exception? _failure;
    private bool _abandoned;
    private bool _enumerated;

    internal BoltRecordStream(BoltConnection connection, IReadOnlyList<string> keys, IReadOnlyDictionary<string, object?> runMetadata)
    {
        _connection = connection;
        Keys = keys;
        _metadata = new Dictionary<string, object?>(runMetadata);
    }

    public IReadOnlyList<string> Keys { get; }

    /// <summary>True while the server still owes this stream records or its closing summary.</summary>
    internal bool AwaitingSummary => _summary is null && _failure is null && !_abandoned;

    public async IAsyncEnumerator<Record> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (_enumerated) throw new InvalidOperationException("a record stream can be enumerated only once");
        _enumerated = true;
        while (await NextAsync(cancellationToken).ConfigureAwait(false) is { } record)
            yield return record;
    }

    public async Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        while (await NextAsync(cancellationToken).ConfigureAwait(false) is not null) { }
        return _summary!;
    }

    /// <summary>All records in memory; a convenience for small results.</summary>
    public async Task<List<Record>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<Record>();
        await foreach (var r in this.WithCancellation(cancellationToken).ConfigureAwait(false)) list.Add(r);
        return list;
    }

    private async Task<Record?> NextAsync(CancellationToken cancellationToken)
    {
        if (_buffered is { Count: > 0 }) return _buffered.Dequeue();
        if (_failure is not null) throw _failure;
        if (_abandoned) throw new InvalidOperationException("the result was discarded by a RESET before it was read");
        if (_summary is not null) return null;
        return await ReadFromWireAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task<Record?> ReadFromWireAsync(CancellationToken cancellationToken) => _connection.GuardAsync(async () =>
    {
        while (true)
        {
            var response = await _connection.ReadResponseAsync(cancellationToken).ConfigureAwait(false);
            switch (response.Signature)
            {
                case BoltMessages.Record:
                    var values = response.Fields.Count > 0 && response.Fields[0] is List<object?> list ? list : new List<object?>();
                    return new Record(Keys, values);
                case BoltMessages.Success:
                    foreach (var (k, v) in response.Metadata) _metadata[k] = v;
                    if (response.Metadata.TryGetValue("has_more", out var more) && more is true)
                    {
                        _connection.WritePull();
                        await _connection.FlushAsync(cancellationToken).ConfigureAwait(false);
                        continue;
                    }
                    _metadata.Remove("has_more");
                    _summary = new ResultSummary(_metadata);
                    _connection.StreamFinished(this);
                    return (Record?)null;
                case BoltMessages.Failure:
                    // A failure mid-stream (e.g. a runtime error on row n): clear it so the connection stays usable.
                    _connection.StreamFinished(this);
                    _failure = BoltConnection.ToServerException(response);
                    await _connection.RecoverAsync(cancellationToken, whileStreaming: true).ConfigureAwait(false);
                    throw _failure;
                default:
                    _connection.StreamFinished(this);
                    throw new BoltProtocolException($"{_connection.Endpoint} answered {BoltMessages.Name(response.Signature)} to PULL");
            }
        }
    });

    internal async Task BufferRemainingAsync(CancellationToken cancellationToken)
    {
        _buffered ??= new Queue<Record>();
        while (AwaitingSummary)
        {
            try
            {
                if (await ReadFromWireAsync(cancellationToken).ConfigureAwait(false) is { } record) _buffered.Enqueue(record);
            }
            catch (Neo4jServerException)
            {
                return; // kept in _failure: the reader of this stream sees it, not the next request
            }
        }
    }

    internal void Abandon() => _abandoned = true;
}
