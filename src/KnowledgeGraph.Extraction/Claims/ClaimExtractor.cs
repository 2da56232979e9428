using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Claims.ClauseText;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// Per-document: finds quotations and reported statements, attributes each to its speaker and fills
/// <see cref="AnalyzedDocument.Claims"/>. Three sources of claims:
/// <list type="number">
/// <item>reported speech: a reporting verb followed by "que" ("X a affirmé mercredi que …"); the
/// claim is the "que" clause, quotations inside it are part of it;</item>
/// <item>source cues: "Selon X, …" / "…, selon X." / "D'après X, …";</item>
/// <item>direct quotations with a reporting verb after them ("…", a déclaré X / a-t-il ajouté), before
/// them in the same sentence (X a déclaré : "…"; X a exhorté Y à "…"), inside them as an incise
/// (« …, a confié X. … »), or none when a full-sentence quotation directly continues the previous
/// claim. Short quoted words without a reporting verb are scare quotes, not claims.</item>
/// </list>
/// Speakers are resolved in text order so that pronouns can point to the latest speaker.
/// </summary>
public sealed partial class ClaimExtractor : IDocumentComponent
{
    private readonly ClaimGrammar _grammar;
    private HashSet<string> Auxiliaries => _grammar.ReportAuxiliaries;
    private HashSet<string> SkippableBeforeVerb => _grammar.SkippableBeforeVerb;
    private HashSet<string> BetweenQuoteAndVerb => _grammar.BetweenQuoteAndVerb;
    private HashSet<string> SubjectPronouns => _grammar.SubjectPronouns;
    private HashSet<string> ObjectClaimVerbs => _grammar.ObjectClaimVerbs;
    private HashSet<string> Determiners => _grammar.Determiners;

    private readonly SpeechVerbLexicon _verbs;
    private readonly HashSet<string> _sourceCues;
    private readonly string[] _viaCues;
    private readonly HashSet<string> _institutionHeads = new(StringComparer.Ordinal);
    /// <summary>Head nouns of a group that is no single speaker ("L'opposition a dénoncé"): speech-cues.tsv kind "collective".</summary>
    private readonly HashSet<string> _collectiveHeads = new(StringComparer.Ordinal);
    private readonly HashSet<string> _counterpartHeads = new(StringComparer.Ordinal);
    /// <summary>Head nouns of an unnamed source after "un"/"une"/"des" ("une source diplomatique"): speech-cues.tsv kind "anonymous".</summary>
    private readonly HashSet<string> _anonymousHeads = new(StringComparer.Ordinal);
    private readonly Entities.GazetteerSet? _gazetteers;
    /// <summary>Role keys naming the head of an organization (post-words-fr.tsv head-role): "le patron de X" is X's head.</summary>
    private readonly HashSet<string> _headRoles = new(StringComparer.Ordinal);

    public ClaimExtractor(ExtractionResources resources)
        : this(resources, ClaimGrammar.From(resources))
    {
    }

    private ClaimExtractor(ExtractionResources resources, ClaimGrammar grammar)
        : this(SpeechVerbLexicon.FromRows(resources.Table("speech-verbs.tsv"), grammar), resources.Table("speech-cues.tsv"), grammar)
    {
        _verbs.AddPredicates(resources.Table("speech-predicates.tsv"),
            new VerbConjugator(resources.Table("verb-conjugations-fr.tsv"), grammar.ReflexiveAuxiliaries), grammar.Possessives);
        foreach (var row in resources.Table("org-cues-fr.tsv"))
            if (row.Length >= 2 && row[1] == "head") _institutionHeads.Add(FrenchText.Lower(row[0]));
        _gazetteers = resources.Gazetteers;
        _demonymSuffixes = DemonymSuffixes(resources);
        foreach (var row in resources.Table("post-words-fr.tsv"))
            if (row.Length >= 2 && row[0] == "head-role") _headRoles.Add(row[1]);
    }

