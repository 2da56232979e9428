namespace KnowledgeGraph.Rdf;

/// <summary>
/// The difference between a kept build's graph and the new one, subject by subject, as <see cref="TripleDumps"/> finds
/// it while writing graph.ttl: what <see cref="BinaryStoreDelta"/> needs to extend the kept binary store instead of
/// encoding every statement again. It holds the written subjects' triples (an update's changes: a few thousand subjects),
/// and gives up past <c>maxStatements</c> of them (a change that large gets a whole new store).
/// </summary>
public sealed class StoreChanges(long maxStatements) : ISubjectChanges
{
    private readonly List<(IUriNode Subject, Triple[] Triples)> _written = new();
    private readonly List<string> _keptChanged = new();
    private long _statements;

    /// <summary>The new graph's subjects that were not copied (new or changed), with their triples, in subject order.</summary>
    internal IReadOnlyList<(IUriNode Subject, Triple[] Triples)> WrittenSubjects => _written;

    /// <summary>The kept subjects whose triples changed or went (their kept statements are retracted).</summary>
    internal IReadOnlyList<string> KeptChanged => _keptChanged;

    /// <summary>More than the allowed statements changed: the lists were dropped.</summary>
    public bool Overflowed { get; private set; }

    /// <summary>Every kept subject was compared: the lists are the whole difference.</summary>
    public bool Complete { get; private set; }

    /// <summary>The difference is known and small enough to extend the kept store with.</summary>
    public bool Usable => Complete && !Overflowed;

    /// <summary>Statements of the written subjects.</summary>
    public long Statements => _statements;

    public void Written(IUriNode subject, IReadOnlyList<Triple> triples, bool wasKept)
    {
        if (Overflowed) return;
        _statements += triples.Count;
        if (_statements > maxStatements)
        {
            Overflowed = true;
            _written.Clear();
            _keptChanged.Clear();
            return;
        }
        if (wasKept) _keptChanged.Add(subject.Iri);
        _written.Add((subject, triples.ToArray()));
    }

    public void Removed(string subject)
    {
        if (!Overflowed) _keptChanged.Add(subject);
    }

    public void Completed() => Complete = true;
}
