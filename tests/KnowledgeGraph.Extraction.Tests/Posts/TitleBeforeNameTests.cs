using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Posts;

/// <summary>
/// Titles separated from their holder's name by more than one word: a run of adjectives (party, nationality, region) between
/// the title and the name ("l'eurodéputée écologiste allemande X", Entities/RolePhraseParser), and a title whose complement
/// goes on with lower-case complements after a comma before an apposed second title ("la cheffe du Département de la défense,
/// de la protection de la population et des sports (DDPS), la conseillère fédérale X", Posts/PostExtractor). Invented sentences.
/// </summary>
public sealed class TitleBeforeNameTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public TitleBeforeNameTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 5, 6)) });

    [Fact]
    public void PartyAndNationalityAdjectivesBeforeTheName()
    {
        var r = Run("Mercredi, l'eurodéputée écologiste autrichienne Lena Hofbauer-Kranz a relancé la pétition sur le siège unique.");
        var post = Assert.Single(r.Posts, p => p.HolderKey == "lena-hofbauer-kranz");
        Assert.StartsWith("eurodepute", post.RoleKey, StringComparison.Ordinal);
        Assert.Equal("autriche", post.OrganizationKey);
    }

    [Fact]
    public void PartyAndRegionalAdjectivesBeforeTheName()
    {
        var r = Run("Le texte a été adopté de justesse. Le sénateur centriste normand Hervé Lecanu-Brière a voté contre.");
        Assert.Contains(r.Posts, p => p.HolderKey == "herve-lecanu-briere" && p.RoleKey.StartsWith("senateur", StringComparison.Ordinal));
    }

    [Fact]
    public void AVerbBetweenTitleAndNameGivesNoPost()
    {
        var r = Run("Le député écologiste annonce Hervé Lecanu-Brière comme candidat à la mairie.");
        Assert.DoesNotContain(r.Posts, p => p.HolderKey == "herve-lecanu-briere");
    }

    [Fact]
    public void LowerCaseComplementsCoordinatedAfterACommaBeforeAnApposedTitle()
    {
        var r = Run("La rencontre, prévue lundi avec la cheffe du Département de l'économie, de la formation et de la recherche (DEFR), "
            + "la conseillère fédérale Anne Morel-Giroud, a été reportée.");
        Assert.Contains(r.Posts, p => p.HolderKey == "anne-morel-giroud" && p.RoleKey.StartsWith("chef-du-departement", StringComparison.Ordinal));
        Assert.Contains(r.Posts, p => p.HolderKey == "anne-morel-giroud" && p.RoleKey.StartsWith("conseiller", StringComparison.Ordinal));
    }
}
