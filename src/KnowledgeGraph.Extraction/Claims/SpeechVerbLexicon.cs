using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>A reporting verb found in the text.</summary>
/// <param name="Span">The verb form (and, for inverted forms, its pronoun: "ajoute-t-il").</param>
/// <param name="Lemma">Infinitive ("déclarer").</param>
/// <param name="InvertedPronoun">"il"/"elle"/... when the subject is an inverted pronoun ("a-t-il ajouté", "dit-elle").</param>
/// <param name="FirstWord">Index of the first word of the form in the scanned word list.</param>
/// <param name="WordCount">Number of words of the form.</param>
/// <param name="PostOnly">Found by the language layer under the label of verbs that report only after a quotation
/// ("glisse-t-il", "ironise-t-elle"); the lexicon's own post-only verbs are known by <see cref="SpeechVerbLexicon.IsPostOnly"/>.</param>
public sealed record SpeechVerbMatch(TextSpan Span, string Lemma, string? InvertedPronoun, int FirstWord, int WordCount, bool PostOnly = false);

/// <summary>A reporting predicate whose object is the claim (speech-predicates.tsv).</summary>
/// <param name="Lemma">The predicate as written in the data ("mettre en garde", "rappeler POSS attachement").</param>
/// <param name="Introducers">Words that open the object ("contre", "de", "à"); "DET" for a direct object ("NP": not after a possessive, three words at least).</param>
/// <param name="ContentWordsFromEnd">When the claim starts inside the predicate ("attachement"), how many of the match's
/// last words belong to it; 0 when it starts after the introducer.</param>
public sealed record SpeechPredicate(string Lemma, IReadOnlyList<string> Introducers, int ContentWordsFromEnd);

/// <summary>
/// French reporting verbs (speech-verbs.tsv): every conjugated form → lemma. Regular first-group verbs
/// get their forms from a suffix rule; irregular ones list them.
/// </summary>
public sealed class SpeechVerbLexicon
{
    private readonly IReadOnlyList<string> ErSuffixes;
    private readonly HashSet<string> Auxiliaries;
    private readonly HashSet<string> Adverbs;
    private readonly HashSet<string> SubjectPronouns;

    private SpeechVerbLexicon(ClaimGrammar grammar)
    {
        ErSuffixes = grammar.ErSuffixes;
        Auxiliaries = grammar.VerbAuxiliaries;
        Adverbs = grammar.VerbAdverbs;
        SubjectPronouns = grammar.InvertedPronouns;
    }

    private readonly PhraseLexicon<string> _forms = new();
    private readonly HashSet<string> _postOnly = new(StringComparer.Ordinal);

    /// <summary>Verbs that report speech only after the quotation ("…", a-t-il lancé), never before it ("lancer une offensive").</summary>
    public bool IsPostOnly(string lemma) => _postOnly.Contains(lemma);

