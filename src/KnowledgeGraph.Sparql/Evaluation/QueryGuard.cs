using System.Diagnostics;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Enforces the timeout and cancellation inside evaluation loops. Checking the clock on every step would cost
/// more than most steps, so <see cref="Tick"/> looks at it every 1024 calls.
/// </summary>
public sealed class QueryGuard
{
    private readonly CancellationToken _cancellationToken;
    private readonly long _deadline;
    private readonly TimeSpan? _timeout;
    private int _ticks;
    private readonly long _rowBudget;
    private long _retained;

    private readonly RowLease? _sharedRows;

    public QueryGuard(TimeSpan? timeout, CancellationToken cancellationToken, long? rowBudget = null, RowLease? sharedRows = null)
    {
        _sharedRows = sharedRows;
        _rowBudget = rowBudget ?? long.MaxValue;
        _timeout = timeout;
        _cancellationToken = cancellationToken;
        _deadline = timeout is { } t ? Stopwatch.GetTimestamp() + (long)(t.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
    }

    public CancellationToken CancellationToken => _cancellationToken;

    public void Tick()
    {
        if ((++_ticks & 1023) == 0) Check();
    }

    /// <summary>Rows held so far by materialising operators.</summary>
    public long Retained => _retained;

    /// <summary>
    /// Counts one row kept in memory by an operator (hash table, group, sort buffer, DISTINCT set). The count only
    /// grows during a query: the operators' buffers live until the enumeration ends, so the sum over the query is
    /// a bound on what it holds, and a query that would exhaust memory stops early with a clear reason.
    /// </summary>
    public void Retain()
    {
        if (++_retained > _rowBudget)
            throw new QueryLimitExceededException(QueryLimitKind.MemoryBudget,
                $"query stopped: it needed to hold more than {_rowBudget:N0} intermediate rows in memory (the per-query memory budget); " +
                "add selective patterns, a LIMIT without ORDER BY, or avoid cross products");
        if (_sharedRows is not null && !_sharedRows.TryRetain())
            throw new QueryLimitExceededException(QueryLimitKind.MemoryBudget,
                $"query stopped: the memory budget shared by all running queries ({_sharedRows.Limit:N0} intermediate rows) is in use; " +
                "retry later, or make the query hold fewer rows");
        Tick();
    }

    public void Check()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (Stopwatch.GetTimestamp() > _deadline)
            throw new QueryLimitExceededException(QueryLimitKind.Timeout,
                $"query timed out: it ran longer than the {_timeout!.Value.TotalSeconds:0.###} s timeout");
    }
}
