using System.Collections.Concurrent;
using KnowledgeGraph.Extraction.Language;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// The content words of a claim's wording, lightly lemmatised so that two outlets' renderings of the
/// same statement compare equal: lower case, accents removed, words and phrases of claim-synonyms.tsv replaced
/// by their concept ("en cours" and "se poursuivent" both become "=poursuivre", "deux" becomes "=2"), stop words
/// (claim-stopwords.tsv) dropped, then a crude French stemmer (plural and common verb/noun endings cut, stems of
/// at least four letters kept) — "Les pourparlers de paix sont en cours" and "Les pourparlers de paix se
/// poursuivent" share "=negociation", "paix", "=poursuivre".
/// <para>With the French lexicon (<see cref="Load"/>), a common word's token is its lemma instead of a stem, so tense,
/// person, gender and number do not matter ("cèderait"/"céderons" → "ceder"): a form with a verb reading becomes the
/// infinitive, a noun or adjective its lemma carried to the verb it derives from when the lexicon has that verb
/// (claim-derivations.tsv: "menace" → "menacer", "negociation" → "negocier"), and a lemma that is a variant of a
/// claim-synonyms.tsv concept becomes the concept ("souhaiteront" → "=vouloir"). Names, figures and words the lexicon
/// lacks keep the stem. Lookups are cached per distinct word.</para>
/// </summary>
public sealed class ClaimFingerprint
{
    // longest first; a suffix is cut only when at least four letters remain
    private static readonly string[] Suffixes =
    [
        "issements", "issement", "ements", "ations", "ement", "ation", "erions", "eraient", "issent", "issons",
        "aient", "erait", "eront", "ences", "ances", "ables", "ibles", "ences", "euses", "ement",
        "iques", "ique", "ence", "ance", "able", "ible", "euse", "eurs", "ions", "ait", "ant", "ent", "era", "ees", "ons",
        "eur", "ion", "ies", "es", "ee", "er", "ez", "is", "it", "ir", "e", "s", "x", "a", "i",
    ];

    private readonly HashSet<string> _stopWords;
    // first word of a variant → (variant words, concept token), longest variant first
    private readonly Dictionary<string, List<(string[] Words, string Concept)>> _phrases = new(StringComparer.Ordinal);

    private readonly FrenchLexicon? _lexicon;
    // noun/adjective lemma ending → verb infinitive ending, in file order (claim-derivations.tsv)
    private readonly (string Noun, string Verb)[] _derivations;
    // lemma token of a single-word synonym variant → its concept
    private readonly Dictionary<string, string> _lemmaConcepts = new(StringComparer.Ordinal);
    // folded word → comparison token; the lexicon lookups and derivation checks run once per distinct word
    private readonly ConcurrentDictionary<string, string> _tokenCache = new(StringComparer.Ordinal);

    public ClaimFingerprint(IEnumerable<string> stopWords) : this(stopWords, [])
    {
    }

    /// <param name="synonyms">Rows of concept then variants (words or phrases), as in claim-synonyms.tsv.</param>
    public ClaimFingerprint(IEnumerable<string> stopWords, IEnumerable<IReadOnlyList<string>> synonyms)
        : this(stopWords, synonyms, null, [])
    {
    }

    /// <param name="lexicon">When given, common words compare by lemma (see the class summary).</param>
    /// <param name="derivations">Pairs of noun ending and verb ending, as in claim-derivations.tsv.</param>
    public ClaimFingerprint(IEnumerable<string> stopWords, IEnumerable<IReadOnlyList<string>> synonyms,
        FrenchLexicon? lexicon, IEnumerable<(string Noun, string Verb)> derivations)
        : this(stopWords, synonyms, lexicon, derivations, [])
    {
    }

