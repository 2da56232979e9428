using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>
/// Session 11: renderings that reach a claim through evidence other than a named speaker and a close wording — an outlet that
/// quotes a few words and leaves the speaker unnamed, three outlets of which two leave the speaker unnamed (the third joins
/// through the second), and a year in the speaker's description that is not the statement's date. Invented articles, through
/// the whole pipeline (entities, speakers, resolution, grouping), with the negative case of each.
/// </summary>
public sealed class CrossOutletRound11Tests : IClassFixture<ResourcesFixture>
{
    private static readonly PartialDate Published = new(2026, 10, 14);

    private readonly ExtractionPipeline _pipeline;

    public CrossOutletRound11Tests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(params (string Id, string Text)[] articles) =>
        _pipeline.Run(articles.Select(a => new Article(a.Id, a.Text, "mem", Date: Published)).ToArray());

    private static List<Claim> With(ExtractionResult r, string word) =>
        r.Claims.Where(c => c.Appearances.Any(a => a.Text.Contains(word, StringComparison.OrdinalIgnoreCase))).ToList();

    private static string Dump(ExtractionResult r) =>
        string.Join(" | ", r.Claims.Select(c => c.SpeakerKey + " " + c.Date + ": " + string.Join(" + ", c.Appearances.Select(a => a.ArticleId + "«" + a.Text + "»"))));

    /// <summary>The one claim with a rendering holding the word; fails with every claim shown otherwise.</summary>
    private static Claim SingleWith(ExtractionResult r, string word)
    {
        var found = With(r, word);
        Assert.True(found.Count == 1, Dump(r));
        return found[0];
    }

    private static string[] Articles(Claim c) => c.Appearances.Select(a => a.ArticleId).Distinct().Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string, string, string> QuotedExcerpts => new()
    {
        // the other outlet keeps three words of the quotation, in reported speech, and names no one
        {
            "« Le feu n'est pas encore fixé. La nuit a permis de contenir les flancs », a déclaré jeudi le commandant des pompiers du Var, Henri Lavergne.",
            "Jeudi soir, le commandant des pompiers a indiqué que le feu n'était « pas encore fixé ».",
            "fixé"
        },
        // a wire that quotes a phrase of the statement and names the speaker by title only
        {
            "« Cette réforme est une trahison des petits commerçants et nous la combattrons », a lancé mardi la présidente de la chambre de commerce, Odile Ferracci.",
            "La présidente de la chambre de commerce a dénoncé « une trahison des petits commerçants ».",
            "trahison"
        },
    };

    [Theory]
    [MemberData(nameof(QuotedExcerpts))]
    public void AnUnnamedOutletQuotingAFewWordsJoinsTheNamedClaim(string named, string unnamed, string word)
    {
        var r = Run(("a", named), ("b", unnamed));
        var c = SingleWith(r, word);
        Assert.True(Articles(c).SequenceEqual(["a", "b"]), Dump(r));
    }

    [Fact]
    public void AnUnnamedOutletQuotingThreeWordsAndAddingItsOwnJoinsTheNamedClaim()
    {
        // the quoted words are the named speaker's, the rest of the sentence is the reporter's ("tout en réclamant …")
        var r = Run(
            ("a", "« Les négociations salariales ne sont pas terminées, mais elles n'avancent plus », a déclaré mardi la secrétaire générale du syndicat, Martine Dewulf."),
            ("b", "La secrétaire générale du syndicat a jugé que « les négociations salariales ne sont pas terminées », tout en réclamant une hausse des traitements et le gel des loyers dans la fonction publique."));
        var c = SingleWith(r, "négociations");
        Assert.True(Articles(c).SequenceEqual(["a", "b"]), Dump(r));
    }

    [Fact]
    public void AnUnnamedOutletQuotingOtherWordsOnTheSameTopicJoinsNoClaim()
    {
        var r = Run(
            ("a", "« Les négociations salariales ne sont pas terminées, mais elles n'avancent plus », a déclaré mardi la secrétaire générale du syndicat, Martine Dewulf."),
            ("b", "La secrétaire générale du syndicat a jugé que les négociations salariales « piétinent depuis des mois », tout en réclamant une hausse des salaires."));
        Assert.False(r.Claims.Any(c => c.Appearances.Any(a => a.ArticleId == "b")), Dump(r));
    }

    public static TheoryData<string, string, string> OtherWords => new()
    {
        // the quoted words are not the named speaker's: "presque maîtrisé" is not in "pas encore fixé"
        {
            "« Le feu n'est pas encore fixé. La nuit a permis de contenir les flancs », a déclaré jeudi le commandant des pompiers du Var, Henri Lavergne.",
            "Jeudi soir, le commandant des pompiers a indiqué que le feu était « presque maîtrisé au nord ».",
            "maîtrisé"
        },
        // "une trahison" again, but of other people: the quotation is not word for word in the named rendering
        {
            "« Cette réforme est une trahison des petits commerçants et nous la combattrons », a lancé mardi la présidente de la chambre de commerce, Odile Ferracci.",
            "La présidente de la chambre de commerce a dénoncé « une trahison des artisans du centre-ville ».",
            "artisans"
        },
    };

    [Theory]
    [MemberData(nameof(OtherWords))]
    public void AnUnnamedOutletQuotingOtherWordsJoinsNoClaim(string named, string unnamed, string word)
    {
        var r = Run(("a", named), ("b", unnamed));
        Assert.False(r.Claims.Any(c => c.Appearances.Any(a => a.ArticleId == "b")), Dump(r));
        Assert.True(With(r, word).Count == 0, Dump(r));
    }

