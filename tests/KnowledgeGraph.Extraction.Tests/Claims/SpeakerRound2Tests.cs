using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>Second round of speaker rules, each on an invented sentence through the whole pipeline.</summary>
public sealed class SpeakerRound2Tests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public SpeakerRound2Tests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 6, 12)) });

    [Fact]
    public void BareTitleWithAnAdjectiveIsThePersonIntroducedWithThatTitle()
    {
        var r = Run("La ministre de l'Agriculture, Hélène Varga, a visité la ferme avec le ministre bavarois de l'Économie, Kurt Obermaier. "
            + "« Nous allons aider les éleveurs », a-t-elle déclaré.\n\nLe ministre bavarois a reconnu que la région était « à bout de souffle ».");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("souffle"));
        Assert.Equal("kurt-obermaier", c.SpeakerKey);
    }

    [Fact]
    public void TitleWithAComplementIsThePersonIntroducedWithTheSameTitleWords()
    {
        var r = Run("Les élus ont été reçus par son directeur général, Rémi Castagnol, en présence du préfet. "
            + "« Nous ne fermerons aucun service », a déclaré le directeur général de l'office.");
        Assert.Equal("remi-castagnol", Assert.Single(r.Claims).SpeakerKey);
    }

    [Fact]
    public void CollectiveNounSubjectGivesNoClaim()
    {
        var r = Run("Yolande Perrichon a présenté le texte mardi. La majorité a salué une « avancée historique ».");
        Assert.DoesNotContain(r.Claims, c => c.SpeakerKey == "yolande-perrichon" && c.Text.Contains("historique"));
    }

    [Fact]
    public void TranslationNoteIsNoClaim()
    {
        var r = Run("Karel Novotný a démissionné lundi.\n\n(Traduit du tchèque, d'après une dépêche de la Radio Free Europe)");
        Assert.DoesNotContain(r.Claims, c => c.Text.Contains("Traduit"));
    }

    [Fact]
    public void SentenceIsNotCutAtTheCivilityAbbreviation()
    {
        var r = Run("Paolo Renzetti a annoncé qu'un sommet avec Mme Duval et M. Okafor aurait lieu en mai.");
        var c = Assert.Single(r.Claims);
        Assert.Contains("Okafor", c.Text);
    }

    [Fact]
    public void DocumentConsultedByAnOutletIsNotTheOutletSpeaking()
    {
        var r = Run("Selon un rapport interne consulté par Le Monde, la société prévoit de supprimer 300 postes.");
        Assert.DoesNotContain(r.Claims, c => c.SpeakerKey is "le-monde" or "monde");
    }

    [Fact]
    public void ParticleAfterACivilityIsPartOfTheSubjectsName()
    {
        var r = Run("Le directeur de l'agence, Jean-Louis de Montferrand, a reçu les élus. M. de Montferrand a assuré que l'agence allait débloquer une enveloppe pour le service.");
        Assert.Equal("jean-louis-de-montferrand", Assert.Single(r.Claims).SpeakerKey);
    }

    [Fact]
    public void InvertedPronounAfterASentenceOpenedByABareTitleIsThatTitlesHolder()
    {
        var r = Run("Le ministre hongrois de l'Intérieur, Gábor Kertész, a visité la frontière avec Eszter Nagy. "
            + "Le ministre hongrois a accusé Vienne de laisser passer des passeurs. « Ce sont des réseaux organisés », a-t-il affirmé.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("réseaux"));
        Assert.Equal("gabor-kertesz", c.SpeakerKey);
    }

    [Fact]
    public void OppositionAsSubjectIsNotThePersonNamedBefore()
    {
        var r = Run("Yolande Perrichon a présenté le texte mardi. L'opposition a dénoncé une « réforme bâclée ».");
        Assert.DoesNotContain(r.Claims, c => c.SpeakerKey == "yolande-perrichon");
    }

    [Fact]
    public void DefendAndFearBeforeAQuotationReportIt()
    {
        var r = Run("La maire, Odile Ferracci, a défendu « un budget sincère et responsable ». L'association Terre Vivante, qui compte 300 membres, redoute « une bétonisation du littoral ».");
        Assert.Equal(new[] { ("odile-ferracci", "un budget sincère et responsable"), ("terre-vivante", "une bétonisation du littoral") },
            r.Claims.Select(c => (c.SpeakerKey, c.Text)).OrderBy(x => x.SpeakerKey, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void QuotationAfterAColonBelongsToTheSubjectEvenPastAShortQuotedWord()
    {
        var r = Run("Sa présidente, Anne Lory, se dit « déçue » : « Chaque coupe budgétaire nous affaiblit. »");
        Assert.Contains(r.Claims, c => c.SpeakerKey == "anne-lory" && c.Text.Contains("coupe budgétaire"));
    }

    [Fact]
    public void BareReportingClauseBeforeSelonIsNoClaimOfTheSource()
    {
        var r = Run("Le ministre italien, Marco Bellandi, a appelé son homologue. Il lui a demandé, selon un communiqué de la Commission européenne, de libérer les otages.");
        Assert.DoesNotContain(r.Claims, c => c.Text.StartsWith("Il lui a demandé", StringComparison.Ordinal));
    }

    [Fact]
    public void TitleAfterTheVerbIsNotTheTitleOfTheNextParagraph()
    {
        var r = Run("Karim Oudjani a été reçu par le préfet. « Il a été poli, sans plus », a raconté le militant.\n\nLe directeur de la société, Paul Verhaegen, défend le projet.");
        Assert.DoesNotContain(r.Claims, c => c.SpeakerKey == "paul-verhaegen");
    }

    [Fact]
    public void CeluiQuiAfterTheVerbIsThePersonOfACompoundTitle()
    {
        var r = Run("L'actionnaire sortant, l'homme d'affaires Paul Ravanel, garde 10 % des parts. « Je ne pouvais plus suivre », a reconnu celui qui avait racheté le club en 2015.");
        Assert.Equal("paul-ravanel", Assert.Single(r.Claims).SpeakerKey);
    }
}