    public static SpeechVerbLexicon FromRows(IEnumerable<string[]> rows, ClaimGrammar grammar)
    {
        var lexicon = new SpeechVerbLexicon(grammar);
        foreach (var row in rows)
        {
            if (row.Length == 0 || row[0].Length == 0) continue;
            string lemma = row[0];
            string cls = row.Length > 1 ? row[1] : "-";
            if (row.Length > 3 && row[3] == "post") lexicon._postOnly.Add(lemma);
            if (row.Length > 2)
                foreach (var f in row[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    lexicon._forms.Add(f, lemma);
            lexicon._forms.Add(lemma, lemma);
            if (cls == "er")
            {
                string bare = lemma.StartsWith("s'", StringComparison.Ordinal) ? lemma[2..] : lemma.StartsWith("se ", StringComparison.Ordinal) ? lemma[3..] : lemma;
                if (!bare.EndsWith("er", StringComparison.Ordinal)) continue;
                string stem = bare[..^2];
                foreach (var suffix in lexicon.ErSuffixes) lexicon._forms.Add(stem + suffix, lemma);
            }
        }
        return lexicon;
    }

    private readonly Dictionary<string, SpeechPredicate> _predicates = new(StringComparer.Ordinal);

    /// <summary>The object-taking predicate of a lemma, when speech-predicates.tsv has one.</summary>
    public SpeechPredicate? PredicateOf(string lemma) => _predicates.TryGetValue(lemma, out var p) ? p : null;

    /// <summary>
    /// Adds the rows of speech-predicates.tsv: every form of the head verb (<see cref="VerbConjugator"/>), followed by the
    /// predicate's fixed words, with each possessive for POSS. Forms already known keep their first lemma.
    /// </summary>
    public void AddPredicates(IEnumerable<string[]> rows, VerbConjugator conjugator, IReadOnlyList<string> possessives)
    {
        foreach (var row in rows)
        {
            if (row.Length == 0 || row[0].Length == 0) continue;
            var parts = row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int headWords = parts[0] is "se" && parts.Length > 1 ? 2 : 1;
            string head = string.Join(' ', parts[..headWords]);
            var tail = parts[headWords..];
            int marker = Array.FindIndex(tail, w => w.StartsWith('|'));
            int contentFromEnd = marker < 0 ? 0 : tail.Length - marker;
            var tails = new List<string> { "" };
            foreach (var w in tail)
            {
                string word = w.TrimStart('|');
                var options = word == "POSS" ? possessives : [word];
                tails = tails.SelectMany(t => options.Select(o => t + " " + o)).ToList();
            }
            string lemma = string.Join(' ', parts.Select(w => w.TrimStart('|')));
            var introducers = row.Length > 1 ? row[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            // a single-word predicate that is already a reporting verb keeps its lemma ("dénoncer"); its object rule is added
            string key = tail.Length == 0 ? head : lemma;
            _predicates.TryAdd(key, new SpeechPredicate(key, introducers, contentFromEnd));
            foreach (var form in conjugator.Forms(head).Append(head))
                foreach (var t in tails) _forms.Add(form + t, key);
        }
    }

    public int FormCount => _forms.Count;

    public bool IsForm(string word) => _forms.TryGet(word, out _);

    public string? LemmaOf(string form) => _forms.TryGet(form, out var lemma) ? lemma : null;

    /// <summary>Matches a speech verb starting at word <paramref name="i"/>, including inverted forms ("dit-il", "a-t-elle déclaré").</summary>
    public SpeechVerbMatch? MatchAt(string text, IReadOnlyList<TextSpan> words, int i)
    {
        if (_forms.TryMatch(text, words, i, out int n, out var lemma)) return WithAuxiliaryPronoun(text, words, i, n, lemma, null, false);
        // "ajoute-t-il", "dit-elle", "poursuit-il" (only hyphenated words can carry an inverted pronoun)
        if (text.AsSpan(words[i].Start, words[i].Length).IndexOf('-') < 0) return null;
        string word = FrenchText.Lower(words[i].SliceOf(text));
        if (InvertedPronounOf(word, out var baseForm) is { } pr && _forms.TryGet(baseForm, out var l2))
            return new SpeechVerbMatch(words[i], l2, pr, i, 1);
        return null;
    }

    /// <summary>
    /// The match of a verb form over words [<paramref name="i"/>, i + <paramref name="n"/>): "a-t-il ajouté", "a-t-il notamment
    /// déclaré": an inverted pronoun on the auxiliary just before the form (maybe before an adverb) belongs to the match.
    /// </summary>
    public SpeechVerbMatch WithAuxiliaryPronoun(string text, IReadOnlyList<TextSpan> words, int i, int n, string lemma, string? pronoun, bool postOnly)
    {
        int first = i;
        for (int j = i - 1; pronoun is null && j >= 0 && j >= i - 3; j--)
        {
            string w = FrenchText.Lower(words[j].SliceOf(text));
            if (InvertedPronounOf(w, out var aux) is { } p && Auxiliaries.Contains(aux)) { pronoun = p; first = j; break; }
            if (!Adverbs.Contains(w)) break;
        }
        return new SpeechVerbMatch(new TextSpan(words[first].Start, words[i + n - 1].End), lemma, pronoun, first, i + n - first, postOnly);
    }

    /// <summary>"a-t-il" → "il" (base "a"), "dit-elle" → "elle" (base "dit"); null when the word has no inverted pronoun.</summary>
    public string? InvertedPronounOf(string word, out string baseForm)
    {
        baseForm = word;
        int dash = word.LastIndexOf('-');
        if (dash <= 0) return null;
        string pronoun = word[(dash + 1)..];
        if (!SubjectPronouns.Contains(pronoun)) return null;
        string b = word[..dash];
        if (b.EndsWith("-t", StringComparison.Ordinal)) b = b[..^2];
        baseForm = b;
        return pronoun;
    }

    /// <summary>Finds every speech verb form in a range, left to right, non-overlapping.</summary>
    public List<SpeechVerbMatch> FindAll(string text, IReadOnlyList<TextSpan> words)
    {
        var found = new List<SpeechVerbMatch>();
        for (int i = 0; i < words.Count; i++)
        {
            var m = MatchAt(text, words, i);
            if (m is null) continue;
            found.Add(m);
            i = m.FirstWord + m.WordCount - 1;
        }
        return found;
    }
}
