using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Claims.ClauseText;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// Reporting predicates whose object is the claim (speech-predicates.tsv): "X a mis en garde contre une escalade",
/// "X a fait part de son inquiétude", "X s'est inquiétée du sort des otages", "X a rappelé son attachement à la paix".
/// </summary>
public sealed partial class ClaimExtractor
{
    /// <summary>Adverbs and short time words allowed between a predicate and its introducer ("a mis en garde jeudi contre").</summary>
    private bool SkippableAfterPredicate(AnalyzedDocument doc, string word, TextSpan span) =>
        _grammar.VerbAdverbs.Contains(word) || DateContains(doc, span);

    /// <summary>Some date contains <paramref name="span"/> (only the dates that reach it are read).</summary>
    private static bool DateContains(AnalyzedDocument doc, TextSpan span)
    {
        bool sorted = doc.DatesSortedByStart;
        for (int k = doc.FirstDateReaching(span.End); k < doc.Dates.Count; k++)
        {
            var d = doc.Dates[k];
            if (sorted && d.Span.Start > span.Start) break;
            if (d.Span.Contains(span)) return true;
        }
        return false;
    }

    private void AddPredicateObjectClaim(AnalyzedDocument doc, List<TextSpan> words, SpeechVerbMatch v, SpeechPredicate predicate, SpeakerFinder finder,
        List<Candidate> candidates)
    {
        string text = doc.Text;
        // "pour dénoncer", "doit mettre en garde": an infinitive states a purpose or an obligation, not what was said
        if (v.InvertedPronoun is not null || IsInfinitive(text, words, v)) return;
        int after = v.FirstWord + v.WordCount;
        int si = doc.SentenceIndexAt(v.Span.Start);
        if (si < 0) return;
        var sentence = doc.Sentences[si];
        int start = -1;
        if (predicate.ContentWordsFromEnd > 0)
        {
            start = words[after - predicate.ContentWordsFromEnd].Start;
            if (IntroducerAt(doc, words, after, sentence.End, predicate.Introducers) < 0) return;
        }
        else
        {
            int j = after;
            while (j < words.Count && j < after + 3 && words[j].Start < sentence.End && OnlySpaces(text, words[j - 1].End, words[j].Start)
                   && SkippableAfterPredicate(doc, FrenchText.Lower(words[j].Of(text)), words[j])) j++;
            start = IntroducerAt(doc, words, j, sentence.End, predicate.Introducers);
            if (start < 0) return;
        }
        // "…, a annoncé la présidence kényane", "« … », a promis le ministre": after a comma the noun phrase that follows the verb
        // is its inverted subject when it names a speaker, not its object
        // — so too after a comma that closes a clause ("La visite a été écourtée, a annoncé la présidence.") when the noun
        // phrase ends the sentence, as an incise does
        bool nounPhrase = predicate.Introducers.Contains("DET") || predicate.Introducers.Contains("NP");
        if (nounPhrase && IsAfterComma(text, words, v)
            && (finder.SubjectAfter(v.Span.End, ClauseEnd(text, v.Span.End, sentence.End)) is not null
                || CountWordsBetween(words, v.Span.End, sentence.End) <= MaxInciseTailWords && ClauseBefore(doc, words, sentence.Start, v))) return;
        int end = EndOfReportedClause(text, start, sentence.End);
        // "…, selon son porte-parole": the source phrase after a comma is no part of what was said
        end = ObjectEnd(text, start, end);
        // "Le président, qui avait promis des mesures, a déclaré que …": a relative clause's object ends at the comma closing it
        if (AfterRelativePronoun(text, words, v) && text.IndexOf(',', start, Math.Max(0, end - start)) is var closing and >= 0) end = closing;
        // "a insisté sur un point : les familles ne doivent pas …": a short noun phrase announcing a colon; the claim follows it
        int colon = text.IndexOf(':', start, Math.Max(0, end - start));
        if (colon >= 0 && CountWordsBetween(words, start, colon) <= 3 && CountWordsBetween(words, colon, end) >= 3)
        {
            // "a promis un geste : « Nous simplifierons … »": a quotation after the colon is a direct quote of its own
            int next = colon + 1;
            while (next < end && char.IsWhiteSpace(text[next])) next++;
            if (next < end && text[next] is '«' or '"' or '“') return;
            start = colon + 1;
        }
        var content = new TextSpan(start, end);
        if (CountWordsBetween(words, content.Start, content.End) < (predicate.Introducers.Contains("NP") ? MinAnnouncedObjectWords : 2)) return;
        var c = new Candidate { Span = new TextSpan(Math.Min(sentence.Start, v.Span.Start), sentence.End), Content = content, Direct = false, Verb = v, Sentence = si };
        SetVerbSubjectRule(doc, words, v, sentence, c);
        if (IsCoordinated(text, words, v)) { c.Rule = SpeakerRule.SameSentenceSpeaker; c.RuleFrom = sentence.Start; c.RuleTo = v.Span.Start; }
        candidates.Add(c);
    }

