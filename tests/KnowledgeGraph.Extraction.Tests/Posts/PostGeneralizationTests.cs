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
    public void AFamilyLawyerIsNoPost()
    {
        // "avocat de la famille" is a service to clients, not an office in an organization (graph-model.md: org:Post)
        var r = Run("L'avocat de la famille, Me Clarisse Dumontel, a dénoncé une erreur.");
        Assert.Empty(r.Posts);
        Assert.Contains(r.Entities, e => e.Label == "Clarisse Dumontel");
    }
}
