using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Posts;

/// <summary>
/// "son homologue ghanéen, X" when the sentence names nobody before the possessive (Posts/TitleAnaphora): the possessor is the
/// holder of the title that is the sentence's subject ("Le ministre s'est entretenu avec son homologue …"); after a subject
/// pronoun ("Elle a eu un entretien avec son homologue …") none is guessed.
/// Invented sentences.
/// </summary>
public sealed class CounterpartPossessorTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public CounterpartPossessorTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 2, 12)) });

    [Fact]
    public void SubjectTitleIsThePossessor()
    {
        var r = Run("Le ministre sénégalais de la Pêche, Ousmane Diallo-Sarr, a ouvert la campagne à Mbour. La présidente de la Fédération des "
            + "mareyeurs, Awa Ndoye, a salué la décision. Le ministre s'est ensuite entretenu par téléphone avec son homologue mauritanien, "
            + "Sidi Ould Cheikh.");
        Assert.Contains(r.Posts, p => p.HolderKey == "sidi-ould-cheikh" && p.RoleKey == "ministre-de-la-peche" && p.OrganizationKey == "mauritanie");
        Assert.DoesNotContain(r.Posts, p => p.HolderKey == "sidi-ould-cheikh" && p.RoleKey.StartsWith("president", StringComparison.Ordinal));
    }

    [Fact]
    public void SubjectPronounGivesNoPossessor()
    {
        // a pronoun's referent is not looked for: the counterpart gets no post rather than a guessed one
        var r = Run("La ministre belge de l'Énergie, Sarah Vermeire, défend le projet de câble. Selon l'économiste Paul Dumont, le coût reste "
            + "élevé. En octobre, elle avait eu un long entretien avec son homologue allemand, Jonas Lindemann, sur un projet comparable.");
        Assert.DoesNotContain(r.Posts, p => p.HolderKey == "jonas-lindemann");
    }

    [Fact]
    public void PronounWithNoTitledPersonBeforeGivesNoPost()
    {
        var r = Run("Selon Paul Dumont, le coût reste élevé. Il a évoqué le sujet avec son homologue allemand, Jonas Lindemann.");
        Assert.DoesNotContain(r.Posts, p => p.HolderKey == "jonas-lindemann");
    }

    [Fact]
    public void ColleagueWithANationalityAdjectiveIsACounterpart()
    {
        var r = Run("Le ministre de l'Agriculture, Paul Verdier-Masson, a reçu jeudi à Paris sa collègue portugaise, Ana Sousa-Lima, "
            + "pour parler des quotas laitiers. Le Portugal demande un délai.");
        Assert.Contains(r.Posts, p => p.HolderKey == "ana-sousa-lima" && p.RoleKey == "ministre-de-l-agriculture" && p.OrganizationKey == "portugal");
    }

    [Fact]
    public void ColleagueAdjectiveIsNotThePossessorsCountry()
    {
        // "son collègue belge" marks the other side: the host's state title takes the other country the article names
        var r = Run("Les Pays-Bas accueillent le sommet. La Belgique y envoie une délégation, et la Belgique y défendra le rail. "
            + "Le Premier ministre Jan de Vries-Bakker a reçu à La Haye son collègue belge, Luc Verstraeten.");
        Assert.DoesNotContain(r.Posts, p => p.HolderKey == "jan-de-vries-bakker" && p.OrganizationKey == "belgique");
    }

    [Fact]
    public void ColleagueWithoutAdjectiveGivesNoPost()
    {
        var r = Run("La ministre de la Culture, Claire Daubigny, a déjeuné avec son collègue Marc Lefort-Simon, ancien journaliste.");
        Assert.DoesNotContain(r.Posts, p => p.HolderKey == "marc-lefort-simon");
    }
}
