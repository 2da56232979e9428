using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// A temporary file of quads in a compact binary form (a kind byte, then the term's strings), written and read back
/// in order: the runs of <see cref="SortedQuads"/>.
/// </summary>
internal sealed class QuadRunWriter : IDisposable
{
    private const byte NoTerm = 0, Iri = 1, Blank = 2, Literal = 3;

    private readonly FileStream _file;
    private readonly BinaryWriter _writer;

    public QuadRunWriter(string path)
    {
        Path = path;
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        _writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: false);
    }

    public string Path { get; }

    /// <summary>The last quad written, so that a sorted input can go on in the same run.</summary>
    public Quad? Last { get; private set; }

    public void Write(in Quad q)
    {
        WriteTerm(q.Subject);
        WriteTerm(q.Predicate);
        WriteTerm(q.Object);
        WriteTerm(q.Graph);
        Last = q;
    }

    private void WriteTerm(INode? node)
    {
        switch (node)
        {
            case null:
                _writer.Write(NoTerm);
                break;
            case IUriNode u:
                _writer.Write(Iri);
                _writer.Write(u.Iri);
                break;
            case IBlankNode b:
                _writer.Write(Blank);
                _writer.Write(b.Id);
                break;
            case ILiteralNode l:
                _writer.Write(Literal);
                _writer.Write(l.Value);
                _writer.Write(l.Datatype);
                _writer.Write(l.Language);
                break;
            default:
                throw new ArgumentException($"unsupported term type {node.GetType().Name}");
        }
    }

    public void Dispose() => _writer.Dispose();

    /// <summary>The quads of a finished run, in order.</summary>
    public static IEnumerable<Quad> Read(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new BinaryReader(file, Encoding.UTF8);
        // Datatype IRIs repeat on most literals: one string object per distinct datatype, not one per literal.
        var datatypes = new Dictionary<string, string>(StringComparer.Ordinal);
        // the length once: FileStream.Length asks the file system on every call
        long length = file.Length;
        while (file.Position < length)
        {
            var s = ReadTerm(reader, datatypes)!;
            var p = ReadTerm(reader, datatypes)!;
            var o = ReadTerm(reader, datatypes)!;
            yield return new Quad(s, p, o, ReadTerm(reader, datatypes));
        }
    }

    private static INode? ReadTerm(BinaryReader reader, Dictionary<string, string> datatypes)
    {
        byte kind = reader.ReadByte();
        switch (kind)
        {
            case NoTerm: return null;
            case Iri: return new UriNode(reader.ReadString());
            case Blank: return new BlankNode(reader.ReadString());
            case Literal:
                var value = reader.ReadString();
                var datatype = reader.ReadString();
                if (!datatypes.TryGetValue(datatype, out var shared)) datatypes[datatype] = shared = datatype;
                var language = reader.ReadString();
                return new LiteralNode(value, shared, language.Length == 0 ? null : language);
            default:
                throw new InvalidDataException($"{kind}: not a term kind of a sort run (the temporary file was changed)");
        }
    }
}
