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
        // an article dated to the month only: a weekday of its news is in that month; "mardi 2" is the 2nd
        Assert.Equal("2025-12", Parse("mercredi", new PartialDate(2025, 12)).Single().Resolved);
        Assert.Equal("2025-12-02", Parse("mardi 2", new PartialDate(2025, 12)).Single().Resolved);
        Assert.Null(Parse("mercredi", new PartialDate(2025)).Single().Resolved);
    }

    [Fact]
    public void CountedOffsetsBeforeAndAfterTheArticleDate()
    {
        var r = Parse("Il y a deux semaines, puis il y a 3 jours ; dans un mois ; il y a deux ans.", Thursday);
        Assert.Equal(new (string, string?)[]
        {
            ("Il y a deux semaines", "2025-11"), ("il y a 3 jours", "2025-12-01"), ("dans un mois", "2026-01"), ("il y a deux ans", "2023"),
        }, r);
        // a count followed by "de" is a duration: "dans deux jours de négociations"
        Assert.Empty(Parse("Ils sont entrés dans deux jours de négociations.", Thursday));
    }

    [Fact]
    public void ThisWeekThisYearLastYearAndTheDayBefore()
    {
        var r = Parse("Cette semaine ; cette année ; l'an dernier ; l'année prochaine ; la veille.", Thursday);
        Assert.Equal(new (string, string?)[]
        {
            ("Cette semaine", "2025-12"), ("cette année", "2025"), ("an dernier", "2024"), ("année prochaine", "2026"), ("veille", "2025-12-03"),
        }, r);
        // "la veille du sommet" counts from the summit, not from the article
        Assert.Empty(Parse("la veille du sommet", Thursday));
    }

    [Fact]
    public void MidMonthIsThatMonth()
    {
        Assert.Equal(new (string, string?)[] { ("mi-décembre", "2025-12"), ("mi-mars 2026", "2026-03") }, Parse("dès la mi-décembre, puis à la mi-mars 2026", Thursday));
    }

    [Fact]
    public void ShortRelativeExpressionsInAMonthDatedArticleAreThatMonth()
    {
        var month = new PartialDate(2025, 2);
        Assert.Equal("2025-02", Parse("hier", month).Single().Resolved);
        Assert.Equal("2025-02", Parse("la semaine dernière", month).Single().Resolved);
        Assert.Equal("2025-01", Parse("le mois dernier", month).Single().Resolved);
        // three weeks back may be last month: unknown
        Assert.Null(Parse("il y a trois semaines", month).Single().Resolved);
    }

    [Fact]
    public void NumericDatesAndNonDates()
    {
        Assert.Equal(("03/12/2025", "2025-12-03"), Parse("publié le 03/12/2025 à Paris", null).Single());
        Assert.DoesNotContain(Parse("Il a 32 ans et 2 enfants.", null), x => x.Text.Contains("32"));
    }
}
