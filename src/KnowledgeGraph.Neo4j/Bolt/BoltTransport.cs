using System.Buffers.Binary;
using KnowledgeGraph.Neo4j.PackStream;

namespace KnowledgeGraph.Neo4j.Bolt;

/// <summary>
/// Bolt's message framing over a byte stream: each message is split into chunks of at most 65,535
/// bytes, each preceded by its two-byte big-endian size, and ends with a zero-size chunk.
/// Outgoing messages are gathered in a buffer so that pipelined requests leave in one write.
/// </summary>
public sealed class BoltTransport : IAsyncDisposable
{
    public const int MaxChunkSize = 65535;

    private readonly Stream _stream;
    private readonly string _peer;
    private readonly PackStreamWriter _message = new(1024);
    private byte[] _outgoing = new byte[8192];
    private int _outgoingLength;
    private byte[] _incoming = new byte[8192];
    private readonly byte[] _header = new byte[2];

    public BoltTransport(Stream stream, string peer)
    {
        _stream = stream;
        _peer = peer;
    }

    /// <summary>The writer for the message being composed; call <see cref="EndMessage"/> when done.</summary>
    public PackStreamWriter BeginMessage(int fieldCount, byte signature)
    {
        _message.Reset();
        _message.WriteStructureHeader(fieldCount, signature);
        return _message;
    }

    /// <summary>Frames the composed message into the outgoing buffer.</summary>
    public void EndMessage()
    {
        var body = _message.WrittenSpan;
        var offset = 0;
        while (offset < body.Length)
        {
            var size = Math.Min(MaxChunkSize, body.Length - offset);
            var span = Reserve(2 + size);
            BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)size);
            body.Slice(offset, size).CopyTo(span[2..]);
            offset += size;
        }
        Reserve(2).Clear();
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_outgoingLength == 0) return;
        try
        {
            await _stream.WriteAsync(_outgoing.AsMemory(0, _outgoingLength), cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new ServiceUnavailableException($"connection to {_peer} lost while sending: {e.Message}", e);
        }
        finally
        {
            _outgoingLength = 0;
        }
    }

    /// <summary>Reads one whole message body (chunks joined); the memory is valid until the next read.</summary>
    public async Task<ReadOnlyMemory<byte>> ReadMessageAsync(CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            await ReadExactlyAsync(_header, cancellationToken).ConfigureAwait(false);
            int size = BinaryPrimitives.ReadUInt16BigEndian(_header);
            if (size == 0)
            {
                // Zero-size chunks between messages are NOOP keep-alives (Bolt 4.1+); skip them.
                if (length == 0) continue;
                return _incoming.AsMemory(0, length);
            }
            if (length + size > _incoming.Length) Array.Resize(ref _incoming, Math.Max(_incoming.Length * 2, length + size));
            await ReadExactlyAsync(_incoming.AsMemory(length, size), cancellationToken).ConfigureAwait(false);
            length += size;
        }
    }

    public async Task ReadExactlyAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        try
        {
            await _stream.ReadExactlyAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (EndOfStreamException e)
        {
            throw new ServiceUnavailableException($"connection to {_peer} closed by the server mid-stream", e);
        }
        catch (IOException e)
        {
            throw new ServiceUnavailableException($"connection to {_peer} lost: {e.Message}", e);
        }
    }

    public async Task WriteRawAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        try
        {
            await _stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new ServiceUnavailableException($"connection to {_peer} lost while sending: {e.Message}", e);
        }
    }

    private Span<byte> Reserve(int count)
    {
        if (_outgoingLength + count > _outgoing.Length)
            Array.Resize(ref _outgoing, Math.Max(_outgoing.Length * 2, _outgoingLength + count));
        var span = _outgoing.AsSpan(_outgoingLength, count);
        _outgoingLength += count;
        return span;
    }

    public ValueTask DisposeAsync() => _stream.DisposeAsync();
}
