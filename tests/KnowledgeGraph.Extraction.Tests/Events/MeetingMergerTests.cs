using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tests.Claims;

namespace KnowledgeGraph.Extraction.Tests.Events;

public sealed class MeetingMergerTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionResources _resources;

    public MeetingMergerTests(ResourcesFixture fixture) => _resources = fixture.Resources;

    private List<Meeting> Merge(params (string Id, string Text, PartialDate Date)[] articles)
    {
        var extractor = new MeetingExtractor(_resources);
        var docs = new List<AnalyzedDocument>();
        foreach (var (id, text, date) in articles.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            var doc = HandTaggedDocument.Build(_resources, id, text, date, docs.Count, MeetingExtractorTests.World);
            extractor.Process(doc, CancellationToken.None);
            docs.Add(doc);
        }
        var corpus = new CorpusContext(docs, _resources);
        for (int i = 0; i < docs.Count; i++) HandTaggedDocument.RegisterKeys(corpus, i, MeetingExtractorTests.World);
        new MeetingMerger(_resources).Process(corpus, CancellationToken.None);
        return corpus.Meetings;
    }

    [Fact]
    public void SameMeetingReportedByTwoArticlesIsOneMeetingWithTwoReports()
    {
        var meetings = Merge(
            ("a", "Paulo Mendes a rencontré mardi Ingrid Solberg à Lisbonne pendant trois heures.", new PartialDate(2024, 3, 13)),
            ("b", "Les discussions de mardi entre Ingrid Solberg et Paulo Mendes n'ont rien donné.", new PartialDate(2024, 3, 14)));
        var m = Assert.Single(meetings);
        Assert.Equal(2, m.Reports.Count);
        Assert.Equal(["a", "b"], m.Reports.Select(r => r.ArticleId).ToArray());
        Assert.Equal(["mendes", "solberg"], m.AttendeeKeys.ToArray());
        Assert.Equal(new PartialDate(2024, 3, 12), m.Date);
        Assert.Equal("PT3H", m.Duration);
        Assert.Equal("lisbonne", m.PlaceKey);
        Assert.Equal(MeetingType.Talks, m.Type);
    }

    [Fact]
    public void AnaphoricMentionWithoutAttendeesAddsItsDetailsToTheMeetingItRefersTo()
    {
        var meetings = Merge(("a",
            "Karim Haddad a rencontré Paulo Mendes à Oslo. Cette rencontre de cinq heures a surpris les diplomates.",
            new PartialDate(2024, 3, 14)));
        var m = Assert.Single(meetings);
        Assert.Equal("PT5H", m.Duration);
        Assert.Equal(2, m.Reports.Count);
    }

    [Fact]
    public void ACallSharingOnePartyWithAMeetingHeldAtAPlaceIsAnotherEvent()
    {
        // the same day, one party of the meeting at Oslo also spoke on the phone with someone else: two events, not one
        var meetings = Merge(("a",
            "Karim Haddad a reçu mardi à Oslo Paulo Mendes et Ingrid Solberg. Mardi soir, Mendes s'est entretenu au téléphone avec un conseiller.",
            new PartialDate(2024, 3, 14)));
        var held = Assert.Single(meetings, m => m.AttendeeKeys.Count == 3);
        Assert.NotEqual(MeetingType.PhoneCall, held.Type);
        Assert.Equal(["haddad", "mendes", "solberg"], held.AttendeeKeys.ToArray());
        Assert.Single(held.Reports);
    }

    [Theory]
    // both calls: one event told twice
    [InlineData("Haddad s'est entretenu mardi au téléphone avec Mendes à Oslo.", "Mendes a eu mardi un entretien téléphonique.")]
    // a call and talks with no place on either side: one event told twice
    [InlineData("Haddad s'est entretenu mardi au téléphone avec Mendes.", "Mendes a eu mardi des discussions.")]
    public void ACallStillJoinsItsOtherReports(string first, string second)
    {
        var meetings = Merge(("a", first, new PartialDate(2024, 3, 14)), ("b", second, new PartialDate(2024, 3, 14)));
        var m = Assert.Single(meetings);
        Assert.Equal(2, m.Reports.Count);
    }

    [Fact]
    public void CancelledMeetingStaysApartFromTheOneThatTookPlace()
    {
        var meetings = Merge(
            ("a", "Paulo Mendes a rencontré Ingrid Solberg lundi. La rencontre entre Paulo Mendes et Karim Haddad a été annulée.", new PartialDate(2024, 3, 14)));
        Assert.Equal(2, meetings.Count);
        Assert.Contains(meetings, m => m.Status == MeetingStatus.Cancelled && m.AttendeeKeys.SequenceEqual(["haddad", "mendes"]));
        Assert.Contains(meetings, m => m.Status == MeetingStatus.TookPlace && m.AttendeeKeys.SequenceEqual(["mendes", "solberg"]));
    }

    [Fact]
    public void DifferentDatesAreDifferentMeetings()
    {
        var meetings = Merge(
            ("a", "Paulo Mendes a rencontré Ingrid Solberg le 3 mars 2024.", new PartialDate(2024, 3, 14)),
            ("b", "Paulo Mendes a rencontré Ingrid Solberg le 10 mars 2024.", new PartialDate(2024, 3, 14)));
        Assert.Equal(2, meetings.Count);
        Assert.NotEqual(meetings[0].Key, meetings[1].Key);
    }

    [Fact]
    public void KeysAreStableWhenAnUnrelatedArticleIsAdded()
    {
        var first = Merge(("b", "Paulo Mendes a rencontré Ingrid Solberg le 3 mars 2024 à Oslo.", new PartialDate(2024, 3, 14)));
        var second = Merge(
            ("a", "Karim Haddad s'est rendu à Lisbonne le 1er mars 2024.", new PartialDate(2024, 3, 2)),
            ("b", "Paulo Mendes a rencontré Ingrid Solberg le 3 mars 2024 à Oslo.", new PartialDate(2024, 3, 14)));
        var key = Assert.Single(first).Key;
        Assert.Contains(second, m => m.Key == key);
        Assert.Equal("meeting-talks-2024-03-03-mendes-solberg", key);
    }

    [Fact]
    public void MergingIsDeterministic()
    {
        var input = new[]
        {
            ("a", "Paulo Mendes a rencontré mardi Ingrid Solberg à Lisbonne.", new PartialDate(2024, 3, 13)),
            ("b", "Le sommet entre Karim Haddad et Paulo Mendes est prévu à Oslo.", new PartialDate(2024, 3, 14)),
        };
        Assert.Equal(Merge(input).Select(m => m.ToString()), Merge(input).Select(m => m.ToString()));
    }
}
