using System.Runtime.InteropServices;
using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Reads the layout described on <see cref="BinaryStore"/> in one streamed pass, checking as it goes (ids in range,
/// sizes that fit the file) and the checksum at the end; the store is filled only once everything checked out.
/// </summary>
internal static class BinaryStoreReader
{
    internal sealed class CorruptException(string message) : Exception(message);

    /// <summary>What a full store file holds, read and checked, not yet installed in a store.</summary>
    internal sealed record StoreData(INode[] Terms, EncodedQuad[] Quads, List<KeyValuePair<string, string>> Namespaces,
        List<List<(int Lead, EncodedQuad[] Items)>> Indexes);

    public static BinaryStoreLoad TryLoad(MemoryStore store, string path, BinaryStoreSource? source, CancellationToken cancellationToken)
    {
        if (store.Count > 0 || store.Terms.Count > 0) return BinaryStoreLoad.Refused("the store is not empty");
        // the arrays are read as they lie in memory, and the file is little-endian
        if (!BitConverter.IsLittleEndian) return BinaryStoreLoad.Refused("this machine is big-endian");
        // an update's store: a kept base store and the statements that changed since (BinaryStoreDelta)
        if (BinaryStoreDelta.IsDelta(path)) return BinaryStoreDelta.TryLoad(store, path, source, cancellationToken);
        var data = Read(path, source, cancellationToken, out var problem);
        if (data is null) return BinaryStoreLoad.Refused(problem!);
        store.Install(data.Terms, data.Quads, data.Namespaces);
        InstallIndexes(store, data.Indexes);
        return BinaryStoreLoad.Success;
    }

    /// <summary>Installs the indexes' buckets (each already in index order) into a store whose quads are installed.</summary>
    internal static void InstallIndexes(MemoryStore store, List<List<(int Lead, EncodedQuad[] Items)>> indexes)
    {
        for (int i = 0; i < indexes.Count; i++)
        {
            var index = store.IndexFor(BinaryStore.IndexOrders[i]);
            index.EnsureCapacity(indexes[i].Count);
            foreach (var (lead, items) in indexes[i]) index.SetSortedBucket(lead, items);
        }
    }

    /// <summary>
    /// Reads and checks a full store file (format, kg release, the dump it was made from when <paramref name="source"/>
    /// is given, counts, ids, checksum); null with the reason when it is refused.
    /// </summary>
    internal static StoreData? Read(string path, BinaryStoreSource? source, CancellationToken cancellationToken, out string? problem)
    {
        problem = null;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            long fileLength = file.Length;
            if (fileLength < BinaryStore.TrailerLength + BinaryStore.Magic.Length)
                return Refuse($"truncated ({fileLength} bytes)", out problem);
            Span<byte> trailer = stackalloc byte[BinaryStore.TrailerLength];
            file.Seek(-BinaryStore.TrailerLength, SeekOrigin.End);
            file.ReadExactly(trailer);
            long contentLength = BitConverter.ToInt64(trailer);
            ulong expectedHash = BitConverter.ToUInt64(trailer[8..]);
            if (!trailer[16..].SequenceEqual(BinaryStore.EndMagic) || contentLength != fileLength - BinaryStore.TrailerLength)
                return Refuse($"truncated or not a kg binary store ({fileLength} bytes, no valid end marker)", out problem);
            file.Seek(0, SeekOrigin.Begin);
            var hashing = new HashingStream(file, contentLength);
            using var buffered = new BufferedStream(hashing, 1 << 20);
            using var r = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);

            Span<byte> magic = stackalloc byte[8];
            buffered.ReadExactly(magic);
            if (!magic.SequenceEqual(BinaryStore.Magic)) return Refuse("not a kg binary store (bad magic number)", out problem);
            int format = r.ReadInt32();
            var version = format == BinaryStore.FormatVersion ? r.ReadString() : "?";
            if (format != BinaryStore.FormatVersion || !BinaryStore.SameRelease(version, BinaryStore.KgVersion))
                return Refuse($"written by kg {version} in binary format {format}, but this is kg {BinaryStore.KgVersion} (format {BinaryStore.FormatVersion})", out problem);
            var sourceName = r.ReadString();
            long sourceLength = r.ReadInt64();
            if (source is not null && (sourceName != source.FileName || sourceLength != source.Length))
                return Refuse($"made from {sourceName} of {sourceLength} bytes, which does not match {source.FileName} of {source.Length} bytes beside it", out problem);

            var namespaces = new List<KeyValuePair<string, string>>();
            ReadNamespaces(r, contentLength, namespaces);
            var terms = ReadTerms(r, contentLength, cancellationToken);
            int quadCount = Count(r, contentLength / 16);
            var quads = new EncodedQuad[quadCount];
            buffered.ReadExactly(MemoryMarshal.AsBytes(quads.AsSpan()));
            CheckIds(quads, terms.Length);
            var indexes = new List<List<(int Lead, EncodedQuad[] Items)>>();
            foreach (var order in BinaryStore.IndexOrders)
            {
                cancellationToken.ThrowIfCancellationRequested();
                indexes.Add(ReadIndex(r, buffered, quads, contentLength));
            }
            if (hashing.Position != contentLength || buffered.ReadByte() != -1)
                return Refuse("corrupt (data after the last index)", out problem);
            if (hashing.Hash != expectedHash) return Refuse("corrupt (checksum mismatch)", out problem);
            return new StoreData(terms, quads, namespaces, indexes);
        }
        catch (Exception e) when (ProblemOf(e) is { } why)
        {
            return Refuse(why, out problem);
        }
    }

    /// <summary>Why reading a store file failed, for the exceptions that mean a damaged or unreadable file (the
    /// caller then refuses the file and falls back to the dump); null for anything else, which is a bug.</summary>
    internal static string? ProblemOf(Exception e) => e switch
    {
        CorruptException => "corrupt (" + e.Message + ")",
        EndOfStreamException => "truncated (the data ends before its last section)",
        FormatException or DecoderFallbackException or OverflowException or ArgumentException => "corrupt (" + e.Message + ")",
        IOException or UnauthorizedAccessException => "cannot be read (" + e.Message + ")",
        _ => null,
    };

    private static StoreData? Refuse(string why, out string? problem)
    {
        problem = why;
        return null;
    }

    /// <summary>A count, refused when the file could not possibly hold that many items.</summary>
    /// <summary>The prefix table written by <see cref="BinaryStoreWriter.WriteNamespaces"/>.</summary>
    internal static void ReadNamespaces(BinaryReader r, long max, List<KeyValuePair<string, string>> into)
    {
        int count = Count(r, max);
        for (int i = 0; i < count; i++) into.Add(new(r.ReadString(), r.ReadString()));
    }

    internal static int Count(BinaryReader r, long max)
    {
        int n = r.ReadInt32();
        if (n < 0 || n > max) throw new CorruptException($"a count of {n} does not fit the file");
        return n;
    }

    private static string[] ReadTable(BinaryReader r, long max)
    {
        var table = new string[Count(r, max)];
        for (int i = 0; i < table.Length; i++) table[i] = r.ReadString();
        return table;
    }

    internal static INode[] ReadTerms(BinaryReader r, long max, CancellationToken cancellationToken)
    {
        var datatypes = ReadTable(r, max);
        var languages = ReadTable(r, max);
        var terms = new INode[Count(r, max)];
        for (int i = 0; i < terms.Length; i++)
        {
            if ((i & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            byte kind = r.ReadByte();
            terms[i] = kind switch
            {
                BinaryStore.IriKind => new UriNode(r.ReadString()),
                BinaryStore.BlankKind => new BlankNode(r.ReadString()),
                BinaryStore.SimpleLiteralKind => new LiteralNode(r.ReadString()),
                BinaryStore.LangLiteralKind => new LiteralNode(r.ReadString(), null, Pick(languages, r.Read7BitEncodedInt())),
                BinaryStore.TypedLiteralKind => new LiteralNode(r.ReadString(), Pick(datatypes, r.Read7BitEncodedInt())),
                _ => throw new CorruptException($"unknown term kind {kind}"),
            };
        }
        return terms;
    }

    private static string Pick(string[] table, int i) =>
        (uint)i < (uint)table.Length ? table[i] : throw new CorruptException($"table entry {i} out of range");

    private static void CheckIds(EncodedQuad[] quads, int termCount)
    {
        foreach (var q in quads)
            if ((uint)(q.S - 1) >= (uint)termCount || (uint)(q.P - 1) >= (uint)termCount || (uint)(q.O - 1) >= (uint)termCount
                || (uint)q.G > (uint)termCount)
                throw new CorruptException("a statement refers to a term that does not exist");
    }

    private static List<(int, EncodedQuad[])> ReadIndex(BinaryReader r, Stream s, EncodedQuad[] quads, long max)
    {
        int bucketCount = Count(r, max / 8);
        var buckets = new int[bucketCount * 2];
        s.ReadExactly(MemoryMarshal.AsBytes(buckets.AsSpan()));
        var result = new List<(int, EncodedQuad[])>(bucketCount);
        long total = 0;
        for (int b = 0; b < bucketCount; b++)
        {
            int size = buckets[2 * b + 1];
            total += size;
            if (size <= 0 || total > quads.Length) throw new CorruptException("index buckets do not add up to the statements");
            // each bucket is read as it will lie in memory; the checksum, checked before anything is installed, covers it
            var items = new EncodedQuad[size];
            s.ReadExactly(MemoryMarshal.AsBytes(items.AsSpan()));
            result.Add((buckets[2 * b], items));
        }
        if (total != quads.Length) throw new CorruptException("index buckets do not add up to the statements");
        return result;
    }
}
