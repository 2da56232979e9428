using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>Fixture: the seeds through the whole default pipeline (real entity recognizer and resolver).</summary>
public sealed class SeedPipelineFixture
{
    public SeedPipelineFixture()
    {
        string root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "KnowledgeGraph.sln")))
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
        Result = DefaultPipeline.Create(ExtractionResources.Load()).Run([Path.Combine(root, "seeds")]);
    }

    public ExtractionResult Result { get; }
}

/// <summary>
/// End-to-end checks of meetings and claims on the seeds, with the entities the pipeline itself finds.
/// Looser than <see cref="SeedEventsTests"/> (entity keys come from the resolver), but they catch a
/// break between the entity layer and the event/claim stages.
/// </summary>
public sealed class SeedPipelineTests : IClassFixture<SeedPipelineFixture>
{
    private readonly ExtractionResult _result;

    public SeedPipelineTests(SeedPipelineFixture fixture) => _result = fixture.Result;

    private static bool Has(IEnumerable<string> keys, string part) => keys.Any(k => k.Contains(part, StringComparison.Ordinal));

    [Fact]
    public void KremlinTalksAreOneMeetingReportedByAtLeastThreeArticles()
    {
        var talks = _result.Meetings.Where(m => m.Status == MeetingStatus.TookPlace && Has(m.AttendeeKeys, "witkoff") && Has(m.AttendeeKeys, "poutine")).ToList();
        var m = Assert.Single(talks);
        Assert.Equal(new PartialDate(2025, 12, 2), m.Date);
        Assert.Equal("PT5H", m.Duration);
        Assert.True(m.Reports.Select(r => r.ArticleId).Distinct().Count() >= 3);
    }

    [Fact]
    public void CancelledMeetingIsFound()
    {
        var cancelled = Assert.Single(_result.Meetings, m => m.Status == MeetingStatus.Cancelled);
        Assert.True(Has(cancelled.AttendeeKeys, "zelensky"));
    }

    [Fact]
    public void EveryMeetingAndClaimReferencesResolvedEntitiesAndValidSpans()
    {
        var keys = _result.Entities.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var texts = _result.Articles.ToDictionary(a => a.Id, a => a.Text);
        foreach (var m in _result.Meetings)
        {
            Assert.All(m.AttendeeKeys, k => Assert.Contains(k, keys));
            if (m.PlaceKey is not null) Assert.Contains(m.PlaceKey, keys);
            Assert.All(m.Reports, r => Assert.Equal(r.Text, r.Span.Of(texts[r.ArticleId])));
        }
        foreach (var c in _result.Claims)
        {
            Assert.Contains(c.SpeakerKey, keys);
            Assert.All(c.Appearances, a => Assert.Equal(a.Text, a.Span.Of(texts[a.ArticleId])));
        }
        Assert.Equal(_result.Meetings.Count, _result.Meetings.Select(m => m.Key).Distinct().Count());
        Assert.Equal(_result.Claims.Count, _result.Claims.Select(c => c.Key).Distinct().Count());
    }

    [Fact]
    public void TheSameStatementFromTwoOutletsIsGrouped()
    {
        var c = Assert.Single(_result.Claims, c => Has([c.SpeakerKey], "rutte") && c.Text.Contains("pourparlers de paix"));
        Assert.Equal(2, c.Appearances.Select(a => a.ArticleId).Distinct().Count());
    }

    [Fact]
    public void MostDirectQuotationsAreAttributed()
    {
        // quotations of at least five words in the seeds, and how many of them became attributed claims
        int quoted = 0, attributed = 0;
        var missed = new List<string>();
        foreach (var a in _result.Articles)
            foreach (var q in KnowledgeGraph.Extraction.Claims.QuotationFinder.Find(a.Text))
            {
                if (q.Inner.Of(a.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 5) continue;
                quoted++;
                if (_result.Claims.Any(c => c.Appearances.Any(x => x.ArticleId == a.Id && x.Span.Overlaps(q.Inner)))) attributed++;
                else missed.Add(a.Id[..3] + ": " + q.Inner.Of(a.Text));
            }
        Assert.True(quoted >= 25, $"only {quoted} quotations found");
        Assert.True(attributed >= quoted * 9 / 10, $"{attributed} of {quoted} quotations attributed; missed: {string.Join(" | ", missed)}");
    }
}
