using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// Echoes: an outlet that gives a statement in a shape the extractor does not read as a claim — a quotation whose speaker is
/// named in the next sentence ("« … ». Au micro de …, la ministre a résumé ainsi sa ligne"), a quotation continued by the
/// reporter's words with no reporting verb ("pour le patron du syndicat, la réforme reste « un malus déguisé » qui pénalise
/// …"), a translation in brackets after a foreign post, a commitment told as a fact ("la France s'est engagée à garantir …").
/// Its sentence holds the words of a claim that another article attributes. After grouping, a claim of speaker S gains the
/// sentence (or a quotation of it) of article A that states it (<see cref="ClaimSimilarity.EchoScore"/>), when A names S (an
/// entity mention of A resolved to S, compared through <see cref="SpeakerNameKey"/>), A's date is in the window of the
/// rendering compared, A holds no rendering of the claim yet, and the sentence holds no claim mention with a resolved speaker
/// (A says who spoke it: that mention is grouped on its own) nor a rendering placed before. Each claim gains at most one
/// sentence per article and each sentence joins at most one claim, the strongest evidence first (ties: the claim met first,
/// the article, the offset). The claim's key, author, text and date stay its attributed renderings'.
/// <para>Cost: the articles naming the speaker are read only within a speaker block, their sentences only when they share
/// two words with the block's renderings; sentence boundaries come from the tokenizer and are kept per article (spans only).</para>
/// </summary>
public sealed partial class ClaimGrouper
{
    /// <summary>Distinct words (folded, four letters or more, stop words aside) a sentence shares with a speaker's renderings
    /// before its wording is made.</summary>
    private const int MinEchoPrefilterWords = 2;

    private sealed class Echoes
    {
        private readonly record struct Candidate(TextSpan Span, ClaimWording Wording, bool Direct, TextSpan Sentence);

        private readonly record struct Hit(double Score, Group Group, int Doc, Candidate Candidate);

        private readonly IReadOnlyList<AnalyzedDocument> _docs;
        private readonly ClaimFingerprint _fingerprint;
        private readonly SpeakerNameKey _names;
        private readonly SpeechVerbLexicon? _verbs;
        // name key of a person or organization → positions (in _docs) of the articles that name it, ascending
        private readonly Dictionary<string, List<int>> _docsNaming = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _nameKeys = new(StringComparer.Ordinal);
        // per article: its claim mentions with a resolved speaker (the whole construction, the content, the speaker's name key)
        private readonly List<(TextSpan Span, TextSpan Content, string NameKey)>?[] _attributed;
        // per article: its sentences, made when first needed
        private readonly TextSpan[]?[] _sentences;
        // per block: the candidates of each article read, and the words of the block's renderings
        private readonly Dictionary<int, List<Candidate>> _candidates = new();
        private readonly HashSet<string> _blockWords = new(StringComparer.Ordinal);
        private readonly HashSet<string> _blockSpeakers = new(StringComparer.Ordinal);
        private readonly List<Hit> _hits = new();
        // the speakers' name keys of each group offered, and the groups of one article whose renderings are all in another language
        private readonly Dictionary<Group, HashSet<string>> _speakersOf = new(ReferenceEqualityComparer.Instance);
        private readonly List<(Group Group, string Article)> _loneForeign = new();

        /// <param name="verbs">Reporting verbs; without them only a sentence with a quotation is read.</param>
        public Echoes(CorpusContext corpus, ClaimFingerprint fingerprint, SpeakerNameKey names, SpeechVerbLexicon? verbs)
        {
            _verbs = verbs;
            _docs = corpus.Documents;
            _fingerprint = fingerprint;
            _names = names;
            _attributed = new List<(TextSpan, TextSpan, string)>?[_docs.Count];
            _sentences = new TextSpan[]?[_docs.Count];
            for (int i = 0; i < _docs.Count; i++)
            {
                var doc = _docs[i];
                for (int k = 0; k < doc.Entities.Count; k++)
                {
                    if (doc.Entities[k].Kind is not (EntityKind.Person or EntityKind.Organization)) continue;
                    if (corpus.EntityKeyOf(doc.Index, k) is not { } key) continue;
                    var list = DocsNaming(NameKey(key), create: true)!;
                    if (list.Count == 0 || list[^1] != i) list.Add(i);
                }
                foreach (var m in doc.Claims)
                    if (m.SpeakerMentionIndex is { } s && KeyOf(corpus, doc, s) is { } speaker)
                        (_attributed[i] ??= new List<(TextSpan, TextSpan, string)>()).Add((m.Span, m.Content, NameKey(speaker)));
            }
        }

        private string NameKey(string key)
        {
            if (!_nameKeys.TryGetValue(key, out var nameKey)) _nameKeys[key] = nameKey = _names.Of(key);
            return nameKey;
        }

        private List<int>? DocsNaming(string nameKey, bool create)
        {
            if (_docsNaming.TryGetValue(nameKey, out var list)) return list;
            if (!create) return null;
            return _docsNaming[nameKey] = new List<int>();
        }

