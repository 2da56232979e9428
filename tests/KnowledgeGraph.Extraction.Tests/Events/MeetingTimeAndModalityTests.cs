using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>
/// Invented sentences through the whole default pipeline: dates stated relative to the article or by a month,
/// meetings told in the article's own time, wishes and negations that are no meetings, a trip made for a
/// meeting, a companion, and a planned meeting cancelled in a later article.
/// </summary>
public sealed class MeetingTimeAndModalityTests : IClassFixture<ResourcesFixture>
{
    private readonly ResourcesFixture _fixture;

    public MeetingTimeAndModalityTests(ResourcesFixture fixture) => _fixture = fixture;

    private ExtractionResult Run(PartialDate? date, params string[] texts) =>
        DefaultPipeline.Create(_fixture.Resources).Run(texts.Select((t, i) => new Article("a" + i, t, $"a{i}.txt", Date: date)).ToList());

    private static bool Has(IEnumerable<string> keys, string part) => keys.Any(k => k.Contains(part, StringComparison.Ordinal));

    private static Meeting With(ExtractionResult r, string a, string b) =>
        Assert.Single(r.Meetings, m => Has(m.AttendeeKeys, a) && Has(m.AttendeeKeys, b));

    [Fact]
    public void AWeekdayInAMonthDatedArticleIsThatMonth()
    {
        var r = Run(new PartialDate(2024, 3), "Le chancelier autrichien Hans Keller s'est entretenu mercredi au téléphone avec le président polonais Marek Zielinski.");
        Assert.Equal(new PartialDate(2024, 3), With(r, "keller", "zielinski").Date);
    }

    [Theory]
    [InlineData("Le chancelier autrichien Hans Keller a rencontré il y a deux semaines le président polonais Marek Zielinski à Vienne.", "2024-05")]
    [InlineData("Le chancelier autrichien Hans Keller a rencontré le mois dernier le président polonais Marek Zielinski à Vienne.", "2024-05")]
    [InlineData("Le chancelier autrichien Hans Keller a rencontré en février le président polonais Marek Zielinski à Vienne.", "2024-02")]
    [InlineData("Le chancelier autrichien Hans Keller rencontrera la semaine prochaine le président polonais Marek Zielinski à Vienne.", "2024-06")]
    [InlineData("Le chancelier autrichien Hans Keller a rencontré l'an dernier le président polonais Marek Zielinski à Vienne.", "2023")]
    public void DatesStatedRelativeToTheArticleOrByAMonth(string text, string expected)
    {
        var r = Run(new PartialDate(2024, 6, 13), text);
        Assert.Equal(expected, With(r, "keller", "zielinski").Date?.ToString());
    }

    [Fact]
    public void AMeetingToldInTheArticlesTimeTakesItsMonthButAPluperfectOneDoesNot()
    {
        var r = Run(new PartialDate(2024, 6, 13),
            "À Genève, où se tenait une réunion des ministres de la Santé de l'OMS, la ministre belge de la Santé, Claire Dubois, a plaidé pour un fonds commun. " +
            "Le chancelier autrichien Hans Keller avait rencontré le président polonais Marek Zielinski à Vienne.");
        var council = Assert.Single(r.Meetings, m => m.Type == MeetingType.MinisterialMeeting);
        Assert.Equal(new PartialDate(2024, 6), council.Date);
        Assert.True(Has(council.AttendeeKeys, "dubois"));
        Assert.Null(With(r, "keller", "zielinski").Date);
    }

