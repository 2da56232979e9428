namespace KnowledgeGraph.Server;

/// <summary>
/// Gives back to the OS the memory a burst of queries left committed, once the server has been idle for a while.
///
/// <para>Why: the GC only shrinks its committed memory during a collection, and an idle server collects nothing; so
/// after a few hundred queries of every shape the process stayed where the busiest query took it (measured with
/// bench/serve-memory.py at 250k triples: resident 137 MB after load, 217 MB after 276 queries and still 217 MB after
/// 10 s idle, while the live heap was 65 MB throughout and the GC had 143 MB committed). One compacting collection
/// that decommits what it frees (<see cref="GCCollectionMode.Aggressive"/>) brings the process back near its size
/// after load.</para>
///
/// <para>When: no query running, none ended for <c>quiet</c>, and at least <c>allocationThreshold</c> bytes allocated
/// since the last trim (a server answering only small lookups has little to give back and is left alone). A server
/// under steady traffic is never idle that long and never pays for it; a collection costs one full, blocking GC (about
/// the time to walk the live heap), paid in an idle moment rather than on a request.</para>
/// </summary>
public sealed class IdleMemoryTrim : IDisposable
{
    private readonly Func<int> _running;
    private readonly long _quietMs;
    private readonly long _allocationThreshold;
    private readonly Timer _timer;
    private readonly TimeSpan _period;
    private readonly Func<long> _allocatedBytes;
    private long _lastActivity = Environment.TickCount64;
    private long _allocatedAtTrim;
    private int _trims;
    private volatile bool _disposed;

    /// <param name="running">Queries running now.</param>
    /// <param name="quiet">Time without a query ending (or running) before a trim.</param>
    /// <param name="allocationThreshold">Bytes allocated since the last trim for the next one to be worth a collection.</param>
    /// <param name="period">How often idleness is checked (a quarter of <paramref name="quiet"/> by default).</param>
    /// <param name="allocatedBytes">Bytes allocated so far (<see cref="GC.GetTotalAllocatedBytes"/> by default, the
    /// whole process's count; a test passes its own counter, since other code in the same process allocates too).</param>
    public IdleMemoryTrim(Func<int> running, TimeSpan quiet, long allocationThreshold = DefaultAllocationThreshold,
        TimeSpan? period = null, Func<long>? allocatedBytes = null)
    {
        _running = running;
        _allocatedBytes = allocatedBytes ?? (() => GC.GetTotalAllocatedBytes());
        _allocatedAtTrim = _allocatedBytes();
        _quietMs = (long)quiet.TotalMilliseconds;
        _allocationThreshold = allocationThreshold;
        _period = period ?? TimeSpan.FromMilliseconds(Math.Max(50, quiet.TotalMilliseconds / 4));
        _timer = new Timer(_ => Tick(), null, _period, Timeout.InfiniteTimeSpan);
    }

    /// <summary>32 MB: below that, what a collection could give back is not worth a full GC.</summary>
    public const long DefaultAllocationThreshold = 32L << 20;

    /// <summary>Trims done so far.</summary>
    public int Trims => Volatile.Read(ref _trims);

    /// <summary>A query ended now: idleness is counted from here.</summary>
    public void QueryEnded() => Volatile.Write(ref _lastActivity, Environment.TickCount64);

    private void Tick()
    {
        try
        {
            if (_running() > 0 || Environment.TickCount64 - Volatile.Read(ref _lastActivity) < _quietMs) return;
            long allocated = _allocatedBytes();
            if (allocated - _allocatedAtTrim < _allocationThreshold) return;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            _allocatedAtTrim = _allocatedBytes();
            Interlocked.Increment(ref _trims);
        }
        finally
        {
            // Re-armed only once this tick is done: a long collection never overlaps the next check.
            if (!_disposed)
            {
                try { _timer.Change(_period, Timeout.InfiniteTimeSpan); }
                catch (ObjectDisposedException) { }
            }
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _timer.Dispose();
    }
}
