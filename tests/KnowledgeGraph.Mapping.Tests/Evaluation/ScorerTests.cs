using KnowledgeGraph.Evaluation;
using KnowledgeGraph.Extraction.Model;
using Xunit;

namespace KnowledgeGraph.Mapping.Tests.Evaluation;

public sealed class ScorerTests
{
    // A gold file for the invented sample corpus: one person is missing from the system (Jan Novak), the
    // journalist from metadata is optional, and the claim appears in both articles.
    private const string GoldJson = """
    {
      "articles": ["art_a", "art_b"],
      "persons": [
        { "id": "ribeiro", "label": "Ana Ribeiro", "altLabels": ["Ribeiro"], "articles": ["art_a", "art_b"] },
        { "id": "vos", "label": "Piet Vos", "altLabels": [], "articles": ["art_a"] },
        { "id": "novak", "label": "Jan Novak", "altLabels": [], "articles": ["art_a"] },
        { "id": "dupont", "label": "Marie Dupont", "altLabels": [], "articles": ["art_a"], "optional": true }
      ],
      "organizations": [ { "id": "finances", "label": "Ministère des finances", "altLabels": [], "articles": [] } ],
      "places": [
        { "id": "lisbonne", "label": "Lisbonne", "altLabels": [], "articles": ["art_a"] },
        { "id": "lusitanie", "label": "Lusitanie", "altLabels": [], "articles": [] }
      ],
      "posts": [ { "holder": "ribeiro", "role": "ministre des Finances", "organization": "finances", "articles": ["art_a"] } ],
      "meetings": [ { "id": "m1", "attendees": ["ribeiro", "vos"], "date": "2025-03", "place": "lisbonne", "status": "TookPlace", "articles": ["art_a"] } ],
      "claims": [ { "id": "c1", "speaker": "ribeiro", "text": "Nous avançons bien", "articles": ["art_a", "art_b"] } ]
    }
    """;

    private static EvaluationReport Score(ExtractionResult result, string goldJson = GoldJson)
    {
        var mapped = new RdfMapper(new MappingOptions(IncludeOntology: false)).Map(result);
        return new Scorer().Score(GoldLoader.Parse(goldJson), SystemGraph.FromQuads(mapped.Quads));
    }

    [Fact]
    public void Entities_are_matched_by_normalized_names_with_optional_items_out_of_the_counts()
    {
        var report = Score(SampleCorpus.Build());
        var persons = report["persons"];
        // System persons: Ana Ribeiro, Piet Vos, Marie Dupont (optional, so not counted).
        Assert.Equal(3, persons.Gold);
        Assert.Equal(2, persons.System);
        Assert.Equal(2, persons.TruePositives);
        Assert.Equal(1.0, persons.Precision);
        Assert.Equal(2.0 / 3, persons.Recall, 6);
        // "ministère des Finances" matches "Ministère des finances" (case); the outlet "Le Quotidien" is an extra organization.
        Assert.Equal(1, report["organizations"].TruePositives);
        Assert.Equal(2, report["organizations"].System);
        Assert.Equal(2, report["places"].TruePositives);
        Assert.Contains("missed: Jan Novak", report.Misses["persons"]);
    }

    [Fact]
    public void A_second_node_for_one_person_is_a_false_positive()
    {
        var r = SampleCorpus.Build();
        var duplicate = r.Entities[0] with { Key = "ribeiro", Label = "Ribeiro", AltLabels = Array.Empty<string>() };
        var report = Score(r with { Entities = r.Entities.Append(duplicate).ToList() });
        Assert.Equal(2, report["persons"].TruePositives);
        Assert.Equal(3, report["persons"].System);
    }

    [Fact]
    public void Posts_meetings_claims_and_grouping_match_through_the_entity_matching()
    {
        var report = Score(SampleCorpus.Build());
        Assert.Equal(1, report["positions"].TruePositives);
        Assert.Equal(1, report["meetings"].TruePositives); // 2025-03 is compatible with 2025-03-04
        Assert.Equal(1, report["claims"].TruePositives);
        Assert.Equal(1, report["claim grouping"].Gold);
        Assert.Equal(1, report["claim grouping"].TruePositives);
        Assert.Equal(1.0, report["claims"].F1);
    }

