namespace KnowledgeGraph.Sparql;

/// <summary>
/// A memory budget shared by all the queries of a process (a server): intermediate rows held by every running query
/// together. Each query draws on it through a <see cref="RowLease"/>, returned when the query ends, so that many
/// heavy queries at once stop early instead of adding up past what the machine has.
/// </summary>
public sealed class RowBudgetPool(long limit)
{
    private long _used;

    public long Limit { get; } = limit;

    /// <summary>Rows held now by all open leases (in whole chunks).</summary>
    public long Used => Interlocked.Read(ref _used);

    public RowLease Open() => new(this);

    internal bool TryTake(long rows)
    {
        if (Interlocked.Add(ref _used, rows) <= Limit) return true;
        Interlocked.Add(ref _used, -rows);
        return false;
    }

    internal void Give(long rows) => Interlocked.Add(ref _used, -rows);
}

/// <summary>One query's share of a <see cref="RowBudgetPool"/>; taken in chunks so the shared counter is touched rarely.</summary>
public sealed class RowLease : IDisposable
{
    private const int Chunk = 4096;
    private readonly RowBudgetPool _pool;
    private long _taken;
    private long _used;
    private int _disposed;

    internal RowLease(RowBudgetPool pool) => _pool = pool;

    /// <summary>Counts one more held row; false when the shared budget has no room left for it.</summary>
    public bool TryRetain()
    {
        if (++_used <= _taken) return true;
        if (!_pool.TryTake(Chunk)) { _used--; return false; }
        _taken += Chunk;
        return true;
    }

    public long Limit => _pool.Limit;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0) _pool.Give(_taken);
    }
}
