using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Posts;

/// <summary>Titles with a level-of-government or regional adjective between the role word and its portfolio (invented sentences).</summary>
public sealed class PostLevelAdjectiveTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public PostLevelAdjectiveTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 6, 12)) });

    [Theory]
    [InlineData("La ministre fédérale de la Santé, Anouk Perrault, a visité le centre.", "anouk-perrault", "ministre-de-la-sante")]
    [InlineData("Le ministre bavarois de l'Agriculture, Klaus Reinholt, a répondu aux éleveurs.", "klaus-reinholt", "ministre-de-l-agriculture")]
    public void AdjectiveBeforeThePortfolioKeepsThePortfolioRole(string sentence, string holder, string role)
    {
        var r = Run(sentence);
        var post = Assert.Single(r.Posts);
        Assert.Equal(holder, post.HolderKey);
        Assert.Equal(role, post.RoleKey);
    }
}

/// <summary>Holders named after a comma behind another noun phrase (invented sentences).</summary>
public sealed class PostAppositionHolderTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public PostAppositionHolderTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 6, 12)) });

    [Fact]
    public void NationalityNounBetweenCommaAndHolder()
    {
        var r = Run("Le représentant spécial de l'ONU, le Finlandais Mikko Aaltonen, a rencontré les deux parties.");
        Assert.Contains(r.Posts, p => p.HolderKey == "mikko-aaltonen" && p.RoleKey == "representant-special");
    }

    [Fact]
    public void TitleInAppositionToATitledHolderSharesTheHolder()
    {
        var r = Run("Son président, le général malien Amadou Keïta, a signé l'accord.");
        Assert.Contains(r.Posts, p => p.HolderKey == "amadou-keita" && p.RoleKey == "president");
    }

    [Fact]
    public void GrandChiefIsATitle()
    {
        var r = Run("La grande cheffe de la Nation Tsawassen, Ruth Kinew, a réclamé des moyens.");
        Assert.Contains(r.Posts, p => p.HolderKey == "ruth-kinew" && p.RoleKey.StartsWith("grand-chef", StringComparison.Ordinal));
    }

    [Fact]
    public void GenericTitleWithAnApposedTitledHolder()
    {
        var r = Run("Son commandant, le général belge Luc Verhaegen, a renforcé les patrouilles.");
        Assert.Contains(r.Posts, p => p.HolderKey == "luc-verhaegen" && p.RoleKey == "commandant");
    }

    [Fact]
    public void CopularSentenceNamesTheHolder()
    {
        var r = Run("La nouvelle directrice sportive sera Inès Valcourt, selon le communiqué.");
        Assert.Contains(r.Posts, p => p.HolderKey == "ines-valcourt" && p.RoleKey.StartsWith("directeur", StringComparison.Ordinal));
    }

    [Fact]
    public void MissionBetweenTwoPartiesBeforeTheHolder()
    {
        var r = Run("Le représentant spécial de l'ONU pour le dialogue entre Kinshasa et Kigali, le Finlandais Mikko Aaltonen, est arrivé lundi.");
        Assert.Contains(r.Posts, p => p.HolderKey == "mikko-aaltonen" && p.RoleKey.StartsWith("representant-special", StringComparison.Ordinal));
    }
}
