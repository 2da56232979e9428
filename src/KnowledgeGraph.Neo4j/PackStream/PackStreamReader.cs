using System.Buffers.Binary;
using System.Text;

namespace KnowledgeGraph.Neo4j.PackStream;

/// <summary>
/// Decodes one PackStream v1 message body (already de-chunked). Values come out as .NET types:
/// null, bool, long, double, string, byte[], List&lt;object?&gt;, Dictionary&lt;string, object?&gt;
/// (insertion order kept), Node/Relationship/UnboundRelationship/Path, DateOnly, CypherDuration,
/// or <see cref="PackStreamStructure"/> for any other structure.
/// </summary>
public ref struct PackStreamReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public PackStreamReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    public int Position => _position;

    public bool AtEnd => _position >= _data.Length;

    public object? Read()
    {
        var marker = ReadByte();
        if (marker <= 0x7F) return (long)marker;
        if (marker >= 0xF0) return (long)unchecked((sbyte)marker);
        var high = marker & 0xF0;
        switch (high)
        {
            case 0x80: return ReadString(marker & 0x0F);
            case 0x90: return ReadList(marker & 0x0F);
            case 0xA0: return ReadMap(marker & 0x0F);
            case 0xB0: return ReadStructure(marker & 0x0F);
        }
        return marker switch
        {
            0xC0 => null,
            0xC1 => BinaryPrimitives.ReadDoubleBigEndian(Take(8)),
            0xC2 => false,
            0xC3 => true,
            0xC8 => (long)unchecked((sbyte)ReadByte()),
            0xC9 => (long)BinaryPrimitives.ReadInt16BigEndian(Take(2)),
            0xCA => (long)BinaryPrimitives.ReadInt32BigEndian(Take(4)),
            0xCB => BinaryPrimitives.ReadInt64BigEndian(Take(8)),
            0xCC => Take(ReadByte()).ToArray(),
            0xCD => Take(BinaryPrimitives.ReadUInt16BigEndian(Take(2))).ToArray(),
            0xCE => Take(ReadSize32()).ToArray(),
            0xD0 => ReadString(ReadByte()),
            0xD1 => ReadString(BinaryPrimitives.ReadUInt16BigEndian(Take(2))),
            0xD2 => ReadString(ReadSize32()),
            0xD4 => ReadList(ReadByte()),
            0xD5 => ReadList(BinaryPrimitives.ReadUInt16BigEndian(Take(2))),
            0xD6 => ReadList(ReadSize32()),
            0xD8 => ReadMap(ReadByte()),
            0xD9 => ReadMap(BinaryPrimitives.ReadUInt16BigEndian(Take(2))),
            0xDA => ReadMap(ReadSize32()),
            _ => throw new PackStreamException($"unknown PackStream marker 0x{marker:X2} at offset {_position - 1}"),
        };
    }

    /// <summary>Reads a structure header and returns (field count, tag); used for message envelopes.</summary>
    public (int FieldCount, byte Tag) ReadStructureHeader()
    {
        var marker = ReadByte();
        if ((marker & 0xF0) != 0xB0) throw new PackStreamException($"expected a structure at offset {_position - 1}, found marker 0x{marker:X2}");
        return (marker & 0x0F, ReadByte());
    }

    private int ReadSize32()
    {
        var size = BinaryPrimitives.ReadInt32BigEndian(Take(4));
        if (size < 0) throw new PackStreamException($"size {(uint)size} at offset {_position - 4} exceeds what this client reads (2 GiB)");
        return size;
    }

    private string ReadString(int length) => Encoding.UTF8.GetString(Take(length));

    private List<object?> ReadList(int count)
    {
        var list = new List<object?>(Math.Min(count, 1024));
        for (var i = 0; i < count; i++) list.Add(Read());
        return list;
    }

    private Dictionary<string, object?> ReadMap(int count)
    {
        var map = new Dictionary<string, object?>(Math.Min(count, 1024), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var keyOffset = _position;
            if (Read() is not string key) throw new PackStreamException($"map key at offset {keyOffset} is not a string");
            map[key] = Read();
        }
        return map;
    }

    private object ReadStructure(int fieldCount)
    {
        var tag = ReadByte();
        var fields = new object?[fieldCount];
        for (var i = 0; i < fieldCount; i++) fields[i] = Read();
        return GraphEntityDecoder.Decode(tag, fields);
    }

    private byte ReadByte()
    {
        if (_position >= _data.Length) throw Truncated(1);
        return _data[_position++];
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (_position + count > _data.Length) throw Truncated(count);
        var span = _data.Slice(_position, count);
        _position += count;
        return span;
    }

    private PackStreamException Truncated(int wanted) =>
        new($"PackStream data ends at offset {_data.Length} while {wanted} more byte(s) were expected at offset {_position}");
}
