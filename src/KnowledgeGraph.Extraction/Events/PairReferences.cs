using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Events.MeetingText;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// "les deux ministres", "entre les deux présidents", "Les deux premiers ministres … : ils s'étaient rencontrés": a pair
/// named by a title stands for the two persons of a meeting told before who both hold a post with that title (posts layer),
/// the first such meeting (the article's protagonists, whom its lead tells of): "Les deux ministres se retrouveront en
/// janvier" after a paragraph on a company's director and a union's president is still the two ministers who met, not the
/// last two persons named; "avec les deux présidents" after a later meeting of one of them still means the pair of the lead.
/// </summary>
internal sealed class PairReferences
{
    private readonly MeetingLexicon _lexicon;

    public PairReferences(MeetingLexicon lexicon) => _lexicon = lexicon;

    /// <summary>How many words before the trigger (in its sentence) and after it "les deux …" is looked for.</summary>
    private const int WordsBefore = 12, WordsAfter = 6;

    /// <summary>
    /// The two person mentions "les deux TITLE" near the trigger refers to (and whether the phrase follows "avec"), or null when there is no such phrase, its noun
    /// is no title (the caller's rules for "les deux hommes" decide) or no meeting told before has two holders of it.
    /// </summary>
    internal (List<int> Pair, bool Companion)? TitledPair(AnalyzedDocument doc, HolderPosts holders, List<TextSpan> words, int first, int afterLast, TextSpan sentence, List<MeetingMention> found, List<int> attendees)
    {
        if (found.Count == 0) return null;
        string text = doc.Text;
        string? title = null;
        // "avec les deux présidents" after the trigger: the pair joins the subject
        bool companion = false;
        int from = Math.Max(0, first - WordsBefore), to = Math.Min(words.Count - 2, afterLast + WordsAfter);
        for (int j = from; j < to; j++)
        {
            if (words[j].Start < sentence.Start || words[j].End > sentence.End) continue;
            if (FrenchText.Lower(words[j].Of(text)) is not "les" || FrenchText.Lower(words[j + 1].Of(text)) is not "deux") continue;
            title = TitleAt(text, words, j + 2);
            companion = j >= afterLast && j > 0 && FrenchText.Lower(words[j - 1].Of(text)) == "avec";
            if (title is not null && j >= first) break;
        }
        if (title is null) return null;
        // the attendees found already are two holders of that title: they are the pair
        var current = attendees.Where(k => doc.Entities[k].Kind == EntityKind.Person).ToList();
        // the posts are looked up by holder (built once per document), not scanned for every attendee of every meeting told
        // before: a long article with many meetings and posts made that cubic
        if (current.Count >= 2 && current.All(k => Holds(holders, doc, k, title) == true)) return null;
        // both known to hold the title first; else one of them, the other's post unstated ("son homologue niçois X")
        for (int pass = 0; pass < 2; pass++)
            for (int p = 0; p < found.Count; p++)
            {
                var persons = new List<int>();
                foreach (var k in found[p].AttendeeMentionIndexes)
                    if (doc.Entities[k].Kind == EntityKind.Person && !persons.Any(q => SameEntity(doc, q, k))) persons.Add(k);
                if (persons.Count != 2) continue;
                var held = persons.Select(k => Holds(holders, doc, k, title)).ToList();
                if (held.All(h => h == true) || pass == 1 && held.Contains(true) && held.Contains(null)) return (persons, companion);
            }
        return null;
    }

    /// <summary>Whether the two persons among <paramref name="attendees"/> are exactly <paramref name="pair"/>.</summary>
    internal static bool SamePair(AnalyzedDocument doc, List<int> attendees, List<int> pair)
    {
        var persons = attendees.Where(k => doc.Entities[k].Kind == EntityKind.Person).ToList();
        return persons.Count == 2 && pair.All(p => persons.Any(q => SameEntity(doc, p, q)));
    }

    /// <summary>"ministres" → "ministre", "premiers ministres" → "premier ministre": the title in the singular, when it is one.</summary>
    private string? TitleAt(string text, List<TextSpan> words, int at)
    {
        if (at >= words.Count) return null;
        string noun = Singular(FrenchText.Lower(words[at].Of(text)));
        if (!_lexicon.RoleHeads.Contains(noun)) return null;
        // "les deux premiers ministres": an adjective before the head noun
        if (at + 1 < words.Count && noun == "premier" && FrenchText.Lower(words[at + 1].Of(text)) is "ministres")
            return "premier ministre";
        return noun;
    }

    private static string Singular(string w) => w.Length > 3 && w[^1] is 's' or 'x' ? w[..^1] : w;

    /// <summary>
    /// Whether the article states a post for mention <paramref name="k"/>'s person whose role begins with the title; null
    /// when it states no post at all for that person.
    /// </summary>
    private static bool? Holds(HolderPosts holders, AnalyzedDocument doc, int k, string title)
    {
        bool? held = null;
        foreach (var role in holders.RolesOf(doc, k))
        {
            if (role.StartsWith(title, StringComparison.Ordinal) && (role.Length == title.Length || !char.IsLetter(role[title.Length]))) return true;
            held = false;
        }
        return held;
    }
}
