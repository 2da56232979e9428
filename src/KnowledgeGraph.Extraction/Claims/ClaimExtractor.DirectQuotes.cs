using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Claims.ClauseText;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>Direct quotations and the reporting verb after, inside or before them.</summary>
public sealed partial class ClaimExtractor
{
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
                else { c.Rule = SpeakerRule.AfterOrAnaphoric; c.RuleFrom = _grammar.AfterInvertedAdverbial(text, post.Span.End); c.RuleTo = clauseEnd; }
                candidates.Add(c);
                continue;
            }
            // 2. incise inside the quotation: « …, a confié X. … »
            var incise = InciseInside(text, words, verbs, q);
            if (incise is not null)
            {
                c.Verb = incise;
                if (incise.InvertedPronoun is not null) { c.Rule = SpeakerRule.Pronoun; c.RuleFrom = incise.Span.Start; c.SpeakerSpan = incise.Span; }
                else { c.Rule = SpeakerRule.InciseAfter; c.RuleFrom = _grammar.AfterInvertedAdverbial(text, incise.Span.End); c.RuleTo = ClauseEnd(text, incise.Span.End, q.Inner.End); }
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
                // "X a averti que …, et a souhaité « … »": the second verb, with its own auxiliary, shares the first one's subject
                // (a bare participle, "… que le ministre avait pris acte et promis « … »", may share the reported clause's auxiliary)
                if (IsCoordinated(text, words, pre) && pre.FirstWord > 0 && Auxiliaries.Contains(FrenchText.Lower(words[pre.FirstWord - 1].Of(text))))
                { c.Rule = SpeakerRule.SameSentenceSpeaker; c.RuleFrom = sentence.Start; c.RuleTo = pre.Span.Start; }
                candidates.Add(c);
                continue;
            }
            // "« … » — X (@handle)": an embedded post or an epigraph signed after a dash, the signature ending the line
            if (wordCount >= 3 && SignatureAfter(text, q) is { } signature)
            {
                c.Rule = SpeakerRule.Signature;
                c.RuleFrom = signature.Start;
                c.RuleTo = signature.End;
                c.Span = new TextSpan(q.Outer.Start, signature.End);
                candidates.Add(c);
                continue;
            }
            // a quoted crosshead (- "Jamais perdu espoir" -): a short line alone in quotes titles what follows, nobody says it here
            if (IsCrosshead(text, q, wordCount)) continue;
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
                // "Et d'ajouter : « … »", "Et de conclure : « … »": a narrative infinitive carries on the speaker just quoted
                if (NarrativeInfinitive(text, words, sentence.Start, colon) is { } infinitive)
                {
                    c.Rule = SpeakerRule.Pronoun;
                    c.RuleFrom = sentence.Start;
                    c.Verb = infinitive;
                    c.SpeakerSpan = infinitive.Span;
                    c.Span = new TextSpan(sentence.Start, q.Outer.End);
                    candidates.Add(c);
                    continue;
                }
                c.Rule = SpeakerRule.ColonSubject;
                c.RuleFrom = sentence.Start;
                c.RuleTo = colon;
                c.Span = new TextSpan(sentence.Start, q.Outer.End);
                candidates.Add(c);
            }
            // otherwise: a quoted term without a reporting verb (scare quotes, titles) is not a claim
        }
    }

    /// <summary>Words of a bracketed translation at least: a gloss of one or two words ("(« sic »)") is no rendering.</summary>
    private const int MinTranslationWords = 3;

    /// <summary>
    /// "« We will not … », a-t-elle lancé en anglais (« Nous ne … »)": a quotation followed in its sentence by a quotation in
    /// brackets (<see cref="TranslationAfter"/>) is rendered by that translation — the claim's content becomes the bracketed
    /// words, and the translation is no claim of its own.
    /// </summary>
    private static void ApplyTranslations(string text, List<Quotation> quotes, List<Candidate> kept)
    {
        if (quotes.Count < 2) return;
        var byInner = new Dictionary<int, int>();
        for (int i = 0; i < quotes.Count; i++) byInner.TryAdd(quotes[i].Inner.Start, i);
        var translated = new List<Candidate>();
        foreach (var c in kept)
        {
            if (!c.Direct || !byInner.TryGetValue(c.Content.Start, out int qi) || quotes[qi].Inner.End != c.Content.End) continue;
            if (TranslationAfter(text, quotes, qi) is not { } translation) continue;
            c.Original = c.Content;
            c.Content = translation.Inner;
            c.Span = new TextSpan(Math.Min(c.Span.Start, quotes[qi].Outer.Start), Math.Max(c.Span.End, translation.Outer.End));
            translated.Add(c);
        }
        if (translated.Count > 0)
            kept.RemoveAll(c => !translated.Contains(c) && translated.Any(t => t.Content.Overlaps(c.Content)));
    }

    /// <summary>
    /// The quotation in brackets that follows quotation <paramref name="qi"/> in the same sentence, with at most a short incise
    /// between them ("« … », a lancé l'Italien (« … »)", "« … » (« … »)"): the outlet's translation of a quotation in another
    /// language; null when there is none.
    /// </summary>
    private static Quotation? TranslationAfter(string text, List<Quotation> quotes, int qi)
    {
        if (qi + 1 >= quotes.Count) return null;
        var q = quotes[qi];
        var next = quotes[qi + 1];
        if (next.Outer.Start < q.Outer.End || next.Outer.Start - q.Outer.End > 120) return null;
        int open = next.Outer.Start - 1;
        while (open > q.Outer.End && text[open] is ' ' or '\u00A0') open--;
        if (text[open] != '(') return null;
        int close = next.Outer.End;
        while (close < text.Length && text[close] is ' ' or '\u00A0' or '.') close++;
        if (close >= text.Length || text[close] != ')') return null;
        // one sentence: no full stop, quotation mark or bracket in the incise between the two quotations
        for (int i = q.Outer.End; i < open; i++)
            if (text[i] is '.' or '!' or '?' or ';' or '«' or '»' or '"' or '“' or '”' or '(' or ')' or '\n') return null;
        int words = 0;
        for (int i = next.Inner.Start; i < next.Inner.End; i++)
            if (char.IsLetter(text[i]) && (i == next.Inner.Start || !char.IsLetter(text[i - 1]))) words++;
        return words >= MinTranslationWords ? next : null;
    }

    /// <summary>
    /// A quotation alone on its line (only dashes, bullets or spaces around it), of at most <see cref="MaxCrossheadWords"/>
    /// words, not ending like a sentence (. ! ? …): a crosshead, not a statement.
    /// </summary>
    private static bool IsCrosshead(string text, Quotation q, int wordCount)
    {
        if (wordCount > MaxCrossheadWords || q.Inner.Length == 0 || text[q.Inner.End - 1] is '.' or '!' or '?' or '…') return false;
        int lineStart = q.Outer.Start;
        while (lineStart > 0 && text[lineStart - 1] is not ('\n' or '\r')) lineStart--;
        int lineEnd = q.Outer.End;
        while (lineEnd < text.Length && text[lineEnd] is not ('\n' or '\r')) lineEnd++;
        return OnlyPunctuationBetween(text, lineStart, q.Outer.Start) && OnlyPunctuationBetween(text, q.Outer.End, lineEnd)
            && !text.AsSpan(lineStart, q.Outer.Start - lineStart).ContainsAny(",:") && !text.AsSpan(q.Outer.End, lineEnd - q.Outer.End).ContainsAny(",:");
    }

    private const int MaxCrossheadWords = 8;

    /// <summary>
    /// "Et d'ajouter", "Et de conclure" filling the text from <paramref name="from"/> to <paramref name="to"/>: "et", "de" (or
    /// elided "d'") and the infinitive of a reporting verb; the verb's match, or null.
    /// </summary>
    private SpeechVerbMatch? NarrativeInfinitive(string text, List<TextSpan> words, int from, int to)
    {
        var between = WordsBetween(words, from, to).ToList();
        if (between.Count is < 2 or > 3 || FrenchText.Lower(between[0].Of(text)) != "et") return null;
        string rest = FrenchText.Lower(text.AsSpan(between[1].Start, between[^1].End - between[1].Start));
        string infinitive = rest.StartsWith("de ", StringComparison.Ordinal) ? rest[3..]
            : rest.Length > 2 && rest[0] == 'd' && FrenchText.IsApostrophe(rest[1]) ? rest[2..] : "";
        if (infinitive.Length == 0 || infinitive.Contains(' ') || !(infinitive.EndsWith("er", StringComparison.Ordinal) || infinitive.EndsWith("ir", StringComparison.Ordinal) || infinitive.EndsWith("re", StringComparison.Ordinal)) || _verbs.LemmaOf(infinitive) is not { } lemma) return null;
        int first = words.IndexOf(between[1]);
        return new SpeechVerbMatch(new TextSpan(between[1].Start, between[^1].End), lemma, null, first, between.Count - 1);
    }

    private static int ColonBefore(string text, int quoteStart, int sentenceStart)
    {
        int p = quoteStart - 1;
        while (p >= sentenceStart && char.IsWhiteSpace(text[p])) p--;
        return p >= sentenceStart && text[p] == ':' ? p : -1;
    }

    /// <summary>The first verb inside the quotation that is an incise (only the verbs starting inside it are read).</summary>
    private SpeechVerbMatch? InciseInside(string text, List<TextSpan> words, List<SpeechVerbMatch> verbs, Quotation q)
    {
        bool sorted = SpeechVerbList.SortedByStart(verbs);
        for (int vi = SpeechVerbList.FirstFrom(verbs, q.Inner.Start); vi < verbs.Count; vi++)
        {
            var v = verbs[vi];
            if (sorted && v.Span.Start > q.Inner.End) break;
            if (q.Inner.Contains(v.Span) && IsIncise(text, words, v)) return v;
        }
        return null;
    }

    private SpeechVerbMatch? VerbAfter(string text, List<TextSpan> words, List<SpeechVerbMatch> verbs, Quotation q)
    {
        int p = q.Outer.End;
        while (p < text.Length && text[p] is ' ' or '\u00A0') p++;
        bool comma = p < text.Length && text[p] == ',';
        if (comma) p++;
        char lastInner = q.Inner.Length > 0 ? text[q.Inner.End - 1] : ' ';
        if (!comma && lastInner is not (',' or '?' or '!' or '…')) return null;
        for (int vi = SpeechVerbList.FirstFrom(verbs, p); vi < verbs.Count; vi++)
        {
            var v = verbs[vi];
            if (v.Span.Start < p) continue;
            if (v.Span.Start - p > 40) break;
            // only short auxiliaries/adverbs between the quote and the verb, no punctuation
            for (int i = p; i < v.Span.Start; i++)
                if (!char.IsLetter(text[i]) && !char.IsWhiteSpace(text[i]) && !FrenchText.IsJoiner(text[i])) return null;
            // "…", n'a pas réagi X: a negated verb does not report the quotation
            foreach (var w in WordsBetween(words, p, v.Span.Start))
                if (!BetweenQuoteAndVerb.Contains(FrenchText.Lower(w.Of(text)))) return null;
            // "« … », accusées de vider les stocks": a bare participle right after the quotation agrees with a noun of the
            // sentence; an incise needs a finite verb or an auxiliary ("a déclaré", "déclare-t-il")
            if (v.InvertedPronoun is null && !WordsBetween(words, p, v.Span.Start).Any() && IsBareParticiple(FrenchText.Lower(words[v.FirstWord].Of(text)))) return null;
            return v;
        }
        return null;
    }

    /// <summary>Characters a dash signature after a quotation may run to the end of its line ("— Lucas X (@LucasX) 5 mars 2026").</summary>
    private const int MaxSignatureChars = 90;

    /// <summary>
    /// "« … » — Lucas X (@LucasX)": the text after a dash (—, – or -) right after the closing mark, up to the end of the line,
    /// when the line ends within <see cref="MaxSignatureChars"/> and the signature holds no sentence of its own; else null.
    /// (Only a person's post is taken as a claim: an organization's account posts notices, "Métro A : 1 rame sur 3".)
    /// </summary>
    private static TextSpan? SignatureAfter(string text, Quotation q)
    {
        int p = q.Outer.End;
        while (p < text.Length && text[p] is ' ' or '\u00A0' or '.') p++;
        if (p >= text.Length || text[p] is not ('—' or '–' or '-')) return null;
        int from = p + 1;
        int lineEnd = text.IndexOf('\n', from);
        if (lineEnd < 0) lineEnd = text.Length;
        if (lineEnd - from > MaxSignatureChars || text.AsSpan(from, lineEnd - from).ContainsAny(".;:«»!?")) return null;
        return new TextSpan(from, lineEnd);
    }

    /// <summary>A past participle or gerund form (déclaré, déclarées, déclarant), which cannot report on its own.</summary>
    private static bool IsBareParticiple(string word) =>
        word.EndsWith('é') || word.EndsWith("ée", StringComparison.Ordinal) || word.EndsWith("és", StringComparison.Ordinal)
        || word.EndsWith("ées", StringComparison.Ordinal) || word.EndsWith("ant", StringComparison.Ordinal);

    private bool IsIncise(string text, List<TextSpan> words, SpeechVerbMatch v)
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

    /// <summary>Words an adverbial between a reporting verb and its quoted object may hold ("dans un communiqué").</summary>
    private const int MaxObjectAdverbialWords = 4;

    /// <summary>"dans un communiqué", "devant la presse": from <paramref name="from"/> to <paramref name="to"/> only a short
    /// adverbial opened by a preposition of claim-grammar.tsv (object-adverbial), without punctuation.</summary>
    private bool IsObjectAdverbial(string text, List<TextSpan> words, int from, int to)
    {
        var between = WordsBetween(words, from, to).ToList();
        if (between.Count is < 2 or > MaxObjectAdverbialWords || !_grammar.ObjectAdverbials.Contains(FrenchText.Lower(between[0].Of(text)))) return false;
        for (int i = from; i < to; i++)
            if (!char.IsLetter(text[i]) && !char.IsWhiteSpace(text[i]) && !FrenchText.IsJoiner(text[i])) return false;
        return true;
    }

    private SpeechVerbMatch? VerbBefore(string text, List<TextSpan> words, List<SpeechVerbMatch> verbs, SpeakerFinder finder, Quotation q, TextSpan sentence)
    {
        SpeechVerbMatch? best = null;
        // the verbs starting before the sentence are passed over, but one of them ending after the opening mark ends the scan
        int firstInSentence = SpeechVerbList.FirstFrom(verbs, sentence.Start);
        if (SpeechVerbList.LatestEndBefore(verbs, firstInSentence) <= q.Outer.Start)
            for (int vi = firstInSentence; vi < verbs.Count; vi++)
            {
                var v = verbs[vi];
                if (v.Span.End > q.Outer.Start) break;
                if (v.Span.Start < sentence.Start || finder.InsideQuote(v.Span)) continue;
                best = v;
            }
        // verbs that report speech only in an incise after the quotation ("…", a-t-il lancé)
        if (best is null) return null;
        // … except with the quotation as their direct object: "a salué « une excellente nouvelle »"
        // ("a évoqué, elle, « … »": an emphatic incise between them is crossed)
        int objectFrom = EmphaticInciseEnd(text, best.Span.End) is { } incise && incise <= q.Outer.Start ? incise : best.Span.End;
        if ((best.PostOnly || _verbs.IsPostOnly(best.Lemma)) && !(objectFrom <= q.Outer.Start
                && (text.AsSpan(objectFrom, q.Outer.Start - objectFrom).Trim().Length == 0 || IsObjectAdverbial(text, words, objectFrom, q.Outer.Start)))) return null;
        if (CountWordsBetween(words, best.Span.End, q.Outer.Start) > 10) return null;
        for (int i = best.Span.End; i < q.Outer.Start; i++)
            if (text[i] is ';' or '«' or '»' or '"' or '“' or '”' or '?' or '!' || text[i] == '.' && !IsAbbreviationPeriod(text, i)) return null;
        return best;
    }

}
