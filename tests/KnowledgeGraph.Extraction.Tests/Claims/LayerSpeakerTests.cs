using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>
/// Claims read the language layer's speech-verb sites (verbs found by lemma) and resolve definite descriptions and
/// pronouns with gender agreement; invented sentences in the style of several outlets, through the whole pipeline.
/// </summary>
public sealed class LayerSpeakerTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public LayerSpeakerTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 6, 12)) });

    [Fact]
    public void AVerbFormThatIsAlsoANounReportsRightAfterTheQuotation()
    {
        // "glisse" is also a noun ("la glisse"); after « … », it can only be the reporting verb
        var r = Run("Depuis 2019, Mme Ferhat et M. Garnier se croisent souvent. « On ne se fait pas de cadeaux, mais on se respecte », glisse la syndicaliste.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("ferhat", c.SpeakerKey);
        Assert.Equal("glisser", c.Appearances[0].SpeechVerb);
    }

    [Fact]
    public void APostQuotationVerbOnlyTheLexiconKnowsIsFoundByLemma()
    {
        // "ironiser" is listed only in the language layer's patterns, in no claim word list
        var r = Run("La députée Claire Vasseur a quitté l'hémicycle. « C'est une mascarade », ironise-t-elle.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("claire-vasseur", c.SpeakerKey);
        Assert.Equal("C'est une mascarade", c.Text);
    }

    [Fact]
    public void AReflexiveVerbIsNotTheSpeechVerbWithoutItsPronoun()
    {
        // "s'assurer que" (to make sure) is not "assurer que" (to state)
        var r = Run("La Première ministre a reçu les présidents des groupes, dont Paul Garnier, pour s'assurer qu'aucun député ne ferait défection.");
        Assert.DoesNotContain(r.Claims, c => c.Text.Contains("défection"));
    }

    [Fact]
    public void AnInvertedDescriptionStandsForThePersonOfItsGender()
    {
        // Swiss-wire style: the official is named once, then described
        var r = Run("La commissaire européenne Anna Kowalczyk a reçu mardi les patrons du secteur à Berne. "
            + "« Il n'y aura aucun report », a tranché la responsable polonaise devant les députés.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("anna-kowalczyk", c.SpeakerKey);
    }

    [Fact]
    public void AFeminineDescriptionSkipsTheManNamedLast()
    {
        var r = Run("La maire de Lausanne, Sophie Brandt, a visité le chantier avec l'architecte Marc Keller. "
            + "« Nous tiendrons les délais », a assuré l'élue. « Le quartier sera prêt en 2027 », a ajouté la socialiste.");
        Assert.All(r.Claims, c => Assert.Equal("sophie-brandt", c.SpeakerKey));
        Assert.Contains(r.Claims, c => c.Text.Contains("2027"));
    }

    [Fact]
    public void APronounWithOnlyAComplementPersonNearbyIsThatPerson()
    {
        // Africa-wire style: the general is named inside a participial phrase, not as the subject
        var r = Run("La délégation de l'armée, conduite par le général Omar Haddad, a posé ses conditions à Doha. "
            + "« L'armée ne cédera rien », a-t-il déclaré à la presse.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("omar-haddad", c.SpeakerKey);
    }

    [Fact]
    public void AnIndefiniteDescriptionIsNoNamedSpeaker()
    {
        var r = Run("Le ministre Paul Garnier a visité l'usine de Roubaix. « Nous tiendrons nos promesses », a déclaré une responsable du site.");
        Assert.DoesNotContain(r.Claims, c => c.SpeakerKey == "paul-garnier");
    }

    [Fact]
    public void ANameInsideARelativeClauseBeforeTheVerbIsNotTheSubject()
    {
        var r = Run("Côté armée, le ton reste ferme. Le général Omar Haddad, qui représente à Doha le maréchal Idriss Kane, "
            + "a averti que l'armée refuserait de signer tout texte.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("omar-haddad", c.SpeakerKey);
    }

    [Fact]
    public void ABareTitleBeforeAFiniteVerbIsThePersonIntroducedWithIt()
    {
        // the title words stop at the verb the language layer reads as finite ("exige"), so "le général" is looked up
        var r = Run("La délégation de l'armée, conduite par le général Omar Haddad, proche du chef d'état-major Idriss Kane, a posé ses conditions. "
            + "Le général exige le retrait des milices des villes qu'elles occupent.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("omar-haddad", c.SpeakerKey);
    }

    [Fact]
    public void AnOfficialDescribedByHisCountryIsThePersonApposedToThatNationality()
    {
        // "son homologue qatari, X" introduces X; "le ministre d'État qatari" later stands for him
        var r = Run("La ministre a eu un long entretien avec son homologue qatari, Khaled Al-Nasser, pour régler les détails. "
            + "Interrogé par la chaîne Al Jazeera, le ministre d'État qatari a démenti tout paiement. « Aucune rançon n'a été payée », a-t-il affirmé.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("khaled-al-nasser", c.SpeakerKey);
    }

    [Fact]
    public void ADescriptionAfterALeadingParticipialPhraseAgreesInGender()
    {
        // "l'ancienne otage": the elided article hides the gender, the adjective tells it
        var r = Run("Le ministre Paul Garnier est venu accueillir la Française Hélène Dupas à l'aéroport. Le ministre a remercié le Qatar. "
            + "Descendue de l'avion d'un pas hésitant, l'ancienne otage a dit n'avoir « jamais perdu espoir ».");
        var c = Assert.Single(r.Claims);
        Assert.Equal("helene-dupas", c.SpeakerKey);
    }

    [Fact]
    public void AThingAfterALeadingPhraseIsNoDescribedSpeaker()
    {
        var r = Run("Ruth Okonjo a présidé la réunion. Au bout du compte, la longue séance a été jugée « productive » par les participants.");
        Assert.DoesNotContain(r.Claims, c => c.Text.Contains("productive"));
    }

    [Fact]
    public void ANationalTitleIsThePersonListedWithThatCountryInBrackets()
    {
        // Belgian-daily style: the heads of government are listed with their countries, then one is named by his title
        var r = Run("Les chefs de gouvernement Thomas Vermeulen (Belgique), Pieter de Graaf (Pays-Bas) et Luc Schmit (Luxembourg) "
            + "se sont retrouvés jeudi matin au château. M. de Graaf a parlé le premier. "
            + "« Aucun de nos pays ne peut gagner seul cette guerre », a déclaré ensuite le Premier ministre belge lors d'un point de presse.");
        Assert.Contains(r.Claims, c => c.Text.Contains("guerre") && c.SpeakerKey == "thomas-vermeulen");
    }

    [Fact]
    public void CoordinatedNationalitiesGoOneToEachNameOfTheList()
    {
        // North-African-daily style: one plural title, three nationalities, three names in the same order
        var r = Run("Les ministres des Sports marocain, espagnol et portugais, Karim Bennani, Lucia Ortega et João Ramos, se sont réunis ce mardi à Tanger. "
            + "« Le Maroc sera prêt », a lancé M. Bennani. La ministre espagnole de l'Éducation et des Sports a, elle, fait part de l'inquiétude de Madrid "
            + "concernant le partage des matchs, tandis que le ministre portugais a plaidé pour « un billet unique pour les trains entre les trois pays ».");
        Assert.Contains(r.Claims, c => c.SpeakerKey == "lucia-ortega" && c.Text.Contains("inquiétude"));
        Assert.Contains(r.Claims, c => c.SpeakerKey == "joao-ramos" && c.Text.Contains("billet unique"));
        // the contrast clause is no part of the noun-phrase object
        Assert.DoesNotContain(r.Claims, c => c.Text.Contains("inquiétude") && c.Text.Contains("tandis"));
    }

    [Fact]
    public void ANationalTitleAfterAListWithoutCommaBeforeTheNamesIsTheNameOfThatRank()
    {
        var r = Run("Réunis ce jeudi à Senningen, les Premiers ministres belge, néerlandais et luxembourgeois Thomas Vermeulen, Pieter de Graaf et Luc Schmit "
            + "ont adopté une déclaration commune. Le chef du gouvernement néerlandais a, lui, dénoncé la corruption des dockers par les réseaux criminels.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("pieter-de-graaf", c.SpeakerKey);
    }

    [Fact]
    public void AnInvertedDescriptionPastAnAdverbialInciseIsThePersonNamedBefore()
    {
        // Swiss-daily style: the verb, an adverbial phrase between commas, then the description of the speaker
        var r = Run("La maire de Genève, Claire Aubert, a reçu les syndicats. « Nous avons entendu le message du personnel. Ces postes seront financés dès 2027 », "
            + "a déclaré, lors d'un point de presse tenu dans la matinée à l'Hôtel de Ville, la magistrate libérale-radicale.");
        var c = Assert.Single(r.Claims);
        Assert.Equal("claire-aubert", c.SpeakerKey);
    }

    [Fact]
    public void AReportingVerbAddedAsADataRowIsFoundInEveryTense()
    {
        // "savourer" is one row of patterns-speech-predicates-fr.tsv; the lexicon gives "a savouré", "savoure"
        var r = Run("Portées par leur public, les Lyonnaises l'ont emporté. « Ce soir, les détails étaient pour nous », a savouré l'entraîneuse lyonnaise, Sandrine Morel, en conférence de presse. "
            + "« Nous y croyons encore », savoure la joueuse Inès Dufour.");
        Assert.Contains(r.Claims, c => c.SpeakerKey == "sandrine-morel" && c.Text.Contains("détails"));
        Assert.Contains(r.Claims, c => c.SpeakerKey == "ines-dufour" && c.Text.Contains("croyons"));
    }

    [Fact]
    public void ATitleIntroducedWithACivilityBeforeTheNameNamesThatPerson()
    {
        // regional-daily style: "le préfet du Morbihan, M. X", then "Le préfet a rappelé …" after another speaker
        var r = Run("Mardi, une délégation de patrons pêcheurs a été reçue à la préfecture de Vannes par le préfet du Morbihan, M. Étienne Morvan, pendant trois heures. "
            + "« Le préfet nous a écoutés, mais il n'a rien à nous proposer », résume Yann Le Gall, le président du comité des pêches. "
            + "Le préfet a rappelé « l'attachement de l'État à une pêche durable » et annoncé une aide d'urgence.");
        Assert.Contains(r.Claims, c => c.SpeakerKey == "etienne-morvan" && c.Text.Contains("pêche durable"));
    }
}
