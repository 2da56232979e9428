using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Cli.Tests.Build;
using KnowledgeGraph.Rdf;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Query;

/// <summary>One build of the seeds (Turtle), shared by the library tests that query it.</summary>
public sealed class SeedGraphFixture : IDisposable
{
    public SeedGraphFixture()
    {
        Output = BuildTestSupport.NewTempDir("query-seeds");
        (Exit, _, Stderr) = BuildTestSupport.RunBuild([BuildTestSupport.Seeds], Output, "ttl");
    }

    public string Output { get; }
    public int Exit { get; }
    public string Stderr { get; }
    public string Graph => Path.Combine(Output, "graph.ttl");

    public void Dispose()
    {
        try { Directory.Delete(Output, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Every SPARQL query of the library, run by kg query --name with its defaults on the seeds graph (embedded engine).</summary>
public sealed class SeedQueryTests(SeedGraphFixture seeds) : IClassFixture<SeedGraphFixture>
{
    public static IEnumerable<object[]> Names() =>
        QueryLibrary.List(Path.Combine(BuildTestSupport.RepoRoot, "queries"), ".rq").Select(e => new object[] { e.Name });

    private QueryRows Run(string name, params string[] parameters)
    {
        Assert.True(seeds.Exit is ExitCodes.Ok, seeds.Stderr);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var request = new QueryRequest([seeds.Graph], null, name, parameters, false, Path.Combine(BuildTestSupport.RepoRoot, "queries"), "json");
        int exit = QueryCommand.Run(request, stdout, stderr, CancellationToken.None);
        Assert.True(exit == ExitCodes.Ok, $"{name}: exit {exit}: {stderr}");
        return QueryRows.FromSparqlJson(name, stdout.ToString());
    }

    [Fact]
    public void Every_library_query_has_an_expected_answer() =>
        Assert.Empty(Names().Select(n => (string)n[0]).Where(n => !SeedExpectations.Sparql.ContainsKey(n)));

    [Theory]
    [MemberData(nameof(Names))]
    public void Default_answer_on_the_seeds_is_the_expected_one(string name)
    {
        var rows = Run(name);
        Assert.True(rows.Rows.Count > 0, $"{name} answers nothing on the seeds with its defaults");
        SeedExpectations.Sparql[name](rows);
    }

    [Fact]
    public void A_person_parameter_selects_that_person_by_any_of_their_names()
    {
        var witkoff = Run("who-met-whom", "person=Steve Witkoff");
        witkoff.Has(("a", "Donald Trump"), ("b", "Steve Witkoff"), ("date", "2025-12"))
            .HasNo(("a", "Joe Biden")).HasNo(("date", "2018-07"));
        // "Poutine" is an alternative name: the same meetings as with the canonical name.
        var byAlt = Run("meetings-of-person", "person=Poutine").Rows.Select(r => string.Join("|", r.OrderBy(kv => kv.Key).Select(kv => kv.Value)));
        var byLabel = Run("meetings-of-person", "person=Vladimir Poutine").Rows.Select(r => string.Join("|", r.OrderBy(kv => kv.Key).Select(kv => kv.Value)));
        Assert.Equal(byLabel, byAlt);
        Run("meeting-network", "person=Margus Tsahkna").Includes("name", "Andrii Sybiha", "Elina Valtonen", "Yvette Cooper").HasNo(("name", "Vladimir Poutine"));
        Run("co-mentioned-pairs", "minimum=5").HasNo(("articles", "4")).Has(("first", "Donald Trump"), ("second", "Vladimir Poutine"));
        Run("claim-reports", "phrase=faire la guerre à l'Europe").Exactly("speaker", "Vladimir Poutine").Exactly("article", "000_94763d4cc18d9f12", "001_5088f5dd1f68fab5");
    }

    [Fact]
    public void A_value_that_looks_like_query_text_is_only_ever_a_string()
    {
        // Were the value pasted into the text, this would close the VALUES block and match every triple.
        var rows = Run("meetings-of-person", "person=x\" } ?s ?p ?o . { \"");
        Assert.Empty(rows.Rows);
    }

    [Fact]
    public void Spans_given_by_fact_provenance_are_the_article_text_at_those_offsets()
    {
        var bodies = new Dictionary<string, string>();
        var store = new MemoryStore();
        RdfLoader.LoadFile(store, seeds.Graph);
        var result = new KnowledgeGraph.Sparql.SparqlQueryProcessor(store).Query(
            "SELECT ?id ?body { ?a <https://schema.org/identifier> ?id ; <https://schema.org/articleBody> ?body }", new KnowledgeGraph.Sparql.SparqlQueryOptions());
        var stdout = new StringWriter();
        QueryResultWriter.Write(result, "json", stdout, store.Namespaces, CancellationToken.None);
        foreach (var row in QueryRows.FromSparqlJson("bodies", stdout.ToString()).Rows) bodies[row["id"]] = row["body"];

        var facts = Run("fact-provenance", "entity=Iouri Ouchakov");
        facts.Has(("kind", "claim")).Has(("kind", "post"));
        foreach (var row in facts.Rows)
        {
            var codePoints = bodies[row["article"]].EnumerateRunes().ToArray();
            int start = int.Parse(row["start"]), end = int.Parse(row["end"]);
            var span = string.Concat(codePoints[start..end].Select(r => r.ToString()));
            Assert.Equal(row["text"], span);
            Assert.Contains(row["text"], row["sentence"]);
        }
        // The sentence around a span, as printed in the articles: 002 says "a reconnu Iouri Ouchakov" after the quote,
        // and 000 introduces Kushner as Trump's son-in-law in the sentence about the five-hour meeting.
        facts.Has(("kind", "claim"), ("text", "~Aucune solution de compromis"), ("sentence", "~», a reconnu Iouri Ouchakov, mâchoire serrée et langage calibré, dans une brève déclaration à la presse."));
        Run("fact-provenance").Has(("kind", "relationship"), ("article", "000_94763d4cc18d9f12"),
            ("sentence", "~qui accompagnait l'émissaire pour cette rencontre de plus de cinq heures au Kremlin mardi."));
    }

    [Fact]
    public void VoID_summaries_count_what_the_Turtle_file_holds()
    {
        List<Quad> quads;
        using (var reader = RdfText.OpenFile(seeds.Graph)) quads = new TurtleParser().Read(reader, new RdfReaderOptions(seeds.Graph)).ToList();
        var triples = quads.Select(q => (q.Subject, q.Predicate, q.Object)).Distinct().ToList();
        var classes = triples.Where(t => t.Predicate is IUriNode p && p.Iri == Vocabulary.RdfType && t.Object is IUriNode)
            .GroupBy(t => ((IUriNode)t.Object).Iri).ToDictionary(g => g.Key, g => g.Select(t => t.Subject).Distinct().Count().ToString());
        var classRows = Run("void-classes").Rows.ToDictionary(r => r["class"], r => r["entities"]);
        Assert.Equal(classes.OrderBy(e => e.Key, StringComparer.Ordinal), classRows.OrderBy(e => e.Key, StringComparer.Ordinal));

        var properties = triples.GroupBy(t => ((IUriNode)t.Predicate).Iri).ToDictionary(g => g.Key, g => g.Count().ToString());
        var propertyRows = Run("void-properties").Rows.ToDictionary(r => r["property"], r => r["triples"]);
        Assert.Equal(properties.OrderBy(e => e.Key, StringComparer.Ordinal), propertyRows.OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.True(classRows.ContainsKey("http://xmlns.com/foaf/0.1/Person") && int.Parse(classRows["http://xmlns.com/foaf/0.1/Person"]) >= 18);
    }
}
