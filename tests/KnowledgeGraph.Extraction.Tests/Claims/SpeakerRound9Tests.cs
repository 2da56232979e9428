using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>
/// Speakers and claim texts of constructions real news uses: a noun-phrase predicate before a colon ("a eu ce mot : « … »",
/// "a salué la décision : « … »"), a copula and an adjective before a colon ("s'est montré ferme :", "a été clair :"), "selon X"
/// after the quotation, an English quotation without a French rendering, reporting predicates with a noun-phrase or infinitive
/// object ("a annoncé la suspension de …", "a dit vouloir …", "a exclu de …"). Invented sentences through the whole pipeline.
/// </summary>
public sealed class SpeakerRound9Tests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public SpeakerRound9Tests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) =>
        _pipeline.Run([new Article("a", text, "mem", Date: new PartialDate(2026, 10, 14))]);

    private static string Dump(ExtractionResult r) => string.Join(" | ", r.Claims.Select(c => c.SpeakerKey + ": «" + c.Text + "»"));

    [Theory]
    // a noun-phrase predicate and a colon
    [InlineData("Le maire de Sion, Philippe Rey, a eu ce mot : « Nous ne laisserons personne dormir dehors cet hiver. »", "philippe-rey", "dormir dehors")]
    [InlineData("La syndicaliste Martine Colas a salué la décision : « C'est une victoire pour tous les saisonniers de la station. »", "martine-colas", "victoire")]
    // a copula and an adjective before the colon
    [InlineData("Interrogé sur la grève, le ministre Karim Benali s'est montré ferme : « Il n'y aura aucune négociation sous la menace. »", "karim-benali", "négociation")]
    [InlineData("La préfète Hélène Marchal a été claire : « Les baignades resteront interdites jusqu'à nouvel ordre. »", "helene-marchal", "baignades")]
    // "selon X" after the quotation
    [InlineData("« La production de cacao baissera de 15 % cette saison », selon Konan Yao, directeur du Conseil café-cacao.", "konan-yao", "cacao")]
    // an English quotation without a French rendering: the claim is the quotation
    [InlineData("« We will not back down on climate finance », a déclaré la ministre kényane Wanjiru Otieno devant la presse.", "wanjiru-otieno", "climate finance")]
    // reporting predicates whose object is a noun phrase or an infinitive clause
    [InlineData("Le ministre de l'Agriculture, Issa Mahamat, a annoncé la suspension des exportations de maïs vers les pays voisins.", "issa-mahamat", "suspension")]
    [InlineData("La ministre du Travail, Sophie Verbeke, a dit vouloir rencontrer les syndicats lundi.", "sophie-verbeke", "rencontrer les syndicats")]
    [InlineData("Le Premier ministre, Luc Vandamme, a exclu de toucher à l'indexation automatique des salaires.", "luc-vandamme", "indexation")]
    [InlineData("Le directeur de l'hôpital, Marc Lefebvre, a promis l'ouverture d'un nouveau service d'urgences pédiatriques au printemps.", "marc-lefebvre", "urgences")]
    // harder contexts: a description as subject of the noun-phrase predicate, "selon" with an apposed title or without a comma
    [InlineData("Le président ivoirien Alassane Kouadio a reçu les planteurs. Le chef de l'État a eu ce mot : « Le cacao, c'est notre sang. »", "alassane-kouadio", "cacao")]
    [InlineData("« Aucun soldat ne quittera la zone avant la fin de l'enquête », selon le porte-parole de l'armée, le colonel Issa Diallo.", "issa-diallo", "soldat")]
    [InlineData("« Les taux resteront élevés tant que l'inflation ne sera pas maîtrisée » selon Andrea Keller.", "andrea-keller", "taux")]
    // a quotation running over several sentences, and one left open at the end of the text
    [InlineData("« Nous avons tout essayé. Les banques n'ont rien voulu entendre. Maintenant, c'est la rue qui parlera », a prévenu le syndicaliste Marc Delvaux.", "marc-delvaux", "banques")]
    [InlineData("Devant les grévistes, Marc Delvaux a lancé : « Nous reviendrons chaque semaine devant ce siège jusqu'à ce que la direction nous reçoive", "marc-delvaux", "chaque semaine")]
    public void TheSpeakerOfTheConstructionIsFound(string text, string speaker, string words)
    {
        var r = Run(text);
        Assert.True(r.Claims.Any(c => c.SpeakerKey == speaker && c.Text.Contains(words, StringComparison.Ordinal)), Dump(r));
    }

    [Theory]
    // after a comma closing a clause, the noun phrase after "annoncer" is its inverted subject, not its object
    [InlineData("Les élections auront lieu en mars, a annoncé la présidence nigérienne.", "présidence")]
    [InlineData("La visite du ministre Paul Kaboré a été écourtée, a annoncé mercredi le gouvernement burkinabè.", "gouvernement")]
    // a quotation after the colon of a noun-phrase object is a quotation, not the object
    [InlineData("Elle a toutefois promis un geste : « Nous simplifierons les formulaires dès janvier », a assuré Katrin Vogel.", "un geste")]
    public void NoObjectClaimIsMadeOfAnInvertedSubjectOrAQuotationAfterAColon(string text, string notInAClaim)
    {
        var r = Run(text);
        Assert.DoesNotContain(r.Claims, c => c.Text.StartsWith(notInAClaim, StringComparison.Ordinal) || c.Text.Contains(notInAClaim + " :", StringComparison.Ordinal));
    }
}
