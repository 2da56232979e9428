using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>
/// Session 12, echoes (ClaimGrouper.Echoes.cs): an article that names the speaker and gives the statement in a shape the
/// extractor does not read as a claim — a quotation whose speaker comes in the next sentence, a quotation continued by the
/// reporter's words, a translation in running text — joins the claim another article attributes. Invented articles through
/// the whole pipeline, each with its negative case: the speaker not named, the reporter's own account without quotation or
/// reporting verb, a headline, another speaker's mention, another statement of the same speaker.
/// </summary>
public sealed class ClaimEchoTests : IClassFixture<ResourcesFixture>
{
    private static readonly PartialDate Published = new(2026, 9, 22);

    private readonly ExtractionPipeline _pipeline;
    private readonly ClaimFingerprint _fingerprint;

    public ClaimEchoTests(ResourcesFixture fixture)
    {
        _pipeline = DefaultPipeline.Create(fixture.Resources);
        _fingerprint = ClaimFingerprint.Load(fixture.Resources);
    }

    private ExtractionResult Run(params (string Id, string Text)[] articles) =>
        _pipeline.Run(articles.Select(a => new Article(a.Id, a.Text, "mem", Date: Published)).ToArray());

    private static string Dump(ExtractionResult r) =>
        string.Join(" | ", r.Claims.Select(c => c.SpeakerKey + ": " + string.Join(" + ", c.Appearances.Select(a => a.ArticleId + "«" + a.Text + "»"))));

