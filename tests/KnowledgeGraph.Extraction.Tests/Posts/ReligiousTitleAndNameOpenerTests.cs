using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Posts;

/// <summary>
/// Religious titles (évêque, imam, rabbin, pasteure…) and the Québec "mairesse" are posts; "l'Église X" is an organization;
/// Central African first names that are also French words ("Trésor", "Fidèle") open a name before a surname; a capitalised
/// elided particle opens a name after a civility ("M. N'Guessan Ahoua"). Invented sentences.
/// </summary>
public sealed class ReligiousTitleAndNameOpenerTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public ReligiousTitleAndNameOpenerTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 3, 12)) });

    [Theory]
    [InlineData("L'évêque de Liège, Mgr Paul Renard-Dumont, a appelé au calme.", "paul-renard-dumont", "évêque")]
    [InlineData("L'imam de la mosquée de Lyon, Karim Benali-Saïd, a condamné l'attaque.", "karim-benali-said", "imam")]
    [InlineData("Le grand rabbin de Genève, David Lévy-Stern, a pris la parole.", "david-levy-stern", "grand rabbin")]
    [InlineData("La pasteure Anne Verhoeven-Lind a célébré le culte.", "anne-verhoeven-lind", "pasteure")]
    [InlineData("La mairesse de Gatineau, Sylvie Tremblay-Roy, a présenté le budget.", "sylvie-tremblay-roy", "mairesse")]
    [InlineData("La sous-directrice générale de l'Unesco, Léa Morand-Diop, a ouvert la séance.", "lea-morand-diop", "sous-directrice")]
    [InlineData("Le vice-ministre tchèque de l'Industrie, Jan Novotny-Hrabal, est arrivé.", "jan-novotny-hrabal", "vice-ministre")]
    [InlineData("La représentante résidente du PNUD, Fanta Keita-Sow, a signé.", "fanta-keita-sow", "représentante résidente")]
    public void AReligiousOrLocalTitleIsAPost(string text, string holder, string role)
    {
        var post = Assert.Single(Run(text).Posts, p => p.HolderKey == holder);
        Assert.Contains(role.Split(' ')[^1], post.Label, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AChurchIsAnOrganization() =>
        Assert.Contains(Run("La présidente de l'Église évangélique réformée du canton de Vaud a répondu.").Entities,
            e => e.Kind == EntityKind.Organization && e.Label.StartsWith("Église évangélique réformée", StringComparison.Ordinal));

    [Theory]
    [InlineData("Les ministres du Budget et des Mines, Trésor Ilunga Mbala et Fidèle Kasongo Mutombo, ont signé.", "Trésor Ilunga Mbala")]
    [InlineData("« Nous partons », a expliqué M. N’Guessan Koffi, le porte-parole.", "N’Guessan Koffi")]
    public void AFirstNameThatIsAlsoAWordOrAnElidedParticleOpensAName(string text, string person)
    {
        var entities = Run(text).Entities;
        Assert.Contains(entities, e => e.Kind == EntityKind.Person && e.Label == person);
        Assert.DoesNotContain(entities, e => e.Kind == EntityKind.Organization && e.Label.Contains(person.Split(' ')[^1], StringComparison.Ordinal));
    }

    [Fact]
    public void TheTreasuryAloneIsNoPerson() =>
        Assert.DoesNotContain(Run("Le Trésor public a levé 3 milliards d'euros, a indiqué Bercy.").Entities,
            e => e.Kind == EntityKind.Person && e.Label.StartsWith("Trésor", StringComparison.Ordinal));

    [Theory]
    // a clergy title between the apposed title and the name
    [InlineData("Le secrétaire général de la Conférence épiscopale, l'abbé Jules Mbala-Ngoy, a parlé.", "jules-mbala-ngoy", "secrétaire général")]
    [InlineData("Le représentant légal de la Communauté musulmane du Bénin, l'imam Issa Adjovi-Sanni, était présent.", "issa-adjovi-sanni", "représentant légal")]
    // the second complement of an organization's name keeps its article
    [InlineData("Il était accompagné du directeur général de l'Office du cacao et de l'hévéa, Paul Kassi-Yao, et de chercheurs.", "paul-kassi-yao", "directeur général de l'Office du cacao et de l'hévéa")]
    public void AnAppositionPastAClergyTitleOrACoordinatedComplementGivesThePost(string text, string holder, string role) =>
        Assert.Contains(Run(text).Posts, p => p.HolderKey == holder && p.Label.Contains(role, StringComparison.Ordinal));

    [Fact]
    public void APluralTitleWithAParticipleIsSharedByTheListedNames()
    {
        var posts = Run("Les ministres chargés du Numérique Anna Keller (Autriche), Luca Bassi (Italie) et Sara Nilsson (Suède) ont signé.").Posts;
        foreach (var holder in new[] { "anna-keller", "luca-bassi", "sara-nilsson" })
            Assert.Contains(posts, p => p.HolderKey == holder && p.Label.StartsWith("ministre chargé du Numérique", StringComparison.Ordinal));
    }

    [Fact]
    public void GeneralAfterANounIsAnAdjectiveNotATitle()
    {
        var r = Run("La skieuse Léa Imhof-Brun est en tête du classement général de la Coupe du monde. Le général Marc Dufour-Lenoir a parlé.");
        Assert.DoesNotContain(r.Posts, p => p.HolderKey == "lea-imhof-brun");
        // "le général X" is read as a title before a name (the person is found), but a bare grade is no post (GradeTitleTests)
        Assert.Contains(r.Entities, e => e.Key == "marc-dufour-lenoir" && e.Kind == EntityKind.Person);
        Assert.DoesNotContain(r.Posts, p => p.HolderKey == "marc-dufour-lenoir");
    }

    [Fact]
    public void ACounterpartOfAnotherTownHoldsThePossessorsRole()
    {
        var posts = Run("Le président nantais Hugo Lemaire-Ruiz et son homologue bordelais Yann Cabrol-Diop se sont vus lundi.").Posts;
        Assert.Contains(posts, p => p.HolderKey == "yann-cabrol-diop" && p.Label == "président bordelais");
    }

    [Fact]
    public void ACounterpartOfSomeoneWithNoPostHoldsNothing() =>
        Assert.DoesNotContain(Run("Hugo Lemaire-Ruiz et son homologue bordelais Yann Cabrol-Diop se sont vus lundi.").Posts,
            p => p.HolderKey == "yann-cabrol-diop");
}
