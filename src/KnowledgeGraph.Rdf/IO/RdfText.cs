using System.Text;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Opens RDF text. RDF syntaxes are UTF-8: a UTF-8 BOM is accepted and skipped, other BOMs
/// (UTF-16/32) are decoded, and bytes that are not valid UTF-8 (a legacy 8-bit file) are
/// rejected with their line and byte offset rather than silently turned into U+FFFD.
/// </summary>
public static class RdfText
{
    public static TextReader OpenReader(Stream stream, string sourceName)
    {
        var counting = new PositionTrackingStream(stream);
        return new StreamReader(counting, new StrictUtf8(sourceName, counting), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    public static TextReader OpenFile(string path) =>
        OpenReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), path);

    /// <summary>
    /// Remembers where the chunk the decoder is working on starts (bytes and lines), because the
    /// decoder fallback only learns an index inside that chunk.
    /// </summary>
    private sealed class PositionTrackingStream(Stream inner) : Stream
    {
        private byte[] _last = Array.Empty<byte>();
        private int _lastCount;

        /// <summary>Bytes before the most recent chunk.</summary>
        public long ChunkStart { get; private set; }

        /// <summary>Newlines before the most recent chunk.</summary>
        public long LinesBeforeChunk { get; private set; }

        /// <summary>The byte offset and 1-based line of a position inside the most recent chunk.</summary>
        public (long Offset, long Line) Locate(ReadOnlySpan<byte> unknown)
        {
            // The decoder hands over the offending bytes, not the chunk: find them in the chunk.
            int index = unknown.Length > 0 ? _last.AsSpan(0, _lastCount).IndexOf(unknown) : -1;
            if (index < 0) return (ChunkStart, LinesBeforeChunk + 1);
            long lines = LinesBeforeChunk + _last.AsSpan(0, index).Count((byte)'\n');
            return (ChunkStart + index, lines + 1);
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = inner.Read(buffer, offset, count);
            ChunkStart += _lastCount;
            LinesBeforeChunk += _last.AsSpan(0, _lastCount).Count((byte)'\n');
            if (_last.Length < n) _last = new byte[Math.Max(n, 4096)];
            Buffer.BlockCopy(buffer, offset, _last, 0, n);
            _lastCount = n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }

    /// <summary>UTF-8 that throws a <see cref="RdfSyntaxException"/> naming the source on invalid bytes.</summary>
    private sealed class StrictUtf8 : UTF8Encoding
    {
        private readonly string _source;
        private readonly PositionTrackingStream _position;

        public StrictUtf8(string source, PositionTrackingStream position) : base(false, true)
        {
            _source = source;
            _position = position;
        }

        public override Decoder GetDecoder()
        {
            var d = base.GetDecoder();
            d.Fallback = new Fallback(_source, _position);
            return d;
        }

        private sealed class Fallback(string source, PositionTrackingStream position) : DecoderFallback
        {
            public override int MaxCharCount => 0;

            public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(source, position);

            private sealed class Buffer(string source, PositionTrackingStream position) : DecoderFallbackBuffer
            {
                public override int Remaining => 0;

                public override bool Fallback(byte[] bytesUnknown, int index)
                {
                    var (offset, line) = position.Locate(bytesUnknown);
                    throw new RdfSyntaxException(
                        $"input is not valid UTF-8 (byte 0x{bytesUnknown[0]:X2} at byte offset {offset}); RDF text must be UTF-8 — " +
                        "convert it first, e.g. with iconv -f WINDOWS-1252 -t UTF-8",
                        source, line, 0);
                }

                public override char GetNextChar() => '\0';

                public override bool MovePrevious() => false;
            }
        }
    }
}
