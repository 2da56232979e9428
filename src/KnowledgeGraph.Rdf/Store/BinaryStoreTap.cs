namespace KnowledgeGraph.Rdf;

/// <summary>
/// The binary store of a build recorded while its dump is written, rather than from a second read of the statements
/// afterwards: it watches the presorted statements the Turtle or TriG writer reads, puts them in the order a parser of
/// that dump meets them (graphs, subjects, rdf:type first: <see cref="DumpLoadOrder"/>) and encodes them as it goes.
/// The file written is the one <see cref="BinaryStore.WriteForBuild"/> writes for the same statements; when the tap
/// cannot tell (a blank node, the input read twice or not to its end, more statements than allowed, another dump chosen)
/// <see cref="TryWrite"/> returns null and the caller writes the store the usual way.
/// </summary>
public sealed class BinaryStoreTap
{
    private readonly long _maxStatements;
    private QuadEncoder? _encoder = new(distinct: true);
    private readonly List<Triple> _group = new();
    private INode? _graph;
    private int _reads;
    private long _statements;
    private bool _complete;

    private BinaryStoreTap(RdfFormat format, long maxStatements)
    {
        Format = format;
        _maxStatements = maxStatements;
    }

    /// <summary>The format whose write is watched: that of the dump the loader of the build folder reads.</summary>
    public RdfFormat Format { get; }

    /// <summary>A tap for a build writing <paramref name="formats"/>, or null when the store's dump is not a grouped
    /// format (N-Quads, JSON-LD: the store is then written the usual way).</summary>
    public static BinaryStoreTap? For(IEnumerable<RdfFormat> formats, long maxStatements)
    {
        var names = formats.Select(f => "graph" + RdfFormats.Extension(f)).ToHashSet(StringComparer.Ordinal);
        var dumpName = RdfLoader.BuildOutputFiles.FirstOrDefault(names.Contains);
        if (dumpName is null || !RdfFormats.TryFromExtension(dumpName, out var format) || !DumpLoadOrder.IsDistinct(format)) return null;
        return new BinaryStoreTap(format, maxStatements);
    }

    /// <summary>The input as the writer gets it, watched on the way (only a presorted input without blank nodes is).</summary>
    public IEnumerable<Quad> Observe(IEnumerable<Quad> input)
    {
        if (input is not PresortedQuads { MayHaveBlankNodes: false } presorted)
        {
            _encoder = null;
            return input;
        }
        return presorted.Checked(Watch);
    }

    private IEnumerable<Quad> Watch(IEnumerable<Quad> input)
    {
        if (++_reads > 1) _encoder = null;
        foreach (var q in input)
        {
            if (_encoder is not null) Record(q);
            yield return q;
        }
        if (_encoder is not null) Flush();
        _complete = true;
    }

    private void Record(in Quad q)
    {
        if (q.Subject is IBlankNode || q.Object is IBlankNode || q.Graph is IBlankNode || ++_statements > _maxStatements)
        {
            _encoder = null;
            _group.Clear();
            return;
        }
        if (_group.Count > 0 && (!Equals(_graph, q.Graph) || !_group[0].Subject.Equals(q.Subject))) Flush();
        _graph = q.Graph;
        _group.Add(q.Triple);
    }

    /// <summary>One subject's statements, as <see cref="DumpLoadOrder"/> orders them: rdf:type first.</summary>
    private void Flush()
    {
        foreach (var t in _group)
            if (TurtleBodyWriter.IsType(t)) _encoder!.Add(t.InGraph(_graph));
        foreach (var t in _group)
            if (!TurtleBodyWriter.IsType(t)) _encoder!.Add(t.InGraph(_graph));
        _group.Clear();
    }

    /// <summary>
    /// Writes graph.kgstore from what was recorded, when the watched write went through to its end and its file is the
    /// dump the loader reads from <paramref name="writtenFiles"/>; returns its path, or null when the caller must
    /// write the store itself.
    /// </summary>
    public string? TryWrite(string directory, IReadOnlyList<string> writtenFiles, CancellationToken cancellationToken = default)
    {
        var encoder = _encoder;
        _encoder = null;
        if (encoder is null || !_complete || _reads != 1) return null;
        var names = writtenFiles.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var dumpName = RdfLoader.BuildOutputFiles.FirstOrDefault(names.Contains);
        if (dumpName != "graph" + RdfFormats.Extension(Format)) return null;
        var dump = Path.Combine(directory, dumpName);
        var path = Path.Combine(directory, BinaryStore.FileName);
        encoder.Write(path, BinaryStoreSource.Of(dump), RdfLoader.DeclaredPrefixes(dump, Format), cancellationToken);
        return path;
    }
}
