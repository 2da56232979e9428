using KnowledgeGraph.Neo4j.PackStream;
using PsPath = KnowledgeGraph.Neo4j.PackStream.Path;

namespace KnowledgeGraph.Neo4j.Tests.PackStream;

/// <summary>Byte-exact encodings from the PackStream v1 specification, and decoding of the structures Bolt sends.</summary>
public class PackStreamCodecTests
{
    private static string Hex(object? value)
    {
        var w = new PackStreamWriter();
        w.Write(value);
        return Convert.ToHexString(w.WrittenSpan);
    }

    private static object? Decode(string hex)
    {
        var bytes = Convert.FromHexString(hex);
        var reader = new PackStreamReader(bytes);
        var value = reader.Read();
        Assert.True(reader.AtEnd, "the decoder left bytes unread");
        return value;
    }

    [Theory]
    [InlineData(0L, "00")]
    [InlineData(1L, "01")]
    [InlineData(127L, "7F")]
    [InlineData(-1L, "FF")]
    [InlineData(-16L, "F0")]
    [InlineData(-17L, "C8EF")]
    [InlineData(-128L, "C880")]
    [InlineData(128L, "C90080")]
    [InlineData(-129L, "C9FF7F")]
    [InlineData(32767L, "C97FFF")]
    [InlineData(32768L, "CA00008000")]
    [InlineData(-32769L, "CAFFFF7FFF")]
    [InlineData(2147483647L, "CA7FFFFFFF")]
    [InlineData(2147483648L, "CB0000000080000000")]
    [InlineData(long.MinValue, "CB8000000000000000")]
    [InlineData(long.MaxValue, "CB7FFFFFFFFFFFFFFF")]
    public void Integers_use_the_smallest_marker_and_round_trip(long value, string hex)
    {
        Assert.Equal(hex, Hex(value));
        Assert.Equal(value, Decode(hex));
    }

    [Fact]
    public void Scalars_encode_as_the_specification_shows()
    {
        Assert.Equal("C0", Hex(null));
        Assert.Equal("C3", Hex(true));
        Assert.Equal("C2", Hex(false));
        Assert.Equal("C13FF199999999999A", Hex(1.1));
        Assert.Equal("C1BFF199999999999A", Hex(-1.1));
        Assert.Equal("80", Hex(""));
        Assert.Equal("8141", Hex("A"));
        Assert.Equal("D01A6162636465666768696A6B6C6D6E6F707172737475767778797A", Hex("abcdefghijklmnopqrstuvwxyz"));
        Assert.Equal("D018456E20C3A520666CC3B67420C3B6766572206E6F7264656E", Hex("En å flöt över norden"));
        Assert.Equal("CC03010203", Hex(new byte[] { 1, 2, 3 }));
        Assert.Equal("90", Hex(Array.Empty<object>()));
        Assert.Equal("93010203", Hex(new List<object?> { 1L, 2L, 3L }));
        Assert.Equal("A0", Hex(new Dictionary<string, object?>()));
        Assert.Equal("A1836F6E658465696E73", Hex(new Dictionary<string, object?> { ["one"] = "eins" }));
    }

    [Theory]
    [InlineData(15, "8F", 1)]
    [InlineData(16, "D010", 2)]
    [InlineData(255, "D0FF", 2)]
    [InlineData(256, "D10100", 3)]
    [InlineData(65535, "D1FFFF", 3)]
    [InlineData(65536, "D200010000", 5)]
    public void String_length_markers_switch_at_the_boundaries(int length, string headerHex, int headerLength)
    {
        var text = new string('x', length);
        var w = new PackStreamWriter();
        w.Write(text);
        Assert.Equal(headerHex, Convert.ToHexString(w.WrittenSpan[..headerLength]));
        Assert.Equal(length + headerLength, w.Length);
        Assert.Equal(text, Decode(Convert.ToHexString(w.WrittenSpan)));
    }

    [Theory]
    [InlineData(15, "9F")]
    [InlineData(16, "D410")]
    [InlineData(256, "D50100")]
    [InlineData(70000, "D600011170")]
    public void List_size_markers_switch_at_the_boundaries(int count, string headerHex)
    {
        var list = Enumerable.Range(0, count).Select(i => (object?)(long)(i % 100)).ToList();
        var w = new PackStreamWriter();
        w.Write(list);
        Assert.StartsWith(headerHex, Convert.ToHexString(w.WrittenSpan[..6]));
        Assert.Equal(list, (List<object?>)Decode(Convert.ToHexString(w.WrittenSpan))!);
    }

    [Theory]
    [InlineData(15, "AF")]
    [InlineData(16, "D810")]
    [InlineData(300, "D9012C")]
    [InlineData(70000, "DA00011170")]
    public void Map_size_markers_switch_at_the_boundaries(int count, string headerHex)
    {
        var map = Enumerable.Range(0, count).ToDictionary(i => "k" + i, i => (object?)(long)i);
        var w = new PackStreamWriter();
        w.Write(map);
        Assert.StartsWith(headerHex, Convert.ToHexString(w.WrittenSpan[..6]));
        var decoded = (Dictionary<string, object?>)Decode(Convert.ToHexString(w.WrittenSpan))!;
        Assert.Equal(map.OrderBy(e => e.Key), decoded.OrderBy(e => e.Key));
    }

