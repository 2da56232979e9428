using System.Diagnostics;
using System.Text;

namespace KnowledgeGraph.Remote;

/// <summary>
/// Writes a build into a store through the Graph Store Protocol: one named graph per article graph of the build,
/// plus <see cref="PushOptions.DefaultGraph"/> for its default graph. The source is read once, as a stream; each
/// graph's triples go out in batches of <see cref="PushOptions.BatchTriples"/>: the first batch by PUT (which
/// replaces whatever the graph held: pushing twice gives the same store), the next ones by POST. A graph is recorded
/// done in the <see cref="PushLog"/> only after its last batch was accepted, so after a failure the graph being sent
/// is not done and a rerun sends it again from its PUT: no graph stays half-written once the push completes.
///
/// <para>Up to <see cref="PushOptions.Parallel"/> requests are in flight at once, for different graphs or batches of
/// one graph (a graph's requests are sent one after the other, in order); the file is read and encoded meanwhile.
/// Triples with a blank node are never cut from the rest of their graph's remaining triples (a label means one node
/// only within one request), so a graph with blank nodes is sent whole from its first blank node on.</para>
/// </summary>
public sealed class BuildPusher(GraphStoreClient client, PushOptions options)
{
    private readonly UTF8Encoding _utf8 = new(false);

