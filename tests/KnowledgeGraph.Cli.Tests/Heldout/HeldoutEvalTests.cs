using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Cli.Tests.Build;
using Newtonsoft.Json.Linq;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Heldout;

/// <summary>
/// kg build + kg eval of the held-out articles (tests/heldout/articles: invented French news the extractors were
/// never developed on) against their hand-made gold (tests/heldout/heldout.gold.json, written before any system run).
/// Unlike the seed scores, these measure generalisation, so the floors guard against regressions on unseen text.
/// </summary>
public sealed class HeldoutEvalTests : IDisposable
{
    private readonly string _output = BuildTestSupport.NewTempDir("heldout");

    public void Dispose()
    {
        try { Directory.Delete(_output, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void The_heldout_graph_scores_above_the_measured_floor()
    {
        var heldout = Path.Combine(BuildTestSupport.RepoRoot, "tests", "heldout");
        var (buildExit, _, buildStderr) = BuildTestSupport.RunBuild(new[] { Path.Combine(heldout, "articles") }, _output);
        Assert.True(buildExit == ExitCodes.Ok, buildStderr);

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = EvalCommand.Run(Path.Combine(heldout, "heldout.gold.json"), _output, "json", false, stdout, stderr, CancellationToken.None);
        Assert.True(exit == ExitCodes.Ok, stderr.ToString());
        var json = JObject.Parse(stdout.ToString());
        double F1(string kind) => (double)json["kinds"]![kind]!["f1"]!;
        int Tp(string kind) => (int)json["kinds"]![kind]!["truePositives"]!;

        // Floors = what main (6c8f299) measured on 2026-11-21, the first run on these articles: persons 0.862,
        // organizations 0.714, places 0.827, positions 0.833, meetings 0.303, claims 0.659, claim texts 0.767,
        // claim grouping 0.667, micro 0.731, speaker attribution 29/33 = 0.879; each floor sits about 0.05 under the
        // measured score so that a small trade-off passes and a real regression on unseen text fails. Raise them
        // when the extractors improve; never lower them to make a change pass.
        Assert.True(F1("persons") >= 0.81, $"persons F1 {F1("persons")}");
        Assert.True(F1("organizations") >= 0.66, $"organizations F1 {F1("organizations")}");
        Assert.True(F1("places") >= 0.77, $"places F1 {F1("places")}");
        Assert.True(F1("positions") >= 0.78, $"positions F1 {F1("positions")}");
        Assert.True(F1("meetings") >= 0.25, $"meetings F1 {F1("meetings")}");
        Assert.True(F1("claims") >= 0.60, $"claims F1 {F1("claims")}");
        Assert.True(F1("claim texts") >= 0.71, $"claim texts F1 {F1("claim texts")}");
        Assert.True(F1("claim grouping") >= 0.60, $"claim grouping F1 {F1("claim grouping")}");
        Assert.True((double)json["micro"]!["f1"]! >= 0.68, $"micro F1 {json["micro"]!["f1"]}");

        // Attribution rate (README of tests/gold): of the claims whose text was found, the share given to the right speaker.
        double attribution = (double)Tp("claims") / Math.Max(1, Tp("claim texts"));
        Assert.True(attribution >= 0.82, $"speaker attribution {Tp("claims")}/{Tp("claim texts")} = {attribution:0.000}");
    }
}
