using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>
/// Invented sentences through the whole default pipeline: the day of a meeting told without a date of its own, taken
/// from the day the narration last stated, and the cases where the narration does not tell it.
/// </summary>
public sealed class MeetingDatingTests : IClassFixture<ResourcesFixture>
{
    private readonly ResourcesFixture _fixture;

    public MeetingDatingTests(ResourcesFixture fixture) => _fixture = fixture;

    // Thursday 2024-06-13
    private static readonly PartialDate Thursday = new(2024, 6, 13);

    private ExtractionResult Run(PartialDate? date, params string[] texts) =>
        DefaultPipeline.Create(_fixture.Resources).Run(texts.Select((t, i) => new Article("a" + i, t, $"a{i}.txt", Date: date)).ToList());

    private static bool Has(IEnumerable<string> keys, string part) => keys.Any(k => k.Contains(part, StringComparison.Ordinal));

    private static Meeting With(ExtractionResult r, string a, string b) =>
        Assert.Single(r.Meetings, m => Has(m.AttendeeKeys, a) && Has(m.AttendeeKeys, b));

    [Theory]
    // the day stated in the sentence before, in the same paragraph
    [InlineData("Mardi, la ministre de la Santé, Odile Ferrand, a présenté à Laval son plan pour les urgences. Elle s'est ensuite entretenue avec le directeur de l'agence régionale, Paul Mercadier.", "2024-06-11")]
    // the day of the main clause governs a clause that tells the meeting
    [InlineData("Des milliers de pêcheurs ont manifesté mercredi à Brest pendant que la ministre de la Mer, Odile Ferrand, recevait à la préfecture le président du comité des pêches, Paul Mercadier.", "2024-06-12")]
    // the day stated in the paragraph before
    [InlineData("Près de 300 viticulteurs ont bloqué jeudi les abords de la préfecture de Tours.\n\nLe préfet d'Indre-et-Loire, Paul Mercadier, a reçu en début d'après-midi une délégation conduite par la présidente de la chambre d'agriculture, Odile Ferrand.", "2024-06-13")]
    // the main clause's day, not the day of the background told in the relative clause after it
    [InlineData("La ministre de l'Industrie, Odile Ferrand, s'est rendue mercredi sur le site, où un éboulement a fait dix morts dans la nuit de lundi à mardi. Elle a été accueillie par le gouverneur Paul Mercadier, avec qui elle a eu une séance de travail.", "2024-06-12")]
    // the day of the news, after its background, whichever clause comes first
    [InlineData("Dix-sept personnes ont été interpellées lundi à Grenoble, a annoncé mercredi la procureure Odile Ferrand. Lors d'un point de presse, elle s'est entretenue avec le préfet Paul Mercadier.", "2024-06-12")]
    // a wire dateline tells when the dispatch was filed, not the narration's day
    [InlineData("Laval, 13 juin 2024 (AFP) – La ministre de la Santé, Odile Ferrand, a séjourné mercredi à Laval. Elle a été reçue par le directeur de l'agence régionale, Paul Mercadier.", "2024-06-12")]
    // "la veille" counts from a day the text told, not from the article: the narration's day is the one before
    [InlineData("Mercredi, la ministre de la Santé, Odile Ferrand, a présenté à Laval son plan pour les urgences. La veille, son cabinet avait consulté les syndicats. Elle s'est entretenue avec le directeur de l'agence régionale, Paul Mercadier.", "2024-06-12")]
    public void AMeetingWithoutItsOwnDateTakesTheDayTheNarrationStated(string text, string expected)
    {
        var r = Run(Thursday, text);
        Assert.Equal(expected, With(r, "ferrand", "mercadier").Date?.ToString());
    }

    [Theory]
    // the narration moved to a month
    [InlineData("Mardi, la ministre de la Santé, Odile Ferrand, a présenté à Laval son plan pour les urgences. En mars, elle avait annoncé un plan. Elle s'est entretenue avec le directeur de l'agence régionale, Paul Mercadier.")]
    // the last day stated is a plan still to come
    [InlineData("La ministre de la Santé, Odile Ferrand, doit se rendre samedi prochain à Laval. Elle s'est entretenue avec le directeur de l'agence régionale, Paul Mercadier.")]
    // a day more than a week before the article is another time than the news
    [InlineData("Le 2 juin, la ministre de la Santé, Odile Ferrand, a présenté à Laval son plan pour les urgences. Elle s'est entretenue avec le directeur de l'agence régionale, Paul Mercadier.")]
    // a date after the trigger that could not be attached: the sentence has a time of its own
    [InlineData("Mardi, la ministre de la Santé, Odile Ferrand, a présenté à Laval son plan pour les urgences. Elle s'est entretenue avec le directeur de l'agence régionale, Paul Mercadier, qui dirige depuis des années un établissement réputé pour la qualité de ses soins et la stabilité de ses équipes soignantes, au sujet de la fermeture des urgences annoncée le 12 juin.")]
    // a day told in a quotation is the speaker's, not the narration's
    [InlineData("« Mardi, nous avons manifesté devant l'hôpital », raconte une infirmière. La ministre de la Santé, Odile Ferrand, s'est entretenue avec le directeur de l'agence régionale, Paul Mercadier.")]
    public void WithoutANarratedDayOfTheWeekTheMeetingKeepsTheArticlesMonth(string text)
    {
        var r = Run(Thursday, text);
        Assert.Equal("2024-06", With(r, "ferrand", "mercadier").Date?.ToString());
    }