    public async Task<PushSummary> PushAsync(PushSource source, IProgress<PushProgress>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        using var log = PushLog.Open(PushLog.PathFor(source.StateFolder, client.Endpoint), client.Endpoint, source.Identity, options.Restart);
        var state = new State(log, options.Parallel);
        await using var file = new FileStream(source.File, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var reader = RdfText.OpenReader(file, source.File);
        var readerOptions = new RdfReaderOptions(source.File, new Uri(Path.GetFullPath(source.File)).AbsoluteUri);
        var started = new HashSet<string>(StringComparer.Ordinal);   // graphs whose PUT was sent in this run
        var ended = new HashSet<string>(StringComparer.Ordinal);     // graphs whose group ended earlier in the file
        string? current = null;
        var batch = new StringBuilder();
        int inBatch = 0;
        bool blankSeen = false;
        long lastReport = 0;

        async Task Flush(bool graphEnds)
        {
            // A graph done by an earlier run is skipped whole: nothing is sent, not even its PUT.
            if (current is null || (state.IsDone(current) && !started.Contains(current))) return;
            if (inBatch > 0 || !started.Contains(current))
            {
                // An empty first batch still PUTs: the graph is replaced by the (empty) content the file gives it.
                var body = _utf8.GetBytes(batch.ToString());
                var first = started.Add(current);
                await state.SendAsync(client, current, body, replace: first, inBatch, ct).ConfigureAwait(false);
                batch.Clear();
                inBatch = 0;
            }
            if (graphEnds) state.End(current);
        }

        try
        {
            foreach (var quad in RdfFormats.CreateReader(source.Format).Read(reader, readerOptions, ct))
            {
                var graph = quad.Graph is IUriNode g ? g.Iri : quad.Graph is null ? options.DefaultGraph
                    : throw new FormatException($"{source.File}: a graph named by a blank node ({quad.Graph.ToNTriples()}) cannot be addressed in a Graph Store");
                if (graph != current)
                {
                    await Flush(graphEnds: true).ConfigureAwait(false);
                    current = graph;
                    blankSeen = false;
                    if (ended.Contains(graph) && started.Contains(graph))
                    {
                        // The file is not grouped by graph: this graph continues; it is done again only at the end of the file.
                        await state.ReopenAsync(graph).ConfigureAwait(false);
                    }
                    else if (state.IsDone(graph) && ended.Add(graph))
                    {
                        state.Skip(graph);
                    }
                    ended.Add(graph);
                }
                if (state.IsDone(graph) && !started.Contains(graph)) continue;
                batch.Append(quad.Subject.ToNTriples()).Append(' ').Append(quad.Predicate.ToNTriples()).Append(' ')
                    .Append(quad.Object.ToNTriples()).Append(" .\n");
                inBatch++;
                blankSeen |= quad.Subject is IBlankNode || quad.Object is IBlankNode;
                if (inBatch >= options.BatchTriples && !blankSeen) await Flush(graphEnds: false).ConfigureAwait(false);
                if (progress is not null && state.Triples - lastReport >= 10_000)
                {
                    lastReport = state.Triples;
                    progress.Report(new PushProgress(graph, state.Pushed, state.Skipped, state.Triples, (double)file.Position / Math.Max(1, file.Length)));
                }
            }
            await Flush(graphEnds: true).ConfigureAwait(false);
            await state.FinishAsync().ConfigureAwait(false);
        }
        catch
        {
            await state.DrainAsync().ConfigureAwait(false);
            state.ThrowIfFailed();
            throw;
        }
        progress?.Report(new PushProgress(current ?? "", state.Pushed, state.Skipped, state.Triples, 1));
        return new PushSummary(state.Pushed, state.Skipped, state.Triples, state.Requests, clock.Elapsed, log.Path);
    }

    /// <summary>
    /// The requests in flight and the bookkeeping that follows them. Up to <c>parallel</c> requests run at once (each
    /// holds its body, so memory stays bounded too); the requests of one graph form a chain (its POSTs go after its
    /// PUT, in order), and a graph is marked done when its chain completes, whatever the order graphs finish in. The
    /// first failure stops the push: no request starts after it, those in flight are waited for (a graph they complete
    /// is recorded, so a rerun skips it), and the failure is thrown.
    /// </summary>
    private sealed class State(PushLog log, int parallel)
    {
        private readonly SemaphoreSlim _slots = new(parallel);
        private readonly Dictionary<string, Task> _chains = new(StringComparer.Ordinal);
        private readonly List<string> _reopened = [];
        private readonly object _gate = new();
        // The failure of the earliest request sent: with several in flight, the one a user expects to read about (the
        // first graph of the file refused for bad credentials, not whichever refusal came back first).
        private (long Sequence, System.Runtime.ExceptionServices.ExceptionDispatchInfo Error)? _failure;
        private long _pushed;

        public long Pushed => Interlocked.Read(ref _pushed);
        public long Skipped { get; private set; }
        public long Triples { get; private set; }
        public long Requests { get; private set; }

        public async Task SendAsync(GraphStoreClient client, string graph, byte[] body, bool replace, int triples, CancellationToken ct)
        {
            ThrowIfFailed();
            await _slots.WaitAsync(ct).ConfigureAwait(false);
            ThrowIfFailed();
            var previous = _chains.GetValueOrDefault(graph) ?? Task.CompletedTask;
            _chains[graph] = RunAsync(previous, Requests, client, graph, body, replace, ct);
            Requests++;
            Triples += triples;
            if (_chains.Count > 4 * parallel) Prune();
        }

        private async Task RunAsync(Task previous, long sequence, GraphStoreClient client, string graph, byte[] body, bool replace, CancellationToken ct)
        {
            try
            {
                // The graph's earlier request failing fails this one unsent (and the graph is never marked done).
                await previous.ConfigureAwait(false);
                await (replace ? client.ReplaceAsync(graph, body, ct) : client.AppendAsync(graph, body, ct)).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                lock (_gate)
                    if (_failure is not { } known || sequence < known.Sequence)
                        _failure = (sequence, System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e));
                throw;
            }
            finally
            {
                _slots.Release();
            }
        }

        /// <summary>The graph's last request was sent: it is recorded done once its chain completes.</summary>
        public void End(string graph)
        {
            if (_reopened.Contains(graph)) return;   // marked at the end of the file
            // No chain left means its requests all succeeded and it was pruned: the graph is complete now.
            _chains[graph] = MarkDoneAsync(_chains.GetValueOrDefault(graph) ?? Task.CompletedTask, graph);
        }

        private async Task MarkDoneAsync(Task chain, string graph)
        {
            await chain.ConfigureAwait(false);
            lock (_gate)
            {
                if (!log.IsDone(graph)) _pushed++;
                log.MarkDone(graph);
            }
        }

        public async Task ReopenAsync(string graph)
        {
            if (_chains.TryGetValue(graph, out var chain)) await chain.ConfigureAwait(false);
            if (!_reopened.Contains(graph)) _reopened.Add(graph);
            lock (_gate) log.MarkOpen(graph);
        }

        public bool IsDone(string graph)
        {
            lock (_gate) return log.IsDone(graph);
        }

        public void Skip(string graph) => Skipped++;

        public async Task FinishAsync()
        {
            await Task.WhenAll(_chains.Values).ConfigureAwait(false);
            ThrowIfFailed();
            lock (_gate)
                foreach (var graph in _reopened) log.MarkDone(graph);
        }

        /// <summary>After a failure: lets the requests in flight end (what they complete is recorded) before the log closes.</summary>
        public async Task DrainAsync()
        {
            try { await Task.WhenAll(_chains.Values).ConfigureAwait(false); }
            catch (Exception) { /* the first failure is the one reported */ }
        }

        private void Prune()
        {
            foreach (var (graph, chain) in _chains.Where(c => c.Value.IsCompletedSuccessfully).ToList()) _chains.Remove(graph);
        }

        /// <summary>Throws the failure of the earliest request sent, if any request failed.</summary>
        public void ThrowIfFailed()
        {
            (long, System.Runtime.ExceptionServices.ExceptionDispatchInfo Error)? failure;
            lock (_gate) failure = _failure;
            failure?.Error.Throw();
        }
    }
}
