namespace KnowledgeGraph.Rdf;

/// <summary>
/// The input of a grouping writer in <see cref="NodeComparer"/> order without duplicates, within bounded memory:
/// a list already in memory is read where it is (sorted once if it is not sorted already); a one-pass input is
/// gathered into chunks of about <c>budget</c> bytes, and when it does not fit in one, each chunk is sorted and
/// spilled to a temporary run file and the runs are merged (k-way). A sorted input continues one run, so it is
/// spilled once and read back without sorting. The blank-node facts the writers need first are gathered on the way
/// (within their own budget: see <see cref="BlankNodes"/>).
/// </summary>
internal sealed class SortedQuads : IDisposable
{
    private readonly List<string> _runs = new();
    private string? _folder;
    private IEnumerable<Quad> _source = [];

    private SortedQuads(long blankNodeBudget) => Blanks = new BlankNodes(blankNodeBudget);

    public BlankNodes Blanks { get; }

    /// <summary>How many runs were spilled to disk (0 when everything was sorted in memory).</summary>
    public int RunCount => _runs.Count;

    public static SortedQuads From(IEnumerable<Quad> input, long budget, CancellationToken cancellationToken,
        long blankNodeBudget = RdfWriterOptions.DefaultBlankNodeBudgetBytes)
    {
        var sorted = new SortedQuads(blankNodeBudget);
        try
        {
            if (input is IReadOnlyList<Quad> list) sorted.FromList(list, cancellationToken);
            else if (input is PresortedQuads presorted) sorted.FromPresorted(presorted, cancellationToken);
            else sorted.FromStream(input, budget, cancellationToken);
            sorted.Blanks.Complete();
            return sorted;
        }
        catch
        {
            sorted.Dispose();
            throw;
        }
    }

    private void FromList(IReadOnlyList<Quad> list, CancellationToken cancellationToken)
    {
        bool isSorted = true;
        for (int i = 0; i < list.Count; i++)
        {
            if ((i & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            Blanks.Note(list[i]);
            if (i > 0 && isSorted && NodeComparer.Instance.Compare(list[i - 1], list[i]) > 0) isSorted = false;
        }
        if (isSorted)
        {
            _source = list;
            return;
        }
        var copy = new List<Quad>(list);
        copy.Sort(NodeComparer.Instance.Compare);
        _source = copy;
    }

    /// <summary>An input already sorted and de-duplicated, that can be read again: read where it is (no run of our own),
    /// after a first pass for the blank-node facts when it may have blank nodes.</summary>
    private void FromPresorted(PresortedQuads input, CancellationToken cancellationToken)
    {
        if (input.MayHaveBlankNodes)
        {
            long n = 0;
            foreach (var q in input)
            {
                if ((++n & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
                Blanks.Note(q);
            }
        }
        _source = input;
    }

    private void FromStream(IEnumerable<Quad> input, long budget, CancellationToken cancellationToken)
    {
        var chunk = new List<Quad>();
        long bytes = 0;
        QuadRunWriter? open = null;
        try
        {
            foreach (var q in input)
            {
                if ((chunk.Count & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
                Blanks.Note(q);
                chunk.Add(q);
                bytes += Estimate(q);
                if (bytes < budget) continue;
                open = Spill(chunk, open);
                chunk.Clear();
                bytes = 0;
            }
            if (_runs.Count == 0)
            {
                // it all fit: sorted in memory, as a list would be
                if (!IsSorted(chunk)) chunk.Sort(NodeComparer.Instance.Compare);
                _source = chunk;
                return;
            }
            if (chunk.Count > 0) open = Spill(chunk, open);
        }
        finally
        {
            open?.Dispose();
        }
        _source = Merge(_runs, cancellationToken);
    }

    /// <summary>Sorts a chunk and writes it to disk: on at the end of the open run when it follows on from it, else as a new run.</summary>
    private QuadRunWriter Spill(List<Quad> chunk, QuadRunWriter? open)
    {
        if (!IsSorted(chunk)) chunk.Sort(NodeComparer.Instance.Compare);
        if (open is null || open.Last is not { } last || NodeComparer.Instance.Compare(last, chunk[0]) > 0)
        {
            open?.Dispose();
            _folder ??= Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"kg-sort-{Environment.ProcessId}-{Guid.NewGuid():N}")).FullName;
            var path = Path.Combine(_folder, $"run-{_runs.Count}.bin");
            _runs.Add(path);
            open = new QuadRunWriter(path);
        }
        Quad? previous = null;
        foreach (var q in chunk)
        {
            if (previous is { } p && p.Equals(q)) continue;
            previous = q;
            open.Write(q);
        }
        return open;
    }

    private static bool IsSorted(List<Quad> list)
    {
        for (int i = 1; i < list.Count; i++)
            if (NodeComparer.Instance.Compare(list[i - 1], list[i]) > 0) return false;
        return true;
    }

    /// <summary>A rough size of a statement held in memory: its terms' objects and strings (shared terms are counted each time).</summary>
    internal static long Estimate(in Quad q) => 32 + Estimate(q.Subject) + Estimate(q.Predicate) + Estimate(q.Object) + (q.Graph is null ? 0 : Estimate(q.Graph));

    private static long Estimate(INode n) => n switch
    {
        IUriNode u => 56 + 2L * u.Iri.Length,
        IBlankNode b => 56 + 2L * b.Id.Length,
        ILiteralNode l => 80 + 2L * (l.Value.Length + l.Language.Length),
        _ => 56,
    };

    private static IEnumerable<Quad> Merge(List<string> runs, CancellationToken cancellationToken)
    {
        if (runs.Count == 1)
        {
            foreach (var q in QuadRunWriter.Read(runs[0])) yield return q;
            yield break;
        }
        var readers = runs.Select(r => QuadRunWriter.Read(r).GetEnumerator()).ToList();
        try
        {
            var queue = new PriorityQueue<int, Quad>(NodeComparer.Instance);
            for (int i = 0; i < readers.Count; i++)
                if (readers[i].MoveNext()) queue.Enqueue(i, readers[i].Current);
            long n = 0;
            while (queue.TryDequeue(out int i, out var q))
            {
                if ((++n & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
                yield return q;
                if (readers[i].MoveNext()) queue.Enqueue(i, readers[i].Current);
            }
        }
        finally
        {
            foreach (var r in readers) r.Dispose();
        }
    }

    /// <summary>Statements grouped by graph and subject, in order, each once.</summary>
    public IEnumerable<(INode? Graph, SubjectGroup Group)> Groups()
    {
        SubjectGroup? group = null;
        INode? graph = null;
        Quad? previous = null;
        foreach (var q in _source)
        {
            if (previous is { } p && p.Equals(q)) continue;
            previous = q;
            if (group is null || !Equals(graph, q.Graph) || !group.Subject.Equals(q.Subject))
            {
                if (group is not null) yield return (graph, group);
                group = new SubjectGroup(q.Subject);
                graph = q.Graph;
            }
            group.Triples.Add(q.Triple);
        }
        if (group is not null) yield return (graph, group);
    }

    public void Dispose()
    {
        if (_folder is not null)
        {
            try { Directory.Delete(_folder, recursive: true); }
            catch (IOException) { }
        }
    }
}
