using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Posts;

/// <summary>
/// A periphrasis ("chef de la diplomatie", "chef du gouvernement", "garde des Sceaux") also bears the plain title it stands
/// for, and is the same post as that plain title when the holder is also given it; plural counterparts ("ses homologues
/// malien et burkinabè, A et B") take the possessor's post, each in the country of its adjective (invented sentences).
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

    [Fact]
    public void PluralCounterpartsHoldThePossessorsPostInTheCountryOfTheirAdjective()
    {
        var r = Run("Le ministre nigérien de l'Intérieur, Hamadou Garba-Issa, ses homologues malien et burkinabè, Modibo Keïta-Sow et "
                    + "Aminata Zida-Kaboré, ont signé l'accord à Niamey.");
        var keita = Assert.Single(r.Posts, p => p.HolderKey == "modibo-keita-sow");
        var zida = Assert.Single(r.Posts, p => p.HolderKey == "aminata-zida-kabore");
        Assert.Equal("mali", keita.OrganizationKey);
        Assert.Equal("burkina-faso", zida.OrganizationKey);
        Assert.Contains("ministre", keita.Label, StringComparison.Ordinal);
    }
}
