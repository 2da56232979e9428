using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Pipeline;

/// <summary>
/// Where the date and reporting-verb scans of the meeting and claim extractors start (issue 9: extraction linear in an
/// article's length): every item before the index returned is one the scan would have passed over, so starting there
/// changes no answer; and on a layer out of order the scan starts at the first item, as before. Checked on an invented
/// article with many dates, quotations and reporting verbs, repeated so that every lookup has many earlier candidates.
/// </summary>
public sealed class ScanStartTests : IClassFixture<ResourcesFixture>
{
    private const string Story =
        "Le ministre de l'Agriculture, Paul Ferrandou, a rencontré lundi 3 mars la présidente de la FNSEA, Claire Moutier. "
        + "« Nous avons trouvé un terrain d'entente », a déclaré M. Ferrandou à l'issue de la réunion. "
        + "Mme Moutier a affirmé que les discussions reprendraient le 17 mars à Rennes, et a précisé qu'un accord était possible. "
        + "En 2019, les deux responsables s'étaient déjà vus à Paris, a rappelé jeudi le porte-parole du ministère. "
        + "Selon la ministre des Armées, Sophie Lanvin, la réunion des ministres de l'Agriculture se tiendra en avril.\n\n";

    private readonly AnalyzedDocument _doc;
    private readonly ResourcesFixture _fixture;

    public ScanStartTests(ResourcesFixture fixture)
    {
        _fixture = fixture;
        string text = string.Concat(Enumerable.Repeat(Story, 5));
        _doc = DefaultPipeline.Create(fixture.Resources).Analyze(new Article("t", text, "mem", Date: new PartialDate(2026, 3, 5)));
    }

    private IEnumerable<int> Offsets()
    {
        for (int at = -5; at <= _doc.Text.Length + 5; at += 7) yield return at;
        foreach (var d in _doc.Dates)
        {
            yield return d.Span.Start;
            yield return d.Span.End;
        }
    }

    [Fact]
    public void EveryDateBeforeTheScanStartStartsOrEndsBeforeTheOffset()
    {
        Assert.True(_doc.Dates.Count >= 15, $"the article should hold many dates, found {_doc.Dates.Count}");
        Assert.True(_doc.DatesSortedByStart);
        foreach (int offset in Offsets())
        {
            int from = _doc.FirstDateFrom(offset);
            Assert.All(_doc.Dates.Take(from), d => Assert.True(d.Span.Start < offset));
            // the first date starting at or after the offset is not passed over
            Assert.Equal(_doc.Dates.FindIndex(d => d.Span.Start >= offset) is var first and >= 0 ? first : _doc.Dates.Count, from);
            int reaching = _doc.FirstDateReaching(offset);
            Assert.All(_doc.Dates.Take(reaching), d => Assert.True(d.Span.End < offset));
            Assert.True(reaching <= from);
        }
    }

    [Fact]
    public void DatesOutOfOrderAreScannedFromTheFirst()
    {
        var doc = new AnalyzedDocument(new Article("u", new string('x', 100), "mem"), 0);
        var expression = _doc.Dates[0].Expression;
        doc.Dates.Add(new DateMention(new TextSpan(50, 60), expression, null));
        doc.Dates.Add(new DateMention(new TextSpan(10, 20), expression, null));
        Assert.False(doc.DatesSortedByStart);
        Assert.Equal(0, doc.FirstDateFrom(70));
        Assert.Equal(0, doc.FirstDateReaching(70));
        // once the layer changes, the order is checked again
        doc.Dates.RemoveAt(1);
        Assert.True(doc.DatesSortedByStart);
        Assert.Equal(1, doc.FirstDateFrom(70));
    }

    [Fact]
    public void EveryVerbBeforeTheScanStartStartsOrEndsBeforeTheOffsetAndTheLatestEndIsTheScans()
    {
        var extractor = new ClaimExtractor(_fixture.Resources);
        var words = WordScanner.Scan(_doc.Text, new TextSpan(0, _doc.Text.Length));
        var verbs = new SpeechVerbList(extractor.Verbs.FindAll(_doc.Text, words));
        Assert.True(verbs.Count >= 10, $"the article should hold many reporting verbs, found {verbs.Count}");
        Assert.True(SpeechVerbList.SortedByStart(verbs));
        foreach (int offset in Offsets())
        {
            int from = SpeechVerbList.FirstFrom(verbs, offset);
            Assert.All(verbs.Take(from), v => Assert.True(v.Span.Start < offset));
            Assert.Equal(verbs.FindIndex(v => v.Span.Start >= offset) is var first and >= 0 ? first : verbs.Count, from);
            int reaching = SpeechVerbList.FirstReaching(verbs, offset);
            Assert.All(verbs.Take(reaching), v => Assert.True(v.Span.End < offset));
        }
        for (int i = 0; i <= verbs.Count; i++)
            Assert.Equal(i == 0 ? int.MinValue : verbs.Take(i).Max(v => v.Span.End), SpeechVerbList.LatestEndBefore(verbs, i));
    }

    [Fact]
    public void VerbsOutOfOrderOrInAPlainListAreScannedFromTheFirst()
    {
        var words = WordScanner.Scan(_doc.Text, new TextSpan(0, _doc.Text.Length));
        var found = new ClaimExtractor(_fixture.Resources).Verbs.FindAll(_doc.Text, words);
        var reversed = new SpeechVerbList(Enumerable.Reverse(found));
        Assert.False(SpeechVerbList.SortedByStart(reversed));
        Assert.Equal(0, SpeechVerbList.FirstFrom(reversed, _doc.Text.Length));
        Assert.Equal(0, SpeechVerbList.FirstReaching(reversed, _doc.Text.Length));
        var plain = found.ToList();
        Assert.False(SpeechVerbList.SortedByStart(plain));
        Assert.Equal(0, SpeechVerbList.FirstFrom(plain, _doc.Text.Length));
        Assert.Equal(plain.Max(v => v.Span.End), SpeechVerbList.LatestEndBefore(plain, plain.Count));
    }

    [Fact]
    public void MinisterialPortfoliosListEachHolderOnceInPostOrder()
    {
        var portfolios = HolderPosts.Of(_doc).MinisterialPortfolios(_doc);
        // "ministre de l'Agriculture" and "ministre des Armées": two portfolios, their holders named five times each
        var agriculture = Assert.Single(portfolios, p => p.Named && p.Portfolio == "Agriculture");
        Assert.Contains(portfolios, p => p.Named && p.Portfolio == "Armées");
        foreach (var p in portfolios)
        {
            Assert.Equal(p.Holders.OrderBy(h => h.Post).ToList(), p.Holders);
            var clusters = p.Holders.Where(h => h.Cluster >= 0).Select(h => h.Cluster).ToList();
            Assert.Equal(clusters.Distinct().Count(), clusters.Count);
            Assert.All(p.Holders, h => Assert.Equal(EntityKind.Person, _doc.Entities[h.Holder].Kind));
        }
        // the minister of Agriculture is one person however often the article names him
        Assert.Single(agriculture.Holders);
        Assert.Equal("Paul Ferrandou", _doc.Entities[agriculture.Holders[0].Holder].Text);
    }
}
