using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>
/// One statement told by two outlets, in the ways real news varies it (a shortened quote with "[…]", reported speech with
/// "que" and the person and tense shifted, another reporting verb, a quote split in two by its incise, a nominalised report,
/// a quoted fragment in a paraphrase, figures in words or digits, an infinitive report), and statements of the same speaker on
/// the same day that must stay apart. Invented articles in the styles of wire, regional, Swiss, Belgian, Québec and African
/// outlets, through the whole pipeline (entities, speakers, resolution, grouping).
/// </summary>
public sealed class CrossOutletRound9Tests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;
    private readonly KnowledgeGraph.Extraction.Claims.ClaimGrouper _grouper;

    public CrossOutletRound9Tests(ResourcesFixture fixture)
    {
        _pipeline = DefaultPipeline.Create(fixture.Resources);
        _grouper = new KnowledgeGraph.Extraction.Claims.ClaimGrouper(fixture.Resources);
    }

    private ExtractionResult Run(params (string Id, string Text)[] articles) =>
        _pipeline.Run(articles.Select(a => new Article(a.Id, a.Text, "mem", Date: new PartialDate(2026, 10, 14))).ToArray());

    /// <summary>The claims of the speaker whose key starts with <paramref name="speaker"/> that hold a rendering with <paramref name="word"/>.</summary>
    private static List<Claim> With(ExtractionResult r, string speaker, string word) =>
        r.Claims.Where(c => c.SpeakerKey.StartsWith(speaker, StringComparison.Ordinal)
            && c.Appearances.Any(a => a.Text.Contains(word, StringComparison.OrdinalIgnoreCase))).ToList();

    private static string Dump(ExtractionResult r) =>
        string.Join(" | ", r.Claims.Select(c => c.SpeakerKey + ": " + string.Join(" + ", c.Appearances.Select(a => a.ArticleId + "«" + a.Text + "»"))));

    public static TheoryData<string, string, string, string> SameStatement => new()
    {
        // wire quote vs regional reported speech: "nous" → "son gouvernement", future → conditional, another verb
        {
            "« Nous allons rouvrir la ligne ferroviaire entre Brest et Quimper dès le mois de mars », a annoncé jeudi la ministre des Transports, Claire Lemoal.",
            "La ministre des Transports, Claire Lemoal, a assuré jeudi que son gouvernement rouvrirait la ligne ferroviaire Brest-Quimper dès mars.",
            "claire-lemoal", "ferroviaire"
        },
        // a shortened quote with "[…]" in one outlet, the full quote in the other
        {
            "« Nous ne laisserons pas les spéculateurs affamer nos populations, et les stocks de riz seront vendus au prix fixé par l'État », a martelé le ministre du Commerce, Abdoulaye Ndiaye.",
            "« Nous ne laisserons pas les spéculateurs […] affamer nos populations », a déclaré mardi le ministre sénégalais du Commerce, Abdoulaye Ndiaye.",
            "abdoulaye-ndiaye", "spéculateurs"
        },
        // a quote split in two by its incise vs the same words reported in one sentence
        {
            "« Le barrage sera achevé en 2028 », a assuré Moussa Traoré, « et il fournira de l'électricité à deux millions de foyers. »",
            "Selon le directeur de la société nationale d'électricité, Moussa Traoré, le barrage sera achevé en 2028 et alimentera 2 millions de foyers.",
            "moussa-traore", "barrage"
        },
        // figures in words and digits, another noun for the same people
        {
            "« Nous allons embaucher quatre cent cinquante infirmiers d'ici la rentrée », a promis la directrice du CHU, Nathalie Berthier.",
            "Nathalie Berthier, directrice du CHU, a annoncé l'embauche de 450 infirmiers d'ici la rentrée.",
            "nathalie-berthier", "infirmiers"
        },
        // a quoted fragment inside a paraphrase vs the full quotation
        {
            "« Cette réforme est injuste et brutale pour les retraités modestes », a lancé le syndicaliste Marc Delvaux lors d'un rassemblement à Liège.",
            "Marc Delvaux a dénoncé une réforme « injuste et brutale » pour les petites pensions.",
            "marc-delvaux", "brutale"
        },
        // a nominalised report ("la suspension des exportations") vs the quote ("nous suspendons les exportations")
        {
            "« Nous suspendons les exportations de maïs jusqu'à nouvel ordre », a déclaré le ministre de l'Agriculture, Issa Mahamat.",
            "Le ministre de l'Agriculture, Issa Mahamat, a annoncé la suspension des exportations de maïs.",
            "issa-mahamat", "maïs"
        },
        // an infinitive report ("a dit vouloir rencontrer") vs the quote in the first person
        {
            "« Je rencontrerai les syndicats dès lundi pour parler des salaires », a indiqué la ministre du Travail, Sophie Verbeke.",
            "La ministre du Travail, Sophie Verbeke, a dit vouloir rencontrer les syndicats lundi au sujet des salaires.",
            "sophie-verbeke", "syndicats"
        },
        // Belgian style: "a tranché" with "on", the other outlet "a exclu toute remise en cause"
        {
            "« On ne touchera pas à l'indexation automatique des salaires », a tranché le Premier ministre, Luc Vandamme.",
            "Le Premier ministre, Luc Vandamme, a exclu de toucher à l'indexation automatique des salaires.",
            "luc-vandamme", "indexation"
        },
        // Québec: "geler les tarifs" quoted vs reported with the figure in digits and a trailing incise
        {
            "« On va geler les tarifs d'électricité pour deux ans », a affirmé le premier ministre Jean-François Tremblay en point de presse.",
            "Les tarifs d'électricité seront gelés pendant 2 ans, a indiqué Jean-François Tremblay.",
            "jean-francois-tremblay", "tarifs"
        },
        // African daily vs wire: a few exact words quoted inside reported speech
        {
            "« Le Sénégal n'a pas de leçon à recevoir en matière de démocratie », a répliqué le porte-parole du gouvernement, Cheikh Diop.",
            "Le porte-parole du gouvernement, Cheikh Diop, a estimé que son pays n'avait « pas de leçon à recevoir » sur la démocratie.",
            "cheikh-diop", "leçon"
        },
        // Swiss: the quote, and a paraphrase in the conditional with "que" and another verb
        {
            "« La Confédération versera 300 millions de francs aux cantons touchés par les intempéries », a déclaré la conseillère fédérale Andrea Keller.",
            "Andrea Keller a précisé que la Confédération verserait 300 millions aux cantons touchés par les intempéries.",
            "andrea-keller", "cantons"
        },
        // a colon introduction with the quote vs the trailing incise after a long reported statement
        {
            "Le maire de Rimouski, Pierre Gagnon, a été clair : « La piscine municipale ne fermera pas cet hiver. »",
            "La piscine municipale restera ouverte tout l'hiver, a assuré le maire Pierre Gagnon mardi soir.",
            "pierre-gagnon", "piscine"
        },
    };

    [Theory]
    [MemberData(nameof(SameStatement))]
    public void TwoOutletsRenderingOneStatementAreOneClaim(string a, string b, string speaker, string word)
    {
        var r = Run(("a", a), ("b", b));
        var claims = With(r, speaker, word);
        var c = Assert.Single(claims);
        Assert.True(c.Appearances.Select(x => x.ArticleId).Distinct().Count() == 2, Dump(r));
    }

    public static TheoryData<string, string, string, string, string> DifferentStatements => new()
    {
        // same speaker, same day, same topic, different statements: they must stay two claims
        {
            "« Nous allons embaucher 450 infirmiers d'ici la rentrée », a promis la directrice du CHU, Nathalie Berthier.",
            "La directrice du CHU, Nathalie Berthier, a confirmé que deux services de nuit fermeraient d'ici la rentrée.",
            "nathalie-berthier", "infirmiers", "services"
        },
        {
            "« Je rencontrerai les syndicats dès lundi pour parler des salaires », a indiqué la ministre du Travail, Sophie Verbeke.",
            "La ministre du Travail, Sophie Verbeke, a affirmé qu'elle ne rencontrerait pas le patronat avant la fin du mois.",
            "sophie-verbeke", "syndicats", "patronat"
        },
        {
            "« Le barrage sera achevé en 2028 », a assuré le directeur, Moussa Traoré.",
            "Moussa Traoré a reconnu que le barrage avait déjà coûté 2 milliards de francs CFA.",
            "moussa-traore", "achevé", "milliards"
        },
        {
            "« Nous suspendons les exportations de maïs jusqu'à nouvel ordre », a déclaré le ministre de l'Agriculture, Issa Mahamat.",
            "Le ministre de l'Agriculture, Issa Mahamat, a affirmé que le prix du sac de maïs serait plafonné sur les marchés de la capitale.",
            "issa-mahamat", "exportations", "plafonné"
        },
        {
            "« Le Sénégal n'a pas de leçon à recevoir en matière de démocratie », a répliqué le porte-parole du gouvernement, Cheikh Diop.",
            "Le porte-parole du gouvernement, Cheikh Diop, a annoncé que le Sénégal organiserait l'élection présidentielle en février.",
            "cheikh-diop", "leçon", "février"
        },
        {
            "« On ne touchera pas à l'indexation automatique des salaires », a tranché le Premier ministre, Luc Vandamme.",
            "Le Premier ministre, Luc Vandamme, a promis une baisse des cotisations sur les bas salaires dès janvier.",
            "luc-vandamme", "indexation", "cotisations"
        },
    };

    [Theory]
    [MemberData(nameof(DifferentStatements))]
    public void TwoStatementsOfOneSpeakerOnOneDayStayApart(string a, string b, string speaker, string first, string second)
    {
        var r = Run(("a", a), ("b", b));
        Assert.Single(With(r, speaker, first));
        Assert.Single(With(r, speaker, second));
        Assert.True(r.Claims.All(c => !(c.Appearances.Any(x => x.Text.Contains(first)) && c.Appearances.Any(x => x.Text.Contains(second)))), Dump(r));
    }

    [Theory]
    // the reporter's cut "[…]" splits a quotation into two excerpts, each word for word in the full quotation
    [InlineData("il a mis en garde les commerçants qui stockent : il ne laissera « pas les spéculateurs […] affamer nos populations »",
                "Nous ne laisserons pas les spéculateurs du riz et du sucre affamer nos populations, et les stocks seront vendus au prix fixé par l'État dans toutes les régions")]
    [InlineData("la commune « ne fermera aucune école (...) avant la rentrée de septembre », selon la maire",
                "La commune ne fermera aucune école de village, ni à Courtelary ni à Sonvilier, avant la rentrée de septembre, et le budget des transports scolaires sera maintenu")]
    public void ACutQuotationMeetsTheFullOne(string a, string b) => Assert.True(_grouper.SameClaim(a, b), $"{a} | {b}");

    [Theory]
    // each piece of a cut quotation must be in the other rendering: here the second piece is not
    [InlineData("il ne laissera « pas les spéculateurs […] décider du sort des paysans »",
                "Nous ne laisserons pas les spéculateurs du riz et du sucre affamer nos populations, et les stocks seront vendus au prix fixé par l'État dans toutes les régions")]
    public void ACutQuotationWhosePiecesAreNotAllInTheOtherStaysApart(string a, string b) => Assert.False(_grouper.SameClaim(a, b), $"{a} | {b}");

    [Fact]
    public void ATranslatedQuotationMeetsTheOriginalWordsAndAnotherTranslation()
    {
        // wire: the English words only; Québec daily: English with its French in brackets; Belgian daily: another translation
        var r = Run(
            ("a", "« We will stand by the flooded towns for as long as it takes », a déclaré mardi la ministre fédérale Rebecca Holloway."),
            ("b", "« We will stand by the flooded towns for as long as it takes », a lancé en anglais la ministre fédérale Rebecca Holloway (« Nous resterons aux côtés des villes inondées aussi longtemps qu'il le faudra »)."),
            ("c", "La ministre fédérale Rebecca Holloway a promis : « Nous resterons aux côtés des villes sinistrées le temps qu'il faudra. »"));
        var claims = With(r, "rebecca-holloway", "");
        var c = Assert.Single(claims, c => c.Appearances.Any(a => a.ArticleId == "b"));
        Assert.True(c.Appearances.Select(a => a.ArticleId).Distinct().Count() == 3, Dump(r));
    }

    [Fact]
    public void AnOutletThatDoesNotNameTheSpeakerJoinsTheClaimOfTheOutletThatDoes()
    {
        // the regional daily names the mayor; the wire says only "le maire", and nothing in its article names him
        var r = Run(
            ("a", "Le maire de Sion, Philippe Rey, a tranché mardi : « Nous ne laisserons personne dormir dehors cet hiver, les gymnases seront ouverts. »"),
            ("b", "« Nous ne laisserons personne dormir dehors cet hiver », a déclaré le maire lors du conseil communal."));
        var c = Assert.Single(With(r, "philippe-rey", "dormir"));
        Assert.True(c.Appearances.Select(a => a.ArticleId).SequenceEqual(["a", "b"]), Dump(r));
        Assert.Equal("philippe-rey", c.SpeakerKey);
    }

    [Fact]
    public void AnUnnamedRenderingOfAnotherStatementJoinsNoClaim()
    {
        var r = Run(
            ("a", "Le maire de Sion, Philippe Rey, a tranché mardi : « Nous ne laisserons personne dormir dehors cet hiver, les gymnases seront ouverts. »"),
            ("b", "« Les tarifs des parkings du centre augmenteront en janvier », a déclaré le maire lors du conseil communal."));
        var c = Assert.Single(With(r, "philippe-rey", "dormir"));
        Assert.True(c.Appearances.All(a => a.ArticleId == "a"), Dump(r));
        Assert.DoesNotContain(r.Claims, x => x.Appearances.Any(a => a.Text.Contains("parkings")));
    }
}
