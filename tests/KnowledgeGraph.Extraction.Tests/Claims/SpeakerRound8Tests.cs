using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>Session 8 speaker rules (issue 9): descriptions resolved to the named person — the head of the organization a
/// title names, a title apposed after the name, a title after a leading adverbial, a nationality that rules a person out.
/// Each on an invented article through the whole pipeline.</summary>
public sealed class SpeakerRound8Tests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public SpeakerRound8Tests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 12, 4)) });

    [Theory]
    [InlineData("le patron de la FFJ", "marc-delorme")]
    [InlineData("le patron de la Ligue", "paul-santini")]
    public void TheHeadOfAnOrganizationIsItsNamedPresident(string title, string expected)
    {
        var c = Assert.Single(Federation(title).Claims, c => c.Text.Contains("athlètes"));
        Assert.Equal(expected, c.SpeakerKey);
    }

    [Fact]
    public void TheHeadOfAnOrganizationIsNotAPresidentOfTheOtherGender()
    {
        var r = Federation("la patronne de la FFJ");
        Assert.DoesNotContain(r.Claims, c => c.Text.Contains("athlètes") && c.SpeakerKey == "marc-delorme");
    }

    private ExtractionResult Federation(string title) => Run(
        "Le président de la Fédération française de judo (FFJ), Marc Delorme, et le président de la Ligue nationale de judo, "
        + "Paul Santini, ont signé vendredi un accord. Le directeur technique national, Hugo Ferrier, était présent.\n\n"
        + $"« Cet accord protège les athlètes », a résumé {title} à l'issue de la rencontre.");

    [Theory]
    [InlineData("À la barre, l'ancien directeur des ventes a exprimé ses regrets.")]
    [InlineData("Devant le tribunal, l'ancien directeur a exprimé ses regrets.")]
    public void ATitleApposedAfterTheNameNamesThePronounsPerson(string sentence)
    {
        var r = Run("Contre Julien Marot-Viel, ancien directeur des ventes de l'entreprise, le procureur a requis deux ans. "
            + "Le 4 mars, deux salariés, Paul Girard et Luc Menet, avaient été blessés.\n\n"
            + sentence + " « Je n'ai jamais reçu d'alerte », a-t-il affirmé.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("alerte"));
        Assert.Equal("julien-marot-viel", c.SpeakerKey);
    }

    [Fact]
    public void ANationalityTitleDoesNotStandForAPersonOfAnotherCountry()
    {
        var r = Run("Au premier jour du sommet, jeudi à Bruxelles, le Premier ministre belge s'est posé en conciliateur.\n\n"
            + "Pieter Janssens a eu un entretien avec son homologue irlandaise, Aoife Byrne, qui met en garde contre un financement "
            + "de la défense au détriment des régions. Les deux dirigeants ont été rejoints par le chef du gouvernement portugais, Rui Tavares.\n\n"
            + "« Il n'y a pas à choisir entre nos soldats et nos agriculteurs », a affirmé le Premier ministre belge à l'issue de cette rencontre.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("soldats"));
        Assert.Equal("pieter-janssens", c.SpeakerKey);
    }

    private const string Visit = "Le ministre d'État, ministre de l'Agriculture du Ghana, Kwame Asante-Darko, a été reçu jeudi à Bobo-Dioulasso par "
        + "son homologue burkinabè, le ministre de l'Agriculture, des Ressources animales et halieutiques, Issa Compaoré-Yaméogo. "
        + "Les deux ministres ont visité une parcelle expérimentale.\n\n";

    [Fact]
    public void ANationalityTitleFindsThePersonWhoseApposedChainCarriesIt()
    {
        var r = Run(Visit + "Interrogé sur le prix du coton, le ministre burkinabè a été clair : « Le prix au producteur sera maintenu à 300 francs CFA le kilogramme. »");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("300 francs"));
        Assert.Equal("issa-compaore-yameogo", c.SpeakerKey);
    }

    [Fact]
    public void ACounterpartWithANationalityIsThePersonOfThatCountry()
    {
        var r = Run(Visit + "« Le coton de nos deux pays est complémentaire », a déclaré Kwame Asante-Darko. Les échanges ont duré deux heures. "
            + "La visite a été saluée par les producteurs. Une délégation de chercheurs était présente. "
            + "Son homologue burkinabè a, lui, insisté sur la nécessité de mutualiser la recherche sur les semences.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("mutualiser"));
        Assert.Equal("issa-compaore-yameogo", c.SpeakerKey);
    }

    [Fact]
    public void ASourceCueAfterAColonOpensTheClaim()
    {
        var r = Run(Visit + "Les producteurs attendaient un chiffre. Ils l'ont eu : selon le ministre Compaoré-Yaméogo, le prix au producteur restera fixé à 300 francs le kilo.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("300 francs"));
        Assert.Equal("issa-compaore-yameogo", c.SpeakerKey);
        Assert.StartsWith("le prix au producteur", c.Text);
    }

    [Theory]
    [InlineData("La Néerlandaise a, elle, insisté sur le rail. Sur X, elle a salué un accord pour relancer la liaison directe entre Amsterdam et Bruxelles.")]
    [InlineData("La Néerlandaise a salué un accord pour relancer la liaison directe entre Amsterdam et Bruxelles.")]
    public void ANationalityNounStandsForThePersonOfThatCountry(string sentence)
    {
        var r = Run("Le Premier ministre Paul Kremer a reçu mercredi ses homologues belge et néerlandais, Jan Peeters et Sanne de Vries, "
            + "pour le sommet annuel.\n\n« C'est une avancée concrète », a déclaré Paul Kremer.\n\n" + sentence);
        var c = Assert.Single(r.Claims, c => c.Text.Contains("liaison directe"));
        Assert.Equal("sanne-de-vries", c.SpeakerKey);
    }

    [Fact]
    public void ANationalityNounOfTheOtherGenderIsNobody()
    {
        var r = Run("Le Premier ministre Paul Kremer a reçu mercredi ses homologues belge et néerlandais, Jan Peeters et Sanne de Vries, "
            + "pour le sommet annuel.\n\nLe Néerlandais a salué un accord pour relancer la liaison directe entre Amsterdam et Bruxelles.");
        Assert.DoesNotContain(r.Claims, c => c.Text.Contains("liaison directe") && c.SpeakerKey == "sanne-de-vries");
    }
}
