using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>A reporting verb found in the text.</summary>
/// <param name="Span">The verb form (and, for inverted forms, its pronoun: "ajoute-t-il").</param>
/// <param name="Lemma">Infinitive ("déclarer").</param>
/// <param name="InvertedPronoun">"il"/"elle"/... when the subject is an inverted pronoun ("a-t-il ajouté", "dit-elle").</param>
/// <param name="FirstWord">Index of the first word of the form in the scanned word list.</param>
/// <param name="WordCount">Number of words of the form.</param>
public sealed record SpeechVerbMatch(TextSpan Span, string Lemma, string? InvertedPronoun, int FirstWord, int WordCount);

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

    public int FormCount => _forms.Count;

    public bool IsForm(string word) => _forms.TryGet(word, out _);

    public string? LemmaOf(string form) => _forms.TryGet(form, out var lemma) ? lemma : null;

    /// <summary>Matches a speech verb starting at word <paramref name="i"/>, including inverted forms ("dit-il", "a-t-elle déclaré").</summary>
    public SpeechVerbMatch? MatchAt(string text, IReadOnlyList<TextSpan> words, int i)
    {
        if (_forms.TryMatch(text, words, i, out int n, out var lemma))
        {
            // "a-t-il ajouté": the inverted pronoun sits on the auxiliary just before the participle
            // "a-t-il ajouté", "a-t-il notamment déclaré": the inverted pronoun sits on the auxiliary, maybe before an adverb
            string? pronoun = null;
            int first = i;
            for (int j = i - 1; j >= 0 && j >= i - 3; j--)
            {
                string w = FrenchText.Lower(words[j].Of(text));
                if (InvertedPronounOf(w, out var aux) is { } p && Auxiliaries.Contains(aux)) { pronoun = p; first = j; break; }
                if (!Adverbs.Contains(w)) break;
            }
            return new SpeechVerbMatch(new TextSpan(words[first].Start, words[i + n - 1].End), lemma, pronoun, first, i + n - first);
        }
        // "ajoute-t-il", "dit-elle", "poursuit-il" (only hyphenated words can carry an inverted pronoun)
        if (text.AsSpan(words[i].Start, words[i].Length).IndexOf('-') < 0) return null;
        string word = FrenchText.Lower(words[i].Of(text));
        if (InvertedPronounOf(word, out var baseForm) is { } pr && _forms.TryGet(baseForm, out var l2))
            return new SpeechVerbMatch(words[i], l2, pr, i, 1);
        return null;
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
