using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>Fifth round of speaker rules (issue 9, cross-outlet stories: one outlet quotes, the other reports), each on an
/// invented article through the whole pipeline.</summary>
public sealed class SpeakerRound5Tests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public SpeakerRound5Tests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 6, 12)) });

    [Theory]
    [InlineData("a assuré, lors de la conférence de presse qui a suivi, que")]
    [InlineData("a affirmé, mardi soir, que")]
    [InlineData("a répété, devant les députés de la commission, qu'à ses yeux")]
    public void AdverbialInciseBetweenTheVerbAndQue(string verb)
    {
        var r = Run("Les entretiens avec le ministre marocain de l'Industrie, Karim Bennani, ont duré trois heures.\n\n"
            + $"Le ministre {verb} le Maroc « restera un partenaire fiable » pour l'Europe.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("partenaire"));
        Assert.Equal("karim-bennani", c.SpeakerKey);
        Assert.DoesNotContain("conférence", c.Text);
    }

    [Fact]
    public void CommaAfterTheVerbWithoutQueReportsNothing()
    {
        var r = Run("Le maire de Quimper, Paul Garnier, a rappelé, lors de la séance, les règles du débat municipal.");
        Assert.DoesNotContain(r.Claims, c => c.Text.StartsWith("les règles", StringComparison.Ordinal));
    }

    [Fact]
    public void DemonstrativeSubjectSkipsADescriptionTiedToNoName()
    {
        var r = Run("Le chef de la diplomatie, Laurent Morand, a accueilli mardi la ministre roumaine des Affaires étrangères, Irina Popescu.\n\n"
            + "« La neutralité n'est pas l'indifférence », a déclaré le ministre lors d'un point de presse conjoint avec son invitée. "
            + "Celle-ci a remercié la France pour son aide au déminage et souligné que la Roumanie avait « besoin de partenaires patients ».");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("partenaires"));
        Assert.Equal("irina-popescu", c.SpeakerKey);
    }

    [Fact]
    public void DemonstrativeSubjectTakesTheNearestPersonOfItsGender()
    {
        var r = Run("La ministre lituanienne Ona Kazlauskiene a reçu mardi son homologue portugais, Rui Almeida. Les deux ministres ont déjeuné ensemble. "
            + "Celui-ci a souligné que le Portugal avait besoin de partenaires patients.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("partenaires"));
        Assert.Equal("rui-almeida", c.SpeakerKey);
    }

    [Theory]
    [InlineData("La CGT, plus mesurée, a fait part de sa « vigilance » par la voix de Sophie Marchand : « Nous ne signerons rien qui pénalise les plus précaires. »")]
    [InlineData("La CGT, par la voix de son secrétaire général Sophie Marchand, s'inquiète : « Nous ne signerons rien qui pénalise les plus précaires. »")]
    [InlineData("« Nous ne signerons rien qui pénalise les plus précaires », a prévenu la CGT par la bouche de Sophie Marchand.")]
    public void AnOrganizationSpeakingThroughAPersonIsThatPersonsClaim(string sentence)
    {
        var r = Run("Paris, 3 décembre – Trois heures de réunion au ministère du Travail.\n\n" + sentence);
        var c = Assert.Single(r.Claims, c => c.Text.Contains("précaires"));
        Assert.Equal("sophie-marchand", c.SpeakerKey);
    }

    [Fact]
    public void AnOrganizationWithoutAVoiceCueKeepsItsClaim()
    {
        var r = Run("Paris, 3 décembre – Trois heures de réunion au ministère du Travail avec Sophie Marchand.\n\n"
            + "La CGT a dénoncé un texte qui pénalise les plus précaires.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("précaires"));
        Assert.Equal("cgt", c.SpeakerKey);
    }

    [Theory]
    [InlineData("analyse la chercheuse Salma Benali, de l'Institut des relations internationales")]
    [InlineData("glisse Salma Benali, chercheuse à l'Institut des relations internationales")]
    [InlineData("tempère Salma Benali, chercheuse à l'Institut des relations internationales")]
    public void CommentVerbsAfterAQuotationReportIt(string incise)
    {
        var r = Run($"« Le pragmatisme l'emporte. Alger a compris qu'isoler son voisin, c'était renforcer ses rivaux », {incise}.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("pragmatisme"));
        Assert.Equal("salma-benali", c.SpeakerKey);
    }

    [Fact]
    public void AnalyseBeforeItsObjectIsNoReportingVerb()
    {
        var r = Run("La chercheuse Salma Benali analyse les chiffres du commerce extérieur publiés mardi par les douanes.");
        Assert.Empty(r.Claims);
    }

    [Fact]
    public void ANameInAnAdverbialAfterABareTitleIsNotTheSpeaker()
    {
        var r = Run("Le verglas a privé d'électricité 90 000 foyers, et la mairesse de Sherbrooke, Nathalie Bergeron, demande l'aide de l'armée.\n\n"
            + "« Nos aînés sont dans le froid depuis deux jours », a déclaré la mairesse lors d'un point de presse conjoint avec le ministre de la Sécurité publique, Marc Tremblay, jeudi.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("aînés"));
        Assert.Equal("nathalie-bergeron", c.SpeakerKey);
    }

    [Fact]
    public void ANameApposedToTheTitleAfterTheVerbIsTheSpeaker()
    {
        var r = Run("Le verglas a privé d'électricité 90 000 foyers à Sherbrooke.\n\n"
            + "« Nos aînés sont dans le froid depuis deux jours », a déclaré le ministre de la Sécurité publique, Marc Tremblay, jeudi.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("aînés"));
        Assert.Equal("marc-tremblay", c.SpeakerKey);
    }

    [Fact]
    public void MinistreDEtatIsThePersonIntroducedWithThatTitleNotTheLatestMinister()
    {
        var r = Run("Le ministre d'État, ministre de l'Agriculture, du Développement rural et de la Pêche, Kouadio Yao Ahoua, a été accueilli jeudi à Sikasso "
            + "par le ministre malien de l'Agriculture, Issa Traoré.\n\n"
            + "« Nous voulons mutualiser la recherche sur les semences », a déclaré le ministre d'État à l'issue de la séance de travail.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("semences"));
        Assert.Equal("kouadio-yao-ahoua", c.SpeakerKey);
    }

    [Fact]
    public void MinistreDEtatFallsBackOnTheMinisterWhenNoOneHasTheWholeTitle()
    {
        var r = Run("Le ministre malien de l'Agriculture, Issa Traoré, a reçu jeudi à Sikasso une délégation de producteurs.\n\n"
            + "« Nous voulons mutualiser la recherche sur les semences », a déclaré le ministre d'État à l'issue de la séance de travail.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("semences"));
        Assert.Equal("issa-traore", c.SpeakerKey);
    }

    [Theory]
    [InlineData("La partie malienne a, pour sa part, affirmé que le coton des deux pays était complémentaire.", "issa-traore")]
    [InlineData("La délégation ivoirienne a affirmé que le coton des deux pays était complémentaire.", "kouadio-yao-ahoua")]
    public void ASideNamedByItsNationalityIsThePersonOfThatCountry(string sentence, string speaker)
    {
        var r = Run("Le ministre ivoirien de l'Agriculture, Kouadio Yao Ahoua, a été accueilli jeudi à Sikasso par le ministre malien de l'Agriculture, Issa Traoré.\n\n" + sentence);
        var c = Assert.Single(r.Claims, c => c.Text.Contains("complémentaire"));
        Assert.Equal(speaker, c.SpeakerKey);
    }

    [Fact]
    public void ASideOfACountryNobodyRepresentsIsNobody()
    {
        var r = Run("Le ministre ivoirien de l'Agriculture, Kouadio Yao Ahoua, a été accueilli jeudi à Sikasso par le ministre malien de l'Agriculture, Issa Traoré.\n\n"
            + "La partie ghanéenne a affirmé que le coton des deux pays était complémentaire.");
        Assert.DoesNotContain(r.Claims, c => c.Text.Contains("complémentaire"));
    }
}
