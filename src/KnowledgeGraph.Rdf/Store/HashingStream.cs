using System.IO.Hashing;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// A pass-through stream that hashes (XXH3-64) every byte written to or read from the inner stream. Reading stops
/// at <see cref="Limit"/>, so a buffered reader above it never hashes the trailer that holds the expected hash.
/// </summary>
internal sealed class HashingStream(Stream inner, long limit = long.MaxValue) : Stream
{
    private readonly XxHash3 _hash = new();
    private long _position;

    public long Limit { get; } = limit;

    public ulong Hash => _hash.GetCurrentHashAsUInt64();

    public override bool CanRead => inner.CanRead;
    public override bool CanSeek => false;
    public override bool CanWrite => inner.CanWrite;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        long left = Limit - _position;
        if (left <= 0) return 0;
        if (buffer.Length > left) buffer = buffer[..(int)left];
        int n = inner.Read(buffer);
        _hash.Append(buffer[..n]);
        _position += n;
        return n;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        _hash.Append(buffer);
        _position += buffer.Length;
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
