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
    // synonyms from claim-synonyms.tsv: "en cours" / "se poursuivent", "pourparlers" / "négociations"
    [InlineData("Les négociations commerciales sont en cours, c'est encourageant", "Les pourparlers commerciaux se poursuivent. C'est encourageant")]
    [InlineData("Le Danemark exigera un référendum en bonne et due forme", "Copenhague réclamera un référendum formel")]
    // two translations of one foreign-language quote
    [InlineData("Il est temps de mettre fin à cette guerre insensée", "Le moment est venu de mettre un terme à cette guerre absurde")]
    [InlineData("Revenir aux frontières d'avant la guerre est un objectif irréaliste", "le retour aux frontières d'avant-guerre est un objectif illusoire")]
    // "jour" / "journée", a verb and its action noun
    [InlineData("Chaque jour de retard coûte des vies", "chaque journée perdue se paie en vies humaines")]
    [InlineData("Les troupes étrangères se retireront du port", "le retrait des troupes étrangères du port")]
    // number words and digits
    [InlineData("Les deux pays signeront trois accords de pêche", "Les 2 pays signeront 3 accords de pêche")]
    // a quoted fragment of one or two words, all of them in the longer rendering (or its synonyms)
    [InlineData("très insuffisantes", "les mesures annoncées par le gouvernement étaient largement insuffisantes")]
    [InlineData("utile", "les échanges de jeudi avec les syndicats ont été constructifs")]
    // two parts of one statement quoted by two outlets: a shared run of three content words
    [InlineData("Certaines exigences européennes sont raisonnables pour nous, d'autres non",
                "Aucun accord n'a été trouvé, mais certaines exigences européennes peuvent être négociées")]
    // a country and its nationality adjective are one token ("venus de Bolivie" / "depuis le territoire bolivien")
    [InlineData("Ce sont des miliciens armés venus de Bolivie, et nous avons des preuves",
                "les assaillants sont des miliciens armés qui ont franchi la frontière depuis le territoire bolivien, et son gouvernement dit avoir des preuves")]
    // "ne tolérera pas" / "n'accepterait pas", "traités comme" / "considérés comme"
    [InlineData("Le Chili ne tolérera pas que ses pêcheurs soient traités comme des voleurs",
                "Santiago n'accepterait pas que les pêcheurs chiliens soient considérés comme des voleurs")]
    // "assurances" / "promesses", "suffisent" / "suffiraient", "il faut … jugés" / "devaient être traduits en justice"
    [InlineData("Des assurances ne suffisent pas. Il faut que les coupables soient arrêtés et jugés",
                "de belles promesses ne suffiraient pas et les coupables devaient être arrêtés puis traduits en justice")]
    // "les deux parties m'ont assuré" / "les deux camps lui ont promis"
    [InlineData("Nul ne veut la reprise des combats. Les deux parties m'ont assuré qu'elles voulaient négocier",
                "aucun des belligérants ne souhaite que les combats reprennent : les deux camps lui ont promis de négocier")]
    // "une escalade" / "que la situation s'envenime"
    [InlineData("Personne ne veut d'une escalade à la frontière", "aucun des deux gouvernements ne souhaite que la situation s'envenime à la frontière")]
    public void ParaphrasesOfOneStatementAreTheSameClaim(string a, string b) => Assert.True(_grouper.SameClaim(a, b));

    [Theory]
    [InlineData("Certaines propositions américaines sont acceptables pour nous, d'autres ne le sont pas",
                "Aucune solution de compromis n'a été choisie, mais certaines propositions peuvent être discutées")]
    [InlineData("Le port de pêche restera ouvert tout l'hiver", "Les pêcheurs recevront une aide dès le printemps")]
    [InlineData("Nous avons discuté du fond et non de la formulation", "Il reste encore beaucoup de travail sur le fond")]
    [InlineData("Nous augmenterons les impôts sur les grandes entreprises", "Nous baisserons les impôts des ménages modestes")]
    // a fragment with a word the longer rendering lacks is not an excerpt of it
    [InlineData("inacceptable", "les échanges de jeudi avec les syndicats ont été constructifs")]
    [InlineData("très décevant", "les mesures annoncées par le gouvernement étaient largement insuffisantes")]
    // three shared words in a row, but not enough of the two statements in common
    [InlineData("Le port de pêche de Bergen fermera ses quais aux chalutiers étrangers dès lundi prochain",
                "Les pêcheurs du port de pêche de Bergen manifesteront contre la réforme des quotas, la hausse du gazole et la fermeture des criées")]
    // the same country, the same promise word, but two different statements
    [InlineData("La Bolivie tiendra ses promesses sur le lithium", "Les exportations boliviennes de gaz vont doubler cette année")]
    [InlineData("Les deux parties doivent reprendre le dialogue sans délai", "Les deux camps ont promis de libérer les prisonniers avant l'hiver")]
    public void DifferentStatementsOfTheSameSpeakerStayApart(string a, string b) => Assert.False(_grouper.SameClaim(a, b));

    private List<Claim> Group(params (string Id, string Text)[] articles) =>
        GroupInOrder(articles.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => (a.Id, a.Text, (PartialDate?)new PartialDate(2024, 3, 14))).ToArray());

    /// <summary>Builds the corpus with the articles in the given order (documents indexed in that order).</summary>
    private List<Claim> GroupInOrder(params (string Id, string Text, PartialDate? Date)[] articles)
    {
        var extractor = new ClaimExtractor(_resources);
        var docs = new List<AnalyzedDocument>();
        foreach (var (id, text, date) in articles)
        {
            var doc = HandTaggedDocument.Build(_resources, id, text, date, docs.Count, People);
            extractor.Process(doc, CancellationToken.None);
            docs.Add(doc);
        }
        var corpus = new CorpusContext(docs, _resources);
        for (int i = 0; i < docs.Count; i++) HandTaggedDocument.RegisterKeys(corpus, i, People);
        _grouper.Process(corpus, CancellationToken.None);
        return corpus.Claims;
    }

    /// <summary>Each claim as "key: article@offset article@offset …", for comparing two whole groupings.</summary>
    private static string[] Describe(IEnumerable<Claim> claims) =>
        claims.Select(c => c.Key + ": " + string.Join(' ', c.Appearances.Select(a => a.ArticleId + "@" + a.Span.Start))).ToArray();

    private static string[] ArticlesOf(Claim c) => c.Appearances.Select(a => a.ArticleId).ToArray();

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
    public void QuoteAndReportedSpeechInAnotherTenseAndPersonAreOneClaim()
    {
        // future and "nous" in the quote; imperfect and "son pays" in the other outlet, another reporting verb
        var claims = Group(
            ("a", "« Nous maintiendrons nos exigences », a déclaré Ingrid Solberg."),
            ("b", "Ingrid Solberg a assuré que son pays maintenait ses exigences."));
        var c = Assert.Single(claims);
        Assert.Equal(["a", "b"], ArticlesOf(c));
        // the key is the canonical rendering's, as for the quote alone
        Assert.Equal(Assert.Single(Group(("a", "« Nous maintiendrons nos exigences », a déclaré Ingrid Solberg."))).Key, c.Key);
    }

    [Fact]
    public void SameSpeakerSameDayDifferentStatementsStayApart()
    {
        var claims = Group(
            ("a", "« Nous maintiendrons nos exigences », a déclaré Ingrid Solberg."),
            ("b", "Ingrid Solberg a indiqué que son pays lèverait les restrictions de visas."));
        Assert.Equal(2, claims.Count);
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

    [Fact]
    public void ThreeOutletsInDifferentWordsMakeOneClaimWithThreeAppearances()
    {
        var claims = Group(
            ("a", "« Les négociations commerciales sont en cours, c'est encourageant », a déclaré Ingrid Solberg."),
            ("b", "« Les pourparlers commerciaux se poursuivent. C'est encourageant », a déclaré Ingrid Solberg."),
            ("c", "« Les négociations commerciales continuent, et c'est encourageant », a déclaré Ingrid Solberg."));
        var c = Assert.Single(claims);
        Assert.Equal(["a", "b", "c"], ArticlesOf(c));
    }

    [Fact]
    public void ARenderingJoinsOnlyItsBestMatchInAnotherArticle()
    {
        // Both statements of article a resemble b's rendering (port, restera, ouvert), but b reports only the first.
        var claims = Group(
            ("a", "« Le port de pêche restera ouvert tout l'hiver », a déclaré Ingrid Solberg. " +
                  "« Le port de plaisance restera ouvert jusqu'au printemps », a ajouté Ingrid Solberg."),
            ("b", "« Le port de pêche restera ouvert pendant l'hiver », a déclaré Ingrid Solberg."));
        Assert.Equal(2, claims.Count);
        var fishing = Assert.Single(claims, c => c.Text.Contains("pêche"));
        Assert.Equal(["a", "b"], ArticlesOf(fishing));
        var marina = Assert.Single(claims, c => c.Text.Contains("plaisance"));
        Assert.Equal(["a"], ArticlesOf(marina));
    }

    [Fact]
    public void AChainOfLooseParaphrasesDoesNotMakeOneClaim()
    {
        // a ~ b and b ~ c, but a and c share only "port": c must not join a's claim through b.
        var claims = Group(
            ("a", "« Le port de pêche restera ouvert tout l'hiver », a déclaré Ingrid Solberg."),
            ("b", "« Le port de pêche restera ouvert tout l'hiver aux bateaux étrangers », a déclaré Ingrid Solberg."),
            ("c", "« Les bateaux étrangers pourront accoster au port », a déclaré Ingrid Solberg."));
        Assert.Equal(2, claims.Count);
        Assert.Contains(claims, c => ArticlesOf(c).SequenceEqual(["a", "b"]));
        Assert.Contains(claims, c => ArticlesOf(c).SequenceEqual(["c"]));
    }

    [Fact]
    public void AQuotedFragmentJoinsAClaimOfSeveralOutletsThroughTheRenderingThatHoldsIt()
    {
        // c quotes one word of a's rendering; b's paraphrase does not have it ("franches"), yet c is the same statement.
        var claims = Group(
            ("a", "« Les échanges de jeudi avec les syndicats ont été constructifs et francs », a déclaré Ingrid Solberg."),
            ("b", "« Les discussions de jeudi avec les syndicats ont été franches et constructives », a déclaré Ingrid Solberg."),
            ("c", "Ingrid Solberg a jugé les échanges « francs »."));
        var c = Assert.Single(claims);
        Assert.Equal(["a", "b", "c"], ArticlesOf(c));
    }

    [Fact]
    public void AFragmentDoesNotBridgeTwoDifferentStatements()
    {
        // a's excerpt « ouvert » is in both statements, but the statements share too little to be one claim.
        var claims = Group(
            ("a", "« Le port de pêche restera ouvert tout l'hiver », a déclaré Ingrid Solberg. « Ouvert », a répété Ingrid Solberg."),
            ("b", "« Le musée sera ouvert aux familles le dimanche », a déclaré Ingrid Solberg."));
        Assert.Equal(2, claims.Count);
        Assert.Contains(claims, c => ArticlesOf(c).SequenceEqual(["b"]));
    }

    [Fact]
    public void AnArticleRepeatingAQuoteGivesOneClaim()
    {
        var claims = Group(("a",
            "« Restera ouvert tout l'hiver », a promis Ingrid Solberg. Plus loin : « Le port de pêche restera ouvert tout l'hiver », a déclaré Ingrid Solberg."));
        var c = Assert.Single(claims);
        Assert.Equal(2, c.Appearances.Count);
        Assert.Equal("Restera ouvert tout l'hiver", c.Text);
    }

    [Theory]
    [InlineData(2026, 3, 18, 2026, 3, 25, true)]
    [InlineData(2026, 3, 18, 2026, 3, 26, false)]
    // a month-only date stands for any day of its month: late March meets early April, not late April
    [InlineData(2026, 3, null, 2026, 4, 2, true)]
    [InlineData(2026, 3, null, 2026, 4, 7, true)]
    [InlineData(2026, 3, null, 2026, 4, 8, false)]
    [InlineData(2026, 3, null, 2026, 3, 18, true)]
    [InlineData(2026, 3, null, 2026, 5, null, false)]
    // a year-only date stands for any day of its year
    [InlineData(2025, null, null, 2026, 1, 3, true)]
    [InlineData(2025, null, null, 2026, 2, 3, false)]
    public void DatesAreCompatibleWhenTheDaysTheyMayStandForAreAWeekApartAtMost(int y1, int? m1, int? d1, int y2, int? m2, int? d2, bool expected)
    {
        var a = new PartialDate(y1, m1, d1);
        var b = new PartialDate(y2, m2, d2);
        Assert.Equal(expected, ClaimGrouper.DatesCompatible(a, b));
        Assert.Equal(expected, ClaimGrouper.DatesCompatible(b, a));
    }

    [Fact]
    public void AnArticleDatedToTheMonthOnlyJoinsTheRenderingOfTheNextMonthsFirstDays()
    {
        var claims = GroupInOrder(
            ("a", "« Le port de pêche restera ouvert tout l'hiver », a déclaré Ingrid Solberg.", new PartialDate(2024, 3)),
            ("b", "Ingrid Solberg a assuré que le port de pêche resterait ouvert pendant l'hiver.", new PartialDate(2024, 4, 2)));
        var claim = Assert.Single(claims);
        Assert.Equal(["a", "b"], ArticlesOf(claim));
    }

    [Fact]
    public void TheSameWordsMonthsApartAreTwoClaims()
    {
        var claims = GroupInOrder(
            ("a", "« Le port de pêche restera ouvert tout l'hiver », a déclaré Ingrid Solberg.", new PartialDate(2023, 10, 2)),
            ("b", "« Le port de pêche restera ouvert tout l'hiver », a déclaré Ingrid Solberg.", new PartialDate(2024, 10, 7)));
        Assert.Equal(2, claims.Count);
        Assert.NotEqual(claims[0].Key, claims[1].Key);
    }

    private static readonly (string Id, string Text, PartialDate? Date)[] Outlets =
    [
        ("a", "« Le port de pêche restera ouvert tout l'hiver », a déclaré Ingrid Solberg. « Nous baisserons les impôts des ménages modestes », a ajouté Paulo Mendes.", new PartialDate(2024, 3, 14)),
        ("b", "Ingrid Solberg a assuré que le port de pêche resterait ouvert pendant l'hiver.", new PartialDate(2024, 3, 14)),
        ("c", "« Les deux pays signeront trois accords de pêche », a déclaré Paulo Mendes. « Nous allons baisser les impôts des ménages modestes », a dit Paulo Mendes.", new PartialDate(2024, 3, 15)),
    ];

    [Fact]
    public void InputOrderDoesNotChangeTheGrouping()
    {
        var forward = Describe(GroupInOrder(Outlets));
        var backward = Describe(GroupInOrder(Outlets.Reverse().ToArray()));
        var shuffled = Describe(GroupInOrder(Outlets[1], Outlets[2], Outlets[0]));
        Assert.Equal(forward, backward);
        Assert.Equal(forward, shuffled);
        Assert.Equal(3, forward.Length);
    }

    [Fact]
    public void AddingAnArticleKeepsTheKeysOfEveryExistingClaim()
    {
        var before = GroupInOrder(Outlets[0], Outlets[1]).Select(c => c.Key).ToList();
        var after = GroupInOrder(Outlets).Select(c => c.Key).ToList();
        Assert.Equal(2, before.Count);
        Assert.All(before, k => Assert.Contains(k, after));
        Assert.Equal(3, after.Count); // c adds one new claim ("deux pays") and an appearance to mendes' claim
        Assert.Equal(["a", "c"], ArticlesOf(Assert.Single(GroupInOrder(Outlets), c => c.Text.Contains("impôts"))));
    }

    [Fact]
    public void BuildingTwiceGivesTheSameClaims()
    {
        var once = GroupInOrder(Outlets);
        var twice = GroupInOrder(Outlets);
        Assert.Equal(Describe(once), Describe(twice));
        Assert.Equal(once.Select(c => c.Text), twice.Select(c => c.Text));
    }

    [Theory]
    // a later report of the statement, in an article whose id sorts first
    [InlineData("« Le port de pêche restera ouvert pendant tout l'hiver », a déclaré Ingrid Solberg.", 15)]
    // a quoted fragment of the statement, on the same day, in an article whose id sorts first
    [InlineData("Le port « restera ouvert », a déclaré Ingrid Solberg.", 14)]
    public void AnArticleInsertedBeforeKeepsTheKeyWhenItsRenderingIsLaterOrAFragment(string inserted, int day)
    {
        const string Original = "« Le port de pêche restera ouvert tout l'hiver », a déclaré Ingrid Solberg.";
        var before = Assert.Single(GroupInOrder(("b", Original, new PartialDate(2024, 3, 14))));
        var after = Assert.Single(GroupInOrder(("a", inserted, new PartialDate(2024, 3, day)), ("b", Original, new PartialDate(2024, 3, 14))));
        Assert.Equal(["a", "b"], ArticlesOf(after));
        Assert.Equal(before.Key, after.Key);
    }
}
