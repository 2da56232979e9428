using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>
/// The cross-speaker pass (ClaimGrouper.CrossSpeaker.cs) finds its candidate pairs in postings sorted by date, so that an item
/// meets only the quotations of its date window: these pin that the window is the one of <see cref="ClaimGrouper.DatesCompatible"/>
/// for every kind of date (a day, a month, a year, none), on both sides of the window. Invented articles through the whole pipeline.
/// </summary>
public sealed class CrossSpeakerDateWindowTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public CrossSpeakerDateWindowTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    // two outlets agree on the speaker; the third gives the same words to the interlocutor named just before
    private const string First = "« Nous ne céderons pas nos forêts primaires aux exploitants étrangers, la concession doit d'abord servir aux villages riverains », a déclaré la ministre gabonaise des Forêts, Estelle Mboumba.";
    private const string Second = "La ministre des Forêts, Estelle Mboumba, a prévenu : « Nous ne céderons pas nos forêts primaires aux exploitants étrangers. La concession doit d'abord servir aux villages riverains. »";
    private const string Lone = "Le commissaire européen Anders Holmqvist a rencontré la ministre à Libreville. « Nous ne céderons pas nos forêts primaires aux exploitants étrangers […] la concession doit d'abord servir aux villages riverains », a-t-il lancé.";

    private static readonly PartialDate Day = new(2026, 10, 14);

    /// <param name="loneId">"c" sorts after the two others, "_" before: a pair is looked up from its later item, so both orders
    /// search the postings by each kind of date.</param>
    private ExtractionResult Run(string loneId, PartialDate? loneDate) => _pipeline.Run(
    [
        new Article("a", First, "mem", Date: Day),
        new Article("b", Second, "mem", Date: Day),
        new Article(loneId, Lone, "mem", Date: loneDate),
    ]);

    private static string Dump(ExtractionResult r) =>
        string.Join(" | ", r.Claims.Select(c => c.SpeakerKey + " " + c.Date + ": " + string.Join(" + ", c.Appearances.Select(a => a.ArticleId + "«" + a.Text + "»"))));

    private static string[] ArticlesOfTheStatement(ExtractionResult r) => r.Claims
        .Where(c => c.Appearances.Any(a => a.ArticleId == "a" && a.Text.Contains("forêts primaires", StringComparison.Ordinal)))
        .SelectMany(c => c.Appearances.Select(a => a.ArticleId)).Distinct().Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<int?, int?, int?, bool> Dates => new()
    {
        { 2026, 10, 14, true },    // the same day
        { 2026, 10, 21, true },    // a week later: the window's edge
        { 2026, 10, 7, true },     // a week before: the other edge (each statement is dated by its article)
        { 2026, 10, 6, false },    // eight days before
        { 2026, 10, 23, false },   // nine days later
        { 2026, 9, 30, false },    // a fortnight before
        { 2026, 10, null, true },  // a month-only date holding the day
        { 2026, 11, null, false }, // a month-only date starting 18 days later
        { 2026, null, null, true },  // a year-only date
        { 2025, null, null, false }, // another year
        { null, null, null, true },  // no date at all
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void TheLoneOutletJoinsWithinTheDateWindowOnly(int? year, int? month, int? day, bool joins)
    {
        PartialDate? date = year is { } y ? new PartialDate(y, month, day) : null;
        foreach (var loneId in new[] { "c", "_" })
        {
            var r = Run(loneId, date);
            var expected = (joins ? new[] { "a", "b", loneId } : ["a", "b"]).Order(StringComparer.Ordinal);
            Assert.True(ArticlesOfTheStatement(r).SequenceEqual(expected), loneId + ": " + Dump(r));
        }
    }
}