        /// <summary>Starts a speaker block: forgets the last block's candidates and keeps the words of this one's renderings.</summary>
        public void BeginBlock(List<Item> items)
        {
            _candidates.Clear();
            _blockWords.Clear();
            _blockSpeakers.Clear();
            foreach (var item in items) _blockSpeakers.Add(NameKey(item.SpeakerKey));
            foreach (var item in items)
                foreach (var w in item.Wordings)
                    foreach (var word in w.FoldedWords.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        if (word.Length >= 4 && !_fingerprint.IsStopWord(word)) _blockWords.Add(word);
        }

        /// <summary>Finds, in each article naming the group's speaker and holding none of its renderings, the sentence that
        /// states the group's claim best, if any.</summary>
        public void Offer(Group group, List<Item> renderings)
        {
            var speakers = renderings.Select(r => NameKey(r.SpeakerKey)).ToHashSet(StringComparer.Ordinal);
            _speakersOf[group] = speakers;
            if (renderings.All(r => r.Wording.Foreign && r.Original is null && r.Doc.Id == renderings[0].Doc.Id))
                _loneForeign.Add((group, renderings[0].Doc.Id));
            var full = renderings.Where(r => !IsFragment(r)).ToList();
            if (full.Count == 0) return;
            var articles = renderings.Select(r => r.Doc.Id).ToHashSet(StringComparer.Ordinal);
            var docs = new SortedSet<int>();
            foreach (var key in renderings.Select(r => r.SpeakerKey).Distinct(StringComparer.Ordinal))
                if (DocsNaming(NameKey(key), create: false) is { } list) docs.UnionWith(list);
            foreach (int d in docs)
            {
                var doc = _docs[d];
                if (articles.Contains(doc.Id)) continue;
                var compared = full.Where(r => DatesCompatible(r.Mention.Date, doc.Article.Date)).ToList();
                if (compared.Count == 0) continue;
                Hit? best = null;
                foreach (var c in CandidatesOf(d))
                {
                    double score = 0;
                    foreach (var r in compared)
                        foreach (var w in r.Wordings)
                            score = Math.Max(score, ClaimSimilarity.EchoScore(w, c.Wording));
                    // ties: a quotation before the sentence holding it (the speaker's words without the reporter's), then text order
                    if (score > 0 && (best is null || score > best.Value.Score || score == best.Value.Score && c.Direct && !best.Value.Candidate.Direct))
                        best = new Hit(score, group, d, c);
                }
                if (best is { } hit) _hits.Add(hit);
            }
        }

        /// <summary>The article's sentences and quotations that hold no attributed claim mention and share words with the block.</summary>
        private List<Candidate> CandidatesOf(int d)
        {
            if (_candidates.TryGetValue(d, out var found)) return found;
            found = new List<Candidate>();
            var doc = _docs[d];
            var attributed = _attributed[d];
            // the words of another speaker's claim mention, or of its construction ("X a résumé ainsi : …"), are that speaker's;
            // around a mention of the block's own speaker only its content is taken ("« … » Au micro de Y, la ministre a résumé
            // ainsi la ligne qu'elle …": the quotation is hers whatever the extractor made of the sentence after it)
            bool Free(TextSpan span) => attributed is null
                || !attributed.Any(a => a.Content.Overlaps(span) || a.Span.Overlaps(span) && !_blockSpeakers.Contains(a.NameKey));
            foreach (var sentence in SentencesOf(d))
            {
                string text = doc.TextOf(sentence);
                if (!SharesBlockWords(text) || IsHeading(doc, sentence)) continue;
                var quotes = QuotationFinder.Find(text);
                // a sentence reports speech through quotation marks or a reporting verb; without either it is the reporter's
                // own account ("le prochain sommet se tiendra en février à Freetown"), however close its words
                if (Free(sentence) && (quotes.Count > 0 || ReportsSpeech(text)))
                    found.Add(new Candidate(sentence, _fingerprint.Analyze(text), Direct: false, sentence));
                foreach (var q in quotes)
                {
                    var inner = new TextSpan(sentence.Start + q.Inner.Start, sentence.Start + q.Inner.End);
                    if (!Free(inner)) continue;
                    string quoted = text.Substring(q.Inner.Start, q.Inner.Length);
                    if (ClaimFingerprint.Words(FrenchText.Fold(quoted)).Take(ClaimFingerprint.MinExcerptWords).Count() < ClaimFingerprint.MinExcerptWords) continue;
                    found.Add(new Candidate(inner, _fingerprint.Analyze(quoted), Direct: true, sentence));
                }
            }
            _candidates[d] = found;
            return found;
        }

        /// <summary>A reporting verb of the lexicon (one that reports speech only after a quotation aside: "lancer une offensive").</summary>
        private bool ReportsSpeech(string text)
        {
            if (_verbs is null) return false;
            foreach (var m in _verbs.FindAll(text, WordScanner.Scan(text, new TextSpan(0, text.Length))))
                if (!m.PostOnly) return true;
            return false;
        }

        /// <summary>The sentence is a whole line that does not end like a sentence: a headline or a crosshead, the desk's
        /// summary of the story rather than an outlet's rendering of the statement.</summary>
        private static bool IsHeading(AnalyzedDocument doc, TextSpan sentence)
        {
            var body = doc.Body;
            int end = sentence.End;
            while (end > sentence.Start && body[end - 1] is '»' or '"' or '”' or ')' or ' ' or '\u00A0') end--;
            if (end > sentence.Start && body[end - 1] is '.' or '!' or '?' or '…') return false;
            int before = sentence.Start - 1;
            while (before >= 0 && body[before] is ' ' or '\t' or '\u00A0') before--;
            int after = sentence.End;
            while (after < body.Length && body[after] is ' ' or '\t' or '\u00A0') after++;
            return (before < 0 || body[before] is '\n' or '\r') && (after >= body.Length || body[after] is '\n' or '\r');
        }

        private bool SharesBlockWords(string text)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in ClaimFingerprint.Words(FrenchText.Fold(text)))
                if (_blockWords.Contains(word) && seen.Add(word) && seen.Count >= MinEchoPrefilterWords) return true;
            return false;
        }