    [Theory]
    [InlineData(255, "CCFF")]
    [InlineData(256, "CD0100")]
    [InlineData(65536, "CE00010000")]
    public void Byte_array_markers_switch_at_the_boundaries(int length, string headerHex)
    {
        var bytes = Enumerable.Range(0, length).Select(i => (byte)i).ToArray();
        var w = new PackStreamWriter();
        w.Write(bytes);
        Assert.StartsWith(headerHex, Convert.ToHexString(w.WrittenSpan[..5]));
        Assert.Equal(bytes, (byte[])Decode(Convert.ToHexString(w.WrittenSpan))!);
    }

    [Theory]
    [InlineData("Ελληνικά")]
    [InlineData("日本語のテキスト")]
    [InlineData("Москва — Кремль")]
    [InlineData("emoji 🚀 and 𝄞")]
    [InlineData("عربى")]
    public void Strings_of_any_script_round_trip_as_utf8(string text)
    {
        Assert.Equal(text, Decode(Hex(text)));
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(text), Convert.FromHexString(Hex(text)).Length - (Hex(text).StartsWith("D0") ? 2 : 1));
    }

    [Fact]
    public void Bolt1_node_decodes_with_labels_and_properties()
    {
        // B3 4E, id 42, ["Person"], {name: "Ana"}
        var node = Assert.IsType<Node>(Decode("B34E2A9186506572736F6EA1846E616D6583416E61"));
        Assert.Equal(42, node.Id);
        Assert.Equal(new[] { "Person" }, node.Labels);
        Assert.Equal("Ana", node.Properties["name"]);
        Assert.Equal("42", node.ElementId);
    }

    [Fact]
    public void Bolt5_node_and_relationship_carry_element_ids()
    {
        var w = new PackStreamWriter();
        w.Write(new PackStreamStructure(PackStreamTags.Node, new object?[] { 1L, new List<object?> { "A" }, new Dictionary<string, object?>(), "4:db:1" }));
        var node = Assert.IsType<Node>(Decode(Convert.ToHexString(w.WrittenSpan)));
        Assert.Equal("4:db:1", node.ElementId);

        w.Reset();
        w.Write(new PackStreamStructure(PackStreamTags.Relationship, new object?[]
            { 7L, 1L, 2L, "KNOWS", new Dictionary<string, object?> { ["since"] = 2020L }, "5:db:7", "4:db:1", "4:db:2" }));
        var rel = Assert.IsType<Relationship>(Decode(Convert.ToHexString(w.WrittenSpan)));
        Assert.Equal(("KNOWS", 1L, 2L, "5:db:7", "4:db:2"), (rel.Type, rel.StartNodeId, rel.EndNodeId, rel.ElementId, rel.EndNodeElementId));
        Assert.Equal(2020L, rel.Properties["since"]);
    }

    [Fact]
    public void Path_decodes_and_orders_its_nodes_by_the_sequence()
    {
        var a = new PackStreamStructure(PackStreamTags.Node, new object?[] { 1L, new List<object?>(), new Dictionary<string, object?>() });
        var b = new PackStreamStructure(PackStreamTags.Node, new object?[] { 2L, new List<object?>(), new Dictionary<string, object?>() });
        var r = new PackStreamStructure(PackStreamTags.UnboundRelationship, new object?[] { 9L, "R", new Dictionary<string, object?>() });
        var path = new PackStreamStructure(PackStreamTags.Path, new object?[]
            { new List<object?> { a, b }, new List<object?> { r }, new List<object?> { 1L, 1L, -1L, 0L } });
        var w = new PackStreamWriter();
        w.Write(path);
        var decoded = Assert.IsType<PsPath>(Decode(Convert.ToHexString(w.WrittenSpan)));
        Assert.Equal(new long[] { 1, 2, 1 }, decoded.OrderedNodes.Select(n => n.Id));
        Assert.Equal("R", decoded.Relationships[0].Type);
    }

    [Fact]
    public void Dates_travel_as_days_since_the_epoch()
    {
        Assert.Equal("B1440A", Hex(new DateOnly(1970, 1, 11)));
        Assert.Equal(new DateOnly(2025, 8, 15), Decode(Hex(new DateOnly(2025, 8, 15))));
        Assert.Equal(new CypherDuration(1, 2, 3, 4), Decode("B44501020304"));
    }

    [Fact]
    public void Unknown_structures_are_kept_with_their_tag_and_fields()
    {
        var s = Assert.IsType<PackStreamStructure>(Decode("B2580102"));
        Assert.Equal(0x58, s.Tag);
        Assert.Equal(new object?[] { 1L, 2L }, s.Fields);
    }

    [Theory]
    [InlineData("D005414243")]          // string says 5 bytes, 3 follow
    [InlineData("94010203C9")]          // list ends inside an int16
    [InlineData("A1018141")]            // map key is not a string
    [InlineData("C7")]                  // reserved marker
    public void Malformed_input_fails_with_a_clear_error(string hex)
    {
        var e = Assert.Throws<PackStreamException>(() => Decode(hex));
        Assert.Matches("offset|marker|key", e.Message);
    }

    [Fact]
    public void Unsupported_values_are_refused_by_name()
    {
        var e = Assert.Throws<PackStreamException>(() => Hex(new Uri("http://example.org")));
        Assert.Contains("Uri", e.Message);
    }
}
