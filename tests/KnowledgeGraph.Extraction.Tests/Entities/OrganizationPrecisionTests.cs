using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Entities;

/// <summary>
/// Capitalised names that are no organization on unseen news: an event named with an English event word at its end ("Week", "Summit"); a double surname whose first half is a known body's name; the town
/// of "l'usine de X". And the bodies next to them that must stay. Invented sentences.
/// </summary>
public sealed class OrganizationPrecisionTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public OrganizationPrecisionTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private List<(EntityKind Kind, string Label)> Entities(string text) =>
        _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 3, 12)) }).Entities
            .Select(e => (e.Kind, e.Label)).ToList();

    [Theory]
    [InlineData("Le ministre rencontrera les investisseurs en marge de la Kivu Mining Week, à Goma.", "Kivu Mining Week")]
    [InlineData("Plus de 2 000 délégués sont attendus à l'Africa Fintech Summit de Lomé.", "Africa Fintech Summit")]
    public void AnEventNameIsNoOrganization(string text, string name) =>
        Assert.DoesNotContain(Entities(text), e => e.Label.Contains(name, StringComparison.Ordinal) && e.Kind != EntityKind.Person);

    [Theory]
    [InlineData("La société Kerlan Mining a annoncé 40 embauches à Lorient.", "Kerlan Mining")]
    [InlineData("Le groupe Doravel Energy a présenté ses résultats mardi.", "Doravel Energy")]
    public void ABodyWithAnOrganizationWordAtItsEndStays(string text, string name) =>
        Assert.Contains((EntityKind.Organization, name), Entities(text));

    [Fact]
    public void ADoubleSurnameOpenedByAKnownBodysNameIsAPerson()
    {
        var found = Entities("Par Sébastien Wagner-Kerouac. Le choc est rude dans la vallée, où 240 emplois sont menacés.");
        Assert.DoesNotContain(found, e => e.Kind == EntityKind.Organization && e.Label.Contains("Wagner", StringComparison.Ordinal));
    }

    [Fact]
    public void AKnownBodysBranchAfterNoFirstNameStays() =>
        Assert.Contains(Entities("La CGT-Métallurgie a appelé à la grève mardi."), e => e.Kind == EntityKind.Organization && e.Label == "CGT-Métallurgie");

    [Theory]
    [InlineData("« Nous gardons notre usine de Kervignac et nos 240 salariés », a assuré la directrice.", "Kervignac")]
    [InlineData("Le gouvernement demande aux usines de Trois-Ruisseaux d'attendre encore un an.", "Trois-Ruisseaux")]
    public void TheTownOfAFactoryIsNoOrganization(string text, string name) =>
        Assert.DoesNotContain((EntityKind.Organization, name), Entities(text));

    [Theory]
    [InlineData("Le service des urgences de Kervel fermera la nuit dès lundi, a annoncé la direction.\n\nKervel Santé Hôpital ARS Bretagne")]
    [InlineData("La commune a voté le budget mardi soir.\n\nPloumel Municipales Politique Finistère")]
    public void ATagLineMakesNoNameOfNeighbouringWords(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Kind != EntityKind.Place && e.Label.Contains(' ', StringComparison.Ordinal));

    [Fact]
    public void ABylineIsNoTagLine() =>
        Assert.Contains((EntityKind.Person, "Anne-Sophie Kerbrat"), Entities("La commune a voté le budget mardi soir.\n\nPar Anne-Sophie Kerbrat Le Télégramme"));

    [Theory]
    [InlineData("De son côté, le syndicat Alliance Gendarmerie nationale réclame « des renforts pérennes ».", "Alliance Gendarmerie nationale")]
    [InlineData("L'Union démocratique bretonne dénonce « un mépris des élus ».", "Union démocratique bretonne")]
    public void AVerbAfterTheNamesAdjectiveEndsTheName(string text, string name) =>
        Assert.Contains((EntityKind.Organization, name), Entities(text));

    [Fact]
    public void AGenderedDoubletContinuesTheName() =>
        Assert.Contains(Entities("Le Syndicat des chargées et chargés de cours de l'Université de Kervel a voté la grève lundi."),
            e => e.Kind == EntityKind.Organization && e.Label.StartsWith("Syndicat des chargées et chargés de cours", StringComparison.Ordinal));

    [Theory]
    [InlineData("« Les équipes sont déjà à bout sur la ligne de l'A350 », rappelle le délégué syndical.", "A350")]
    [InlineData("Les routes D912 et D7b restent fermées à la circulation, selon la préfecture.", "D912")]
    [InlineData("Les routes D912 et D7b restent fermées à la circulation, selon la préfecture.", "D7b")]
    [InlineData("Le crédit d'impôt régional (C3R) sera prolongé jusqu'en 2028.", "C3R")]
    public void ALettersAndNumberCodeIsNoOrganization(string text, string code) =>
        Assert.DoesNotContain((EntityKind.Organization, code), Entities(text));

    [Fact]
    public void AListedBodyWrittenWithANumberStays() =>
        Assert.Contains(Entities("Les ministres des Finances du G20 se réunissent jeudi à Rome."), e => e.Kind == EntityKind.Organization && (e.Label == "G20" || false));

    [Theory]
    [InlineData("Interrogé par Paris Match, l'avocat a démenti.", "Paris Match")]
    [InlineData("L'Office national des forêts (ONF) a fermé le massif. L'ONF n'a pas souhaité réagir.", "Office national des forêts")]
    public void AListedOutletOrAgencyIsAnOrganization(string text, string name) =>
        Assert.Contains((EntityKind.Organization, name), Entities(text));

    [Theory]
    [InlineData("Accord de pêche UE-Sénégal : les armateurs européens inquiets.", "UE-Sénégal")]
    [InlineData("APA-Dakar (Sénégal) - Les négociations se sont achevées mardi soir.", "APA-Dakar")]
    public void AKnownBodyHyphenatedWithAPlaceIsNoBranch(string text, string name) =>
        Assert.DoesNotContain((EntityKind.Organization, name), Entities(text));

    [Fact]
    public void TwoBodiesJoinedByEtAreTwo()
    {
        var found = Entities("Plusieurs ONG, dont Alliance Rurale et Kerbalis, ont annoncé une pétition.");
        Assert.DoesNotContain(found, e => e.Label.Contains("Rurale et Kerbalis", StringComparison.Ordinal));
    }

    [Fact]
    public void CommonNounsJoinedByEtMakeOneName() =>
        Assert.Contains(Entities("Le Mouvement Paix et Liberté a appelé à manifester samedi."), e => e.Kind == EntityKind.Organization && e.Label == "Mouvement Paix et Liberté");
}
