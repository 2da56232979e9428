using System.IO.Hashing;
using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>What <see cref="TripleDumps.Write"/> wrote: the files, and how many subject blocks were copied from the
/// kept version rather than written.</summary>
public sealed record TripleDumpFiles(string Turtle, string? NTriples, string Index, long Subjects, long SubjectsCopied);

/// <summary>
/// Told by <see cref="TripleDumps.Write"/>, subject by subject in order, how the new graph differs from the kept
/// version's (the subjects it serialized, and the kept ones it no longer has), when it compared the two.
/// </summary>
public interface ISubjectChanges
{
    /// <summary>A subject whose triples are not the kept version's: new (<paramref name="wasKept"/> false) or changed.</summary>
    void Written(IUriNode subject, IReadOnlyList<Triple> triples, bool wasKept);

    /// <summary>A subject of the kept version that the new graph does not have.</summary>
    void Removed(string subject);

    /// <summary>Called once, after the last subject, when every kept subject was compared (the kept index was read to
    /// its end, undamaged): only then are the calls above the whole difference.</summary>
    void Completed();
}

/// <summary>
/// Writes <c>graph.ttl</c> (and <c>graph.nt</c> when asked) in one pass over sorted, distinct triples without blank
/// nodes, with an index of their subject blocks (<c>graph.blocks</c>): per subject, in order, a hash of its triples, the
/// length of its block in each file and the prefixes its Turtle block uses. Given the folder of a previous version
/// written the same way, a subject whose triples hash as they did there is not serialized again: its block is copied
/// from the previous files as bytes (neighbouring blocks in one read). Serializing, not reading the sorted statements,
/// is what a dump costs (session 10), so an update whose statements mostly did not change writes its dumps for the
/// price of hashing them.
/// </summary>
/// <remarks>
/// The bytes are exactly those <see cref="TurtleWriter"/> and <see cref="NTriplesWriter"/> write for the same
/// statements: a Turtle document without blank nodes is its header (the prefixes the body uses) then one block per
/// subject, each a function of the subject, its triples, the prefix table and the writer's code. The index therefore
/// records the writer (this assembly's module version id, which a deterministic build changes with any code change)
/// and the prefix table; another writer's index, or one that does not match the lengths of the files beside it, is not
/// used (everything is written), nor one whose files' bytes are not those it was written with (an XXH3-64 of each
/// file, checked by one read before anything is copied). Index layout: magic <c>KGBLOCK\n</c>, int32 version, string writer id, bool with
/// N-Triples; entries (bool true, subject as the length of the prefix it shares with the previous subject and the rest,
/// two uint64 of the XXH128 hash, 7-bit Turtle length, uint64 prefix mask, 7-bit N-Triples length); bool false; trailer
/// of int64 Turtle length, int64 Turtle header length, int64 N-Triples length, int64 subjects, uint64 XXH3-64 of the
/// Turtle file and of the N-Triples file (0 without one), magic <c>KGBLEND\n</c>.
/// </remarks>
public static class TripleDumps
{
    public const string IndexFileName = "graph.blocks";
    private const int FormatVersion = 1;
    private const int TrailerLength = 56;
    private static ReadOnlySpan<byte> Magic => "KGBLOCK\n"u8;
    private static ReadOnlySpan<byte> EndMagic => "KGBLEND\n"u8;

    /// <summary>Whether <paramref name="input"/> can be written this way: presorted and without blank nodes.</summary>
    public static bool CanWrite(IEnumerable<Quad> input) => input is PresortedQuads { MayHaveBlankNodes: false };

