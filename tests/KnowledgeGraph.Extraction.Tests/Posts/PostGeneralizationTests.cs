using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Posts;

/// <summary>Posts from role phrases on invented sentences.</summary>
public sealed class PostGeneralizationTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public PostGeneralizationTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 6, 12)) });

    [Fact]
    public void RoleOfAnOrganizationIntroducedByItsNounBelongsToThatOrganization()
    {
        var r = Run("Le directeur général de l'entreprise Brixholm, Ruben Oyelaran, a démissionné.");
        var post = Assert.Single(r.Posts);
        Assert.Equal("ruben-oyelaran", post.HolderKey);
        Assert.Equal("brixholm", post.OrganizationKey);
        Assert.StartsWith("directeur général", post.Label);
    }

    [Fact]
    public void FeminineRoleOfAnAcronymUnion()
    {
        var r = Run("La secrétaire générale de la CGT, Nadège Poirel, a réagi.");
        var post = Assert.Single(r.Posts);
        Assert.Equal("nadege-poirel", post.HolderKey);
        Assert.Equal("cgt", post.OrganizationKey);
    }

    [Fact]
    public void FeminineMinisterWithNationalityBelongsToTheCountry()
    {
        var r = Run("La ministre néerlandaise de la Santé, Femke Dijkhuis, a rencontré ses homologues.");
        var post = Assert.Single(r.Posts);
        Assert.Equal("femke-dijkhuis", post.HolderKey);
        Assert.Equal("pays-bas", post.OrganizationKey);
        Assert.Equal("ministre-de-la-sante", post.RoleKey);
    }

    [Fact]
    public void TwoAppositionsInOneSentenceGiveTwoPosts()
    {
        var r = Run("Le ministre de l'Intérieur, Mathieu Grandval, et la ministre de la Justice, Sophie Auberty, ont présenté le texte.");
        Assert.Equal(new[] { ("mathieu-grandval", "ministre-de-l-interieur"), ("sophie-auberty", "ministre-de-la-justice") },
            r.Posts.Select(p => (p.HolderKey, p.RoleKey)).OrderBy(x => x.HolderKey, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void LawyerOfAnAssociationHoldsAPostThere()
    {
        var r = Run("« Le jugement fera date », a salué l'avocate de l'association Rivières propres, Me Odile Ferrand-Ricard.");
        var post = Assert.Single(r.Posts);
        Assert.Equal("odile-ferrand-ricard", post.HolderKey);
        Assert.Equal("avocat", post.RoleKey.Split('-')[0]);
        Assert.Equal("rivieres-propres", post.OrganizationKey);
    }

    [Fact]
    public void ResearcherAtAUniversityHoldsAPostThere()
    {
        var r = Run("« Rien ne changera », observe Tomas Lindgren, chercheur à l'université Kvarnby, à Malmö.");
        var post = Assert.Single(r.Posts);
        Assert.Equal("tomas-lindgren", post.HolderKey);
        Assert.Equal("universite-kvarnby", post.OrganizationKey);
    }

    [Fact]
    public void AcronymAndTownBetweenTitleAndHolderDoNotSeparateThem()
    {
        var r = Run("Le président du groupe Horizon Commun (HC), Karim Haddou, a déposé la motion. L'ambassadeur de Suède à Dakar, Nils Berglund, a été convoqué.");
        Assert.Equal(new[] { "karim-haddou", "nils-berglund" }, r.Posts.Select(p => p.HolderKey).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void BareCoordinatedTitlesShareTheirHolder_DeterminedOnesDoNot()
    {
        var r = Run("« Non », a déclaré le ministre de la Communication et porte-parole du gouvernement, Issouf Tapsoba. "
            + "Le président tchadien et l'émissaire américain Dale Whitmore se sont parlé.");
        Assert.Equal(new[] { ("issouf-tapsoba", "ministre-de-la-communication"), ("issouf-tapsoba", "porte-parole") },
            r.Posts.Where(p => p.HolderKey == "issouf-tapsoba").Select(p => (p.HolderKey, p.RoleKey)).Order().ToArray());
        Assert.DoesNotContain(r.Posts, p => p.HolderKey == "dale-whitmore" && p.RoleKey == "president");
    }

    [Fact]
    public void WeakTitleWithPossessiveAndApposedNameIsAPost()
    {
        var r = Run("L'ONG Sahel Droits dénonce l'expulsion. « C'est injuste », a réagi sa directrice, Aïcha Traoré-Kane.");
        Assert.Contains(r.Posts, p => p.HolderKey == "aicha-traore-kane" && p.RoleKey == "directeur");
    }

    [Fact]
    public void SupranationalAdjectiveQualifiesLikeANationality()
    {
        var r = Run("Elle a rencontré la commissaire européenne chargée du Numérique, Zofia Malinowska. La commissaire Malinowska a refusé toute pause.");
        var post = Assert.Single(r.Posts);
        Assert.Equal("zofia-malinowska", post.HolderKey);
        Assert.Contains("chargée du Numérique", post.Label);
    }

    [Fact]
    public void TitleWithACountryStaysApartFromAnotherOfficeOfTheSameHolder()
    {
        var r = Run("Le président tanzanien, Baraka Mwita, président en exercice de l'Union africaine, a ouvert le sommet.");
        Assert.Equal(2, r.Posts.Count(p => p.HolderKey == "baraka-mwita"));
    }

    [Fact]
    public void AFamilyLawyerIsNoPost()
    {
        // a lawyer serving a family or a person is an occupation; only a lawyer of an organization holds a post there (as the dev gold does)
        var r = Run("L'avocat de la famille, Me Clarisse Dumontel, a dénoncé une erreur.");
        Assert.Empty(r.Posts);
        Assert.Contains(r.Entities, e => e.Label == "Clarisse Dumontel");
    }
}
