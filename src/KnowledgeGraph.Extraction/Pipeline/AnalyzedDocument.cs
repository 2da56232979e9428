using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>
/// One article under analysis: its text and the annotation layers that the document components fill
/// in order (spaCy-style). Every annotation is a span of character offsets into <see cref="Text"/>.
/// Layers are plain lists because components append to them in order; components that need sorted
/// layers sort them themselves before handing over (see each layer's note).
/// </summary>
public sealed class AnalyzedDocument
{
    public AnalyzedDocument(Article article, int index)
    {
        Article = article;
        Index = index;
    }

    /// <summary>The article; after <see cref="CompactText"/>, a copy whose <see cref="Article.Text"/> is empty (the text is
    /// then in <see cref="Body"/>).</summary>
    public Article Article { get; private set; }

    private ArticleText? _compact;
    private ArticleText? _body;

    /// <summary>Position of this document in the corpus (order of ingest, sorted by article id). Set again by the
    /// pipeline when an earlier article failed and was dropped, before any corpus component reads it.</summary>
    public int Index { get; internal set; }

    /// <summary>The text the spans index (decoded anew on each read once the text is compact: corpus components read
    /// <see cref="TextOf"/> or <see cref="Body"/> instead).</summary>
    public string Text => _compact?.ToString() ?? Article.Text;

    /// <summary>The text as result records keep it (<see cref="Evidence.InText(string, TextSpan, ArticleText)"/>): compact
    /// after <see cref="CompactText"/>, else the article's string.</summary>
    public ArticleText Body => _compact ?? (_body ??= ArticleText.Of(Article.Text));

    /// <summary>
    /// Keeps the text in one byte per character when every character fits and the text is the published one (no
    /// Unicode normalization changed it): what a corpus holds of it is then half as large, and the article keeps an empty
    /// text (<see cref="Article"/>), so that the string can be collected once no one else holds it. Called once the
    /// document components are done; the corpus components read the text through <see cref="TextOf"/> and
    /// <see cref="Body"/>. Returns the compact text, or null when the text stays a string.
    /// </summary>
    public ArticleText? CompactText()
    {
        if (_compact is not null) return _compact;
        if (Article.SourceText is not null || Article.SourceOffsets is not null || ArticleText.CompactOrNull(Article.Text) is not { } compact) return null;
        _compact = compact;
        _body = null;
        Article = Article with { Text = "" };
        return compact;
    }

    /// <summary>The compact text kept by <see cref="CompactText"/>, or null.</summary>
    public ArticleText? CompactBody => _compact;

    public string Id => Article.Id;

    /// <summary>Sentences in text order.</summary>
    public List<TextSpan> Sentences { get; } = new();

    /// <summary>Paragraphs (blocks separated by blank lines or line breaks) in text order.</summary>
    public List<TextSpan> Paragraphs { get; } = new();

    /// <summary>Tokens in text order.</summary>
    public List<Token> Tokens { get; } = new();

    /// <summary>
    /// Text that is not article prose: photo credits "( AFP / NAME )", captions, newsletter lines.
    /// Kept in the text (offsets stay valid) but claims and quotes must not be drawn from them.
    /// </summary>
    public List<TextSpan> NonContent { get; } = new();

    private string[]? _folded;

    /// <summary>
    /// The tokens' text, lower-cased and accent-folded (see <see cref="Tokenization.TextFolding.Fold(string)"/>),
    /// computed on first use after tokenization.
    /// </summary>
    public IReadOnlyList<string> Folded
    {
        get
        {
            if (_folded is null || _folded.Length != Tokens.Count)
            {
                var f = new string[Tokens.Count];
                for (int i = 0; i < f.Length; i++) f[i] = Tokenization.TextFolding.Fold(Tokens[i].SliceOf(Text));
                _folded = f;
            }
            return _folded;
        }
    }

    /// <summary>
    /// Per-token morphology, aligned with <see cref="Tokens"/> (lemma, part of speech, gender, number and every
    /// lexicon reading), filled by <see cref="Language.MorphologyComponent"/> right after the tokenizer; empty before.
    /// </summary>
    public Language.TokenAnalysis[] Morphology { get; set; } = [];

    /// <summary>
    /// Reporting predicates ("a déclaré", "met en garde", "s'est inquiétée"), as token spans labelled by the
    /// pattern file patterns-speech-predicates-fr.tsv, in text order, not overlapping; filled by
    /// <see cref="Language.SpeechVerbSiteComponent"/>.
    /// </summary>
    public List<Language.PatternMatch> SpeechVerbSites { get; } = new();

    /// <summary>Role (title) phrases found by the entity recognizer, in text order ("le ministre ukrainien des Affaires étrangères").</summary>
    public List<Entities.RolePhrase> RolePhrases { get; } = new();

