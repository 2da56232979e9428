using KnowledgeGraph.Server;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Server;

public class MediaTypesTests
{
    private static readonly string[] Offered = { "application/sparql-results+json", "application/sparql-results+xml", "text/csv" };

    [Theory]
    [InlineData(null, "application/sparql-results+json")]
    [InlineData("*/*", "application/sparql-results+json")]
    [InlineData("text/csv", "text/csv")]
    [InlineData("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml")]
    [InlineData("text/*, application/sparql-results+json;q=0.1", "text/csv")]
    [InlineData("application/sparql-results+xml;q=0.9, */*;q=0.1", "application/sparql-results+xml")]
    public void Negotiate_picks_the_clients_preference(string? accept, string expected) =>
        Assert.Equal(expected, MediaTypes.Negotiate(accept, Offered));

    [Fact]
    public void Negotiate_returns_null_when_nothing_offered_is_acceptable() =>
        Assert.Null(MediaTypes.Negotiate("image/png", Offered));

    [Fact]
    public void A_zero_quality_excludes_a_type() =>
        Assert.Equal("application/sparql-results+xml",
            MediaTypes.Negotiate("application/sparql-results+json;q=0, application/sparql-results+xml;q=0.2", Offered));
}
