using System.Collections.Concurrent;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Build;

/// <summary>
/// One read of a sorted, distinct statement stream handed to several writers at once, each on its own thread: the
/// dumps of one source (graph.ttl and graph.nt both write the union of the graphs) then cost one k-way merge of the
/// sort runs instead of one per format. Each writer sees exactly the statements a read of its own would give, in the
/// same order, so the bytes are the same; the queues between the reader and the writers are bounded, so memory does
/// not grow with the graph (a writer that falls behind holds the reader back).
/// </summary>
/// <remarks>
/// Only for an input the writers read once (<see cref="PresortedQuads.MayHaveBlankNodes"/> false: a writer then makes
/// no first pass for the blank-node facts); a second read of a writer's view throws. A writer's failure cancels the
/// reader and the other writers, and the first failure is what <see cref="Run"/> throws.
/// </remarks>
public static class SharedRead
{
    private const int ChunkSize = 4096;
    private const int QueuedChunks = 16;

    /// <summary>Runs every writer on its own view of <paramref name="source"/>, the source read once; returns when all
    /// are done.</summary>
    public static void Run(IEnumerable<Quad> source, IReadOnlyList<Action<PresortedQuads>> writers, CancellationToken ct)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var token = cancel.Token;
        var queues = writers.Select(_ => new BlockingCollection<Quad[]>(QueuedChunks)).ToList();
        try
        {
            var tasks = new List<Task>();
            for (int i = 0; i < writers.Count; i++)
            {
                var queue = queues[i];
                var write = writers[i];
                int reads = 0;
                IEnumerable<Quad> View()
                {
                    if (Interlocked.Increment(ref reads) > 1) throw new InvalidOperationException("a shared read is read once");
                    foreach (var chunk in queue.GetConsumingEnumerable(token))
                        foreach (var q in chunk)
                            yield return q;
                }
                tasks.Add(Task.Factory.StartNew(() =>
                {
                    try
                    {
                        write(new PresortedQuads(View, mayHaveBlankNodes: false));
                        // a writer that stopped before the end must not hold the reader back
                        foreach (var _ in queue.GetConsumingEnumerable(token)) { }
                    }
                    catch { cancel.Cancel(); throw; }
                }, token, TaskCreationOptions.LongRunning, TaskScheduler.Default));
            }
            tasks.Add(Task.Factory.StartNew(() =>
            {
                try
                {
                    var chunk = new Quad[ChunkSize];
                    int n = 0;
                    foreach (var q in source)
                    {
                        chunk[n++] = q;
                        if (n < ChunkSize) continue;
                        foreach (var queue in queues) queue.Add(chunk, token);
                        chunk = new Quad[ChunkSize];
                        n = 0;
                    }
                    if (n > 0)
                    {
                        Array.Resize(ref chunk, n);
                        foreach (var queue in queues) queue.Add(chunk, token);
                    }
                    foreach (var queue in queues) queue.CompleteAdding();
                }
                catch { cancel.Cancel(); throw; }
            }, token, TaskCreationOptions.LongRunning, TaskScheduler.Default));
            try
            {
                Task.WaitAll(tasks.ToArray());
            }
            catch (AggregateException)
            {
                // the first failure that is not the cancellation the others got because of it
                var failures = tasks.Where(t => t.IsFaulted).SelectMany(t => t.Exception!.InnerExceptions).ToList();
                var first = failures.FirstOrDefault(e => e is not OperationCanceledException) ?? failures.FirstOrDefault();
                ct.ThrowIfCancellationRequested();
                if (first is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
                throw new OperationCanceledException(token);
            }
        }
        finally
        {
            foreach (var queue in queues) queue.Dispose();
        }
    }
}
