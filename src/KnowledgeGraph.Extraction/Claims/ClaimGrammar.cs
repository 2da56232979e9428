namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// The closed-class French words the claim extractor and the speaker finder reason with (auxiliaries, prepositions,
/// determiners, pronouns, first-group endings), read from claim-grammar.tsv (rows "word TAB set"). Immutable once built.
/// </summary>
public sealed class ClaimGrammar
{
    public const string FileName = "claim-grammar.tsv";

    private readonly Dictionary<string, List<string>> _lists = new(StringComparer.Ordinal);

    private ClaimGrammar(IEnumerable<string[]> rows)
    {
        foreach (var row in rows)
        {
            if (row.Length < 2 || row[0].Length == 0) continue;
            if (!_lists.TryGetValue(row[1], out var list)) _lists[row[1]] = list = new List<string>();
            list.Add(row[0]);
        }
        ReportAuxiliaries = Set("report-auxiliary");
        SkippableBeforeVerb = Set("skip-before-verb");
        BetweenQuoteAndVerb = Set("between-quote-verb");
        SubjectPronouns = Set("subject-pronoun");
        ObjectClaimVerbs = Set("object-claim-verb");
        Determiners = Set("determiner");
        ComplementWords = Set("complement");
        TitlePrepositions = Set("title-preposition");
        FinderAuxiliaries = Set("finder-auxiliary");
        ListPrepositions = Set("list-preposition");
        GenitivePrepositions = Set("genitive-preposition");
        ErSuffixes = List("er-suffix");
        VerbAuxiliaries = Set("verb-auxiliary");
        VerbAdverbs = Set("verb-adverb");
        InvertedPronouns = Set("inverted-pronoun");
        Possessives = List("possessive");
        ContractedDe = Set("contracted-de");
        ContractedA = Set("contracted-à");
        ReflexiveAuxiliaries = List("reflexive-auxiliary").Distinct(StringComparer.Ordinal).ToList();
        RelativePronouns = Set("relative-pronoun");
        NameParticles = Set("name-particle");
        EmphaticPronouns = Set("emphatic-pronoun");
        ObjectAdverbials = Set("object-adverbial");
        PerfectInfinitives = Set("perfect-infinitive");
        LatestMasculine = Set("latest-masculine");
        LatestFeminine = Set("latest-feminine");
        VoiceCues = List("voice-cue");
        SideNouns = Set("side-noun");
        ApposedTitleModifiers = Set("apposition-modifier");
        LeadingAdverbials = Set("leading-adverbial");
        InvertedSubjectOpeners = Set("inverted-subject-opener");
        SubjectRelatives = Set("subject-relative");
        InvertedAdverbials = List("inverted-adverbial").OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToList();
        NameSpellings = List("name-spelling").Select(r => r.Split('>', 2)).Where(p => p.Length == 2 && p[0].Length > 0)
            .Select(p => (p[0], p[1])).ToList();
    }

    public static ClaimGrammar FromRows(IEnumerable<string[]> rows) => new(rows);

    public static ClaimGrammar From(ExtractionResources resources) => new(resources.Table(FileName));

    /// <summary>
    /// The grammar embedded in this assembly, for callers that build a <see cref="SpeakerFinder"/> without resources at hand
    /// (read once; the result is immutable, so sharing it holds no mutable state).
    /// </summary>
    public static ClaimGrammar Embedded => EmbeddedGrammar.Value;

    private static readonly Lazy<ClaimGrammar> EmbeddedGrammar = new(() =>
    {
        var assembly = typeof(ClaimGrammar).Assembly;
        using var stream = assembly.GetManifestResourceStream("KnowledgeGraph.Extraction.Resources." + FileName)
            ?? throw new InvalidOperationException($"Embedded resource '{FileName}' not found under Resources/.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            rows.Add(line.TrimEnd('\r').Split('\t').Select(c => c.Trim()).ToArray());
        }
        return new ClaimGrammar(rows);
    });

    /// <summary>The words of a set, in file order; empty when the file has none.</summary>
    public IReadOnlyList<string> List(string set) => _lists.TryGetValue(set, out var l) ? l : [];

    public HashSet<string> Set(string set) => new(List(set), StringComparer.Ordinal);

