using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Resolution;

namespace KnowledgeGraph.Extraction.Tests.Resolution;

public sealed class ResolutionTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public ResolutionTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(params string[] texts) =>
        _pipeline.Run(texts.Select((t, i) => new Article($"a{i}", t, "mem", Date: new PartialDate(2024, 6, 12))));

    [Theory]
    [InlineData("Iouri Ouchakov", "Yuri Ushakov")]
    [InlineData("Volodymyr Zelensky", "Volodymyr Zelenskyy")]
    [InlineData("Dmitri Medvedev", "Dmitry Medvedev")]
    [InlineData("Sergueï Choïgou", "Sergei Shoigu")]
    public void TransliterationVariantsAreTheSamePerson(string a, string b) => Assert.True(DocumentCoreference.SamePerson(a, b));

    [Fact]
    public void AnArabicArticleWrittenGluedSeparateOrNotIsOnePersonAcrossArticles()
    {
        // invented: one person as three outlets write him
        var r = Run(
            "Le ministre Karim El Haddaoui a reçu la délégation à Rabat.",
            "Le ministre Karim al-Haddaoui a plaidé pour un accord.",
            "Karim Haddaoui a signé le texte, a indiqué le ministère.");
        Assert.Single(r.Entities, e => e.Kind == EntityKind.Person && e.Label.Contains("Haddaoui", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Chiara Bellandi-Rossi", "Chiara Bellandi Rossi")]
    [InlineData("Abdelmajid Ben Amara", "Abdelmadjid Benamara")]
    [InlineData("Sidi Ould Bakar", "Sidi Ouldbakar")]
    public void HyphenatedSpacedAndGluedPartsAreOnePerson(string a, string b) => Assert.True(DocumentCoreference.SamePerson(a, b));

    [Fact]
    public void AHyphenatedSurnameWrittenApartIsOnePersonAcrossArticles()
    {
        // invented: two outlets, one hyphenates the surname
        var r = Run(
            "La ministre Chiara Bellandi-Rossi a été reçue à Tunis.",
            "Chiara Bellandi Rossi a signé l'accord, a indiqué le ministère.");
        Assert.Single(r.Entities, e => e.Kind == EntityKind.Person && e.Label.Contains("Bellandi", StringComparison.Ordinal));
    }

    [Fact]
    public void ACompoundSurnameWrittenWithoutTheFirstNameIsThatPerson()
    {
        var r = Run("Le ministre Kouassi N'Guessan Ahoua a été reçu lundi. « Nous avançons », a dit M. N'Guessan Ahoua. "
                    + "Le ministre des Mines, Trésor Kabasele Tshimanga, était présent ; M. Kabasele Tshimanga a signé.");
        Assert.Equal(2, r.Entities.Count(e => e.Kind == EntityKind.Person));
    }

    [Fact]
    public void ACivilityTitleBeforeATailOpenedByAFirstNameStillNamesTheLongerName()
    {
        var r = Run("Le ministre des Routes, Abdelaziz Moussa Hassan, était à Yaoundé. La rencontre de M. Moussa Hassan avec son homologue a duré deux heures.");
        var person = Assert.Single(r.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal("Abdelaziz Moussa Hassan", person.Label);
    }

    [Fact]
    public void AShortOrganizationNameThatOneLongerNameContinuesWithDeIsThatOrganization()
    {
        var one = Run("La Banque centrale de Kerlande a relevé son taux. Le comité de la Banque centrale a décidé de resserrer sa politique.");
        Assert.Single(one.Entities, e => e.Kind == EntityKind.Organization);
        var two = Run("La Banque centrale de Kerlande et la Banque centrale de Vaudorie ont parlé. La Banque centrale a conclu.");
        Assert.Equal(3, two.Entities.Count(e => e.Kind == EntityKind.Organization));
    }

    [Fact]
    public void ATailSharedByTwoLongerNamesStaysApart()
    {
        var r = Run("Jean Ilunga Mbuyi et Marie Ilunga Mbuyi ont parlé. Ilunga Mbuyi a conclu.");
        Assert.Equal(3, r.Entities.Count(e => e.Kind == EntityKind.Person));
    }

    [Theory]
    [InlineData("Anna Kowalska", "Maria Kowalska")]
    [InlineData("Karim Ben Amara", "Karim Amara")]
    [InlineData("Paul Martin", "Pierre Martin")]
    public void SameSurnameDifferentFirstNamesStayApart(string a, string b) => Assert.False(DocumentCoreference.SamePerson(a, b));

    [Fact]
    public void VariantsTyposAndSurnamesMergeAcrossArticlesWithCanonicalLabel()
    {
        var r = Run(
            "Le conseiller ouzbek Rustam Azimov a parlé. Azimov a ensuite quitté Tachkent.",
            "Le ministre ouzbek Rustam Azimov est arrivé. Rustam Azimov a rencontré la presse.",
            "Selon Rustamm Azimov, rien n'est fait. M. Azimov a souri.",
            "Roustam Azimov, le chef de la délégation, a signé.");
        var p = Assert.Single(r.Entities, e => e.Kind == EntityKind.Person);
        Assert.Equal("Rustam Azimov", p.Label);
        Assert.Equal("rustam-azimov", p.Key);
        Assert.Equal(new[] { "Azimov", "Roustam Azimov", "Rustamm Azimov" }, p.AltLabels);
        Assert.Equal(new[] { "a0", "a0", "a1", "a1", "a2", "a2", "a3" }, p.Mentions.Select(m => m.ArticleId));
    }

    [Fact]
    public void DistinctPeopleSharingASurnameStayDistinctAndAmbiguousSurnameIsNotMerged()
    {
        var r = Run("Anna Lindqvist et Erik Lindqvist sont arrivés.", "Lindqvist a déclaré que tout allait bien.");
        var people = r.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Key).ToArray();
        Assert.Contains("anna-lindqvist", people);
        Assert.Contains("erik-lindqvist", people);
        Assert.Contains("lindqvist", people);
    }

    [Fact]
    public void RolePhraseResolvesAcrossArticlesToThePostHolder()
    {
        var r = Run("Le Premier ministre néerlandais Joost de Vries a été reçu.", "Le Premier ministre néerlandais a refusé de commenter.");
        var joost = r.Entities.Single(e => e.Key == "joost-de-vries");
        Assert.Contains(joost.Mentions, m => m.ArticleId == "a1" && m.Form == MentionForm.Role && m.Text == "Premier ministre néerlandais");
    }

    [Fact]
    public void KeysAreStableWhenAnArticleIsAdded()
    {
        var baseTexts = new[] { "La ministre chilienne Carla Vidal a rencontré Jorge Paz à Santiago.", "Jorge Paz a parlé avec l'Otan." };
        var before = Run(baseTexts);
        var after = Run(baseTexts.Append("Un autre texte: Carla Vidal et Mónica Serra ont visité Lima.").ToArray());
        foreach (var e in before.Entities)
            Assert.Contains(after.Entities, x => x.Key == e.Key && x.Kind == e.Kind);
        foreach (var p in before.Posts)
            Assert.Contains(after.Posts, x => x.Key == p.Key);
    }

    [Fact]
    public void OutputIsDeterministicWhateverTheInputOrder()
    {
        var texts = new[]
        {
            "Le président argentin Lucas Ibarra a reçu la ministre uruguayenne Sofía Pereira à Buenos Aires.",
            "Ibarra a déclaré vouloir un accord avec l'Union européenne. Pereira a salué l'initiative.",
            "Le Fonds monétaire international et la Banque mondiale ont commenté.",
        };
        var articles = texts.Select((t, i) => new Article($"a{i}", t, "mem", Date: new PartialDate(2024, 6, 12))).ToList();
        var r1 = _pipeline.Run(articles);
        var r2 = _pipeline.Run(Enumerable.Reverse(articles));
        Assert.Equal(Describe(r1), Describe(r2));
    }

    private static string Describe(ExtractionResult r) => string.Join("\n",
        r.Entities.Select(e => $"{e.Key}|{e.Kind}|{e.Label}|{string.Join(",", e.AltLabels)}|{string.Join(",", e.Mentions.Select(m => $"{m.ArticleId}@{m.Span.Start}"))}")
            .Concat(r.Posts.Select(p => $"{p.Key}|{p.Label}|{string.Join(",", p.Evidence.Select(e => $"{e.ArticleId}@{e.Span.Start}"))}")));
}
