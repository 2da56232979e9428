using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>Speaker phenomena of real news (issue 9), each on invented sentences through the whole pipeline.</summary>
public sealed class SpeakerPhenomenaTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public SpeakerPhenomenaTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 6, 12)) });

    [Fact]
    public void InvertedVerbAfterAnAdverbIsStillTheQuotesVerb()
    {
        var r = Run("Le maire de Figeac, Bernard Castaing, a visité la digue. « Les travaux commenceront en septembre », a ensuite précisé Bernard Castaing.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("bernard-castaing", c.SpeakerKey);
    }

    [Fact]
    public void InvertedPronounVerbFollowedByAnAdverbialPhrase()
    {
        var r = Run("La ministre de la Santé, Odile Carrère, était à Lyon mardi. « Aucun service ne fermera cet été », a-t-elle ajouté lors d'un point presse.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("odile-carrere", c.SpeakerKey);
    }

    [Fact]
    public void AdverbialPhraseBetweenTheVerbAndItsInvertedSubject()
    {
        var r = Run("« Nous ne signerons pas ce texte », a déclaré mercredi devant la presse le syndicaliste Yannick Le Goff.");
        Assert.Equal("yannick-le-goff", Assert.Single(r.Claims).SpeakerKey);
    }

    [Fact]
    public void AQuotationLeftOpenAtTheEndOfTheTextStillGivesAClaim()
    {
        var r = Run("La présidente du club, Martine Oyono, a réuni les joueurs lundi. Elle a déclaré : « Nous jouerons chaque match pour gagner, et nous le ferons ensemble");
        var c = Assert.Single(r.Claims);
        Assert.Equal("martine-oyono", c.SpeakerKey);
        Assert.Contains("chaque match pour gagner", c.Text);
    }

    [Fact]
    public void AnOrganizationAfterSelonUnCommuniqueIsTheSpeaker()
    {
        var r = Run("Selon un communiqué de la SNCF, le trafic reprendra normalement vendredi sur la ligne Paris-Lyon.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("sncf", c.SpeakerKey);
    }

    [Fact]
    public void InvertedPresentVerbWithAnOrganizationSubject()
    {
        var r = Run("« Aucune donnée bancaire n'a été dérobée », indique la Banque Populaire dans un message à ses clients.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("banque-populaire", c.SpeakerKey);
    }

    [Fact]
    public void AjouteWithAnOrganizationAfterAReportedClause()
    {
        var r = Run("Le site restera fermé jusqu'à nouvel ordre, ajoute la préfecture du Gard dans un communiqué.");
        var c = Assert.Single(r.Claims);
        Assert.Contains("pr", c.SpeakerKey);
        Assert.Contains("gard", c.SpeakerKey);
    }

    [Fact]
    public void AQuotedCrossheadIsNoClaim()
    {
        var r = Run("L'otage Paul Ravenel a été libéré vendredi, a annoncé l'Élysée.\n\n- \"Jamais perdu espoir\" -\n\nArrivé à l'aéroport, il a remercié ses proches.");
        Assert.DoesNotContain(r.Claims, c => c.Text.Contains("Jamais perdu espoir"));
    }

    [Fact]
    public void AFullSentenceQuotationParagraphAfterAClaimIsStillAContinuation()
    {
        var r = Run("« Nous ne lâcherons rien », a déclaré la syndicaliste Agnès Morvan.\n\n« Nous reviendrons chaque semaine devant la préfecture. »");
        Assert.Equal(2, r.Claims.Count);
        Assert.All(r.Claims, c => Assert.Equal("agnes-morvan", c.SpeakerKey));
    }

    [Fact]
    public void BareTitleSpeakerIsThePersonTheArticleNamedWithThatTitle()
    {
        var r = Run("Le préfet de la Somme, Étienne Marchal, a réuni les maires jeudi à Amiens. "
            + "« La situation reste préoccupante sur le littoral », a souligné le préfet.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("etienne-marchal", c.SpeakerKey);
    }

    [Fact]
    public void TheBossOfACompanyIsTheNamedChiefExecutive()
    {
        var r = Run("Patrick Vaillant, PDG de Veltrano, a présenté les résultats annuels mardi. "
            + "« Nous allons investir deux milliards en Europe », a assuré le patron de Veltrano.");
        Assert.Equal("patrick-vaillant", Assert.Single(r.Claims).SpeakerKey);
    }

    [Fact]
    public void LaMinistreOpeningASentenceIsTheMinisterNamedBefore()
    {
        var r = Run("La ministre de l'Éducation, Sophie Renaudin, a visité un collège de Lille. La ministre a affirmé que les effectifs seraient réduits dès la rentrée.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("sophie-renaudin", c.SpeakerKey);
    }

    [Fact]
    public void AFiniteVerbAfterAnAppositionIsNoIncise()
    {
        var r = Run("Les pompiers de la Drôme, le service départemental d'incendie, redoutent la reprise des feux au sud de Valence.");
        Assert.Empty(r.Claims);
    }

    [Fact]
    public void ALongTitleWithCoordinatedComplementsIsThePersonApposedToIt()
    {
        var r = Run("Le festival est annulé, a annoncé la ministre de la Culture et de la Communication, Léa Morandini.\n\n"
            + "« C'est une décision douloureuse mais nécessaire », a déclaré la ministre devant la presse.");
        Assert.Equal(2, r.Claims.Count);
        Assert.All(r.Claims, c => Assert.Equal("lea-morandini", c.SpeakerKey));
    }

    [Fact]
    public void AForeignMinisterDescribedByHisCountryIsTheOfficialOfThatCountry()
    {
        var r = Run("Le ministre d'État malien aux Affaires étrangères, Boubacar Keïta-Diarra, a reçu les ambassadeurs lundi.\n\n"
            + "Selon le chef de la diplomatie malienne, les frontières seront rouvertes dès le mois prochain.");
        Assert.Equal("boubacar-keita-diarra", Assert.Single(r.Claims).SpeakerKey);
    }

    [Fact]
    public void CivilityAndSurnameAfterTheVerbIsThePersonNamedEarlier()
    {
        var r = Run("Le négociateur Karim ben Saleh al-Tamimi a quitté Genève mardi.\n\n"
            + "« Nous reviendrons à la table des discussions », a écrit M. al-Tamimi sur le réseau social X.");
        Assert.Equal("karim-ben-saleh-al-tamimi", Assert.Single(r.Claims).SpeakerKey);
    }

    [Fact]
    public void AnUnnamedSourceAfterTheVerbIsNoSpeaker()
    {
        var r = Run("Le ministre malien Boubacar Keïta-Diarra était à Dakar jeudi.\n\n"
            + "Samedi, le ministre a reçu à Bamako le directeur du centre de crise, a indiqué à l'AFP une source diplomatique.");
        Assert.DoesNotContain(r.Claims, c => c.Text.Contains("centre de crise"));
    }

    [Fact]
    public void SelonATranslationAfterAnInciseOnlyRelaysTheQuotation()
    {
        var r = Run("Le ministre d'État malien, Boubacar Keïta-Diarra, a démenti tout accord. « Aucune rançon n'a été payée », a-t-il affirmé, selon une traduction de Radio Sahel.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("boubacar-keita-diarra", c.SpeakerKey);
    }

    [Fact]
    public void ABareTitleSubjectOfAGerundClaimIsThePersonNamedBefore()
    {
        var r = Run("La maire de Quimper, Isabelle Le Floch, a inauguré la médiathèque samedi.\n\n"
            + "La maire a remercié les bénévoles, estimant que rien n'aurait été possible sans leur engagement.");
        Assert.Equal("isabelle-le-floch", Assert.Single(r.Claims).SpeakerKey);
    }
}