    public ClaimExtractor(SpeechVerbLexicon verbs, IEnumerable<string[]> cueRows, ClaimGrammar grammar)
    {
        _grammar = grammar;
        _verbs = verbs;
        _sourceCues = new HashSet<string>(StringComparer.Ordinal);
        var via = new List<string>();
        foreach (var row in cueRows)
        {
            if (row.Length < 2) continue;
            if (row[1] == "source") _sourceCues.Add(FrenchText.Lower(row[0]));
            else if (row[1] == "via") via.Add(FrenchText.Lower(row[0]));
            else if (row[1] == "institution") _institutionHeads.Add(FrenchText.Lower(row[0]));
            else if (row[1] == "collective") _collectiveHeads.Add(FrenchText.Lower(row[0]));
            else if (row[1] == "counterpart") _counterpartHeads.Add(FrenchText.Lower(row[0]));
            else if (row[1] == "anonymous") _anonymousHeads.Add(FrenchText.Lower(row[0]));
        }
        _viaCues = via.ToArray();
    }

    public SpeechVerbLexicon Verbs => _verbs;

    public string Name => "claims";

    public void Process(AnalyzedDocument doc, CancellationToken ct) => doc.Claims.AddRange(Extract(doc, ct));

    public List<ClaimMention> Extract(AnalyzedDocument doc, CancellationToken ct = default)
    {
        string text = doc.Text;
        var words = WordScanner.Scan(text, new TextSpan(0, text.Length));
        var quotes = QuotationFinder.Find(text).Where(q => !doc.IsNonContent(q.Outer)).ToList();
        var finder = new SpeakerFinder(doc, quotes, _gazetteers, _grammar) { OtherGenderYields = true };
        var verbs = new SpeechVerbList(SpeechSiteReader.Merge(doc, words, _verbs.FindAll(text, words), _verbs).Where(v => !doc.IsNonContent(v.Span)));
        verbs = SpeechVerbList.Of(QuotationIncise.Add(doc, words, quotes, verbs, _verbs, _grammar));
        var candidates = new List<Candidate>();

        ct.ThrowIfCancellationRequested();
        AddReportedSpeech(doc, words, verbs, finder, candidates);
        AddSourceCues(doc, words, verbs, finder, candidates);
        AddTrailingIncises(doc, words, verbs, finder, candidates);
        AddDirectQuotes(doc, words, quotes, verbs, finder, candidates);

        candidates.Sort((a, b) => a.Content.Start != b.Content.Start ? a.Content.Start.CompareTo(b.Content.Start) : b.Content.End.CompareTo(a.Content.End));
        var kept = new List<Candidate>();
        // every kept content starts at or before the candidate's (sorted above), so it contains the candidate when it ends at
        // or after it, and overlaps a non-empty candidate when it ends after its start: the latest end of the kept reported and
        // direct contents decides, without a scan of every kept claim for every candidate (quadratic in a long article)
        int reportedEnd = int.MinValue, directEnd = int.MinValue;
        foreach (var c in candidates)
        {
            if (c.Content.Length > 0)
            {
                // a quotation inside a reported clause or a "selon" clause is part of that claim
                if (reportedEnd >= c.Content.End) continue;
                if ((c.Direct ? directEnd : reportedEnd) > c.Content.Start) continue;
            }
            else
            {
                if (kept.Any(k => k.Content.Contains(c.Content) && !k.Direct)) continue;
                if (kept.Any(k => k.Content.Overlaps(c.Content) && k.Direct == c.Direct)) continue;
            }
            kept.Add(c);
            if (c.Direct) directEnd = Math.Max(directEnd, c.Content.End); else reportedEnd = Math.Max(reportedEnd, c.Content.End);
        }
        ApplyTranslations(text, quotes, kept);
        kept.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Content.Start.CompareTo(b.Content.Start));