        private TextSpan[] SentencesOf(int d)
        {
            if (_sentences[d] is { } kept) return kept;
            string text = _docs[d].Text;
            var spans = new List<TextSpan>();
            SentenceSplitter.Split(text, FrenchTokenizer.Tokenize(text), spans);
            return _sentences[d] = spans.ToArray();
        }

        /// <summary>Adds the echoes to their claims, strongest first, where the article holds no rendering of the claim and the
        /// sentence no rendering of any claim yet; returns the claims absorbed on the way (see <see cref="AbsorbTranslated"/>).</summary>
        public HashSet<Group> Place(List<Group> groups)
        {
            var absorbed = new HashSet<Group>(ReferenceEqualityComparer.Instance);
            if (_hits.Count == 0) return absorbed;
            var used = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
            foreach (var g in groups)
                foreach (var a in g.Appearances)
                {
                    if (!used.TryGetValue(a.ArticleId, out var spans)) used[a.ArticleId] = spans = new List<TextSpan>();
                    spans.Add(a.Span);
                }
            _hits.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score)
                : x.Group.FirstIndex != y.Group.FirstIndex ? x.Group.FirstIndex.CompareTo(y.Group.FirstIndex)
                : x.Doc != y.Doc ? x.Doc.CompareTo(y.Doc) : x.Candidate.Span.Start.CompareTo(y.Candidate.Span.Start));
            foreach (var (_, group, d, c) in _hits)
            {
                var doc = _docs[d];
                if (absorbed.Contains(group) || group.Appearances.Any(a => a.ArticleId == doc.Id)) continue;
                if (!used.TryGetValue(doc.Id, out var spans)) used[doc.Id] = spans = new List<TextSpan>();
                if (spans.Any(s => s.Overlaps(c.Span))) continue;
                spans.Add(c.Span);
                Insert(group.Appearances, ClaimAppearance.InText(doc.Id, c.Span, doc.Body, c.Direct, null, null, null));
                AbsorbTranslated(group, doc.Id, c.Sentence, absorbed);
            }
            return absorbed;
        }

        /// <summary>
        /// "« Kenya is nobody's backyard », a déclaré Mutua en anglais, ce que l'on peut traduire par « le Kenya n'est l'arrière-cour
        /// de personne »": the echo is the outlet's translation of the foreign quotation beside it. A claim of the same speaker
        /// whose renderings are all in another language and all in that sentence of that one article is the same statement: it
        /// joins the echo's claim. Two statements of one speaker in one sentence are not both foreign with one translated.
        /// </summary>
        private void AbsorbTranslated(Group group, string article, TextSpan sentence, HashSet<Group> absorbed)
        {
            var speakers = _speakersOf[group];
            foreach (var (other, otherArticle) in _loneForeign)
            {
                if (otherArticle != article || ReferenceEquals(other, group) || absorbed.Contains(other)) continue;
                if (!_speakersOf[other].Overlaps(speakers) || !other.Appearances.All(a => sentence.Contains(a.Span))) continue;
                foreach (var a in other.Appearances) Insert(group.Appearances, a);
                absorbed.Add(other);
            }
        }
    }

    /// <summary>Inserts an appearance in article and offset order.</summary>
    private static void Insert(List<ClaimAppearance> appearances, ClaimAppearance appearance)
    {
        int at = appearances.FindIndex(a =>
            string.CompareOrdinal(a.ArticleId, appearance.ArticleId) > 0 || a.ArticleId == appearance.ArticleId && a.Span.Start > appearance.Span.Start);
        appearances.Insert(at < 0 ? appearances.Count : at, appearance);
    }
}
