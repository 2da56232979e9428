using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Tests.Dates;

public sealed class DateTests : IClassFixture<ResourcesFixture>
{
    private readonly FrenchDateParser _parser;

    public DateTests(ResourcesFixture fixture) => _parser = new FrenchDateParser(fixture.Resources);

    private (string Text, string? Resolved)[] Parse(string text, PartialDate? articleDate) =>
        _parser.FindAll(text).Select(r => (r.Span.Of(text), DateResolver.Resolve(r.Expression, articleDate)?.ToString())).ToArray();

    private static readonly PartialDate Thursday = new(2025, 12, 4);

    [Fact]
    public void FullAndPartialCalendarDates()
    {
        var r = Parse("Le sommet du 14 juillet 2023 a suivi celui de mars 2021, puis le 1er mars et en 2019.", Thursday);
        Assert.Equal(new (string, string?)[] { ("14 juillet 2023", "2023-07-14"), ("mars 2021", "2021-03"), ("1er mars", "2025-03-01"), ("2019", "2019") }, r);
    }

    [Fact]
    public void BareWeekdayIsMostRecentOnOrBeforeArticleDate()
    {
        Assert.Equal("2025-12-03", Parse("Il a parlé mercredi.", Thursday).Single().Resolved);
        Assert.Equal("2025-12-04", Parse("Il a parlé jeudi.", Thursday).Single().Resolved);
        Assert.Equal("2025-11-28", Parse("Il a parlé vendredi.", Thursday).Single().Resolved);
    }

    [Fact]
    public void FutureCuesPointForward()
    {
        Assert.Equal("2025-12-11", Parse("Ils se verront jeudi prochain.", Thursday).Single().Resolved);
        Assert.Equal("2025-12-05", Parse("La réunion sera organisée vendredi à Genève.", Thursday).Single().Resolved);
        Assert.Equal("2025-11-27", Parse("Il l'a reçu jeudi dernier.", Thursday).Single().Resolved);
    }

    [Fact]
    public void RelativeDaysWeeksAndNights()
    {
        var r = Parse("Hier, avant-hier, aujourd'hui et demain ; la semaine dernière ; le mois prochain.", Thursday);
        Assert.Equal(new (string, string?)[]
        {
            ("Hier", "2025-12-03"), ("avant-hier", "2025-12-02"), ("aujourd'hui", "2025-12-04"), ("demain", "2025-12-05"),
            ("semaine dernière", "2025-11"), ("mois prochain", "2026-01"),
        }, r);
        const string nightText = "dans la nuit du lundi 1er au mardi 2 décembre, à Oslo";
        var night = _parser.FindAll(nightText).Single();
        Assert.True(night.Expression.IsNight);
        Assert.Equal("dans la nuit du lundi 1er au mardi 2 décembre", night.Span.Of(nightText));
        Assert.Equal("2025-12-01", DateResolver.Resolve(night.Expression, Thursday)?.ToString());
    }

    [Fact]
    public void WeekdayWithDayOfMonthAndYearBoundary()
    {
        Assert.Equal("2025-12-02", Parse("mardi 2", Thursday).Single().Resolved);
        // a December date read in a January article is last year's
        Assert.Equal("2024-12-28", Parse("le 28 décembre", new PartialDate(2025, 1, 5)).Single().Resolved);
        Assert.Null(Parse("mercredi", new PartialDate(2025, 12)).Single().Resolved);
    }

    [Fact]
    public void NumericDatesAndNonDates()
    {
        Assert.Equal(("03/12/2025", "2025-12-03"), Parse("publié le 03/12/2025 à Paris", null).Single());
        Assert.DoesNotContain(Parse("Il a 32 ans et 2 enfants.", null), x => x.Text.Contains("32"));
    }
}