        ResolveSpeakers(doc, finder, kept);

        var result = new List<ClaimMention>(kept.Count);
        foreach (var c in kept)
        {
            var content = TrimContent(text, c.Content);
            if (content.Length == 0) continue;
            int? via = FindVia(doc, words, finder, c);
            result.Add(new ClaimMention(c.Span, content, c.Direct, c.Verb?.Lemma, c.Verb?.Span, c.Speaker, c.SpeakerSpan, via, DateOf(doc, c))
                { Original = c.Original });
        }
        return result;
    }
    private int? FindVia(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, Candidate c)
    {
        int si = c.Sentence;
        var sentence = doc.Sentences[si];
        string text = doc.Text;
        for (int k = FirstMentionAtOrAfter(doc, sentence.Start); k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start >= sentence.End) break;
            if (m.Kind != EntityKind.Organization && m.Kind != EntityKind.Person) continue;
            if (c.Speaker == k || finder.InsideQuote(m.Span)) continue;
            // "révélée le 25 novembre par X", "citant X", "cité par X": a via cue shortly before the mention
            int from = Math.Max(sentence.Start, m.Span.Start - 60);
            var window = FrenchText.Lower(text.AsSpan(from, m.Span.Start - from));
            foreach (var cue in _viaCues)
            {
                string cueWord = cue.EndsWith(" par", StringComparison.Ordinal) ? cue[..^4] : cue;
                int at = window.LastIndexOf(cueWord, StringComparison.Ordinal);
                if (at < 0) continue;
                string tail = window[(at + cueWord.Length)..];
                if (cue.EndsWith(" par", StringComparison.Ordinal) ? tail.TrimEnd().EndsWith(" par", StringComparison.Ordinal) && tail.Length < 40 : tail.Trim().Length <= 4)
                    return k;
            }
        }
        return null;
    }

    private PartialDate? DateOf(AnalyzedDocument doc, Candidate c)
    {
        // a date stated with the reporting verb ("a affirmé mercredi", "a déclaré le 3 décembre")
        if (c.Verb is not null)
        {
            int from = c.Verb.Span.Start - 2, to = c.Verb.Span.End + 25;
            bool sorted = doc.DatesSortedByStart;
            for (int k = doc.FirstDateReaching(from); k < doc.Dates.Count; k++)
            {
                var d = doc.Dates[k];
                if (sorted && d.Span.Start > to) break;
                if (d.Span.End < from || d.Span.Start > to) continue;
                if (c.Content.Overlaps(d.Span) && d.Span.Start > c.Verb.Span.End + 3) continue;
                // a year or a month just before the verb closes the subject's description ("élue au Sénat en 2017, a
                // mis en garde", "en poste depuis mars, a déclaré"): a biography's date, not the statement's
                if (d.Span.Start < c.Verb.Span.Start && d.Resolved is { IsFullDate: false }) continue;
                // a past-tense reporting verb ("a déclaré mardi") points to the past, whatever future
                // verbs the quotation itself contains
                if (d.Expression.Kind == DateExpressionKind.Weekday && d.Expression.Direction == TemporalDirection.Future && IsPastTense(doc.Text, c.Verb))
                    return DateResolver.Resolve(d.Expression with { Direction = TemporalDirection.Unspecified }, doc.Article.Date);
                if (d.Resolved is not null) return d.Resolved;
            }
        }
        return doc.Article.Date;
    }

    private bool IsPastTense(string text, SpeechVerbMatch verb)
    {
        if (verb.InvertedPronoun is not null) return true;
        int p = verb.Span.Start - 1;
        while (p >= 0 && char.IsWhiteSpace(text[p])) p--;
        int end = p + 1;
        while (p >= 0 && char.IsLetter(text[p])) p--;
        return end > p + 1 && Auxiliaries.Contains(FrenchText.Lower(text.AsSpan(p + 1, end - p - 1)));
    }
}
