using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Posts;

/// <summary>
/// A military grade or a founding title with no organization is no post (post-words-fr.tsv "no-post-alone"); with an
/// organization, or beside a real title, the post stays. Invented sentences.
/// </summary>
public sealed class GradeTitleTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public GradeTitleTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 5, 20)) });

    [Fact]
    public void BareMilitaryGradeIsNoPost()
    {
        var r = Run("Le général italien Marco Bellandi a inspecté mardi les troupes déployées près de la frontière.");
        Assert.DoesNotContain(r.Posts, p => p.HolderKey.Contains("bellandi", StringComparison.Ordinal));
        Assert.Contains(r.Entities, e => e.Key.Contains("bellandi", StringComparison.Ordinal));
    }

    [Fact]
    public void FoundingTitleBesideAnOfficeKeepsOnlyTheOffice()
    {
        var r = Run("« Nous serons rentables l'an prochain », assure sa cofondatrice et présidente, Léa Marchetti-Ruiz.");
        var post = Assert.Single(r.Posts, p => p.HolderKey.Contains("marchetti", StringComparison.Ordinal));
        Assert.Equal("president", post.RoleKey);
    }

    [Fact]
    public void OfficeHeldByAGradedOfficerStays()
    {
        var r = Run("Le commandant de la KFOR, le général Paolo Ferraris, a rencontré les maires du nord du Kosovo.");
        Assert.Contains(r.Posts, p => p.HolderKey.Contains("ferraris", StringComparison.Ordinal) && p.RoleKey.StartsWith("commandant", StringComparison.Ordinal));
        Assert.DoesNotContain(r.Posts, p => p.HolderKey.Contains("ferraris", StringComparison.Ordinal) && p.RoleKey == "general");
    }

    [Fact]
    public void DirectorGeneralIsAPostNotAGrade()
    {
        var r = Run("La directrice générale de la société Valmont Énergie, Claire Dumesnil, a présenté les résultats.");
        Assert.Contains(r.Posts, p => p.HolderKey.Contains("dumesnil", StringComparison.Ordinal));
    }
}
