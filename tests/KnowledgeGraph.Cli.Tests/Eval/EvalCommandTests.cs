using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Cli.Tests.Build;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Mapping;
using KnowledgeGraph.Rdf;
using Newtonsoft.Json.Linq;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Eval;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _dir = BuildTestSupport.NewTempDir("eval");

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private const string Text = "Le ministre moldave des Finances, Ion Rusu, a reçu lundi à Chisinau Anna Berg. \"Le budget sera prêt\", a déclaré Ion Rusu.";

    /// <summary>A graph with two persons, of which the gold lists one plus one the system missed.</summary>
    private string WriteGraph()
    {
        static TextSpan Find(string part) => new(Text.IndexOf(part, StringComparison.Ordinal), Text.IndexOf(part, StringComparison.Ordinal) + part.Length);
        var article = new Article("a1", Text, "a1.txt", Date: new PartialDate(2024, 2, 5));
        var result = new ExtractionResult(
            new[] { article },
            new[]
            {
                new Entity("ion-rusu", EntityKind.Person, EntitySubtype.None, "Ion Rusu", Array.Empty<string>(), new[] { new Mention("a1", Find("Ion Rusu"), "Ion Rusu", EntityKind.Person, MentionForm.Name) }),
                new Entity("anna-berg", EntityKind.Person, EntitySubtype.None, "Anna Berg", Array.Empty<string>(), new[] { new Mention("a1", Find("Anna Berg"), "Anna Berg", EntityKind.Person, MentionForm.Name) }),
            },
            Array.Empty<Post>(), Array.Empty<PersonalRelation>(), Array.Empty<Meeting>(),
            new[] { new Claim("ion-rusu--budget", "ion-rusu", "Le budget sera prêt", null, new[] { new ClaimAppearance("a1", Find("Le budget sera prêt"), "Le budget sera prêt", true, "déclarer", null, null) }) },
            Array.Empty<IngestDiagnostic>());
        var mapping = new RdfMapper().Map(result);
        var path = Path.Combine(_dir, "graph.ttl");
        KnowledgeGraph.Build.GraphFiles.Write(mapping, _dir, new[] { RdfFormat.Turtle }, CancellationToken.None);
        return path;
    }

    private string WriteGold()
    {
        var path = Path.Combine(_dir, "gold.json");
        File.WriteAllText(path, """
        {
          "articles": ["a1"],
          "persons": [
            { "id": "rusu", "label": "Ion Rusu", "altLabels": ["Rusu"], "articles": ["a1"] },
            { "id": "popescu", "label": "Maria Popescu", "altLabels": [], "articles": ["a1"] }
          ],
          "claims": [ { "id": "c", "speaker": "rusu", "text": "le budget sera prêt", "articles": ["a1"] } ]
        }
        """);
        return path;
    }

    [Fact]
    public void Json_output_reports_precision_recall_and_f1_per_kind()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = EvalCommand.Run(WriteGold(), WriteGraph(), "json", false, stdout, stderr, CancellationToken.None);
        Assert.True(exit == ExitCodes.Ok, stderr.ToString());
        var json = JObject.Parse(stdout.ToString());
        var persons = json["kinds"]!["persons"]!;
        // One of two gold persons found, one of two system persons right.
        Assert.Equal(1, (int)persons["truePositives"]!);
        Assert.Equal(0.5, (double)persons["precision"]!);
        Assert.Equal(0.5, (double)persons["recall"]!);
        Assert.Equal(1.0, (double)json["kinds"]!["claims"]!["f1"]!);
        Assert.NotNull(json["micro"]);
        Assert.NotNull(json["macro"]!["f1"]);
    }

    [Fact]
    public void Table_output_lists_every_kind_and_the_totals_and_accepts_a_build_folder()
    {
        WriteGraph();
        var stdout = new StringWriter();
        int exit = EvalCommand.Run(WriteGold(), _dir, "table", true, stdout, new StringWriter(), CancellationToken.None);
        Assert.Equal(ExitCodes.Ok, exit);
        var text = stdout.ToString();
        foreach (var kind in new[] { "persons", "organizations", "places", "positions", "meetings", "claims", "claim grouping", "micro", "macro" })
            Assert.Contains(kind, text);
        Assert.Contains("missed: Maria Popescu", text);
    }

    [Fact]
    public void Missing_graph_or_bad_gold_is_an_input_error_naming_the_file()
    {
        var stderr = new StringWriter();
        Assert.Equal(ExitCodes.InputError, EvalCommand.Run(WriteGold(), Path.Combine(_dir, "none.ttl"), "table", false, new StringWriter(), stderr, CancellationToken.None));
        Assert.Contains("none.ttl", stderr.ToString());
        var bad = Path.Combine(_dir, "bad.json");
        File.WriteAllText(bad, "{ \"persons\": [ ");
        stderr = new StringWriter();
        Assert.Equal(ExitCodes.InputError, EvalCommand.Run(bad, WriteGraph(), "table", false, new StringWriter(), stderr, CancellationToken.None));
        Assert.Contains("bad.json", stderr.ToString());
    }
}
