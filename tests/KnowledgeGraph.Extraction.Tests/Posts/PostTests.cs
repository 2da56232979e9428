using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Posts;

public sealed class PostTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public PostTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(params string[] texts) =>
        _pipeline.Run(texts.Select((t, i) => new Article($"a{i}", t, "mem", Date: new PartialDate(2024, 6, 12))));

    [Fact]
    public void PostInAnOrganizationFromTheComplement()
    {
        var r = Run("Le secrétaire général de l'OMS, Tedros Ghebreyesus, a parlé à Genève.");
        var post = Assert.Single(r.Posts);
        Assert.Equal("tedros-ghebreyesus", post.HolderKey);
        Assert.Equal("oms", post.OrganizationKey);
        Assert.Equal("secrétaire général de l'OMS", post.Label);
        Assert.Equal("a0", post.Evidence.Single().ArticleId);
        Assert.Contains("Tedros Ghebreyesus", post.Evidence.Single().Text);
    }

    [Fact]
    public void AppositionAfterTheNameAndCountryAsOrganization()
    {
        var r = Run("Selon Lucia Ferraro, porte-parole du gouvernement italien, la réunion aura lieu.",
                    "Hanna Virtanen, la ministre finlandaise de l'Économie, a répondu.");
        var lucia = r.Posts.Single(p => p.HolderKey == "lucia-ferraro");
        Assert.Equal("porte-parole du gouvernement italien", lucia.Label);
        var hanna = r.Posts.Single(p => p.HolderKey == "hanna-virtanen");
        Assert.Equal("ministre de l'Économie", hanna.RoleLabel);
        Assert.Equal("finlande", hanna.OrganizationKey);
        // the country is not named in the text: it becomes a place entity without mentions
        var country = r.Entities.Single(e => e.Key == "finlande");
        Assert.Equal(EntityKind.Place, country.Kind);
        Assert.Equal("Finlande", country.Label);
        Assert.Empty(country.Mentions);
        // "du gouvernement italien": the government of a country named by its adjective is the country's (no body of its own)
        Assert.Equal("italie", lucia.OrganizationKey);
        Assert.DoesNotContain(r.Entities, e => e.Key == "gouvernement-italie");
    }

    [Fact]
    public void NestedRoleGivesTwoPosts()
    {
        var r = Run("L'envoyé du président chilien Mateo Rojas, Tomás Lagos, est arrivé à Lima.");
        Assert.Contains(r.Posts, p => p.HolderKey == "mateo-rojas" && p.RoleKey == "president");
        Assert.Contains(r.Posts, p => p.HolderKey == "tomas-lagos" && p.Label == "envoyé du président chilien");
    }

    [Fact]
    public void FamilyTieIsARelationNotAPost()
    {
        var r = Run("Le président kényan Daniel Mwangi est venu avec Peter Otieno, gendre de Daniel Mwangi.",
                    "Peter Otieno, le beau-frère du président kényan, a signé.");
        Assert.Contains(r.Relations, x => x.SubjectKey == "peter-otieno" && x.RelationKey == "gendre" && x.ObjectKey == "daniel-mwangi");
        Assert.Contains(r.Relations, x => x.SubjectKey == "peter-otieno" && x.RelationKey == "beau-frere" && x.ObjectKey == "daniel-mwangi");
        Assert.DoesNotContain(r.Posts, p => p.HolderKey == "peter-otieno");
    }

    [Fact]
    public void StatementWithoutCountryJoinsThePostWithOne()
    {
        var r = Run("Le président sénégalais Amadou Sall a parlé.", "Le président Amadou Sall a répondu.");
        var post = Assert.Single(r.Posts, p => p.HolderKey == "amadou-sall");
        Assert.Equal("senegal", post.OrganizationKey);
        Assert.Equal(2, post.Evidence.Count);
    }

    [Fact]
    public void ServingRolesInSeveralPhrasingsAreOnePostWithTheOrganizationFirst()
    {
        var r = Run("Le conseiller du président turc, Ahmet Kaya, a parlé.",
                    "Ahmet Kaya, conseiller diplomatique de la présidence turque, a confirmé.",
                    "Le conseiller pour la politique étrangère turque, Ahmet Kaya, a démenti.");
        var post = Assert.Single(r.Posts, p => p.HolderKey == "ahmet-kaya");
        Assert.Equal("conseiller", post.RoleKey);
        Assert.Equal(3, post.Evidence.Count);
        Assert.Equal(new[] { "a0", "a1", "a2" }, post.Evidence.Select(e => e.ArticleId));
    }

    [Fact]
    public void CountryKeysOnlyPointToEntitiesOfTheCorpus()
    {
        var r = Run("Le sommet s'est tenu à Bruxelles puis à Lisbonne, au Portugal.");
        var keys = r.Entities.Select(e => e.Key).ToHashSet();
        Assert.All(r.Entities.Where(e => e.CountryKey is not null), e => Assert.Contains(e.CountryKey!, keys));
        Assert.Null(r.Entities.Single(e => e.Key == "bruxelles").CountryKey);
        Assert.Equal("portugal", r.Entities.Single(e => e.Key == "lisbonne").CountryKey);
    }

    [Fact]
    public void AdjectiveCountryBeatsTheCountryAnEnvoyIsSentTo()
    {
        var r = Run("L'émissaire norvégien pour le Venezuela, Lars Haugen, est arrivé. Le général Ahmed al-Tayeb, chef de l'armée, a refusé.");
        Assert.Equal("norvege", r.Posts.Single(p => p.HolderKey == "lars-haugen").OrganizationKey);
        Assert.Contains(r.Entities, e => e.Kind == EntityKind.Person && e.Label == "Ahmed al-Tayeb");
    }
}
