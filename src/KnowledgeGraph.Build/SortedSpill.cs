using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Build;

/// <summary>
/// An external sort of statements: <see cref="Add"/> buffers them; a full buffer is sorted (<see cref="NodeComparer"/>),
/// de-duplicated and written to a run file in <c>directory</c>; <see cref="ReadSorted"/> merges the runs into one
/// sorted, distinct stream. Memory is bounded by the buffer, not by the graph, and the stream is exactly the list an
/// in-memory sort and de-duplication gives, so the files written from it are byte-identical to an in-memory build.
/// </summary>
/// <remarks>
/// Run files are private to one build (in its unfinished build folder, deleted with it when the build is killed):
/// per statement four terms, each a kind byte and its strings; a string already written in the same run is written
/// as its number in that run (IRIs, datatypes and graph names repeat on almost every line).
/// </remarks>
public sealed class SortedSpill : IDisposable
{
    private const byte NoTerm = 0, Iri = 1, Blank = 2, Literal = 3, LangLiteral = 4;

    // The string numbering of a run restarts when it holds this many strings (writer and reader restart at the same
    // point), so merging a hundred runs holds a few thousand strings per run, not every string of the graph.
    private const int TableSize = 4096;

    private readonly string _directory;
    private readonly string _name;
    private readonly bool _dropGraph;
    private readonly int _bufferSize;
    private readonly List<Quad> _buffer;
    private readonly List<string> _runs = new();
    private bool _reading;
    private bool _blankNodes;

    /// <param name="dropGraph">Sorts the triples of the statements (the union of the graphs, as Turtle and N-Triples
    /// write it) instead of the quads.</param>
    public SortedSpill(string directory, string name, bool dropGraph, int bufferSize = 1 << 20)
    {
        _directory = directory;
        _name = name;
        _dropGraph = dropGraph;
        _bufferSize = bufferSize;
        _buffer = new List<Quad>(Math.Min(bufferSize, 1 << 16));
        Directory.CreateDirectory(directory);
    }

    /// <summary>Distinct statements the last <see cref="ReadSorted"/> gave.</summary>
    public long Count { get; private set; }

    /// <summary>An upper bound of <see cref="Count"/> known before reading: the statements added, less the duplicates
    /// found within a run (a statement in two runs is counted twice). A writer that must stop past a number of
    /// statements can tell from it, before it starts, that it will not.</summary>
    public long AtMost => _written + _buffer.Count;

    private long _written;

    /// <summary>Run files written so far (for the build's figures).</summary>
    public int Runs => _runs.Count;

    public void Add(Quad q)
    {
        if (_reading) throw new InvalidOperationException("statements added after reading began");
        _buffer.Add(_dropGraph && q.Graph is not null ? q with { Graph = null } : q);
        _blankNodes |= q.Subject is IBlankNode || q.Object is IBlankNode || (!_dropGraph && q.Graph is IBlankNode);
        if (_buffer.Count >= _bufferSize) Spill();
    }

    /// <summary>Writes the buffered statements as a run now, so that the buffer stops holding what they reference
    /// (the article bodies, before the build drops the articles' text).</summary>
    public void Flush()
    {
        if (_reading) throw new InvalidOperationException("statements added after reading began");
        Spill();
        _buffer.TrimExcess();
    }

