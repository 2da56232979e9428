using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Entities;

/// <summary>
/// Names coordinated with a body are bodies ("à l'appel de Sud Rail Ouest et de la CGT", "entre Varlex et Brenhold" after an
/// acronym); a sentence's capitalised article before an acronym ("Le RPV a voté"); a bare introducing noun before an acronym
/// ("le chef de groupe RPV"); a capitalised common noun with an institution's adjective ("la Sécurité civile"). Invented
/// sentences.
/// </summary>
public sealed class CoordinatedAndInstitutionNameTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public CoordinatedAndInstitutionNameTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private List<(EntityKind Kind, string Label)> Entities(string text) =>
        _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 3, 12)) }).Entities
            .Select(e => (e.Kind, e.Label)).ToList();

    [Theory]
    [InlineData("Les agents ont cessé le travail à l'appel de Sud Rail Ouest et de la CGT.", "Sud Rail Ouest")]
    [InlineData("Le contrat oppose depuis deux ans TRVX et Brenhold devant les tribunaux.", "Brenhold")]
    [InlineData("Le contrat oppose depuis deux ans TRVX et Brenhold devant les tribunaux.", "TRVX")]
    [InlineData("La CFDT ou Solidarité Cheminots pourraient signer l'accord.", "Solidarité Cheminots")]
    public void ANameCoordinatedWithABodyIsABody(string text, string body)
    {
        var found = Entities(text);
        Assert.Contains((EntityKind.Organization, body), found);
        Assert.DoesNotContain((EntityKind.Person, body), found);
    }

    [Theory]
    // a first name, a colour word, a person found by a title: no body
    [InlineData("La CGT et Marie Lenoir ont dénoncé l'accord.", "Marie Lenoir")]
    public void AFirstNameKeepsACoordinatedNameAPerson(string text, string person) =>
        Assert.Contains((EntityKind.Person, person), Entities(text));

    [Fact]
    public void ACommonWordCoordinatedWithABodyIsNoBody() =>
        Assert.DoesNotContain((EntityKind.Organization, "Blanc"), Entities("Le club Rouge et Blanc organise une fête samedi."));

    [Theory]
    [InlineData("Le RPV a voté contre le budget mardi soir.", "RPV")]
    [InlineData("Dans l'opposition, le chef de groupe RPV au Sénat, Karim Haddad, a demandé un vote.", "RPV")]
    public void AnAcronymAfterAnArticleOrABareIntroducingNounIsABody(string text, string body) =>
        Assert.Contains((EntityKind.Organization, body), Entities(text));

    [Theory]
    [InlineData("Un hélicoptère de la Sécurité civile a hélitreuillé douze randonneurs.", "Sécurité civile")]
    [InlineData("Les fonctionnaires de la Police nationale ont bouclé le quartier.", "Police nationale")]
    public void ACapitalisedCommonNounWithAnInstitutionsAdjectiveIsABody(string text, string body) =>
        Assert.Contains((EntityKind.Organization, body), Entities(text));

    [Theory]
    // a portfolio after a minister's title, and a title, are no body
    [InlineData("La ministre de la Santé publique a visité l'hôpital.", "Santé publique")]
    [InlineData("L'Agent judiciaire de l'État a plaidé la relaxe.", "Agent judiciaire")]
    public void APortfolioOrATitleIsNoInstitution(string text, string phrase) =>
        Assert.DoesNotContain((EntityKind.Organization, phrase), Entities(text));
}
