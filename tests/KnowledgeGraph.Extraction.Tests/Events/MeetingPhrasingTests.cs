using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>
/// Common news phrasings of a meeting, each an invented sentence through the whole default pipeline (article
/// dated Thursday 2024-06-13): who met, when, where, and whether it took place.
/// </summary>
public sealed class MeetingPhrasingTests : IClassFixture<ResourcesFixture>
{
    private readonly ResourcesFixture _fixture;

    public MeetingPhrasingTests(ResourcesFixture fixture) => _fixture = fixture;

    [Theory]
    // the pair named in the sentence before
    [InlineData("Le président polonais Marek Zielinski a appelé le chancelier autrichien Hans Keller. Les deux hommes se sont entretenus par téléphone lundi.",
        "PhoneCall", "TookPlace", "2024-06-10", null, "hans-keller,marek-zielinski")]
    // a plural auxiliary before a meeting noun: every subject
    [InlineData("Marek Zielinski et Hans Keller ont eu un entretien téléphonique de quarante minutes samedi.",
        "PhoneCall", "TookPlace", "2024-06-08", null, "hans-keller,marek-zielinski")]
    // "se retrouver" with a relative week
    [InlineData("Marek Zielinski et Hans Keller se retrouveront la semaine prochaine à Genève.",
        "Meeting", "Planned", "2024-06", "geneve", "hans-keller,marek-zielinski")]
    // a visit and the reception told in a relative clause on its place: one event
    [InlineData("Marek Zielinski s'est rendu lundi à Kiev, où il a été reçu par le président ukrainien Petro Bondar.",
        "Visit", "TookPlace", "2024-06-10", "kiev", "marek-zielinski,petro-bondar")]
    // a call "à X" with the day between verb and complement
    [InlineData("Marek Zielinski a téléphoné mardi à Hans Keller.", "PhoneCall", "TookPlace", "2024-06-11", null, "hans-keller,marek-zielinski")]
    // a fronted "lors de" phrase: the main clause's subject attends
    [InlineData("Lors d'une visioconférence avec Hans Keller mercredi, Marek Zielinski a plaidé pour un cessez-le-feu.",
        "PhoneCall", "TookPlace", "2024-06-12", null, "hans-keller,marek-zielinski")]
    // a clitic between the subject pronoun and the verb: the pronoun's antecedent attends
    [InlineData("La ministre Anna Kowalczyk est attendue jeudi à Gdansk. Elle y rencontrera le maire de la ville, Piotr Lis.",
        "Meeting", "Planned", null, null, "anna-kowalczyk,piotr-lis")]
    // a future summit over a range of days: planned, from its first day
    [InlineData("Le sommet du G7 se tiendra du 15 au 17 juin à Evian.", "Summit", "Planned", "2024-06-15", "evian", "g7")]
    public void OneMeetingWithItsFacts(string text, string type, string status, string date, string? place, string attendees)
    {
        var r = DefaultPipeline.Create(_fixture.Resources).Run([new Article("a", text, "a.txt", Date: new PartialDate(2024, 6, 13))]);
        var m = Assert.Single(r.Meetings);
        Assert.Equal(type, m.Type.ToString());
        Assert.Equal(status, m.Status.ToString());
        Assert.Equal(date, m.Date?.ToString());
        Assert.Equal(place, m.PlaceKey);
        Assert.Equal(attendees, string.Join(",", m.AttendeeKeys));
    }

    [Theory]
    [InlineData("Marek Zielinski a rencontré sa femme Anna en 2012 à Cracovie.")]
    [InlineData("Marek Zielinski a rencontré son futur mari à Cracovie.")]
    public void MeetingARelativeIsNoNewsMeeting(string text) =>
        Assert.Empty(DefaultPipeline.Create(_fixture.Resources).Run([new Article("a", text, "a.txt", Date: new PartialDate(2024, 6, 13))]).Meetings);
}
