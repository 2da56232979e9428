using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Extraction.Tests.Pipeline;

/// <summary>
/// Regression guard on the repository's seed articles and hand-made gold file (tests/gold/seeds.gold.json):
/// every non-optional gold person, organization and place must be found under one of its names, and the
/// build must be byte-for-byte repeatable.
/// </summary>
public sealed class SeedRegressionTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionResources _resources;

    public SeedRegressionTests(ResourcesFixture fixture) => _resources = fixture.Resources;

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }

    [Theory]
    [InlineData("persons", EntityKind.Person)]
    [InlineData("organizations", EntityKind.Organization)]
    [InlineData("places", EntityKind.Place)]
    public void GoldEntitiesAreFound(string section, EntityKind kind)
    {
        var root = RepoRoot();
        var result = DefaultPipeline.Create(_resources).Run(new[] { Path.Combine(root, "seeds") });
        var names = result.Entities.Where(e => e.Kind == kind)
            .SelectMany(e => e.AltLabels.Prepend(e.Label))
            // outlets come from the manifest and become publisher organizations in the graph
            .Concat(kind == EntityKind.Organization ? result.Articles.Select(a => a.Outlet).OfType<string>() : Enumerable.Empty<string>())
            .Select(Normalize).ToHashSet();
        var gold = JObject.Parse(File.ReadAllText(Path.Combine(root, "tests", "gold", "seeds.gold.json")));
        var missed = new List<string>();
        foreach (var item in (JArray)gold[section]!)
        {
            if (item["optional"]?.Value<bool>() == true) continue;
            var all = new[] { (string)item["label"]! }.Concat(item["altLabels"]?.Values<string>() ?? Enumerable.Empty<string>()).Select(s => Normalize(s!));
            if (!all.Any(names.Contains)) missed.Add((string)item["label"]!);
        }
        Assert.Empty(missed);
    }

    [Fact]
    public void SeedBuildIsRepeatable()
    {
        var seeds = Path.Combine(RepoRoot(), "seeds");
        var a = Describe(DefaultPipeline.Create(_resources).Run(new[] { seeds }));
        var b = Describe(DefaultPipeline.Create(ExtractionResources.Load()).Run(new[] { seeds }));
        Assert.Equal(a, b);
    }

    private static string Normalize(string s) => KnowledgeGraph.Extraction.Tokenization.TextFolding.Fold(s.Replace('’', '\'')).Trim();

    private static string Describe(ExtractionResult r) => string.Join("\n",
        r.Entities.Select(e => $"{e.Key}|{e.Kind}|{e.Subtype}|{e.Label}|{string.Join(",", e.AltLabels)}|{string.Join(",", e.Mentions.Select(m => $"{m.ArticleId}@{m.Span.Start}-{m.Span.End}"))}")
            .Concat(r.Posts.Select(p => $"{p.Key}|{p.Label}|{p.OrganizationKey}|{string.Join(",", p.Evidence.Select(e => $"{e.ArticleId}@{e.Span.Start}"))}"))
            .Concat(r.Relations.Select(x => $"{x.SubjectKey}|{x.RelationKey}|{x.ObjectKey}|{x.Evidence.ArticleId}@{x.Evidence.Span.Start}"))
            .Concat(r.Meetings.Select(m => $"{m.Key}|{m.Label}|{string.Join(",", m.AttendeeKeys)}"))
            .Concat(r.Claims.Select(c => $"{c.Key}|{c.SpeakerKey}|{c.Text}"))
            .Concat(r.Articles.Select(a => $"{a.Id}|{a.Date}|{a.Outlet}")));
}
