using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Resolution;

/// <summary>
/// Within one article, a full name whose words open a longer full name (first name included) is that person: outlets drop
/// a second surname ("Ana García López" … "Ana García") or the second part of a double one ("Marie Dupont-Moreau" … "Marie
/// Dupont"). Two longer names opened by it, or another first name, keep the people apart. Invented names.
/// </summary>
public sealed class ShortenedFullNameTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public ShortenedFullNameTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private List<Entity> Persons(string text) =>
        _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 5, 4)) }).Entities.Where(e => e.Kind == EntityKind.Person).ToList();

    [Theory]
    [InlineData("La ministre espagnole Ana García López a reçu les armateurs. « Nous défendrons nos pêcheurs », a assuré Ana García à la sortie.", "García")]
    [InlineData("Marie Dupont-Moreau, maire de la commune, a signé l'arrêté. Interrogée mardi, Marie Dupont a défendu sa décision.", "Dupont")]
    [InlineData("Le procureur Mamadou Lamine Keïta a requis deux ans. Mamadou Lamine a ensuite quitté la salle.", "Lamine")]
    public void AShortenedFullNameIsTheSamePerson(string text, string word) =>
        Assert.Single(Persons(text), p => p.Label.Contains(word, StringComparison.Ordinal));

    [Fact]
    public void TwoLongerNamesKeepTheShortOneApart()
    {
        // "Ana García" opens both "Ana García López" and "Ana García Ruiz": which one is meant is unknown
        var persons = Persons("Ana García López et Ana García Ruiz, deux cousines, ont témoigné. Ana García a ensuite pris la parole.");
        Assert.Equal(3, persons.Count(p => p.Label.Contains("García", StringComparison.Ordinal)));
    }

    [Fact]
    public void AnotherFirstNameIsAnotherPerson()
    {
        var persons = Persons("Jean Dupont-Moreau a été élu. Sa sœur Claire Dupont a salué le résultat.");
        Assert.Equal(2, persons.Count(p => p.Label.Contains("Dupont", StringComparison.Ordinal)));
    }
}
