using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

public sealed class ClaimGrouperTests : IClassFixture<ResourcesFixture>
{
    private static readonly Tag[] People =
    [
        new("Ingrid Solberg", EntityKind.Person, "solberg"),
        new("Paulo Mendes", EntityKind.Person, "mendes"),
    ];

    private readonly ExtractionResources _resources;
    private readonly ClaimGrouper _grouper;

    public ClaimGrouperTests(ResourcesFixture fixture)
    {
        _resources = fixture.Resources;
        _grouper = new ClaimGrouper(fixture.Resources);
    }

    [Theory]
    [InlineData("Les pourparlers de paix sont en cours, c'est une bonne chose", "Les pourparlers de paix se poursuivent. C'est une bonne chose")]
    [InlineData("Nous ne céderons jamais aux menaces des banques", "Nous ne cèderons pas à la menace des banques")]
    [InlineData("Le port de pêche restera ouvert tout l'hiver", "le port de pêche restera ouvert pendant l'hiver")]
    [InlineData("voudrait tourner la page", "Il voudrait tourner la page de la crise")]
    public void ParaphrasesOfOneStatementAreTheSameClaim(string a, string b) => Assert.True(_grouper.SameClaim(a, b));

    [Theory]
    [InlineData("Certaines propositions américaines sont acceptables pour nous, d'autres ne le sont pas",
                "Aucune solution de compromis n'a été choisie, mais certaines propositions peuvent être discutées")]
    [InlineData("Le port de pêche restera ouvert tout l'hiver", "Les pêcheurs recevront une aide dès le printemps")]
    [InlineData("Nous avons discuté du fond et non de la formulation", "Il reste encore beaucoup de travail sur le fond")]
    public void DifferentStatementsOfTheSameSpeakerStayApart(string a, string b) => Assert.False(_grouper.SameClaim(a, b));

    private List<Claim> Group(params (string Id, string Text)[] articles)
    {
        var extractor = new ClaimExtractor(_resources);
        var docs = new List<AnalyzedDocument>();
        foreach (var (id, text) in articles.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            var doc = HandTaggedDocument.Build(_resources, id, text, new PartialDate(2024, 3, 14), docs.Count, People);
            extractor.Process(doc, CancellationToken.None);
            docs.Add(doc);
        }
        var corpus = new CorpusContext(docs, _resources);
        for (int i = 0; i < docs.Count; i++) HandTaggedDocument.RegisterKeys(corpus, i, People);
        _grouper.Process(corpus, CancellationToken.None);
        return corpus.Claims;
    }

    [Fact]
    public void SameClaimInTwoOutletsIsOneClaimWithTwoAppearances()
    {
        var claims = Group(
            ("a", "« Le port de pêche restera ouvert tout l'hiver », a déclaré Ingrid Solberg."),
            ("b", "Ingrid Solberg a assuré que le port de pêche resterait ouvert pendant l'hiver."));
        var c = Assert.Single(claims);
        Assert.Equal("solberg", c.SpeakerKey);
        Assert.Equal(["a", "b"], c.Appearances.Select(x => x.ArticleId).ToArray());
        Assert.True(c.Appearances[0].IsDirectQuote);
        Assert.False(c.Appearances[1].IsDirectQuote);
        Assert.Equal("Le port de pêche restera ouvert tout l'hiver", c.Text);
    }

    [Fact]
    public void SameWordsFromDifferentSpeakersAreDifferentClaims()
    {
        var claims = Group(
            ("a", "« Le port de pêche restera ouvert tout l'hiver », a déclaré Ingrid Solberg."),
            ("b", "« Le port de pêche restera ouvert tout l'hiver », a déclaré Paulo Mendes."));
        Assert.Equal(2, claims.Count);
        Assert.Equal(["mendes", "solberg"], claims.Select(c => c.SpeakerKey).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void ClaimKeyDoesNotChangeWhenALaterArticleAddsAnAppearance()
    {
        var one = Group(("a", "« Le port de pêche restera ouvert tout l'hiver », a déclaré Ingrid Solberg."));
        var two = Group(
            ("a", "« Le port de pêche restera ouvert tout l'hiver », a déclaré Ingrid Solberg."),
            ("b", "Ingrid Solberg a assuré que le port de pêche resterait ouvert pendant l'hiver."));
        Assert.Equal(Assert.Single(one).Key, Assert.Single(two).Key);
        Assert.StartsWith("claim-solberg-", one[0].Key);
    }

    [Fact]
    public void UnattributedQuotationsAreNotClaims()
    {
        var claims = Group(("a", "\"Le port de pêche restera ouvert tout l'hiver\", a déclaré un responsable local."));
        Assert.Empty(claims);
    }
}