    /// <summary>The verb, or the auxiliary before it, comes right after a comma ("…, a annoncé X", "« … », promet X").</summary>
    private bool IsAfterComma(string text, List<TextSpan> words, SpeechVerbMatch v)
    {
        int first = v.FirstWord;
        if (first > 0 && Auxiliaries.Contains(FrenchText.Lower(words[first - 1].Of(text)))) first--;
        int p = words[first].Start - 1;
        while (p >= 0 && char.IsWhiteSpace(text[p])) p--;
        if (p < 0 || text[p] != ',') return false;
        // "a, lui, dénoncé", "a, pour sa part, salué": an incise of a few words inside the verb group, after its auxiliary
        for (int k = first - 1, n = 0; k > 0 && n < 4; k--, n++)
            if (text.IndexOf(',', words[k - 1].End, words[k].Start - words[k - 1].End) >= 0)
                return !Auxiliaries.Contains(FrenchText.Lower(words[k - 1].Of(text)));
        return true;
    }

    /// <summary>The verb group (auxiliary included) follows a relative pronoun: ", qui a promis …", ", qui avait dénoncé …".</summary>
    private bool AfterRelativePronoun(string text, List<TextSpan> words, SpeechVerbMatch v)
    {
        int k = v.FirstWord - 1;
        for (int guard = 0; guard < 2 && k >= 0 && Auxiliaries.Contains(FrenchText.Lower(words[k].Of(text))); guard++) k--;
        return k >= 0 && FrenchText.Lower(words[k].Of(text)) == "qui";
    }

    /// <summary>Least words of an NP object ("la création de 120 postes"): "un recours", "un geste" announce no content.</summary>
    private const int MinAnnouncedObjectWords = 3;

    /// <summary>Words after an inverted reporting verb up to the end of its sentence, at most ("…, a annoncé la présidence du pays.").</summary>
    private const int MaxInciseTailWords = 12;

    /// <summary>
    /// The sentence before the comma that precedes the verb is a clause: it ends with a quotation, or holds a verb or an
    /// auxiliary (the language layer's part of speech; four words at least when the layer is absent) — not a subject and its
    /// apposition ("Le ministre, en visite à Dakar, a annoncé …").
    /// </summary>
    private bool ClauseBefore(AnalyzedDocument doc, List<TextSpan> words, int sentenceStart, SpeechVerbMatch v)
    {
        string text = doc.Text;
        int first = v.FirstWord;
        if (first > 0 && Auxiliaries.Contains(FrenchText.Lower(words[first - 1].Of(text)))) first--;
        int comma = words[first].Start - 1;
        while (comma >= 0 && char.IsWhiteSpace(text[comma])) comma--;
        int q = comma - 1;
        while (q >= sentenceStart && char.IsWhiteSpace(text[q])) q--;
        if (q >= sentenceStart && text[q] is '»' or '"' or '”') return true;
        if (doc.Morphology.Length != doc.Tokens.Count) return CountWordsBetween(words, sentenceStart, comma) >= 4;
        for (int t = doc.TokenIndexAtOrAfter(sentenceStart); t < doc.Tokens.Count && doc.Tokens[t].Span.Start < comma; t++)
            // a capitalised word is a name, whatever the lexicon says of its letters ("Sophie Ferrant": "ferrant" of "ferrer")
            if (doc.Morphology[t].Pos is Language.PartOfSpeech.Verb or Language.PartOfSpeech.Auxiliary && !char.IsUpper(text[doc.Tokens[t].Span.Start])) return true;
        return false;
    }

    /// <summary>The verb is an infinitive ("pour dénoncer", "s'inquiéter de"): its last word ends like one and no auxiliary precedes.</summary>
    private static bool IsInfinitive(string text, List<TextSpan> words, SpeechVerbMatch v)
    {
        string first = FrenchText.Lower(words[v.FirstWord].Of(text));
        string verb = first.StartsWith("s'", StringComparison.Ordinal) ? first[2..] : first is "se" && v.WordCount > 1 ? FrenchText.Lower(words[v.FirstWord + 1].Of(text)) : first;
        return verb.EndsWith("er", StringComparison.Ordinal) || verb.EndsWith("ir", StringComparison.Ordinal) || verb.EndsWith("re", StringComparison.Ordinal) && !verb.EndsWith("ère", StringComparison.Ordinal);
    }

    /// <summary>
    /// Where a noun-phrase object ends before <paramref name="end"/>: at ", selon …" (the source, no part of what was said)
    /// or at a clause that opens with a contrast conjunction (claim-grammar.tsv "object-break": "fait part de l'inquiétude
    /// de Madrid, tandis que le ministre portugais a plaidé …").
    /// </summary>
    private int ObjectEnd(string text, int start, int end)
    {
        for (int from = start; from < end;)
        {
            int selon = text.IndexOf(", selon ", from, Math.Max(0, end - from), StringComparison.OrdinalIgnoreCase);
            if (selon < 0) break;
            // "un ennemi qui, selon lui, « ignore les frontières »": the speaker's own attribution inside the object goes on
            int after = selon + ", selon ".Length;
            var rest = FrenchText.Lower(text.AsSpan(after, Math.Min(7, text.Length - after)));
            if (rest.StartsWith("lui,") || rest.StartsWith("elle,") || rest.StartsWith("eux,") || rest.StartsWith("elles,")) { from = after; continue; }
            end = selon;
            break;
        }
        foreach (var cue in _grammar.List("object-break"))
        {
            int at = text.IndexOf(cue, start, Math.Max(0, end - start), StringComparison.OrdinalIgnoreCase);
            if (at >= 0) end = at;
        }
        return end;
    }

