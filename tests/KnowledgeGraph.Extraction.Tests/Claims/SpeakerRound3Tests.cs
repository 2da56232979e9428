using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>Third round of speaker rules (issue 9's list), each on an invented sentence through the whole pipeline.</summary>
public sealed class SpeakerRound3Tests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public SpeakerRound3Tests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 6, 12)) });

    [Fact]
    public void NamedInvertedSubjectWinsOverTheTranslatingAgency()
    {
        var r = Run("LISBONNE, 4 juin (Reuters) - Le Portugal a signé un accord avec le Cap-Vert.\n\n"
            + "\"Nos deux pays partagent une histoire et un avenir\", a déclaré Armando Tavares lors d'une conférence de presse commune avec son homologue cap-verdien, selon une traduction de Reuters.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("avenir"));
        Assert.Equal("armando-tavares", c.SpeakerKey);
    }

    [Fact]
    public void MasculineTitleIsNotTheWomanIntroducedWithTheSameTitle()
    {
        var r = Run("La ministre des Affaires étrangères, Hélène Varga, a été reçue mardi par son homologue Pavel Dusek.\n\n"
            + "« Nos deux pays sont des alliés naturels », a déclaré le ministre des Affaires étrangères et des Affaires européennes.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("alliés"));
        Assert.Equal("pavel-dusek", c.SpeakerKey);
    }

    [Fact]
    public void AdverbialBetweenAuxiliaryAndParticipleKeepsTheReportedSpeech()
    {
        var r = Run("La ministre de la Santé, Hélène Varga, a visité l'hôpital. "
            + "La ministre a, pour sa part, indiqué que le gouvernement entendait recruter mille infirmières.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("infirmières"));
        Assert.Equal("helene-varga", c.SpeakerKey);
    }

    [Fact]
    public void ShortInterjectedAdverbialBetweenAuxiliaryAndParticiple()
    {
        var r = Run("Le maire de Quimper, Yannick Le Floc'h, a réuni son conseil lundi. Yannick Le Floc'h a, par ailleurs, annoncé que la piscine rouvrirait en septembre.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("piscine"));
        Assert.Equal("yannick-le-floc-h", c.SpeakerKey);
    }

    [Fact]
    public void GenderOfAWomanComesFromAnyMentionOfHer()
    {
        var r = Run("La ministre d'État, ministre des Affaires étrangères et de l'Intégration régionale, Akissi Yao-Nguessan, a été reçue lundi à Tunis par son homologue Karim Ben Ayed.\n\n"
            + "Mme Yao-Nguessan a visité le port. « La Tunisie et le Bénin partagent une même ambition pour le commerce », a déclaré le ministre des Affaires étrangères, de la Migration et des Tunisiens à l'étranger.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("ambition"));
        Assert.Equal("karim-ben-ayed", c.SpeakerKey);
    }

    [Fact]
    public void BareTitleWithACapitalisedComplementAfterAnotherSpeakersClaimIsTheWomanOfThatTitle()
    {
        var r = Run("La ministre d'État, ministre de l'Économie et de la Mer, Akissi Yao-Nguessan, a reçu mardi à Lomé son homologue Karim Ben Ayed. "
            + "À l'issue de la rencontre de Mme Yao-Nguessan avec M. Ben Ayed, les deux ministres ont signé deux accords.\n\n"
            + "Le ministre tunisien a souligné que les ports des deux pays étaient complémentaires. "
            + "La ministre d'État a, pour sa part, indiqué que Lomé entendait devenir le premier port de transbordement de la région.");
        var his = Assert.Single(r.Claims, c => c.Text.Contains("complémentaires"));
        Assert.Equal("karim-ben-ayed", his.SpeakerKey);
        var hers = Assert.Single(r.Claims, c => c.Text.Contains("transbordement"));
        Assert.Equal("akissi-yao-nguessan", hers.SpeakerKey);
    }

    [Fact]
    public void PossessiveCounterpartIsTheOtherPartyOfTheExchange()
    {
        var r = Run("Le Premier ministre malien, Oumar Traoré-Keita, a reçu lundi à Bamako son homologue nigérien, Issoufou Garba-Maïga. "
            + "Devant la presse, Oumar Traoré-Keita a estimé que les deux pays étaient « liés par le destin ». "
            + "Son hôte a plaidé pour une force commune face aux groupes armés, un ennemi qui, selon lui, « ignore les frontières ».");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("force commune"));
        Assert.Equal("issoufou-garba-maiga", c.SpeakerKey);
        // the speaker's own "selon lui" inside the object does not end it
        Assert.Contains("ignore les frontières", c.Text);
    }

    [Fact]
    public void InvertedCounterpartAfterTheVerb()
    {
        var r = Run("La ministre belge des Affaires étrangères, Nathalie Vandenbroucke, a rencontré mardi Tomasz Wróbel à Varsovie. "
            + "Nathalie Vandenbroucke a assuré que la Belgique soutiendrait la candidature polonaise. "
            + "« Nous comptons sur la Belgique pour convaincre ses voisins », a répondu son homologue.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("convaincre"));
        Assert.Equal("tomasz-wrobel", c.SpeakerKey);
    }

    [Fact]
    public void UnnamedSourceAfterSelonIsNotTheInstitutionNamedLater()
    {
        var r = Run("Mardi, Henrique Valadão a eu avec Amina Diallo-Sarr des entretiens qui ont duré, selon une source sénégalaise, plus de trois heures, dans les salons du ministère de l'Intégration africaine.");
        Assert.DoesNotContain(r.Claims, c => c.Text.Contains("entretiens"));
    }

    [Fact]
    public void BareTitleIsThePersonIntroducedWithAListOfComplements()
    {
        var r = Run("Le patron d'Alstonia a été reçu lundi à Bercy par le ministre de l'Économie, des Finances et de la Souveraineté industrielle et numérique, Thomas Lemarchand, avec qui il a eu un entretien d'une heure. "
            + "Au terme de cette rencontre, le ministre a indiqué qu'il ne s'opposerait pas à l'opération.");
        Assert.Equal("thomas-lemarchand", Assert.Single(r.Claims, c => c.Text.Contains("opération")).SpeakerKey);
    }

    [Fact]
    public void TitleTiedToItsOwnHolderIsNotTheListedPersonOfThatCountry()
    {
        var r = Run("Les ministres de la Culture français, italien et grec, Sophie Marchal, Lucia Ferraro-Conti et Nikos Andreadis, se sont réunis mardi à Naples.\n\n"
            + "En marge de la réunion, le ministre des Affaires étrangères italien, Marco Bellandi, présent à Naples pour un sommet, s'est entretenu avec M. Andreadis. "
            + "Le chef de la diplomatie italienne a salué « la qualité exceptionnelle » de la coopération avec Athènes.");
        Assert.Equal("marco-bellandi", Assert.Single(r.Claims, c => c.Text.Contains("exceptionnelle")).SpeakerKey);
    }
}