    private void Spill()
    {
        if (_buffer.Count == 0) return;
        _buffer.Sort(NodeComparer.Instance.Compare);
        var path = Path.Combine(_directory, $"{_name}-{_runs.Count:D5}.run");
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8))
        {
            var strings = new Dictionary<string, int>(StringComparer.Ordinal);
            Quad? previous = null;
            foreach (var q in _buffer)
            {
                if (previous is { } p && p.Equals(q)) continue;
                previous = q;
                _written++;
                w.Write(true);
                WriteTerm(w, q.Subject, strings);
                WriteTerm(w, q.Predicate, strings);
                WriteTerm(w, q.Object, strings);
                WriteTerm(w, q.Graph, strings);
            }
            w.Write(false);
        }
        _runs.Add(path);
        _buffer.Clear();
    }

    private static void WriteTerm(BinaryWriter w, INode? node, Dictionary<string, int> strings)
    {
        switch (node)
        {
            case null: w.Write(NoTerm); break;
            case IUriNode u: w.Write(Iri); WriteString(w, u.Iri, strings); break;
            case IBlankNode b: w.Write(Blank); WriteString(w, b.Id, strings); break;
            case ILiteralNode l when l.Language.Length > 0:
                w.Write(LangLiteral);
                WriteString(w, l.Value, strings);
                WriteString(w, l.Language, strings);
                break;
            case ILiteralNode l:
                w.Write(Literal);
                WriteString(w, l.Value, strings);
                WriteString(w, l.Datatype, strings);
                break;
            default: throw new ArgumentException($"unsupported term type {node.GetType().Name}");
        }
    }

    // Short strings are numbered on first use; long ones (article bodies, quotations) rarely repeat and are written out.
    private static void WriteString(BinaryWriter w, string s, Dictionary<string, int> strings)
    {
        if (s.Length <= 256 && strings.TryGetValue(s, out var id))
        {
            w.Write7BitEncodedInt(id + 1);
            return;
        }
        w.Write7BitEncodedInt(0);
        w.Write(s);
        if (s.Length > 256) return;
        if (strings.Count == TableSize) strings.Clear();
        strings[s] = strings.Count;
    }

    /// <summary>
    /// <see cref="ReadSorted"/> as an input the writers know to be sorted, distinct and readable again, so that they
    /// read it where it is rather than sort it once more (and, without blank nodes, in one pass).
    /// </summary>
    public PresortedQuads Sorted(CancellationToken ct) => new(() => ReadSorted(ct), _blankNodes);

    /// <summary>Every statement added, sorted and distinct; <see cref="Count"/> is set once the stream is read to its end.</summary>
    public IEnumerable<Quad> ReadSorted(CancellationToken ct)
    {
        _reading = true;
        if (_runs.Count == 0)
        {
            // everything fitted in the buffer: no file at all
            _buffer.Sort(NodeComparer.Instance.Compare);
            long n = 0;
            Quad? previous = null;
            foreach (var q in _buffer)
            {
                if (previous is { } p && p.Equals(q)) continue;
                previous = q;
                n++;
                yield return q;
            }
            Count = n;
            yield break;
        }
        Spill();
        var readers = _runs.Select(r => new RunReader(r)).ToList();
        try
        {
            var heads = new PriorityQueue<int, Quad>(readers.Count, NodeComparer.Instance);
            for (int i = 0; i < readers.Count; i++)
                if (readers[i].TryRead(out var q)) heads.Enqueue(i, q);
            long n = 0;
            Quad? last = null;
            while (heads.TryDequeue(out var r, out var q))
            {
                if (last is not { } l || !l.Equals(q))
                {
                    if ((++n & 0xFFFF) == 0) ct.ThrowIfCancellationRequested();
                    last = q;
                    yield return q;
                }
                if (readers[r].TryRead(out var next)) heads.Enqueue(r, next);
            }
            Count = n;
        }
        finally
        {
            foreach (var reader in readers) reader.Dispose();
        }
    }

    public void Dispose()
    {
        _buffer.Clear();
        foreach (var r in _runs)
            try { File.Delete(r); } catch (IOException) { }
    }

    /// <summary>Reads one run file back, statement by statement.</summary>
    private sealed class RunReader(string path) : IDisposable
    {
        private readonly BinaryReader _r = new(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), System.Text.Encoding.UTF8);
        private readonly List<string> _strings = new();
        // one node object per numbered string (by its number, so a repeated IRI is not hashed again): repeated IRIs
        // cost one allocation, and comparisons meet equal references
        private readonly List<UriNode?> _iris = new();
        // the number of the string String() read last, or -1 for one written out
        private int _last = -1;

        public bool TryRead(out Quad q)
        {
            if (!_r.ReadBoolean())
            {
                q = default;
                return false;
            }
            q = new Quad(Term()!, Term()!, Term()!, Term());
            return true;
        }

        private INode? Term()
        {
            switch (_r.ReadByte())
            {
                case NoTerm: return null;
                case Iri:
                    var iri = String();
                    if (_last < 0) return new UriNode(iri);
                    return _iris[_last] ??= new UriNode(iri);
                case Blank: return new BlankNode(String());
                case LangLiteral:
                    var text = String();
                    return new LiteralNode(text, null, String());
                case Literal:
                    var value = String();
                    return new LiteralNode(value, String());
                default: throw new InvalidDataException($"{path}: damaged run file");
            }
        }

        private string String()
        {
            int id = _r.Read7BitEncodedInt();
            if (id > 0)
            {
                _last = id - 1;
                return _strings[_last];
            }
            var s = _r.ReadString();
            _last = -1;
            if (s.Length > 256) return s;
            if (_strings.Count == TableSize)
            {
                _strings.Clear();
                _iris.Clear();
            }
            _last = _strings.Count;
            _strings.Add(s);
            _iris.Add(null);
            return s;
        }

        public void Dispose() => _r.Dispose();
    }
}