    /// <summary>Entity mentions in text order (after the entity recognizer has run).</summary>
    public List<EntityMention> Entities { get; } = new();

    public List<PostMention> Posts { get; } = new();

    public List<RelationMention> Relations { get; } = new();

    /// <summary>Date expressions in text order.</summary>
    public List<DateMention> Dates { get; } = new();

    public List<MeetingMention> Meetings { get; } = new();

    public List<ClaimMention> Claims { get; } = new();

    public string TextOf(TextSpan span) => _compact?.Slice(span.Start, span.Length) ?? Article.Text.Substring(span.Start, span.Length);

    /// <summary>
    /// Drops the layers only the per-document components read (tokens, morphology, folded forms, sentences,
    /// paragraphs, non-content spans, speech-verb sites, role phrases) and trims the mention layers, once the
    /// document components are done: a corpus keeps only the text and the mentions that corpus resolution reads,
    /// so memory grows with what is kept, not with the analysis (the token layers are most of a document).
    /// </summary>
    public void ReleaseAnalysisLayers()
    {
        Tokens.Clear();
        Tokens.TrimExcess();
        Sentences.Clear();
        Sentences.TrimExcess();
        Paragraphs.Clear();
        Paragraphs.TrimExcess();
        NonContent.Clear();
        NonContent.TrimExcess();
        SpeechVerbSites.Clear();
        SpeechVerbSites.TrimExcess();
        RolePhrases.Clear();
        RolePhrases.TrimExcess();
        _rolePhrasesByStart = null;
        Morphology = [];
        _folded = null;
        _nonContentSorted = null;
        Entities.TrimExcess();
        Posts.TrimExcess();
        Relations.TrimExcess();
        Dates.TrimExcess();
        Meetings.TrimExcess();
        Claims.TrimExcess();
    }


    /// <summary>Empties the mention layers not in <paramref name="keep"/> (no later corpus component reads them).</summary>
    public void ReleaseMentionLayers(DocumentLayers keep)
    {
        static void Drop<T>(List<T> layer)
        {
            layer.Clear();
            layer.TrimExcess();
        }
        if ((keep & DocumentLayers.Entities) == 0) Drop(Entities);
        if ((keep & DocumentLayers.Posts) == 0) Drop(Posts);
        if ((keep & DocumentLayers.Relations) == 0) Drop(Relations);
        if ((keep & DocumentLayers.Dates) == 0) Drop(Dates);
        if ((keep & DocumentLayers.Meetings) == 0) Drop(Meetings);
        if ((keep & DocumentLayers.Claims) == 0) Drop(Claims);
    }

