using FsCheck;
using FsCheck.Fluent;
using KnowledgeGraph.Neo4j.PackStream;

namespace KnowledgeGraph.Neo4j.Tests.PackStream;

/// <summary>Random values survive encode → decode unchanged (FsCheck generates them).</summary>
public class PackStreamPropertyTests
{
    private static object? RoundTrip(object? value)
    {
        var w = new PackStreamWriter();
        w.Write(value);
        var reader = new PackStreamReader(w.WrittenSpan);
        var decoded = reader.Read();
        Assert.True(reader.AtEnd);
        return decoded;
    }

    private static Gen<object?> Scalar() => Gen.OneOf(
        Gen.Constant<object?>(null),
        ArbMap.Default.GeneratorFor<bool>().Select(b => (object?)b),
        ArbMap.Default.GeneratorFor<long>().Select(l => (object?)l),
        ArbMap.Default.GeneratorFor<int>().Select(i => (object?)(long)i),
        Gen.Choose(-200, 200).Select(i => (object?)(long)i),
        ArbMap.Default.GeneratorFor<NormalFloat>().Select(d => (object?)d.Get),
        ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => (object?)s.Get),
        ArbMap.Default.GeneratorFor<byte[]>().Where(b => b is not null).Select(b => (object?)b));

    private static Gen<object?> Value(int depth) => depth <= 0
        ? Scalar()
        : Gen.OneOf(
            Scalar(),
            Value(depth - 1).ListOf().Select(l => (object?)l.ToList()),
            Gen.Zip(ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => s.Get), Value(depth - 1)).ListOf()
                .Select(pairs => (object?)pairs.GroupBy(p => p.Item1).ToDictionary(g => g.Key, g => g.First().Item2)));

    [Fact]
    public void Any_value_round_trips()
    {
        Prop.ForAll(Value(3).ToArbitrary(), value => Equivalent(value, RoundTrip(value)))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Integers_always_take_the_fewest_bytes()
    {
        Prop.ForAll<long>(value =>
        {
            var w = new PackStreamWriter();
            w.WriteInteger(value);
            var expected = value is >= -16 and <= 127 ? 1 : value is >= sbyte.MinValue and <= sbyte.MaxValue ? 2
                : value is >= short.MinValue and <= short.MaxValue ? 3 : value is >= int.MinValue and <= int.MaxValue ? 5 : 9;
            return w.Length == expected;
        }).QuickCheckThrowOnFailure();
    }

    private static bool Equivalent(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (byte[] x, byte[] y) => x.AsSpan().SequenceEqual(y),
        (double x, double y) => x.Equals(y),
        (List<object?> x, List<object?> y) => x.Count == y.Count && x.Zip(y).All(p => Equivalent(p.First, p.Second)),
        (Dictionary<string, object?> x, Dictionary<string, object?> y) =>
            x.Count == y.Count && x.All(e => y.TryGetValue(e.Key, out var v) && Equivalent(e.Value, v)),
        _ => Equals(a, b),
    };
}