    [Fact]
    public void A_claim_given_to_the_wrong_speaker_counts_only_as_a_claim_text()
    {
        var r = SampleCorpus.Build();
        var report = Score(r with { Claims = new[] { r.Claims[0] with { SpeakerKey = "piet-vos" } } });
        Assert.Equal(0, report["claims"].TruePositives);
        Assert.Equal(1, report["claim texts"].TruePositives);
        Assert.True(report["claim texts"].Informational);
    }

    [Fact]
    public void A_meeting_on_another_date_does_not_match()
    {
        var r = SampleCorpus.Build();
        var report = Score(r with { Meetings = new[] { r.Meetings[0] with { Date = new PartialDate(2024, 3, 4) } } });
        Assert.Equal(0, report["meetings"].TruePositives);
        Assert.Equal(1, report["meetings"].System);
    }

    [Fact]
    public void The_strict_meeting_rows_want_the_gold_date_and_then_exactly_the_gold_attendees()
    {
        var r = SampleCorpus.Build();
        var m = r.Meetings[0];
        var exact = Score(r);
        Assert.Equal(1, exact["meetings (dated)"].TruePositives);   // 2025-03-04 lies within the gold's 2025-03
        Assert.Equal(1, exact["meetings (exact)"].TruePositives);
        Assert.True(exact["meetings (exact)"].Informational);

        var coarse = Score(r with { Meetings = new[] { m with { Date = new PartialDate(2025, null, null) } } });
        Assert.Equal(1, coarse["meetings"].TruePositives);          // compatible by prefix
        Assert.Equal(0, coarse["meetings (dated)"].TruePositives);  // but less precise than the gold
        var undated = Score(r with { Meetings = new[] { m with { Date = null } } });
        Assert.Equal(1, undated["meetings"].TruePositives);
        Assert.Equal(0, undated["meetings (dated)"].TruePositives);

        var extra = Score(r with { Meetings = new[] { m with { AttendeeKeys = new[] { "ana-ribeiro", "piet-vos", "lisbonne" } } } });
        Assert.Equal(1, extra["meetings (dated)"].TruePositives);
        Assert.Equal(0, extra["meetings (exact)"].TruePositives);   // one attendee the gold does not list
    }

    [Fact]
    public void Micro_and_macro_totals_leave_informational_rows_out()
    {
        var report = Score(SampleCorpus.Build());
        var scored = report.Kinds.Where(k => !k.Informational).ToList();
        Assert.Equal(scored.Sum(k => k.TruePositives), report.Micro.TruePositives);
        Assert.Equal(scored.Average(k => k.F1), report.MacroF1, 9);
        Assert.Equal(7, scored.Count);
    }

    [Theory]
    [InlineData("2025-12", "2025-12-02", true)]
    [InlineData("2025-12-03", "2025-12-02", false)]
    [InlineData(null, "2025", true)]
    public void Partial_dates_are_compatible_by_prefix(string? a, string? b, bool expected) => Assert.Equal(expected, Scorer.DatesCompatible(a, b));

    [Fact]
    public void Gold_files_with_dangling_ids_or_bad_json_are_rejected_with_the_file_name()
    {
        var dangling = Assert.Throws<GoldFormatException>(() => GoldLoader.Parse(GoldJson.Replace("\"speaker\": \"ribeiro\"", "\"speaker\": \"nobody\""), "g.json"));
        Assert.Contains("g.json", dangling.Message);
        Assert.Contains("'nobody'", dangling.Message);
        var bad = Assert.Throws<GoldFormatException>(() => GoldLoader.Parse("{\n \"persons\": [ { \"id\": 1, }\n", "bad.json"));
        Assert.StartsWith("bad.json:", bad.Message);
    }

    [Fact]
    public void The_seed_gold_file_loads_and_lists_every_kind()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "KnowledgeGraph.sln"))) dir = Path.GetDirectoryName(dir);
        Assert.NotNull(dir);
        var gold = GoldLoader.Load(Path.Combine(dir!, "tests", "gold", "seeds.gold.json"));
        Assert.Equal(5, gold.Articles.Count);
        Assert.True(gold.Persons.Count(p => !p.Optional) >= 15);
        Assert.Contains(gold.Claims, c => c.Articles.Count > 1);
        Assert.Contains(gold.Meetings, m => m.Status == "Cancelled");
    }
}