    /// <param name="neutralPhrases">Phrases that give no token (claim-neutral-phrases.tsv: "son pays", where the quote says "nous").</param>
    public ClaimFingerprint(IEnumerable<string> stopWords, IEnumerable<IReadOnlyList<string>> synonyms,
        FrenchLexicon? lexicon, IEnumerable<(string Noun, string Verb)> derivations, IEnumerable<string> neutralPhrases)
    {
        _lexicon = lexicon;
        _derivations = derivations.Select(d => (FrenchText.Fold(d.Noun), FrenchText.Fold(d.Verb))).ToArray();
        _stopWords = new HashSet<string>(stopWords.Select(w => FrenchText.Fold(w)), StringComparer.Ordinal);
        foreach (var row in synonyms)
        {
            if (row.Count < 2 || row[0].Length == 0) continue;
            string concept = "=" + FrenchText.Fold(row[0]);
            foreach (var variant in row) // the concept is a variant of itself ("vouloir")
            {
                var words = Words(FrenchText.Fold(variant)).ToArray();
                if (words.Length == 0) continue;
                if (!_phrases.TryGetValue(words[0], out var list)) _phrases[words[0]] = list = new();
                if (!list.Any(p => p.Words.SequenceEqual(words))) list.Add((words, concept));
            }
        }
        foreach (var phrase in neutralPhrases)
        {
            var words = Words(FrenchText.Fold(phrase)).ToArray();
            if (words.Length == 0) continue;
            if (!_phrases.TryGetValue(words[0], out var list)) _phrases[words[0]] = list = new();
            if (!list.Any(p => p.Words.SequenceEqual(words))) list.Add((words, NeutralConcept));
        }
        foreach (var list in _phrases.Values)
            list.Sort((a, b) => b.Words.Length != a.Words.Length ? b.Words.Length.CompareTo(a.Words.Length)
                : string.CompareOrdinal(string.Join(' ', a.Words), string.Join(' ', b.Words)));
        if (_lexicon is null) return;
        // A single-word variant also stands for its other forms: its lemma token maps to the concept (first row wins).
        foreach (var (first, list) in _phrases.OrderBy(p => p.Key, StringComparer.Ordinal))
            foreach (var (words, concept) in list)
                if (words.Length == 1 && concept != NeutralConcept && !IsNumber(first) && !_stopWords.Contains(first))
                    if (LemmaToken(first) is { } lemma) _lemmaConcepts.TryAdd(lemma, concept);
    }

    public static ClaimFingerprint Load(ExtractionResources resources) => new(
        resources.Lines("claim-stopwords.tsv").Select(l => l.Split('\t')[0].Trim()),
        (resources.Has("claim-synonyms.tsv") ? resources.Table("claim-synonyms.tsv").Select(r => (IReadOnlyList<string>)r) : [])
            .Concat(CountryRows(resources)),
        resources.Lexicon,
        resources.Has("claim-derivations.tsv")
            ? resources.Table("claim-derivations.tsv").Where(r => r.Length >= 2).Select(r => (r[0].Trim(), r[1].Trim()))
            : [],
        resources.Has("claim-neutral-phrases.tsv") ? resources.Lines("claim-neutral-phrases.tsv").Select(l => l.Trim()) : []);

    // the "concept" of a neutral phrase: matched like a synonym phrase, then dropped
    private const string NeutralConcept = "";

    /// <summary>The comparison token of a common (not capitalised) folded word: see the class summary.</summary>
    internal string Token(string word)
    {
        if (_lexicon is null || IsNumber(word)) return Stem(word);
        if (_tokenCache.TryGetValue(word, out var cached)) return cached;
        string token = LemmaToken(word) ?? Stem(word);
        if (_lemmaConcepts.TryGetValue(token, out var concept)) token = concept;
        _tokenCache.TryAdd(word, token);
        return token;
    }

    /// <summary>The lemma token of a word the lexicon knows as a common word; null otherwise.</summary>
    private string? LemmaToken(string word)
    {
        string? verb = null, other = null;
        foreach (var a in _lexicon!.Analyze(word))
        {
            if (a.IsProper || a.FoldedLemma.Length == 0) continue;
            if (a.IsVerbal) { verb ??= a.FoldedLemma; break; }
            if (other is null && a.Pos is PartOfSpeech.Noun or PartOfSpeech.Adjective or PartOfSpeech.Adverb or PartOfSpeech.Numeral)
                other = a.FoldedLemma;
        }
        // a verb reading wins: "dit" is dire before the noun "dit"; a noun carries over to its verb when there is one
        if (verb is not null) return verb;
        if (other is null) return null;
        return Derived(other) ?? other;
    }

    /// <summary>The infinitive a noun or adjective lemma derives from, when the lexicon knows that verb.</summary>
    private string? Derived(string lemma)
    {
        foreach (var (noun, verb) in _derivations)
        {
            if (!lemma.EndsWith(noun, StringComparison.Ordinal) || lemma.Length - noun.Length < 3) continue;
            string candidate = lemma[..^noun.Length] + verb;
            foreach (var a in _lexicon!.Analyze(candidate))
                if (a.IsVerbal && a.FoldedLemma == candidate) return candidate;
        }
        return null;
    }

