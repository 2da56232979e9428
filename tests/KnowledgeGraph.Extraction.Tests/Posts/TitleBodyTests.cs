using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Posts;

/// <summary>
/// A title only one kind of body has ("la rectrice", "le procureur de la République", "l'imam"; post-context-fr.tsv title-body)
/// belongs to the last organization named before it whose name opens with that body's noun, even paragraphs away; none named,
/// no guess of that kind (Posts/PostContext.Bodies). Invented sentences.
/// </summary>
public sealed class TitleBodyTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public TitleBodyTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 5, 6)) });

    private static Post PostOf(ExtractionResult r, string holderPart) =>
        Assert.Single(r.Posts, p => p.HolderKey.Contains(holderPart, StringComparison.Ordinal));

    private static string? LabelOf(ExtractionResult r, string? key) => r.Entities.FirstOrDefault(e => e.Key == key)?.Label;

    [Fact]
    public void RectorBelongsToTheUniversityNamedParagraphsBefore()
    {
        var r = Run("La grève des chargés de cours de l'Université de Rimouski entre dans sa troisième semaine. Les étudiants s'inquiètent. "
            + "Les cours du soir sont annulés. La session pourrait être prolongée. La rectrice, Martine Dufresne-Oko, a écrit aux étudiants mardi.");
        Assert.Contains("Rimouski", LabelOf(r, PostOf(r, "dufresne-oko").OrganizationKey));
    }

    [Fact]
    public void ProsecutorBelongsToTheCourtNamedBefore()
    {
        var r = Run("Le tribunal correctionnel de Valence a jugé jeudi l'ancien maire. L'audience a duré six heures. Les avocats ont plaidé la relaxe. "
            + "Le procureur de la République, Alain Berthier-Lenoir, avait requis un an avec sursis.");
        Assert.Contains("tribunal", LabelOf(r, PostOf(r, "berthier-lenoir").OrganizationKey) ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ImamTakesNoClubNamedBeside()
    {
        var r = Run("Les portes ouvertes ont attiré du monde samedi à Verviers. Le club de football Sporting Verviers a offert le café. "
            + "L'imam Youssef Benali-Hamdi a guidé les visiteurs.");
        Assert.Null(PostOf(r, "benali-hamdi").OrganizationKey);
    }

    [Fact]
    public void NoBodyOfThatKindLeavesTheRectorWithoutIt()
    {
        // the only organization named is a company: a rector is not its rector
        var r = Run("La société Fromageries Ladoux a annoncé un plan social. Les syndicats protestent. Les élus s'inquiètent. Le chômage monte. "
            + "La rectrice, Martine Dufresne-Oko, a proposé des formations.");
        Assert.Null(PostOf(r, "dufresne-oko").OrganizationKey);
    }
}
