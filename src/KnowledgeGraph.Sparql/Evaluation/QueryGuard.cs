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

    public QueryGuard(TimeSpan? timeout, CancellationToken cancellationToken)
    {
        _timeout = timeout;
        _cancellationToken = cancellationToken;
        _deadline = timeout is { } t ? Stopwatch.GetTimestamp() + (long)(t.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
    }

    public CancellationToken CancellationToken => _cancellationToken;

    public void Tick()
    {
        if ((++_ticks & 1023) == 0) Check();
    }

    public void Check()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (Stopwatch.GetTimestamp() > _deadline)
            throw new QueryLimitExceededException(QueryLimitKind.Timeout,
                $"query timed out: it ran longer than the {_timeout!.Value.TotalSeconds:0.###} s timeout");
    }
}