    /// <summary>
    /// One synonym row per country: its names and nationality adjectives become one token, because outlets paraphrase
    /// "venus de Serbie" as "depuis le territoire serbe" (countries-fr.tsv, nationalities-fr.tsv). The concept is a
    /// made-up word ("pays0rs") that no text contains. Rows come after claim-synonyms.tsv, whose variants win.
    /// </summary>
    private static IEnumerable<IReadOnlyList<string>> CountryRows(ExtractionResources resources)
    {
        var variants = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        void Add(string code, string name)
        {
            code = code.Trim().ToLowerInvariant();
            name = name.Trim();
            if (code.Length != 2 || name.Length < 3) return;
            if (!variants.TryGetValue(code, out var set)) variants[code] = set = new SortedSet<string>(StringComparer.Ordinal);
            set.Add(name.ToLowerInvariant());
        }
        if (resources.Has("countries-fr.tsv"))
            foreach (var row in resources.Table("countries-fr.tsv"))
                for (int c = 1; c < row.Length; c++)
                    foreach (var name in row[c].Split('|')) Add(row[0], name);
        if (resources.Has("nationalities-fr.tsv"))
            foreach (var row in resources.Table("nationalities-fr.tsv"))
                if (row.Length >= 2) Add(row[1], row[0]);
        foreach (var (code, names) in variants)
            yield return new[] { "pays0" + code }.Concat(names).ToList();
    }

    /// <summary>A folded word that gives no token (claim-stopwords.tsv).</summary>
    internal bool IsStopWord(string folded) => _stopWords.Contains(folded);

    /// <summary>The sorted set of content stems of a wording.</summary>
    public SortedSet<string> Stems(string wording) => Analyze(wording).Stems;

