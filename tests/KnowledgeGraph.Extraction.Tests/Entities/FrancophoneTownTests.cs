using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Entities;

/// <summary>
/// Towns of 20,000+ inhabitants of the French-speaking countries (world-cities.tsv, generated with a lower threshold
/// there) and their French names (cities-fr.tsv) are places, while a town's name that is a first name or a surname does
/// not take a person's place. Invented sentences.
/// </summary>
public sealed class FrancophoneTownTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public FrancophoneTownTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run([new Article("t", text, "mem", Date: new PartialDate(2026, 3, 5))]);

    private static string[] Places(ExtractionResult r) =>
        r.Entities.Where(e => e.Kind == EntityKind.Place).Select(e => e.Label).Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("Le convoi humanitaire est arrivé lundi à Abéché, puis à Moundou.", "Abéché", "Moundou")]
    [InlineData("Les pluies ont inondé des quartiers de Kolda et de Sédhiou, selon la protection civile.", "Kolda", "Sédhiou")]
    [InlineData("Les commerçants de Daloa et de Gagnoa ont fermé leurs boutiques mardi.", "Daloa", "Gagnoa")]
    [InlineData("La crue a touché Drummondville et Saint-Hyacinthe, a indiqué la municipalité.", "Drummondville", "Saint-Hyacinthe")]
    [InlineData("Des renforts ont été envoyés à Gao et à Kati, a précisé l'armée.", "Gao", "Kati")]
    [InlineData("Le tribunal de Courtrai a renvoyé l'affaire devant la cour d'appel, à Louvain.", "Courtrai", "Louvain")]
    [InlineData("La manifestation est partie d'Yverdon-les-Bains pour rejoindre Morges.", "Morges", "Yverdon-les-Bains")]
    [InlineData("Une usine fermera à Khouribga et une autre ouvrira à Berrechid.", "Berrechid", "Khouribga")]
    public void TownsOfFrancophoneCountriesArePlaces(string sentence, string first, string second)
    {
        var places = Places(Run(sentence));
        Assert.Contains(first, places);
        Assert.Contains(second, places);
        Assert.DoesNotContain(Run(sentence).Entities, e => e.Kind == EntityKind.Person);
    }

    [Theory]
    [InlineData("Antony Delcourt a été élu maire de la commune mardi.", "Antony Delcourt")]   // Antony (Hauts-de-Seine) is a first name
    [InlineData("Mirabel Fontaine, porte-parole de la police, a confirmé l'arrestation.", "Mirabel Fontaine")]
    public void ATownThatIsAFirstNameStaysAPerson(string sentence, string person)
    {
        var r = Run(sentence);
        Assert.Contains(r.Entities, e => e.Kind == EntityKind.Person && e.Label == person);
        Assert.Empty(Places(r));
    }

    [Theory]
    [InlineData("Les pompiers du Var luttent toujours contre le feu qui menace la Côte d'Azur.", "Var", "Côte d'Azur")]
    [InlineData("Le préfet des Landes a rencontré les élus de l'Ain.", "Landes", "Ain")]
    public void FrenchDepartementsArePlaces(string sentence, string first, string second)
    {
        var places = Places(Run(sentence));
        Assert.Contains(first, places);
        Assert.Contains(second, places);
    }
}
