using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Tests.Claims;

/// <summary>
/// Speakers of session 10: a "selon X" / "d'après X" cue around a clause that names its own speaker gives the channel, not the
/// speaker ("Selon un communiqué du ministère, la ministre a rappelé que …"); a relative clause between a subject and its verb
/// ("X, qui conduit la liste soutenue par A, B et C, regrette …", "Le chef de l'État, qui …, a déclaré …") hides neither the
/// subject nor, through a predicate of its own, the main verb's claim. Invented sentences through the whole pipeline.
/// </summary>
public sealed class SpeakerRound10Tests : IClassFixture<ResourcesFixture>
{
    private readonly ExtractionPipeline _pipeline;

    public SpeakerRound10Tests(ResourcesFixture fixture) => _pipeline = DefaultPipeline.Create(fixture.Resources);

    private ExtractionResult Run(string text) =>
        _pipeline.Run([new Article("a", text, "mem", Date: new PartialDate(2026, 11, 4))]);

    private static string Dump(ExtractionResult r) => string.Join(" | ", r.Claims.Select(c => c.SpeakerKey + ": «" + c.Text + "»"));

    [Theory]
    // the cue carries a clause with a subject pronoun and a quotation, or a reporting verb with its own subject
    [InlineData("Le président de l'Assemblée, Gaston Mbuyi, a reçu les chefs religieux. Selon un communiqué de la cellule de communication de l'Assemblée nationale, il s'est engagé à « transmettre le mémorandum à toutes les commissions permanentes ».",
        "gaston-mbuyi", "mémorandum")]
    [InlineData("La ministre des Pêches, Awa Ndour, a reçu son homologue gambien. Selon un communiqué du ministère des Pêches, la ministre a rappelé que « la ressource doit être gérée de manière concertée ».",
        "awa-ndour", "concertée")]
    [InlineData("L'envoyé spécial américain, Douglas Perkins, s'est entretenu mardi avec le médiateur et a assuré que les États-Unis soutenaient « pleinement la médiation », d'après le département d'État.",
        "douglas-perkins", "médiation")]
    [InlineData("Le Conseil d'État a motivé sa décision par « le risque d'un affaiblissement durable de la recherche cantonale », selon un communiqué du Département de l'instruction publique.",
        "conseil-d-etat", "affaiblissement")]
    // without a speaker of its own, the clause is the source's
    [InlineData("Selon le ministre Karim Tahiri, les négociations reprendront lundi à Rabat.", "karim-tahiri", "négociations")]
    [InlineData("Les négociations reprendront lundi à Rabat, selon le porte-parole du gouvernement, Mustapha Benali.", "mustapha-benali", "négociations")]
    // a relative clause with a list of names, or a quoted title, between the named subject and its verb
    [InlineData("Damien Lerouge, qui conduit la liste soutenue par le PS, le PCF et les Verts, regrette « une occasion manquée pour toute la gauche ».",
        "damien-lerouge", "occasion manquée")]
    [InlineData("Damien Lerouge, qui conduit la liste « Vierzon ensemble », regrette « une occasion manquée ». « J'ai tendu la main, elle a préféré partir seule », a-t-il déclaré jeudi.",
        "damien-lerouge", "tendu la main")]
    [InlineData("Marie Dubreuil, qui a rencontré le ministre Alain Morvan, la préfète et le maire, a déclaré que « rien n'est réglé ».", "marie-dubreuil", "rien n'est réglé")]
    // a description subject before a relative clause, and a predicate inside the clause that is no claim of the sentence
    [InlineData("La présidente de la région, Carole Vidalenc, a visité le chantier. La présidente, dont le mandat s'achève en mars, a estimé que « le tracé est définitif ».",
        "carole-vidalenc", "tracé")]
    [InlineData("Le chef de l'État, Paul Biyong, a reçu les syndicats. Le chef de l'État, qui avait promis des mesures en mars, a déclaré que « les salaires seront revalorisés avant la fin de l'année ».",
        "paul-biyong", "salaires")]
    // a title after an organization's claim stands for a person, not for that organization
    [InlineData("Le ministre de la Santé, Koffi Yao-Brou, a reçu la représentante de l'OMS. Selon le dernier bulletin de l'Institut national de veille sanitaire (INVS), 2 870 cas suspects ont été enregistrés depuis août. « La situation est sérieuse, mais elle est maîtrisée », a rassuré le ministre à l'issue de l'audience.",
        "koffi-yao-brou", "maîtrisée")]
    public void TheSpeakerIsTheClausesOwn(string text, string speaker, string words)
    {
        var r = Run(text);
        Assert.True(r.Claims.Any(c => c.SpeakerKey == speaker && c.Text.Contains(words, StringComparison.Ordinal)), Dump(r));
    }

    [Theory]
    [InlineData("Selon un communiqué du ministère de la Santé, la ministre Odile Ferrant a rappelé que « les urgences resteront ouvertes ».", "ministere-de-la-sante")]
    [InlineData("Damien Lerouge, qui conduit la liste soutenue par le PS, le PCF et les Verts, regrette « une occasion manquée pour toute la gauche ».", "parti-communiste-francais")]
    public void TheChannelOrAnOrganizationOfTheRelativeClauseIsNoSpeaker(string text, string notSpeaker)
    {
        var r = Run(text);
        Assert.NotEmpty(r.Claims);
        Assert.DoesNotContain(r.Claims, c => c.SpeakerKey == notSpeaker);
    }
}
