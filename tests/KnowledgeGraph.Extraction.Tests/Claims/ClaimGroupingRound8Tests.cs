using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>
/// Session 8 grouping: three outlets rendering one statement (a full quotation, a report keeping two quoted words, a paraphrase
/// in other words) make one claim although the quotation and the paraphrase are not linked themselves; two statements of one
/// speaker on one day stay apart; a short quoted noun-phrase object ("réclame un « rééquilibrage »") joins the longer rendering.
/// Invented articles, through the claim extractor and the grouper.
/// </summary>
public sealed class ClaimGroupingRound8Tests : IClassFixture<ResourcesFixture>
{
    private static readonly Tag[] People =
    [
        new("Ingrid Solberg", EntityKind.Person, "solberg"),
        new("Paulo Mendes", EntityKind.Person, "mendes"),
    ];

    private readonly ExtractionResources _resources;

    public ClaimGroupingRound8Tests(ResourcesFixture fixture) => _resources = fixture.Resources;

    private List<Claim> Group(params (string Id, string Text)[] articles)
    {
        var extractor = new ClaimExtractor(_resources);
        var docs = new List<AnalyzedDocument>();
        foreach (var (id, text) in articles.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            var doc = HandTaggedDocument.Build(_resources, id, text, new PartialDate(2026, 11, 27), docs.Count, People);
            extractor.Process(doc, CancellationToken.None);
            docs.Add(doc);
        }
        var corpus = new CorpusContext(docs, _resources);
        for (int i = 0; i < docs.Count; i++) HandTaggedDocument.RegisterKeys(corpus, i, People);
        new ClaimGrouper(_resources).Process(corpus, CancellationToken.None);
        return corpus.Claims;
    }

    private static string[] ArticlesOf(Claim c) => c.Appearances.Select(a => a.ArticleId).ToArray();

    [Fact]
    public void AQuotationAQuotedFragmentReportAndAParaphraseAreOneClaim()
    {
        var claims = Group(
            ("a", "« Le blé norvégien et le blé portugais ne sont pas rivaux. Ils sont complémentaires, et face à la sécheresse, nous devons avancer ensemble », a déclaré Ingrid Solberg."),
            ("b", "Ingrid Solberg a souligné que le blé des deux pays n'était « pas rival » mais « complémentaire »."),
            ("c", "Ingrid Solberg a affirmé que le blé des deux pays était complémentaire et non rival."));
        var c = Assert.Single(claims);
        Assert.Equal(["a", "b", "c"], ArticlesOf(c));
    }

    [Fact]
    public void TwoStatementsOfOneSpeakerOnOneDayStayApartAcrossOutlets()
    {
        var claims = Group(
            ("a", "« Le blé norvégien et le blé portugais ne sont pas rivaux », a déclaré Ingrid Solberg. "
                + "« Le prix du blé sera maintenu à 300 couronnes la tonne pour la campagne 2027 », a-t-elle ajouté."),
            ("b", "Ingrid Solberg a affirmé que le blé des deux pays n'était pas rival et que le prix du blé resterait fixé à 300 couronnes la tonne."),
            ("c", "Ingrid Solberg a assuré que le prix du blé serait maintenu à 300 couronnes la tonne."));
        // the statement on rivalry and the one on the price never share a claim
        Assert.DoesNotContain(claims, c => c.Appearances.Any(a => a.Text.Contains("rivaux")) && c.Appearances.Any(a => a.Text.Contains("300 couronnes la tonne pour")));
        var price = Assert.Single(claims, c => c.Appearances.Any(a => a.Text.Contains("pour la campagne 2027")));
        Assert.Contains("c", ArticlesOf(price));
    }

    [Fact]
    public void AShortQuotedObjectJoinsTheLongerRendering()
    {
        var claims = Group(
            ("a", "Côté patronal, Ingrid Solberg a plaidé pour un « rééquilibrage » du système."),
            ("b", "Le patronat est satisfait. Ingrid Solberg réclame un « rééquilibrage » ; Paulo Mendes doit être reçu jeudi."));
        var c = Assert.Single(claims, c => c.SpeakerKey == "solberg");
        Assert.Equal(["a", "b"], ArticlesOf(c));
        Assert.DoesNotContain(c.Appearances, a => a.Text.Contains("jeudi"));
    }
}