    /// <summary>The content tokens of a wording, in order, as a set and as trigrams.</summary>
    public ClaimWording Analyze(string wording)
    {
        var words = new List<string>();
        var names = new List<bool>();
        foreach (var (word, isName) in WordsWithCase(wording))
        {
            words.Add(word);
            names.Add(isName);
        }
        var tokens = new List<string>(words.Count);
        var tokenIsName = new List<bool>(words.Count);
        // figures written in digits, in text order, a thousands group joined to the digits before it ("1 200" → "1200")
        var figures = new List<string>();
        bool previousDigits = false;
        for (int i = 0; i < words.Count;)
        {
            string w = words[i];
            bool digits = IsNumber(w);
            if (digits)
            {
                if (previousDigits && w.Length == 3 && figures[^1].Length <= 12) figures[^1] += w; else figures.Add(w);
            }
            previousDigits = digits;
            if (MatchPhrase(words, i) is { } phrase)
            {
                if (phrase.Concept == NeutralConcept)
                {
                    i += phrase.Length;
                    previousDigits = false;
                    continue;
                }
                tokens.Add(phrase.Concept);
                tokenIsName.Add(false);
                i += phrase.Length;
                if (phrase.Length > 1) previousDigits = false;
                continue;
            }
            bool name = names[i++];
            if (w.Length < 2 && !digits || _stopWords.Contains(w)) continue;
            tokens.Add(name ? Stem(w) : Token(w));
            tokenIsName.Add(name);
        }
        // Runs of common words only: a proper name recurs in a speaker's different statements ("le port de Bergen").
        var trigrams = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 2 < tokens.Count; i++)
            if (!tokenIsName[i] && !tokenIsName[i + 1] && !tokenIsName[i + 2])
                trigrams.Add(tokens[i] + " " + tokens[i + 1] + " " + tokens[i + 2]);
        var nameTokens = new HashSet<string>(StringComparer.Ordinal);
        var common = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < tokens.Count; i++)
        {
            (tokenIsName[i] ? nameTokens : common).Add(tokens[i]);
        }
        foreach (var figure in figures)
            if (!IsYear(figure)) numbers.Add(figure);
        nameTokens.ExceptWith(common);
        var (excerpts, runs, quotedTokens) = ExcerptsOf(wording);
        return new ClaimWording(tokens, new SortedSet<string>(tokens, StringComparer.Ordinal), trigrams)
        {
            Foreign = IsForeign(words, names),
            Names = nameTokens, Numbers = numbers, FoldedWords = FoldedWordsOf(wording), Excerpts = excerpts, ExcerptRuns = runs, QuotedTokens = quotedTokens,
        };
    }

    /// <summary>Words a foreign wording has at least (names and figures aside); shorter ones are taken as French.</summary>
    private const int MinForeignWords = 3;

    /// <summary>Fewer than half of the common words (names and figures aside) are French words the lexicon knows (cached per word);
    /// false without a lexicon.</summary>
    private bool IsForeign(List<string> words, List<bool> names)
    {
        if (_lexicon is null) return false;
        int common = 0, known = 0;
        for (int i = 0; i < words.Count; i++)
        {
            if (names[i] || words[i].Length < 2 || IsNumber(words[i])) continue;
            common++;
            if (_stopWords.Contains(words[i]) || _knownCache.GetOrAdd(words[i], w => _lexicon.IsCommonWord(w))) known++;
        }
        return common >= MinForeignWords && 2 * known < common;
    }

    private readonly ConcurrentDictionary<string, bool> _knownCache = new(StringComparer.Ordinal);

    /// <summary>A quoted excerpt counts from this many words ("gagner seul cette guerre", "une même vision"): two words
    /// ("pas question") recur in a speaker's different statements. Stop words at its ends are then dropped ("tentatives de
    /// division"), unless fewer than two words would be left.</summary>
    public const int MinExcerptWords = 3;

    private static string FoldedWordsOf(string text) => " " + string.Join(' ', Words(FrenchText.Fold(text))) + " ";

    /// <summary>The quotations of a wording as folded words (<see cref="ClaimWording.Excerpts"/>) and as runs of content
    /// tokens (<see cref="ClaimWording.ExcerptRuns"/>).</summary>
    private (IReadOnlyList<string> Words, IReadOnlyList<IReadOnlyList<string>> Runs, IReadOnlySet<string> Quoted) ExcerptsOf(string wording)
    {
        if (wording.IndexOfAny(QuoteMarks) < 0) return ([], [], EmptyTokens);
        List<string>? excerpts = null;
        List<IReadOnlyList<string>>? runs = null;
        HashSet<string>? quoted = null;
        foreach (var q in QuotationFinder.Find(wording))
        {
            string inner = wording.Substring(q.Inner.Start, q.Inner.Length);
            // "« Nous ne laisserons pas […] affamer nos populations »": the reporter's cut leaves pieces that the full quotation
            // holds in the same order with other words between them; they are kept apart by CutSeparator
            var pieces = Cuts(inner).Select(p => Words(FrenchText.Fold(p)).ToList()).Where(p => p.Count > 0).ToList();
            var words = pieces.SelectMany(p => p).ToList();
            // the content words of short quotations ("« pas concurrent » mais « complémentaire »"), compared as a bag; a
            // longer quotation is compared as a run (below), where word order counts
            if (words.Count < MinExcerptWords && inner.IndexOfAny(QuoteMarks) < 0)
                foreach (var t in Analyze(inner).Tokens) (quoted ??= new HashSet<string>(StringComparer.Ordinal)).Add(t);
            // at least one word that is no stop word: "« de la » part" proves nothing
            if (words.Count < MinExcerptWords || words.TrueForAll(_stopWords.Contains)) continue;
            // the same quotation as lemmas: "« vendre à rabais »" is in "il vend à rabais" even though the verb's form differs
            if (pieces.Count == 1 && inner.IndexOfAny(QuoteMarks) < 0 && Analyze(inner) is { } lemmas
                && lemmas.Tokens.Count >= MinExcerptRunTokens && lemmas.Tokens.Any(t => !lemmas.Names.Contains(t)))
                (runs ??= new List<IReadOnlyList<string>>()).Add(lemmas.Tokens);
            // "« des tentatives de division »" beside "les tentatives de division": the article at either end is the
            // reporter's grammar, not the speaker's words
            TrimReporterWords(pieces);
            (excerpts ??= new List<string>()).Add(" " + string.Join(CutSeparator, pieces.Select(p => string.Join(' ', p))) + " ");
        }
        return (excerpts is null ? [] : excerpts, runs is null ? [] : runs, quoted is null ? EmptyTokens : quoted);
    }

    /// <summary>Drops the stop words at the start of the first piece and at the end of the last, unless too little would be left
    /// ("une même ambition" → "ambition": then the whole quotation; an emptied piece of a cut quotation: then that piece whole).</summary>
    private void TrimReporterWords(List<List<string>> pieces)
    {
        var first = pieces[0];
        var last = pieces[^1];
        int from = 0;
        while (from < first.Count && _stopWords.Contains(first[from])) from++;
        int to = last.Count, floor = pieces.Count == 1 ? from : 0;
        while (to > floor && _stopWords.Contains(last[to - 1])) to--;
        if (pieces.Count == 1)
        {
            if (to - from >= 2) pieces[0] = first[from..to];
            return;
        }
        if (from < first.Count) pieces[0] = first[from..];
        if (to > 0) pieces[^1] = last[..to];
    }

    /// <summary>Between the pieces of a cut quotation in <see cref="ClaimWording.Excerpts"/> (folded words hold no '|').</summary>
    public const string CutSeparator = " | ";

    /// <summary>Marks of a cut in a quotation: "[…]", "(...)", a bracketed or bare ellipsis.</summary>
    private static readonly string[] CutMarks = ["[…]", "[...]", "(…)", "(...)", "…", "..."];

    /// <summary>The pieces of a quotation between the reporter's cut marks (the quotation itself when it has none).</summary>
    internal static IEnumerable<string> Cuts(string inner)
    {
        if (inner.IndexOf('…') < 0 && inner.IndexOf("...", StringComparison.Ordinal) < 0) return [inner];
        return inner.Split(CutMarks, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>A quotation compares by lemmas (<see cref="ClaimWording.ExcerptRuns"/>) when it gives at least this many
    /// content tokens: one content word ("« pas question »" → "question") recurs in a speaker's different statements.</summary>
    public const int MinExcerptRunTokens = 2;

    private static readonly IReadOnlySet<string> EmptyTokens = new HashSet<string>();

    private static readonly char[] QuoteMarks = ['«', '"', '“', '”', '»'];

    /// <summary>
    /// Folded words of a text, each flagged as a proper name when it starts with a capital letter other than at the
    /// start of the text or of a sentence or quotation.
    /// </summary>
    private static IEnumerable<(string Word, bool IsName)> WordsWithCase(string text)
    {
        int i = 0;
        bool sentenceStart = true;
        while (i < text.Length)
        {
            char c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or ':' or ';' or '«' or '"' or '“' or '(' or '[' or '\n') sentenceStart = true;
                i++;
                continue;
            }
            int s = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            bool isName = char.IsUpper(text[s]) && !sentenceStart;
            sentenceStart = false;
            yield return (FrenchText.Fold(text.AsSpan(s, i - s)), isName);
        }
    }

    private (string Concept, int Length)? MatchPhrase(List<string> words, int at)
    {
        if (!_phrases.TryGetValue(words[at], out var candidates)) return null;
        foreach (var (variant, concept) in candidates)
        {
            if (at + variant.Length > words.Count) continue;
            bool all = true;
            for (int k = 1; k < variant.Length && all; k++) all = words[at + k] == variant[k];
            if (all) return (concept, variant.Length);
        }
        return null;
    }

    // Letters and digits; apostrophes and hyphens split ("l'hiver" → "l", "hiver"), so elided articles fall to the stop words.
    internal static IEnumerable<string> Words(string folded)
    {
        int i = 0;
        while (i < folded.Length)
        {
            if (!char.IsLetterOrDigit(folded[i])) { i++; continue; }
            int s = i;
            while (i < folded.Length && char.IsLetterOrDigit(folded[i])) i++;
            yield return folded[s..i];
        }
    }

    private static bool IsNumber(string token) => token.Length > 0 && token.All(char.IsAsciiDigit);

    /// <summary>The figure a token stands for: its digits, or the number concept of claim-synonyms.tsv ("deux" and "2" → "=2").</summary>
    internal static string? NumberOf(string token) =>
        IsNumber(token) ? token : token.Length > 1 && token[0] == '=' && IsNumber(token[1..]) ? token[1..] : null;

    /// <summary>"2027", "1998": a year dates a statement, it does not tell two statements apart.</summary>
    private static bool IsYear(string token) => token.Length == 4 && token[0] is '1' or '2' && int.Parse(token) is >= 1900 and <= 2100;

    public static string Stem(string w)
    {
        if (w.All(char.IsDigit)) return w;
        foreach (var suffix in Suffixes)
            if (w.Length - suffix.Length >= 4 && w.EndsWith(suffix, StringComparison.Ordinal))
                return w[..^suffix.Length];
        return w;
    }

    /// <summary>Dice coefficient of two stem sets (2|A∩B| / (|A|+|B|)); 0 for two empty sets.</summary>
    public static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        return 2.0 * Shared(a, b) / (a.Count + b.Count);
    }

    /// <summary>Shared stems over the smaller set: a short rendering contained in a longer one scores 1.</summary>
    public static double Containment(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        return (double)Shared(a, b) / Math.Min(a.Count, b.Count);
    }

    public static int Shared(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        int n = 0;
        foreach (var s in small) if (large.Contains(s)) n++;
        return n;
    }
}
