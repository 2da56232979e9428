using KnowledgeGraph.Extraction.Claims;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>
/// One outlet quotes a statement in full, another reports it and quotes a few of its exact words: the same claim even when
/// the surrounding words differ (invented pairs in the style of wire copy beside a regional or African daily).
/// </summary>
public sealed class QuotedExcerptGroupingTests : IClassFixture<ResourcesFixture>
{
    private readonly ClaimGrouper _grouper;

    public QuotedExcerptGroupingTests(ResourcesFixture fixture) => _grouper = new ClaimGrouper(fixture.Resources);

    [Theory]
    [InlineData("Les ports de Gand et d'Ostende sont devenus la porte d'entrée du trafic. Aucune ville ne peut gagner seule cette bataille",
                "aucune des deux villes ne pouvait « gagner seule cette bataille », rappelant que les deux ports étaient exposés")]
    [InlineData("Le Bénin et le Togo sont condamnés à coopérer. La géographie nous y oblige",
                "les deux voisins étaient « condamnés à coopérer »")]
    [InlineData("Dakar et Rabat partagent une même ambition d'un littoral ouvert et prospère",
                "le Sénégal et le Maroc avaient « une même ambition » pour leurs côtes")]
    // another article before the quoted words ("des" / "les")
    [InlineData("les manœuvres de déstabilisation visant la coopération entre les pays du golfe de Guinée",
                "ce qu'il a appelé « des manœuvres de déstabilisation » dans la région, sans citer de pays")]
    // the quoted words as lemmas: the reporter puts the verb in the infinitive ("« céder à vil prix »" / "cède à vil prix")
    [InlineData("Le ministre cède à vil prix ce que nos anciens ont bâti",
                "la députée accuse le gouvernement de « céder à vil prix » l'héritage ferroviaire de la région")]
    [InlineData("Nous avons tendu la main aux syndicats, personne ne l'a saisie",
                "le maire affirme avoir « tendu la main » aux grévistes, en vain")]
    // short quotations, each under three words, whose words together are all in the full quotation
    [InlineData("Le cacao ghanéen et le cacao ivoirien ne sont pas rivaux. Ils sont solidaires face aux acheteurs",
                "le cacao des deux pays n'était « pas rival » mais « solidaire »")]
    public void AReportedRenderingQuotingExactWordsOfTheFullQuoteIsTheSameClaim(string full, string reported) =>
        Assert.True(_grouper.SameClaim(full, reported), $"{full} | {reported}");

    [Theory]
    // two words quoted are not enough: "pas question" recurs in one speaker's different statements
    [InlineData("Il n'est pas question de fermer la maternité", "il n'était « pas question » de relever les impôts")]
    // the quoted words are in the other rendering but not as one run
    [InlineData("Nous voulons gagner la bataille du rail et de la route", "le ministre a promis de « gagner seule cette bataille » contre la fraude")]
    // the lemmas of the quoted words are all in the other rendering, but not one after the other
    [InlineData("Le ministre cède les terrains du port, à un prix jugé vil par l'opposition",
                "la députée accuse le gouvernement de « céder à vil prix » l'héritage ferroviaire de la région")]
    // one content word quoted ("« pas question »" gives "question")
    [InlineData("Il n'était pas question de fermer la gare", "le préfet a jugé « hors de question » une hausse des tarifs")]
    // one short quoted word in the other rendering is not enough, even with other shared words
    [InlineData("Le cacao ghanéen et le cacao ivoirien sont solidaires sur les marchés mondiaux face aux négociants",
                "le cacao des deux pays restera « solidaire » malgré les spéculateurs des marchés et la sécheresse qui menace les récoltes mondiales")]
    // a quoted word missing from the other rendering
    [InlineData("Le cacao ghanéen et le cacao ivoirien ne sont pas rivaux. Ils sont solidaires face aux acheteurs",
                "le cacao des deux pays n'était « pas rival » mais « complémentaire » des acheteurs")]
    // a quotation of stop words only proves nothing
    [InlineData("Le port de Gand est prêt pour la saison", "il a parlé « de la » saison des croisières")]
    public void ExactWordsThatAreNotAQuotedRunOfTheOtherStayApart(string a, string b) =>
        Assert.False(_grouper.SameClaim(a, b), $"{a} | {b}");
}
