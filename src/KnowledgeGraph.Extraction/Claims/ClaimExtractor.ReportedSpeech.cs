using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Claims.ClauseText;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>Reported speech: "X a affirmé que …", noun-phrase demands ("X a réclamé la tenue …") and trailing incises ("…, a-t-il déclaré.").</summary>
public sealed partial class ClaimExtractor
{
    private void AddReportedSpeech(AnalyzedDocument doc, List<TextSpan> words, List<SpeechVerbMatch> verbs, SpeakerFinder finder, List<Candidate> candidates)
    {
        string text = doc.Text;
        foreach (var v in verbs)
        {
            if (finder.InsideQuote(v.Span)) continue;
            int after = v.FirstWord + v.WordCount;
            // "a jugé, elle, que …": the stressed pronoun's incise is crossed; the gap before the next word starts after it
            int gapFrom = after > 0 ? words[after - 1].End : 0;
            if (after < words.Count && EmphaticInciseEnd(text, gapFrom) is { } incise && words[after].Start < incise)
            {
                after++;
                gapFrom = incise;
            }
            // "a assuré, lors de la conférence de presse, que …", "a affirmé, mardi, que …": an adverbial set off by commas
            else if (AdverbialInciseBeforeQue(text, words, after, gapFrom) is { } que)
            {
                after = que;
                gapFrom = words[que - 1].End;
                while (gapFrom < words[que].Start && text[gapFrom] != ',') gapFrom++;
                gapFrom++;
            }
            int queWord = -1;
            for (int j = after; j < words.Count && j < after + 6; j++)
            {
                if (!OnlySpaces(text, j == after ? gapFrom : words[j - 1].End, words[j].Start)) break;
                string w = FrenchText.Lower(words[j].Of(text));
                if (w == "que" || w.StartsWith("qu'", StringComparison.Ordinal)) { queWord = j; break; }
                // "a plaidé pour que…": the purpose "que" still reports
                if (w is "pour" && j + 1 < words.Count && FrenchText.Lower(words[j + 1].Of(text)) is "que" or "qu'") continue;
                if (w is "de" or "pour" or "et" or "ce") break;
            }
            // "X a assuré avoir tout donné", "a dit n'avoir jamais perdu espoir": a perfect infinitive reports like "que"
            bool infinitive = queWord < 0 && v.InvertedPronoun is null && after < words.Count && OnlySpaces(text, gapFrom, words[after].Start)
                && _grammar.PerfectInfinitives.Contains(FrenchText.Lower(words[after].Of(text)))
                // "a souhaité avoir une réponse": "avoir" with a noun is possession, not a past act
                && !(after + 1 < words.Count && Determiners.Contains(FrenchText.Lower(words[after + 1].Of(text))));
            if (queWord < 0 && !infinitive)
            {
                if (ObjectClaimVerbs.Contains(v.Lemma)) AddObjectClaim(doc, words, v, after, gapFrom, candidates);
                else if (_verbs.PredicateOf(v.Lemma) is { } predicate) AddPredicateObjectClaim(doc, words, v, predicate, finder, candidates);
                continue;
            }
            int si = doc.SentenceIndexAt(v.Span.Start);
            if (si < 0) continue;
            var sentence = doc.Sentences[si];
            int contentStart;
            if (infinitive) contentStart = words[after].Start;
            else
            {
                var qw = words[queWord];
                contentStart = FrenchText.Lower(qw.Of(text)) == "que" ? qw.End : qw.Start + 3;
            }
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
        bool sorted = SpeechVerbList.SortedByStart(verbs);
        for (int vi = SpeechVerbList.FirstFrom(verbs, content.Start + 1); vi < verbs.Count; vi++)
        {
            var v2 = verbs[vi];
            if (sorted && v2.Span.Start >= content.End) break;
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

    /// <summary>
    /// "X a réclamé la tenue d'un comité…", "X a plaidé pour une ratification rapide…": a demand stated as a noun
    /// phrase is the claim, up to the end of its clause.
    /// </summary>
    /// <param name="gapFrom">Where the space before the word at <paramref name="after"/> starts (past an emphatic incise).</param>
    private void AddObjectClaim(AnalyzedDocument doc, List<TextSpan> words, SpeechVerbMatch v, int after, int gapFrom, List<Candidate> candidates)
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
        if (!OnlySpaces(text, j == after ? gapFrom : words[j - 1].End, words[j].Start)) return;
        string det = FrenchText.Lower(words[j].Of(text));
        // "a accusé Nairobi de …", "a accusé le gouvernement d'avoir …": whom, then of what
        bool accusation = v.Lemma == "accuser";
        if (accusation ? !(char.IsUpper(text[words[j].Start]) || Determiners.Contains(det)) || !AccusationFollows(text, words, j)
            : !Determiners.Contains(det) && !det.StartsWith("l'", StringComparison.Ordinal) && !det.StartsWith("l’", StringComparison.Ordinal)) return;
        int si = doc.SentenceIndexAt(v.Span.Start);
        if (si < 0) return;
        var sentence = doc.Sentences[si];
        int end = EndOfReportedClause(text, words[j].Start, sentence.End);
        // "…, selon son porte-parole", "…, tandis que Y …": no part of what was said
        end = ObjectEnd(text, words[j].Start, end);
        var content = new TextSpan(words[j].Start, end);
        // two words are enough when one is the speaker's own, quoted ("réclame un « rééquilibrage »")
        if (CountWordsBetween(words, content.Start, content.End) < (HoldsQuotation(text, content) ? 2 : 3)) return;
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
                if (v.FirstWord == 0) continue;
                // "…, a ajouté la préfecture": the auxiliary opens the incise; "…, indique la SNCF": a finite verb does
                if (Auxiliaries.Contains(FrenchText.Lower(words[v.FirstWord - 1].Of(text)))) start = words[v.FirstWord - 1].Start;
                else if (!IsFiniteInvertedForm(text, words, v)) continue;
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
            // "…, estime pour sa part X": the subject comes after a discourse adverbial
            int subjectFrom = _grammar.AfterInvertedAdverbial(text, v.Span.End);
            if (v.InvertedPronoun is null && finder.SubjectAfter(subjectFrom, clauseEnd) is null && !StartsWithDefiniteArticle(text, subjectFrom)) continue;
            // "…, redoutent la jonction des feux": without an auxiliary, only a named speaker after the verb makes it an incise
            if (v.InvertedPronoun is null && start == v.Span.Start && finder.SubjectAfter(subjectFrom, clauseEnd) is null) continue;
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
            else { c.Rule = SpeakerRule.AfterOrAnaphoric; c.RuleFrom = subjectFrom; c.RuleTo = clauseEnd; }
            candidates.Add(c);
        }
    }

    /// <summary>
    /// "…, indique la SNCF", "…, ajoute-t-elle", "…, précisa le maire": a finite form right after a comma (no participle,
    /// infinitive or gerund, which need an auxiliary or a subject before them).
    /// </summary>
    private static bool IsFiniteInvertedForm(string text, List<TextSpan> words, SpeechVerbMatch v)
    {
        int p = words[v.FirstWord].Start - 1;
        while (p >= 0 && char.IsWhiteSpace(text[p])) p--;
        if (p < 0 || text[p] != ',') return false;
        string w = FrenchText.Lower(words[v.FirstWord].Of(text));
        return !(w.EndsWith('é') || w.EndsWith("ée", StringComparison.Ordinal) || w.EndsWith("és", StringComparison.Ordinal) || w.EndsWith("ées", StringComparison.Ordinal)
            || w.EndsWith("er", StringComparison.Ordinal) || w.EndsWith("ir", StringComparison.Ordinal) || w.EndsWith("ant", StringComparison.Ordinal)
            || w.StartsWith("s'", StringComparison.Ordinal) || w == "se");
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
        // "La ministre a, pour sa part, indiqué que …": the subject stands before the auxiliary, past the adverbial incise
        int first = AuxiliaryBeforeIncise(text, words, v, sentence) ?? v.FirstWord;
        int verbStart = first < v.FirstWord ? words[first].Start : v.Span.Start;
        for (int j = first - 1; j >= 0 && j >= first - 4 && words[j].Start >= sentence.Start; j--)
        {
            string w = FrenchText.Lower(words[j].Of(text));
            if (SubjectPronouns.Contains(w)) { c.Rule = SpeakerRule.Pronoun; c.RuleFrom = words[j].Start; c.SpeakerSpan = words[j]; c.Pronoun = w; return; }
            // "Celle-ci a souligné que": the woman named last before
            if (_grammar.LatestMasculine.Contains(w) || _grammar.LatestFeminine.Contains(w))
            {
                c.Rule = SpeakerRule.Latest; c.RuleFrom = words[j].Start; c.SpeakerSpan = words[j]; c.Pronoun = _grammar.LatestFeminine.Contains(w) ? "elle" : "il";
                return;
            }
            // "Cette dernière a affirmé", "ce dernier a estimé": the person named last before, of that gender
            if (w is "dernier" or "dernière" && j > 0 && FrenchText.Lower(words[j - 1].Of(text)) is "ce" or "cette" && words[j - 1].Start >= sentence.Start)
            {
                c.Rule = SpeakerRule.Latest; c.RuleFrom = words[j - 1].Start; c.SpeakerSpan = new TextSpan(words[j - 1].Start, words[j].End); c.Pronoun = w == "dernier" ? "il" : "elle";
                return;
            }
            // "X, qui estime que …", "saluée par X, qui a jugé que …": a subject relative pronoun stands for the mention before it,
            // whatever role that mention plays in the main clause
            if (_grammar.SubjectRelatives.Contains(w)) { c.Rule = SpeakerRule.Relative; c.RuleFrom = words[j].Start; return; }
            if (!SkippableBeforeVerb.Contains(w)) break;
        }
        c.Rule = SpeakerRule.Before; c.RuleFrom = sentence.Start; c.RuleTo = verbStart;
    }

    /// <summary>Words an adverbial incise between an auxiliary and its participle may hold ("a, pour sa part, indiqué").</summary>
    private const int MaxInciseWords = 6;

    /// <summary>
    /// "X a, pour sa part, indiqué que", "X avait, dès lundi, annoncé que": the index of the auxiliary before an adverbial set off
    /// by commas right before the participle; null when the verb is not so split.
    /// </summary>
    private int? AuxiliaryBeforeIncise(string text, List<TextSpan> words, SpeechVerbMatch v, TextSpan sentence)
    {
        int k = v.FirstWord - 1;
        if (k < 1 || words[k].Start < sentence.Start || !text.AsSpan(words[k].End, v.Span.Start - words[k].End).Contains(',')) return null;
        for (int j = k - 1; j >= 0 && j >= k - MaxInciseWords && words[j].Start >= sentence.Start; j--)
        {
            var gap = text.AsSpan(words[j].End, words[j + 1].Start - words[j].End);
            if (gap.ContainsAny(".;:«»\"()")) return null;
            if (!gap.Contains(',')) continue;
            return Auxiliaries.Contains(FrenchText.Lower(words[j].Of(text))) ? j : null;
        }
        return null;
    }

    /// <summary>
    /// ", elle," right at <paramref name="from"/> (spaces allowed): the end of an incise holding one stressed pronoun
    /// (claim-grammar.tsv, emphatic-pronoun), just past its closing comma; null when there is none.
    /// </summary>
    private int? EmphaticInciseEnd(string text, int from)
    {
        int p = from;
        while (p < text.Length && text[p] is ' ' or '\u00A0') p++;
        if (p >= text.Length || text[p] != ',') return null;
        p++;
        while (p < text.Length && text[p] is ' ' or '\u00A0') p++;
        int s = p;
        while (p < text.Length && char.IsLetter(text[p])) p++;
        if (p == s || !_grammar.EmphaticPronouns.Contains(FrenchText.Lower(text.AsSpan(s, p - s)))) return null;
        while (p < text.Length && text[p] is ' ' or '\u00A0') p++;
        return p < text.Length && text[p] == ',' ? p + 1 : null;
    }

    /// <summary>Words an adverbial incise between a reporting verb and its "que" may hold ("a assuré, lors de la conférence de presse qui a suivi, que").</summary>
    private const int MaxVerbQueInciseWords = 12;

    /// <summary>
    /// ", lors de la conférence de presse qui a suivi, que": a comma right at <paramref name="from"/>, an adverbial of at most
    /// <see cref="MaxVerbQueInciseWords"/> words with no other punctuation but its closing comma, then "que"/"qu'": the index of
    /// that word; null otherwise. The closing "que" is what makes the incise safe to cross (nothing else follows a reporting
    /// verb and a comma with "que").
    /// </summary>
    private static int? AdverbialInciseBeforeQue(string text, List<TextSpan> words, int after, int from)
    {
        int p = from;
        while (p < text.Length && text[p] is ' ' or '\u00A0') p++;
        if (p >= text.Length || text[p] != ',' || after >= words.Count) return null;
        for (int j = after + 1; j < words.Count && j <= after + MaxVerbQueInciseWords; j++)
        {
            var gap = text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End);
            if (gap.ContainsAny(".;:!?«»\"“”()\n")) return null;
            if (!gap.Contains(',')) continue;
            string w = FrenchText.Lower(words[j].Of(text));
            return w == "que" || w.StartsWith("qu'", StringComparison.Ordinal) ? j : null;
        }
        return null;
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

    /// <summary>The span holds a quotation opened and closed inside it (« … » or typographic double quotes).</summary>
    private static bool HoldsQuotation(string text, TextSpan span)
    {
        var s = text.AsSpan(span.Start, span.Length);
        int open = s.IndexOfAny('«', '“');
        return open >= 0 && s[(open + 1)..].IndexOfAny('»', '”') >= 0;
    }
}
