using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Posts;

/// <summary>
/// A periphrasis ("chef de la diplomatie", "chef du gouvernement", "garde des Sceaux") also bears the plain title it stands
/// for, and is the same post as that plain title when the holder is also given it (invented sentences).
/// </summary>
public sealed class PeriphrasisTitleTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public PeriphrasisTitleTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 3, 12)) });

    [Theory]
    [InlineData("Le chef de la diplomatie malienne, Modibo Keïta-Sanogo, est arrivé à Niamey.", "modibo-keita-sanogo", "ministre des Affaires étrangères")]
    [InlineData("Le chef du gouvernement, Ousmane Diallo-Ba, a présenté son plan.", "ousmane-diallo-ba", "Premier ministre")]
    [InlineData("Le garde des Sceaux, Paul Mercier-Andrieu, a défendu la réforme.", "paul-mercier-andrieu", "ministre de la Justice")]
    public void APeriphrasisAlsoBearsThePlainTitle(string text, string holder, string plain)
    {
        var post = Assert.Single(Run(text).Posts, p => p.HolderKey == holder);
        Assert.Contains(plain, (post.AltLabels ?? []).Append(post.Label));
    }

    [Fact]
    public void APeriphrasisAndThePlainTitleOfOneHolderAreOnePost()
    {
        var r = Run("Le chef de la diplomatie sénégalaise, Awa Ndiaye-Faye, est arrivée lundi. "
                    + "La ministre des Affaires étrangères Awa Ndiaye-Faye a rencontré la presse mardi.");
        Assert.Single(r.Posts, p => p.HolderKey == "awa-ndiaye-faye");
    }

    [Fact]
    public void TwoTitlesOfOneHolderThatAreNoPeriphrasisStayTwoPosts()
    {
        var r = Run("La ministre de l'Agriculture, Inès Moreau-Vidal, a signé le décret. Le chef de l'État a salué le travail de la ministre. "
                    + "La maire de Cahors, Inès Moreau-Vidal, a voté dimanche.");
        Assert.True(r.Posts.Count(p => p.HolderKey == "ines-moreau-vidal") >= 2);
    }
}
