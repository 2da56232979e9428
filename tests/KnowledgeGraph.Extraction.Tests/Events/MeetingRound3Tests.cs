using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>Third round of meeting rules (issue 9), each on invented sentences through the whole pipeline (article dated 2025-10-08).</summary>
public sealed class MeetingRound3Tests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public MeetingRound3Tests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2025, 10, 8)) });

    private static string Keys(Meeting m) => string.Join(",", m.AttendeeKeys);

    private const string HealthArticle =
        "Le ministre de la Santé, Paul Ondoua-Mbida, a annoncé mardi un plan de lutte contre la dengue. Le gouverneur de la région du "
        + "Littoral, le général Samuel Ekotto-Ngando, a pour sa part renforcé les contrôles.\n\n"
        + "Le ministre s'est entretenu par téléphone avec son homologue gabonais, Alain Moussavou-Ndong, pour coordonner la riposte. "
        + "Les deux hommes doivent se rencontrer à Libreville le 20 octobre, a indiqué le ministère.";

    [Fact]
    public void BareTitleSubjectIsTheHolderOfThatPostNotThePersonNamedLast()
    {
        var r = Run(HealthArticle);
        var call = Assert.Single(r.Meetings, m => m.Type == MeetingType.PhoneCall);
        Assert.Equal("alain-moussavou-ndong,paul-ondoua-mbida", Keys(call));
    }

    [Fact]
    public void TheTwoMenAreThePairOfTheMeetingToldJustBefore()
    {
        var r = Run(HealthArticle);
        var planned = Assert.Single(r.Meetings, m => m.Status == MeetingStatus.Planned);
        Assert.Equal("alain-moussavou-ndong,paul-ondoua-mbida", Keys(planned));
    }

    [Fact]
    public void BareTitleKeepsThePersonTheTextIsAboutWhenTheirPostWasNotStated()
    {
        // the holder of a "ministre" post is named, but the sentences before speak of another minister whose post is
        // only implied: she keeps the title
        var r = Run("La ministre portugaise, Inês Moreira, a prévenu que son pays ne signerait pas. Côté belge, Mme Anne Dumont a joué la fermeté. "
            + "Elle a ajouté que Bruxelles chercherait des alliés. La ministre a rencontré jeudi le président des agriculteurs, Marc Lejeune.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("anne-dumont,marc-lejeune", Keys(m));
    }
}
