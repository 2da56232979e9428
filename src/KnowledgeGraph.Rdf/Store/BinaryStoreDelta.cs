using System.Runtime.InteropServices;
using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// The binary store of a build that replaced another, as a kept base store plus the statements that changed:
/// <c>graph.kgstore</c> is then a delta file naming <c>graph.base.kgstore</c> beside it (a hard link to the kept
/// build's base, never written again) and holding, by subject, what to retract from the base and what to add. A build
/// writes it from what <see cref="TripleDumps"/> found changed (<see cref="StoreChanges"/>), so an update no longer
/// encodes every statement and sorts four indexes of them (session 11: about 55% of an update's dump cost); the loader
/// reads the base, drops the retracted subjects' statements, merges the added ones into the indexes, and checks
/// everything before the store is filled, as for a full store. A file it cannot use is refused with the reason and the
/// dump is parsed instead (<see cref="RdfLoader.LoadPaths"/>).
/// <para>What differs from a full store: the statements are the same set (the dump's), but the term ids and the
/// enumeration order are the base's, then the additions': a full store numbers terms in the dump's order of first use.
/// A query's answers are the same; rows that only an ORDER BY over ids would order (ties, or no ORDER BY) may come in
/// another order than from the parsed dump.</para>
/// <para>The delta is cumulative, against one base: each build carries the kept delta forward (dropping the subjects that
/// changed again) and adds its own changes. When the kept delta is over an eighth of its base's bytes, or this build
/// changed more than an eighth of the statements, a whole store is written instead, which is the next builds' base.</para>
/// <para>Layout (little-endian; strings as <see cref="BinaryWriter"/> writes them): magic <c>KGDELTA\n</c>, int32
/// format version, string kg version, string source dump name, int64 its length, string base file name, int64 base
/// length, uint64 the XXH3-64 in the base's trailer; namespaces (int32 n, prefix and IRI strings); datatype and language
/// tables and terms as in <see cref="BinaryStore"/> (local ids from 1); retracted subjects (int32 n, n × int32 term);
/// added statements by subject in subject order (int32 groups; per group int32 subject, int32 n, n × (int32 predicate,
/// int32 object)), all in the default graph; trailer: int64 length of everything before it, uint64 XXH3-64 of it, magic
/// <c>KGDLEND\n</c>.</para>
/// </summary>
public static class BinaryStoreDelta
{
    /// <summary>The base store beside a delta (a hard link when the file system allows, else a copy).</summary>
    public const string BaseFileName = "graph.base.kgstore";

    /// <summary>Raised whenever the delta layout changes; a delta of another version is refused.</summary>
    public const int FormatVersion = 1;

    internal static ReadOnlySpan<byte> Magic => "KGDELTA\n"u8;

    internal static ReadOnlySpan<byte> EndMagic => "KGDLEND\n"u8;

    /// <summary>A kept delta over this fraction of its base's bytes is folded into a new whole store.</summary>
    private const int MaxDeltaShare = 8;

    /// <summary>What a delta file holds. Term ids are local (1..Terms.Length), 0 is never used.</summary>
    internal sealed record Content(string KgVersion, string SourceName, long SourceLength, string BaseName, long BaseLength, ulong BaseHash,
        List<KeyValuePair<string, string>> Namespaces, INode[] Terms, int[] Retracted, (int Subject, int[] PredicateObjects)[] Added);

    /// <summary>The kept build's store a new build can extend: its base (a whole store) and the delta over it, if any.</summary>
    public sealed class KeptStore
    {
        internal KeptStore(string basePath, long baseLength, ulong baseHash, Content? delta)
        {
            BasePath = basePath;
            BaseLength = baseLength;
            BaseHash = baseHash;
            Delta = delta;
        }

        internal string BasePath { get; }
        internal long BaseLength { get; }
        internal ulong BaseHash { get; }
        internal Content? Delta { get; }
    }

