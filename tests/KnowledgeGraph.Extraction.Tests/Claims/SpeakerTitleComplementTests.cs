using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>
/// A speaker named by a title whose modifier differs from the one the article introduced ("le maire de Grenoble, X" then "le
/// maire de la ville a assuré", "le maire écologiste a ajouté"): the person the article introduced with that title's head, when
/// exactly one was; never the latest of two persons introduced so. Invented
/// sentences through the whole pipeline.
/// </summary>
public sealed class SpeakerTitleComplementTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public SpeakerTitleComplementTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) => _pipeline.Run([new Article("a", text, "mem", Date: new PartialDate(2026, 11, 18))]);

    private static string Dump(ExtractionResult r) => string.Join(" | ", r.Claims.Select(c => c.SpeakerKey + ": «" + c.Text + "»"));

    [Theory]
    // a complement other than the introduction's, before the verb with its auxiliary (new this round)
    [InlineData("c1", "Le maire écologiste de Grenoble, Paul Vidal, a visité le chantier lundi. Le maire de la ville a assuré que « les travaux avanceront vite ».", "paul-vidal")]
    [InlineData("c2", "Le procureur de Lyon, Paul Vidal, a tenu une conférence de presse. Le procureur de la République a indiqué que « l'enquête se poursuit ».", "paul-vidal")]
    [InlineData("c3", "Le maire de Grenoble, Paul Vidal, a visité le chantier lundi. Le maire de la commune a assuré que « les travaux avanceront vite ».", "paul-vidal")]
    [InlineData("c4", "La directrice de l'hôpital, Anne Colin, a reçu les syndicats. La directrice de la clinique a assuré que « les services resteront ouverts ».", "anne-colin")]
    // after the verb, an adjective, a title apposed after the name (held before this round)
    [InlineData("c5", "Le maire de Grenoble, Paul Vidal, a visité le chantier lundi. « Les travaux avanceront vite », a assuré le maire de la ville.", "paul-vidal")]
    [InlineData("c6", "Le maire de Grenoble, Paul Vidal, a visité le chantier lundi. Le maire écologiste a ajouté que « les travaux avanceront vite ».", "paul-vidal")]
    [InlineData("c7", "Luc Morin, ministre de l'Agriculture, a reçu les éleveurs. « Les aides seront versées », a promis le ministre centriste.", "luc-morin")]
    [InlineData("c8", "Le nouveau maire de Grenoble, Paul Vidal, a visité le chantier lundi. « Les travaux avanceront vite », a ajouté le jeune maire.", "paul-vidal")]
    public void TheOnePersonIntroducedWithTheHeadSpeaks(string id, string text, string speaker)
    {
        var r = Run(text);
        Assert.True(r.Claims.Any(c => c.SpeakerKey == speaker), id + " => " + Dump(r));
    }

    [Theory]
    // two mayors introduced: "le maire de la ville" is not the latest of them
    [InlineData("n1", "Le maire de Grenoble, Paul Vidal, a reçu le maire de Lyon, Marc Aubry. Le maire de la ville a assuré que « les travaux avanceront vite ».", "marc-aubry")]
    [InlineData("n2", "Le maire de Grenoble, Paul Vidal, a reçu le maire de Lyon, Marc Aubry. « Les travaux avanceront vite », a assuré le maire de la ville.", "marc-aubry")]
    public void NotThisSpeaker(string id, string text, string notSpeaker)
    {
        var r = Run(text);
        Assert.True(r.Claims.All(c => c.SpeakerKey != notSpeaker), id + " => " + Dump(r));
    }
}
