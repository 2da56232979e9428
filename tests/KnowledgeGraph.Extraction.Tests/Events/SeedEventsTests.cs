using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>Fixture: the seed corpus analyzed once for all seed tests.</summary>
public sealed class SeedCorpusFixture
{
    public SeedCorpus Seeds { get; } = new(ExtractionResources.Load());
}

/// <summary>
/// The meetings and claims a careful reader finds in the five seed articles (entity mentions tagged by
/// hand, see <see cref="SeedCorpus"/>), so these tests measure the event and claim rules only.
/// </summary>
public sealed class SeedEventsTests : IClassFixture<SeedCorpusFixture>
{
    private readonly SeedCorpus _seeds;

    public SeedEventsTests(SeedCorpusFixture fixture) => _seeds = fixture.Seeds;

    private List<Meeting> Meetings => _seeds.Corpus.Meetings;

    private List<Claim> Claims => _seeds.Corpus.Claims;

    [Fact]
    public void TheFiveHourKremlinTalksReportedByFourArticlesAreOneMeeting()
    {
        var talks = Meetings.Where(m => m.AttendeeKeys.Contains("putin") && m.AttendeeKeys.Contains("witkoff") && m.Status == MeetingStatus.TookPlace).ToList();
        var m = Assert.Single(talks);
        Assert.Equal(new PartialDate(2025, 12, 2), m.Date);
        Assert.Equal("PT5H", m.Duration);
        Assert.Contains("kushner", m.AttendeeKeys);
        Assert.Equal(MeetingType.Talks, m.Type);
        var reporting = m.Reports.Select(r => r.ArticleId[..3]).Distinct().ToArray();
        Assert.Equal(["000", "001", "002", "003"], reporting);
        Assert.All(m.Reports, r => Assert.Equal(r.Text, _seeds.Corpus.Documents.Single(d => d.Id == r.ArticleId).TextOf(r.Span)));
    }

    [Fact]
    public void TheCancelledMeetingWithTheUkrainianPresidentStaysApart()
    {
        var cancelled = Assert.Single(Meetings, m => m.Status == MeetingStatus.Cancelled);
        Assert.Contains("zelensky", cancelled.AttendeeKeys);
        Assert.Contains("witkoff", cancelled.AttendeeKeys);
        Assert.DoesNotContain("putin", cancelled.AttendeeKeys);
        Assert.Equal("brussels", cancelled.PlaceKey);
    }

    [Fact]
    public void PhoneCallsOfTheFebruaryArticleHaveTheirDurations()
    {
        var withPutin = Assert.Single(Meetings, m => m.Type == MeetingType.PhoneCall && m.AttendeeKeys.SequenceEqual(["putin", "trump"]));
        Assert.Equal("PT1H30M", withPutin.Duration);
        var withZelensky = Assert.Single(Meetings, m => m.AttendeeKeys.SequenceEqual(["trump", "zelensky"]));
        Assert.Equal("PT1H", withZelensky.Duration);
        var biden = Assert.Single(Meetings, m => m.AttendeeKeys.Contains("biden"));
        Assert.Equal(MeetingType.PhoneCall, biden.Type);
        Assert.Equal(new PartialDate(2022, 2), biden.Date);
    }

    [Fact]
    public void PastSummitAndMinisterialMeetings()
    {
        var summit = Assert.Single(Meetings, m => m.Type == MeetingType.Summit);
        Assert.Equal(["putin", "trump"], summit.AttendeeKeys.ToArray());
        Assert.Equal(new PartialDate(2018, 7), summit.Date);
        Assert.Equal("finland", summit.PlaceKey);
        var nato = Assert.Single(Meetings, m => m.Type == MeetingType.MinisterialMeeting && m.Date == new PartialDate(2025, 12, 3));
        Assert.Equal(["nato"], nato.AttendeeKeys.ToArray());
        Assert.Equal("brussels", nato.PlaceKey);
        Assert.Equal(["000", "001"], nato.Reports.Select(r => r.ArticleId[..3]).Distinct().ToArray());
    }