    [Fact]
    public void ANarratedDayTooFarBackIsNotTakenFromSentencesLongBefore()
    {
        var r = Run(Thursday,
            "Mardi, la ministre de la Santé, Odile Ferrand, a présenté à Laval son plan pour les urgences. Les soignants réclament des renforts. " +
            "Les urgences ferment la nuit. Les syndicats dénoncent un manque de lits. Les patients attendent des heures. " +
            "Les médecins partent à la retraite. Les internes manquent. " +
            "La ministre s'est entretenue avec le directeur de l'agence régionale, Paul Mercadier.");
        Assert.Equal("2024-06", With(r, "ferrand", "mercadier").Date?.ToString());
    }

    [Fact]
    public void TwoReportsOneWithTheNarratedDayOneWithTheMonthGiveTheDay()
    {
        var r = Run(Thursday,
            "Mardi, la ministre de la Santé, Odile Ferrand, a présenté à Laval son plan pour les urgences. Elle s'est entretenue avec le directeur de l'agence régionale, Paul Mercadier.",
            "La ministre de la Santé, Odile Ferrand, s'est entretenue avec le directeur de l'agence régionale, Paul Mercadier, à Laval.");
        Assert.Equal("2024-06-11", With(r, "ferrand", "mercadier").Date?.ToString());
    }

    [Theory]
    [InlineData("La grève des cheminots s'est poursuivie jeudi, au lendemain d'une rencontre sans résultat entre la ministre des Transports, Odile Ferrand, et le secrétaire général du syndicat, Paul Mercadier.", "2024-06-12")]
    [InlineData("Au lendemain de la rencontre entre la ministre des Transports, Odile Ferrand, et le syndicaliste Paul Mercadier, les cheminots ont voté mercredi la grève.", "2024-06-11")]
    [InlineData("Les cheminots ont manifesté mardi, à la veille de la réunion entre la ministre des Transports, Odile Ferrand, et le syndicaliste Paul Mercadier.", "2024-06-12")]
    public void AMeetingTheDayBeforeOrAfterTheGoverningClausesDay(string text, string expected)
    {
        var r = Run(Thursday, text);
        Assert.Equal(expected, With(r, "ferrand", "mercadier").Date?.ToString());
    }

    [Fact]
    public void AMeetingInTheComplementOfTheDayAfterIsTheDayBefore()
    {
        var r = Run(Thursday, "La ministre des Transports, Odile Ferrand, a inauguré mercredi le dépôt de Lyon, au lendemain d'un long entretien avec le secrétaire général du syndicat, Paul Mercadier.");
        Assert.Equal("2024-06-11", Assert.Single(r.Meetings, m => Has(m.AttendeeKeys, "mercadier")).Date?.ToString());
    }

    [Fact]
    public void AMeetingPhraseWithItsOwnDateKeepsIt()
    {
        var r = Run(Thursday, "Au lendemain de la rencontre de mardi entre la ministre des Transports, Odile Ferrand, et le syndicaliste Paul Mercadier, les cheminots ont voté jeudi la grève.");
        Assert.Equal("2024-06-11", With(r, "ferrand", "mercadier").Date?.ToString());
    }

    [Theory]
    [InlineData("La ministre belge des Affaires étrangères, Odile Ferrand, s'est entretenue par téléphone avec M. Mercadier mercredi matin.", "2024-06-12")]
    [InlineData("La ministre belge des Affaires étrangères, Odile Ferrand, a reçu M. Mercadier mardi au palais d'Egmont.", "2024-06-11")]
    public void ADateAfterANameWithATitleAbbreviationIsTheMeetings(string text, string expected)
    {
        var r = Run(Thursday, text);
        Assert.Equal(expected, With(r, "ferrand", "mercadier").Date?.ToString());
    }

    [Fact]
    public void ASentenceEndingWithAnAcronymStillEndsTheMeetingsClause()
    {
        var r = Run(Thursday, "La ministre belge des Affaires étrangères, Odile Ferrand, a reçu Paul Mercadier, le représentant de l'UE. Mardi, elle a présenté son plan.");
        Assert.Equal("2024-06", With(r, "ferrand", "mercadier").Date?.ToString());
    }
}
