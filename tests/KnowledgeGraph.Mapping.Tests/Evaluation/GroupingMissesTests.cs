using KnowledgeGraph.Evaluation;
using Xunit;

namespace KnowledgeGraph.Mapping.Tests.Evaluation;

/// <summary>`kg eval --misses` lists the claim-grouping pairs it missed or found in excess, with each article's rendering.</summary>
public sealed class GroupingMissesTests
{
    private const string GoldJson = """
    {
      "articles": ["art_a", "art_b", "art_c"],
      "persons": [ { "id": "ribeiro", "label": "Ana Ribeiro", "altLabels": [], "articles": ["art_a", "art_b", "art_c"] } ],
      "organizations": [], "places": [], "posts": [], "meetings": [],
      "claims": [
        { "id": "budget", "speaker": "ribeiro", "text": "Le budget sera voté avant l'été", "articles": ["art_a", "art_b"] },
        { "id": "taxes", "speaker": "ribeiro", "text": "Les impôts des ménages baisseront", "articles": ["art_c"] }
      ]
    }
    """;

    private static readonly SystemEntity Ribeiro = new("http://x/ribeiro", EntityCategory.Person, "Ana Ribeiro", []);

    private static SystemClaim Claim(string iri, params (string Article, string Text)[] renderings) => new(
        iri, Ribeiro.Iri, renderings.Select(r => r.Text).Distinct().ToList(),
        renderings.Select(r => r.Article).Distinct().Order(StringComparer.Ordinal).ToList(),
        renderings.Select(r => new SystemRendering(r.Article, r.Text)).ToList());

    private static IReadOnlyList<string> GroupingMisses(params SystemClaim[] claims) =>
        new Scorer().Score(GoldLoader.Parse(GoldJson), new SystemGraph([Ribeiro], [], [], claims)).Misses["claim grouping"];

    [Fact]
    public void AMissedPairShowsTheRenderingFoundInEachArticle()
    {
        var misses = GroupingMisses(
            Claim("http://x/c1", ("art_a", "Le budget sera voté avant l'été")),
            Claim("http://x/c2", ("art_b", "le budget serait adopté avant l'été")),
            Claim("http://x/c3", ("art_c", "Les impôts des ménages baisseront")));
        var line = Assert.Single(misses);
        Assert.StartsWith("missed pair: budget «Le budget sera voté avant l'été»", line);
        Assert.Contains("art_a: <http://x/c1> «Le budget sera voté avant l'été»", line);
        Assert.Contains("art_b: <http://x/c2> «le budget serait adopté avant l'été»", line);
    }

    [Fact]
    public void AnExtraPairShowsBothRenderingsAndTheGoldClaimItMatched()
    {
        var misses = GroupingMisses(
            Claim("http://x/c1", ("art_a", "Le budget sera voté avant l'été"), ("art_b", "le budget sera voté avant l'été")),
            Claim("http://x/c3", ("art_c", "Les impôts des ménages baisseront"), ("art_a", "les impôts baisseront pour les ménages")));
        var line = Assert.Single(misses);
        Assert.Equal("extra pair: <http://x/c3> art_a «les impôts baisseront pour les ménages» / art_c «Les impôts des ménages baisseront» (gold taxes)", line);
    }

    [Fact]
    public void AMissedPairWithNoRenderingInAnArticleSaysSo()
    {
        var misses = GroupingMisses(Claim("http://x/c1", ("art_a", "Le budget sera voté avant l'été")));
        Assert.Contains(misses, l => l.StartsWith("missed pair: budget", StringComparison.Ordinal) && l.EndsWith("art_b: no claim", StringComparison.Ordinal));
    }
}
