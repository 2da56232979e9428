using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

public sealed class ClaimExtractorTests : IClassFixture<ResourcesFixture>
{
    private static readonly PartialDate ArticleDate = new(2024, 3, 14); // a Thursday

    private static readonly Tag[] People =
    [
        new("Ingrid Solberg", EntityKind.Person, "solberg"),
        new("Solberg", EntityKind.Person, "solberg"),
        new("Paulo Mendes", EntityKind.Person, "mendes"),
        new("Mendes", EntityKind.Person, "mendes"),
        new("Karim Haddad", EntityKind.Person, "haddad"),
        new("Lisbonne", EntityKind.Place, "lisbonne"),
        new("Oslo", EntityKind.Place, "oslo"),
        new("l'Unesco", EntityKind.Organization, "unesco"),
        new("Unesco", EntityKind.Organization, "unesco"),
        new("Reuters", EntityKind.Organization, "reuters"),
        new("Nordbank", EntityKind.Organization, "nordbank"),
        new("AFP", EntityKind.Organization, "afp", Subtype: EntitySubtype.MediaOutlet),
        new("ministère norvégien des Finances", EntityKind.Organization, "ministry"),
    ];

    private readonly ExtractionResources _resources;
    private readonly ClaimExtractor _extractor;

    public ClaimExtractorTests(ResourcesFixture fixture)
    {
        _resources = fixture.Resources;
        _extractor = new ClaimExtractor(fixture.Resources);
    }

    private (AnalyzedDocument Doc, List<ClaimMention> Claims) Run(string text)
    {
        var doc = HandTaggedDocument.Build(_resources, text, ArticleDate, People);
        return (doc, _extractor.Extract(doc));
    }

    private static string? Speaker(AnalyzedDocument doc, ClaimMention c) => HandTaggedDocument.SpeakerCluster(doc, c, People);

    [Fact]
    public void QuoteFollowedByVerbAndInvertedSubjectIsAttributedToThatSubject()
    {
        var (doc, claims) = Run("\"Les réserves de gaz suffiront pour l'hiver\", a déclaré mardi la ministre norvégienne de l'Energie Ingrid Solberg.");
        var c = Assert.Single(claims);
        Assert.True(c.IsDirectQuote);
        Assert.Equal("Les réserves de gaz suffiront pour l'hiver", c.Content.Of(doc.Text));
        Assert.Equal("déclarer", c.SpeechVerb);
        Assert.Equal("solberg", Speaker(doc, c));
        Assert.Equal(new PartialDate(2024, 3, 12), c.Date); // mardi before Thursday 14 March
    }