    /// <summary>The claim with a rendering in article "a" holding the word; fails with every claim shown otherwise.</summary>
    private static Claim ClaimOf(ExtractionResult r, string word)
    {
        var found = r.Claims.Where(c => c.Appearances.Any(a => a.ArticleId == "a" && a.Text.Contains(word, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(found.Count == 1, Dump(r));
        return found[0];
    }

    private static string[] Articles(Claim c) => c.Appearances.Select(a => a.ArticleId).Distinct().Order(StringComparer.Ordinal).ToArray();

    private const string Named =
        "« Nous voulons bâtir une filière de recyclage solide, pas une vitrine pour les salons », a déclaré mardi la ministre de l'Industrie, Hélène Marchetti-Dufour.";

    public static TheoryData<string, string> Echoes => new()
    {
        // the quotation opens the paragraph, the speaker comes in the next sentence with no reporting verb
        {
            Named,
            "« Nous voulons bâtir une filière de recyclage solide, pas une vitrine pour les salons. » Hélène Marchetti-Dufour était mardi l'invitée de la matinale, au lendemain de sa visite à Lyon."
        },
        // a few quoted words continued by the reporter's paraphrase, the speaker named by her title in that sentence
        {
            "« Ce plan est un impôt déguisé qui frappe d'abord les retraités et les artisans », a dénoncé lundi le président de la fédération, Marc Delaunay-Ricci.",
            "Marc Delaunay-Ricci a réuni son bureau lundi à Nantes. Pour le président de la fédération, le plan reste « un impôt déguisé » qui pénalise les retraités et les artisans."
        },
        // the outlet's translation in brackets after a post in another language, the post with no reporting verb
        {
            "« C'est un pas décisif pour la sécurité alimentaire de la Grèce », a déclaré jeudi la ministre grecque de l'Agriculture, Eleni Papadaki-Moreau.",
            "Eleni Papadaki-Moreau a publié un message jeudi soir.\nEna apofasistiko vima gia tin episitistiki asfaleia tis Elladas.\n(« Un pas décisif pour la sécurité alimentaire de la Grèce. Merci à nos partenaires. »)"
        },
    };

    [Theory]
    [MemberData(nameof(Echoes))]
    public void AnArticleNamingTheSpeakerJoinsTheClaimThroughTheSentenceThatStatesIt(string attributed, string echo)
    {
        var r = Run(("a", attributed), ("b", echo));
        var c = ClaimOf(r, attributed.Contains("impôt") ? "impôt" : attributed.Contains("décisif") ? "décisif" : "vitrine");
        Assert.True(Articles(c).SequenceEqual(["a", "b"]), Dump(r));
    }

    [Fact]
    public void TheEchoKeepsTheClaimsKeyAuthorAndText()
    {
        var alone = ClaimOf(Run(("a", Named)), "vitrine");
        var r = Run(("a", Named), ("b", "« Nous voulons bâtir une filière de recyclage solide, pas une vitrine pour les salons. » Hélène Marchetti-Dufour était mardi l'invitée de la matinale."));
        var c = ClaimOf(r, "vitrine");
        Assert.Equal(alone.Key, c.Key);
        Assert.Equal(alone.SpeakerKey, c.SpeakerKey);
        Assert.Equal(alone.Text, c.Text);
        var echo = Assert.Single(c.Appearances, a => a.ArticleId == "b");
        Assert.StartsWith("Nous voulons bâtir", echo.Text);
        Assert.True(echo.IsDirectQuote);
    }

    [Fact]
    public void AnArticleThatDoesNotNameTheSpeakerJoinsNothing()
    {
        var r = Run(("a", Named),
            ("b", "« Nous voulons bâtir une filière de recyclage solide, pas une vitrine pour les salons. » La phrase a été applaudie mardi au salon de Lyon."));
        Assert.True(Articles(ClaimOf(r, "vitrine")).SequenceEqual(["a"]), Dump(r));
    }

    [Fact]
    public void TheReportersOwnAccountWithoutQuotationOrReportingVerbJoinsNothing()
    {
        // the same words as the announcement, told as a fact: an outlet's account, not a rendering of the statement
        var r = Run(
            ("a", "« Le prochain sommet de l'union douanière se tiendra en mars à Dakar avec tous les chefs d'État », a annoncé vendredi le ministre sénégalais, Ousmane Diallo-Faye."),
            ("b", "Ousmane Diallo-Faye a reçu ses homologues vendredi. Le prochain sommet de l'union douanière se tiendra en mars à Dakar avec tous les chefs d'État."));
        Assert.True(Articles(ClaimOf(r, "sommet")).SequenceEqual(["a"]), Dump(r));
    }

    [Fact]
    public void AHeadlineJoinsNothing()
    {
        var r = Run(("a", Named),
            ("b", "« Pas une vitrine pour les salons » : Hélène Marchetti-Dufour veut bâtir une filière de recyclage solide\nLa ministre était mardi à Lyon, où elle a visité deux usines."));
        Assert.True(Articles(ClaimOf(r, "vitrine")).SequenceEqual(["a"]), Dump(r));
    }

    [Fact]
    public void ASentenceWhereAnotherSpeakerIsQuotedStaysThatSpeakers()
    {
        var r = Run(("a", Named),
            ("b", "Hélène Marchetti-Dufour était à Lyon mardi. Son opposant Paul Gravier-Loubet a affirmé que la filière de recyclage solide promise n'était qu'une vitrine pour les salons."));
        Assert.True(Articles(ClaimOf(r, "vitrine")).SequenceEqual(["a"]), Dump(r));
    }

    [Fact]
    public void AnotherStatementOfTheSameSpeakerOnTheSameTopicJoinsNothing()
    {
        var r = Run(("a", Named),
            ("b", "« La filière de recyclage emploiera mille personnes d'ici deux ans. » Hélène Marchetti-Dufour était mardi l'invitée de la matinale."));
        Assert.True(Articles(ClaimOf(r, "vitrine")).SequenceEqual(["a"]), Dump(r));
    }

    [Fact]
    public void ATranslationInRunningTextBringsTheForeignQuotationIntoTheClaim()
    {
        var r = Run(
            ("a", "« Notre pays ne sera jamais le vassal de personne », a lancé jeudi la présidente estonienne, Kaja Lindqvist-Tamm."),
            ("b", "« Our country will never be anybody's vassal », a déclaré Kaja Lindqvist-Tamm en anglais jeudi, ce que l'on peut traduire par « notre pays ne sera jamais le vassal de personne »."));
        var c = ClaimOf(r, "vassal");
        Assert.True(Articles(c).SequenceEqual(["a", "b"]), Dump(r));
        Assert.Contains(c.Appearances, a => a.ArticleId == "b" && a.Text.Contains("Our country", StringComparison.Ordinal));
        Assert.DoesNotContain(r.Claims, o => o != c && o.Appearances.Any(a => a.Text.Contains("Our country", StringComparison.Ordinal)));
    }

    [Fact]
    public void TwoStatementsOfOneSpeakerInOneSentenceStayApart()
    {
        // the French statement is the echo; the English one beside it says something else, so it is no translation of it
        var r = Run(
            ("a", "« Notre pays ne sera jamais le vassal de personne », a lancé jeudi la présidente estonienne, Kaja Lindqvist-Tamm."),
            ("b", "« We need more air defence systems », a déclaré Kaja Lindqvist-Tamm en anglais jeudi, avant de répéter que « notre pays ne sera jamais le vassal de personne »."));
        var c = ClaimOf(r, "vassal");
        Assert.DoesNotContain(c.Appearances, a => a.Text.Contains("air defence", StringComparison.Ordinal));
    }

    [Theory]
    // paraphrase sharing three common words and more
    [InlineData("la réforme est un impôt déguisé qui frappe les retraités", "Pour lui, la réforme reste un impôt déguisé contre les retraités.", true)]
    // a quotation of the sentence word for word in the claim, the rest of the sentence the reporter's
    [InlineData("ce plan est un impôt déguisé qui frappe d'abord les retraités et les artisans",
        "Le plan reste « un impôt déguisé » qui pénalise les retraités, a-t-il ajouté après une longue réunion de bureau à Nantes.", true)]
    // two shared words only
    [InlineData("la réforme est un impôt déguisé qui frappe les retraités", "Les retraités manifesteront jeudi contre l'impôt.", false)]
    // a claim of a word or two proves nothing
    [InlineData("impôt déguisé", "La réforme est un impôt déguisé qui frappe les retraités.", false)]
    // figures that disagree: two statements
    [InlineData("le plan supprimera 1 200 postes dans les usines du groupe", "Le plan supprimera 300 postes dans les usines du groupe.", false)]
    public void EchoScoreNeedsWordsThatSayWhoseStatementItIs(string claim, string sentence, bool echoes)
    {
        double score = ClaimSimilarity.EchoScore(_fingerprint.Analyze(claim), _fingerprint.Analyze(sentence));
        Assert.Equal(echoes, score > 0);
    }
}