    /// <summary>"a déclaré", "est revenu", "va annoncer".</summary>
    public HashSet<string> ReportAuxiliaries { get; }
    /// <summary>Words between a subject pronoun and its verb ("il a également déclaré").</summary>
    public HashSet<string> SkippableBeforeVerb { get; }
    /// <summary>Words between a closing quotation mark and an inverted verb ("…", a également déclaré X).</summary>
    public HashSet<string> BetweenQuoteAndVerb { get; }
    public HashSet<string> SubjectPronouns { get; }
    /// <summary>Verbs whose noun-phrase object is the claim ("a réclamé la tenue d'un sommet").</summary>
    public HashSet<string> ObjectClaimVerbs { get; }
    public HashSet<string> Determiners { get; }
    public HashSet<string> ComplementWords { get; }
    public HashSet<string> TitlePrepositions { get; }
    public HashSet<string> FinderAuxiliaries { get; }
    public HashSet<string> ListPrepositions { get; }
    public HashSet<string> GenitivePrepositions { get; }
    public IReadOnlyList<string> ErSuffixes { get; }
    public HashSet<string> VerbAuxiliaries { get; }
    public HashSet<string> VerbAdverbs { get; }
    public HashSet<string> InvertedPronouns { get; }

    /// <summary>Stressed pronouns an incise after a reporting verb may hold ("a jugé, elle, que").</summary>
    public HashSet<string> EmphaticPronouns { get; }

    /// <summary>Prepositions of a short adverbial between a reporting verb and its quoted object ("a salué dans un communiqué « … »").</summary>
    public HashSet<string> ObjectAdverbials { get; }

    /// <summary>Auxiliaries in the infinitive opening a reported perfect infinitive ("a assuré avoir tout donné").</summary>
    public HashSet<string> PerfectInfinitives { get; }

    /// <summary>Demonstrative pronouns standing for the man ("celui-ci") or the woman ("celle-ci") named last.</summary>
    public HashSet<string> LatestMasculine { get; }

    public HashSet<string> LatestFeminine { get; }
    /// <summary>son, sa, ses, leur…: the POSS slot of a reporting predicate.</summary>
    public IReadOnlyList<string> Possessives { get; }
    /// <summary>Words that open the inverted subject of a quotation incise ("« … », grince la ministre").</summary>
    public HashSet<string> InvertedSubjectOpeners { get; }
    /// <summary>Relative pronouns that are the subject of their clause ("X, qui estime que …"): the speaker is their antecedent.</summary>
    public HashSet<string> SubjectRelatives { get; }
    /// <summary>Discourse adverbials between a reporting verb and its inverted subject ("juge pour sa part X"), longest first.</summary>
    public IReadOnlyList<string> InvertedAdverbials { get; }

    /// <summary>
    /// "« … », juge pour sa part X": the offset past a discourse adverbial (<see cref="InvertedAdverbials"/>) that opens the text
    /// at <paramref name="from"/> (after spaces), else <paramref name="from"/>.
    /// </summary>
    public int AfterInvertedAdverbial(string text, int from)
    {
        int p = from;
        while (p < text.Length && text[p] is ' ' or '\u00A0') p++;
        foreach (var phrase in InvertedAdverbials)
        {
            int end = p + phrase.Length;
            if (end > text.Length || end < text.Length && char.IsLetterOrDigit(text[end])) continue;
            if (FrenchText.Lower(text.AsSpan(p, phrase.Length)) == phrase) return end;
        }
        return from;
    }
    /// <summary>de, du, des, d': an introducer "de" before a noun.</summary>
    public HashSet<string> ContractedDe { get; }
    /// <summary>à, au, aux: an introducer "à" before a noun.</summary>
    public HashSet<string> ContractedA { get; }
    /// <summary>"s'est", "se sont": compound tenses of reflexive verbs.</summary>
    public IReadOnlyList<string> ReflexiveAuxiliaries { get; }
    /// <summary>qui, que, dont, où…: a relative clause set off by commas ("X, qui représente Y, a averti").</summary>
    public HashSet<string> RelativePronouns { get; }
    /// <summary>al, el…: particles a transliterated name is written with or without ("El Mansouri", "al-Mansouri").</summary>
    public HashSet<string> NameParticles { get; }
    /// <summary>Spelling rewrites ("ou" → "u") under which two transliterations of one name meet, in file order.</summary>
    public IReadOnlyList<(string From, string To)> NameSpellings { get; }

    /// <summary>"par la voix de": an organization speaks through the person named after it.</summary>
    public IReadOnlyList<string> VoiceCues { get; }

    /// <summary>"la partie burkinabè": a side of a meeting named by its nationality.</summary>
    public HashSet<string> SideNouns { get; }

    /// <summary>"ancien", "actuel": a word allowed between the comma after a name and the title apposed to it ("X, ancien directeur").</summary>
    public HashSet<string> ApposedTitleModifiers { get; }

    /// <summary>"à", "devant", "lors": prepositions opening a short adverbial before the subject ("À la barre, l'ancien directeur a …").</summary>
    public HashSet<string> LeadingAdverbials { get; }
}
