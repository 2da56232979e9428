using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Tests.Tokenization;

public sealed class InvariantCaseTests
{
    [Fact]
    public void EveryCharLowersAsTheRuntimeDoes()
    {
        // the table stands in for char.ToLowerInvariant on the hot paths: any difference would change the output
        for (int c = 0; c <= char.MaxValue; c++)
            Assert.True(char.ToLowerInvariant((char)c) == InvariantCase.ToLower((char)c), $"U+{c:X4}");
    }

    [Theory]
    [InlineData('É', 'é')]
    [InlineData('Œ', 'œ')]
    [InlineData('Q', 'q')]
    [InlineData('ß', 'ß')]
    [InlineData('’', '’')]
    public void LowersFrenchCapitals(char upper, char lower) => Assert.Equal(lower, InvariantCase.ToLower(upper));
}
