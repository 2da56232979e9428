using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Entities;

/// <summary>Person names of many shapes, and words that must not become persons (invented names).</summary>
public sealed class PersonNameTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public PersonNameTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 6, 12)) });

    private static string[] Persons(ExtractionResult r) =>
        r.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Label).Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("Selon Yasmine ben Salem, la situation reste tendue.", "Yasmine ben Salem")]
    [InlineData("Omar al-Farouqi a quitté la réunion.", "Omar al-Farouqi")]
    [InlineData("Jean-Baptiste Courvallier a signé le texte mercredi.", "Jean-Baptiste Courvallier")]
    [InlineData("L'écrivain Álvaro García Márquez a reçu le prix.", "Álvaro García Márquez")]
    [InlineData("Lieven Van den Broeck était présent à la réunion.", "Lieven Van den Broeck")]
    [InlineData("J. K. Pemberton a publié un nouveau roman.", "J. K. Pemberton")]
    [InlineData("Fiona MacAllister a visité l'usine.", "Fiona MacAllister")]
    [InlineData("José dos Santos était présent à la réunion.", "José dos Santos")]
    [InlineData("Le Premier ministre, Akio Tanabe, a rencontré lundi le chef de l'Etat.", "Akio Tanabe")]
    [InlineData("Les présidents de groupe, dont Édouard de La Marlière (centre), ont été reçus.", "Édouard de La Marlière")]
    [InlineData("La ministre flamande, Griet De Smet, a protesté.", "Griet De Smet")]
    [InlineData("Le délégué syndical Erwan Le Guennec a lancé la grève.", "Erwan Le Guennec")]
    public void NameShapesAreWholePersons(string sentence, string name) => Assert.Equal(new[] { name }, Persons(Run(sentence)));

    [Theory]
    [InlineData("Le Dr Sandoval a confirmé le diagnostic.", "Sandoval")]
    [InlineData("Le Pr Lindqvist était absent.", "Lindqvist")]
    [InlineData("Me Florimond, avocat de la famille, a fait appel.", "Florimond")]
    [InlineData("Mme Leclercq-Vautrin a critiqué le texte.", "Leclercq-Vautrin")]
    public void TitlesWithoutPeriodAreNoPartOfTheName(string sentence, string name) => Assert.Equal(new[] { name }, Persons(Run(sentence)));

    [Fact]
    public void ListsOfNamesGiveEachPerson()
    {
        var r = Run("Anna Kowalczyk, Tarek Haddad et Lucía Romero ont participé à la réunion à Lisbonne.");
        Assert.Equal(new[] { "Anna Kowalczyk", "Lucía Romero", "Tarek Haddad" }, Persons(r));
    }

    [Fact]
    public void SurnameWithParticlesJoinsTheFullName()
    {
        var r = Run("Hendrik van der Molen a présenté ses travaux. Plus tard, Van der Molen a répondu aux questions.");
        var p = Assert.Single(r.Entities);
        Assert.Equal("Hendrik van der Molen", p.Label);
        Assert.Equal(2, p.Mentions.Count);
    }

    [Fact]
    public void TwoPeopleWithOneSurnameStayApart()
    {
        var r = Run("Paul Vermeer dirige l'entreprise. Sa sœur, Lotte Vermeer, conteste. Selon Paul Vermeer, rien n'est décidé.");
        Assert.Equal(new[] { "Lotte Vermeer", "Paul Vermeer" }, Persons(r));
    }

    [Fact]
    public void MonthsWeekdaysCountriesAndSentenceOpenersAreNotPersons()
    {
        var r = Run("Mardi, les négociations ont repris. Janvier a été difficile. Italie et Grèce ont voté. Pourtant, rien n'a changé, a estimé le juge. Ensuite, la séance a été levée.");
        Assert.Empty(Persons(r));
    }

    [Fact]
    public void NicknameAfterDitIsTheSamePerson()
    {
        var r = Run("Les hommes d'Ahmed Kassem Moussa, dit « Abou Sakr », ont repris la ville.");
        var p = Assert.Single(r.Entities, e => e.Kind == EntityKind.Person);
        Assert.Contains("Abou Sakr", p.AltLabels);
    }

    [Fact]
    public void ArabicArticleAfterAPlacePrepositionOpensAPlace()
    {
        var r = Run("Les combats ont repris à El Obeid et autour d'El-Geneina, selon Amina Saleh, à commencer par El Kurru.");
        Assert.Equal(new[] { "Amina Saleh" }, Persons(r));
        Assert.Equal(3, r.Entities.Count(e => e.Kind == EntityKind.Place));
    }

    [Fact]
    public void AllCapitalNameAfterATitleIsAPerson()
    {
        var r = Run("Le président BRANKO PETROVIC a parlé devant le Parlement.");
        Assert.Equal(new[] { "BRANKO PETROVIC" }, Persons(r));
    }
}
