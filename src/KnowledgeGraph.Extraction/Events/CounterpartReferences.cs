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
    internal bool AddCounterparts(AnalyzedDocument doc, CounterpartPosts posts, List<TextSpan> words, int at, int limit, List<int> result)
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
        // the possessors' posts (those of the same entity as a person already in the result): their kinds and countries
        var ownKinds = new HashSet<int>();
        var ownCountries = new HashSet<string>(StringComparer.Ordinal);
        bool anyPossessor = false;
        foreach (int r in result)
        {
            if (doc.Entities[r].Kind != EntityKind.Person) continue;
            anyPossessor = true;
            foreach (var holding in new[] { posts.OfMention(r), doc.Entities[r].ClusterId >= 0 ? posts.OfCluster(doc.Entities[r].ClusterId) : null })
            {
                if (holding is null) continue;
                ownKinds.UnionWith(holding.Kinds);
                ownCountries.UnionWith(holding.Countries);
            }
        }
        if (!anyPossessor || ownKinds.Count == 0) return false;
        ownCountries.Remove(CounterpartPosts.NoCountry);
        // the candidates of the same post, held elsewhere: in the country the adjective names, else in another one than the
        // possessor's; each list is in post order, and they are read merged in post order (the first post of a new holder wins)
        var matching = new SortedSet<int>();
        foreach (int kind in ownKinds) matching.UnionWith(posts.Matching(kind));
        var lists = new List<List<CounterpartPosts.Candidate>>();
        foreach (int kind in matching)
        {
            if (posts.CandidatesOf(kind) is not { } byCountry) continue;
            if (codes.Count > 0)
            {
                foreach (var code in codes.Distinct())
                    if (byCountry.TryGetValue(code, out var list)) lists.Add(list);
            }
            else
            {
                foreach (var (country, list) in byCountry)
                    if (country == CounterpartPosts.NoCountry || !ownCountries.Contains(country)) lists.Add(list);
            }
        }
        // two mentions are one person when they are the same entity (MeetingText.SameEntity) or written alike: by cluster or by name
        var takenClusters = new HashSet<int>();
        var takenNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (int r in result)
        {
            if (doc.Entities[r].ClusterId >= 0) takenClusters.Add(doc.Entities[r].ClusterId);
            takenNames.Add(posts.NameOf(r));
        }
        var foundClusters = new HashSet<int>();
        var foundNames = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<int>();
        var next = new int[lists.Count];
        while (true)
        {
            int best = -1;
            for (int l = 0; l < lists.Count; l++)
                if (next[l] < lists[l].Count && (best < 0 || lists[l][next[l]].Post < lists[best][next[best]].Post)) best = l;
            if (best < 0) break;
            var candidate = lists[best][next[best]++];
            if (candidate.Cluster >= 0 && takenClusters.Contains(candidate.Cluster) || takenNames.Contains(candidate.Name)) continue;
            if (candidate.Cluster >= 0 && foundClusters.Contains(candidate.Cluster) || foundNames.Contains(candidate.Name)) continue;
            found.Add(candidate.Holder);
            if (candidate.Cluster >= 0) foundClusters.Add(candidate.Cluster);
            foundNames.Add(candidate.Name);
            // more persons than the phrase names: no guess (the lists need not be read further)
            if (expected > 0 && found.Count > expected) return false;
        }
        if (found.Count == 0 || expected > 0 && found.Count != expected) return false;
        if (codes.Count > 0 && codes.Distinct().Any(c => found.Count(f => posts.OfEntity(f)?.Countries.Contains(c) == true) != 1)) return false;
        result.AddRange(found);
        return true;
    }

    private string? NationalityOf(string text, TextSpan word) =>
        char.IsLower(text[word.Start]) && _nationalities.TryGetValue(FrenchText.Fold(word.Of(text)), out var code) ? code : null;

    /// <summary>
    /// The same post in another place: the same role key, or the same head word ("ministre") sharing a portfolio word
    /// ("affaires", "étrangères"); a bare head word with no portfolio on either side is the same post only by key.
    /// </summary>
    internal static bool SamePost(CounterpartPosts.Kind a, CounterpartPosts.Kind b)
    {
        if (a.RoleKey == b.RoleKey || a.ResolutionKey == b.ResolutionKey) return true;
        var wa = a.Words;
        var wb = b.Words;
        if (wa.Count < 2 || wb.Count < 2 || wa[0] != wb[0]) return false;
        return wa.Skip(1).Any(w => wb.Skip(1).Contains(w, StringComparer.Ordinal));
    }

    /// <summary>The folded words of a role label of four letters or more (the head first), without "chargé" and its forms.</summary>
    internal static List<string> ContentWords(string label)
    {
        var result = new List<string>();
        foreach (var raw in FrenchText.Fold(label).Split([' ', '\'', '’', '-'], StringSplitOptions.RemoveEmptyEntries))
            if (raw.Length >= 4 && !raw.StartsWith("charge", StringComparison.Ordinal)) result.Add(raw);
        return result;
    }

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
