using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>Reporting predicates beyond "dire" verbs (speech-predicates.tsv), found in every tense and person; invented sentences.</summary>
public sealed class ReportingPredicateTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionResources _resources;
    private readonly ExtractionPipeline _pipeline;

    public ReportingPredicateTests(ResourcesFixture fixture)
    {
        _resources = fixture.Resources;
        _pipeline = DefaultPipeline.Create(fixture.Resources);
    }

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 6, 12)) });

    [Theory]
    [InlineData("mettre", "met,mettent,mettait,mis,mise,mettra,mettrait,mit,mettant")]
    [InlineData("prendre", "prend,prennent,prenait,pris,prendra,prit,prenant")]
    [InlineData("faire", "fait,font,faisait,fera,ferait,fit,faisant")]
    [InlineData("rappeler", "rappelle,rappellent,rappelait,rappelé,rappellera,rappela")]
    [InlineData("s'inquiéter", "s'inquiète,s'inquiètent,s'inquiétait,s'est inquiété,se sont inquiétées,s'inquiétera")]
    [InlineData("se féliciter", "se félicite,se félicitent,s'est félicitée,se sont félicités")]
    public void ConjugatorBuildsEveryTenseFromTheInfinitive(string infinitive, string expected)
    {
        var grammar = ClaimGrammar.From(_resources);
        var conjugator = new VerbConjugator(_resources.Table("verb-conjugations-fr.tsv"), grammar.ReflexiveAuxiliaries);
        var forms = conjugator.Forms(infinitive).ToHashSet();
        foreach (var f in expected.Split(',')) Assert.Contains(f, forms);
    }

    [Fact]
    public void MettreEnGardeContreGivesTheObjectAsClaim()
    {
        var r = Run("La préfète de l'Hérault, Sandrine Castellac, a mis en garde jeudi contre les baignades dans les cours d'eau en crue.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("sandrine-castellac", c.SpeakerKey);
        Assert.Contains("baignades dans les cours d'eau", c.Text);
    }

    [Fact]
    public void PresentTenseMetEnGardeIsFoundToo()
    {
        var r = Run("Le syndicaliste Marc Delorme met en garde contre une réforme bâclée des retraites.");
        Assert.Equal("marc-delorme", Assert.Single(r.Claims).SpeakerKey);
    }

    [Fact]
    public void FaireParDeGivesTheObject()
    {
        var r = Run("Le maire de Trélazé, Olivier Penneau, a fait part de son inquiétude face à la fermeture de l'usine.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("olivier-penneau", c.SpeakerKey);
        Assert.Contains("inquiétude face à la fermeture", c.Text);
    }

    [Fact]
    public void PrendreActeDuVote()
    {
        var r = Run("La cheffe du gouvernement, Aminata Touré-Sylla, prend acte du vote des députés et annonce un remaniement.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("aminata-toure-sylla", c.SpeakerKey);
        Assert.Contains("vote des députés", c.Text);
    }

    [Fact]
    public void RappelerSonAttachementKeepsTheNoun()
    {
        var r = Run("Le ministre des Affaires étrangères, Hassan Benali, a rappelé son attachement à une solution négociée du conflit.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("hassan-benali", c.SpeakerKey);
        Assert.StartsWith("attachement à une solution négociée", c.Text);
    }

    [Fact]
    public void MotiverSaDecisionPar()
    {
        var r = Run("L'entraîneur Luc Moreau a motivé sa décision par la fatigue accumulée de ses joueurs.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("luc-moreau", c.SpeakerKey);
        Assert.Contains("fatigue accumulée", c.Text);
    }

    [Fact]
    public void ReflexiveSInquieterInACompoundTense()
    {
        var r = Run("La députée Claire Fontanel s'est inquiétée du sort des saisonniers après la fermeture du camping.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("claire-fontanel", c.SpeakerKey);
        Assert.Contains("sort des saisonniers", c.Text);
    }

    [Fact]
    public void DenoncerWithADirectObject()
    {
        var r = Run("Le président de l'association, Jean-Paul Kouassi, dénonce une dérive autoritaire du pouvoir.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("jean-paul-kouassi", c.SpeakerKey);
        Assert.Contains("dérive autoritaire", c.Text);
    }

    [Fact]
    public void InsisterSur()
    {
        var r = Run("La directrice de l'hôpital, Nadia Berrada, a insisté sur la nécessité de recruter des infirmiers.");
        Assert.Contains("nécessité de recruter", Assert.Single(r.Claims).Text);
    }

    [Fact]
    public void AnInfinitiveOfPurposeIsNoClaim()
    {
        var r = Run("Les habitants de Vierzon, dont Paul Mercier, se sont réunis pour dénoncer la fermeture de la gare.");
        Assert.Empty(r.Claims);
    }

    [Fact]
    public void AReportingPredicateBeforeAColonReportsTheQuotation()
    {
        var r = Run("Le procureur Étienne Valadier a mis en garde : « Personne n'est au-dessus des lois. »");
        var c = Assert.Single(r.Claims);
        Assert.Equal("etienne-valadier", c.SpeakerKey);
        Assert.Equal("mettre en garde", c.Appearances[0].SpeechVerb);
    }

    [Fact]
    public void AShortNounPhraseBeforeAColonAnnouncesTheClaim()
    {
        var r = Run("La pédiatre Hélène Garnier a insisté sur un point : les parents ne doivent pas arrêter le traitement sans avis.");
        var c = Assert.Single(r.Claims);
        Assert.StartsWith("les parents ne doivent pas", c.Text);
    }

    [Fact]
    public void APluralSubjectIsNoOnePerson()
    {
        var r = Run("La candidate Helena Moura a remporté le scrutin dimanche. Les marchés ont salué sa victoire dès lundi matin.");
        Assert.DoesNotContain(r.Claims, c => c.Text.Contains("victoire"));
    }
}
