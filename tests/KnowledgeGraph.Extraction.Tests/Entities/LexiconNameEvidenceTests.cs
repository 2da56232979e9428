using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Entities;

/// <summary>
/// The lexicon as evidence for and against names: sentence-initial verb forms and adverbs are no name start, a span stops
/// before a verb form, an organization cue noun introduces an unlisted body, a demonym is no name (invented sentences).
/// </summary>
public sealed class LexiconNameEvidenceTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public LexiconNameEvidenceTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 6, 12)) });

    private static string[] Labels(ExtractionResult r, EntityKind kind) =>
        r.Entities.Where(e => e.Kind == kind).Select(e => e.Label).Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("Interrogé Marc Dellière n'a pas voulu commenter la décision du tribunal.", "Marc Dellière")]
    [InlineData("Longtemps Sophie Vanderlinden a défendu ce projet devant le conseil communal.", "Sophie Vanderlinden")]
    [InlineData("Accusé Hervé Kondombo a toujours nié les faits qui lui sont reprochés.", "Hervé Kondombo")]
    [InlineData("Pourtant Aminata Diallo-Tessier a maintenu sa candidature jusqu'au bout.", "Aminata Diallo-Tessier")]
    public void SentenceInitialVerbFormOrAdverbIsNoNameStart(string sentence, string expected)
    {
        var r = Run(sentence);
        Assert.Equal(new[] { expected }, Labels(r, EntityKind.Person));
    }

    [Fact]
    public void HeadlineWordsKnownOnlyAsCommonWordsAreNoPersons()
    {
        var r = Run("Le Ministre Promet Des Réformes Aux Éleveurs\n\nLe ministre de l'Agriculture, Paul Verhaegen, a reçu les éleveurs mardi à Namur.");
        Assert.Equal(new[] { "Paul Verhaegen" }, Labels(r, EntityKind.Person));
    }

    [Fact]
    public void HeadlineNameStopsBeforeAVerbForm()
    {
        var r = Run("Brevanor Construction Supprime Quarante Postes\n\nLa société Brevanor Construction a confirmé mardi la suppression de quarante postes.");
        Assert.Contains("Brevanor Construction", Labels(r, EntityKind.Organization));
        Assert.DoesNotContain(r.Entities, e => e.Label.Contains("Supprime", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("La société Brevanor Construction annoncé mardi la suppression de quarante postes.", "Brevanor Construction")]
    [InlineData("Le groupe Talvex Industries confirmé la fermeture de son usine de Liège.", "Talvex Industries")]
    public void OrganizationSpanStopsBeforeAVerbForm(string sentence, string expected)
    {
        var r = Run(sentence);
        Assert.Contains(expected, Labels(r, EntityKind.Organization));
    }

    [Theory]
    [InlineData("Le syndicat Solidarité Rail Ouest appelle à la grève reconductible dès lundi.", "Solidarité Rail Ouest")]
    [InlineData("La fédération Horizon Judo Wallonie a perdu la moitié de ses licenciés en deux ans.", "Horizon Judo Wallonie")]
    [InlineData("L'ONG Terre Solidaire a dénoncé les expulsions à Abidjan.", "Terre Solidaire")]
    [InlineData("Le club Étoile Filante Lomé a remporté la coupe nationale samedi.", "Étoile Filante Lomé")]
    public void CapitalisedSequenceAfterACueNounIsAnOrganization(string sentence, string expected)
    {
        var r = Run(sentence);
        Assert.Contains(r.Entities, e => e.Kind == EntityKind.Organization && e.Label.Contains(expected, StringComparison.Ordinal));
        Assert.Empty(Labels(r, EntityKind.Person));
    }

    [Theory]
    [InlineData("Le Fribourgeois a terminé deuxième du slalom géant, derrière le champion autrichien.")]
    [InlineData("La Québécoise s'est imposée en finale face à la tenante du titre.")]
    [InlineData("Les Ivoiriens ont dominé la rencontre de bout en bout à Yamoussoukro.")]
    [InlineData("Les Sénégalais affronteront les Camerounais en quart de finale.")]
    [InlineData("Le Valaisan a confirmé son retour en Coupe du monde la saison prochaine.")]
    public void DemonymAnaphorIsNeitherPersonNorOrganization(string sentence)
    {
        var r = Run(sentence);
        Assert.Empty(Labels(r, EntityKind.Person));
        Assert.Empty(Labels(r, EntityKind.Organization));
    }

    [Theory]
    [InlineData("Les salariés de Laboratoires Velmorin ont été reçus par la direction jeudi à Tours.", "Laboratoires Velmorin")]
    [InlineData("Le contrat a été signé avec Transports Kerbrivan pour une durée de cinq ans.", "Transports Kerbrivan")]
    public void CommonNounOpeningACoinedNameMakesAnOrganization(string sentence, string expected)
    {
        var r = Run(sentence);
        Assert.Contains(expected, Labels(r, EntityKind.Organization));
        Assert.Empty(Labels(r, EntityKind.Person));
    }

    [Fact]
    public void CommonWordsCapitalisedTogetherAreNoPerson()
    {
        var r = Run("Réunis à Bruxelles, les ministres ont salué l'accord. Cinq Européens figuraient parmi les otages libérés samedi.");
        Assert.Empty(Labels(r, EntityKind.Person));
    }

    [Theory]
    [InlineData("Le motoriste Harlan & Voss Aerospace participe à l'enquête technique.", "Harlan & Voss Aerospace")]
    [InlineData("Le rachat de Delmas & Fréon par un fonds belge a été validé lundi.", "Delmas & Fréon")]
    public void AmpersandJoinsACompanyName(string sentence, string expected)
    {
        var r = Run(sentence);
        Assert.Contains(expected, Labels(r, EntityKind.Organization));
        Assert.Empty(Labels(r, EntityKind.Person));
    }

    [Theory]
    [InlineData("Selon l'agence, le contrat avec l'espagnol Vendarra serait renégocié d'ici l'été.", "Vendarra")]
    [InlineData("Le groupe a cédé sa filiale au japonais Tervaka Motors pour 300 millions d'euros.", "Tervaka Motors")]
    public void LowerCaseNationalityBeforeANameIsACompany(string sentence, string expected)
    {
        var r = Run(sentence);
        Assert.Contains(expected, Labels(r, EntityKind.Organization));
        Assert.Empty(Labels(r, EntityKind.Person));
    }

    [Fact]
    public void PluralNounAfterPluralArticleOpensACompanyName()
    {
        var r = Run("Le médicament est fabriqué par les Laboratoires Hélianthe, une PME de la banlieue lyonnaise.");
        Assert.Contains("Laboratoires Hélianthe", Labels(r, EntityKind.Organization));
        Assert.Empty(Labels(r, EntityKind.Person));
    }

    [Theory]
    [InlineData("L'attaque a été revendiquée par le Front de libération du delta et des lagunes (FLDL), selon l'armée.", "Front de libération du delta et des lagunes")]
    [InlineData("Le rapt a été attribué au Mouvement pour la défense des savanes (MDS, ou Jama'at al-Sawana).", "Mouvement pour la défense des savanes")]
    [InlineData("Le directeur du Centre de veille et d'alerte sanitaire (CVAS) a été entendu jeudi.", "Centre de veille et d'alerte sanitaire")]
    public void BodyNameRunsOnToItsBracketedAcronym(string sentence, string expected)
    {
        var r = Run(sentence);
        Assert.Contains(expected, Labels(r, EntityKind.Organization));
    }

    [Fact]
    public void BracketedAcronymThatDoesNotFitLeavesTheNameAlone()
    {
        var r = Run("Le Conseil de sécurité a voté jeudi une résolution sur le Soudan (ONU).");
        Assert.DoesNotContain(r.Entities, e => e.Kind == EntityKind.Organization && e.Label.Contains("résolution", StringComparison.Ordinal));
    }
}
