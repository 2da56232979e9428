using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Entities;

/// <summary>Where a name starts and stops, and what is no entity at all (invented sentences).</summary>
public sealed class EntityBoundaryTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public EntityBoundaryTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 6, 12)) });

    private static string[] Labels(ExtractionResult r, EntityKind kind) =>
        r.Entities.Where(e => e.Kind == kind && e.Mentions.Count > 0).Select(e => e.Label).Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("Selon Laurent Hollande, le projet avance.", "Laurent Hollande")]
    [InlineData("Le maire Thomas Bretagne a inauguré la salle.", "Thomas Bretagne")]
    [InlineData("Hélène Jordanie a pris la parole lundi.", "Hélène Jordanie")]
    public void APlaceNameAfterAFirstNameIsASurname(string text, string person)
    {
        var r = Run(text);
        Assert.Contains(person, Labels(r, EntityKind.Person));
        Assert.DoesNotContain(r.Entities, e => e.Kind == EntityKind.Place && e.Mentions.Count > 0);
    }

    [Fact]
    public void OrganizationStopsBeforeTheHoldersName()
    {
        var r = Run("La présidente du Conseil communal Léa Marbach a ouvert la séance.");
        Assert.Equal(new[] { "Conseil communal" }, Labels(r, EntityKind.Organization));
        Assert.Equal(new[] { "Léa Marbach" }, Labels(r, EntityKind.Person));
    }

    [Fact]
    public void OrganizationStopsBeforeAParticiple()
    {
        var r = Run("Le Conseil fédéral tenu à l'écart des discussions a réagi jeudi. La Commission régionale réunie à Sion a voté.");
        Assert.Equal(new[] { "Commission régionale", "Conseil fédéral" }, Labels(r, EntityKind.Organization));
    }

    [Fact]
    public void AdjectivesLikeParticiplesStayInTheName()
    {
        var r = Run("Les Forces armées soudanaises ont repris la ville, selon l'Organisation des Nations unies.");
        Assert.Contains("Forces armées soudanaises", Labels(r, EntityKind.Organization));
    }

    [Theory]
    [InlineData("Le président Anatole Bakala N'Goma a reçu les ministres.", "Anatole Bakala N'Goma")]
    [InlineData("La défenseure Awa M'Bengue a marqué.", "Awa M'Bengue")]
    public void ElidedParticlesBelongToTheName(string text, string person) =>
        Assert.Equal(new[] { person }, Labels(Run(text), EntityKind.Person));

    [Fact]
    public void DemonymsAfterAnArticleAreNoEntity()
    {
        var r = Run("« C'est une belle victoire », a déclaré le Valaisan après la course. La Montréalaise a terminé deuxième, a ajouté le Genevois.");
        Assert.Empty(Labels(r, EntityKind.Person));
        Assert.Empty(Labels(r, EntityKind.Organization));
    }

    [Fact]
    public void FrancophoneOutletsAreOrganizations()
    {
        var r = Run("Selon Le Temps, la votation est serrée. La Presse et Le Soir ont publié le même sondage.");
        Assert.Equal(new[] { "La Presse", "Le Soir", "Le Temps" }, Labels(r, EntityKind.Organization));
    }

    [Fact]
    public void CommonWordsOfOutletNamesInLowerCaseAreNoOutlet()
    {
        var r = Run("Le temps presse, a estimé la presse locale sous un soleil de plomb.");
        Assert.Empty(Labels(r, EntityKind.Organization));
    }
}