    [Fact]
    public void AThirdOutletJoinsThroughAnUnnamedRenderingAlreadyPlaced()
    {
        // a names the speaker; b and c give only his title; c resembles b ("une île énergétique", "le canton ne pouvait pas
        // rester") but not a, which says "un îlot" and "au milieu du pays"
        var r = Run(
            ("a", "Le conseiller d'État vaudois Pierre-Alain Girod a averti mardi que son canton ne pouvait rester « un îlot énergétique » au milieu du pays."),
            ("b", "« Le canton ne peut pas rester une île énergétique au milieu du pays », a déclaré mardi soir le conseiller d'État."),
            ("c", "Le conseiller d'État a estimé que le canton ne pouvait pas rester « une île énergétique » au centre de la Suisse romande."));
        var c = SingleWith(r, "énergétique");
        Assert.True(Articles(c).SequenceEqual(["a", "b", "c"]), Dump(r));
    }

    [Fact]
    public void AThirdOutletOfAnotherStatementDoesNotJoinThroughThePlacedRendering()
    {
        var r = Run(
            ("a", "Le conseiller d'État vaudois Pierre-Alain Girod a averti mardi que son canton ne pouvait rester « un îlot énergétique » au milieu du pays."),
            ("b", "« Le canton ne peut pas rester une île énergétique au milieu du pays », a déclaré mardi soir le conseiller d'État."),
            ("c", "Le conseiller d'État a estimé que le canton devait doubler sa production solaire d'ici 2030."));
        var c = SingleWith(r, "énergétique");
        Assert.True(Articles(c).SequenceEqual(["a", "b"]), Dump(r));
        Assert.DoesNotContain(r.Claims, x => x.Appearances.Any(a => a.ArticleId == "c"));
    }

    [Theory]
    // a year or a month in the speaker's apposition, just before the verb, is the speaker's biography
    [InlineData("La ministre libérienne des Mines, Comfort Walla, élue au Sénat en 2017, a mis en garde contre les « couloirs de contrebande » que pourraient devenir les routes minières.")]
    [InlineData("Le député Marcel Ondoua, en poste depuis mars 2024, a affirmé que les routes minières deviendraient des couloirs de contrebande.")]
    public void AYearInTheSpeakersDescriptionIsNotTheStatementsDate(string text)
    {
        var r = Run(("a", text));
        var c = Assert.Single(r.Claims);
        Assert.Equal(Published, c.Date);
    }

    [Fact]
    public void AYearAfterTheVerbStillDatesTheStatement()
    {
        var r = Run(("a", "Le député Marcel Ondoua avait affirmé en 2019 que les routes minières deviendraient des couloirs de contrebande."));
        var c = Assert.Single(r.Claims);
        Assert.Equal(new PartialDate(2019), c.Date);
    }

    [Fact]
    public void TheSameStatementGroupsAcrossOutletsWhenOneDescribesTheSpeakersElection()
    {
        var r = Run(
            ("a", "« Nous ne laisserons pas les trafiquants transformer nos routes minières en couloirs de contrebande », a prévenu la ministre libérienne des Mines, Comfort Walla."),
            ("b", "La ministre libérienne des Mines, Comfort Walla, élue au Sénat en 2017, a mis en garde contre les « couloirs de contrebande » que pourraient devenir les routes minières."));
        var c = SingleWith(r, "contrebande");
        Assert.True(Articles(c).SequenceEqual(["a", "b"]), Dump(r));
    }

    private const string SalemQuote = "« Nous ne bradons pas nos ressources halieutiques, l'accord doit d'abord profiter aux pêcheurs artisanaux et à l'emploi à Nouadhibou », a déclaré jeudi le ministre mauritanien de la Pêche, Ahmed Salem.";

    [Fact]
    public void OneQuotationGivenToAnotherSpeakerByOneOutletJoinsTheClaimOfTheOthers()
    {
        // b quotes Salem's words after a sentence about the European commissioner, whom "a-t-il lancé" then points to
        var r = Run(
            ("a", SalemQuote),
            ("b", "Le commissaire européen Luis Ferreira a rencontré jeudi le ministre à Nouakchott. « Nous ne bradons pas nos ressources halieutiques […] l'accord doit d'abord profiter aux pêcheurs artisanaux », a-t-il lancé."),
            ("c", "Le ministre de la Pêche, Ahmed Salem, a prévenu jeudi : « Nous ne bradons pas nos ressources halieutiques. L'accord doit d'abord profiter aux pêcheurs artisanaux. »"));
        var c = SingleWith(r, "bradons");
        Assert.True(Articles(c).SequenceEqual(["a", "b", "c"]), Dump(r));
        Assert.StartsWith("ahmed-salem", c.SpeakerKey);
    }

    public static TheoryData<string, string> TwoSpeakersTwoStatements => new()
    {
        // a reply in the same words: three shared content words ("brader", "ressources", "halieutiques") are not a statement
        {
            SalemQuote,
            "« L'Union ne veut pas brader les ressources halieutiques de la Mauritanie », a répondu jeudi le commissaire européen Luis Ferreira."
        },
        // the same words in reported speech by two speakers: reported speech on one topic is compared only within a speaker
        {
            "Le ministre de la Pêche, Ahmed Salem, a affirmé jeudi que l'accord devait d'abord profiter aux pêcheurs artisanaux et à l'emploi local.",
            "Le commissaire européen Luis Ferreira a affirmé jeudi que l'accord devait d'abord profiter aux pêcheurs artisanaux et à l'emploi local."
        },
    };

    [Theory]
    [MemberData(nameof(TwoSpeakersTwoStatements))]
    public void TwoSpeakersWithSharedWordsKeepTheirOwnClaims(string a, string b)
    {
        var r = Run(("a", a), ("b", b));
        Assert.True(r.Claims.Count == 2 && r.Claims.All(c => Articles(c).Length == 1), Dump(r));
    }
}