    [Fact]
    public void PlannedMeetingWithTheUkrainianNegotiatorMergesAcrossArticles()
    {
        var planned = Assert.Single(Meetings, m => m.Status == MeetingStatus.Planned && m.AttendeeKeys.Contains("umerov"));
        Assert.Equal(new PartialDate(2025, 12, 4), planned.Date);
        Assert.Equal(["000", "001"], planned.Reports.Select(r => r.ArticleId[..3]).Distinct().ToArray());
    }

    [Fact]
    public void TheClaimReportedByTwoOutletsIsOneClaimWithTwoAppearances()
    {
        var c = Assert.Single(Claims, c => c.SpeakerKey == "rutte" && c.Text.Contains("pourparlers de paix"));
        Assert.Equal(["000", "001"], c.Appearances.Select(a => a.ArticleId[..3]).ToArray());
        Assert.All(c.Appearances, a => Assert.True(a.IsDirectQuote));
    }

    [Theory]
    [InlineData("Nous verrons si cela va se produire", "trump")]
    [InlineData("Il reste encore beaucoup de travail", "ushakov")]
    [InlineData("Jusqu'à présent, nous n'avons vu aucune concession", "valtonen")]
    [InlineData("Nous n'avons pas l'intention de faire la guerre", "putin")]
    [InlineData("Les négociations doivent s'accompagner", "zelensky")]
    [InlineData("Nous sommes convenus que nos équipes", "trump")]
    [InlineData("Il est assez évident", "tsahkna")]
    [InlineData("Ce que nous voyons", "tsahkna")]
    [InlineData("Mais la paix n’est plus loin", "ushakov")]
    [InlineData("Nous estimons que, dans ce cas précis", "peskov")]
    [InlineData("Certainement pas plus éloignée", "ushakov")]
    [InlineData("Ils souhaitent nous faire un compte rendu", "zelensky")]
    [InlineData("Cette guerre n’aurait jamais eu lieu", "trump")]
    [InlineData("Lui, comme le président Poutine", "trump")]
    [InlineData("Mais en même temps, nous devons", "rutte")]
    [InlineData("irréaliste", "hegseth")]
    [InlineData("Vladimir Poutine et Donald Trump ont discuté", "kremlin")]
    public void QuotationsAreAttributedToTheirSpeakers(string start, string speaker)
    {
        var c = Assert.Single(Claims, c => c.Appearances.Any(a => a.Text.StartsWith(start, StringComparison.Ordinal)));
        Assert.Equal(speaker, c.SpeakerKey);
    }

    [Fact]
    public void NestedSourcingIsKeptAsVia()
    {
        var c = Assert.Single(Claims, c => c.Text.StartsWith("le plus profond respect", StringComparison.Ordinal));
        Assert.Equal("witkoff", c.SpeakerKey);
        Assert.Equal("bloomberg", Assert.Single(c.Appearances).ViaKey);
    }

    [Fact]
    public void ScareQuotesAreNotClaims()
    {
        Assert.DoesNotContain(Claims, c => c.Appearances.Any(a => a.Text is "empêtrées" or "la désinformation" or "succès" or "Position de force"));
    }

    [Fact]
    public void ClaimDatesComeFromTheStatedDayOrTheArticle()
    {
        var confided = Assert.Single(Claims, c => c.Text.StartsWith("Ils souhaitent nous faire", StringComparison.Ordinal));
        Assert.Equal(new PartialDate(2025, 12, 2), confided.Date); // "a confié mardi" in an article of Wednesday 3
        var hegseth = Assert.Single(Claims, c => c.Text == "irréaliste");
        Assert.Equal(new PartialDate(2025, 2), hegseth.Date); // "mercredi" cannot be resolved in a month-dated article
    }
}
