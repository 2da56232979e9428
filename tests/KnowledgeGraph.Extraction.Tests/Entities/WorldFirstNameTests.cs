using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Tests.Entities;

/// <summary>
/// First names of French-language news outside France (first-names-intl.tsv, first-names-gender.tsv): West African,
/// Maghreb, Catalan, Irish, Flemish, Swiss German and Québec names are known with the usual gender of their bearer, so
/// "a-t-elle ajouté" finds its speaker between two named people. Invented people and sentences.
/// </summary>
public sealed class WorldFirstNameTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionResources _resources;
    private readonly ExtractionPipeline _pipeline;

    public WorldFirstNameTests(ResourcesFixture fixture)
    {
        _resources = fixture.Resources;
        _pipeline = DefaultPipeline.Create(fixture.Resources);
    }

    private ExtractionResult Run(string text) => _pipeline.Run([new Article("t", text, "mem", Date: new PartialDate(2026, 3, 2))]);

    [Theory]
    [InlineData("Ndèye", 'f')]
    [InlineData("Khady", 'f')]
    [InlineData("Coumba", 'f')]
    [InlineData("Modou", 'm')]
    [InlineData("Serigne", 'm')]
    [InlineData("Kouadio", 'm')]
    [InlineData("Akissi", 'f')]
    [InlineData("Assimi", 'm')]
    [InlineData("Mahamat", 'm')]
    [InlineData("Kodjo", 'm')]
    [InlineData("Noureddine", 'm')]
    [InlineData("Loubna", 'f')]
    [InlineData("Jordi", 'm')]
    [InlineData("Núria", 'f')]
    [InlineData("Ciarán", 'm')]
    [InlineData("Aoife", 'f')]
    [InlineData("Wouter", 'm')]
    [InlineData("Veerle", 'f')]
    [InlineData("Ueli", 'm')]
    [InlineData("Regula", 'f')]
    [InlineData("Marie-Ève", 'f')]
    [InlineData("Jean-François", 'm')]
    [InlineData("Hedi", 'm')]       // Tunisian usage wins over the English list's female "Hedi"
    [InlineData("Jocelyn", 'm')]    // Québec usage (the feminine is Jocelyne)
    public void FirstNamesOfFrancophoneNewsHaveTheirUsualGender(string name, char gender)
    {
        var folded = TextFolding.Fold(name);
        Assert.True(_resources.Gazetteers.IsFirstName(folded), name);
        Assert.Equal(gender, _resources.Gazetteers.GenderOfFirstName(folded));
    }

    [Theory]
    [InlineData("succes")]   // "Succès" is a first name in Chad, but "succès" is a frequent French word
    [InlineData("vital")]
    [InlineData("bienvenu")]
    [InlineData("normand")]
    [InlineData("pere")]     // Catalan "Pere" folds to "père"
    [InlineData("maire")]    // Irish "Máire" folds to "maire"
    [InlineData("yuan")]
    public void FrequentFrenchWordsAreNotFirstNames(string folded) => Assert.False(_resources.Gazetteers.IsFirstName(folded));

    [Fact]
    public void ASenegaleseWomanIsTheSpeakerOfAtElle()
    {
        var r = Run("Modou Ndiaye et Ndèye Coumba Sarr ont visité lundi le chantier du marché central de Kaolack. " +
                    "« Les travaux seront terminés avant l'hivernage », a-t-elle assuré.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("ndeye-coumba-sarr", c.SpeakerKey);
    }

    [Fact]
    public void AnIrishWomanIsTheSpeakerOfAtElle()
    {
        var r = Run("Ciarán Brennan et Aoife Gallagher ont présenté mardi à Dublin le rapport de la commission. " +
                    "« Le gouvernement doit agir vite », a-t-elle affirmé.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("aoife-gallagher", c.SpeakerKey);
    }

    [Fact]
    public void AFlemishManIsTheSpeakerOfAtIl()
    {
        var r = Run("Veerle Claes et Wouter Peeters ont rencontré mercredi les syndicats à Gand. " +
                    "« Nous ne reculerons pas sur les pensions », a-t-il déclaré.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("wouter-peeters", c.SpeakerKey);
    }
}
