using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Server;

/// <summary>
/// Guards the shared store: queries read concurrently, updates write alone. MemoryStore itself is
/// not safe for concurrent writes, and a lazy query result must not see the store change under it.
/// </summary>
public sealed class StoreGate : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.SupportsRecursion);

    public StoreGate(MemoryStore store) => Store = store;

    public MemoryStore Store { get; }

    public IDisposable Read()
    {
        _lock.EnterReadLock();
        return new Releaser(_lock.ExitReadLock);
    }

    public IDisposable Write()
    {
        _lock.EnterWriteLock();
        return new Releaser(_lock.ExitWriteLock);
    }

    public void Dispose() => _lock.Dispose();

    private sealed class Releaser(Action release) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) release();
        }
    }
}
