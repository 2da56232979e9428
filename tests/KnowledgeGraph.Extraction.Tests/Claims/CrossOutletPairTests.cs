using KnowledgeGraph.Extraction.Claims;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>
/// Invented pairs of renderings of one statement by two outlets (wire copy vs regional paraphrase, direct quote vs reported
/// speech, two translations of one foreign quote, a shortened quote), and pairs of different statements by the same speaker
/// on the same day, which must stay apart.
/// </summary>
public sealed class CrossOutletPairTests : IClassFixture<ResourcesFixture>
{
    private readonly ClaimGrouper _grouper;

    public CrossOutletPairTests(ResourcesFixture fixture) => _grouper = new ClaimGrouper(fixture.Resources);

    [Theory]
    // wire vs regional paraphrase
    [InlineData("Nous avons décidé de fermer la maternité de Saint-Flour à la fin de l'année",
                "l'agence régionale de santé avait décidé la fermeture de la maternité de Saint-Flour d'ici la fin de l'année")]
    // direct quote vs reported speech: person shift and tense shift
    [InlineData("Je ne serai pas candidat à ma propre succession en 2027",
                "il ne serait pas candidat à sa propre succession en 2027")]
    [InlineData("Nous n'avons jamais été aussi proches d'un accord de cessez-le-feu",
                "les belligérants n'ont jamais été aussi près d'un accord de cessez-le-feu")]
    // a shortened quote
    [InlineData("Le club ne vendra pas son attaquant cet été, quelle que soit l'offre, et nous l'avons dit à son agent",
                "Le club ne vendra pas son attaquant cet été")]
    // two translations of one wire quote
    [InlineData("Nous ne reconnaîtrons jamais l'annexion de ces territoires",
                "Jamais nous n'accepterons l'annexion de ces régions")]
    [InlineData("L'économie va croître de 3 % cette année grâce aux exportations",
                "la croissance économique atteindra 3 % cette année, portée par les exportations")]
    // numbers and names carry the statement when the wording differs
    [InlineData("Le groupe supprimera 1 200 postes en France d'ici 2027",
                "1 200 emplois seront supprimés en France d'ici 2027 par le groupe")]
    // a figure with or without its thousands space
    [InlineData("Le groupe supprimera 1 200 postes en France", "le groupe va supprimer 1200 postes en France")]
    // a verb and its action noun ("retirent" / "retrait")
    [InlineData("les rebelles se retirent des villes du Darfour", "le retrait des rebelles des villes qu'ils occupent au Darfour")]
    // another verb for one act: "versée" / "payée", "partition" / "découpage"
    [InlineData("aucune rançon n'a été versée pour la libération des otages", "Aucune rançon n'a été payée. Nous n'agissons que pour des raisons humanitaires")]
    [InlineData("Le Tchad refusera toute partition du Darfour", "N'Djamena s'opposerait à tout découpage du Darfour")]
    public void RenderingsOfOneStatementAreOneClaim(string a, string b) => Assert.True(_grouper.SameClaim(a, b), $"{a} | {b}");

    [Theory]
    // same speaker, same day, same topic: different statements
    [InlineData("Le groupe supprimera 1 200 postes en France d'ici 2027", "Le groupe investira 300 millions d'euros en France d'ici 2027")]
    [InlineData("Nous ne reconnaîtrons jamais l'annexion de ces territoires", "Nous reconnaîtrons le nouveau gouvernement si des élections ont lieu")]
    [InlineData("Je ne serai pas candidat à ma propre succession en 2027", "Je serai candidat aux élections municipales de 2026")]
    [InlineData("La maternité de Saint-Flour fermera à la fin de l'année", "Les urgences de Saint-Flour resteront ouvertes toute l'année")]
    [InlineData("L'économie va croître de 3 % cette année", "L'inflation va reculer à 2 % cette année")]
    [InlineData("aucune rançon n'a été versée pour la libération des otages", "Les otages seront rapatriés dès demain par un avion militaire")]
    [InlineData("Le Tchad refusera toute partition du Darfour", "Le Tchad enverra de l'aide alimentaire au Darfour")]
    public void DifferentStatementsOnTheSameDayStayApart(string a, string b) => Assert.False(_grouper.SameClaim(a, b), $"{a} | {b}");
}
