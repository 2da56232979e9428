using Xunit;

namespace KnowledgeGraph.Rdf.Tests.Terms;

/// <summary>A literal's hash is computed on first use: equality must not depend on whether either side was hashed yet.</summary>
public sealed class LiteralNodeTests
{
    [Fact]
    public void Equality_and_hash_hold_whether_or_not_either_side_was_hashed()
    {
        var a = new LiteralNode("Paris", null, "fr");
        var b = new LiteralNode("Paris", null, "fr");
        Assert.Equal(a, b); // neither hashed
        _ = a.GetHashCode();
        Assert.Equal(a, b); // one hashed
        Assert.Equal(b, a);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(a, b); // both hashed

        var other = new LiteralNode("Paris", Vocabulary.XsdString);
        Assert.NotEqual(a, other);
        _ = other.GetHashCode();
        Assert.NotEqual(a, other);
        Assert.NotEqual(new LiteralNode("1", Vocabulary.XsdInteger), new LiteralNode("1", Vocabulary.XsdDecimal));
        Assert.NotEqual(new LiteralNode("x"), new LiteralNode("y"));
    }

    [Fact]
    public void Literals_are_found_in_a_set_by_value()
    {
        var set = new HashSet<INode> { new LiteralNode("a"), new LiteralNode("a", null, "fr"), new LiteralNode("1", Vocabulary.XsdInteger) };
        Assert.Contains(new LiteralNode("a"), set);
        Assert.Contains(new LiteralNode("a", null, "fr"), set);
        Assert.Contains(new LiteralNode("1", Vocabulary.XsdInteger), set);
        Assert.DoesNotContain(new LiteralNode("a", null, "en"), set);
        Assert.Equal(3, set.Count);
    }
}
