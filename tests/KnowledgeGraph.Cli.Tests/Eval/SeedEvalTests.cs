using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Cli.Tests.Build;
using Newtonsoft.Json.Linq;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Eval;

/// <summary>kg eval of the seed build against the hand-made gold file (tests/gold/seeds.gold.json).</summary>
public sealed class SeedEvalTests : IClassFixture<SeedBuildFixture>
{
    private readonly SeedBuildFixture _seeds;

    public SeedEvalTests(SeedBuildFixture seeds) => _seeds = seeds;

    [Fact]
    public void The_seed_graph_scores_above_the_measured_floor()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var gold = Path.Combine(BuildTestSupport.RepoRoot, "tests", "gold", "seeds.gold.json");
        int exit = EvalCommand.Run(gold, _seeds.Output, "json", false, stdout, stderr, CancellationToken.None);
        Assert.True(exit == ExitCodes.Ok, stderr.ToString());
        var json = JObject.Parse(stdout.ToString());
        double F1(string kind) => (double)json["kinds"]![kind]!["f1"]!;
        // Floors = what the merged extractors measured on 2026-11-21 (persons 1.000, organizations 0.688, places 0.918,
        // positions 0.829, meetings 0.640, claims 0.837, micro 0.830) less a margin of about 0.1 so that small trade-offs
        // in the extractors do not break the build, while a real regression does.
        Assert.True(F1("persons") >= 0.90, $"persons F1 {F1("persons")}");
        Assert.True(F1("organizations") >= 0.55, $"organizations F1 {F1("organizations")}");
        Assert.True(F1("places") >= 0.80, $"places F1 {F1("places")}");
        Assert.True(F1("positions") >= 0.70, $"positions F1 {F1("positions")}");
        Assert.True(F1("meetings") >= 0.50, $"meetings F1 {F1("meetings")}");
        Assert.True(F1("claims") >= 0.70, $"claims F1 {F1("claims")}");
        Assert.True((double)json["micro"]!["f1"]! >= 0.72, $"micro F1 {json["micro"]!["f1"]}");
    }
}
