using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Entities;

/// <summary>Organizations that no list names, found by cue words and name shapes (invented names).</summary>
public sealed class OrganizationCueTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public OrganizationCueTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 6, 12)) });

    private static string[] Labels(ExtractionResult r, EntityKind kind) =>
        r.Entities.Where(e => e.Kind == kind).Select(e => e.Label).Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("Le cabinet Orvane Conseil a audité les comptes de la ville.", "Orvane Conseil")]
    [InlineData("La start-up Nuvexa a levé dix millions d'euros.", "Nuvexa")]
    [InlineData("L'ONG Terra Viva dénonce la pollution du fleuve.", "Terra Viva")]
    [InlineData("Le think tank Carnegie Bridge publie un rapport sévère.", "Carnegie Bridge")]
    [InlineData("Le syndicat Solidaires Unitaires appelle à la grève.", "Solidaires Unitaires")]
    [InlineData("La fondation Lumbrera finance le projet depuis deux ans.", "Lumbrera")]
    [InlineData("L'assureur Mutalis a relevé ses tarifs.", "Mutalis")]
    [InlineData("Selon un ingénieur chez Vantorix, le projet a pris du retard.", "Vantorix")]
    public void IntroducingWordsMakeUnknownNamesOrganizations(string sentence, string expected)
    {
        var r = Run(sentence);
        Assert.Equal(new[] { expected }, Labels(r, EntityKind.Organization));
        Assert.Empty(Labels(r, EntityKind.Person));
    }

    [Fact]
    public void CapitalisedArticleAfterAnIntroducerOpensTheOutletName()
    {
        var r = Run("Le quotidien La Gazzetta Nueva a révélé l'affaire lundi.");
        Assert.Equal(new[] { "Gazzetta Nueva" }, Labels(r, EntityKind.Organization));
        Assert.Empty(Labels(r, EntityKind.Person));
    }

    [Fact]
    public void LowerCaseMinistryWithCapitalisedComplementIsAnOrganizationKeyedByItsCountry()
    {
        var r = Run("Le ministère des Finances de Moldavie a publié le budget. Le ministère des Finances du Portugal a réagi.");
        var ministries = r.Entities.Where(e => e.Kind == EntityKind.Organization).Select(e => e.Key).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "ministere-des-finances-moldavie", "ministere-des-finances-portugal" }, ministries);
        Assert.Contains("Moldavie", Labels(r, EntityKind.Place));
    }

    [Fact]
    public void CourtsNamedAfterTheirTownAreOrganizations()
    {
        var r = Run("Le tribunal de Nanterre a condamné la société. La cour d'appel de Douai a confirmé la peine.");
        var orgs = Labels(r, EntityKind.Organization);
        Assert.Contains("tribunal de Nanterre", orgs);
        Assert.Contains("cour d'appel de Douai", orgs);
    }

    [Fact]
    public void LowerCaseHeadWithoutCapitalisedComplementIsNothing()
    {
        var r = Run("Le ministère a publié un rapport sur la cour de récréation des écoles.");
        Assert.Empty(r.Entities);
    }

    [Fact]
    public void CapitalisedAdjectiveBeforeAnOrganizationHeadBelongsToTheName()
    {
        var r = Run("Le Haut Conseil pour le climat a rendu un avis sévère.");
        Assert.Equal(new[] { "Haut Conseil pour le climat" }, Labels(r, EntityKind.Organization));
    }

    [Fact]
    public void BracketedAcronymAndLaterUsesNameOneOrganization()
    {
        var r = Run("L'Organisation mondiale de la propriété intellectuelle (OMPI) a publié son rapport. L'OMPI estime que les dépôts augmentent.");
        var org = Assert.Single(r.Entities);
        Assert.Equal(EntityKind.Organization, org.Kind);
        Assert.Contains("OMPI", org.AltLabels.Append(org.Label));
        Assert.Equal(3, org.Mentions.Count);
    }

    [Fact]
    public void OutletsAsSourcesAreOrganizations()
    {
        var r = Run("Selon le Financial Times, la fusion est imminente. L'information a été confirmée par Reuters.");
        Assert.Equal(new[] { "Financial Times", "Reuters" }, Labels(r, EntityKind.Organization));
    }

    [Fact]
    public void GenericEtatAndSentenceInitialWordsAreNotOrganizations()
    {
        var r = Run("Etat par Etat, les règles changent. L'Etat doit payer, a estimé le juge. Ensuite, rien n'a bougé.");
        Assert.Empty(r.Entities);
    }

    [Theory]
    [InlineData("L'ONG kényane Réseau des juristes du Turkana a saisi la justice.", "Réseau des juristes du Turkana")]
    [InlineData("L'association Rivières propres, partie civile, a salué le jugement.", "Rivières propres")]
    [InlineData("Selon Li Wen, chercheur à l'université Kvarnby, le modèle progresse.", "université Kvarnby")]
    [InlineData("La start-up Norvik Labs emploie quarante personnes.", "Norvik Labs")]
    [InlineData("Le Sahel Policy Forum publie une note sévère.", "Sahel Policy Forum")]
    [InlineData("La CGT-Énergie a appelé à la grève jeudi.", "CGT-Énergie")]
    [InlineData("« Rien n'est décidé », a-t-il dit sur franceinfo mardi.", "Franceinfo")]
    public void OrganizationNamesBeyondTheFirstCapitalisedWord(string sentence, string expected) =>
        Assert.Contains(expected, Labels(Run(sentence), EntityKind.Organization));

    [Fact]
    public void CompassPointAfterAnAcronymIsNoBranch()
    {
        var r = Run("La section locale des ateliers du Sud-Est a lancé un débrayage. La CGT-Énergie a suivi.");
        Assert.Equal(new[] { "CGT-Énergie" }, Labels(r, EntityKind.Organization));
    }

    [Fact]
    public void WordAcronymInBracketsAliasesTheFullName()
    {
        var r = Run("La Fédération nationale des usagers du port (Fnup) a protesté. La Fnup réclame un remboursement.");
        var org = Assert.Single(r.Entities, e => e.Kind == EntityKind.Organization);
        Assert.Equal(3, org.Mentions.Count);
    }

    [Fact]
    public void BareHeadOfAPublicBodyInAHeadlineIsTheBodyNotAVerbPhrase()
    {
        var r = Run("Pêche : à Bruxelles, les armateurs plaident pour un délai, la Commission refuse\n\nLes discussions ont repris lundi.");
        Assert.Equal(new[] { "Commission" }, Labels(r, EntityKind.Organization));
    }

    [Fact]
    public void LawsAndRegimesAreNeitherPersonsNorOrganizations()
    {
        var r = Run("Le texte modifie l'AI Act adopté sous la Ve République, a rappelé le rapporteur.");
        Assert.DoesNotContain(r.Entities, e => e.Kind != EntityKind.Place);
    }

    [Fact]
    public void CourtNamedAfterAKnownTownKeepsTheTownAsAPlace()
    {
        var r = Run("Le tribunal correctionnel de Lyon a rendu son jugement jeudi.");
        Assert.Contains("tribunal correctionnel de Lyon", Labels(r, EntityKind.Organization));
        Assert.Contains("Lyon", Labels(r, EntityKind.Place));
    }

    [Fact]
    public void PalaceBeforeAKnownSeatIsABuilding()
    {
        var r = Run("Le président s'est exprimé depuis le palais de l'Élysée.");
        var e = Assert.Single(r.Entities);
        Assert.Equal(EntityKind.Place, e.Kind);
    }

    [Theory]
    [InlineData("Le ministre des Pêches avait déjà rencontré les mareyeurs du port.")]
    [InlineData("Le ministre de l'Éducation nationale, du Préscolaire et des Sports a assuré que les travaux avanceraient.")]
    [InlineData("La secrétaire d'État aux Anciens combattants a déclaré que la cérémonie aurait lieu.")]
    public void MinisterialPortfolioBeforeASpeechVerbIsNoOrganization(string sentence) =>
        Assert.Empty(Labels(Run(sentence), EntityKind.Organization));

    [Theory]
    [InlineData("La porte-parole du Sytrapol a déclaré que le réseau reprendrait lundi.", "Sytrapol")]
    [InlineData("Le directeur de la Poste a indiqué que les guichets fermeraient.", "Poste")]
    public void OtherTitlesKeepTheirSpeakingOrganization(string sentence, string expected) =>
        Assert.Contains(expected, Labels(Run(sentence), EntityKind.Organization));

    [Theory]
    [InlineData("Le commandant de la 3e Brigade du Québec a visité les sinistrés.", "3e Brigade du Québec")]
    [InlineData("La Métropole de Rennes, maître d'ouvrage, n'était pas poursuivie.", "Métropole de Rennes")]
    [InlineData("Le chantier a été financé grâce à la participation de la Région Sud.", "Région Sud")]
    [InlineData("Au même moment, la commission des Finances et du Budget entamait l'examen du texte.", "commission des Finances et du Budget")]
    public void OrdinalsMetropolesAndCommitteesNameBodies(string sentence, string expected) =>
        Assert.Contains(expected, Labels(Run(sentence), EntityKind.Organization));

    [Fact]
    public void ACommitteeOfANamedBodyLeavesTheBodyItsOwnName()
    {
        var orgs = Labels(Run("Une commission de l'Assemblée populaire a entendu le ministre jeudi."), EntityKind.Organization);
        Assert.DoesNotContain(orgs, o => o.StartsWith("commission", StringComparison.Ordinal));
    }

    [Fact]
    public void AMinistersPortfolioHeadedLikeABodyIsNoOrganization() =>
        Assert.Empty(Labels(Run("Le ministre des Affaires étrangères et de la Communauté nationale à l'étranger, Karim Belhadj, a reçu l'ambassadeur."), EntityKind.Organization));

    [Fact]
    public void APresentParticipleAfterABodysNameOpensAClauseNotTheName()
    {
        Assert.Equal(new[] { "Centre Jalbert" }, Labels(Run("Le match est reporté, le Centre Jalbert servant de centre d'hébergement aux sinistrés."), EntityKind.Organization));
        Assert.Equal(new[] { "Front militant" }, Labels(Run("Le Front militant a voté la motion."), EntityKind.Organization));
    }

    [Fact]
    public void AListedOrganizationGluedToARegionIsItsRegionalBranch()
    {
        var orgs = Labels(Run("Le fonds mène l'opération aux côtés du Crédit Agricole Armor Vendée et de deux assureurs."), EntityKind.Organization);
        Assert.Equal(new[] { "Crédit Agricole Armor Vendée" }, orgs);
    }
}
