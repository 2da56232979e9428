using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Events.MeetingText;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// "a eu un entretien avec son homologue français", "a reçu ses deux homologues": a counterpart noun (meeting-words-fr.tsv,
/// "counterpart") after a possessive, with no name apposed, names the person holding the possessor's post in another
/// country: the country of the nationality adjectives when the phrase has some, else any other country than the
/// possessor's. The article states who that is somewhere ("Le ministre français de l'Europe et des Affaires étrangères,
/// X, …"): the post layer has the posts, so the counterparts are the holders of a post of the same role (same key, or the
/// same head word sharing a portfolio word: "ministre des Affaires étrangères et de la Diaspora" and "ministre de l'Europe
/// et des Affaires étrangères"). Only when the article names exactly as many such persons as the phrase says (one for
/// "son homologue", one per adjective, the number of "ses deux homologues") are they taken: a guess among several is
/// worse than an attendee left out.
/// </summary>
internal sealed class CounterpartReferences
{
    private readonly MeetingWords _words;
    private readonly IReadOnlyDictionary<string, string> _nationalities;

    public CounterpartReferences(MeetingLexicon lexicon)
    {
        _words = lexicon.Words;
        _nationalities = lexicon.Nationalities;
    }

    /// <summary>
    /// When word <paramref name="at"/> opens "son/ses [deux] homologue(s) [adjectives]" ending before <paramref name="limit"/>
    /// with no person named right after it, adds to <paramref name="result"/> the counterparts of the persons already in it
    /// (the possessors) and returns true; false when no such phrase opens there or the counterparts cannot be told.
    /// </summary>
    internal bool AddCounterparts(AnalyzedDocument doc, List<TextSpan> words, int at, int limit, List<int> result)
    {
        string text = doc.Text;
        if (at + 1 >= words.Count || words[at].Start >= limit) return false;
        string determiner = FrenchText.Lower(words[at].Of(text));
        if (!_words.Possessives.Contains(determiner)) return false;
        int k = at + 1;
        int? count = null;
        if (_words.CounterpartCounts.TryGetValue(FrenchText.Lower(words[k].Of(text)), out int stated)) { count = stated; k++; }
        if (k >= words.Count || words[k].End > limit || !_words.Counterparts.Contains(FrenchText.Lower(words[k].Of(text)))) return false;
        bool plural = FrenchText.Lower(words[k].Of(text)).EndsWith('s');
        k++;
        // "son homologue français", "ses homologues belge et néerlandais"
        var codes = new List<string>();
        while (k < words.Count && words[k].End <= limit && NationalityOf(text, words[k]) is { } code)
        {
            codes.Add(code);
            k++;
            if (k + 1 < words.Count && FrenchText.Lower(words[k].Of(text)) == "et" && NationalityOf(text, words[k + 1]) is not null) k++;
            else break;
        }
        // "son homologue rwandais, X": the name apposed is the counterpart, found by the list rules
        if (PersonRightAfter(doc, words[k - 1].End)) return false;
        int expected = count ?? (codes.Count > 0 ? codes.Count : plural ? 0 : 1);
        var possessors = result.Where(r => doc.Entities[r].Kind == EntityKind.Person).ToList();
        if (possessors.Count == 0) return false;
        var own = doc.Posts.Where(p => possessors.Any(o => SameEntity(doc, o, p.HolderMentionIndex))).ToList();
        if (own.Count == 0) return false;
        var ownCountries = own.Select(p => CountryOf(doc, p)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        // SamePost reads only these three fields of the possessor's post, and a long article repeats the same few posts:
        // compare each post with the distinct ones, and fold each label once per call (folding every pair of labels made a
        // repeated 1 MB article spend most of its time here)
        var ownKinds = own.DistinctBy(o => (o.RoleKey, o.ResolutionKey, o.RoleLabel)).ToList();
        var labelWords = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string> WordsOf(string label)
        {
            if (!labelWords.TryGetValue(label, out var w)) labelWords[label] = w = ContentWords(label);
            return w;
        }
        var found = new List<int>();
        foreach (var post in doc.Posts)
        {
            int holder = post.HolderMentionIndex;
            if (doc.Entities[holder].Kind != EntityKind.Person || doc.Entities[holder].Form != MentionForm.Name) continue;
            if (result.Any(r => SameEntity(doc, r, holder) || SameName(doc, r, holder))) continue;
            if (!ownKinds.Any(o => SamePost(o, post, WordsOf))) continue;
            string? country = CountryOf(doc, post);
            // a counterpart holds the post elsewhere: in the country the adjective names, else in another one than the possessor's
            if (codes.Count > 0 ? country is null || !codes.Contains(country) : country is not null && ownCountries.Contains(country)) continue;
            if (!found.Any(f => SameEntity(doc, f, holder) || SameName(doc, f, holder))) found.Add(holder);
        }
        if (found.Count == 0 || expected > 0 && found.Count != expected) return false;
        if (codes.Count > 0 && codes.Distinct().Any(c => found.Count(f => doc.Posts.Any(p => SameEntity(doc, p.HolderMentionIndex, f) && CountryOf(doc, p) == c)) != 1)) return false;
        result.AddRange(found);
        return true;
    }

    private string? NationalityOf(string text, TextSpan word) =>
        char.IsLower(text[word.Start]) && _nationalities.TryGetValue(FrenchText.Fold(word.Of(text)), out var code) ? code : null;

    /// <summary>The country the post's role phrase states ("le ministre français de …" → FR), or null.</summary>
    private static string? CountryOf(AnalyzedDocument doc, PostMention post) => TitleReferences.PhraseOf(doc, post.Span)?.CountryCode;

    /// <summary>
    /// The same post in another place: the same role key, or the same head word ("ministre") sharing a portfolio word
    /// ("affaires", "étrangères"); a bare head word with no portfolio on either side is the same post only by key.
    /// </summary>
    private static bool SamePost(PostMention a, PostMention b, Func<string, List<string>> contentWords)
    {
        if (a.RoleKey == b.RoleKey || a.ResolutionKey == b.ResolutionKey) return true;
        var wa = contentWords(a.RoleLabel);
        var wb = contentWords(b.RoleLabel);
        if (wa.Count < 2 || wb.Count < 2 || wa[0] != wb[0]) return false;
        return wa.Skip(1).Any(w => wb.Skip(1).Contains(w, StringComparer.Ordinal));
    }

    /// <summary>The folded words of a role label of four letters or more (the head first), without "chargé" and its forms.</summary>
    private static List<string> ContentWords(string label)
    {
        var result = new List<string>();
        foreach (var raw in FrenchText.Fold(label).Split([' ', '\'', '’', '-'], StringSplitOptions.RemoveEmptyEntries))
            if (raw.Length >= 4 && !raw.StartsWith("charge", StringComparison.Ordinal)) result.Add(raw);
        return result;
    }

    /// <summary>Two name mentions written alike: one person even when coreference left them apart.</summary>
    private static bool SameName(AnalyzedDocument doc, int a, int b) =>
        string.Equals(FrenchText.Fold(doc.Entities[a].Span.Of(doc.Text)), FrenchText.Fold(doc.Entities[b].Span.Of(doc.Text)), StringComparison.Ordinal);

    /// <summary>A person named right after <paramref name="end"/>, past a comma and a courtesy title.</summary>
    private bool PersonRightAfter(AnalyzedDocument doc, int end)
    {
        string text = doc.Text;
        int at = end;
        while (at < text.Length && (char.IsWhiteSpace(text[at]) || text[at] == ',')) at++;
        foreach (var title in _words.TitleAbbreviations)
            if (string.CompareOrdinal(text, at, title + " ", 0, title.Length + 1) == 0) { at += title.Length + 1; break; }
        for (int k = doc.FirstEntityAtOrAfter(end); k < doc.Entities.Count && doc.Entities[k].Span.Start <= at; k++)
            if (doc.Entities[k].Kind == EntityKind.Person) return true;
        return false;
    }
}
