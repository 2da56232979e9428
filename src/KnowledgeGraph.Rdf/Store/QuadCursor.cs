namespace KnowledgeGraph.Rdf;

/// <summary>
/// The matches of an encoded pattern walked without a heap object: an index range and the positions the range does not
/// settle (the graph, a third position), or any other enumerator for the cases no single range answers (a full scan,
/// a merge of graphs). <see cref="MemoryStore.MatchEncoded"/> returns an <c>IEnumerable</c>, which costs a boxed range
/// and a boxed enumerator per call and an interface call per match; a nested-loop join asks for a pattern's matches
/// once per outer row, so this is what its inner loop walks.
///
/// <para>A mutable struct: keep it in a local or an array slot and call <see cref="MoveNext"/> on that (never on a
/// copy held by a <c>using</c> declaration or a readonly field, which would restart it).</para>
/// </summary>
public struct QuadCursor : IDisposable
{
    private readonly EncodedQuad[]? _items;
    private readonly int _end;
    private readonly int _s, _p, _o, _g;
    private readonly bool _check;
    private readonly IEnumerator<EncodedQuad>? _other;
    private int _next;
    private EncodedQuad _current;

    /// <summary>A cursor over <paramref name="range"/>, keeping only quads with the given positions when <paramref name="check"/>
    /// (each of s, p, o an id or <see cref="TermDictionary.Any"/>; g also <see cref="MemoryStore.AnyNamedGraph"/>).</summary>
    internal QuadCursor(ArraySegment<EncodedQuad> range, int s, int p, int o, int g, bool check)
    {
        _items = range.Array;
        _next = range.Offset;
        _end = range.Offset + range.Count;
        (_s, _p, _o, _g, _check) = (s, p, o, g, check);
    }

    /// <summary>A cursor over another enumerator of quads (disposed with the cursor).</summary>
    public QuadCursor(IEnumerator<EncodedQuad> other) => _other = other;

    /// <summary>A cursor with no match (the default value).</summary>
    public static QuadCursor Empty => default;

    public readonly EncodedQuad Current => _current;

    /// <summary>The number of matches when the cursor is an untouched index range that needs no check; otherwise -1.</summary>
    public readonly long KnownCount => _other is null && !_check ? _end - _next : -1;

    public bool MoveNext()
    {
        if (_other is not null)
        {
            if (!_other.MoveNext()) return false;
            _current = _other.Current;
            return true;
        }
        var items = _items;
        while (_next < _end)
        {
            var e = items![_next++];
            if (_check && !Keeps(e)) continue;
            _current = e;
            return true;
        }
        return false;
    }

    private readonly bool Keeps(in EncodedQuad e)
    {
        if (_s >= 0 && e.S != _s) return false;
        if (_p >= 0 && e.P != _p) return false;
        if (_o >= 0 && e.O != _o) return false;
        if (_g >= 0) return e.G == _g;
        return _g != MemoryStore.AnyNamedGraph || e.G != TermDictionary.DefaultGraph;
    }

    /// <summary>So that <c>foreach</c> walks a cursor directly (the struct itself, no allocation).</summary>
    public readonly QuadCursor GetEnumerator() => this;

    public readonly void Dispose() => _other?.Dispose();
}
