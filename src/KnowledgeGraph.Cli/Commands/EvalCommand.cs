using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Rdf;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg eval --gold FILE --graph FILE</c>: precision, recall and F1 per kind against a hand-made gold file.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold", "-g") { Description = "The gold file (JSON, e.g. tests/gold/seeds.gold.json).", Required = true };
        var graph = new Option<string>("--graph") { Description = "The graph to score (.ttl .nt .nq .trig .jsonld), or a kg build output folder (its graph.ttl).", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "table (default) or json.", DefaultValueFactory = _ => "table" };
        var misses = new Option<bool>("--misses") { Description = "Also list missed gold items and unmatched system items per kind." };
        var command = new Command("eval", "Scores a graph against a hand-made gold file (precision, recall, F1 per kind).")
        {
            gold, graph, format, misses,
        };
        command.SetAction((parse, ct) => Task.FromResult(Run(parse.GetValue(gold)!, parse.GetValue(graph)!, parse.GetValue(format) ?? "table",
            parse.GetValue(misses), Console.Out, Console.Error, ct)));
        return command;
    }

    public static int Run(string goldPath, string graphPath, string format, bool showMisses, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        if (format is not ("table" or "json"))
        {
            stderr.WriteLine($"kg eval: unknown --format '{format}' (expected table or json)");
            return ExitCodes.InputError;
        }
        if (Directory.Exists(graphPath)) graphPath = Path.Combine(graphPath, "graph.ttl");
        if (!File.Exists(graphPath))
        {
            stderr.WriteLine($"kg eval: {graphPath}: no such file");
            return ExitCodes.InputError;
        }
        if (!RdfFormats.TryFromExtension(graphPath, out var rdfFormat))
        {
            stderr.WriteLine($"kg eval: {graphPath}: unknown RDF file extension (expected .ttl .nt .nq .trig .jsonld)");
            return ExitCodes.InputError;
        }
        GoldStandard goldStandard;
        SystemGraph system;
        try
        {
            goldStandard = GoldLoader.Load(goldPath);
            using var reader = RdfText.OpenFile(graphPath);
            var quads = RdfFormats.CreateReader(rdfFormat).Read(reader, new RdfReaderOptions(graphPath, new Uri(Path.GetFullPath(graphPath)).AbsoluteUri), ct);
            system = SystemGraph.FromQuads(quads, ct);
        }
        catch (GoldFormatException e)
        {
            stderr.WriteLine($"kg eval: {e.Message}");
            return ExitCodes.InputError;
        }
        catch (RdfSyntaxException e)
        {
            stderr.WriteLine($"kg eval: {e.Message}");
            return ExitCodes.InputError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"kg eval: {e.Message}");
            return ExitCodes.InputError;
        }
        var report = new Scorer().Score(goldStandard, system);
        if (format == "json") WriteJson(stdout, report, showMisses);
        else WriteTable(stdout, report, showMisses);
        return ExitCodes.Ok;
    }

    private static string F(double d) => d.ToString("0.000", CultureInfo.InvariantCulture);

    public static void WriteTable(TextWriter w, EvaluationReport report, bool showMisses)
    {
        w.WriteLine($"{"kind",-16} {"gold",5} {"system",6} {"tp",5} {"precision",9} {"recall",7} {"F1",6}");
        foreach (var k in report.Kinds)
            w.WriteLine($"{(k.Informational ? "(" + k.Kind + ")" : k.Kind),-16} {k.Gold,5} {k.System,6} {k.TruePositives,5} {F(k.Precision),9} {F(k.Recall),7} {F(k.F1),6}");
        var micro = report.Micro;
        w.WriteLine($"{"micro",-16} {micro.Gold,5} {micro.System,6} {micro.TruePositives,5} {F(micro.Precision),9} {F(micro.Recall),7} {F(micro.F1),6}");
        w.WriteLine($"{"macro",-16} {"",5} {"",6} {"",5} {F(report.MacroPrecision),9} {F(report.MacroRecall),7} {F(report.MacroF1),6}");
        if (!showMisses) return;
        foreach (var (kind, items) in report.Misses)
        {
            if (items.Count == 0) continue;
            w.WriteLine();
            w.WriteLine($"# {kind}");
            foreach (var item in items) w.WriteLine("  " + item);
        }
    }

    public static void WriteJson(TextWriter w, EvaluationReport report, bool showMisses)
    {
        static JObject Row(KindScore k) => new()
        {
            ["gold"] = k.Gold, ["system"] = k.System, ["truePositives"] = k.TruePositives,
            ["precision"] = Math.Round(k.Precision, 4), ["recall"] = Math.Round(k.Recall, 4), ["f1"] = Math.Round(k.F1, 4),
            ["informational"] = k.Informational,
        };
        var kinds = new JObject();
        foreach (var k in report.Kinds) kinds[k.Kind] = Row(k);
        var root = new JObject
        {
            ["kinds"] = kinds,
            ["micro"] = Row(report.Micro),
            ["macro"] = new JObject
            {
                ["precision"] = Math.Round(report.MacroPrecision, 4), ["recall"] = Math.Round(report.MacroRecall, 4), ["f1"] = Math.Round(report.MacroF1, 4),
            },
        };
        if (showMisses) root["misses"] = JObject.FromObject(report.Misses);
        w.WriteLine(root.ToString(Formatting.Indented));
    }
}
