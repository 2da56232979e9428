using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Server;

/// <summary>
/// Guards the shared store: queries read concurrently, updates write alone. MemoryStore itself is not safe for
/// concurrent writes, and a lazy query result must not see the store change under it.
///
/// <para>Readers are preferred: a reader waits only while a write is running, never for a writer that is merely
/// waiting (ReaderWriterLockSlim does the opposite, so one update queued behind a 30 s query stalled every
/// lookup behind it). A writer waits for a moment with no reader, at most <c>writerWait</c>; past that it gives up
/// with <see cref="TimeoutException"/> (answered 503), so a busy server cannot hold an update for ever either.</para>
/// </summary>
public sealed class StoreGate
{
    private readonly object _sync = new();
    private int _readers;
    private bool _writing;

    public StoreGate(MemoryStore store) => Store = store;

    public MemoryStore Store { get; }

    /// <summary>Readers now inside the gate (for /metrics).</summary>
    public int Readers { get { lock (_sync) return _readers; } }

    public IDisposable Read()
    {
        lock (_sync)
        {
            while (_writing) Monitor.Wait(_sync);
            _readers++;
        }
        return new Releaser(() =>
        {
            lock (_sync)
            {
                if (--_readers == 0) Monitor.PulseAll(_sync);
            }
        });
    }

    /// <exception cref="TimeoutException">No moment without readers came within <paramref name="wait"/>.</exception>
    public IDisposable Write(TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        lock (_sync)
        {
            while (_writing || _readers > 0)
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                    throw new TimeoutException($"the store stayed busy with queries for {wait.TotalSeconds:0.#} s; retry the update later");
                Monitor.Wait(_sync, left);
            }
            _writing = true;
        }
        return new Releaser(() =>
        {
            lock (_sync)
            {
                _writing = false;
                Monitor.PulseAll(_sync);
            }
        });
    }

    private sealed class Releaser(Action release) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) release();
        }
    }
}