    /// <summary>Introducer "OBJ par": a short object, then the word that opens the claim ("a motivé son refus par …").</summary>
    private const string ObjectThen = "OBJ ";

    /// <summary>Most words of the object between the verb and the word that opens the reason ("a justifié la fermeture du site par").</summary>
    private const int MaxReasonObjectWords = 6;

    /// <summary>
    /// "X a motivé son refus par « la perte de souveraineté »", "a justifié la fermeture du site par la chute des commandes",
    /// "explique ce report par …": the object (a determiner, possessive or demonstrative, then a few words with no punctuation)
    /// is what the speaker did, the phrase after <paramref name="marker"/> is the reason they gave, which is the claim. The
    /// reason opens with a determiner or a quotation ("par téléphone", "par écrit" are means, not reasons); -1 when none.
    /// </summary>
    private int ReasonAfterObject(AnalyzedDocument doc, List<TextSpan> words, int j, int sentenceEnd, string marker)
    {
        string text = doc.Text;
        string first = FrenchText.Lower(words[j].Of(text));
        bool opener = Determiners.Contains(first) || _grammar.Possessives.Contains(first) || _grammar.List("demonstrative").Contains(first)
            || first.Length > 2 && first[0] == 'l' && FrenchText.IsApostrophe(first[1]);
        if (!opener) return -1;
        for (int k = j + 1; k < words.Count && k <= j + MaxReasonObjectWords && words[k].Start < sentenceEnd; k++)
        {
            if (!OnlySpaces(text, words[k - 1].End, words[k].Start)) return -1;
            if (FrenchText.Lower(words[k].Of(text)) != marker) continue;
            if (k + 1 >= words.Count || words[k + 1].Start >= sentenceEnd) return -1;
            int p = words[k].End;
            while (p < words[k + 1].Start && char.IsWhiteSpace(text[p])) p++;
            if (p < words[k + 1].Start && text[p] is '«' or '"' or '“') return p;
            string next = FrenchText.Lower(words[k + 1].Of(text));
            bool determined = Determiners.Contains(next) || _grammar.Possessives.Contains(next) || _grammar.List("demonstrative").Contains(next)
                || next.Length > 2 && next[0] is 'l' or 'd' && FrenchText.IsApostrophe(next[1]);
            return determined && OnlySpaces(text, words[k].End, words[k + 1].Start) ? words[k + 1].Start : -1;
        }
        return -1;
    }

    /// <summary>
    /// Where the claim starts when one of the introducers opens the object at word <paramref name="j"/>: after "contre",
    /// "de" (du, des, d'…), "à" (au, aux); at a determiner or a capitalised name for DET (NP: not a possessive); -1 when none does.
    /// </summary>
    private int IntroducerAt(AnalyzedDocument doc, List<TextSpan> words, int j, int sentenceEnd, IReadOnlyList<string> introducers)
    {
        string text = doc.Text;
        if (j >= words.Count || words[j].Start >= sentenceEnd || j > 0 && !OnlySpaces(text, words[j - 1].End, words[j].Start)) return -1;
        string w = FrenchText.Lower(words[j].Of(text));
        foreach (var intro in introducers)
        {
            switch (intro)
            {
                case "que":
                    continue;
                case "DET":
                    if (Determiners.Contains(w) || _grammar.Possessives.Contains(w) || w.StartsWith("l'", StringComparison.Ordinal) || w.StartsWith("l’", StringComparison.Ordinal)
                        || char.IsUpper(text[words[j].Start])) return words[j].Start;
                    continue;
                // the speaker announcing their own act ("sa démission", "leur fusion", "son intention de …") is news, not a claim
                case "NP":
                    if (Determiners.Contains(w) || w.StartsWith("l'", StringComparison.Ordinal) || w.StartsWith("l’", StringComparison.Ordinal)
                        || char.IsUpper(text[words[j].Start])) return words[j].Start;
                    continue;
                case "de":
                    if (w.StartsWith("d'", StringComparison.Ordinal) || w.StartsWith("d’", StringComparison.Ordinal)) return words[j].Start + 2;
                    if (_grammar.ContractedDe.Contains(w) && j + 1 < words.Count) return words[j + 1].Start;
                    continue;
                case "à":
                    if (_grammar.ContractedA.Contains(w) && j + 1 < words.Count) return words[j + 1].Start;
                    continue;
                default:
                    if (intro.StartsWith(ObjectThen, StringComparison.Ordinal))
                    {
                        if (ReasonAfterObject(doc, words, j, sentenceEnd, intro[ObjectThen.Length..]) is var reason and >= 0) return reason;
                        continue;
                    }
                    if (w == intro && j + 1 < words.Count) return words[j + 1].Start;
                    continue;
            }
        }
        return -1;
    }
}
