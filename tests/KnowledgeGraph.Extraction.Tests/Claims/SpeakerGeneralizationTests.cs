using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>Speaker attribution through the whole pipeline, on invented sentences (names and topics absent from the seeds).</summary>
public sealed class SpeakerGeneralizationTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public SpeakerGeneralizationTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 6, 12)) });

    private static (string Speaker, string Text)[] Claims(ExtractionResult r) =>
        r.Claims.Select(c => (c.SpeakerKey, c.Text)).OrderBy(x => x.Text, StringComparer.Ordinal).ToArray();

    [Fact]
    public void FeminineInvertedPronounPicksTheWomanByHerFirstName()
    {
        var r = Run("Gérald Amouroux et Paula Restrepo se sont rencontrés jeudi. « Nous sommes d'accord sur l'essentiel », a-t-elle affirmé.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("paula-restrepo", c.SpeakerKey);
    }

    [Fact]
    public void MasculinePronounSkipsAWomanNamedFirst()
    {
        var r = Run("Ingrid Haugland a reçu Piotr Zielinski à Oslo. Il a ensuite déclaré que l'accord était proche.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("piotr-zielinski", c.SpeakerKey);
    }

    [Fact]
    public void StandaloneQuotationAfterASentenceAboutAPersonIsTheirs()
    {
        var r = Run("Henrique Valadão a pris la parole devant les députés. « Le pays doit se réformer sans attendre. »");
        var c = Assert.Single(r.Claims);
        Assert.Equal("henrique-valadao", c.SpeakerKey);
        Assert.Contains("réformer", c.Text);
    }

    [Fact]
    public void StandaloneQuotationAfterASentenceWithoutPersonIsNotEmitted()
    {
        var r = Run("Le vote a été reporté à la semaine prochaine. « Le pays doit se réformer sans attendre. »");
        Assert.Empty(r.Claims);
    }

    [Fact]
    public void QuotationAfterAColonBelongsToThePersonSubject()
    {
        var r = Run("La ministre Clara Desmoulins a ouvert la séance : « Nous devons agir vite et ensemble. »");
        var c = Assert.Single(r.Claims);
        Assert.Equal("clara-desmoulins", c.SpeakerKey);
    }

    [Fact]
    public void QuotationOverTwoParagraphsIsOneClaimOfTheSpeakerNamedAtItsEnd()
    {
        var r = Run("Le débat a duré trois heures.\n\n« Le premier point est réglé.\n\n« Le second reste ouvert », a expliqué Tomasz Wrobel.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("tomasz-wrobel", c.SpeakerKey);
        Assert.Contains("premier point", c.Text);
        Assert.Contains("second reste ouvert", c.Text);
    }

    [Fact]
    public void BareInstitutionNounSpeaksForTheBodyNamedBefore_NotForAPerson()
    {
        var r = Run("Lena Kowal a rencontré l'ambassadeur. Le ministère des Affaires étrangères de Moldavie a convoqué le diplomate. "
            + "Le ministère a indiqué dans un communiqué que la frontière restait fermée.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("ministere-des-affaires-etrangeres-moldavie", c.SpeakerKey);
    }

    [Fact]
    public void CompanyNounsAreInterchangeableForTheSpeakingCompany()
    {
        var r = Run("La société Veltrano a publié ses comptes. Dans un communiqué, l'entreprise a affirmé que ses ventes progressaient.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("veltrano", c.SpeakerKey);
    }

    [Fact]
    public void BareTitleOpeningAClauseAfterAnAdverbialIsNotAnInstitution()
    {
        // "la longue séance" is no institution: the quotation is an assessment without a speaker
        var r = Run("Ruth Okonjo a présidé la réunion. Dans l'ensemble, la longue séance a été jugée « productive » par les participants.");
        Assert.DoesNotContain(r.Claims, c => c.Text.Contains("productive"));
    }

    [Fact]
    public void CetteDerniereIsTheLastWomanNamed()
    {
        var r = Run("Victor Hallé a rencontré Sophie Brunet. Cette dernière a affirmé que l'accord était signé.");
        Assert.Equal("sophie-brunet", Assert.Single(r.Claims).SpeakerKey);
    }

    [Fact]
    public void PourWithAnAppositionKeepsOnlyTheQuotation()
    {
        var r = Run("Pour Amélie Fontanet, économiste chez Natixis, « la croissance restera faible ».");
        var c = Assert.Single(r.Claims);
        Assert.Equal("amelie-fontanet", c.SpeakerKey);
        Assert.DoesNotContain("économiste", c.Text);
    }

    [Fact]
    public void RoleNamedSpeakerResolvesToTheHolderInTheArticle()
    {
        var r = Run("Le ministre des Finances, Lars Ødegaard, a présenté le budget. « Il faut réduire la dette », a averti le ministre.");
        Assert.Equal("lars-odegaard", Assert.Single(r.Claims).SpeakerKey);
    }

    [Fact]
    public void UnnamedAndCollectiveSpeakersGiveNoClaim()
    {
        var r = Run("« La décision est prise », a confirmé à l'AFP un proche du dossier. Les syndicats estiment que la réforme est injuste.");
        Assert.Empty(r.Claims);
    }

    [Fact]
    public void ReportedSpeechKeepsItsCommasAndTheSubjectAcrossARelativeClause()
    {
        var r = Run("Marta Oyelowo, qui dirige la délégation depuis mars, a déclaré que la réforme, adoptée lundi, était insuffisante.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("marta-oyelowo", c.SpeakerKey);
        Assert.Equal("la réforme, adoptée lundi, était insuffisante.", c.Text);
    }

    [Fact]
    public void BareTitleAfterTheVerbIsTheHolderOfThatPostInTheArticle()
    {
        var r = Run("La Première ministre, Agathe Rouvière, a pris la parole. Lina Osei a critiqué le budget. "
            + "« Nous tiendrons le cap », lui a répondu la cheffe du gouvernement.");
        var c = Assert.Single(r.Claims, c => c.Text.Contains("cap"));
        Assert.Equal("agathe-rouviere", c.SpeakerKey);
    }

    [Fact]
    public void BracketedAcronymIsNotTheInvertedSubject()
    {
        var r = Run("« Ce texte est mort », a lancé le président du groupe Horizon Commun (HC), Karim Haddou.");
        Assert.Equal("karim-haddou", Assert.Single(r.Claims).SpeakerKey);
    }

    [Fact]
    public void ReflexiveReportingVerbAfterAQuotation()
    {
        var r = Run("« C'est une victoire pour tous les riverains », s'est félicitée Mireille Castagnet à la sortie de l'audience.");
        Assert.Equal("mireille-castagnet", Assert.Single(r.Claims).SpeakerKey);
    }

    [Fact]
    public void InfinitiveOfADemandVerbIsNoClaim()
    {
        var r = Run("L'association doit rencontrer lundi le préfet, Hervé Kerjean, pour réclamer un plan de contrôle des sites.");
        Assert.Empty(r.Claims);
    }

    [Fact]
    public void CetteDerniereAfterTheVerbIsTheLastWomanNamed()
    {
        var r = Run("Le débat est mené par Piotr Nowak et la négociatrice Anneke Visser. « Le temps presse », a lancé cette dernière en séance.");
        Assert.Equal("anneke-visser", Assert.Single(r.Claims).SpeakerKey);
    }

    [Fact]
    public void PourWithAPersonOpensTheirView()
    {
        var r = Run("Pour Leïla Haddadi, directrice de l'Institut Orvane (IO), un cercle de réflexion fondé à Lille, céder maintenant serait une faute.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("leila-haddadi", c.SpeakerKey);
        Assert.Equal("céder maintenant serait une faute.", c.Text);
    }

    [Fact]
    public void PourWithoutAPersonIsNoSource()
    {
        var r = Run("Pour la première fois, le Parlement a voté le texte en une seule lecture.");
        Assert.Empty(r.Claims);
    }

    [Fact]
    public void PresentTenseTrancherReportsTheQuotation()
    {
        var r = Run("« Sans argent, la transition n'est qu'un slogan », tranche Bintou Sarr, directrice d'une petite ONG.");
        Assert.Equal("bintou-sarr", Assert.Single(r.Claims).SpeakerKey);
    }

    [Fact]
    public void QuotationFinderCarriesAQuotationOverParagraphsOnlyWhenTheFirstEndsASentence()
    {
        var open = QuotationFinder.Find("« Premier point réglé.\n\n« Second point ouvert », dit-il.");
        Assert.Single(open);
        var unclosed = QuotationFinder.Find("« Un titre sans fin\n\nUn autre paragraphe « cité » ici.");
        Assert.Equal("cité", Assert.Single(unclosed).Inner.Of("« Un titre sans fin\n\nUn autre paragraphe « cité » ici."));
    }
}