    [Fact]
    public void InvertedPronounPointsToTheLatestSpeaker()
    {
        var (doc, claims) = Run("« Le port restera ouvert », a assuré Paulo Mendes. « Nous ne céderons pas aux pressions », a-t-il ajouté.");
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("mendes", Speaker(doc, c)));
        Assert.Equal("ajouter", claims[1].SpeechVerb);
        Assert.Equal("a-t-il ajouté", claims[1].SpeakerSpan!.Value.Of(doc.Text));
    }

    [Fact]
    public void PronounWithoutRecentClaimResolvesToThePreviousSentenceSubject()
    {
        var (doc, claims) = Run("Karim Haddad a visité le chantier avec Paulo Mendes. \"Les travaux avancent plus vite que prévu\", a-t-il souligné.");
        var c = Assert.Single(claims);
        Assert.Equal("haddad", Speaker(doc, c));
        Assert.Equal("souligner", c.SpeechVerb);
    }

    [Fact]
    public void VerbBeforeTheQuotationWithAColon()
    {
        var (doc, claims) = Run("Jeudi soir, Ingrid Solberg a déclaré : « Nous doublerons notre aide aux pêcheurs ».");
        var c = Assert.Single(claims);
        Assert.Equal("solberg", Speaker(doc, c));
        Assert.Equal("Nous doublerons notre aide aux pêcheurs", c.Content.Of(doc.Text));
    }

    [Fact]
    public void ReportedSpeechWithQueIsAClaimOfTheSubject()
    {
        var (doc, claims) = Run("Le directeur de Nordbank, Karim Haddad, a affirmé mercredi que les taux baisseraient avant l'été.");
        var c = Assert.Single(claims);
        Assert.False(c.IsDirectQuote);
        Assert.Equal("affirmer", c.SpeechVerb);
        Assert.Equal("haddad", Speaker(doc, c));
        Assert.Equal("les taux baisseraient avant l'été.", c.Content.Of(doc.Text).Trim());
        Assert.Equal(new PartialDate(2024, 3, 13), c.Date);
    }

    [Fact]
    public void QuotedFragmentInsideReportedSpeechIsPartOfThatOneClaim()
    {
        var (doc, claims) = Run("Paulo Mendes a estimé que l'accord était \"une erreur historique\" pour le pays.");
        var c = Assert.Single(claims);
        Assert.False(c.IsDirectQuote);
        Assert.Equal("mendes", Speaker(doc, c));
        Assert.Contains("une erreur historique", c.Content.Of(doc.Text));
    }

    [Fact]
    public void SelonAtTheStartAttributesTheRestOfTheSentence()
    {
        var (doc, claims) = Run("Selon la présidente du comité, Ingrid Solberg, les négociations ont été \"difficiles\" mais utiles.");
        var c = Assert.Single(claims);
        Assert.Equal("solberg", Speaker(doc, c));
        Assert.StartsWith("les négociations ont été", c.Content.Of(doc.Text));
    }

    [Fact]
    public void TrailingSelonAttributesTheClauseBeforeIt()
    {
        var (doc, claims) = Run("Le barrage sera achevé en 2027, selon l'Unesco.");
        var c = Assert.Single(claims);
        Assert.Equal("unesco", Speaker(doc, c));
        Assert.Equal("Le barrage sera achevé en 2027", c.Content.Of(doc.Text));
    }

    [Fact]
    public void ScareQuotesWithoutSpeechVerbAreNotClaims()
    {
        var (_, claims) = Run("La \"trêve\" annoncée à Oslo reste fragile et Karim Haddad voyage vers Lisbonne.");
        Assert.Empty(claims);
    }

    [Fact]
    public void ShortFragmentAttributedByASpeechVerbIsAClaim()
    {
        var (doc, claims) = Run("Ingrid Solberg voudrait \"tourner la page\", a déclaré Paulo Mendes.");
        var c = Assert.Single(claims);
        Assert.Equal("mendes", Speaker(doc, c));
        Assert.Equal("tourner la page", c.Content.Of(doc.Text));
    }

    [Fact]
    public void FullSentenceQuotationRightAfterAClaimContinuesIt()
    {
        var (doc, claims) = Run("\"Le pont sera reconstruit\", a promis Paulo Mendes. \"Personne ne sera oublié dans cette région.\"");
        Assert.Equal(2, claims.Count);
        Assert.Equal("mendes", Speaker(doc, claims[1]));
        Assert.Null(claims[1].SpeechVerb);
    }

    [Fact]
    public void InciseInsideTheQuotationGivesTheSpeaker()
    {
        var (doc, claims) = Run("« Nous attendons des garanties écrites, a confié mardi Ingrid Solberg. Sans elles, rien ne bougera. »");
        var c = Assert.Single(claims);
        Assert.Equal("solberg", Speaker(doc, c));
        Assert.Equal("confier", c.SpeechVerb);
    }

    [Fact]
    public void NestedSourcingIsKeptAsVia()
    {
        var (doc, claims) = Run("Paulo Mendes, qui selon un courriel révélé lundi par Reuters avait confié à Karim Haddad vouloir « un accord rapide et complet », n'a pas réagi.");
        var c = Assert.Single(claims);
        Assert.Equal("mendes", Speaker(doc, c));
        Assert.NotNull(c.ViaMentionIndex);
        Assert.Equal("Reuters", doc.Entities[c.ViaMentionIndex!.Value].Text);
    }

    [Fact]
    public void NameAfterDeIsAComplementNotTheSpeaker()
    {
        var (doc, claims) = Run("« Les discussions reprendront lundi », a déclaré le conseiller de Paulo Mendes, Karim Haddad.");
        var c = Assert.Single(claims);
        Assert.Equal("haddad", Speaker(doc, c));
    }

    [Fact]
    public void PhotoCreditsAreNotQuotationSources()
    {
        var (_, claims) = Run("Ingrid Solberg à Oslo, le 3 mars 2024 ( AFP / \"Jan Olsen\" )");
        Assert.Empty(claims);
    }

    [Fact]
    public void ClaimsAreInTextOrderAndDeterministic()
    {
        const string text = "\"Un\", a dit Karim Haddad. Ingrid Solberg a assuré que la flotte était prête. « Deux choses comptent ici », a répondu Paulo Mendes.";
        var (doc, a) = Run(text);
        var (_, b) = Run(text);
        Assert.Equal(a, b);
        Assert.Equal(new string?[] { "haddad", "solberg", "mendes" }, a.Select(c => Speaker(doc, c)).ToArray());
    }

    [Fact]
    public void ClauseFollowedByAnInvertedReportingVerbIsReportedSpeech()
    {
        var (doc, claims) = Run("Karim Haddad a parlé du budget. Les deux banques ont évoqué une fusion et des 'synergies importantes' au printemps, a-t-il notamment déclaré.");
        var c = Assert.Single(claims);
        Assert.False(c.IsDirectQuote);
        Assert.Equal("haddad", Speaker(doc, c));
        Assert.StartsWith("Les deux banques ont évoqué une fusion", c.Content.Of(doc.Text));
    }

    [Fact]
    public void SubjectAppositionBeforeAVerbIsNotAnIncise()
    {
        var (doc, claims) = Run("Le directeur de Nordbank, Karim Haddad, a déclaré que la fusion était achevée.");
        var c = Assert.Single(claims);
        Assert.Equal("la fusion était achevée.", c.Content.Of(doc.Text));
    }

    [Fact]
    public void UntiedTitleAfterAClaimRefersBackToItsSpeaker()
    {
        var tags = People.Append(new Tag("conseiller du ministre", EntityKind.Person, "unresolved-role", MentionForm.Role)).ToArray();
        var doc = HandTaggedDocument.Build(_resources, "« Rien n'est décidé », a déclaré Karim Haddad. « Nous verrons la semaine prochaine », a ajouté le conseiller du ministre.", ArticleDate, tags);
        // a role mention the document does not tie to a name has no cluster
        for (int k = 0; k < doc.Entities.Count; k++)
            if (doc.Entities[k].Form == MentionForm.Role) doc.Entities[k] = doc.Entities[k] with { ClusterId = -1 };
        var claims = _extractor.Extract(doc);
        Assert.Equal(2, claims.Count);
        Assert.Equal("Karim Haddad", doc.Entities[claims[1].SpeakerMentionIndex!.Value].Text);
    }

    [Fact]
    public void QuotationFollowedBySelonIsAttributedToTheSource()
    {
        var (doc, claims) = Run("« Les quotas seront relevés dès l'an prochain », selon Ingrid Solberg.");
        var c = Assert.Single(claims);
        Assert.Equal("solberg", Speaker(doc, c));
        Assert.Contains("Les quotas seront relevés", c.Content.Of(doc.Text));
    }

    [Fact]
    public void ReportingVerbWithAnAddresseeBeforeQue()
    {
        var (doc, claims) = Run("Karim Haddad a déclaré à l'AFP que la banque resterait indépendante.");
        var c = Assert.Single(claims);
        Assert.Equal("haddad", Speaker(doc, c));
        Assert.Equal("la banque resterait indépendante.", c.Content.Of(doc.Text));
    }

    [Fact]
    public void OrganizationAsSpeaker()
    {
        var (doc, claims) = Run("Dans un communiqué, le ministère norvégien des Finances a indiqué que le budget serait revu.");
        var c = Assert.Single(claims);
        Assert.Equal("ministry", Speaker(doc, c));
    }

    [Fact]
    public void PresentTenseInvertedVerbAfterQuotation()
    {
        var (doc, claims) = Run("« Nous ne reculerons pas », affirme Paulo Mendes. « Le calendrier est tenu », estime-t-il.");
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("mendes", Speaker(doc, c)));
    }

    [Fact]
    public void FemininePronounSkipsAMaleSpeaker()
    {
        var (doc, claims) = Run("« Le port rouvrira », a déclaré le ministre Paulo Mendes. La ministre Ingrid Solberg a ensuite pris la parole. « Nous verrons », a-t-elle ajouté.");
        Assert.Equal(2, claims.Count);
        Assert.Equal("solberg", Speaker(doc, claims[1]));
    }

    [Fact]
    public void MasculinePronounKeepsTheMaleSpeakerAcrossAFemaleMention()
    {
        var (doc, claims) = Run("« Le port rouvrira », a déclaré M. Mendes devant Mme Solberg. « Nous verrons », a-t-il ajouté.");
        Assert.Equal(2, claims.Count);
        Assert.Equal("mendes", Speaker(doc, claims[1]));
    }

    [Fact]
    public void VerbAfterAnApposedSubjectIsNotAnIncise()
    {
        var (doc, claims) = Run("Le ministre portugais, Paulo Mendes, a exhorté Karim Haddad à « revoir sa copie », tandis que la ministre norvégienne, Ingrid Solberg, a appelé Karim Haddad à « agir vite et bien ».");
        Assert.Equal(new string?[] { "mendes", "solberg" }, claims.Select(c => Speaker(doc, c)).ToArray());
        Assert.All(claims, c => Assert.True(c.IsDirectQuote));
    }

    [Fact]
    public void AnInvertedSubjectWithMonsieurIsTheSpeaker()
    {
        var (doc, claims) = Run("« La pêche doit rester libre », a écrit M. Mendes sur les réseaux sociaux.");
        var c = Assert.Single(claims);
        Assert.Equal("mendes", Speaker(doc, c));
        Assert.Equal("écrire", c.SpeechVerb);
    }

    [Fact]
    public void SelonLuiGivesTheClaimToThePersonJustNamed()
    {
        var (doc, claims) = Run("Paulo Mendes a visité le port mardi. Selon lui, les quotas de morue seront relevés avant l'été.");
        var c = Assert.Single(claims);
        Assert.Equal("mendes", Speaker(doc, c));
        Assert.StartsWith("les quotas de morue", c.Content.Of(doc.Text));
    }

    [Fact]
    public void PourXFollowedByAQuotationIsXsClaim()
    {
        var (doc, claims) = Run("Pour Karim Haddad, qui dirige le port depuis dix ans, « les quotas sont une erreur historique ».");
        var c = Assert.Single(claims);
        Assert.Equal("haddad", Speaker(doc, c));
        Assert.Contains("les quotas sont une erreur historique", c.Content.Of(doc.Text));
    }

    [Fact]
    public void PourWithoutQuotationIsNoClaim()
    {
        var (_, claims) = Run("Pour Karim Haddad, la journée a commencé tôt sur le port.");
        Assert.Empty(claims);
    }

    [Fact]
    public void ADemandStatedAsANounPhraseIsAClaimOfTheSubject()
    {
        var (doc, claims) = Run("La ministre Ingrid Solberg a réclamé la création d'un fonds de soutien aux pêcheurs.");
        var c = Assert.Single(claims);
        Assert.Equal("solberg", Speaker(doc, c));
        Assert.Equal("la création d'un fonds de soutien aux pêcheurs", c.Content.Of(doc.Text).TrimEnd('.'));
    }

    [Fact]
    public void ACoordinatedSecondVerbMakesASecondClaimOfTheSameSpeaker()
    {
        var (doc, claims) = Run("Paulo Mendes a assuré que le port resterait ouvert et a plaidé pour une baisse des taxes portuaires.");
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("mendes", Speaker(doc, c)));
        Assert.Equal("le port resterait ouvert", claims[0].Content.Of(doc.Text).Trim());
        Assert.StartsWith("une baisse des taxes", claims[1].Content.Of(doc.Text));
    }

    [Fact]
    public void APostOnlyVerbWithTheQuotationAsObjectReports()
    {
        var (doc, claims) = Run("Karim Haddad a salué « une victoire pour les pêcheurs ».");
        var c = Assert.Single(claims);
        Assert.Equal("haddad", Speaker(doc, c));
        Assert.Equal("saluer", c.SpeechVerb);
    }

    [Fact]
    public void APluralPronounIsNotASinglePerson()
    {
        var (_, claims) = Run("« Le port restera ouvert », a assuré Paulo Mendes. Ils estiment que les quotas sont trop bas.");
        Assert.Null(claims.Single(c => !c.IsDirectQuote).SpeakerMentionIndex);
    }

    [Fact]
    public void APronounAfterANewlyIntroducedPersonTakesThatPerson()
    {
        var (doc, claims) = Run("« Le port restera ouvert », a assuré Paulo Mendes. Son rival, l'ancien ministre de la Pêche Karim Haddad, conteste ce choix. Il a affirmé que les quotas étaient trop bas.");
        Assert.Equal("haddad", Speaker(doc, claims.Single(c => !c.IsDirectQuote)));
    }

    [Fact]
    public void ABareTitleSubjectTakesTheLatestSpeaker()
    {
        var (doc, claims) = Run("« Le port restera ouvert », a assuré Karim Haddad. Le syndicaliste a réclamé la tenue d'une réunion publique avant l'été.");
        Assert.Equal("haddad", Speaker(doc, claims.Single(c => !c.IsDirectQuote)));
    }

    [Fact]
    public void AnInstitutionAfterTheVerbIsNotThePersonNamedBefore()
    {
        var (doc, claims) = Run("Paulo Mendes a quitté Oslo mardi. La visite du ministre a été écourtée, a annoncé la présidence portugaise.");
        var c = Assert.Single(claims);
        Assert.Null(c.SpeakerMentionIndex);
    }

    [Fact]
    public void AConditionalDemandIsNoClaimOfItsSubject()
    {
        var (_, claims) = Run("Karim Haddad aurait exigé la fermeture du port, selon des témoins.");
        Assert.DoesNotContain(claims, c => c.SpeechVerb == "exiger");
    }

    [Fact]
    public void ASecondReportedClauseJoinedByEtKeepsTheSpeaker()
    {
        var (doc, claims) = Run("Ingrid Solberg a admis que les stocks baissaient, et a indiqué qu'elle réunirait les pêcheurs avant l'été.");
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("solberg", Speaker(doc, c)));
        Assert.StartsWith("elle réunirait les pêcheurs", claims[1].Content.Of(doc.Text));
    }

    [Fact]
    public void AnAccusationWithAQuotationIsAClaimOfTheAccuser()
    {
        var (doc, claims) = Run("Karim Haddad a de son côté accusé Nordbank de « ruiner les petits ports », selon son porte-parole.");
        var c = Assert.Single(claims);
        Assert.Equal("haddad", Speaker(doc, c));
        Assert.Equal("Nordbank de « ruiner les petits ports »", c.Content.Of(doc.Text));
    }
}
