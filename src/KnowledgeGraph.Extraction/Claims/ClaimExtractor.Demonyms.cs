using KnowledgeGraph.Extraction.Model;
using static KnowledgeGraph.Extraction.Claims.ClauseText;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// Inhabitant nouns as anaphors: news copy names a person once and then calls them by where they come from ("Le Zurichois a
/// rappelé que …", "La Québécoise, jointe par téléphone, estime que …", "a lancé le Vaudois"). When the noun is no country's
/// (those go to the one person of that nationality, <see cref="SpeakerFinder.PersonOfDemonymAt"/>) and nothing in the text
/// ties it to a person, it stands, like a pronoun of its gender, for the person the text is about.
/// </summary>
public sealed partial class ClaimExtractor
{
    /// <summary>Endings of inhabitant nouns (entity-words-fr.tsv "demonym-suffix", folded), shared with the entity recognizer.</summary>
    private readonly string[] _demonymSuffixes = [];

    /// <summary>Least folded length of an inhabitant noun, as the entity recognizer reads it ("Vaudois", not "Iran").</summary>
    private const int MinDemonymLength = 6;

    private static string[] DemonymSuffixes(ExtractionResources resources) =>
        resources.Table("entity-words-fr.tsv").Where(r => r.Length >= 2 && r[0] == "demonym-suffix" && r[1].Length > 0)
            .Select(r => Tokenization.TextFolding.Fold(r[1])).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// "le Fribourgeois", "la Genevoise", "l'Ontarienne" at <paramref name="from"/>: the pronoun the inhabitant noun stands for
    /// ("il" / "elle"); null when the words there are no article and capitalised inhabitant noun, or when the noun belongs to a
    /// name (an entity mention covers it: "Le Parisien", "le Soudan") or is followed by a name ("le Fribourgeois Jean-Daniel X":
    /// the name is the subject itself).
    /// </summary>
    private string? DemonymPronounAt(AnalyzedDocument doc, int from)
    {
        if (_demonymSuffixes.Length == 0) return null;
        string text = doc.Text;
        int p = SkipSpaces(text, from);
        var ws = WordScanner.Scan(text, new TextSpan(p, Math.Min(text.Length, p + 48)));
        if (ws.Count == 0 || ws[0].Start != p) return null;
        string first = ws[0].Of(text);
        string lower = FrenchText.Lower(first);
        string? article;
        TextSpan noun;
        if (lower is "le" or "la" && ws.Count > 1 && OnlySpaces(text, ws[0].End, ws[1].Start))
        {
            article = lower;
            noun = ws[1];
        }
        else if (first.Length > 2 && lower[0] == 'l' && FrenchText.IsApostrophe(first[1]))
        {
            article = null;
            noun = new TextSpan(ws[0].Start + 2, ws[0].End);
        }
        else return null;
        string word = noun.Of(text);
        if (!char.IsUpper(word[0]) || word.Skip(1).Any(char.IsUpper) && !word.Contains('-')) return null;
        string folded = Tokenization.TextFolding.Fold(word);
        if (folded.Length < MinDemonymLength || !_demonymSuffixes.Any(s => folded.EndsWith(s, StringComparison.Ordinal))) return null;
        // a name covers the noun or starts right after it
        for (int k = FirstMentionAtOrAfter(doc, Math.Max(0, noun.Start - MaxNameReach)); k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k].Span;
            if (m.Start > noun.End + 1) break;
            if (m.End > noun.Start) return null;
        }
        if (article is not null) return article == "la" ? "elle" : "il";
        // "l'Ontarienne", "l'Européen": the feminine endings end in "e"
        return folded.EndsWith('e') ? "elle" : "il";
    }

    /// <summary>How far before an inhabitant noun a name that covers it may start ("Jean Le Breton").</summary>
    private const int MaxNameReach = 40;

    /// <summary>The person an unresolved inhabitant-noun subject at <paramref name="from"/> stands for, or null.</summary>
    private int? PersonOfInhabitantNoun(AnalyzedDocument doc, SpeakerFinder finder, int from, int? lastSpeaker, int lastSentence) =>
        DemonymPronounAt(doc, from) is { } pronoun
            ? finder.ResolvePronoun(SkipSpaces(doc.Text, from), lastSpeaker, lastSentence, pronoun, k => doc.Entities[k].Kind == EntityKind.Person)
            : null;
}