    /// <param name="triples">Sorted, distinct, default-graph statements without blank nodes (<see cref="CanWrite"/>).</param>
    /// <param name="keptDirectory">The folder of a previous version (its graph.ttl, graph.nt and graph.blocks), or null.</param>
    /// <param name="changes">Told the difference from the kept version as it is found (nothing when no kept index is used).</param>
    public static TripleDumpFiles Write(IEnumerable<Quad> triples, string directory, bool nTriples,
        IEnumerable<KeyValuePair<string, string>> prefixes, string? keptDirectory, CancellationToken ct, ISubjectChanges? changes = null)
    {
        if (!CanWrite(triples)) throw new ArgumentException("a presorted input without blank nodes is needed", nameof(triples));
        var table = new PrefixTable(prefixes);
        var writerId = WriterId(table);
        using var kept = table.MasksBlocks && keptDirectory is not null ? KeptBlocks.TryOpen(keptDirectory, writerId, changes) : null;
        var ttlPath = Path.Combine(directory, "graph.ttl");
        var ntPath = nTriples ? Path.Combine(directory, "graph.nt") : null;
        var indexPath = Path.Combine(directory, IndexFileName);
        var bodyTmp = TempName(directory, "graph.ttl.body");
        var ttlTmp = TempName(directory, "graph.ttl");
        var ntTmp = TempName(directory, "graph.nt");
        var indexTmp = TempName(directory, IndexFileName);
        long subjects = 0, copied = 0;
        try
        {
            long bodyLength, ntLength = 0;
            using (var body = new FileStream(bodyTmp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            using (var ntFile = ntPath is null ? null : new FileStream(ntTmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var indexStream = new FileStream(indexTmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var index = new BinaryWriter(indexStream, Encoding.UTF8))
            {
                // graph.nt hashed as it is written (XXH3-64, in the trailer): the next build copies from it only if it is intact
                var nt = ntFile is null ? null : new HashingStream(ntFile);
                index.Write(Magic);
                index.Write(FormatVersion);
                index.Write(writerId);
                index.Write(nt is not null);
                var blanks = new BlankNodes(0);
                blanks.Complete();
                using var unused = new BodyBuffer();
                var turtle = new TurtleBodyWriter(blanks, table, null, unused, ct) { HoldText = true };
                turtle.BeginGraph(null, "");
                var encoder = new BlockEncoder();
                var lines = new StringBuilder(1024);
                var hash = new XxHash128();
                var ttlCopy = kept is null ? null : new RangeCopier(kept.Turtle);
                var ntCopy = kept?.NTriples is { } keptNt && nt is not null ? new RangeCopier(keptNt) : null;
                string previousSubject = "";
                foreach (var group in Groups(triples, ct))
                {
                    var subject = ((IUriNode)group.Subject).Iri;
                    var (lo, hi) = Hash(hash, group);
                    bool wasKept = false;
                    var entry = kept?.Find(subject, lo, hi, out wasKept);
                    if (entry is null && kept is not null) kept.Changes?.Written((IUriNode)group.Subject, group.Triples, wasKept);
                    long ttlLength;
                    ulong mask;
                    if (entry is { } e)
                    {
                        ttlCopy!.Add(e.TurtleOffset, e.TurtleLength, body);
                        table.MarkUsed(e.Mask);
                        ttlLength = e.TurtleLength;
                        mask = e.Mask;
                        copied++;
                    }
                    else
                    {
                        ttlCopy?.Flush(body);
                        table.TakeBlockMask();
                        turtle.WriteSubject(group);
                        ttlLength = 0;
                        turtle.TakeText(sb => ttlLength = encoder.Write(sb, body));
                        mask = table.TakeBlockMask();
                    }
                    long ntBlock = 0;
                    if (nt is not null)
                    {
                        if (entry is { } k && ntCopy is not null)
                        {
                            ntCopy.Add(k.NTriplesOffset, k.NTriplesLength, nt);
                            ntBlock = k.NTriplesLength;
                        }
                        else
                        {
                            ntCopy?.Flush(nt);
                            lines.Clear();
                            foreach (var t in group.Triples) LineWriter.AppendLine(lines, t.InGraph(null), withGraph: false);
                            ntBlock = encoder.Write(lines, nt);
                        }
                        ntLength += ntBlock;
                    }
                    // the index entry: the subject as the part it does not share with the previous one (sorted IRIs share long prefixes)
                    int shared = SharedPrefix(previousSubject, subject);
                    index.Write(true);
                    index.Write7BitEncodedInt(shared);
                    index.Write(subject.Substring(shared));
                    index.Write(lo);
                    index.Write(hi);
                    index.Write7BitEncodedInt64(ttlLength);
                    index.Write(mask);
                    index.Write7BitEncodedInt64(ntBlock);
                    previousSubject = subject;
                    subjects++;
                }
                ttlCopy?.Flush(body);
                if (nt is not null) ntCopy?.Flush(nt);
                // the kept subjects after the last new one are gone too; then the difference is complete (unless the index was damaged)
                kept?.Finish();
                bodyLength = body.Length;
                var header = AtomicFile.Utf8NoBom.GetBytes(TurtleBodyWriter.Header(table, null));
                // graph.ttl: the header (the prefixes the blocks use, known only now), then the body
                ulong ttlHash;
                using (var ttlFile = new FileStream(ttlTmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                {
                    var ttl = new HashingStream(ttlFile);
                    ttl.Write(header);
                    body.Position = 0;
                    body.CopyTo(ttl, 1 << 20);
                    ttlHash = ttl.Hash;
                }
                index.Write(false);
                index.Write(header.Length + bodyLength);
                index.Write((long)header.Length);
                index.Write(ntLength);
                index.Write(subjects);
                index.Write(ttlHash);
                index.Write(nt?.Hash ?? 0UL);
                index.Write(EndMagic);
            }
            File.Delete(bodyTmp);
            File.Move(ttlTmp, ttlPath, overwrite: true);
            if (ntPath is not null) File.Move(ntTmp, ntPath, overwrite: true);
            File.Move(indexTmp, indexPath, overwrite: true);
            return new TripleDumpFiles(ttlPath, ntPath, indexPath, subjects, copied);
        }
        finally
        {
            foreach (var tmp in new[] { bodyTmp, ttlTmp, ntTmp, indexTmp })
                try { File.Delete(tmp); } catch (IOException) { }
        }
    }

    private static string TempName(string directory, string name) =>
        Path.Combine(directory, $".{name}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");

    /// <summary>The writer's code and prefix table: blocks written by another are not copied.</summary>
    private static string WriterId(PrefixTable table)
    {
        var sb = new StringBuilder(typeof(TripleDumps).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        foreach (var (prefix, ns) in table.Entries) sb.Append(' ').Append(prefix).Append('=').Append(ns);
        return sb.ToString();
    }

    private static int SharedPrefix(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length), i = 0;
        while (i < n && a[i] == b[i]) i++;
        // never split a surrogate pair (the rest is written as a string of its own)
        if (i > 0 && i < b.Length && char.IsLowSurrogate(b[i])) i--;
        return i;
    }

    private static IEnumerable<SubjectGroup> Groups(IEnumerable<Quad> triples, CancellationToken ct)
    {
        SubjectGroup? group = null;
        long n = 0;
        foreach (var q in triples)
        {
            if ((++n & 0xFFFF) == 0) ct.ThrowIfCancellationRequested();
            if (q.Graph is not null)
                throw new RdfWriterException($"Turtle holds one graph only, but a statement is in the named graph {q.Graph.ToNTriples()}");
            if (q.Subject is not IUriNode || q.Object is IBlankNode)
                throw new ArgumentException("a statement with a blank node in an input said to have none");
            if (group is null || !group.Subject.Equals(q.Subject))
            {
                if (group is not null) yield return group;
                group = new SubjectGroup(q.Subject);
            }
            group.Triples.Add(q.Triple);
        }
        if (group is not null) yield return group;
    }

    /// <summary>XXH128 of a subject's triples (predicate and object terms, each string with its length).</summary>
    private static (ulong Lo, ulong Hi) Hash(XxHash128 hash, SubjectGroup group)
    {
        hash.Reset();
        foreach (var t in group.Triples)
        {
            Append(hash, 0, ((IUriNode)t.Predicate).Iri);
            switch (t.Object)
            {
                case IUriNode u: Append(hash, 1, u.Iri); break;
                case ILiteralNode l:
                    Append(hash, 2, l.Value);
                    Append(hash, 3, l.Datatype);
                    Append(hash, 4, l.Language);
                    break;
                default: throw new ArgumentException($"unsupported term type {t.Object.GetType().Name}");
            }
        }
        var value = hash.GetCurrentHashAsUInt128();
        return ((ulong)value, (ulong)(value >> 64));
    }

    private static void Append(XxHash128 hash, byte kind, string s)
    {
        Span<byte> head = stackalloc byte[5];
        head[0] = kind;
        BitConverter.TryWriteBytes(head[1..], s.Length);
        hash.Append(head);
        hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(s.AsSpan()));
    }

    /// <summary>Encodes held text as UTF-8 into a stream (the encoding of <see cref="AtomicFile"/>'s writers); returns the bytes written.</summary>
    private sealed class BlockEncoder
    {
        private char[] _chars = new char[1 << 12];
        private byte[] _bytes = new byte[1 << 14];

        public long Write(StringBuilder text, Stream output)
        {
            int n = text.Length;
            if (_chars.Length < n) _chars = new char[Math.Max(n, _chars.Length * 2)];
            text.CopyTo(0, _chars, 0, n);
            int max = AtomicFile.Utf8NoBom.GetMaxByteCount(n);
            if (_bytes.Length < max) _bytes = new byte[Math.Max(max, _bytes.Length * 2)];
            int length = AtomicFile.Utf8NoBom.GetBytes(_chars, 0, n, _bytes, 0);
            output.Write(_bytes, 0, length);
            return length;
        }
    }

    /// <summary>Copies byte ranges of a kept file in order, neighbouring ranges as one read.</summary>
    private sealed class RangeCopier(Stream source)
    {
        private long _start, _length;
        private byte[]? _buffer;

        public void Add(long offset, long length, Stream output)
        {
            if (_length > 0 && offset == _start + _length)
            {
                _length += length;
                return;
            }
            Flush(output);
            _start = offset;
            _length = length;
        }

        public void Flush(Stream output)
        {
            if (_length == 0) return;
            _buffer ??= new byte[1 << 20];
            source.Position = _start;
            long left = _length;
            while (left > 0)
            {
                int read = source.Read(_buffer, 0, (int)Math.Min(left, _buffer.Length));
                if (read <= 0) throw new IOException("a kept graph file is shorter than its block index says");
                output.Write(_buffer, 0, read);
                left -= read;
            }
            _length = 0;
        }
    }

    private readonly record struct KeptEntry(ulong Lo, ulong Hi, long TurtleOffset, long TurtleLength, ulong Mask, long NTriplesOffset, long NTriplesLength);

    /// <summary>The index of a previous version read in step with the new subjects (both in subject order).</summary>
    private sealed class KeptBlocks : IDisposable
    {
        private readonly BinaryReader _index;
        private readonly long _entriesEnd;
        private long _ttlOffset, _ntOffset;
        private string _subject = "";
        private KeptEntry _entry;
        private bool _hasCurrent, _done;

        private bool _damaged;
        private long _expectedSubjects, _subjectsRead;

        private KeptBlocks(BinaryReader index, long entriesEnd, FileStream turtle, FileStream? nTriples, long turtleHeader, ISubjectChanges? changes)
        {
            Changes = changes;
            _index = index;
            _entriesEnd = entriesEnd;
            Turtle = turtle;
            NTriples = nTriples;
            _ttlOffset = turtleHeader;
        }

        public FileStream Turtle { get; }

        /// <summary>Told the kept subjects that are gone, and the new graph's subjects that were not copied.</summary>
        public ISubjectChanges? Changes { get; }

        /// <summary>The kept graph.nt, when the kept version wrote one (else the new one is written whole).</summary>
        public FileStream? NTriples { get; }

        /// <summary>The kept index when it is of this writer and matches the files beside it; otherwise null (nothing is copied).</summary>
        public static KeptBlocks? TryOpen(string directory, string writerId, ISubjectChanges? changes)
        {
            var indexPath = Path.Combine(directory, IndexFileName);
            var ttlPath = Path.Combine(directory, "graph.ttl");
            if (!File.Exists(indexPath) || !File.Exists(ttlPath)) return null;
            BinaryReader? reader = null;
            FileStream? ttl = null, nt = null;
            try
            {
                reader = new BinaryReader(new FileStream(indexPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), Encoding.UTF8);
                var stream = reader.BaseStream;
                if (stream.Length < Magic.Length + TrailerLength || !reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic)
                    || reader.ReadInt32() != FormatVersion || reader.ReadString() != writerId)
                    return Fail();
                bool hasNt = reader.ReadBoolean();
                long entriesStart = stream.Position;
                stream.Position = stream.Length - TrailerLength;
                long ttlLength = reader.ReadInt64(), header = reader.ReadInt64(), ntLength = reader.ReadInt64();
                long keptSubjects = reader.ReadInt64();
                ulong ttlHash = reader.ReadUInt64(), ntHash = reader.ReadUInt64();
                if (!reader.ReadBytes(EndMagic.Length).AsSpan().SequenceEqual(EndMagic)) return Fail();
                // the kept files must be the very bytes the index describes: OUT/graph.ttl is a link into the build, and an
                // editor that writes through it in place would otherwise have its edit copied into every later build
                ttl = new FileStream(ttlPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
                if (ttl.Length != ttlLength || ContentHash(ttl) != ttlHash) return Fail();
                var ntPath = Path.Combine(directory, "graph.nt");
                if (hasNt && File.Exists(ntPath))
                {
                    nt = new FileStream(ntPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
                    if (nt.Length != ntLength || ContentHash(nt) != ntHash)
                    {
                        nt.Dispose();
                        nt = null;
                    }
                }
                stream.Position = entriesStart;
                return new KeptBlocks(reader, stream.Length - TrailerLength, ttl, nt, header, changes) { _expectedSubjects = keptSubjects };
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException)
            {
                return Fail();
            }

            KeptBlocks? Fail()
            {
                reader?.Dispose();
                ttl?.Dispose();
                nt?.Dispose();
                return null;
            }
        }

        private static ulong ContentHash(FileStream file)
        {
            var hash = new XxHash3();
            var buffer = new byte[1 << 20];
            file.Position = 0;
            int read;
            while ((read = file.Read(buffer, 0, buffer.Length)) > 0) hash.Append(buffer.AsSpan(0, read));
            return hash.GetCurrentHashAsUInt64();
        }

        /// <summary>The kept block of <paramref name="subject"/> when its triples hash the same; subjects must come in order.
        /// <paramref name="wasKept"/>: the kept version had the subject (with these triples or others). Kept subjects passed
        /// over are gone from the new graph (<see cref="ISubjectChanges.Removed"/>).</summary>
        public KeptEntry? Find(string subject, ulong lo, ulong hi, out bool wasKept)
        {
            wasKept = false;
            while (true)
            {
                if (!_hasCurrent && !Next()) return null;
                int c = string.CompareOrdinal(_subject, subject);
                if (c > 0) return null;
                _hasCurrent = false;
                if (c == 0)
                {
                    wasKept = true;
                    return _entry.Lo == lo && _entry.Hi == hi ? _entry : null;
                }
                Changes?.Removed(_subject);
            }
        }

        /// <summary>After the last new subject: the kept subjects not yet met are gone; the difference is then complete.</summary>
        public void Finish()
        {
            if (_hasCurrent) Changes?.Removed(_subject);
            _hasCurrent = false;
            while (Next()) Changes?.Removed(_subject);
            _hasCurrent = false;
            if (!_damaged && _subjectsRead == _expectedSubjects) Changes?.Completed();
        }

        private bool Next()
        {
            if (_done) return false;
            try
            {
                if (_index.BaseStream.Position >= _entriesEnd || !_index.ReadBoolean())
                {
                    _done = true;
                    return false;
                }
                int shared = _index.Read7BitEncodedInt();
                _subject = string.Concat(_subject.AsSpan(0, shared), _index.ReadString());
                ulong lo = _index.ReadUInt64(), hi = _index.ReadUInt64();
                long ttlLength = _index.Read7BitEncodedInt64();
                ulong mask = _index.ReadUInt64();
                long ntLength = _index.Read7BitEncodedInt64();
                _entry = new KeptEntry(lo, hi, _ttlOffset, ttlLength, mask, _ntOffset, ntLength);
                _ttlOffset += ttlLength;
                _ntOffset += ntLength;
                _subjectsRead++;
                _hasCurrent = true;
                return true;
            }
            catch (Exception e) when (e is IOException or EndOfStreamException or FormatException or ArgumentOutOfRangeException)
            {
                // a damaged index: nothing more is copied from it (the rest is written), and the difference is not known
                _done = true;
                _damaged = true;
                return false;
            }
        }

        public void Dispose()
        {
            _index.Dispose();
            Turtle.Dispose();
            NTriples?.Dispose();
        }
    }
}