    /// <summary>Index of the sentence containing <paramref name="offset"/>, or -1.</summary>
    public int SentenceIndexAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>Index of the first token whose end is after <paramref name="offset"/> (binary search), or Tokens.Count.</summary>
    public int TokenIndexAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>True when <paramref name="span"/> overlaps a <see cref="NonContent"/> span (binary search: this runs for
    /// every candidate of every component, so a scan would make long texts quadratic).</summary>
    public bool IsNonContent(TextSpan span)
    {
        if (NonContent.Count == 0) return false;
        if (_nonContentSorted is null || _nonContentSorted.Length != NonContent.Count)
            _nonContentSorted = NonContent.OrderBy(n => n.Start).ThenBy(n => n.End).ToArray();
        var sorted = _nonContentSorted;
        // spans may nest: the longest end among spans starting at or before each index bounds the search
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].Start < span.End) lo = mid + 1; else hi = mid;
        }
        for (int i = lo - 1; i >= 0; i--)
        {
            if (sorted[i].Overlaps(span)) return true;
            if (i < lo - 64) break; // non-content spans (credits, captions) never nest deeper than this
        }
        return false;
    }

    /// <summary>
    /// Indexes into <see cref="RolePhrases"/>, in ascending order, of the phrases whose start lies in
    /// [<paramref name="from"/>, <paramref name="to"/>]: a binary search over the phrases sorted by start, so that a
    /// component asking at every trigger or word stays linear in the document's length (a scan of every phrase there made
    /// long articles quadratic). List order is kept, so a caller taking the first match gets what a scan would give.
    /// </summary>
    public List<int> RolePhrasesStartingIn(int from, int to)
    {
        var sorted = RolePhrasesByStart();
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (RolePhrases[sorted[mid]].Span.Start < from) lo = mid + 1; else hi = mid;
        }
        var found = new List<int>();
        for (int i = lo; i < sorted.Length && RolePhrases[sorted[i]].Span.Start <= to; i++) found.Add(sorted[i]);
        found.Sort();
        return found;
    }

    private int[]? _rolePhrasesByStart;
    private int _longestRolePhrase;

    /// <summary>The length of the longest role phrase: how far before a word a phrase containing it may start.</summary>
    public int LongestRolePhrase
    {
        get
        {
            RolePhrasesByStart();
            return _longestRolePhrase;
        }
    }

    /// <summary>Indexes of <see cref="RolePhrases"/> sorted by start (then list order), built when the layer changed.</summary>
    private int[] RolePhrasesByStart()
    {
        if (_rolePhrasesByStart is null || _rolePhrasesByStart.Length != RolePhrases.Count)
        {
            var order = new int[RolePhrases.Count];
            for (int i = 0; i < order.Length; i++) order[i] = i;
            Array.Sort(order, (a, b) => RolePhrases[a].Span.Start != RolePhrases[b].Span.Start ? RolePhrases[a].Span.Start.CompareTo(RolePhrases[b].Span.Start) : a.CompareTo(b));
            _rolePhrasesByStart = order;
            _longestRolePhrase = RolePhrases.Count == 0 ? 0 : RolePhrases.Max(rp => rp.Span.Length);
        }
        return _rolePhrasesByStart;
    }
    private TextSpan[]? _nonContentSorted;
    private int _maxEntityLength = -1, _maxEntityLengthCount = -1;

    private int _datesIndexed = -1;
    private bool _datesSorted;
    private int _longestDate;

    /// <summary>True when <see cref="Dates"/> is sorted by start (checked once each time the layer's size changes): a scan of the
    /// dates may then stop at the first date past the range it looks at.</summary>
    public bool DatesSortedByStart
    {
        get
        {
            IndexDates();
            return _datesSorted;
        }
    }

    /// <summary>
    /// Where a scan of <see cref="Dates"/> that skips every date starting before <paramref name="offset"/> may begin: every date
    /// before the index returned starts before <paramref name="offset"/> (a binary search when the layer is sorted by start,
    /// else 0, the whole layer). Components that look for the dates near every trigger or claim start there, so that a long
    /// article is not scanned from its first date each time (that made their time grow with the square of its length).
    /// </summary>
    public int FirstDateFrom(int offset)
    {
        IndexDates();
        if (!_datesSorted) return 0;
        int lo = 0, hi = Dates.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Dates[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Where a scan of <see cref="Dates"/> that skips every date ending before <paramref name="offset"/> may begin: every
    /// date before the index returned ends before <paramref name="offset"/> (0 when the layer is not sorted by start).</summary>
    public int FirstDateReaching(int offset)
    {
        IndexDates();
        // a date starting more than the longest date's length before the offset ends before it
        return _datesSorted ? FirstDateFrom((int)Math.Max(int.MinValue, (long)offset - _longestDate)) : 0;
    }

    private void IndexDates()
    {
        if (_datesIndexed == Dates.Count) return;
        bool sorted = true;
        int longest = 0;
        for (int i = 0; i < Dates.Count; i++)
        {
            if (i > 0 && Dates[i].Span.Start < Dates[i - 1].Span.Start) sorted = false;
            longest = Math.Max(longest, Dates[i].Span.Length);
        }
        _datesSorted = sorted;
        _longestDate = longest;
        _datesIndexed = Dates.Count;
    }

    /// <summary>Index of the first entity mention starting at or after <paramref name="offset"/> (mentions are in text order).</summary>
    public int FirstEntityAtOrAfter(int offset)
    {
        int lo = 0, hi = Entities.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Entities[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>True when some entity mention contains <paramref name="span"/>; looks back only as far as the longest
    /// mention, so the cost does not grow with the document.</summary>
    public bool IsInsideEntity(TextSpan span)
    {
        if (_maxEntityLengthCount != Entities.Count)
        {
            _maxEntityLength = 0;
            foreach (var e in Entities) _maxEntityLength = Math.Max(_maxEntityLength, e.Span.Length);
            _maxEntityLengthCount = Entities.Count;
        }
        for (int k = FirstEntityAtOrAfter(span.Start + 1) - 1; k >= 0 && Entities[k].Span.Start >= span.Start - _maxEntityLength; k--)
            if (Entities[k].Span.Contains(span)) return true;
        return false;
    }

    /// <summary>Indexes of entity mentions whose span lies within <paramref name="span"/>.</summary>
    public IEnumerable<int> EntityIndexesWithin(TextSpan span)
    {
        // mentions are in text order: start at the first one that can begin inside the span
        int lo = 0, hi = Entities.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Entities[mid].Span.Start < span.Start) lo = mid + 1; else hi = mid;
        }
        for (int i = lo; i < Entities.Count && Entities[i].Span.Start < span.End; i++)
            if (span.Contains(Entities[i].Span)) yield return i;
    }
}
