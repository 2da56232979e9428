using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Organizations;

/// <summary>
/// Bodies named by a capitalised head and their complements (invented sentences): professional orders, inspectorates,
/// chambers, utilities and ports are heads; a coordinated complement, an adjective the lexicon knows, a long name and a
/// multi-word country at its end stay in the name; a head that names bodies after persons keeps the person's name.
/// </summary>
public sealed class OrganizationHeadAndComplementTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public OrganizationHeadAndComplementTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private List<(EntityKind Kind, string Label)> Entities(string text) =>
        _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 3, 12)) }).Entities
            .Select(e => (e.Kind, e.Label)).ToList();

    [Theory]
    [InlineData("Le bâtonnier de l’Ordre des médecins a protesté contre la réforme.", "Ordre des médecins")]
    [InlineData("Les comptes ont été contrôlés par l’Inspection générale des finances en mai.", "Inspection générale des finances")]
    [InlineData("La Régie des transports a relevé ses tarifs de 4 %.", "Régie des transports")]
    [InlineData("Le Port autonome de Dakar recrute cent dockers.", "Port autonome de Dakar")]
    [InlineData("Le délégué a été reçu au ministère des Relations extérieures lundi.", "ministère des Relations extérieures")]
    public void HeadsAndTheirComplements(string text, string organization) =>
        Assert.Contains((EntityKind.Organization, organization), Entities(text));

    [Theory]
    [InlineData("Le président de la Chambre de commerce et d'industrie de Lille, Marc Rey, a parlé.", "Chambre de commerce et d'industrie de Lille")]
    [InlineData("Le Comité régional des pêches maritimes et des élevages marins de Normandie s'inquiète.", "Comité régional des pêches maritimes et des élevages marins de Normandie")]
    public void ACoordinatedComplementAndALongNameStayInTheName(string text, string organization) =>
        Assert.Contains((EntityKind.Organization, organization), Entities(text));

    [Fact]
    public void AMultiWordCountryClosesTheName()
    {
        var found = Entities("La Banque centrale de Côte d'Ivoire a relevé son taux directeur.");
        Assert.Contains((EntityKind.Organization, "Banque centrale de Côte d'Ivoire"), found);
        Assert.DoesNotContain((EntityKind.Organization, "Banque centrale de Côte"), found);
    }

    [Fact]
    public void AnEponymousBodyKeepsThePersonsName()
    {
        var found = Entities("Pour l'économiste Karim Bennis, professeur à l'Université Mohammed V, la réforme tarde.");
        Assert.Contains((EntityKind.Organization, "Université Mohammed V"), found);
        Assert.DoesNotContain(found, e => e.Label == "Mohammed V" && e.Kind != EntityKind.Organization);
    }

    [Fact]
    public void ABodysHeadStillStopsBeforeAPersonAfterItsAdjective()
    {
        var found = Entities("La présidente du Conseil national Maja Riniker a ouvert la session.");
        Assert.Contains((EntityKind.Organization, "Conseil national"), found);
        Assert.Contains((EntityKind.Person, "Maja Riniker"), found);
    }
}
