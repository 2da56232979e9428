using KnowledgeGraph.Extraction.Language;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// The incise of a direct quotation with a verb no lexicon lists: in French, a finite verb right after a closing quotation
/// mark and its comma, followed by its inverted subject, reports the quotation whatever the verb ("« … », grince la
/// ministre", "« … », s'étrangle X", "« … », fulmine-t-il", "« … », a grincé le député"). Without this, such a
/// quotation reads as the continuation of the previous speaker's words and is given to them.
/// The verb must be a verb for the language layer (a finite present, imperfect or simple past reading and no common-noun
/// reading, so "« Chez Paulette », place Bellecour" is no incise) unless a reflexive pronoun, an auxiliary or an inverted
/// pronoun makes it one; the subject must follow at once (inverted pronoun, name, or a determiner of
/// claim-grammar.tsv inverted-subject-opener), so "« Le Bistrot », rue des Lilas" is none either; and the quotation must
/// open its sentence, as an incise's quotation does.
/// </summary>
internal static class QuotationIncise
{
    private const VerbMoods FiniteReporting = VerbMoods.Present | VerbMoods.Imperfect | VerbMoods.SimplePast;

    /// <summary><paramref name="verbs"/> (text order) with the incise verbs after quotations that have no known verb there.</summary>
    public static List<SpeechVerbMatch> Add(AnalyzedDocument doc, List<TextSpan> words, IReadOnlyList<Quotation> quotes,
        List<SpeechVerbMatch> verbs, SpeechVerbLexicon lexicon, ClaimGrammar grammar)
    {
        if (doc.Morphology.Length != doc.Tokens.Count || quotes.Count == 0) return verbs;
        List<SpeechVerbMatch>? added = null;
        foreach (var q in quotes)
            if (At(doc, words, q, verbs, lexicon, grammar) is { } match) (added ??= []).Add(match);
        if (added is null) return verbs;
        var merged = new List<SpeechVerbMatch>(verbs.Count + added.Count);
        merged.AddRange(verbs);
        merged.AddRange(added);
        merged.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return merged;
    }

