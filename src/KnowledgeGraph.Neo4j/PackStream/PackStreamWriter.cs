using System.Buffers.Binary;
using System.Text;

namespace KnowledgeGraph.Neo4j.PackStream;

/// <summary>
/// Encodes values in PackStream v1 into a growable buffer, always with the smallest marker that fits
/// (tiny ints, tiny strings/lists/maps), as the specification recommends and servers expect.
/// Supported values: null, bool, integral types, float/double, string, byte[], lists (IEnumerable),
/// maps with string keys (IDictionary / IReadOnlyDictionary), <see cref="PackStreamStructure"/>,
/// graph entities, <see cref="DateOnly"/> (Date structure).
/// </summary>
public sealed class PackStreamWriter
{
    private byte[] _buffer;
    private int _length;

    public PackStreamWriter(int initialCapacity = 256) => _buffer = new byte[Math.Max(16, initialCapacity)];

    public int Length => _length;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _length);

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _length);

    public void Reset() => _length = 0;

    public byte[] ToArray() => WrittenSpan.ToArray();

    public void Write(object? value)
    {
        switch (value)
        {
            case null: WriteNull(); break;
            case bool b: WriteBoolean(b); break;
            case sbyte i: WriteInteger(i); break;
            case byte i: WriteInteger(i); break;
            case short i: WriteInteger(i); break;
            case ushort i: WriteInteger(i); break;
            case int i: WriteInteger(i); break;
            case uint i: WriteInteger(i); break;
            case long i: WriteInteger(i); break;
            case ulong i when i <= long.MaxValue: WriteInteger((long)i); break;
            case ulong i: throw new PackStreamException($"the integer {i} does not fit PackStream's signed 64-bit range");
            case float f: WriteFloat(f); break;
            case double d: WriteFloat(d); break;
            case decimal m: WriteFloat((double)m); break;
            case string s: WriteString(s); break;
            case char c: WriteString(c.ToString()); break;
            case byte[] bytes: WriteBytes(bytes); break;
            case ReadOnlyMemory<byte> mem: WriteBytes(mem.Span); break;
            case DateOnly date: WriteStructureHeader(1, PackStreamTags.Date); WriteInteger(date.DayNumber - UnixEpochDayNumber); break;
            case PackStreamStructure s: WriteStructure(s); break;
            case IPackStreamSerializable custom: custom.WriteTo(this); break;
            case IDictionary<string, object?> map: WriteMap(map); break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(map); break;
            case System.Collections.IDictionary map: WriteLegacyMap(map); break;
            case System.Collections.IEnumerable list: WriteList(list); break;
            default: throw new PackStreamException($"values of type {value.GetType().Name} cannot be sent as PackStream");
        }
    }

    private static readonly int UnixEpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    public void WriteNull() => Append(0xC0);

    public void WriteBoolean(bool value) => Append(value ? (byte)0xC3 : (byte)0xC2);

    public void WriteInteger(long value)
    {
        if (value >= -16 && value <= 127)
        {
            Append(unchecked((byte)value));
        }
        else if (value >= sbyte.MinValue && value <= sbyte.MaxValue)
        {
            Append(0xC8); Append(unchecked((byte)value));
        }
        else if (value >= short.MinValue && value <= short.MaxValue)
        {
            var span = Grow(3); span[0] = 0xC9; BinaryPrimitives.WriteInt16BigEndian(span[1..], (short)value);
        }
        else if (value >= int.MinValue && value <= int.MaxValue)
        {
            var span = Grow(5); span[0] = 0xCA; BinaryPrimitives.WriteInt32BigEndian(span[1..], (int)value);
        }
        else
        {
            var span = Grow(9); span[0] = 0xCB; BinaryPrimitives.WriteInt64BigEndian(span[1..], value);
        }
    }

    public void WriteFloat(double value)
    {
        var span = Grow(9); span[0] = 0xC1; BinaryPrimitives.WriteDoubleBigEndian(span[1..], value);
    }

    public void WriteString(string value)
    {
        var byteCount = Encoding.UTF8.GetByteCount(value);
        WriteSizedHeader(byteCount, 0x80, 0xD0);
        Encoding.UTF8.GetBytes(value, Grow(byteCount));
    }

    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        if (value.Length <= byte.MaxValue) { Append(0xCC); Append((byte)value.Length); }
        else if (value.Length <= ushort.MaxValue) { var s = Grow(3); s[0] = 0xCD; BinaryPrimitives.WriteUInt16BigEndian(s[1..], (ushort)value.Length); }
        else { var s = Grow(5); s[0] = 0xCE; BinaryPrimitives.WriteInt32BigEndian(s[1..], value.Length); }
        value.CopyTo(Grow(value.Length));
    }

    public void WriteListHeader(int count) => WriteSizedHeader(count, 0x90, 0xD4);

    public void WriteMapHeader(int count) => WriteSizedHeader(count, 0xA0, 0xD8);

    public void WriteStructureHeader(int fieldCount, byte tag)
    {
        if (fieldCount is < 0 or > 15) throw new PackStreamException($"a structure has at most 15 fields, not {fieldCount}");
        Append((byte)(0xB0 | fieldCount));
        Append(tag);
    }

    public void WriteStructure(PackStreamStructure structure)
    {
        WriteStructureHeader(structure.Fields.Count, structure.Tag);
        foreach (var field in structure.Fields) Write(field);
    }

    private void WriteList(System.Collections.IEnumerable list)
    {
        if (list is System.Collections.ICollection collection)
        {
            WriteListHeader(collection.Count);
            foreach (var item in list) Write(item);
            return;
        }
        var items = list.Cast<object?>().ToList();
        WriteListHeader(items.Count);
        foreach (var item in items) Write(item);
    }

    private void WriteMap(IEnumerable<KeyValuePair<string, object?>> map)
    {
        var entries = map as ICollection<KeyValuePair<string, object?>> ?? map.ToList();
        WriteMapHeader(entries.Count);
        foreach (var (key, item) in entries)
        {
            WriteString(key);
            Write(item);
        }
    }

    private void WriteLegacyMap(System.Collections.IDictionary map)
    {
        WriteMapHeader(map.Count);
        foreach (System.Collections.DictionaryEntry entry in map)
        {
            WriteString(entry.Key as string ?? throw new PackStreamException("PackStream map keys must be strings"));
            Write(entry.Value);
        }
    }

    private void WriteSizedHeader(int size, byte tinyMarker, byte marker8)
    {
        if (size < 16) Append((byte)(tinyMarker | size));
        else if (size <= byte.MaxValue) { Append(marker8); Append((byte)size); }
        else if (size <= ushort.MaxValue) { var s = Grow(3); s[0] = (byte)(marker8 + 1); BinaryPrimitives.WriteUInt16BigEndian(s[1..], (ushort)size); }
        else { var s = Grow(5); s[0] = (byte)(marker8 + 2); BinaryPrimitives.WriteInt32BigEndian(s[1..], size); }
    }

    private void Append(byte value) => Grow(1)[0] = value;

    private Span<byte> Grow(int count)
    {
        if (_length + count > _buffer.Length)
        {
            var next = new byte[Math.Max(_buffer.Length * 2, _length + count)];
            _buffer.AsSpan(0, _length).CopyTo(next);
            _buffer = next;
        }
        var span = _buffer.AsSpan(_length, count);
        _length += count;
        return span;
    }
}

/// <summary>A value that knows how to write itself (e.g. a pre-encoded row batch).</summary>
public interface IPackStreamSerializable
{
    void WriteTo(PackStreamWriter writer);
}
