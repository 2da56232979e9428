using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>
/// An attendee the meeting sentence names only by a description with a complement ("le président du conseil départemental",
/// "la directrice générale de la caisse régionale") that the article gave, word for word, to one named person before: that
/// person, as the object of "avec", of a passive's "par" or of the verb; never when two persons were given it, nor when the
/// article gave it to nobody. Invented sentences (article dated Thursday 2026-11-12).
/// </summary>
public sealed class MeetingDescriptionTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public MeetingDescriptionTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run(new[] { new Article("t", text, "mem", Date: new PartialDate(2026, 11, 12)) });

    private static string Keys(Meeting m) => string.Join(",", m.AttendeeKeys);

    [Fact]
    public void ADescriptionAfterAvecIsTheOnePersonGivenIt()
    {
        var r = Run("Le président du conseil départemental, Hervé Lamarque-Dupuis, a présenté lundi son budget. "
            + "La préfète de l'Isère, Claire Vauthier-Morel, a salué un budget « responsable ». "
            + "Mercredi, la préfète s'est entretenue pendant une heure avec le président du conseil départemental à Grenoble.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("claire-vauthier-morel,herve-lamarque-dupuis", Keys(m));
    }

    [Fact]
    public void TheAgentOfAPassiveNamedByADescriptionIsTheOnePersonGivenIt()
    {
        var r = Run("La directrice générale de la caisse régionale, Odile Ferrand-Sall, a annoncé lundi un plan social. "
            + "Le délégué syndical Marc Trébuchet-Diallo dénonce « un plan brutal ». "
            + "Marc Trébuchet-Diallo a été reçu mardi par la directrice générale de la caisse régionale pendant deux heures.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("marc-trebuchet-diallo,odile-ferrand-sall", Keys(m));
    }

    [Fact]
    public void ADescriptionAsTheVerbsObjectIsTheOnePersonGivenIt()
    {
        var r = Run("Le président du conseil départemental, Hervé Lamarque-Dupuis, a présenté lundi son budget. "
            + "La préfète de l'Isère, Claire Vauthier-Morel, a salué un budget « responsable ». "
            + "Mercredi, la préfète a reçu le président du conseil départemental pendant une heure.");
        var m = Assert.Single(r.Meetings);
        Assert.Equal("claire-vauthier-morel,herve-lamarque-dupuis", Keys(m));
    }

    [Fact]
    public void ADescriptionTwoPersonsWereGivenNamesNeither()
    {
        var r = Run("La vice-présidente du conseil régional, Anne Moreau-Kane, défend le projet. "
            + "La vice-présidente du conseil régional, Lise Tardieu-Bah, le juge trop cher. "
            + "Le maire de Saint-Flour, Paul Rivet-Sané, attend une décision. "
            + "Mardi, Paul Rivet-Sané a reçu la vice-présidente du conseil régional à la mairie.");
        var m = Assert.Single(r.Meetings);
        Assert.DoesNotContain("anne-moreau-kane", m.AttendeeKeys);
        Assert.DoesNotContain("lise-tardieu-bah", m.AttendeeKeys);
    }

    [Fact]
    public void ADescriptionNobodyWasGivenNamesNobody()
    {
        // the article gave "président du conseil départemental", not "président du conseil régional"
        var r = Run("Le président du conseil départemental, Hervé Lamarque-Dupuis, a présenté lundi son budget. "
            + "Le maire de Vienne, Jules Arnaud-Fofana, a salué un budget « responsable ». "
            + "Mercredi, Jules Arnaud-Fofana a reçu le président du conseil régional pendant une heure.");
        var m = Assert.Single(r.Meetings);
        Assert.DoesNotContain("herve-lamarque-dupuis", m.AttendeeKeys);
    }
}
