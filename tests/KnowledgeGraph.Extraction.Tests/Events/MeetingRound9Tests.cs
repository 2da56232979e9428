using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>Ninth round of meeting rules (issue 9, session 12): a time inserted between commas after the meeting verb, and
/// "son homologue français" with no name standing for the holder of the same post in that country, on invented sentences
/// through the whole pipeline (article dated 2026-11-12, a Thursday).</summary>
public sealed class MeetingRound9Tests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public MeetingRound9Tests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 11, 12)) });

    private static string Keys(Meeting m) => string.Join(",", m.AttendeeKeys);

    private static string Told(ExtractionResult r) => string.Join(" | ", r.Meetings.Select(m => $"{m.Type} {Keys(m)} {m.Date} {m.Status}"));

    private static void HasMeeting(ExtractionResult r, string keys) => Assert.True(r.Meetings.Any(m => Keys(m) == keys), Told(r));

    [Theory]
    [InlineData("Le ministre Paul Verdier s'est entretenu au téléphone, jeudi soir, avec son homologue belge, Luc Vanderstraeten, sur la crise.")]
    [InlineData("La maire Hélène Carvalho-Roux s'est entretenue, mardi, avec le président de la région, Marc Delorme.")]
    [InlineData("Le préfet Jean Orlac a discuté, hier soir, avec le maire de la commune, Bruno Lesueur-Diallo, des mesures à prendre.")]
    public void ATimeBetweenCommasAfterTheVerbKeepsItsComplement(string sentence)
    {
        var r = Run(sentence);
        Assert.Contains(r.Meetings, m => m.AttendeeKeys.Count == 2);
    }

    [Theory]
    [InlineData("Le ministre Paul Verdier s'est entretenu, mardi, puis il a quitté la ville avec Luc Vanderstraeten.")]
    [InlineData("Le ministre Paul Verdier s'est entretenu, selon son entourage et plusieurs élus, avec Luc Vanderstraeten.")]
    public void AnInsertThatIsNotATimeBeforeTheComplementStillEndsIt(string sentence)
    {
        // a time insert followed by another clause, or an insert of other words than a time: the comma still ends the complement
        var r = Run(sentence);
        Assert.DoesNotContain(r.Meetings, m => m.AttendeeKeys.Contains("luc-vanderstraeten"));
    }

    [Fact]
    public void ACounterpartOfANationalityIsTheHolderOfThatPostNamedLater()
    {
        var r = Run("La ministre kényane des Affaires étrangères, Grace Wambui-Otieno, a eu mercredi un entretien avec son homologue français. "
            + "Le ministre français de l'Europe et des Affaires étrangères, Arnaud Delvaux-Sarr, a assuré que la France venait en partenaire.");
        HasMeeting(r, "arnaud-delvaux-sarr,grace-wambui-otieno");
    }

    [Fact]
    public void ACounterpartObjectOfReceiveIsTheHolderNamedBefore()
    {
        var r = Run("Le ministre allemand de la Défense, Karl Obermayer, est arrivé lundi à Paris. "
            + "Le ministre français de la Défense, Paul Verdier, a reçu mardi son homologue allemand à l'hôtel de Brienne.");
        HasMeeting(r, "karl-obermayer,paul-verdier");
    }

    [Fact]
    public void ACounterpartWithoutAdjectiveIsTheOnlyHolderOfThePostElsewhere()
    {
        var r = Run("Le Premier ministre belge, Thomas Vercauteren, est arrivé à La Haye. "
            + "Le Premier ministre néerlandais, Maarten Wolters, a salué sa venue. "
            + "Thomas Vercauteren s'est entretenu jeudi avec son homologue sur la sécurité des ports.");
        HasMeeting(r, "maarten-wolters,thomas-vercauteren");
    }

    [Fact]
    public void TwoCounterpartsAreTakenOnlyWhenTheArticleNamesTwo()
    {
        var r = Run("Le Premier ministre luxembourgeois, Marc Wagener, accueillait ses voisins. "
            + "Le Premier ministre belge, Thomas Vercauteren, et le Premier ministre néerlandais, Maarten Wolters, sont arrivés mardi. "
            + "Marc Wagener a eu mercredi un long entretien avec ses deux homologues au château.");
        HasMeeting(r, "maarten-wolters,marc-wagener,thomas-vercauteren");
    }

    [Fact]
    public void ACounterpartAmongSeveralHoldersIsNotGuessed()
    {
        var r = Run("Le ministre français des Armées, Paul Verdier, a reçu mardi son homologue. "
            + "Le ministre allemand des Armées, Karl Obermayer, et le ministre italien des Armées, Marco Benedetti, ont salué l'accord.");
        Assert.DoesNotContain(r.Meetings, m => m.AttendeeKeys.Count > 1);
    }

    [Fact]
    public void ACounterpartOfAnotherPostIsNotTaken()
    {
        // the French minister of Culture holds another post than the Kenyan minister of Foreign Affairs
        var r = Run("La ministre kényane des Affaires étrangères, Grace Wambui-Otieno, a eu mercredi un entretien avec son homologue français. "
            + "La ministre française de la Culture, Anne Morel-Sarr, visitait une exposition.");
        Assert.DoesNotContain(r.Meetings, m => m.AttendeeKeys.Contains("anne-morel-sarr"));
    }

    [Fact]
    public void ACounterpartOfTheSameCountryIsNotTaken()
    {
        // "son homologue" is someone of another country: a second French minister of the Armed Forces (a predecessor) is not it
        var r = Run("Le ministre français des Armées, Paul Verdier, a reçu jeudi son homologue. "
            + "L'ancien ministre français des Armées, Jacques Morand, a critiqué cet accord.");
        Assert.DoesNotContain(r.Meetings, m => m.AttendeeKeys.Contains("jacques-morand"));
    }

    [Fact]
    public void ANamedCounterpartIsStillTheNameApposed()
    {
        var r = Run("Le ministre français de la Défense, Paul Verdier, a reçu mardi son homologue allemand, Karl Obermayer, à Paris. "
            + "Le ministre allemand de la Défense, Hans Krämer-Lutz, l'avait précédé en 2024.");
        HasMeeting(r, "karl-obermayer,paul-verdier");
    }

    [Theory]
    [InlineData("Le ministre Souleymane Traoré-Kanté a reçu lundi matin l'ambassadeur extraordinaire et plénipotentiaire de Chine au Mali, Li Wenhao.", "li-wenhao")]
    [InlineData("Le vice-ministre Mustafa Demirel-Aksoy était à Nairobi lundi, où il a rencontré le président de la Chambre nationale de commerce et d'industrie du Kenya, Erick Kamau-Rotich.", "erick-kamau-rotich")]
    [InlineData("La préfète Anne Kerhervé-Diop a reçu mardi en audience le directeur régional de la Banque mondiale pour l'Afrique de l'Ouest, Paul Ebanga-Mfou.", "paul-ebanga-mfou")]
    public void ANameApposedToALongTitleWithAPlaceInsideIsTheObject(string sentence, string named)
    {
        var r = Run(sentence);
        Assert.True(r.Meetings.Any(m => m.AttendeeKeys.Contains(named) && m.AttendeeKeys.Count == 2), Told(r));
    }

    [Fact]
    public void APersonAfterAFarPlaceAndAnotherClauseIsNotTheObject()
    {
        var r = Run("Le ministre Paul Verdier a reçu lundi les agriculteurs de la région de Bretagne et ceux de la Normandie, puis Jean Orlac a pris la parole.");
        Assert.DoesNotContain(r.Meetings, m => m.AttendeeKeys.Contains("jean-orlac"));
    }
}
