using System.Reflection;

namespace KnowledgeGraph.Rdf;

/// <summary>What the loader of a binary store did: loaded it, or refused it and why (shown to the user).</summary>
public sealed record BinaryStoreLoad(bool Loaded, string? Problem)
{
    public static BinaryStoreLoad Success { get; } = new(true, null);

    public static BinaryStoreLoad Refused(string problem) => new(false, problem);
}

/// <summary>The text dump a binary store was made from: its file name and length, checked before the binary is trusted.</summary>
public sealed record BinaryStoreSource(string FileName, long Length)
{
    // A build folder's graph.ttl is a symbolic link into its current version: the length is the target's, not the link's.
    public static BinaryStoreSource Of(string dumpPath)
    {
        var info = new FileInfo(dumpPath);
        if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target) info = target;
        return new(Path.GetFileName(dumpPath), info.Length);
    }
}

/// <summary>
/// The binary form of a <see cref="MemoryStore"/> (<c>graph.kgstore</c>): the term dictionary, every quad in the
/// store's enumeration order and the four indexes already sorted, so that loading is reading arrays rather than
/// parsing text and re-sorting. It is a cache beside a text dump (the dump stays the interchange format): the
/// loader refuses a file of another format or kg version, one that does not match the dump beside it, a truncated
/// one and one whose checksum fails, and the caller then loads the dump.
/// <para>Layout (little-endian; strings as <see cref="BinaryWriter"/> writes them, UTF-8 with a 7-bit length):
/// magic <c>KGSTORE\n</c>, int32 format version, string kg version, string source file name, int64 source length,
/// namespaces (int32 n, then prefix and IRI strings), datatype and language tables (int32 n, strings), terms (int32
/// n, then per term a kind byte and its strings), quads (int32 n, then n × 4 int32 S P O G in enumeration order),
/// then for SPO, POS, OSP, GSPO: int32 bucket count, (lead, size) int32 pairs, and the quads again (4 × int32 each),
/// bucket by bucket, each bucket in index order. Trailer (24 bytes): int64 length of everything
/// before it, uint64 XXH3-64 of those bytes, magic <c>KGSTEND\n</c>.</para>
/// </summary>
public static class BinaryStore
{
    public const string FileName = "graph.kgstore";

    /// <summary>Raised whenever the layout changes; a file of another format version is refused.</summary>
    public const int FormatVersion = 1;

    internal static ReadOnlySpan<byte> Magic => "KGSTORE\n"u8;

    internal static ReadOnlySpan<byte> EndMagic => "KGSTEND\n"u8;

    internal const int TrailerLength = 24;

    internal static readonly IndexOrder[] IndexOrders = [IndexOrder.Spo, IndexOrder.Pos, IndexOrder.Osp, IndexOrder.Gspo];

    internal const byte IriKind = 0, BlankKind = 1, SimpleLiteralKind = 2, LangLiteralKind = 3, TypedLiteralKind = 4;

    /// <summary>The kg version written into (and required of) every binary store: the informational version of this library.</summary>
    public static string KgVersion { get; } =
        typeof(BinaryStore).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>
    /// Whether a file written by kg <paramref name="writer"/> may be read by kg <paramref name="reader"/>: the same
    /// version, build metadata (after '+', the commit) aside as SemVer says, so that a commit that changes nothing of
    /// the store does not throw every binary away. A change of layout raises <see cref="FormatVersion"/>.
    /// </summary>
    public static bool SameRelease(string writer, string reader) =>
        string.Equals(writer.Split('+')[0], reader.Split('+')[0], StringComparison.Ordinal);

    /// <summary>Saves a store (atomically: a temporary sibling, then a rename).</summary>
    public static void Save(MemoryStore store, string path, BinaryStoreSource source, CancellationToken cancellationToken = default)
    {
        var quads = store.AllEncoded.ToArray();
        BinaryStoreWriter.Write(path, source, store.Terms.AllTerms, quads, store.Namespaces.Entries, cancellationToken);
    }

    /// <summary>
    /// Writes the binary store that loading <paramref name="quadsInLoadOrder"/> one by one into an empty store would
    /// give, without building the store: terms get ids in order of first use (subject, predicate, object, graph),
    /// duplicates are dropped, the indexes are sorted here.
    /// </summary>
    public static void WriteFromQuads(string path, BinaryStoreSource source, IEnumerable<Quad> quadsInLoadOrder,
        IEnumerable<KeyValuePair<string, string>> namespaces, CancellationToken cancellationToken = default)
        => WriteFromQuads(path, source, quadsInLoadOrder, namespaces, distinct: false, cancellationToken);

    /// <param name="distinct">The input has no duplicate (the grouping writers' order): nothing to drop, no set of the quads seen.</param>
    internal static void WriteFromQuads(string path, BinaryStoreSource source, IEnumerable<Quad> quadsInLoadOrder,
        IEnumerable<KeyValuePair<string, string>> namespaces, bool distinct, CancellationToken cancellationToken)
    {
        var encoder = new QuadEncoder(distinct);
        long count = 0;
        foreach (var q in quadsInLoadOrder)
        {
            if ((++count & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            encoder.Add(q);
        }
        encoder.Write(path, source, namespaces, cancellationToken);
    }

    /// <summary>
    /// Loads a binary store into an empty <paramref name="store"/> when it is of this format and kg version, made from
    /// <paramref name="source"/> (when given), complete and intact; otherwise leaves the store untouched and says why.
    /// </summary>
    public static BinaryStoreLoad TryLoad(MemoryStore store, string path, BinaryStoreSource? source, CancellationToken cancellationToken = default)
        => BinaryStoreReader.TryLoad(store, path, source, cancellationToken);

    /// <summary>
    /// The binary store a <c>kg build</c> writes beside its dumps: one matching the dump that <see cref="RdfLoader"/>
    /// would load from <paramref name="writtenFiles"/>, so that loading it gives the very store (term ids, order) the
    /// text would give. Returns its path, or null when that dump is JSON-LD (no predictable load order).
    /// </summary>
    /// <param name="quadsOf">The statements written in the file of a format; read once, as a stream (the memory taken is
    /// that of the encoded store, term ids rather than terms).</param>
    public static string? WriteForBuild(string directory, IReadOnlyList<string> writtenFiles, Func<RdfFormat, IEnumerable<Quad>> quadsOf,
        CancellationToken cancellationToken = default)
    {
        var names = writtenFiles.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        var dumpName = RdfLoader.BuildOutputFiles.FirstOrDefault(names.Contains);
        if (dumpName is null || !RdfFormats.TryFromExtension(dumpName, out var format) || !DumpLoadOrder.Supports(format)) return null;
        var dump = Path.Combine(directory, dumpName);
        var path = Path.Combine(directory, FileName);
        var source = BinaryStoreSource.Of(dump);
        try
        {
            WriteFromQuads(path, source, DumpLoadOrder.Order(format, quadsOf(format)), RdfLoader.DeclaredPrefixes(dump, format),
                DumpLoadOrder.IsDistinct(format), cancellationToken);
        }
        catch (DumpLoadOrder.UnpredictableException)
        {
            // Blank nodes: their labels and order are the parser's to choose, so the dump is parsed back as the loader would.
            var store = new MemoryStore();
            RdfLoader.LoadFile(store, dump, format, documentIndex: 1, cancellationToken: cancellationToken);
            Save(store, path, source, cancellationToken);
        }
        return path;
    }
}
