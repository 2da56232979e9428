using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Entities;

/// <summary>
/// Where, not who: towns the lexicon knows coordinated with a town before them ("à Morlaix, Figeac et Mazamet") or after
/// "au" ("au Gros-Morne"); a sentence's opening "À X, la maire, Y" (X is where Y is mayor); a local body's name that a
/// listed town closes before an apposed person ("le syndicat CGT Transvoie Lyon, Y"); a venue word closing a name
/// ("au Breizh Arena"). Invented sentences.
/// </summary>
public sealed class TownListAndVenueTailTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public TownListAndVenueTailTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private List<(EntityKind Kind, string Label)> Entities(string text) =>
        _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 3, 12)) }).Entities
            .Select(e => (e.Kind, e.Label)).ToList();

    [Theory]
    [InlineData("Les écoles resteront fermées à Morlaix, Figeac et Mazamet jusqu'à jeudi.", "Figeac")]
    [InlineData("Les écoles resteront fermées à Morlaix, Figeac et Mazamet jusqu'à jeudi.", "Mazamet")]
    [InlineData("Des coupures sont signalées à Brest ou Douarnenez depuis lundi.", "Douarnenez")]
    [InlineData("Le préfet s'est rendu au Gros-Morne pour constater les dégâts.", "Gros-Morne")]
    public void ATownTheLexiconKnowsInAListOrAfterAuIsAPlace(string text, string town) =>
        Assert.Contains((EntityKind.Place, town), Entities(text));

    [Fact]
    public void ASentenceOpeningOnAHyphenatedTownFramesWhereNotWho()
    {
        var found = Entities("À Saint-Ouen-des-Vignes, la maire, Claire Vautrin, a ouvert un gymnase aux sinistrés.");
        Assert.Contains((EntityKind.Place, "Saint-Ouen-des-Vignes"), found);
        Assert.Contains((EntityKind.Person, "Claire Vautrin"), found);
        Assert.DoesNotContain((EntityKind.Person, "Saint-Ouen-des-Vignes"), found);
    }

    [Fact]
    public void AMidSentenceRecipientApposedToATitleStaysAPerson() =>
        Assert.Contains((EntityKind.Person, "Vautrin"), Entities("Le collectif a écrit à Vautrin, la ministre, pour demander un rendez-vous."));

    [Fact]
    public void ALocalBodyClosedByATownIsNoHolderOfTheTitleBeforeIt()
    {
        var found = Entities("Le secrétaire du syndicat CGT Transvoie Lyon, Malik Benhamou, a quitté la table.");
        Assert.DoesNotContain(found, e => e.Kind == EntityKind.Person && e.Label.Contains("Transvoie"));
        Assert.Contains((EntityKind.Person, "Malik Benhamou"), found);
    }

    [Theory]
    [InlineData("Le concert aura lieu samedi au Breizh Arena devant huit mille spectateurs.", "Breizh Arena")]
    [InlineData("Le match se jouera dimanche au Kerlann Stadium, à guichets fermés.", "Kerlann Stadium")]
    public void AVenueWordClosesAPlacesName(string text, string venue)
    {
        var found = Entities(text);
        Assert.Contains((EntityKind.Place, venue), found);
        Assert.DoesNotContain((EntityKind.Person, venue), found);
    }
}
