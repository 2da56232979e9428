using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>Fourth round of speaker rules (issue 9, cross-outlet stories), each on an invented sentence through the whole pipeline.</summary>
public sealed class SpeakerRound4Tests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public SpeakerRound4Tests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 6, 12)) });

    [Fact]
    public void EmphaticPronounBetweenVerbAndQue()
    {
        var r = Run("Le président letton Arvids Kalnins a plaidé pour la prudence. Son homologue estonienne, Liisa Tamm, a jugé, elle, que l'Estonie ne pouvait pas attendre le prochain sommet.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("sommet"));
        Assert.Equal("liisa-tamm", c.SpeakerKey);
    }

    [Fact]
    public void EmphaticPronounBeforeAQuotedObject()
    {
        var r = Run("Le ministre togolais Koffi Agbodjan a reçu son homologue béninoise, Rachida Adjovi. La ministre béninoise a évoqué, elle, « une même vision » du corridor côtier.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("vision"));
        Assert.Equal("rachida-adjovi", c.SpeakerKey);
    }

    [Fact]
    public void DemonstrativePronounSubjectIsTheLastPersonOfItsGender()
    {
        var r = Run("Le ministre portugais Rui Almeida a accueilli mardi à Lisbonne la ministre lituanienne, Ona Kazlauskiene. "
            + "Celle-ci a souligné que la Lituanie avait « besoin d'alliés fiables ».");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("alliés"));
        Assert.Equal("ona-kazlauskiene", c.SpeakerKey);
    }

    [Fact]
    public void CoordinatedParticipleSharesTheSubject()
    {
        var r = Run("La ministre lituanienne Ona Kazlauskiene a remercié le Portugal pour son aide et souligné que la Lituanie avait besoin d'alliés fiables.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("alliés"));
        Assert.Equal("ona-kazlauskiene", c.SpeakerKey);
    }

    [Fact]
    public void RelativeClauseAfterAnApposedName()
    {
        var r = Run("Le premier ministre québécois s'était entretenu avec le premier ministre du Canada, Jonathan Pelletier, qui a salué dans un communiqué \"un modèle pour tout le pays\".");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("modèle"));
        Assert.Equal("jonathan-pelletier", c.SpeakerKey);
    }

    [Fact]
    public void RelativeClauseWithTheQuotationAsObject()
    {
        var r = Run("Le premier ministre québécois s'était entretenu avec le premier ministre du Canada, Jonathan Pelletier, qui a salué \"un modèle pour tout le pays\".");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("modèle"));
        Assert.Equal("jonathan-pelletier", c.SpeakerKey);
    }

    [Fact]
    public void InvertedPronounAfterAnIndirectObject()
    {
        var r = Run("L'entraîneur Julien Morvan a été remercié lundi. \"Je pars la tête haute\", nous a-t-il confié lundi soir.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("tête"));
        Assert.Equal("julien-morvan", c.SpeakerKey);
    }

    [Fact]
    public void ReportedSpeechAfterAnInfinitiveOfAnnouncement()
    {
        var r = Run("La ministre Camille Ferrandi a salué un partenariat solide, avant d'annoncer que l'agence ouvrirait un bureau à Dakar.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("bureau"));
        Assert.Equal("camille-ferrandi", c.SpeakerKey);
    }

    [Fact]
    public void CoordinatedParticipleAfterADemonstrativeSubject()
    {
        var r = Run("Le ministre portugais Rui Almeida a accueilli mardi la ministre lituanienne, Ona Kazlauskiene. "
            + "Celle-ci a remercié le Portugal pour son aide et souligné que la Lituanie avait besoin d'alliés fiables.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("alliés"));
        Assert.Equal("ona-kazlauskiene", c.SpeakerKey);
    }

    [Theory]
    [InlineData("L'ancien directeur Paul Garnier a assuré avoir alerté sa hiérarchie à plusieurs reprises.", "alerté", "paul-garnier")]
    [InlineData("La navigatrice Léa Morvan a dit n'avoir « jamais douté » de son bateau pendant la tempête.", "douté", "lea-morvan")]
    [InlineData("Le maire Paul Garnier a reconnu être allé trop vite dans ce dossier.", "allé", "paul-garnier")]
    public void PerfectInfinitiveAfterAReportingVerbIsTheClaim(string sentence, string word, string speaker)
    {
        var r = Run(sentence);
        var c = Assert.Single(r.Claims, c => c.Text.Contains(word));
        Assert.Equal(speaker, c.SpeakerKey);
        Assert.StartsWith(sentence.Contains("n'avoir") ? "n'avoir" : sentence.Contains(" être ") ? "être" : "avoir", c.Text);
    }

    [Fact]
    public void AvoirWithANounIsNoReportedAct()
    {
        var r = Run("Le maire Paul Garnier a souhaité avoir une réponse du préfet avant l'été.");
        Assert.DoesNotContain(r.Claims, c => c.Text.StartsWith("avoir", StringComparison.Ordinal));
    }

    [Fact]
    public void MasculineTitleOfACountryIsNotTheWomanIntroducedWithAnotherTitleOfIt()
    {
        var r = Run("Le ministre suisse de l'Énergie, Marc Jaunin, a rencontré jeudi à Paris la ministre française de l'Économie. "
            + "L'ambassadrice de Suisse en France, Rita Zwahlen, assistait à l'entretien.\n\n"
            + "Devant la presse, le ministre suisse a expliqué que la Suisse ne pouvait pas rester une île électrique.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("île"));
        Assert.Equal("marc-jaunin", c.SpeakerKey);
    }

    [Fact]
    public void QuotationAfterACoordinatedVerbSharesTheSubject()
    {
        var r = Run("La ministre française Sophie Castel a reçu son homologue suisse Marc Jaunin.\n\n"
            + "Marc Jaunin a averti que son pays ne pouvait rester isolé, et a souhaité un accord « avant l'été prochain ».");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("été"));
        Assert.Equal("marc-jaunin", c.SpeakerKey);
    }

    [Fact]
    public void DemonymOfACityStandsForThePersonTheTextIsAbout()
    {
        var r = Run("Le conseiller fédéral Marc Jaunin a obtenu jeudi à Paris une promesse d'accès à l'électricité française.\n\n"
            + "« La Suisse ne peut pas rester une île électrique au cœur de l'Europe », a lancé le Fribourgeois devant la presse.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("île"));
        Assert.Equal("marc-jaunin", c.SpeakerKey);
    }
}
