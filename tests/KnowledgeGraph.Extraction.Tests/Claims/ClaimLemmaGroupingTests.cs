using KnowledgeGraph.Extraction.Claims;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>
/// Claim wordings compare by lexicon lemma (ClaimFingerprint with the French lexicon): invented cross-outlet pairs whose
/// words differ in tense, person, gender, number, or noun/verb derivation, and same-day statements of one speaker that
/// share words but not the statement.
/// </summary>
public sealed class ClaimLemmaGroupingTests : IClassFixture<ResourcesFixture>
{
    private readonly ClaimFingerprint _fingerprint;
    private readonly ClaimGrouper _grouper;

    public ClaimLemmaGroupingTests(ResourcesFixture fixture)
    {
        _fingerprint = ClaimFingerprint.Load(fixture.Resources);
        _grouper = new ClaimGrouper(_fingerprint);
    }

    [Theory]
    // irregular verbs across tenses and persons: one lemma
    [InlineData("maintiendrons", "maintenait")]
    [InlineData("maintiendrons", "maintenu")]
    [InlineData("obtiendrons", "obtenu")]
    [InlineData("cèderait", "céderons")]
    [InlineData("pourrons", "pouvait")]
    // gender and number of adjectives and nouns
    [InlineData("internationaux", "internationale")]
    [InlineData("nouvelles", "nouveau")]
    // a noun and the verb it derives from, both lexicon words
    [InlineData("menaces", "menacé")]
    [InlineData("libération", "libérés")]
    [InlineData("engagements", "engagera")]
    public void FormsOfOneLemmaGiveOneToken(string a, string b) =>
        Assert.Equal(_fingerprint.Analyze(a).Stems, _fingerprint.Analyze(b).Stems);

    [Fact]
    public void LemmaTokensAreTheInfinitiveOrTheDerivingVerb()
    {
        Assert.Equal(["maintenir"], _fingerprint.Analyze("maintiendrons").Stems);
        Assert.Equal(["menacer"], _fingerprint.Analyze("les menaces").Stems);
    }

    [Theory]
    // person shift between the quote and reported speech: "nous" (a stop word) / "son pays", "notre gouvernement"
    [InlineData("Nous ne céderons pas", "son pays ne cèderait pas")]
    [InlineData("Notre gouvernement maintiendra ses exigences", "il maintenait ses exigences")]
    public void PersonShiftIsNeutral(string quote, string reported) =>
        Assert.Equal(_fingerprint.Analyze(quote).Stems, _fingerprint.Analyze(reported).Stems);

    [Fact]
    public void OtherCountriesStillCount() =>
        Assert.NotEqual(_fingerprint.Analyze("son pays ne cèderait pas").Stems, _fingerprint.Analyze("le pays voisin ne cèderait pas").Stems);

    [Theory]
    // a noun ending that does not lead to a lexicon verb stays the noun's lemma
    [InlineData("présidence", "présider")]
    // different lemmas that a crude stemmer would merge ("port"/"porte" → "port")
    [InlineData("ports", "portes")]
    public void UnrelatedLemmasStayApart(string a, string b) =>
        Assert.NotEqual(_fingerprint.Analyze(a).Stems, _fingerprint.Analyze(b).Stems);

    [Theory]
    // direct quote (future, "nous") vs reported speech (conditional/imperfect, "son pays"), other reporting verb
    [InlineData("Nous maintiendrons les sanctions contre le régime tant que les prisonniers ne seront pas libérés",
                "son pays maintenait les sanctions contre le régime jusqu'à la libération des prisonniers")]
    [InlineData("Nous ne céderons pas aux menaces de Moscou",
                "son pays ne cèderait pas face aux menaces de Moscou")]
    // plural / singular, masculine / feminine in the second outlet's rewording
    [InlineData("Les observateurs internationaux n'ont pas pu accéder aux bureaux de vote du nord",
                "l'observatrice internationale n'a pas pu accéder au bureau de vote du nord")]
    // translated wire beside the original translation: another tense of the same verbs
    [InlineData("Nous obtiendrons de solides garanties de sécurité pour nos frontières",
                "ils avaient obtenu des garanties de sécurité solides pour leurs frontières")]
    // short statements: irregular verb in future vs imperfect, person shift "nous" / "son pays" (a crude stemmer splits these)
    [InlineData("Nous maintiendrons nos exigences", "son pays maintenait ses exigences")]
    [InlineData("Nous tiendrons nos engagements financiers", "son pays tenait ses engagements financiers")]
    [InlineData("Les observatrices internationales seront expulsées", "l'observateur international a été expulsé")]
    // shortened quote
    [InlineData("Nous ne céderons pas aux menaces, ni aujourd'hui ni demain, et nos partenaires européens le savent",
                "Nous ne céderons pas aux menaces")]
    // noun in one outlet, verb in the other
    [InlineData("le gouvernement a menacé de suspendre l'accord commercial avec ses voisins",
                "la menace d'une suspension de l'accord commercial avec les pays voisins")]
    public void CrossOutletRenderingsAreOneClaim(string a, string b) => Assert.True(_grouper.SameClaim(a, b), $"{a} | {b}");

    [Theory]
    // the same speaker, the same day, the same topic words, different statements
    [InlineData("Nous maintiendrons les sanctions contre le régime",
                "Nous lèverons les restrictions de visas pour les étudiants du pays")]
    [InlineData("Le pays ne cèdera pas aux menaces",
                "Le pays doit céder la présidence tournante de l'union en juillet")]
    [InlineData("Les négociations reprendront la semaine prochaine à Genève",
                "Nous ne négocierons jamais sous la menace des armes")]
    [InlineData("Les observateurs internationaux ont été expulsés du nord",
                "Les observateurs internationaux saluent le calme du scrutin")]
    public void DifferentStatementsOfOneSpeakerStayApart(string a, string b) => Assert.False(_grouper.SameClaim(a, b), $"{a} | {b}");
}
