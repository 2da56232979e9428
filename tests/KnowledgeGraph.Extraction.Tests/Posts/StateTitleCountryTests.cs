using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Posts;

/// <summary>
/// The country of a state title whose phrase names none ("la ministre de la Santé, X"), in stories about two or more countries
/// (Posts/PostContext): a counterpart ("son homologue espagnol") holds the same post in another country, so the holder's is
/// not that one; nationality adjectives of the text ("la fédération tunisienne") speak of the country the article is about.
/// Invented sentences.
/// </summary>
public sealed class StateTitleCountryTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public StateTitleCountryTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(params string[] texts) =>
        _pipeline.Run(texts.Select((t, i) => new Article("t" + i, t, "mem", Date: new PartialDate(2026, 3, 4 + i))).ToArray());

    private static Post PostOf(ExtractionResult r, string holderPart) =>
        Assert.Single(r.Posts, p => p.HolderKey.Contains(holderPart, StringComparison.Ordinal));

    [Fact]
    public void NamedCounterpartMakesTheHolderOfAnotherCountry()
    {
        var r = Run("Le ministre de l'Agriculture, Paul Demarsy, a reçu lundi à Lyon son homologue espagnol, Carlos Ruiz Ortega. "
            + "L'Espagne exporte chaque année plus de fruits vers la France. L'Espagne réclame des quotas, et l'Espagne menace de saisir Bruxelles.");
        Assert.Equal("france", PostOf(r, "demarsy").OrganizationKey);
        Assert.Equal("espagne", PostOf(r, "ruiz-ortega").OrganizationKey);
    }

    [Fact]
    public void CounterpartAbroadLeavesTheFederatedStateBeforeItsFederation()
    {
        // France is named most, the counterpart is French: the next guess is Québec's government, not Canada (which Québec's towns vote for)
        var r = Run("Le premier ministre Luc Bergeron-Lanoie a été accueilli lundi à Matignon par son homologue française, Claire Dutilleul-Roy. "
            + "La France et le Québec ont signé trois ententes. La France promet des achats ; la France investira à Montréal et au Québec.");
        Assert.Equal("quebec", PostOf(r, "bergeron-lanoie").OrganizationKey);
    }

    [Fact]
    public void FederalTitleAbroadKeepsTheFederation()
    {
        var r = Run("Le ministre fédéral de l'Industrie, Luc Bergeron-Lanoie, a été accueilli à Paris par son homologue française, Claire Dutilleul-Roy. "
            + "La France et le Québec ont signé trois ententes. La France promet des achats ; la France investira à Montréal et au Québec.");
        Assert.NotEqual("quebec", PostOf(r, "bergeron-lanoie").OrganizationKey);
    }

    [Theory]
    [InlineData("À La Réunion, l'épidémie de dengue progresse. La ministre de la Santé, Claire Payet-Hoarau, est arrivée lundi à Saint-Denis. "
        + "La Réunion compte 300 cas ; la Réunion attend des renforts de la France hexagonale.")]
    [InlineData("La Martinique manque d'eau depuis un mois. En visite à Fort-de-France, le ministre chargé des Outre-mer, Paul Bellay-Rose, "
        + "a promis une aide. La Martinique et la France signeront un plan.")]
    public void StateTitleInAnOverseasTerritoryIsItsStates(string text) =>
        Assert.Equal("france", Assert.Single(Run(text).Posts).OrganizationKey);

    [Fact]
    public void TerritoryWithItsOwnGovernmentKeepsIt()
    {
        var r = Run("En Nouvelle-Calédonie, le référendum divise. Le porte-parole du gouvernement, Louis Wamytan-Rolland, a appelé au calme. "
            + "La Nouvelle-Calédonie attend la France ; la Nouvelle-Calédonie vote dimanche.");
        Assert.Equal("nouvelle-caledonie", Assert.Single(r.Posts).OrganizationKey);
    }

    [Fact]
    public void UnnamedPluralCounterpartsExcludeTheirCountries()
    {
        var r = Run("La ministre de la Santé, Anne Kessler-Wirth, a accueilli jeudi à Vienne ses homologues allemand et suisse. L'Allemagne "
            + "et la Suisse plaident pour un registre commun ; l'Allemagne le finance déjà, la Suisse hésite. L'Autriche a promis une réponse.");
        Assert.Equal("autriche", PostOf(r, "kessler-wirth").OrganizationKey);
    }

    [Fact]
    public void CounterpartWithoutACountryLeftIsNoGuess()
    {
        var r = Run("La ministre des Sports, Lucie Marchal-Dubois, a reçu à Madrid son homologue espagnol. L'Espagne organisera la finale.");
        Assert.Null(PostOf(r, "marchal-dubois").OrganizationKey);
    }

    [Fact]
    public void CounterpartOfAnotherPersonLeavesTheHolderAlone()
    {
        // the counterpart phrase's sentence names someone else before it: the holder of the title is not its possessor
        var r = Run("L'Espagne a fêté mardi sa victoire en finale. La ministre des Sports, Elena Castillo-Vidal, a félicité les joueuses. "
            + "À Paris, le président du comité, Jean Morel, a reçu son homologue espagnol. L'Espagne accueillera le tournoi en 2028.");
        Assert.Equal("espagne", PostOf(r, "castillo-vidal").OrganizationKey);
    }

    [Fact]
    public void NationalityAdjectivesSpeakOfTheArticlesCountry()
    {
        // no country named: three adjectives outweigh a town of another country named in passing
        var r = Run("Le ministre de l'Éducation, Karim Ben Salah, a reporté la réunion avec la fédération tunisienne des enseignants. "
            + "Le syndicat tunisien dénonce une manœuvre, et les parents tunisiens s'inquiètent. Comme à Lyon l'an dernier, les notes sont retenues.",
            "La Tunisie et la France ont signé un accord culturel.");
        Assert.Equal("tunisie", PostOf(r, "ben-salah").OrganizationKey);
    }

    [Fact]
    public void BracketedPortfoliosTakeTheCountryOfTheCounterpartsAdjective()
    {
        var r = Run("Les ministres de l'Intérieur et de la Justice, Marc Lebrun et Anne Texier, ont reçu mardi à Paris leurs homologues "
            + "italiens, Paolo Ferri (Intérieur) et Giulia Conti (Justice).", "La France et l'Italie ont signé un accord culturel.");
        Assert.Equal("italie", PostOf(r, "ferri").OrganizationKey);
        Assert.Equal("italie", PostOf(r, "conti").OrganizationKey);
        Assert.Equal("france", PostOf(r, "lebrun").OrganizationKey);
        // the bracketed portfolio is the counterpart's own, not the last-named minister's ("Paolo Ferri" is no minister of Justice)
        Assert.DoesNotContain(r.Posts, p => p.HolderKey == "paolo-ferri" && p.RoleKey == "ministre-de-la-justice");
    }

    [Fact]
    public void SeveralCounterpartAdjectivesGiveNoListedHolderACountry()
    {
        var r = Run("Le ministre de l'Intérieur, Marc Lebrun, a reçu mardi ses homologues belge et suisse, Luc Peeters (Intérieur) et Urs Keller (Justice).");
        Assert.Null(PostOf(r, "peeters").OrganizationKey);
    }

    [Fact]
    public void NamedCountryStillOutweighsASingleAdjective()
    {
        var r = Run("La Belgique prépare une réforme des pensions. La Belgique veut relever l'âge légal, et la ministre des Pensions, "
            + "Sofie Mertens-Claes, a rencontré un économiste français.", "La France observe la réforme.");
        Assert.Equal("belgique", PostOf(r, "mertens-claes").OrganizationKey);
    }
}
