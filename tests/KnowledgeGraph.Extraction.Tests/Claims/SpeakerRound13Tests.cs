using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>
/// Claims and speakers of session 13, invented sentences through the whole pipeline. New this session: an inhabitant noun of
/// no country ("le Vaudois", "la Lyonnaise", "l'Ontarienne") as subject stands, like a pronoun of its gender, for the person
/// the text is about; "X a motivé / justifié / expliqué OBJET par RAISON": the reason is the claim.
/// </summary>
public sealed class SpeakerRound13Tests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public SpeakerRound13Tests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) =>
        _pipeline.Run([new Article("a", text, "mem", Date: new PartialDate(2026, 11, 18))]);

    private static string Dump(ExtractionResult r) => string.Join(" | ", r.Claims.Select(c => c.SpeakerKey + ": «" + c.Text + "»"));

    [Theory]
    // an inhabitant noun before the verb
    [InlineData("d01", "La conseillère nationale Sophie Marchand a défendu le texte mardi. La Vaudoise a rappelé que « la voie bilatérale reste la seule possible ».", "sophie-marchand", "bilatérale")]
    [InlineData("d02", "Le député Marc Aubry a voté contre le budget. Le Lavallois, agriculteur de profession, estime que la réforme « arrive trop tard ».", "marc-aubry", "trop tard")]
    [InlineData("d03", "La présidente du syndicat, Léa Fournier, y voit « un recul ». La Bordelaise, qui enseigne depuis vingt ans, rappelle que l'université est « bilingue par mandat ».", "lea-fournier", "bilingue")]
    // after the verb
    [InlineData("d04", "Le syndicaliste Paul Rivière a pris la parole devant les grévistes. « Nous ne lâcherons rien », a lancé le Toulousain.", "paul-riviere", "lâcherons")]
    // the gender of the noun chooses between two persons
    [InlineData("d05", "La ministre Claire Dumas a reçu mardi le maire Jean Portal. Le Lyonnais a assuré que les travaux « avancent conformément au calendrier ».", "jean-portal", "calendrier")]
    [InlineData("d06", "La ministre Claire Dumas a reçu mardi le maire Jean Portal. La Lyonnaise a assuré que les travaux « avancent conformément au calendrier ».", "claire-dumas", "calendrier")]
    // "OBJET par RAISON": the reason is the claim
    [InlineData("r01", "Le maire Paul Girard a motivé son refus par « le coût exorbitant du projet ».", "paul-girard", "coût exorbitant")]
    [InlineData("r02", "Anne Colin a justifié la fermeture du site par la chute des commandes en Europe.", "anne-colin", "chute des commandes")]
    [InlineData("r03", "Le ministre Luc Morin explique ce report par des raisons de calendrier budgétaire.", "luc-morin", "raisons de calendrier")]
    [InlineData("r04", "La ministre Hélène Carle a motivé l'effort par « la hausse continue des hospitalisations ».", "helene-carle", "hausse continue")]
    public void TheSpeakerIsFound(string id, string text, string speaker, string words)
    {
        var r = Run(text);
        Assert.True(r.Claims.Any(c => c.SpeakerKey == speaker && c.Text.Contains(words, StringComparison.Ordinal)), id + " => " + Dump(r));
    }

    [Theory]
    // a name right after the inhabitant noun is the subject itself
    [InlineData("x01", "La ministre Claire Dumas a reçu les élus. Le Fribourgeois Jean-Daniel Berset a promis « une campagne de terrain dans chaque commune ».", "claire-dumas")]
    // the noun's gender rules out the only person named
    [InlineData("x02", "La ministre Claire Dumas a visité l'usine lundi. Le Lyonnais a assuré que les travaux « avancent ».", "claire-dumas")]
    public void NotThisSpeaker(string id, string text, string notSpeaker)
    {
        var r = Run(text);
        Assert.True(r.Claims.All(c => c.SpeakerKey != notSpeaker), id + " => " + Dump(r));
    }

    [Theory]
    // the reason claim holds the reason, not the act
    [InlineData("y01", "Le maire Paul Girard a motivé son refus par « le coût exorbitant du projet ».", "refus")]
    [InlineData("y02", "Anne Colin a justifié la fermeture du site par la chute des commandes en Europe.", "fermeture")]
    public void TheClaimLeavesOut(string id, string text, string words)
    {
        var r = Run(text);
        Assert.True(r.Claims.Count > 0 && r.Claims.All(c => !c.Text.Contains(words, StringComparison.Ordinal)), id + " => " + Dump(r));
    }

    [Theory]
    // a means, not a reason
    [InlineData("z01", "Le ministre Luc Morin a expliqué la réforme par téléphone aux maires du département.")]
    // a passive: no speaker gave a reason
    [InlineData("z02", "La décision a été motivée par la hausse des prix de l'énergie.")]
    public void NoClaim(string id, string text)
    {
        var r = Run(text);
        Assert.True(r.Claims.Count == 0, id + " => " + Dump(r));
    }
}
