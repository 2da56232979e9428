using System.Globalization;

namespace KnowledgeGraph.Neo4j.PackStream;

/// <summary>Turns decoded structures into graph entities; accepts the Bolt 1–4 and the Bolt 5 (element id) field layouts.</summary>
internal static class GraphEntityDecoder
{
    private static readonly int UnixEpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    public static object Decode(byte tag, object?[] f)
    {
        switch (tag)
        {
            case PackStreamTags.Node when f.Length is 3 or 4:
                return new Node(L(f[0]), Strings(f[1]), Map(f[2]), f.Length == 4 ? S(f[3]) : Text(f[0]));
            case PackStreamTags.Relationship when f.Length is 5 or 8:
                return f.Length == 8
                    ? new Relationship(L(f[0]), L(f[1]), L(f[2]), S(f[3]), Map(f[4]), S(f[5]), S(f[6]), S(f[7]))
                    : new Relationship(L(f[0]), L(f[1]), L(f[2]), S(f[3]), Map(f[4]), Text(f[0]), Text(f[1]), Text(f[2]));
            case PackStreamTags.UnboundRelationship when f.Length is 3 or 4:
                return new UnboundRelationship(L(f[0]), S(f[1]), Map(f[2]), f.Length == 4 ? S(f[3]) : Text(f[0]));
            case PackStreamTags.Path when f.Length == 3:
                return new Path(
                    List(f[0]).Select(n => n as Node ?? throw Bad("path node")).ToList(),
                    List(f[1]).Select(r => r as UnboundRelationship ?? throw Bad("path relationship")).ToList(),
                    List(f[2]).Select(L).ToList());
            case PackStreamTags.Date when f.Length == 1:
                return DateOnly.FromDayNumber(checked((int)(UnixEpochDayNumber + L(f[0]))));
            case PackStreamTags.Duration when f.Length == 4:
                return new CypherDuration(L(f[0]), L(f[1]), L(f[2]), L(f[3]));
            default:
                return new PackStreamStructure(tag, f);
        }
    }

    private static long L(object? value) => value is long l ? l : throw Bad("integer field");

    private static string S(object? value) => value as string ?? throw Bad("string field");

    private static string Text(object? value) => L(value).ToString(CultureInfo.InvariantCulture);

    private static List<object?> List(object? value) => value as List<object?> ?? throw Bad("list field");

    private static IReadOnlyList<string> Strings(object? value) => List(value).Select(S).ToList();

    private static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as Dictionary<string, object?> ?? throw Bad("map field");

    private static PackStreamException Bad(string what) => new($"malformed graph structure: expected a {what}");
}
