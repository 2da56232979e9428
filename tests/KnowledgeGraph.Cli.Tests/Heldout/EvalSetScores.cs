using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Cli.Tests.Build;
using Newtonsoft.Json.Linq;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Heldout;

/// <summary>The scores of one evaluation set (articles + hand-made gold under tests/), built and scored in-process as
/// <c>kg build</c> and <c>kg eval --format json</c> do.</summary>
internal sealed class EvalSetScores
{
    private readonly JObject _json;

    private EvalSetScores(JObject json) => _json = json;

    public static EvalSetScores Measure(string setFolder, string goldFile, string output)
    {
        var (buildExit, _, buildStderr) = BuildTestSupport.RunBuild(new[] { Path.Combine(setFolder, "articles") }, output);
        Assert.True(buildExit == ExitCodes.Ok, buildStderr);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = EvalCommand.Run(Path.Combine(setFolder, goldFile), output, "json", false, stdout, stderr, CancellationToken.None);
        Assert.True(exit == ExitCodes.Ok, stderr.ToString());
        return new EvalSetScores(JObject.Parse(stdout.ToString()));
    }

    public double F1(string kind) => (double)_json["kinds"]![kind]!["f1"]!;

    public int TruePositives(string kind) => (int)_json["kinds"]![kind]!["truePositives"]!;

    public double MicroF1 => (double)_json["micro"]!["f1"]!;

    /// <summary>Of the claims whose text was found, the share given to the right speaker (README of tests/gold).</summary>
    public double Attribution => (double)TruePositives("claims") / Math.Max(1, TruePositives("claim texts"));

    public void AssertAtLeast(string label, string kind, double floor) =>
        Assert.True(F1(kind) >= floor, $"{label}: {kind} F1 {F1(kind):0.000} < {floor}");
}