    private static SpeechVerbMatch? At(AnalyzedDocument doc, List<TextSpan> words, Quotation q, List<SpeechVerbMatch> verbs,
        SpeechVerbLexicon lexicon, ClaimGrammar grammar)
    {
        string text = doc.Text;
        // the incise follows a quotation that opens its sentence ("« … », grince X."): a short quoted phrase inside a sentence
        // is part of that sentence's own statement
        int si = doc.SentenceIndexAt(q.Outer.Start);
        if (si < 0 || !ClauseText.OnlyPunctuationBetween(text, doc.Sentences[si].Start, q.Outer.Start)) return null;
        int p = q.Outer.End;
        while (p < text.Length && text[p] is ' ' or '\u00A0') p++;
        if (p >= text.Length || text[p] != ',') return null;
        p++;
        int wi = ClauseText.FirstWordAtOrAfter(words, p);
        if (wi >= words.Count || text.AsSpan(p, words[wi].Start - p).Trim().Length != 0) return null;
        // a verb the lexicons know is read there already
        var read = new TextSpan(words[wi].Start, words[Math.Min(wi + 1, words.Count - 1)].End);
        bool sorted = SpeechVerbList.SortedByStart(verbs);
        for (int vi = SpeechVerbList.FirstReaching(verbs, read.Start); vi < verbs.Count; vi++)
        {
            if (sorted && verbs[vi].Span.Start >= read.End) break;
            if (verbs[vi].Span.Overlaps(read)) return null;
        }
        string first = FrenchText.Lower(words[wi].Of(text));
        if (first.Length == 0 || !char.IsLower(text[words[wi].Start])) return null;
        string? pronoun = lexicon.InvertedPronounOf(first, out string bare);
        int last = wi;
        string? lemma;
        bool reflexiveAuxiliary = bare is "s'est" or "s’est" or "s'était" or "s’était";
        if (grammar.ReportAuxiliaries.Contains(bare) || reflexiveAuxiliary)
        {
            // "a grincé", "a-t-il grincé", "s'est étranglée": the participle after the auxiliary
            if (wi + 1 >= words.Count) return null;
            last = wi + 1;
            lemma = ParticipleLemma(doc, words[last]);
            if (lemma is not null && reflexiveAuxiliary) lemma = Reflexive(lemma);
        }
        else
        {
            bool reflexive = bare.StartsWith("s'", StringComparison.Ordinal) || bare.StartsWith("s’", StringComparison.Ordinal);
            int verbStart = words[wi].Start + (reflexive ? 2 : 0);
            lemma = FiniteLemma(doc, verbStart, allowNoun: reflexive || pronoun is not null);
            if (lemma is not null && reflexive) lemma = Reflexive(lemma);
        }
        if (lemma is null) return null;
        // "a-t-il grincé": the inverted pronoun may ride on the auxiliary
        if (pronoun is null && (pronoun = lexicon.InvertedPronounOf(FrenchText.Lower(words[last].Of(text)), out _)) is null)
        {
            int s = ClauseText.FirstWordAtOrAfter(words, grammar.AfterInvertedAdverbial(text, words[last].End));
            while (s < words.Count && s <= last + 4 && grammar.VerbAdverbs.Contains(FrenchText.Lower(words[s].Of(text)))) s++;
            if (s >= words.Count || !OpensSubject(text, words[s], grammar)) return null;
            if (text.AsSpan(words[last].End, words[s].Start - words[last].End).IndexOfAny(",;:.«»\"") >= 0) return null;
        }
        return new SpeechVerbMatch(new TextSpan(words[wi].Start, words[last].End), lemma, pronoun, wi, last - wi + 1, PostOnly: true);
    }

    private static string Reflexive(string lemma) => "aeiouyhâàéèêîïôû".Contains(lemma[0]) ? "s'" + lemma : "se " + lemma;

    /// <summary>A name, an elided "l'" or a determiner of the inverted-subject-opener set.</summary>
    private static bool OpensSubject(string text, TextSpan word, ClaimGrammar grammar)
    {
        if (char.IsUpper(text[word.Start])) return true;
        string w = FrenchText.Lower(word.Of(text));
        if (w.StartsWith("l'", StringComparison.Ordinal) || w.StartsWith("l’", StringComparison.Ordinal)) return true;
        return grammar.InvertedSubjectOpeners.Contains(w);
    }

    /// <summary>The lemma of a finite verb reading (not "être"/"avoir") of the token at <paramref name="at"/>; null when there is
    /// none, or when the token may also be a common noun and nothing else marks it as a verb.</summary>
    private static string? FiniteLemma(AnalyzedDocument doc, int at, bool allowNoun)
    {
        int t = doc.TokenIndexAtOrAfter(at);
        if (t >= doc.Tokens.Count || doc.Morphology[t].Readings is not { Length: > 0 } readings) return null;
        string? lemma = null;
        foreach (var r in readings)
        {
            if (r.Pos == PartOfSpeech.Noun && !allowNoun) return null;
            if (lemma is null && r.Pos == PartOfSpeech.Verb && (r.Moods & FiniteReporting) != 0 && r.FoldedLemma is not ("etre" or "avoir")) lemma = r.Lemma;
        }
        return lemma;
    }

    private static string? ParticipleLemma(AnalyzedDocument doc, TextSpan word)
    {
        int t = doc.TokenIndexAtOrAfter(word.Start);
        if (t >= doc.Tokens.Count || doc.Morphology[t].Readings is not { Length: > 0 } readings) return null;
        foreach (var r in readings)
            if (r.Pos == PartOfSpeech.Verb && r.IsPastParticiple && r.FoldedLemma is not ("etre" or "avoir")) return r.Lemma;
        return null;
    }
}