    [Fact]
    public void AnaphoricMentionsAddToTheMeetingInsteadOfStartingOne()
    {
        var r = Run(new PartialDate(2024, 6, 13),
            "Le chancelier autrichien Hans Keller a rencontré mardi à Vienne le président polonais Marek Zielinski. " +
            "Cette rencontre a duré trois heures. Lors de ces pourparlers, Hans Keller a évoqué le gaz.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("PT3H", m.Duration);
        Assert.Equal(new PartialDate(2024, 6, 11), m.Date);
    }

    [Theory]
    [InlineData("Le chancelier autrichien Hans Keller souhaite rencontrer le président polonais Marek Zielinski.")]
    [InlineData("Le chancelier autrichien Hans Keller se dit prêt à rencontrer le président polonais Marek Zielinski.")]
    [InlineData("Le chancelier autrichien Hans Keller n'a pas rencontré le président polonais Marek Zielinski mardi.")]
    [InlineData("Le chancelier autrichien Hans Keller n'a eu aucune rencontre avec le président polonais Marek Zielinski.")]
    public void WishesAndNegationsAreNoMeetings(string text) =>
        Assert.Empty(Run(new PartialDate(2024, 6, 13), text).Meetings);

    [Fact]
    public void AConditionalMeetingWithADayIsPlanned()
    {
        var r = Run(new PartialDate(2024, 6, 13), "Le chancelier autrichien Hans Keller pourrait rencontrer vendredi le président polonais Marek Zielinski.");
        var m = With(r, "keller", "zielinski");
        Assert.Equal(MeetingStatus.Planned, m.Status);
        Assert.Equal(new PartialDate(2024, 6, 14), m.Date);
    }

    [Fact]
    public void ATripMadeForAMeetingIsThatMeetingOnly()
    {
        var r = Run(new PartialDate(2024, 6, 13),
            "Le chancelier autrichien Hans Keller a quitté Vienne mardi. Il s'est rendu à Varsovie afin de s'entretenir avec le président polonais Marek Zielinski.");
        var m = Assert.Single(r.Meetings);
        Assert.True(Has(m.AttendeeKeys, "keller") && Has(m.AttendeeKeys, "zielinski"));
        Assert.NotEqual(MeetingType.Visit, m.Type);
        Assert.Equal("varsovie", m.PlaceKey);
    }

    [Theory]
    [InlineData("Le chancelier autrichien Hans Keller, accompagné de sa ministre des Finances Eva Brunner, a rencontré mardi le président polonais Marek Zielinski.")]
    [InlineData("Le chancelier autrichien Hans Keller, accompagné de Eva Brunner, a rencontré mardi le président polonais Marek Zielinski.")]
    [InlineData("L'envoyé spécial, accompagné dans sa mission de Eva Brunner, pourrait rencontrer mardi à Vienne le président polonais Marek Zielinski.")]
    public void ACompanionNamedWithTheSubjectAttends(string text)
    {
        var r = Run(new PartialDate(2024, 6, 13), text);
        var m = With(r, "brunner", "zielinski");
        Assert.True(Has(m.AttendeeKeys, "brunner"));
    }

    [Fact]
    public void APlannedMeetingCancelledInALaterArticleIsOneCancelledMeeting()
    {
        var r = Run(new PartialDate(2024, 6, 13),
            "Le chancelier autrichien Hans Keller doit rencontrer vendredi à Prague le président polonais Marek Zielinski.",
            "La rencontre entre Hans Keller et Marek Zielinski à Prague a été annulée.");
        var m = With(r, "keller", "zielinski");
        Assert.Equal(MeetingStatus.Cancelled, m.Status);
        Assert.Equal(new PartialDate(2024, 6, 14), m.Date);
        Assert.Equal(2, m.Reports.Select(e => e.ArticleId).Distinct().Count());
    }

    [Fact]
    public void YearsOfNegotiationsAreAProcessNotAMeeting() =>
        Assert.Empty(Run(new PartialDate(2024, 6, 13),
            "L'accord entre la Pologne et l'Autriche, conclu en mars après plus de vingt ans de négociations, doit encore être ratifié.").Meetings);

    [Fact]
    public void TheNextSummitIsHeldByTheSameOrganization()
    {
        var r = Run(new PartialDate(2024, 6, 13),
            "Le sommet de l'Union africaine s'est ouvert samedi à Addis-Abeba. Le président kényan Daniel Mwangi y prépare le sommet du G20 de décembre. " +
            "Le sommet de l'Union africaine s'est achevé dimanche. Le prochain sommet se tiendra en février 2025, également à Addis-Abeba.");
        var next = Assert.Single(r.Meetings, m => m.Status == MeetingStatus.Planned && m.Date == new PartialDate(2025, 2));
        Assert.Equal(MeetingType.Summit, next.Type);
        Assert.Equal(["union-africaine"], next.AttendeeKeys);
    }

    [Fact]
    public void ATripToTheMeetingsPlaceIsThatMeeting()
    {
        var r = Run(new PartialDate(2024, 6, 13),
            "Le président polonais Marek Zielinski et le chancelier autrichien Hans Keller sont convenus de se rencontrer à Vienne. " +
            "Selon son entourage, Marek Zielinski doit se rendre à Vienne dès la mi-juillet.");
        var m = Assert.Single(r.Meetings);
        Assert.True(Has(m.AttendeeKeys, "keller") && Has(m.AttendeeKeys, "zielinski"));
        Assert.Equal("vienne", m.PlaceKey);
        Assert.Equal(new PartialDate(2024, 7), m.Date);
    }

    [Fact]
    public void AnArrangedMeetingKeepsItsKeyWhenALaterReportDatesOrCancelsIt()
    {
        const string plan = "Le chancelier autrichien Hans Keller doit rencontrer le président polonais Marek Zielinski à Prague.";
        const string cancel = "La rencontre du 14 juin entre Hans Keller et Marek Zielinski à Prague a été annulée.";
        var alone = Assert.Single(Run(new PartialDate(2024, 6, 13), plan).Meetings);
        var both = Assert.Single(Run(new PartialDate(2024, 6, 13), plan, cancel).Meetings);
        Assert.Equal(MeetingStatus.Planned, alone.Status);
        Assert.Equal(MeetingStatus.Cancelled, both.Status);
        Assert.Equal(new PartialDate(2024, 6, 14), both.Date);
        Assert.Equal(alone.Key, both.Key);
    }

    [Fact]
    public void ADemonstrativeMentionJoinsTheMeetingToldBeforeWhoeverItNames()
    {
        var r = Run(new PartialDate(2024, 6, 13),
            "Le chancelier autrichien Hans Keller a rencontré mardi à Vienne le président polonais Marek Zielinski. " +
            "Lors de ces pourparlers, la ministre autrichienne des Finances Eva Brunner a présenté un plan. " +
            "Cette rencontre a duré deux heures, selon le conseiller Paul Renard.");
        var m = Assert.Single(r.Meetings);
        Assert.True(Has(m.AttendeeKeys, "keller") && Has(m.AttendeeKeys, "zielinski"));
        Assert.Equal("PT2H", m.Duration);
        Assert.False(Has(m.AttendeeKeys, "renard"));
    }
}
