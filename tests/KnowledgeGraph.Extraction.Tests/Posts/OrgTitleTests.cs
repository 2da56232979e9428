using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Posts;

/// <summary>
/// A title only one organization has ("eurodéputée", "commissaire européen", post-context-fr.tsv "org-title") belongs to that
/// organization when the article names it, whatever adjective the title carries. Invented sentences.
/// </summary>
public sealed class OrgTitleTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public OrgTitleTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 5, 6)) });

    private static Post PostOf(ExtractionResult r, string holderPart) =>
        Assert.Single(r.Posts, p => p.HolderKey.Contains(holderPart, StringComparison.Ordinal));

    [Theory]
    [InlineData("Le Parlement européen votera jeudi. L'eurodéputée bretonne, Anne Le Goff-Martin, défendra un amendement.", "le-goff-martin", "parlement-europeen")]
    [InlineData("La Commission européenne a présenté son plan. Le commissaire européen à l'Agriculture, Jan Kowalczyk-Nowak, l'a défendu à Bruxelles.", "kowalczyk-nowak", "commission-europeenne")]
    [InlineData("Au Parlement européen, le député européen Marc Delorme-Vidal a dénoncé le texte.", "delorme-vidal", "parlement-europeen")]
    public void TitleBelongsToItsOneOrganization(string text, string holder, string org) =>
        Assert.Equal(org, PostOf(Run(text), holder).OrganizationKey);

    [Theory]
    [InlineData("Le Parlement européen siège à Strasbourg. L'eurodéputée écologiste allemande Greta Vollmer-Sand a déposé une pétition.", "vollmer-sand", "parlement-europeen")]
    [InlineData("Le député européen polonais Piotr Zawadzki-Lis a interpellé le Parlement européen mardi.", "zawadzki-lis", "parlement-europeen")]
    [InlineData("La Commission européenne a présenté son paquet. La commissaire européenne portugaise Inês Valadares-Mota l'a défendu.", "valadares-mota", "commission-europeenne")]
    public void NationalityAdjectiveGivesWayToTheNamedOrganization(string text, string holder, string org) =>
        Assert.Equal(org, PostOf(Run(text), holder).OrganizationKey);

    [Fact]
    public void NationalityAdjectiveOfAnotherTitleStays()
    {
        // "ministre" is no title of one organization: the adjective's country stays, whatever bodies the article names
        var r = Run("Le Parlement européen a voté. La ministre allemande de l'Économie, Greta Vollmer-Sand, a salué le vote.");
        Assert.Equal("allemagne", PostOf(r, "vollmer-sand").OrganizationKey);
    }

    [Fact]
    public void OrganizationNotNamedLeavesTheTitleToItsCountry()
    {
        var r = Run("La France veut une taxe carbone aux frontières. L'eurodéputée française Anne Le Goff-Martin défendra un amendement.");
        Assert.Equal("france", PostOf(r, "le-goff-martin").OrganizationKey);
    }
}
