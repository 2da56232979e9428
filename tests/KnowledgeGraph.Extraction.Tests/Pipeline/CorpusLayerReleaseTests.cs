using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Pipeline;

/// <summary>The pipeline empties a document layer once no later corpus component declares it reads it (memory), and
/// only then; result records keep their text as slices of the article's, equal to copies.</summary>
public sealed class CorpusLayerReleaseTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionResources _resources;

    public CorpusLayerReleaseTests(ResourcesFixture fixture) => _resources = fixture.Resources;

    private sealed class Probe(string name, DocumentLayers reads) : ICorpusComponent
    {
        public string Name => name;

        public DocumentLayers Reads => reads;

        /// <summary>Per run, the number of entity, date and claim mentions the component saw in the corpus.</summary>
        public List<(int Entities, int Dates, int Claims)> Seen { get; } = new();

        public void Process(CorpusContext corpus, CancellationToken ct) =>
            Seen.Add((corpus.Documents.Sum(d => d.Entities.Count), corpus.Documents.Sum(d => d.Dates.Count), corpus.Documents.Sum(d => d.Claims.Count)));
    }

    [Fact]
    public void ALayerIsEmptiedOnlyAfterTheLastComponentThatReadsIt()
    {
        var standard = DefaultPipeline.Create(_resources);
        var first = new Probe("first", DocumentLayers.Entities | DocumentLayers.Dates);
        var second = new Probe("second", DocumentLayers.Dates);
        var third = new Probe("third", DocumentLayers.Claims);
        var pipeline = new ExtractionPipeline(_resources, standard.DocumentComponents, [first, second, third]);
        var article = new Article("a1", "Mardi, le ministre Jean Dupont a déclaré : « Nous signerons l'accord demain. » Il partira jeudi pour Oslo.",
            "a1.txt", Date: new PartialDate(2024, 5, 16));
        pipeline.Run([article]);
        var (entities, dates, claims) = first.Seen.Single();
        Assert.True(entities > 0 && dates > 0 && claims > 0, $"the article has entity, date and claim mentions ({entities}, {dates}, {claims})");
        // entities: read by the first only; dates: by the second; claims: by the third
        Assert.Equal((0, dates, claims), second.Seen.Single());
        Assert.Equal((0, 0, claims), third.Seen.Single());
    }

    [Fact]
    public void AComponentThatDeclaresNothingKeepsEveryLayerForTheOnesBefore()
    {
        var standard = DefaultPipeline.Create(_resources);
        var undeclared = new UndeclaredProbe();
        var probe = new Probe("last", DocumentLayers.Entities);
        var pipeline = new ExtractionPipeline(_resources, standard.DocumentComponents, [undeclared, probe]);
        pipeline.Run([new Article("a1", "Mardi, le ministre Jean Dupont a déclaré : « Nous signerons demain. »", "a1.txt", Date: new PartialDate(2024, 5, 16))]);
        Assert.True(undeclared.Dates > 0);
        Assert.Equal(0, probe.Seen.Single().Dates);
        Assert.True(probe.Seen.Single().Entities > 0);
    }

    private sealed class UndeclaredProbe : ICorpusComponent
    {
        public string Name => "undeclared";

        public int Dates { get; private set; }

        public void Process(CorpusContext corpus, CancellationToken ct) => Dates = corpus.Documents.Sum(d => d.Dates.Count);
    }

    [Fact]
    public void EvidenceKeptAsASliceEqualsACopy()
    {
        const string text = "Le ministre a parlé. Le ministre a parlé.";
        var span = new TextSpan(3, 14);
        var slice = Evidence.InText("a1", span, text);
        var copy = new Evidence("a1", span, "ministre a ");
        Assert.Equal("ministre a ", slice.Text);
        Assert.Equal(copy, slice);
        Assert.Equal(copy.GetHashCode(), slice.GetHashCode());
        // the same words at another offset are another evidence; another text at the same offset too
        Assert.NotEqual(copy, Evidence.InText("a1", new TextSpan(24, 35), text));
        Assert.NotEqual(copy, new Evidence("a1", span, "ministre b "));
        Assert.Single(new[] { slice, copy }.Distinct());
        // with: a new span does not change the text (as with the copy)
        Assert.Equal("ministre a ", (slice with { Span = new TextSpan(0, 2) }).Text);
        var (id, s, t) = slice;
        Assert.Equal(("a1", span, "ministre a "), (id, s, t));
    }

    [Fact]
    public void ClaimAppearanceKeptAsASliceEqualsACopy()
    {
        const string text = "Il a dit : « Nous partirons. »";
        var span = new TextSpan(13, 27);
        var slice = ClaimAppearance.InText("a1", span, text, true, "dire", null, new TextSpan(0, 2));
        var copy = new ClaimAppearance("a1", span, "Nous partirons", true, "dire", null, new TextSpan(0, 2));
        Assert.Equal("Nous partirons", slice.Text);
        Assert.Equal(copy, slice);
        Assert.Equal(copy.GetHashCode(), slice.GetHashCode());
        Assert.NotEqual(copy, slice with { IsDirectQuote = false });
        Assert.NotEqual(copy, slice with { Text = "Nous partirons." });
        Assert.Equal("Nous partirons", (slice with { Span = new TextSpan(0, 1) }).Text);
    }

    [Fact]
    public void EvidenceAndAppearancesKeptInACompactTextEqualTheOnesKeptInTheString()
    {
        const string text = "Le ministre a déclaré : « Nous partirons. » Le ministre a parlé.";
        var compact = ArticleText.CompactOrNull(text)!;
        Assert.True(compact.IsCompact);
        Assert.Equal(text.Length, compact.Length);
        Assert.Equal(text, compact.ToString());
        var span = new TextSpan(26, 40);
        Assert.Equal("Nous partirons", compact.Slice(span.Start, span.Length));
        var fromBytes = Evidence.InText("a1", span, compact);
        var fromString = Evidence.InText("a1", span, text);
        Assert.Equal("Nous partirons", fromBytes.Text);
        Assert.Equal(fromString, fromBytes);
        Assert.Equal(fromString.GetHashCode(), fromBytes.GetHashCode());
        Assert.NotEqual(fromString, Evidence.InText("a1", new TextSpan(3, 11), compact));
        var appearance = ClaimAppearance.InText("a1", span, compact, true, "déclarer", null, new TextSpan(3, 11));
        var copy = new ClaimAppearance("a1", span, "Nous partirons", true, "déclarer", null, new TextSpan(3, 11));
        Assert.Equal(copy, appearance);
        Assert.Equal(copy.GetHashCode(), appearance.GetHashCode());
        Assert.NotEqual(copy, appearance with { Text = "Nous partirons." });
        // a character beyond Latin-1 (the curly apostrophe of news copy): the text stays a string
        Assert.Null(ArticleText.CompactOrNull("l\u2019accord"));
        Assert.False(ArticleText.Of("l\u2019accord").IsCompact);
        Assert.Equal("accord", ArticleText.Of("l\u2019accord").Slice(2, 6));
    }

    [Fact]
    public void ADocumentWhoseTextIsKeptCompactGivesTheSameResultAndAnArticleWithoutText()
    {
        // one article in Latin-1 (kept compact), one with a curly apostrophe and a dash (kept as a string)
        Article[] articles =
        [
            new("a1", "Mardi, la ministre Ilse Vandermeer a rencontré à Prague le ministre Tomas Kovarik. Ilse Vandermeer a déclaré : « Nous signerons l'accord demain. » Tomas Kovarik, président du parti, a affirmé que l'accord serait signé.",
                "a1.txt", Date: new PartialDate(2024, 5, 14)),
            new("a2", "Mercredi, Tomas Kovarik a déclaré : « Nous signerons l\u2019accord demain. » Le ministre \u2013 président du parti \u2013 a rencontré Ilse Vandermeer à Prague.",
                "a2.txt", Date: new PartialDate(2024, 5, 15)),
        ];
        var plain = DefaultPipeline.Create(_resources).Run(articles);
        var compacting = DefaultPipeline.Create(_resources);
        var kept = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
        compacting.DocumentAnalysed = d => kept[d.Id] = d.CompactText() is not null && d.TextOf(new TextSpan(0, 5)) == "Mardi" && d.Body.IsCompact;
        var compact = compacting.Run(articles);
        Assert.True(kept["a1"]);
        Assert.False(kept["a2"]);
        Assert.Equal("", compact.Articles.Single(a => a.Id == "a1").Text);
        Assert.Equal(articles[1].Text, compact.Articles.Single(a => a.Id == "a2").Text);
        Assert.Contains(plain.Claims.SelectMany(c => c.Appearances), a => a.ArticleId == "a1");
        Assert.Equal(plain.Claims.Select(c => (c.Key, c.Text)), compact.Claims.Select(c => (c.Key, c.Text)));
        Assert.Equal(plain.Claims.SelectMany(c => c.Appearances), compact.Claims.SelectMany(c => c.Appearances));
        Assert.Equal(plain.Posts.SelectMany(p => p.Evidence), compact.Posts.SelectMany(p => p.Evidence));
        Assert.Equal(plain.Meetings.SelectMany(m => m.Reports), compact.Meetings.SelectMany(m => m.Reports));
        Assert.Equal(plain.Relations, compact.Relations);
        Assert.Equal(plain.Entities.Select(e => e.Key), compact.Entities.Select(e => e.Key));
    }
}
