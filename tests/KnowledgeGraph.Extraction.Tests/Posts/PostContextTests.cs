using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Posts;

/// <summary>
/// A post whose phrase names no organization or country takes them from the article around it (Posts/PostContext,
/// Resources/post-context-fr.tsv). Invented sentences in the styles of regional, business, African and Belgian outlets.
/// </summary>
public sealed class PostContextTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public PostContextTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 3, 4)) });

    private static Post PostOf(ExtractionResult r, string holderPart) =>
        Assert.Single(r.Posts, p => p.HolderKey.Contains(holderPart, StringComparison.Ordinal));

    private static string? LabelOf(ExtractionResult r, string? key) => key is null ? null : r.Entities.Single(e => e.Key == key).Label;

    [Fact]
    public void PossessiveTitleBelongsToTheOrganizationNamedInThePreviousSentence()
    {
        var r = Run("Du côté des employeurs, la Fédération des artisans du Jura salue « un geste attendu ». Sa présidente, Martine Grosjean, "
            + "rappelle que les carnets de commandes restent pleins.");
        var post = PostOf(r, "grosjean");
        Assert.Contains("Fédération des artisans", LabelOf(r, post.OrganizationKey));
    }

    [Fact]
    public void CommonNounComplementNamesTheOrganizationWhoseNameOpensWithIt()
    {
        var r = Run("L'Université de Sherbrooke fermera deux programmes à l'automne, a annoncé la direction avec la Banque Laurentienne. "
            + "Le recteur de l'université, Paul Thibodeau, a justifié la décision par un déficit de 12 millions de dollars.");
        var post = PostOf(r, "thibodeau");
        Assert.Contains("Université de Sherbrooke", LabelOf(r, post.OrganizationKey));
    }

    [Fact]
    public void StateTitleTakesTheCountryTheArticleIsAbout()
    {
        var r = Run("Le Sénégal a lancé mardi une campagne de vaccination contre la rougeole. À Dakar, la ministre de la Santé, "
            + "Awa Ndiaye-Faye, a reçu les premières doses. Le Sénégal espère vacciner deux millions d'enfants.");
        var post = PostOf(r, "ndiaye-faye");
        Assert.Equal("senegal", post.OrganizationKey);
    }

    [Fact]
    public void StateTitleTakesTheCountryOfTheTownsWhenTheArticleNamesNoCountry()
    {
        var r = _pipeline.Run(new[]
        {
            new Article("a", "La grève des contrôleurs aériens a perturbé les aéroports de Marseille et de Lyon. Le ministre des Transports, "
                + "Hugo Berthelot, a appelé les syndicats au dialogue.", "mem", Date: new PartialDate(2026, 3, 4)),
            new Article("b", "La France a connu une saison touristique record, selon les chiffres publiés lundi.", "mem", Date: new PartialDate(2026, 3, 5)),
        });
        var post = PostOf(r, "berthelot");
        Assert.Equal("france", post.OrganizationKey);
    }

    [Fact]
    public void ContextCreatesNoCountryTheCorpusNeverNames()
    {
        var r = Run("La grève des contrôleurs aériens a perturbé les aéroports de Marseille et de Lyon. Le ministre des Transports, "
            + "Hugo Berthelot, a appelé les syndicats au dialogue.");
        var post = PostOf(r, "berthelot");
        Assert.Null(post.OrganizationKey);
        Assert.DoesNotContain(r.Entities, e => e.Key == "france");
    }

    [Fact]
    public void PossessiveStateTitleBelongsToTheCountryBeforeIt()
    {
        var r = Run("Le Portugal et l'Espagne ont soutenu le texte. La Belgique, représentée par son ministre de l'Emploi, Luc Peeters, "
            + "a voté contre.");
        var post = PostOf(r, "peeters");
        Assert.Equal("belgique", post.OrganizationKey);
    }

    [Fact]
    public void TownCouncilTitleBelongsToTheTownNamedBefore()
    {
        var r = Run("Le conseil municipal de Besançon a voté lundi soir le budget 2026. Le maire, Hélène Garnier, a défendu une hausse "
            + "des investissements.");
        var post = PostOf(r, "garnier");
        Assert.Equal("Besançon", LabelOf(r, post.OrganizationKey));
    }

    [Fact]
    public void TheTitleOwnCountryStaysBeforeTheContext()
    {
        var r = Run("Le Mali et le Niger ont signé l'accord à Bamako. Le Mali accueillera le prochain sommet. La ministre sénégalaise "
            + "de la Santé, Awa Ndiaye-Faye, a salué l'accord.");
        var post = PostOf(r, "ndiaye-faye");
        Assert.Equal("senegal", post.OrganizationKey);
    }

    [Fact]
    public void StateTitleInAnArticleAboutAFederatedStateIsTheStates()
    {
        var r = Run("Au Québec, la grève des infirmières entre dans sa troisième semaine. La ministre de la Santé, Julie Tremblay-Roy, "
            + "a convoqué les syndicats lundi à Québec. Le Canada suit le dossier de près.");
        Assert.Equal("quebec", PostOf(r, "tremblay-roy").OrganizationKey);
    }

    [Fact]
    public void FederalTitleInAnArticleAboutAFederatedStateIsTheCountrys()
    {
        var r = Run("Les feux de forêt ravagent le nord du Québec depuis dimanche. Le ministre fédéral de la Sécurité publique, "
            + "Marc Dubé-Allard, a promis des renforts. Le Canada a déjà mobilisé deux avions-citernes au Québec.");
        Assert.Equal("canada", PostOf(r, "dube-allard").OrganizationKey);
    }

    [Fact]
    public void BareTitleWithNoOrganizationAroundKeepsNone()
    {
        var r = Run("Le directeur général, Paul Vernet, a annoncé sa démission lundi.");
        var post = PostOf(r, "vernet");
        Assert.Null(post.OrganizationKey);
    }

    [Fact]
    public void StateTitleInAnArticleNamingNoCountryOrTownKeepsNone()
    {
        var r = Run("La ministre de la Culture, Anne Lestrade, a inauguré l'exposition mardi.");
        var post = PostOf(r, "lestrade");
        Assert.Null(post.OrganizationKey);
    }

    [Fact]
    public void OrganizationNamedTooFarBackIsNotTheHolders()
    {
        var r = Run("La société Valmont Énergie a publié ses résultats lundi. Les marchés ont salué les chiffres. Les analystes restent "
            + "prudents. Les syndicats attendent la suite. Le directeur général, Paul Vernet, a annoncé sa démission.");
        var post = PostOf(r, "vernet");
        Assert.Null(post.OrganizationKey);
    }
    [Fact]
    public void RegionalAdjectiveGivesTheProvinceRatherThanTheCountryTheArticleIsAbout()
    {
        var r = Run("Le Canada versera 300 millions de dollars pour prévenir les feux de forêt, a annoncé Ottawa. La ministre ontarienne "
            + "des Richesses naturelles, Karen Boudreau-Lys, s'est dite satisfaite. Le Canada et l'Ontario signeront l'entente en avril.");
        Assert.Equal("ontario", PostOf(r, "boudreau-lys").OrganizationKey);
    }

    [Fact]
    public void BelgianRegionalMinisterBelongsToTheRegion()
    {
        var r = Run("La Belgique veut doubler le trafic ferroviaire d'ici 2035. Le ministre wallon de la Mobilité, Luc Delhaize-Morel, "
            + "a présenté son plan à Namur. La Wallonie financera un tiers des travaux, la Belgique le reste.");
        Assert.Equal("wallonie", PostOf(r, "delhaize-morel").OrganizationKey);
    }

    [Fact]
    public void RegionalAdjectiveOfAPlaceTheArticleNeverNamesLeavesTheCountry()
    {
        var r = Run("La Belgique veut doubler le trafic ferroviaire d'ici 2035. Le ministre flamand de la Mobilité, Jan Verhulst-Aerts, "
            + "a présenté son plan mardi. La Belgique financera la moitié des travaux.");
        Assert.Equal("belgique", PostOf(r, "verhulst-aerts").OrganizationKey);
    }

    [Fact]
    public void TownAdjectiveIsNoRegionalGovernment()
    {
        var r = Run("Toulouse accueille la finale samedi. Le président toulousain, Marc Dufaure-Lasbats, a salué le travail du club.");
        var post = PostOf(r, "dufaure-lasbats");
        Assert.NotEqual("toulouse", post.OrganizationKey);
    }
    [Fact]
    public void TownFramingTheSentenceGivesTheStateTitleItsCountry()
    {
        var r = Run("La France et l'Espagne ont signé lundi un accord sur l'hydrogène vert. La France financera la moitié du gazoduc, "
            + "a précisé Paris. À Madrid, la ministre de l'Industrie, Lucía Ortega-Paz, a salué « un pas décisif » pour la France et l'Espagne.");
        Assert.Equal("espagne", PostOf(r, "ortega-paz").OrganizationKey);
    }

    [Fact]
    public void CountryFramingTheSentenceGivesTheStateTitleItsCountry()
    {
        var r = Run("La France va doubler ses importations d'agrumes. La France reste le premier client du royaume. Pour le Maroc, "
            + "le ministre de l'Agriculture, Driss Bennani-Slaoui, y voit « une reconnaissance ». La France et le Maroc se reverront en mai.");
        Assert.Equal("maroc", PostOf(r, "bennani-slaoui").OrganizationKey);
    }

    [Fact]
    public void OpeningThatIsNoPlaceLeavesTheArticleCountry()
    {
        var r = Run("Le Sénégal lance une campagne de vaccination. Pour l'instant, la ministre de la Santé, Awa Sarr-Diop, "
            + "ne prévoit pas d'obligation. Le Sénégal vise deux millions d'enfants.");
        Assert.Equal("senegal", PostOf(r, "sarr-diop").OrganizationKey);
    }

    [Fact]
    public void FederalTitleBelongsToTheFederationTheArticleNames()
    {
        var r = Run("La France a choisi un constructeur canadien pour ses trains régionaux. La France en commandera quarante, et la France "
            + "pourrait doubler la commande. Le ministre fédéral de l'Industrie, Paul Tremblay-Roy, s'est dit « fier » pour le Canada.");
        Assert.Equal("canada", PostOf(r, "tremblay-roy").OrganizationKey);
    }
    [Fact]
    public void FederalCouncillorIsAStateTitleOfTheFederation()
    {
        var r = Run("La Belgique et l'Allemagne ont proposé à la Suisse un achat groupé d'hélicoptères. La Belgique en commandera dix, "
            + "l'Allemagne vingt. L'offre a été déclinée mardi à Berne par la conseillère fédérale Sandrine Imhof-Rochat.");
        Assert.Equal("suisse", PostOf(r, "imhof-rochat").OrganizationKey);
    }

    [Fact]
    public void TownFramingTheSentenceGivesTheMayorHerTown()
    {
        var r = Run("Les pluies ont touché Ajaccio dès lundi soir, puis Ajaccio et sa région mardi. À Bastia, la maire, Marie-Laure "
            + "Santoni-Pieri, a ouvert le gymnase.");
        Assert.Equal("Bastia", LabelOf(r, PostOf(r, "santoni-pieri").OrganizationKey));
    }

    [Fact]
    public void CouncilTitleWithItsRemitBelongsToTheTown()
    {
        var r = Run("Le conseil municipal de Vierzon a voté le budget lundi soir. L'adjoint aux finances, Hervé Lambrecht-Sow, a défendu "
            + "une hausse de la taxe foncière.");
        Assert.Equal("Vierzon", LabelOf(r, PostOf(r, "lambrecht-sow").OrganizationKey));
    }

    [Fact]
    public void DeputyHeadOfTheDirectorateIsNoTownTitle()
    {
        var r = Run("Le conseil municipal de Vierzon a voté le budget lundi soir. Le directeur adjoint, Hervé Lambrecht-Sow, "
            + "a défendu le projet d'extension de l'usine.");
        Assert.NotEqual("Vierzon", LabelOf(r, PostOf(r, "lambrecht-sow").OrganizationKey));
    }
    [Fact]
    public void CouncillorBelongsToTheTownTheArticleNamesMostNotToATownNamedInPassing()
    {
        var r = Run("Le conseil municipal de Nice a adopté lundi le projet de patinoire. Nice accueillera des épreuves des Jeux d'hiver. "
            + "Une délégation s'était rendue à Madrid en octobre pour visiter une installation comparable. La conseillère municipale "
            + "Laure Bianchi-Ferraud a voté contre.");
        Assert.Equal("Nice", LabelOf(r, PostOf(r, "bianchi-ferraud").OrganizationKey));
    }
    [Fact]
    public void TeamTitleBelongsToTheClubTheStoryNamesMost()
    {
        var r = Run("Le FC Lorient a concédé samedi sa quatrième défaite d'affilée. Le FC Lorient pointe désormais à la 17e place. "
            + "Les supporters ont sifflé leurs joueurs à la pause. Le public du Moustoir n'avait plus connu cela depuis 2019. "
            + "La série noire inquiète. Le capitaine Yann Le Bihan-Morvan a reconnu que « personne n'était à la hauteur ».");
        Assert.Contains("Lorient", LabelOf(r, PostOf(r, "morvan").OrganizationKey));
    }

    [Fact]
    public void TeamTitleInAStoryNamingNoOrganizationKeepsNone()
    {
        var r = Run("La série noire continue. Le capitaine Yann Le Bihan-Morvan a reconnu que « personne n'était à la hauteur ».");
        Assert.Null(PostOf(r, "morvan").OrganizationKey);
    }
}
