using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Posts;

/// <summary>
/// Holders that stand a little away from their title: past the holder's party (and constituency) between the title and the
/// name ("la sénatrice LR de l'Aude Irène X"); past a description of the body ("Le président de X, l'autorité des transports,
/// Y"); past the rest of a long complement to an apposed second title ("Le directeur du service … (Sdis 31), le colonel Y");
/// an acronym in the complement is the body, not a person served ("directeur du CHU de Nantes, Y"). Invented sentences.
/// </summary>
public sealed class ApposedHolderTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public ApposedHolderTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 3, 12)) });

    private void AssertPost(string text, string holder, string roleWord, string? organization = null)
    {
        var r = Run(text);
        var post = Assert.Single(r.Posts, p => p.HolderKey == holder && p.RoleLabel.StartsWith(roleWord, StringComparison.Ordinal));
        if (organization is not null) Assert.Equal(organization, r.Entities.Single(e => e.Key == post.OrganizationKey).Label);
    }

    [Theory]
    [InlineData("Le sénateur LR Jean-Marc Dubreuil a voté contre le texte.", "jean-marc-dubreuil", "sénateur", "Les Républicains")]
    [InlineData("Pour la députée RN des Bouches-du-Rhône Sandrine Caruso-Bellet, « le compte n'y est pas ».", "sandrine-caruso-bellet", "députée", "Rassemblement national")]
    [InlineData("Le conseiller national UDC Pierre-Yves Rossier, membre de la commission, a critiqué l'accord.", "pierre-yves-rossier", "conseiller national", "Union démocratique du centre")]
    public void AHoldersPartyBetweenTitleAndName(string text, string holder, string role, string party) =>
        AssertPost(text, holder, role, party);

    [Fact]
    public void ADescriptionOfTheBodyBetweenTitleAndHolder() =>
        AssertPost("Le président de Varlane Mobilités, l'autorité organisatrice des transports, Jean-Luc Perrard, a convoqué les syndicats.",
            "jean-luc-perrard", "président");

    [Fact]
    public void ASecondTitleApposedPastALongComplementSharesTheHolder()
    {
        var text = "Le directeur départemental du service d'incendie et de secours (Sdis 31), le colonel Hervé Castagnier, salue l'engagement des pompiers.";
        AssertPost(text, "herve-castagnier", "directeur");
    }

    [Fact]
    public void AnAcronymInTheComplementIsTheBody() =>
        AssertPost("Il est arrivé en compagnie du directeur général du CHU de Nantes, Laurent Quéméner, et du maire.",
            "laurent-quemener", "directeur général", "CHU de Nantes");

    [Fact]
    public void ADoctorsTitleBetweenTheCommaAndTheHolder() =>
        AssertPost("Le directeur de la clinique, le docteur Paul Ravenel, a ouvert les portes.", "paul-ravenel", "directeur");

    [Fact]
    public void AVerbBetweenTitleAndDescriptionKeepsThemApart()
    {
        // the description is a clause: "Le président de X a reçu, l'après-midi, Y": Y is no president
        var r = Run("Le président de Varlane Mobilités a reçu, l'après-midi même, Jean-Luc Perrard.");
        Assert.DoesNotContain(r.Posts, p => p.HolderKey == "jean-luc-perrard");
    }

    [Theory]
    [InlineData("Le Premier ministre a reçu ses homologues, Anton Krell (Défense) et Lotte Brandauer (Affaires étrangères), à Vienne.", "anton-krell", "ministre de la Défense")]
    [InlineData("Le Premier ministre a reçu ses homologues, Anton Krell (Défense) et Lotte Brandauer (Affaires étrangères), à Vienne.", "lotte-brandauer", "ministre des Affaires étrangères")]
    [InlineData("Les ministres Paul Aubertin (Intérieur) et Ana Ferrão (Travail) ont signé la circulaire.", "paul-aubertin", "ministre de l'Intérieur")]
    [InlineData("Les ministres Paul Aubertin (Intérieur) et Ana Ferrão (Travail) ont signé la circulaire.", "ana-ferrao", "ministre du Travail")]
    public void ABracketedPortfolioAfterANameAmongMinistersIsTheirMinistry(string text, string holder, string label) =>
        Assert.Contains(Run(text).Posts, p => p.HolderKey == holder && p.Label == label);

    [Theory]
    // a country or a party in brackets is where the minister comes from or whose member they are
    [InlineData("Les ministres Aoife Brennan (Irlande) et Rui Falcão (Portugal) ont signé la déclaration.", "aoife-brennan")]
    [InlineData("Les ministres Paul Aubertin (Horizons) et Ana Ferrão (Renaissance) ont signé la circulaire.", "paul-aubertin")]
    [InlineData("Les anciens ministres Paul Aubertin (Les Républicains) et Ana Ferrão (Renaissance) ont signé la tribune.", "paul-aubertin")]
    public void ACountryOrAPartyInBracketsIsNoPortfolio(string text, string holder) =>
        Assert.DoesNotContain(Run(text).Posts, p => p.HolderKey == holder && p.Label.StartsWith("ministre d", StringComparison.Ordinal));

    [Fact]
    public void ABracketedWordWithoutMinistersIsNoPortfolio() =>
        Assert.DoesNotContain(Run("Le maire Paul Aubertin (Divers) a inauguré la salle.").Posts, p => p.Label.StartsWith("ministre", StringComparison.Ordinal));

    [Fact]
    public void ANameGluedToATitleApposedToAPersonIsNoSecondHolder()
    {
        var r = Run("« On trie les patients », dénonce Karim Benhadj, secrétaire de la section Sud Rail Ouest du dépôt de Rennes.");
        Assert.DoesNotContain(r.Entities, e => e.Kind == EntityKind.Person && e.Label.Contains("Sud Rail"));
        Assert.Contains(r.Posts, p => p.HolderKey == "karim-benhadj" && p.RoleLabel.StartsWith("secrétaire", StringComparison.Ordinal));
    }
}
