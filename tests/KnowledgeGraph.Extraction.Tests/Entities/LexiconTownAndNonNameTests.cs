using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Entities;

/// <summary>
/// A town the lexicon knows as nothing else is a place after a place preposition, even after a noun that would introduce a
/// company ("le géant de X"); one letter, a regnal or team number and a currency unit name nothing (invented sentences).
/// </summary>
public sealed class LexiconTownAndNonNameTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public LexiconTownAndNonNameTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private List<(EntityKind Kind, string Label)> Entities(string text) =>
        _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 3, 12)) }).Entities
            .Select(e => (e.Kind, e.Label)).ToList();

    [Theory]
    [InlineData("La skieuse a remporté samedi le géant de Tignes devant sa rivale.", "Tignes")]
    [InlineData("Les producteurs de Daloa attendent encore leur paiement, a dit le ministre.", "Daloa")]
    public void ATownTheLexiconKnowsIsAPlaceAfterAPreposition(string text, string place)
    {
        var found = Entities(text);
        Assert.Contains((EntityKind.Place, place), found);
        Assert.DoesNotContain((EntityKind.Organization, place), found);
    }

    [Theory]
    [InlineData("Sur X, la ministre s'est félicitée de la signature.", "X")]
    [InlineData("Le XV de France a battu l'Irlande samedi soir.", "XV")]
    [InlineData("Le commerce informel est estimé à 1 000 milliards de F CFA par an.", "F CFA")]
    [InlineData("La délégation sénégalaise est arrivée lundi à la COP31, a indiqué le ministère.", "COP31")]
    public void LettersNumeralsCurrenciesAndNumberedEventsNameNothing(string text, string word) =>
        Assert.DoesNotContain(Entities(text), e => e.Label == word && e.Kind is EntityKind.Organization or EntityKind.Person);
}