    /// <summary>Whether the file is a delta (by its magic number).</summary>
    public static bool IsDelta(string path)
    {
        try
        {
            using var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            Span<byte> magic = stackalloc byte[8];
            return f.Length >= magic.Length && f.Read(magic) == magic.Length && magic.SequenceEqual(Magic);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// The store of the kept build in <paramref name="keptDirectory"/> when a new build may extend it: made by this kg
    /// release and format from the kept <paramref name="dumpName"/> as it is now, its base intact as far as its length
    /// and trailer tell (the loader checks the whole file), and its delta (if any) small next to its base. Null otherwise
    /// (the new build writes a whole store); <paramref name="why"/> says why, for tests and notes.
    /// </summary>
    public static KeptStore? TryOpenKept(string keptDirectory, string dumpName, out string? why)
    {
        why = null;
        var path = Path.Combine(keptDirectory, BinaryStore.FileName);
        var dump = Path.Combine(keptDirectory, dumpName);
        if (!File.Exists(path) || !File.Exists(dump)) return No("no kept store", out why);
        var source = BinaryStoreSource.Of(dump);
        try
        {
            if (!IsDelta(path))
            {
                var (sourceName, sourceLength, problem) = FullStoreHeader(path);
                if (problem is not null) return No(problem, out why);
                if (sourceName != source.FileName || sourceLength != source.Length) return No("the kept store was not made from the kept dump", out why);
                var (length, hash) = Trailer(path, BinaryStore.EndMagic, BinaryStore.TrailerLength);
                return new KeptStore(path, length, hash, null);
            }
            var delta = ReadContent(path, CancellationToken.None, out var refused);
            if (delta is null) return No(refused, out why);
            if (delta.SourceName != source.FileName || delta.SourceLength != source.Length) return No("the kept store was not made from the kept dump", out why);
            var basePath = Path.Combine(keptDirectory, delta.BaseName);
            var (baseSource, _, baseProblem) = FullStoreHeader(basePath);
            if (baseProblem is not null) return No("kept base store: " + baseProblem, out why);
            var (baseLength, baseHash) = Trailer(basePath, BinaryStore.EndMagic, BinaryStore.TrailerLength);
            if (baseLength != delta.BaseLength || baseHash != delta.BaseHash) return No("the kept base store is not the one its delta was made on", out why);
            if (new FileInfo(path).Length > new FileInfo(basePath).Length / MaxDeltaShare) return No("the kept delta is large next to its base: a whole store is written", out why);
            return new KeptStore(basePath, baseLength, baseHash, delta);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or InvalidDataException)
        {
            return No("cannot read the kept store (" + e.Message + ")", out why);
        }
    }

    private static KeptStore? No(string? reason, out string? why)
    {
        why = reason;
        return null;
    }

    /// <summary>The largest number of changed statements worth a delta for a graph of <paramref name="statements"/>.</summary>
    public static long MaxChangedStatements(long statements) => Math.Max(10_000, statements / MaxDeltaShare);

    /// <summary>
    /// Writes <c>graph.kgstore</c> as a delta over the kept store's base (linked beside it as
    /// <see cref="BaseFileName"/>): the kept delta, less the subjects that changed again, plus <paramref name="changes"/>.
    /// Returns the paths written (the delta, then the base).
    /// </summary>
    /// <param name="source">The dump the store stands for (the new graph.ttl).</param>
    /// <param name="namespaces">The prefixes that dump declares (what parsing it gives the store).</param>
    public static IReadOnlyList<string> Write(string directory, KeptStore kept, StoreChanges changes, BinaryStoreSource source,
        IEnumerable<KeyValuePair<string, string>> namespaces, CancellationToken ct)
    {
        if (!changes.Usable) throw new ArgumentException("the changes are not the whole difference from the kept build", nameof(changes));
        var basePath = Path.Combine(directory, BaseFileName);
        LinkOrCopy(kept.BasePath, basePath);

        // retracted: every kept subject that changed or went, over the base (the kept delta's, and this build's)
        var retracted = new SortedSet<string>(StringComparer.Ordinal);
        var changedAgain = new HashSet<string>(changes.KeptChanged, StringComparer.Ordinal);
        var keptAdded = new List<(IUriNode Subject, Triple[] Triples)>();
        if (kept.Delta is { } d)
        {
            foreach (var r in d.Retracted) retracted.Add(((IUriNode)d.Terms[r - 1]).Iri);
            foreach (var (s, po) in d.Added)
            {
                var subject = (IUriNode)d.Terms[s - 1];
                if (changedAgain.Contains(subject.Iri)) continue;
                var triples = new Triple[po.Length / 2];
                for (int i = 0; i < triples.Length; i++) triples[i] = new Triple(subject, d.Terms[po[2 * i] - 1], d.Terms[po[2 * i + 1] - 1]);
                keptAdded.Add((subject, triples));
            }
        }
        retracted.UnionWith(changes.KeptChanged);
        // added: the kept delta's subjects that did not change, and this build's written ones, in subject order
        var added = Merge(keptAdded, changes.WrittenSubjects);

        var ids = new Dictionary<INode, int>();
        var terms = new List<INode> { null! };
        int Id(INode n)
        {
            if (!ids.TryGetValue(n, out var id))
            {
                ids.Add(n, id = terms.Count);
                terms.Add(n);
            }
            return id;
        }
        var retractedIds = retracted.Select(s => Id(new UriNode(s))).ToArray();
        var groups = new (int Subject, int[] PredicateObjects)[added.Count];
        for (int g = 0; g < added.Count; g++)
        {
            var (subject, triples) = added[g];
            var po = new int[triples.Length * 2];
            int s = Id(subject);
            for (int i = 0; i < triples.Length; i++)
            {
                po[2 * i] = Id(triples[i].Predicate);
                po[2 * i + 1] = Id(triples[i].Object);
            }
            groups[g] = (s, po);
        }
        var path = Path.Combine(directory, BinaryStore.FileName);
        var ns = namespaces.ToList();
        AtomicFile.WriteBinary(path, file =>
        {
            var hashing = new HashingStream(file);
            using (var buffered = new BufferedStream(hashing, 1 << 16))
            using (var w = new BinaryWriter(buffered, Encoding.UTF8, leaveOpen: true))
            {
                w.Write(Magic);
                w.Write(FormatVersion);
                w.Write(BinaryStore.KgVersion);
                w.Write(source.FileName);
                w.Write(source.Length);
                w.Write(BaseFileName);
                w.Write(kept.BaseLength);
                w.Write(kept.BaseHash);
                BinaryStoreWriter.WriteNamespaces(w, ns);
                BinaryStoreWriter.WriteTerms(w, terms, ct);
                w.Write(retractedIds.Length);
                foreach (var r in retractedIds) w.Write(r);
                w.Write(groups.Length);
                foreach (var (s, po) in groups)
                {
                    w.Write(s);
                    w.Write(po.Length / 2);
                    foreach (var id in po) w.Write(id);
                }
                w.Flush();
            }
            Span<byte> trailer = stackalloc byte[BinaryStore.TrailerLength];
            BitConverter.TryWriteBytes(trailer, hashing.Position);
            BitConverter.TryWriteBytes(trailer[8..], hashing.Hash);
            EndMagic.CopyTo(trailer[16..]);
            file.Write(trailer);
            file.Flush(flushToDisk: false);
        });
        return [path, basePath];
    }

    private static List<(IUriNode Subject, Triple[] Triples)> Merge(List<(IUriNode Subject, Triple[] Triples)> a, IReadOnlyList<(IUriNode Subject, Triple[] Triples)> b)
    {
        var merged = new List<(IUriNode, Triple[])>(a.Count + b.Count);
        int i = 0, j = 0;
        while (i < a.Count || j < b.Count)
        {
            if (j == b.Count || (i < a.Count && string.CompareOrdinal(a[i].Subject.Iri, b[j].Subject.Iri) < 0)) merged.Add(a[i++]);
            else merged.Add(b[j++]);
        }
        return merged;
    }

    /// <summary>A hard link (the base is never written in place: every writer replaces files by rename), else a copy.</summary>
    private static void LinkOrCopy(string from, string to)
    {
        if (File.Exists(to)) File.Delete(to);
        if (!OperatingSystem.IsWindows() && NativeLink(from, to) == 0) return;
        File.Copy(from, to);
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int NativeLink([MarshalAs(UnmanagedType.LPUTF8Str)] string from, [MarshalAs(UnmanagedType.LPUTF8Str)] string to);

    /// <summary>A whole store's header: the dump it was made from, or why it cannot be a base.</summary>
    private static (string? SourceName, long SourceLength, string? Problem) FullStoreHeader(string path)
    {
        if (!File.Exists(path)) return (null, 0, "missing");
        using var r = new BinaryReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096), Encoding.UTF8);
        if (r.BaseStream.Length < BinaryStore.TrailerLength + BinaryStore.Magic.Length || !r.ReadBytes(8).AsSpan().SequenceEqual(BinaryStore.Magic))
            return (null, 0, "not a whole kg binary store");
        int format = r.ReadInt32();
        if (format != BinaryStore.FormatVersion) return (null, 0, $"binary format {format}, not {BinaryStore.FormatVersion}");
        var version = r.ReadString();
        if (!BinaryStore.SameRelease(version, BinaryStore.KgVersion)) return (null, 0, $"written by kg {version}, not {BinaryStore.KgVersion}");
        return (r.ReadString(), r.ReadInt64(), null);
    }

    /// <summary>The length and hash a file's trailer records (checked against the file's length and end marker).</summary>
    private static (long Length, ulong Hash) Trailer(string path, ReadOnlySpan<byte> endMagic, int trailerLength)
    {
        using var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        Span<byte> trailer = stackalloc byte[trailerLength];
        if (f.Length < trailerLength) throw new InvalidDataException($"{path}: truncated");
        f.Seek(-trailerLength, SeekOrigin.End);
        f.ReadExactly(trailer);
        long length = BitConverter.ToInt64(trailer);
        if (!trailer[16..].SequenceEqual(endMagic) || length != f.Length - trailerLength) throw new InvalidDataException($"{path}: no valid end marker");
        return (f.Length, BitConverter.ToUInt64(trailer[8..]));
    }

    /// <summary>Reads and checks a delta file (format, kg release, ids, checksum); null with the reason when refused.</summary>
    internal static Content? ReadContent(string path, CancellationToken ct, out string? problem)
    {
        problem = null;
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length < BinaryStore.TrailerLength + Magic.Length) return Refuse($"truncated ({bytes.Length} bytes)", out problem);
            var trailer = bytes.AsSpan(bytes.Length - BinaryStore.TrailerLength);
            long contentLength = BitConverter.ToInt64(trailer);
            if (!trailer[16..].SequenceEqual(EndMagic) || contentLength != bytes.Length - BinaryStore.TrailerLength)
                return Refuse($"truncated or not a kg store delta ({bytes.Length} bytes, no valid end marker)", out problem);
            using var r = new BinaryReader(new MemoryStream(bytes, 0, (int)contentLength, writable: false), Encoding.UTF8);
            if (!r.ReadBytes(8).AsSpan().SequenceEqual(Magic)) return Refuse("not a kg store delta (bad magic number)", out problem);
            int format = r.ReadInt32();
            var version = format == FormatVersion ? r.ReadString() : "?";
            if (format != FormatVersion || !BinaryStore.SameRelease(version, BinaryStore.KgVersion))
                return Refuse($"store delta written by kg {version} in delta format {format}, but this is kg {BinaryStore.KgVersion} (delta format {FormatVersion})", out problem);
            if (System.IO.Hashing.XxHash3.HashToUInt64(bytes.AsSpan(0, (int)contentLength)) != BitConverter.ToUInt64(trailer[8..]))
                return Refuse("corrupt (checksum mismatch)", out problem);
            var sourceName = r.ReadString();
            long sourceLength = r.ReadInt64();
            var baseName = r.ReadString();
            long baseLength = r.ReadInt64();
            ulong baseHash = r.ReadUInt64();
            // the base is a file beside the delta, never a path elsewhere
            if (baseName != BaseFileName) return Refuse($"corrupt (base {baseName})", out problem);
            var namespaces = new List<KeyValuePair<string, string>>();
            BinaryStoreReader.ReadNamespaces(r, contentLength, namespaces);
            var terms = BinaryStoreReader.ReadTerms(r, contentLength, ct);
            var retracted = new int[BinaryStoreReader.Count(r, contentLength / 4)];
            for (int i = 0; i < retracted.Length; i++) retracted[i] = Term(r, terms, iri: true);
            var added = new (int, int[])[BinaryStoreReader.Count(r, contentLength / 8)];
            for (int g = 0; g < added.Length; g++)
            {
                int s = Term(r, terms, iri: true);
                var po = new int[2 * BinaryStoreReader.Count(r, contentLength / 8)];
                for (int i = 0; i < po.Length; i++) po[i] = Term(r, terms, iri: i % 2 == 0);
                added[g] = (s, po);
            }
            if (r.BaseStream.Position != contentLength) return Refuse("corrupt (data after the last statement)", out problem);
            return new Content(version, sourceName, sourceLength, baseName, baseLength, baseHash, namespaces, terms, retracted, added);
        }
        catch (Exception e) when (BinaryStoreReader.ProblemOf(e) is { } why)
        {
            return Refuse(why, out problem);
        }
    }

    private static int Term(BinaryReader r, INode[] terms, bool iri)
    {
        int id = r.ReadInt32();
        if ((uint)(id - 1) >= (uint)terms.Length) throw new BinaryStoreReader.CorruptException("a statement refers to a term that does not exist");
        if (iri && terms[id - 1] is not IUriNode) throw new BinaryStoreReader.CorruptException("a subject or predicate that is not an IRI");
        return id;
    }

    private static Content? Refuse(string why, out string? problem)
    {
        problem = why;
        return null;
    }

    /// <summary>
    /// Loads a delta and its base into an empty store: the base's statements less the retracted subjects', then the
    /// added ones, merged into the base's sorted index buckets. Everything is checked before the store is filled.
    /// </summary>
    internal static BinaryStoreLoad TryLoad(MemoryStore store, string path, BinaryStoreSource? source, CancellationToken ct)
    {
        var delta = ReadContent(path, ct, out var problem);
        if (delta is null) return BinaryStoreLoad.Refused(problem!);
        if (source is not null && (delta.SourceName != source.FileName || delta.SourceLength != source.Length))
            return BinaryStoreLoad.Refused(
                $"made from {delta.SourceName} of {delta.SourceLength} bytes, which does not match {source.FileName} of {source.Length} bytes beside it");
        var basePath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, delta.BaseName);
        try
        {
            var (baseLength, baseHash) = Trailer(basePath, BinaryStore.EndMagic, BinaryStore.TrailerLength);
            if (baseLength != delta.BaseLength || baseHash != delta.BaseHash)
                return BinaryStoreLoad.Refused($"its base {delta.BaseName} is not the store it was made on");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return BinaryStoreLoad.Refused($"its base {delta.BaseName} cannot be used ({e.Message})");
        }
        var data = BinaryStoreReader.Read(basePath, null, ct, out var baseProblem);
        if (data is null) return BinaryStoreLoad.Refused($"its base {delta.BaseName}: {baseProblem}");

        var terms = new TermDictionary();
        terms.Load(data.Terms);
        int baseTerms = data.Terms.Length;
        // the terms of added statements join the dictionary (new ones after the base's, in the delta's order); a retracted
        // subject that the base never had is not added (0: nothing to retract)
        var used = new bool[delta.Terms.Length + 1];
        foreach (var (s, po) in delta.Added)
        {
            used[s] = true;
            foreach (var t in po) used[t] = true;
        }
        var local = new int[delta.Terms.Length + 1];
        for (int i = 1; i <= delta.Terms.Length; i++)
            local[i] = used[i] ? terms.GetOrAdd(delta.Terms[i - 1]) : terms.Lookup(delta.Terms[i - 1]);
        var retracted = new bool[baseTerms + 1];
        foreach (var r in delta.Retracted)
            if (local[r] is > 0 and var id && id <= baseTerms) retracted[id] = true;
        // subjects of the base: an added statement's subject must be retracted there or new to it (else the file lies)
        var baseSubject = new bool[baseTerms + 1];
        foreach (var (lead, _) in data.Indexes[0]) baseSubject[lead] = true;
        var added = new List<EncodedQuad>();
        var subjects = new HashSet<int>();
        foreach (var (s, po) in delta.Added)
        {
            int subject = local[s];
            if (!subjects.Add(subject)) return BinaryStoreLoad.Refused("corrupt (a subject's statements added twice)");
            if (subject <= baseTerms && baseSubject[subject] && !retracted[subject])
                return BinaryStoreLoad.Refused("corrupt (adds statements to a subject it does not retract)");
            for (int i = 0; i < po.Length; i += 2)
                added.Add(new EncodedQuad(subject, local[po[i]], local[po[i + 1]], TermDictionary.DefaultGraph));
        }
        ct.ThrowIfCancellationRequested();
        var quads = new EncodedQuad[data.Quads.Length + added.Count];
        int n = 0;
        foreach (var q in data.Quads)
            if (!retracted[q.S]) quads[n++] = q;
        foreach (var q in added) quads[n++] = q;
        Array.Resize(ref quads, n);
        var indexes = new List<List<(int Lead, EncodedQuad[] Items)>>(data.Indexes.Count);
        for (int i = 0; i < data.Indexes.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            indexes.Add(Apply(BinaryStore.IndexOrders[i], data.Indexes[i], retracted, added));
        }
        store.Install(terms, quads, delta.Namespaces);
        BinaryStoreReader.InstallIndexes(store, indexes);
        return BinaryStoreLoad.Success;
    }

    /// <summary>One index of the base with the retracted subjects' quads dropped and the added quads merged in, each
    /// bucket still in index order; new buckets follow the base's, in order of first use.</summary>
    private static List<(int Lead, EncodedQuad[] Items)> Apply(IndexOrder order, List<(int Lead, EncodedQuad[] Items)> buckets, bool[] retracted, List<EncodedQuad> added)
    {
        var comparer = Comparer<EncodedQuad>.Create((x, y) => QuadIndex.CompareInBucket(order, x, y));
        var byLead = new Dictionary<int, List<EncodedQuad>>();
        var newLeads = new List<int>();
        foreach (var q in added)
        {
            int lead = QuadIndex.LeadOf(order, q);
            if (!byLead.TryGetValue(lead, out var list))
            {
                byLead.Add(lead, list = new List<EncodedQuad>());
                newLeads.Add(lead);
            }
            list.Add(q);
        }
        foreach (var list in byLead.Values) list.Sort(comparer);
        var result = new List<(int Lead, EncodedQuad[] Items)>(buckets.Count + newLeads.Count);
        foreach (var (lead, items) in buckets)
        {
            var kept = items;
            if (order == IndexOrder.Spo)
            {
                if (lead < retracted.Length && retracted[lead]) kept = [];
            }
            else
            {
                int count = 0;
                foreach (var q in items)
                    if (!retracted[q.S]) count++;
                if (count != items.Length)
                {
                    kept = new EncodedQuad[count];
                    int k = 0;
                    foreach (var q in items)
                        if (!retracted[q.S]) kept[k++] = q;
                }
            }
            if (byLead.Remove(lead, out var more)) kept = MergeSorted(kept, more, order);
            if (kept.Length > 0) result.Add((lead, kept));
        }
        foreach (var lead in newLeads)
            if (byLead.TryGetValue(lead, out var list)) result.Add((lead, list.ToArray()));
        return result;
    }

    private static EncodedQuad[] MergeSorted(EncodedQuad[] a, List<EncodedQuad> b, IndexOrder order)
    {
        var merged = new EncodedQuad[a.Length + b.Count];
        int i = 0, j = 0, k = 0;
        while (i < a.Length && j < b.Count)
            merged[k++] = QuadIndex.CompareInBucket(order, a[i], b[j]) <= 0 ? a[i++] : b[j++];
        while (i < a.Length) merged[k++] = a[i++];
        while (j < b.Count) merged[k++] = b[j++];
        return merged;
    }
}
