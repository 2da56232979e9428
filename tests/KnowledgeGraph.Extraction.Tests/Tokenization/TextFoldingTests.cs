using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Tests.Tokenization;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Lars Ødegaard", "lars-odegaard")]
    [InlineData("Łukasz Wróbel", "lukasz-wrobel")]
    [InlineData("Đorđe Petrović", "dorde-petrovic")]
    [InlineData("Sigurður Þórsson", "sigurdur-thorsson")]
    [InlineData("Yıldız Aksoy", "yildiz-aksoy")]
    [InlineData("Élise Müller-Lefèvre", "elise-muller-lefevre")]
    public void LettersWithStrokesFoldToTheirBaseLetters(string name, string slug) => Assert.Equal(slug, TextFolding.Slug(name));
}
