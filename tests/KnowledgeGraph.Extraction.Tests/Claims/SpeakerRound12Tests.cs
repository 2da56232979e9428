using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>
/// Speakers of session 12, invented sentences through the whole pipeline. New this session: a pronoun ("selon elle",
/// "a-t-elle", "l'élue") whose latest speaker is of the other gender goes to the person of its gender named as a complement
/// nearby; a coordinated title ("X, et la présidente de …, Y") gives Y its gender; a demonstrative after the verb ("a dénoncé
/// celle-ci"); a narrative infinitive ("Et d'ajouter : « … »") carries on the speaker just quoted; "Pour X, qui dirige Y, « … »"
/// is X's view, not Y's; "Pour X, la réforme « fonctionne »" quotes X; a bare description after a source cue ("Pour la
/// syndicaliste, « … »", "Selon le ministre, …") stands for the person it names; straight quotation marks after a full stop
/// open the next sentence; a name's gender comes from the title apposed to it ("la ministre X a reçu le maire de Dax, Y": Y
/// is a man); a nationality adjective right before a name ("son homologue portugais Nuno Costa") lets "le ministre
/// portugais" and "le Portugais" stand for him.
/// </summary>
public sealed class SpeakerRound12Tests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public SpeakerRound12Tests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) =>
        _pipeline.Run([new Article("a", text, "mem", Date: new PartialDate(2026, 11, 18))]);

    private static string Dump(ExtractionResult r) => string.Join(" | ", r.Claims.Select(c => c.SpeakerKey + ": «" + c.Text + "»"));

    private const string Debate = "Le ministre du Travail, Luc Morin, a défendu son bilan mardi face à la députée Anne Simon. « La réforme fonctionne », a-t-il assuré. ";

    [Theory]
    // the other gender's complement, not the latest speaker
    [InlineData("g01", Debate + "Selon elle, c'est au contraire « un échec ».", "anne-simon", "échec")]
    [InlineData("g02", Debate + "« C'est un échec », a rétorqué l'élue.", "anne-simon", "échec")]
    [InlineData("g03", Debate + "« C'est un échec », a-t-elle répliqué.", "anne-simon", "échec")]
    [InlineData("g04", "La maire de Lille, Claire Vannier, a reçu le préfet Paul Lemaire. « Nous manquons de policiers », a-t-elle déploré. Selon lui, les effectifs « seront renforcés en janvier ».", "paul-lemaire", "renforcés")]
    // straight quotation marks: the sentences after the quotation still split
    [InlineData("g05", "Le ministre du Travail, Luc Morin, a défendu son bilan mardi face à la députée Anne Simon. \"La réforme fonctionne\", a-t-il assuré. Selon elle, c'est au contraire \"un échec\".", "anne-simon", "échec")]
    // a coordinated title gives the name its gender
    [InlineData("g06", "Le Premier ministre, Léon Mabika, et la présidente de l'Assemblée, Rose Ondo, se sont entretenus lundi. Selon elle, les élections auront lieu « à la date prévue ». Selon lui, « rien ne presse ».", "leon-mabika", "presse")]
    [InlineData("g07", "Le Premier ministre, Léon Mabika, et la présidente de l'Assemblée, Rose Ondo, se sont entretenus lundi. Selon lui, « rien ne presse ». Selon elle, les élections auront lieu « à la date prévue ».", "rose-ondo", "date prévue")]
    // a name's gender is its apposed title's, not the article of a phrase before it
    [InlineData("g08", "À Rennes, dans le 3e arrondissement, Marie Quéré (PS) est élue dès le premier tour. « Les électeurs ont choisi le changement », a réagi la nouvelle députée.", "marie-quere", "changement")]
    // a nationality adjective right before the name ("son homologue portugais Nuno Costa")
    [InlineData("t01", "Le ministre espagnol Javier Ruiz et son homologue portugais Nuno Costa ont signé un accord. « Cet accord est historique », a déclaré le ministre portugais.", "nuno-costa", "historique")]
    [InlineData("t02", "Le ministre espagnol Javier Ruiz et son homologue portugais Nuno Costa ont signé un accord. « Cet accord est historique », a déclaré le Portugais.", "nuno-costa", "historique")]
    [InlineData("t03", "Le ministre espagnol Javier Ruiz et son homologue portugais Nuno Costa ont signé un accord. « Cet accord est historique », a déclaré l'Espagnol.", "javier-ruiz", "historique")]
    // a demonstrative subject after the verb
    [InlineData("d01", "Le ministre du Travail, Luc Morin, a défendu son bilan mardi face à la députée Anne Simon.\n\n« C'est un échec total. Les chiffres sont truqués », a dénoncé celle-ci.", "anne-simon", "truqués")]
    [InlineData("d02", "La ministre Hélène Carle a reçu le maire de Dax, Pierre Dutour. « Nous attendons des actes », a répliqué celui-ci.", "pierre-dutour", "actes")]
    // a narrative infinitive carries on the speaker just quoted
    [InlineData("n01", "Le chef de la diplomatie marocaine, Karim Daoudi, a reçu son homologue. « Nos deux pays n'ont pas de frontières entre eux », a-t-il souligné. Et d'ajouter : « Les frontières sont dans les têtes. »", "karim-daoudi", "têtes")]
    [InlineData("n02", "La présidente de la région, Marie Lestrade, a inauguré le lycée. « C'est un beau jour pour la vallée », a-t-elle lancé. Et de conclure : « Nous tiendrons tous nos engagements. »", "marie-lestrade", "engagements")]
    // "Pour X, …": X's view
    [InlineData("p01", "Pour Sophie Binel, qui dirige la CGT depuis 2023, « c'est le mépris du gouvernement ».", "sophie-binel", "mépris")]
    [InlineData("p02", "Pour le ministre du Travail, Luc Morin, la réforme « fonctionne ».", "luc-morin", "fonctionne")]
    [InlineData("p03", "Pour Nadia Ferhat, qui préside l'Union des commerçants, le centre-ville « se meurt ».", "nadia-ferhat", "meurt")]
    // a bare description after the cue
    [InlineData("c01", "Le ministre Luc Morin a reçu Sophie Binel. Pour la syndicaliste, « c'est le mépris du gouvernement ».", "sophie-binel", "mépris")]
    [InlineData("c02", "Le maire de Tours, Julien Berthier, a présenté son plan mardi. Selon le maire, la gratuité des bus « coûterait trop cher ».", "julien-berthier", "gratuité")]
    public void TheSpeakerIsFound(string id, string text, string speaker, string words)
    {
        var r = Run(text);
        Assert.True(r.Claims.Any(c => c.SpeakerKey == speaker && c.Text.Contains(words, StringComparison.Ordinal)), id + " => " + Dump(r));
    }

    [Theory]
    // the latest speaker of the pronoun's gender keeps the floor, though another person of that gender is named as a complement
    [InlineData("x01", "La ministre Hélène Carle a reçu la maire de Dax, Julie Dutour. « Nous tiendrons nos engagements », a-t-elle assuré. Selon elle, le budget « sera voté ».", "julie-dutour")]
    // the organization inside the relative clause is not the source
    [InlineData("x02", "Pour Sophie Binel, qui dirige la CGT depuis 2023, « c'est le mépris du gouvernement ».", "cgt")]
    public void NotThisSpeaker(string id, string text, string notSpeaker)
    {
        var r = Run(text);
        Assert.True(r.Claims.All(c => c.SpeakerKey != notSpeaker), id + " => " + Dump(r));
    }

    [Theory]
    // a narrative, not a view: no quotation, no modal, no conditional
    [InlineData("z01", "Pour Luc Morin, la journée a commencé tôt.")]
    [InlineData("z02", "Pour le maire, la journée a commencé tôt.")]
    // an institution is no person description
    [InlineData("z03", "Pour la commission, la journée a commencé tôt.")]
    // "Et de" before a noun is no narrative infinitive
    [InlineData("z04", "Et de la musique : « Trois concerts par jour sur la grande place. »")]
    public void NoClaim(string id, string text)
    {
        var r = Run(text);
        Assert.True(r.Claims.Count == 0, id + " => " + Dump(r));
    }
}
