using System.Runtime.InteropServices;
using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>Writes the layout described on <see cref="BinaryStore"/>, streamed through a buffer and a hash.</summary>
internal static class BinaryStoreWriter
{
    /// <param name="terms">Terms by id; index 0 (the default graph) is unused.</param>
    /// <param name="quads">Every quad, in the enumeration order the loaded store must reproduce.</param>
    public static void Write(string path, BinaryStoreSource source, IReadOnlyList<INode> terms, EncodedQuad[] quads,
        IReadOnlyList<KeyValuePair<string, string>> namespaces, CancellationToken cancellationToken)
    {
        // The indexes are sorted before the file is opened, so a cancelled save leaves nothing behind.
        var indexes = BinaryStore.IndexOrders.Select(order =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return BuildIndex(order, quads);
        }).ToList();
        AtomicFile.WriteBinary(path, file =>
        {
            var hashing = new HashingStream(file);
            using (var buffered = new BufferedStream(hashing, 1 << 20))
            using (var w = new BinaryWriter(buffered, Encoding.UTF8, leaveOpen: true))
            {
                w.Write(BinaryStore.Magic);
                w.Write(BinaryStore.FormatVersion);
                w.Write(BinaryStore.KgVersion);
                w.Write(source.FileName);
                w.Write(source.Length);
                WriteNamespaces(w, namespaces);
                WriteTerms(w, terms, cancellationToken);
                w.Write(quads.Length);
                w.Flush();
                buffered.Write(MemoryMarshal.AsBytes(quads.AsSpan()));
                var items = new EncodedQuad[Math.Min(quads.Length, 1 << 16)];
                foreach (var (buckets, positions) in indexes)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    w.Write(buckets.Length / 2);
                    w.Flush();
                    buffered.Write(MemoryMarshal.AsBytes(buckets.AsSpan()));
                    // the quads themselves in index order, not positions: the loader then copies each bucket in one
                    // sequential read, where gathering by position costs a cache miss per quad
                    for (int at = 0; at < positions.Length; at += items.Length)
                    {
                        int n = Math.Min(items.Length, positions.Length - at);
                        for (int i = 0; i < n; i++) items[i] = quads[positions[at + i]];
                        buffered.Write(MemoryMarshal.AsBytes(items.AsSpan(0, n)));
                    }
                }
                w.Flush();
            }
            long length = hashing.Position;
            ulong hash = hashing.Hash;
            Span<byte> trailer = stackalloc byte[BinaryStore.TrailerLength];
            BitConverter.TryWriteBytes(trailer, length);
            BitConverter.TryWriteBytes(trailer[8..], hash);
            BinaryStore.EndMagic.CopyTo(trailer[16..]);
            file.Write(trailer);
            file.Flush(flushToDisk: false);
        });
    }

    /// <summary>The prefix table, as the whole store and the delta both carry it: int32 count, then prefix and IRI strings.</summary>
    internal static void WriteNamespaces(BinaryWriter w, IReadOnlyCollection<KeyValuePair<string, string>> namespaces)
    {
        w.Write(namespaces.Count);
        foreach (var (prefix, iri) in namespaces)
        {
            w.Write(prefix);
            w.Write(iri);
        }
    }

    internal static void WriteTerms(BinaryWriter w, IReadOnlyList<INode> terms, CancellationToken cancellationToken)
    {
        // Datatypes and language tags repeat across millions of literals: written once, referred to by number.
        var datatypes = new Dictionary<string, int>(StringComparer.Ordinal);
        var languages = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 1; i < terms.Count; i++)
        {
            if (terms[i] is not ILiteralNode l) continue;
            if (l.Language.Length > 0) languages.TryAdd(l.Language, languages.Count);
            else if (l.Datatype != Vocabulary.XsdString) datatypes.TryAdd(l.Datatype, datatypes.Count);
        }
        WriteTable(w, datatypes);
        WriteTable(w, languages);
        w.Write(terms.Count - 1);
        for (int i = 1; i < terms.Count; i++)
        {
            if ((i & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            switch (terms[i])
            {
                case IUriNode u:
                    w.Write(BinaryStore.IriKind);
                    w.Write(u.Iri);
                    break;
                case IBlankNode b:
                    w.Write(BinaryStore.BlankKind);
                    w.Write(b.Id);
                    break;
                case ILiteralNode l when l.Language.Length > 0:
                    w.Write(BinaryStore.LangLiteralKind);
                    w.Write(l.Value);
                    w.Write7BitEncodedInt(languages[l.Language]);
                    break;
                case ILiteralNode l when l.Datatype == Vocabulary.XsdString:
                    w.Write(BinaryStore.SimpleLiteralKind);
                    w.Write(l.Value);
                    break;
                case ILiteralNode l:
                    w.Write(BinaryStore.TypedLiteralKind);
                    w.Write(l.Value);
                    w.Write7BitEncodedInt(datatypes[l.Datatype]);
                    break;
                default:
                    throw new ArgumentException($"unsupported term type {terms[i].GetType().Name}");
            }
        }
    }

    private static void WriteTable(BinaryWriter w, Dictionary<string, int> table)
    {
        w.Write(table.Count);
        foreach (var s in table.OrderBy(e => e.Value).Select(e => e.Key)) w.Write(s);
    }

    /// <summary>
    /// One index as (lead, size) pairs, leads in order of first use, and positions into <paramref name="quads"/>,
    /// bucket by bucket, each bucket sorted as <see cref="QuadIndex"/> sorts it.
    /// </summary>
    internal static (int[] Buckets, int[] Positions) BuildIndex(IndexOrder order, EncodedQuad[] quads)
    {
        var bucketOf = new Dictionary<int, int>();
        var leads = new List<int>();
        var sizes = new List<int>();
        var bucketIndex = new int[quads.Length];
        for (int i = 0; i < quads.Length; i++)
        {
            int lead = QuadIndex.LeadOf(order, quads[i]);
            ref int b = ref CollectionsMarshal.GetValueRefOrAddDefault(bucketOf, lead, out bool exists);
            if (!exists)
            {
                b = leads.Count;
                leads.Add(lead);
                sizes.Add(0);
            }
            sizes[b]++;
            bucketIndex[i] = b;
        }
        var starts = new int[leads.Count];
        for (int b = 1; b < starts.Length; b++) starts[b] = starts[b - 1] + sizes[b - 1];
        var fill = (int[])starts.Clone();
        var positions = new int[quads.Length];
        for (int i = 0; i < quads.Length; i++) positions[fill[bucketIndex[i]]++] = i;
        // Each bucket is sorted as keys (the quad's other three ids and its position) compared inline, not through a
        // comparer delegate per comparison; the quads are distinct, so no two keys tie and the order is the index's.
        var keys = new BucketKey[Math.Min(quads.Length, 1 << 16)];
        var buckets = new int[leads.Count * 2];
        for (int b = 0; b < leads.Count; b++)
        {
            int size = sizes[b];
            if (size > 1)
            {
                if (keys.Length < size) keys = new BucketKey[size];
                var bucket = positions.AsSpan(starts[b], size);
                for (int i = 0; i < size; i++)
                {
                    var (second, third, fourth) = QuadIndex.KeyInBucket(order, quads[bucket[i]]);
                    keys[i] = new BucketKey(second, third, fourth, bucket[i]);
                }
                var sorted = keys.AsSpan(0, size);
                sorted.Sort();
                for (int i = 0; i < size; i++) bucket[i] = sorted[i].Position;
            }
            buckets[2 * b] = leads[b];
            buckets[2 * b + 1] = size;
        }
        return (buckets, positions);
    }

    private readonly record struct BucketKey(int Second, int Third, int Fourth, int Position) : IComparable<BucketKey>
    {
        public int CompareTo(BucketKey other)
        {
            int c = Second.CompareTo(other.Second);
            if (c != 0) return c;
            c = Third.CompareTo(other.Third);
            return c != 0 ? c : Fourth.CompareTo(other.Fourth);
        }
    }
}
