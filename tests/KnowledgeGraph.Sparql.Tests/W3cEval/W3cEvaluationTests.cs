using Xunit;
using Xunit.Abstractions;

namespace KnowledgeGraph.Sparql.Tests.W3cEval;

/// <summary>
/// The W3C SPARQL 1.0 and 1.1 evaluation suites, driven by their manifests: one case per test, plus a summary
/// (pass/fail/skip per manifest) that also guards the overall pass rate.
/// </summary>
public class W3cEvaluationTests(ITestOutputHelper output, W3cSuiteFixture suite) : IClassFixture<W3cSuiteFixture>
{
    private static IReadOnlyList<W3cEvaluationCase> AllCases() => W3cEvaluationCases.LoadAll();

    public static IEnumerable<object[]> RunnableCases() =>
        AllCases().Where(c => W3cEvaluationRunner.SkipReason(c) is null).Select(c => new object[] { c.Key });

    public static IEnumerable<object[]> EntailmentCases() =>
        AllCases().Where(c => c.Folder.StartsWith("sparql11/entailment", StringComparison.Ordinal)).Select(c => new object[] { c.Key });

    public static IEnumerable<object[]> ServiceCases() =>
        AllCases().Where(c => c.Folder.StartsWith("sparql11/service", StringComparison.Ordinal)).Select(c => new object[] { c.Key });

    [Theory]
    [MemberData(nameof(RunnableCases))]
    public void Evaluation(string key)
    {
        var c = suite.Cases[key];
        var outcome = W3cEvaluationRunner.Run(c);
        if (outcome.Verdict == TestVerdict.Fail) output.WriteLine(outcome.Message);
        Assert.True(outcome.Verdict == TestVerdict.Pass, $"{key} ({c.Test.Name}): {outcome.Message}");
    }

    [Theory(Skip = "entailment regimes (RDFS/OWL/D) are not implemented: the engine evaluates simple entailment only")]
    [MemberData(nameof(EntailmentCases))]
    public void Entailment(string key) => Assert.Fail(key);

    [Theory(Skip = "SERVICE needs remote endpoints; this engine does not call them")]
    [MemberData(nameof(ServiceCases))]
    public void Service(string key) => Assert.Fail(key);

    /// <summary>Minimum share of runnable query and update evaluation tests that must pass (the goal is 98%).</summary>
    private const double RequiredPassRate = 0.98;

    [Fact]
    public void SummaryPerManifest()
    {
        var totals = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var c in suite.Cases.Values)
        {
            var outcome = W3cEvaluationRunner.Run(c);
            if (!totals.TryGetValue(c.Folder, out var t)) totals[c.Folder] = t = new int[3];
            t[(int)outcome.Verdict]++;
            if (outcome.Verdict == TestVerdict.Fail) output.WriteLine($"FAIL {c.Key}: {outcome.Message.Split('\n')[0]}");
        }
        foreach (var (manifest, t) in totals.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            output.WriteLine($"{manifest}: pass {t[0]}, fail {t[1]}, skip {t[2]}");
        int pass = totals.Values.Sum(t => t[0]), fail = totals.Values.Sum(t => t[1]), skip = totals.Values.Sum(t => t[2]);
        output.WriteLine($"TOTAL: pass {pass}, fail {fail}, skip {skip} ({100.0 * pass / Math.Max(1, pass + fail):0.0}% of runnable tests pass)");
        Assert.True(pass >= RequiredPassRate * (pass + fail), $"pass rate {100.0 * pass / (pass + fail):0.0}% is below {RequiredPassRate:P0}");
    }
}
