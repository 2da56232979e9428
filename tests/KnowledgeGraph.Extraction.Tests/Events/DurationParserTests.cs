using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Tests.Events;

public sealed class DurationParserTests : IClassFixture<ResourcesFixture>
{
    private readonly DurationParser _parser;

    public DurationParserTests(ResourcesFixture fixture) => _parser = MeetingLexicon.Load(fixture.Resources).Durations;

    private List<string> Iso(string text) => _parser.FindAll(text, new TextSpan(0, text.Length)).Select(d => d.Iso).ToList();

    [Theory]
    [InlineData("après cinq heures de discussions", "PT5H")]
    [InlineData("une rencontre de plus de trois heures", "PT3H")]
    [InlineData("ils ont parlé pendant près d'une heure et demie", "PT1H30M")]
    [InlineData("deux heures et demie de négociations", "PT2H30M")]
    [InlineData("un appel de 45 minutes", "PT45M")]
    [InlineData("une heure et quart", "PT1H15M")]
    [InlineData("une visite de trois jours", "P3D")]
    [InlineData("deux heures et 20 minutes", "PT2H20M")]
    [InlineData("Un entretien de DEUX HEURES avec la presse", "PT2H")]
    [InlineData("PRÈS D’UNE HEURE", "PT1H")]
    [InlineData("une visite, puis 3 jours", "P3D")]
    public void ParsesFrenchDurations(string text, string expected) => Assert.Equal([expected], Iso(text));

    [Theory]
    [InlineData("Quelques heures avant sa rencontre")]
    [InlineData("plusieurs jours de combats")]
    [InlineData("il y a deux semaines")]
    [InlineData("à cinq kilomètres de la ville")]
    public void VagueOrNonTimeQuantitiesAreNotDurations(string text) => Assert.Empty(Iso(text));

    [Fact]
    public void SpanCoversTheWholeExpression()
    {
        const string text = "un échange de près d'une heure et demie hier";
        var d = Assert.Single(_parser.FindAll(text, new TextSpan(0, text.Length)));
        Assert.Equal("une heure et demie", d.Span.Of(text));
    }
}
