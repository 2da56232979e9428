using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

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
public sealed class ClaimExtractor : IDocumentComponent
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    { "a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront", "est", "sont", "était", "va", "vont" };

    private static readonly HashSet<string> SkippableBeforeVerb = new(StringComparer.Ordinal)
    { "a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront", "n'a", "n'ont", "ne", "pas", "également", "aussi", "encore", "déjà", "ensuite", "alors", "toutefois", "cependant", "pourtant", "lui", "leur", "y", "en", "plus", "tard", "tôt" };

    private static readonly HashSet<string> BetweenQuoteAndVerb = new(StringComparer.Ordinal)
    { "a", "ont", "avait", "avaient", "aurait", "auraient", "également", "aussi", "encore", "ensuite", "alors", "enfin", "pour", "sa", "son", "leur", "part", "lui", "leur", "y", "déjà", "plus", "tard",
      // reflexive reporting verbs: "…", s'est félicitée X / se sont indignés Y
      "s'est", "se", "sont", "s'était" };

    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.Ordinal) { "il", "elle", "ils", "elles" };

    private readonly SpeechVerbLexicon _verbs;
    private readonly HashSet<string> _sourceCues;
    private readonly string[] _viaCues;
    private readonly HashSet<string> _institutionHeads = new(StringComparer.Ordinal);
    /// <summary>Head nouns of a group that is no single speaker ("L'opposition a dénoncé"): speech-cues.tsv kind "collective".</summary>
    private readonly HashSet<string> _collectiveHeads = new(StringComparer.Ordinal);
    private readonly Entities.GazetteerSet? _gazetteers;

    public ClaimExtractor(ExtractionResources resources)
        : this(SpeechVerbLexicon.FromRows(resources.Table("speech-verbs.tsv")), resources.Table("speech-cues.tsv"))
    {
        foreach (var row in resources.Table("org-cues-fr.tsv"))
            if (row.Length >= 2 && row[1] == "head") _institutionHeads.Add(FrenchText.Lower(row[0]));
        _gazetteers = resources.Gazetteers;
    }

    public ClaimExtractor(SpeechVerbLexicon verbs, IEnumerable<string[]> cueRows)
    {
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
        }
        _viaCues = via.ToArray();
    }

    public SpeechVerbLexicon Verbs => _verbs;

    public string Name => "claims";

    public void Process(AnalyzedDocument doc, CancellationToken ct) => doc.Claims.AddRange(Extract(doc, ct));

    private enum SpeakerRule { Before, After, Pronoun, Source, Continuation, SameSentenceSpeaker, AfterOrAnaphoric, InciseAfter, ColonSubject, Latest }

    private sealed class Candidate
    {
        public required TextSpan Span;
        public required TextSpan Content;
        public bool Direct;
        public SpeechVerbMatch? Verb;
        public SpeakerRule Rule;
        public int RuleFrom;
        public int RuleTo;
        public TextSpan? SpeakerSpan;
        public int? Speaker;
        public string? Pronoun;
        public int Sentence;
    }

    public List<ClaimMention> Extract(AnalyzedDocument doc, CancellationToken ct = default)
    {
        string text = doc.Text;
        var words = WordScanner.Scan(text, new TextSpan(0, text.Length));
        var quotes = QuotationFinder.Find(text).Where(q => !doc.IsNonContent(q.Outer)).ToList();
        var finder = new SpeakerFinder(doc, quotes, _gazetteers);
        var verbs = _verbs.FindAll(text, words).Where(v => !doc.IsNonContent(v.Span)).ToList();
        var candidates = new List<Candidate>();

        ct.ThrowIfCancellationRequested();
        AddReportedSpeech(doc, words, verbs, finder, candidates);
        AddSourceCues(doc, words, finder, candidates);
        AddTrailingIncises(doc, words, verbs, finder, candidates);
        AddDirectQuotes(doc, words, quotes, verbs, finder, candidates);

        candidates.Sort((a, b) => a.Content.Start != b.Content.Start ? a.Content.Start.CompareTo(b.Content.Start) : b.Content.End.CompareTo(a.Content.End));
        var kept = new List<Candidate>();
        foreach (var c in candidates)
        {
            // a quotation inside a reported clause or a "selon" clause is part of that claim
            if (kept.Any(k => k.Content.Contains(c.Content) && !k.Direct)) continue;
            if (kept.Any(k => k.Content.Overlaps(c.Content) && k.Direct == c.Direct)) continue;
            kept.Add(c);
        }
        kept.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Content.Start.CompareTo(b.Content.Start));

        ResolveSpeakers(doc, finder, kept);

        var result = new List<ClaimMention>(kept.Count);
        foreach (var c in kept)
        {
            var content = TrimContent(text, c.Content);
            if (content.Length == 0) continue;
            int? via = FindVia(doc, words, finder, c);
            result.Add(new ClaimMention(c.Span, content, c.Direct, c.Verb?.Lemma, c.Verb?.Span, c.Speaker, c.SpeakerSpan, via, DateOf(doc, c)));
        }
        return result;
    }

    private void AddReportedSpeech(AnalyzedDocument doc, List<TextSpan> words, List<SpeechVerbMatch> verbs, SpeakerFinder finder, List<Candidate> candidates)
    {
        string text = doc.Text;
        foreach (var v in verbs)
        {
            if (finder.InsideQuote(v.Span)) continue;
            int after = v.FirstWord + v.WordCount;
            int queWord = -1;
            for (int j = after; j < words.Count && j < after + 6; j++)
            {
                if (!OnlySpaces(text, words[j - 1].End, words[j].Start)) break;
                string w = FrenchText.Lower(words[j].Of(text));
                if (w == "que" || w.StartsWith("qu'", StringComparison.Ordinal)) { queWord = j; break; }
                // "a plaidé pour que…": the purpose "que" still reports
                if (w is "pour" && j + 1 < words.Count && FrenchText.Lower(words[j + 1].Of(text)) is "que" or "qu'") continue;
                if (w is "de" or "pour" or "et" or "ce") break;
            }
            if (queWord < 0)
            {
                AddObjectClaim(doc, words, v, after, candidates);
                continue;
            }
            int si = doc.SentenceIndexAt(v.Span.Start);
            if (si < 0) continue;
            var sentence = doc.Sentences[si];
            var qw = words[queWord];
            string qword = FrenchText.Lower(qw.Of(text));
            int contentStart = qword == "que" ? qw.End : qw.Start + 3;
            var content = new TextSpan(contentStart, EndOfReportedClause(text, contentStart, sentence.End));
            content = new TextSpan(content.Start, EndBeforeCoordinatedVerb(text, words, verbs, finder, content));
            if (content.Length < 8) continue;
            var c = new Candidate { Span = new TextSpan(Math.Min(sentence.Start, v.Span.Start), sentence.End), Content = content, Direct = false, Verb = v, Sentence = si };
            SetVerbSubjectRule(doc, words, v, sentence, c);
            // "X a admis que …, et a indiqué qu'elle …": the second verb shares the first one's subject
            if (IsCoordinated(text, words, v)) { c.Rule = SpeakerRule.SameSentenceSpeaker; c.RuleFrom = sentence.Start; c.RuleTo = v.Span.Start; }
            candidates.Add(c);
        }
    }

    /// <summary>"…que X serait Y et a plaidé pour Z": a second speech verb coordinated with "et" ends the first claim.</summary>
    private static int EndBeforeCoordinatedVerb(string text, List<TextSpan> words, List<SpeechVerbMatch> verbs, SpeakerFinder finder, TextSpan content)
    {
        foreach (var v2 in verbs)
        {
            if (v2.Span.Start <= content.Start || v2.Span.Start >= content.End || finder.InsideQuote(v2.Span)) continue;
            if (CoordinatorIndex(text, words, v2) is var et and >= 0) return words[et].Start;
        }
        return content.End;
    }

    /// <summary>The verb follows "et" ("et a plaidé"): it shares the subject of the verb before.</summary>
    private static bool IsCoordinated(string text, List<TextSpan> words, SpeechVerbMatch v) => CoordinatorIndex(text, words, v) >= 0;

    /// <summary>The index of the "et" before the verb (and its auxiliary), or -1.</summary>
    private static int CoordinatorIndex(string text, List<TextSpan> words, SpeechVerbMatch v)
    {
        if (v.InvertedPronoun is not null) return -1;
        int j = v.FirstWord - 1;
        if (j >= 0 && FrenchText.Lower(words[j].Of(text)) is "a" or "ont" or "avait" or "avaient") j--;
        return j >= 0 && FrenchText.Lower(words[j].Of(text)) == "et" ? j : -1;
    }

    private static readonly HashSet<string> ObjectClaimVerbs = new(StringComparer.Ordinal) { "réclamer", "exiger", "plaider", "accuser" };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "un", "une", "la", "le", "les", "des", "du", "l'", "l’" };

    /// <summary>
    /// "X a réclamé la tenue d'un comité…", "X a plaidé pour une ratification rapide…": a demand stated as a noun
    /// phrase is the claim, up to the end of its clause.
    /// </summary>
    private void AddObjectClaim(AnalyzedDocument doc, List<TextSpan> words, SpeechVerbMatch v, int after, List<Candidate> candidates)
    {
        string text = doc.Text;
        if (!ObjectClaimVerbs.Contains(v.Lemma) || v.InvertedPronoun is not null || after >= words.Count) return;
        // "pour réclamer un plan", "doit exiger": an infinitive states a purpose or an obligation, not what someone said
        if (FrenchText.Lower(words[v.FirstWord].Of(text)) == v.Lemma) return;
        // "X aurait exigé le report": a conditional reports someone else's account, not X's statement
        if (v.FirstWord > 0 && FrenchText.Lower(words[v.FirstWord - 1].Of(text)) is "aurait" or "auraient") return;
        if (words[v.FirstWord].Of(text).StartsWith("aur", StringComparison.Ordinal)) return;
        int j = after;
        if (v.Lemma == "plaider")
        {
            if (FrenchText.Lower(words[j].Of(text)) != "pour" || j + 1 >= words.Count) return;
            j++;
        }
        if (!OnlySpaces(text, words[j - 1].End, words[j].Start)) return;
        string det = FrenchText.Lower(words[j].Of(text));
        // "a accusé Nairobi de …", "a accusé le gouvernement d'avoir …": whom, then of what
        bool accusation = v.Lemma == "accuser";
        if (accusation ? !(char.IsUpper(text[words[j].Start]) || Determiners.Contains(det)) || !AccusationFollows(text, words, j)
            : !Determiners.Contains(det) && !det.StartsWith("l'", StringComparison.Ordinal) && !det.StartsWith("l’", StringComparison.Ordinal)) return;
        int si = doc.SentenceIndexAt(v.Span.Start);
        if (si < 0) return;
        var sentence = doc.Sentences[si];
        int end = EndOfReportedClause(text, words[j].Start, sentence.End);
        // "…, selon son porte-parole": the source phrase after a comma is no part of what was said
        int selon = text.IndexOf(", selon ", words[j].Start, Math.Max(0, end - words[j].Start), StringComparison.OrdinalIgnoreCase);
        if (selon >= 0) end = selon;
        var content = new TextSpan(words[j].Start, end);
        if (CountWordsBetween(words, content.Start, content.End) < 3) return;
        var c = new Candidate { Span = new TextSpan(Math.Min(sentence.Start, v.Span.Start), sentence.End), Content = content, Direct = false, Verb = v, Sentence = si };
        SetVerbSubjectRule(doc, words, v, sentence, c);
        if (IsCoordinated(text, words, v)) { c.Rule = SpeakerRule.SameSentenceSpeaker; c.RuleFrom = sentence.Start; c.RuleTo = v.Span.Start; }
        candidates.Add(c);
    }

    /// <summary>
    /// "Les deux dirigeants ont évoqué X, a-t-il déclaré." / "Le retour est 'irréaliste', a déclaré X.": a clause
    /// followed by a comma and an inverted reporting verb is reported speech of that verb's subject.
    /// </summary>
    private void AddTrailingIncises(AnalyzedDocument doc, List<TextSpan> words, List<SpeechVerbMatch> verbs, SpeakerFinder finder, List<Candidate> candidates)
    {
        string text = doc.Text;
        foreach (var v in verbs)
        {
            if (finder.InsideQuote(v.Span)) continue;
            int start = v.Span.Start;
            if (v.InvertedPronoun is null)
            {
                if (v.FirstWord == 0 || !Auxiliaries.Contains(FrenchText.Lower(words[v.FirstWord - 1].Of(text)))) continue;
                start = words[v.FirstWord - 1].Start;
            }
            int comma = start - 1;
            while (comma >= 0 && char.IsWhiteSpace(text[comma])) comma--;
            if (comma < 0 || text[comma] != ',') continue;
            int si = doc.SentenceIndexAt(v.Span.Start);
            if (si < 0) continue;
            var sentence = doc.Sentences[si];
            // the subject must follow the verb (inversion); "X, a déclaré que…" is a subject apposition
            bool followedByQue = false;
            for (int j = v.FirstWord + v.WordCount; j < words.Count && j < v.FirstWord + v.WordCount + 6 && words[j].Start < sentence.End; j++)
            {
                string w = FrenchText.Lower(words[j].Of(text));
                if (w == "que" || w.StartsWith("qu'", StringComparison.Ordinal)) { followedByQue = true; break; }
            }
            if (followedByQue) continue;
            int clauseEnd = ClauseEnd(text, v.Span.End, sentence.End);
            if (v.InvertedPronoun is null && finder.SubjectAfter(v.Span.End, clauseEnd) is null && !StartsWithDefiniteArticle(text, v.Span.End)) continue;
            // an incise closes its sentence: a short tail, no quotation after it ("X, a appelé Y à "…"" is not one)
            if (clauseEnd < sentence.End && text[clauseEnd] != '.' || CountWordsBetween(words, v.Span.End, sentence.End) > 12) continue;
            // "Le ministre …, X, a déclaré": the clause before the comma ends with a subject in apposition
            if (EndsWithApposedName(doc, comma)) continue;
            // a quotation right before the comma is handled as a direct quote
            int q = comma - 1;
            while (q >= 0 && char.IsWhiteSpace(text[q])) q--;
            if (q >= 0 && text[q] is '»' or '"' or '”' or '\'' or '’') continue;
            var content = new TextSpan(sentence.Start, comma);
            if (CountWordsBetween(words, content.Start, content.End) < 4) continue;
            var c = new Candidate { Span = new TextSpan(sentence.Start, clauseEnd), Content = content, Direct = false, Verb = v, Sentence = si };
            if (v.InvertedPronoun is not null) { c.Rule = SpeakerRule.Pronoun; c.RuleFrom = v.Span.Start; c.SpeakerSpan = v.Span; }
            else { c.Rule = SpeakerRule.AfterOrAnaphoric; c.RuleFrom = v.Span.End; c.RuleTo = clauseEnd; }
            candidates.Add(c);
        }
    }

    private static bool EndsWithApposedName(AnalyzedDocument doc, int comma)
    {
        // the first person mention (in text order) ending just before the comma; mentions are never very long
        for (int k = FirstMentionAtOrAfter(doc, comma - 400); k < doc.Entities.Count; k++)
        {
            var m = doc.Entities[k];
            if (m.Span.Start >= comma) break;
            if (m.Kind != EntityKind.Person || !OnlySpaces(doc.Text, m.Span.End, comma)) continue;
            int p = m.Span.Start - 1;
            while (p >= 0 && char.IsWhiteSpace(doc.Text[p])) p--;
            return p >= 0 && doc.Text[p] == ',';
        }
        return false;
    }

    /// <summary>How to find the subject of a verb: inverted pronoun, pronoun before it, gerund, or the nearest mention before it.</summary>
    private void SetVerbSubjectRule(AnalyzedDocument doc, List<TextSpan> words, SpeechVerbMatch v, TextSpan sentence, Candidate c)
    {
        string text = doc.Text;
        if (v.InvertedPronoun is not null)
        {
            c.Rule = SpeakerRule.Pronoun; c.RuleFrom = v.Span.Start; c.SpeakerSpan = v.Span;
            return;
        }
        if (words[v.FirstWord].Of(text).EndsWith("ant", StringComparison.Ordinal))
        {
            c.Rule = SpeakerRule.SameSentenceSpeaker; c.RuleFrom = sentence.Start; c.RuleTo = v.Span.Start;
            return;
        }
        for (int j = v.FirstWord - 1; j >= 0 && j >= v.FirstWord - 4 && words[j].Start >= sentence.Start; j--)
        {
            string w = FrenchText.Lower(words[j].Of(text));
            if (SubjectPronouns.Contains(w)) { c.Rule = SpeakerRule.Pronoun; c.RuleFrom = words[j].Start; c.SpeakerSpan = words[j]; c.Pronoun = w; return; }
            // "Cette dernière a affirmé", "ce dernier a estimé": the person named last before, of that gender
            if (w is "dernier" or "dernière" && j > 0 && FrenchText.Lower(words[j - 1].Of(text)) is "ce" or "cette" && words[j - 1].Start >= sentence.Start)
            {
                c.Rule = SpeakerRule.Latest; c.RuleFrom = words[j - 1].Start; c.SpeakerSpan = new TextSpan(words[j - 1].Start, words[j].End); c.Pronoun = w == "dernier" ? "il" : "elle";
                return;
            }
            if (!SkippableBeforeVerb.Contains(w)) break;
        }
        c.Rule = SpeakerRule.Before; c.RuleFrom = sentence.Start; c.RuleTo = v.Span.Start;
    }

    private void AddSourceCues(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, List<Candidate> candidates)
    {
        string text = doc.Text;
        for (int i = 0; i < words.Count; i++)
        {
            string w = FrenchText.Lower(words[i].Of(text));
            // "Pour X, « … »": opening a sentence and followed by a quotation, "pour" names whose view it is
            bool pourCue = w == "pour" && !_sourceCues.Contains(w) && (IsPourQuote(doc, words, i) || IsPourPerson(doc, words, i, finder));
            if (!_sourceCues.Contains(w) && !pourCue || finder.InsideQuote(words[i]) || doc.IsNonContent(words[i])) continue;
            int si = doc.SentenceIndexAt(words[i].Start);
            if (si < 0) continue;
            var sentence = doc.Sentences[si];
            if (i + 1 < words.Count && FrenchText.Lower(words[i + 1].Of(text)) is "lui" or "elle" && CountWordsBetween(words, sentence.Start, words[i].Start) == 0)
            {
                // "Selon lui, …": the clause after the comma is the claim of the person the pronoun stands for
                int comma = words[i + 1].End;
                while (comma < sentence.End && char.IsWhiteSpace(text[comma])) comma++;
                if (comma < sentence.End && text[comma] == ',' && sentence.End - comma > 10)
                {
                    string pronoun = FrenchText.Lower(words[i + 1].Of(text)) == "lui" ? "il" : "elle";
                    candidates.Add(new Candidate
                    {
                        Span = sentence, Content = new TextSpan(comma + 1, sentence.End), Direct = false, Verb = null, Sentence = si,
                        Rule = SpeakerRule.Pronoun, RuleFrom = words[i].Start, SpeakerSpan = words[i + 1], Pronoun = pronoun,
                    });
                }
                continue;
            }
            if (i + 1 < words.Count && FrenchText.Lower(words[i + 1].Of(text)) is "lui" or "elle" or "eux" or "elles" or "moi" or "nous") continue;
            // "(Traduit de l'allemand, d'après une dépêche de X)": an editor's note in brackets reports nobody's words
            if (text[sentence.Start] == '(') continue;
            int? source = finder.SourceAfter(words[i].End, sentence.End);
            if (source is null) continue;
            var m = doc.Entities[source.Value];
            // "Selon un document consulté par l'AFP": the agent of the passive only carried the document (a via), it did not say it
            if (IsPassiveAgent(text, words[i].End, m.Span.Start)) continue;
            TextSpan content;
            int before = CountWordsBetween(words, sentence.Start, words[i].Start);
            int p = words[i].Start - 1;
            while (p >= sentence.Start && char.IsWhiteSpace(text[p])) p--;
            if (before <= 2)
            {
                int start = EndOfSourcePhrase(doc, m.Span.End, sentence.End);
                if (start < 0) continue;
                content = new TextSpan(start, sentence.End);
            }
            else if (p >= sentence.Start && text[p] == ',')
            {
                content = new TextSpan(sentence.Start, p);
                // "Il lui a demandé, selon un communiqué de X, de …": a bare reporting clause before the cue is no statement
                if (CountWordsBetween(words, content.Start, content.End) <= 4) continue;
            }
            else continue;
            if (content.Length < 8) continue;
            candidates.Add(new Candidate
            {
                Span = sentence, Content = content, Direct = false, Verb = null, Sentence = si,
                Rule = SpeakerRule.Source, Speaker = source, SpeakerSpan = m.Span,
            });
        }
    }

    /// <summary>"consulté par l'AFP", "obtenu par Le Monde": the source phrase names the mention as the agent of a passive participle.</summary>
    private static bool IsPassiveAgent(string text, int cueEnd, int mentionStart)
    {
        var between = FrenchText.Lower(text.AsSpan(cueEnd, Math.Max(0, mentionStart - cueEnd))).TrimEnd();
        foreach (var article in new[] { "l'", "l’", "le", "la", "les" })
            if (between.EndsWith(" " + article, StringComparison.Ordinal) || between.EndsWith(" par " + article.TrimEnd(), StringComparison.Ordinal))
            { between = between[..^article.Length].TrimEnd(); break; }
        return between.EndsWith(" par", StringComparison.Ordinal);
    }

    /// <summary>"Pour Leïla Rostami, directrice de …, céder maintenant serait une faute.": a sentence opening with "Pour" and a
    /// person's name (or a title and a name) gives that person's view.</summary>
    private static bool IsPourPerson(AnalyzedDocument doc, List<TextSpan> words, int i, SpeakerFinder finder)
    {
        int si = doc.SentenceIndexAt(words[i].Start);
        if (si < 0 || doc.Sentences[si].Start != words[i].Start) return false;
        var sentence = doc.Sentences[si];
        if (finder.SourceAfter(words[i].End, sentence.End) is not { } source) return false;
        var m = doc.Entities[source];
        if (m.Kind != EntityKind.Person || m.Form != MentionForm.Name || m.Span.Start - words[i].End > 60) return false;
        int comma = doc.Text.IndexOf(',', m.Span.End, Math.Max(0, sentence.End - m.Span.End));
        if (comma < 0 || doc.Text.AsSpan(m.Span.End, comma - m.Span.End).Trim().Length > 0) return false;
        // a view, not a narrative ("Pour X, la journée a commencé tôt"): the person is introduced as an expert by an apposition
        // ("Pour X, directrice de …, …"), or the clause is an assessment in the conditional or with a modal
        int next = comma + 1;
        while (next < sentence.End && char.IsWhiteSpace(doc.Text[next])) next++;
        bool apposition = next < sentence.End && char.IsLower(doc.Text[next]) && doc.Text.IndexOf(',', next, Math.Max(0, Math.Min(sentence.End, next + 100) - next)) >= 0
            && !FrenchText.Lower(doc.Text.AsSpan(next, Math.Min(4, sentence.End - next))).StartsWith("la ") && !FrenchText.Lower(doc.Text.AsSpan(next, Math.Min(4, sentence.End - next))).StartsWith("le ");
        if (apposition) return true;
        foreach (var w in words)
        {
            if (w.Start < comma) continue;
            if (w.Start >= sentence.End) break;
            var lw = FrenchText.Lower(w.Of(doc.Text));
            if (lw.EndsWith("rait", StringComparison.Ordinal) || lw.EndsWith("raient", StringComparison.Ordinal) || lw is "faut" or "doit" or "doivent") return true;
        }
        return false;
    }

    private static bool IsPourQuote(AnalyzedDocument doc, List<TextSpan> words, int i)
    {
        string text = doc.Text;
        int si = doc.SentenceIndexAt(words[i].Start);
        if (si < 0 || doc.Sentences[si].Start != words[i].Start) return false;
        var sentence = doc.Sentences[si];
        // the first comma not inside an apposition ends "Pour X, qui …," and the quotation opens right after one
        for (int c = words[i].End; c < sentence.End - 1; c++)
        {
            if (text[c] != ',') continue;
            int n = c + 1;
            while (n < sentence.End && char.IsWhiteSpace(text[n])) n++;
            if (n < sentence.End && text[n] is '«' or '"' or '“') return true;
        }
        return false;
    }

    /// <summary>After "Selon X": the clause starts after the comma that closes X's noun phrase (appositions and "citant Y" included).</summary>
    private int EndOfSourcePhrase(AnalyzedDocument doc, int from, int sentenceEnd)
    {
        string text = doc.Text;
        int pos = from;
        int fallback = -1;
        for (int guard = 0; guard < 4; guard++)
        {
            int comma = text.IndexOf(',', pos, Math.Max(0, sentenceEnd - pos));
            // "Selon X, Y et Z sont sortis…": no closing comma, so the name after X starts the clause
            if (comma < 0) return fallback;
            int next = comma + 1;
            while (next < sentenceEnd && char.IsWhiteSpace(text[next])) next++;
            if (next >= sentenceEnd) return -1;
            bool apposition = false;
            for (int k = FirstMentionAtOrAfter(doc, next); k < doc.Entities.Count && doc.Entities[k].Span.Start == next; k++)
                if (doc.Entities[k].Kind == EntityKind.Person) { apposition = true; pos = doc.Entities[k].Span.End; fallback = next; break; }
            if (!apposition)
            {
                var rest = FrenchText.Lower(text.AsSpan(next, Math.Min(10, sentenceEnd - next)));
                if (rest.StartsWith("citant") || rest.StartsWith("cité") || rest.StartsWith("qui ")) { pos = next + 1; continue; }
                // "Pour X, directrice de l'Institut Y (IY), un cercle de réflexion …, céder serait une faute": the title apposition
                // (and a gloss of its organization) is no part of the view
                if (ApposedTitleEnd(doc, next, sentenceEnd, _gazetteers) is { } afterTitle) return afterTitle;
                // "Pour X, économiste chez Y, « … »": a short lower-case apposition before the quotation is no part of it
                int comma2 = text.IndexOf(',', next, Math.Max(0, Math.Min(sentenceEnd, next + 80) - next));
                if (char.IsLower(text[next]) && comma2 > 0)
                {
                    int q = comma2 + 1;
                    while (q < sentenceEnd && char.IsWhiteSpace(text[q])) q++;
                    if (q < sentenceEnd && text[q] is '«' or '"' or '“') return q;
                }
                return next;
            }
        }
        return -1;
    }

    /// <summary>When a role phrase opens at <paramref name="at"/>, where the clause after it (and after an "un/une …" gloss) starts.</summary>
    private static int? ApposedTitleEnd(AnalyzedDocument doc, int at, int sentenceEnd, Entities.GazetteerSet? gazetteers)
    {
        int titleEnd = -1;
        foreach (var rp in doc.RolePhrases)
        {
            if (rp.Span.Start < at) continue;
            if (rp.Span.Start <= at + 4) titleEnd = rp.Span.End;
            break;
        }
        // a bare title or occupation word ("directrice d'un cercle de réflexion") that formed no role phrase of its own
        if (titleEnd < 0 && gazetteers is not null)
        {
            int e = at;
            while (e < sentenceEnd && (char.IsLetter(doc.Text[e]) || doc.Text[e] == '-')) e++;
            var word = new[] { Tokenization.TextFolding.Fold(doc.Text.AsSpan(at, e - at)) };
            if (gazetteers.RoleWords.Contains(word[0]) || gazetteers.Occupations.LongestMatch(word, 0, out _) == 1) titleEnd = e;
        }
        if (titleEnd < 0) return null;
        {
            string text = doc.Text;
            int comma = text.IndexOf(',', titleEnd, Math.Max(0, sentenceEnd - titleEnd));
            for (int guard = 0; guard < 2 && comma >= 0; guard++)
            {
                int next = comma + 1;
                while (next < sentenceEnd && char.IsWhiteSpace(text[next])) next++;
                var head = FrenchText.Lower(text.AsSpan(next, Math.Min(5, sentenceEnd - next)));
                if (!(head.StartsWith("un ") || head.StartsWith("une "))) return next < sentenceEnd ? next : null;
                comma = text.IndexOf(',', next, Math.Max(0, sentenceEnd - next));
            }
            return null;
        }
    }

    private void AddDirectQuotes(AnalyzedDocument doc, List<TextSpan> words, List<Quotation> quotes, List<SpeechVerbMatch> verbs, SpeakerFinder finder, List<Candidate> candidates)
    {
        string text = doc.Text;
        foreach (var q in quotes)
        {
            int si = doc.SentenceIndexAt(q.Inner.Start);
            if (si < 0) continue;
            var sentence = doc.Sentences[si];
            // the sentence may end inside the quotation; attribution after it belongs to the sentence holding the closing mark
            int siEnd = doc.SentenceIndexAt(Math.Max(q.Outer.End - 1, q.Outer.Start));
            var endSentence = siEnd >= 0 ? doc.Sentences[siEnd] : sentence;
            int wordCount = CountWordsBetween(words, q.Inner.Start, q.Inner.End);
            var c = new Candidate { Span = q.Outer, Content = q.Inner, Direct = true, Sentence = si };

            // 1. verb right after the closing mark: "…", a déclaré X / a-t-il ajouté
            var post = VerbAfter(text, words, verbs, q);
            if (post is not null)
            {
                c.Verb = post;
                int clauseEnd = ClauseEnd(text, post.Span.End, Math.Max(endSentence.End, post.Span.End));
                c.Span = new TextSpan(q.Outer.Start, clauseEnd);
                if (post.InvertedPronoun is not null) { c.Rule = SpeakerRule.Pronoun; c.RuleFrom = post.Span.Start; c.SpeakerSpan = post.Span; }
                else { c.Rule = SpeakerRule.AfterOrAnaphoric; c.RuleFrom = post.Span.End; c.RuleTo = clauseEnd; }
                candidates.Add(c);
                continue;
            }
            // 2. incise inside the quotation: « …, a confié X. … »
            var incise = verbs.FirstOrDefault(v => q.Inner.Contains(v.Span) && IsIncise(text, words, v));
            if (incise is not null)
            {
                c.Verb = incise;
                if (incise.InvertedPronoun is not null) { c.Rule = SpeakerRule.Pronoun; c.RuleFrom = incise.Span.Start; c.SpeakerSpan = incise.Span; }
                else { c.Rule = SpeakerRule.InciseAfter; c.RuleFrom = incise.Span.End; c.RuleTo = ClauseEnd(text, incise.Span.End, q.Inner.End); }
                candidates.Add(c);
                continue;
            }
            // 3. verb before the quotation in the same sentence: X a déclaré : "…"
            var pre = VerbBefore(text, words, verbs, finder, q, sentence);
            if (pre is not null)
            {
                c.Verb = pre;
                c.Span = new TextSpan(sentence.Start, q.Outer.End);
                SetVerbSubjectRule(doc, words, pre, sentence, c);
                candidates.Add(c);
                continue;
            }
            // 4. a full-sentence quotation right after a claim continues it
            if (wordCount >= 3 && OnlyPunctuationBetween(text, sentence.Start, q.Outer.Start))
            {
                c.Rule = SpeakerRule.Continuation;
                candidates.Add(c);
                continue;
            }
            // 5. "X a pris la parole : « … »": a quotation after a colon is the words of the sentence's person subject
            if (wordCount >= 3 && ColonBefore(text, q.Outer.Start, sentence.Start) is var colon and >= 0)
            {
                c.Rule = SpeakerRule.ColonSubject;
                c.RuleFrom = sentence.Start;
                c.RuleTo = colon;
                c.Span = new TextSpan(sentence.Start, q.Outer.End);
                candidates.Add(c);
            }
            // otherwise: a quoted term without a reporting verb (scare quotes, titles) is not a claim
        }
    }

    private static int ColonBefore(string text, int quoteStart, int sentenceStart)
    {
        int p = quoteStart - 1;
        while (p >= sentenceStart && char.IsWhiteSpace(text[p])) p--;
        return p >= sentenceStart && text[p] == ':' ? p : -1;
    }

    private static SpeechVerbMatch? VerbAfter(string text, List<TextSpan> words, List<SpeechVerbMatch> verbs, Quotation q)
    {
        int p = q.Outer.End;
        while (p < text.Length && text[p] is ' ' or '\u00A0') p++;
        bool comma = p < text.Length && text[p] == ',';
        if (comma) p++;
        char lastInner = q.Inner.Length > 0 ? text[q.Inner.End - 1] : ' ';
        if (!comma && lastInner is not (',' or '?' or '!' or '…')) return null;
        foreach (var v in verbs)
        {
            if (v.Span.Start < p) continue;
            if (v.Span.Start - p > 40) break;
            // only short auxiliaries/adverbs between the quote and the verb, no punctuation
            for (int i = p; i < v.Span.Start; i++)
                if (!char.IsLetter(text[i]) && !char.IsWhiteSpace(text[i]) && !FrenchText.IsJoiner(text[i])) return null;
            // "…", n'a pas réagi X: a negated verb does not report the quotation
            foreach (var w in WordsBetween(words, p, v.Span.Start))
                if (!BetweenQuoteAndVerb.Contains(FrenchText.Lower(w.Of(text)))) return null;
            return v;
        }
        return null;
    }

    private static bool IsIncise(string text, List<TextSpan> words, SpeechVerbMatch v)
    {
        int start = v.Span.Start;
        if (v.InvertedPronoun is null)
        {
            if (v.FirstWord == 0) return false;
            string prev = FrenchText.Lower(words[v.FirstWord - 1].Of(text));
            if (!Auxiliaries.Contains(prev)) return false;
            start = words[v.FirstWord - 1].Start;
        }
        int p = start - 1;
        while (p >= 0 && char.IsWhiteSpace(text[p])) p--;
        return p >= 0 && text[p] == ',';
    }

    private SpeechVerbMatch? VerbBefore(string text, List<TextSpan> words, List<SpeechVerbMatch> verbs, SpeakerFinder finder, Quotation q, TextSpan sentence)
    {
        SpeechVerbMatch? best = null;
        foreach (var v in verbs)
        {
            if (v.Span.End > q.Outer.Start) break;
            if (v.Span.Start < sentence.Start || finder.InsideQuote(v.Span)) continue;
            best = v;
        }
        // verbs that report speech only in an incise after the quotation ("…", a-t-il lancé)
        if (best is null) return null;
        // … except with the quotation as their direct object: "a salué « une excellente nouvelle »"
        if (_verbs.IsPostOnly(best.Lemma) && !(best.Span.End <= q.Outer.Start && text.AsSpan(best.Span.End, q.Outer.Start - best.Span.End).Trim().Length == 0)) return null;
        if (CountWordsBetween(words, best.Span.End, q.Outer.Start) > 10) return null;
        for (int i = best.Span.End; i < q.Outer.Start; i++)
            if (text[i] is ';' or '«' or '»' or '"' or '“' or '”' or '?' or '!' || text[i] == '.' && !IsAbbreviationPeriod(text, i)) return null;
        return best;
    }

    private void ResolveSpeakers(AnalyzedDocument doc, SpeakerFinder finder, List<Candidate> claims)
    {
        int? lastSpeaker = null;
        int lastSentence = -10;
        Candidate? previous = null;
        foreach (var c in claims)
        {
            switch (c.Rule)
            {
                case SpeakerRule.Before:
                    c.Speaker = finder.SubjectBefore(c.RuleFrom, c.RuleTo);
                    // "Le syndicaliste a réclamé…": a bare title opening the sentence stands for a recent speaker or subject
                    // "Dans un communiqué, l'entreprise a affirmé": the subject opens the clause after a leading adverbial
                    int clauseFrom = c.RuleFrom;
                    if (c.Speaker is null && doc.Text.LastIndexOf(',', Math.Max(c.RuleFrom, c.RuleTo - 1), Math.Max(0, c.RuleTo - c.RuleFrom)) is var lead and >= 0
                        && InstitutionAfter(doc.Text, lead + 1)) clauseFrom = lead + 1;
                    // "L'opposition a dénoncé …": a collective subject is nobody named before
                    if (c.Speaker is null && _collectiveHeads.Contains(HeadAfter(doc.Text, clauseFrom))) break;
                    if (c.Speaker is null && StartsWithDefiniteArticle(doc.Text, clauseFrom) && BareTitleBefore(doc, clauseFrom, c.RuleTo))
                        // "Le ministère a indiqué": an institution word stands for the organization named so before, never for a person
                        c.Speaker = InstitutionAfter(doc.Text, clauseFrom) ? finder.OrganizationByHead(HeadAfter(doc.Text, clauseFrom), clauseFrom)
                            : finder.HolderOfTitleAt(clauseFrom) ?? finder.PersonIntroducedAs(clauseFrom) ?? finder.ResolvePronoun(clauseFrom, lastSpeaker, lastSentence);
                    break;
                case SpeakerRule.After:
                    c.Speaker = finder.SubjectAfter(c.RuleFrom, c.RuleTo);
                    break;
                case SpeakerRule.AfterOrAnaphoric:
                    c.Speaker = finder.SubjectAfter(c.RuleFrom, c.RuleTo);
                    // "a reconnu celui qui avait repris le club": the relative pronoun stands for the person the text is about
                    if (c.Speaker is null && RelativeSpeakerAfter(doc.Text, c.RuleFrom) is { } relative)
                        c.Speaker = finder.ResolvePronoun(c.RuleFrom, lastSpeaker, lastSentence, relative);
                    if (c.Speaker is null && _collectiveHeads.Contains(HeadAfter(doc.Text, c.RuleFrom))) break;
                    // "a lancé cette dernière", "a ajouté ce dernier": the last person named of that gender
                    if (c.Speaker is null && LatestPronounAfter(doc.Text, c.RuleFrom) is { } latest)
                        c.Speaker = finder.LatestPerson(c.RuleFrom, latest);
                    // "a déclaré le président américain" with no name: a title standing for a recent speaker
                    // … unless the title is an institution's ("a annoncé le ministère chilien"): no person said it
                    if (c.Speaker is null && StartsWithDefiniteArticle(doc.Text, c.RuleFrom))
                        c.Speaker = InstitutionAfter(doc.Text, c.RuleFrom) ? finder.OrganizationByHead(HeadAfter(doc.Text, c.RuleFrom), c.RuleFrom)
                            : finder.HolderOfTitleAt(c.RuleFrom) ?? finder.PersonIntroducedAs(c.RuleFrom) ?? finder.ResolvePronoun(c.RuleFrom, lastSpeaker, lastSentence);
                    break;
                case SpeakerRule.InciseAfter:
                    c.Speaker = finder.SubjectAfter(c.RuleFrom, c.RuleTo, allowInsideQuote: true);
                    if (c.Speaker is null && StartsWithDefiniteArticle(doc.Text, c.RuleFrom))
                        c.Speaker = finder.ResolvePronoun(c.RuleFrom, lastSpeaker, lastSentence);
                    break;
                case SpeakerRule.Pronoun:
                    // "Ils estiment que…", "estiment-elles": a plural subject is not one person
                    c.Speaker = (c.Pronoun ?? c.Verb?.InvertedPronoun) is "ils" or "elles" ? null
                        : finder.ResolvePronoun(c.RuleFrom, lastSpeaker, lastSentence, c.Pronoun ?? c.Verb?.InvertedPronoun);
                    break;
                case SpeakerRule.SameSentenceSpeaker:
                    c.Speaker = previous is not null && previous.Sentence == c.Sentence && previous.Speaker is not null
                        ? previous.Speaker : finder.SubjectBefore(c.RuleFrom, c.RuleTo);
                    break;
                case SpeakerRule.Continuation:
                    if (previous is not null && previous.Speaker is not null && c.Sentence - SentenceOfEnd(doc, previous) <= 1)
                    {
                        c.Speaker = previous.Speaker;
                        c.SpeakerSpan = previous.SpeakerSpan;
                    }
                    // "X a pris la parole. « … »": a quotation standing alone after a sentence that opens with a person is theirs
                    else if (previous is null || SentenceOfEnd(doc, previous) < c.Sentence - 1)
                        c.Speaker = finder.SentenceSubject(c.Sentence - 1);
                    break;
                case SpeakerRule.Latest:
                    c.Speaker = finder.LatestPerson(c.RuleFrom, c.Pronoun);
                    break;
                case SpeakerRule.ColonSubject:
                    // "X se dit « épuisée » : « … »": a short quotation before the colon does not hide the subject
                    c.Speaker = finder.SubjectBefore(c.RuleFrom, c.RuleTo, allowQuoteBetween: true) is { } subject && doc.Entities[subject].Kind == EntityKind.Person ? subject : null;
                    break;
            }
            // "Le ministre bavarois a reconnu …": an unresolved title stands for the person the article introduced with the same words
            if (c.Speaker is { } role && doc.Entities[role].Form == MentionForm.Role && doc.Entities[role].ClusterId < 0
                && finder.PersonIntroducedAs(doc.Entities[role].Span.Start) is { } introduced)
            {
                c.SpeakerSpan ??= doc.Entities[role].Span;
                c.Speaker = introduced;
            }
            // a title that the document does not tie to a name ("a déclaré le conseiller du ministre")
            // refers back to the speaker of the claim just before
            if (c.Speaker is { } sp && c.Rule is SpeakerRule.AfterOrAnaphoric or SpeakerRule.InciseAfter
                && doc.Entities[sp].Form == MentionForm.Role && doc.Entities[sp].ClusterId < 0
                && lastSpeaker is not null && c.Sentence - lastSentence <= 2)
            {
                c.SpeakerSpan ??= doc.Entities[sp].Span;
                c.Speaker = lastSpeaker;
            }
            if (c.Speaker is not null)
            {
                c.SpeakerSpan ??= doc.Entities[c.Speaker.Value].Span;
                lastSpeaker = c.Speaker;
                lastSentence = SentenceOfEnd(doc, c);
            }
            previous = c;
        }
        // continuations whose previous claim has no speaker are dropped; so are unattributed quotations
        claims.RemoveAll(c => c.Rule is SpeakerRule.Continuation or SpeakerRule.ColonSubject && c.Speaker is null);
    }

    /// <summary>The definite noun phrase after <paramref name="from"/> is headed by an institution word (org-cues-fr.tsv: "ministère", "présidence").</summary>
    private bool InstitutionAfter(string text, int from) => _institutionHeads.Contains(HeadAfter(text, from));

    /// <summary>The first word after <paramref name="from"/> that is not an article, lower-cased.</summary>
    private static string HeadAfter(string text, int from)
    {
        int p = from;
        for (int guard = 0; guard < 4 && p < text.Length; guard++)
        {
            while (p < text.Length && char.IsWhiteSpace(text[p])) p++;
            int start = p;
            while (p < text.Length && (char.IsLetter(text[p]) || text[p] == '-')) p++;
            if (p < text.Length && FrenchText.IsApostrophe(text[p])) { p++; start = p; while (p < text.Length && char.IsLetter(text[p])) p++; }
            string w = FrenchText.Lower(text.AsSpan(start, p - start));
            if (w is "le" or "la" or "les" or "") continue;
            return w;
        }
        return "";
    }

    private static string? RelativeSpeakerAfter(string text, int from)
    {
        var rest = FrenchText.Lower(text.AsSpan(from, Math.Min(20, text.Length - from))).TrimStart();
        return rest.StartsWith("celui qui") ? "il" : rest.StartsWith("celle qui") ? "elle" : null;
    }

    private static string? LatestPronounAfter(string text, int from)
    {
        var rest = FrenchText.Lower(text.AsSpan(from, Math.Min(20, text.Length - from))).TrimStart();
        return rest.StartsWith("cette dernière") ? "elle" : rest.StartsWith("ce dernier") ? "il" : null;
    }

    /// <summary>"accusé Nairobi de", "accusé le gouvernement d'avoir": "de"/"d'" within four words.</summary>
    private static bool AccusationFollows(string text, List<TextSpan> words, int from)
    {
        for (int k = from + 1; k < words.Count && k <= from + 4; k++)
        {
            if (!OnlySpaces(text, words[k - 1].End, words[k].Start)) return false;
            string w = FrenchText.Lower(words[k].Of(text));
            if (w == "de" || w.StartsWith("d'", StringComparison.Ordinal) || w.StartsWith("d’", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>"Le syndicaliste a", "La ministre a": article, one to three lower-case words, then the verb; no name, no punctuation.</summary>
    private static bool BareTitleBefore(AnalyzedDocument doc, int from, int verbStart)
    {
        var parts = doc.Text.Substring(from, Math.Max(0, verbStart - from)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || parts.Length > 5) return false;
        for (int k = 1; k < parts.Length; k++)
            if (!parts[k].All(ch => char.IsLower(ch) || ch == '-')) return false;
        return true;
    }

    private static int SentenceOfEnd(AnalyzedDocument doc, Candidate c)
    {
        int s = doc.SentenceIndexAt(Math.Max(c.Span.Start, c.Span.End - 1));
        return s >= 0 ? s : c.Sentence;
    }

    private static bool StartsWithDefiniteArticle(string text, int from)
    {
        int p = from;
        while (p < text.Length && char.IsWhiteSpace(text[p])) p++;
        // skip a weekday or adverb between the verb and its subject ("a réagi mercredi le porte-parole")
        for (int guard = 0; guard < 3; guard++)
        {
            var rest = FrenchText.Lower(text.AsSpan(p, Math.Min(4, text.Length - p)));
            if (rest.StartsWith("le ") || rest.StartsWith("la ") || rest.StartsWith("l'") || rest.StartsWith("les ")) return true;
            while (p < text.Length && char.IsLetter(text[p])) p++;
            while (p < text.Length && text[p] == ' ') p++;
        }
        return false;
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

    private static PartialDate? DateOf(AnalyzedDocument doc, Candidate c)
    {
        // a date stated with the reporting verb ("a affirmé mercredi", "a déclaré le 3 décembre")
        if (c.Verb is not null)
        {
            int from = c.Verb.Span.Start - 2, to = c.Verb.Span.End + 25;
            foreach (var d in doc.Dates)
            {
                if (d.Span.End < from || d.Span.Start > to) continue;
                if (c.Content.Overlaps(d.Span) && d.Span.Start > c.Verb.Span.End + 3) continue;
                // a past-tense reporting verb ("a déclaré mardi") points to the past, whatever future
                // verbs the quotation itself contains
                if (d.Expression.Kind == DateExpressionKind.Weekday && d.Expression.Direction == TemporalDirection.Future && IsPastTense(doc.Text, c.Verb))
                    return DateResolver.Resolve(d.Expression with { Direction = TemporalDirection.Unspecified }, doc.Article.Date);
                if (d.Resolved is not null) return d.Resolved;
            }
        }
        return doc.Article.Date;
    }

    private static bool IsPastTense(string text, SpeechVerbMatch verb)
    {
        if (verb.InvertedPronoun is not null) return true;
        int p = verb.Span.Start - 1;
        while (p >= 0 && char.IsWhiteSpace(text[p])) p--;
        int end = p + 1;
        while (p >= 0 && char.IsLetter(text[p])) p--;
        return end > p + 1 && Auxiliaries.Contains(FrenchText.Lower(text.AsSpan(p + 1, end - p - 1)));
    }

    private static TextSpan TrimContent(string text, TextSpan span)
    {
        int s = span.Start, e = Math.Min(span.End, text.Length);
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] is ',' or ':')) s++;
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is ',' or ';' or ':')) e--;
        // an opening mark of the next quotation left at the end of a reported clause
        if (e > s && text[e - 1] is '\'' or '"' or '«' or '“' && (Count(text, s, e, text[e - 1]) % 2 == 1 || e - 2 >= s && char.IsWhiteSpace(text[e - 2])))
        {
            e--;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        }
        return new TextSpan(s, e);
    }

    private static int Count(string text, int from, int to, char c)
    {
        int n = 0;
        for (int i = from; i < to; i++) if (text[i] == c) n++;
        return n;
    }

    private static int ClauseEnd(string text, int from, int limit)
    {
        for (int i = from; i < limit && i < text.Length; i++)
            if (text[i] is ';' or '«' or '"' or '“' or '\n' || text[i] == '.' && !SpeakerFinder.IsTitleDot(text, i)) return i;
        return Math.Min(limit, text.Length);
    }

    /// <summary>
    /// Where a reported clause ends: the sentence end, or earlier where a quotation inside it closes and a
    /// new sentence starts ("… « Quel gâchis ! » Il a réaffirmé …"), which the sentence splitter keeps together.
    /// </summary>
    private static int EndOfReportedClause(string text, int from, int sentenceEnd)
    {
        int depth = 0;
        bool straight = false;
        for (int i = from; i < sentenceEnd; i++)
        {
            char c = text[i];
            if (c == '"') { straight = !straight; if (straight) depth++; else { depth = Math.Max(0, depth - 1); if (depth == 0 && NewSentenceAfter(text, i + 1, sentenceEnd)) return i + 1; } }
            else if (c is '«' or '“') depth++;
            else if (c is '»' or '”') { depth = Math.Max(0, depth - 1); if (depth == 0 && NewSentenceAfter(text, i + 1, sentenceEnd)) return i + 1; }
            // "avec Mme X et M. Y devait…": the period of a civility abbreviation ends no clause
            else if (depth == 0 && c is '.' or '!' or '?' && !(c == '.' && IsAbbreviationPeriod(text, i)) && NewSentenceAfter(text, i + 1, sentenceEnd)) return i + 1;
        }
        return sentenceEnd;
    }

    private static bool NewSentenceAfter(string text, int i, int end)
    {
        int j = i;
        while (j < end && text[j] == ' ') j++;
        return j > i && j < end && char.IsUpper(text[j]);
    }

    /// <summary>"M." , "Mme.", "Dr.": a period that ends a short capitalised abbreviation, not a sentence.</summary>
    private static bool IsAbbreviationPeriod(string text, int i)
    {
        int s = i - 1;
        while (s >= 0 && char.IsLetter(text[s])) s--;
        int len = i - s - 1;
        return len is >= 1 and <= 3 && char.IsUpper(text[s + 1]);
    }

    private static bool OnlySpaces(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    private static bool OnlyPunctuationBetween(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (char.IsLetterOrDigit(text[i])) return false;
        return true;
    }

    /// <summary>Index of the first mention starting at or after <paramref name="offset"/> (mentions are in text order).</summary>
    private static int FirstMentionAtOrAfter(AnalyzedDocument doc, int offset)
    {
        int lo = 0, hi = doc.Entities.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (doc.Entities[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Index of the first word starting at or after <paramref name="offset"/> (binary search).</summary>
    private static int FirstWordAtOrAfter(List<TextSpan> words, int offset)
    {
        int lo = 0, hi = words.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (words[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static IEnumerable<TextSpan> WordsBetween(List<TextSpan> words, int from, int to)
    {
        for (int i = FirstWordAtOrAfter(words, from); i < words.Count && words[i].Start < to; i++) yield return words[i];
    }

    private static int CountWordsBetween(List<TextSpan> words, int from, int to) =>
        Math.Max(0, FirstWordAtOrAfter(words, to) - FirstWordAtOrAfter(words, from));
}
