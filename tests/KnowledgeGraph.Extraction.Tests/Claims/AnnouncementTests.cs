using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>
/// "annoncer" / "promettre" + noun phrase (speech-predicates.tsv, introducer NP): a measure announced ("a annoncé la création de
/// 120 postes") is a claim; the speaker's own act ("a annoncé sa démission", "leur fusion") or a bare noun ("un recours") is not.
/// Invented sentences through the whole pipeline.
/// </summary>
public sealed class AnnouncementTests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public AnnouncementTests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) =>
        _pipeline.Run([new Article("a", text, "mem", Date: new PartialDate(2026, 11, 4))]);

    private static string Dump(ExtractionResult r) => string.Join(" | ", r.Claims.Select(c => c.SpeakerKey + ": «" + c.Text + "»"));

    [Theory]
    [InlineData("La ministre de la Santé, Odile Ferrant, a annoncé la création de 300 postes d'infirmiers dans les hôpitaux ruraux.", "odile-ferrant", "300 postes")]
    [InlineData("Le gouverneur de Kindia, Sékou Bangoura, a promis un fonds de deux milliards de francs pour les maraîchers.", "sekou-bangoura", "maraîchers")]
    [InlineData("Le préfet du Var, Jean-Luc Armand, a annoncé l'envoi de quatre bombardiers d'eau supplémentaires depuis Nîmes.", "jean-luc-armand", "bombardiers")]
    public void AnAnnouncedMeasureIsAClaim(string text, string speaker, string words)
    {
        var r = Run(text);
        Assert.True(r.Claims.Any(c => c.SpeakerKey == speaker && c.Text.Contains(words, StringComparison.Ordinal)), Dump(r));
    }

    [Theory]
    [InlineData("Le maire de Vevey, Pascal Monnier, a annoncé sa démission du conseil communal pour raisons de santé.", "démission")]
    [InlineData("L'avocat de l'ancien directeur, Me Luc Ravet, a annoncé son intention de faire appel de la décision.", "intention")]
    [InlineData("Les deux groupes, Altena et Voris, ont annoncé leur fusion pour créer un leader européen du câble.", "fusion")]
    [InlineData("Battu de quelques voix, le candidat Alain Moukoko a annoncé un recours.", "recours")]
    [InlineData("Le président du club, Hervé Loisel, a promis son soutien à l'entraîneur.", "soutien")]
    public void TheSpeakersOwnActIsNoClaim(string text, string word)
    {
        var r = Run(text);
        Assert.DoesNotContain(r.Claims, c => c.Text.Contains(word, StringComparison.Ordinal));
    }
}
