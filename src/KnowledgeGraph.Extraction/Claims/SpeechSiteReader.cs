using KnowledgeGraph.Extraction.Language;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// Reads the language layer's speech-verb sites (<see cref="AnalyzedDocument.SpeechVerbSites"/>: reporting predicates
/// found by lemma, so every tense and person the lexicon knows) as <see cref="SpeechVerbMatch"/>es over the claim
/// extractor's words, and adds those that the claim lexicon (speech-verbs.tsv, speech-predicates.tsv) did not find.
/// The lexicon's matches come first where both found a verb: they carry the multi-word predicate lemmas
/// ("mettre en garde") that the object rules of speech-predicates.tsv are keyed on.
/// </summary>
internal static class SpeechSiteReader
{
    /// <summary>Label of the sites whose verb reports only after a quotation (patterns-speech-predicates-fr.tsv).</summary>
    public const string PostOnlyLabel = "speech-post";

    /// <summary><paramref name="found"/> (text order) with the layer's sites that overlap none of them, in text order.</summary>
    public static List<SpeechVerbMatch> Merge(AnalyzedDocument doc, List<TextSpan> words, List<SpeechVerbMatch> found, SpeechVerbLexicon lexicon)
    {
        if (doc.SpeechVerbSites.Count == 0 || doc.Morphology.Length != doc.Tokens.Count || words.Count == 0) return found;
        var merged = new List<SpeechVerbMatch>(found.Count + 4);
        int f = 0;
        bool added = false;
        foreach (var site in doc.SpeechVerbSites)
        {
            while (f < found.Count && found[f].Span.End <= site.Span.Start) merged.Add(found[f++]);
            if (f < found.Count && found[f].Span.Overlaps(site.Span)) continue;
            if (f > 0 && found[f - 1].Span.Overlaps(site.Span)) continue;
            if (ToMatch(doc, words, site, lexicon) is not { } match) continue;
            if (merged.Count > 0 && merged[^1].Span.Overlaps(match.Span)) continue;
            if (f < found.Count && found[f].Span.Overlaps(match.Span)) continue;
            merged.Add(match);
            added = true;
        }
        while (f < found.Count) merged.Add(found[f++]);
        return added ? merged : found;
    }

    private static SpeechVerbMatch? ToMatch(AnalyzedDocument doc, List<TextSpan> words, PatternMatch site, SpeechVerbLexicon lexicon)
    {
        if (VerbLemma(doc, site) is not { } lemma) return null;
        int first = ClauseText.FirstWordAtOrAfter(words, site.Span.Start);
        // the site starts inside a word: "s'assurer" matched as "assurer" is another verb (the reflexive one is not
        // speech) — the reflexive patterns start at the pronoun, which starts the word
        if (first > 0 && words[first - 1].End > site.Span.Start) return null;
        if (first >= words.Count || words[first].Start >= site.Span.End) return null;
        int last = first;
        while (last + 1 < words.Count && words[last + 1].Start < site.Span.End) last++;
        // "glisse-t-il": the inverted pronoun hyphenated to the last word belongs to the match
        string? pronoun = lexicon.InvertedPronounOf(FrenchText.Lower(words[last].Of(doc.Text)), out _);
        return lexicon.WithAuxiliaryPronoun(doc.Text, words, first, last - first + 1, lemma, pronoun, site.Label == PostOnlyLabel);
    }

    /// <summary>The infinitive of the site's reporting verb: the first token with a verb reading other than "être"/"avoir",
    /// with its reflexive pronoun when the site opens with one ("s'inquiéter").</summary>
    private static string? VerbLemma(AnalyzedDocument doc, PatternMatch site)
    {
        for (int t = site.StartToken; t < site.EndToken && t < doc.Morphology.Length; t++)
        {
            var analysis = doc.Morphology[t];
            MorphAnalysis? verb = analysis.Best is { Pos: PartOfSpeech.Verb } best && !IsAuxiliaryLemma(best.FoldedLemma) ? best : null;
            if (verb is null && analysis.Readings is { } readings)
                foreach (var r in readings)
                    if (r.Pos == PartOfSpeech.Verb && !IsAuxiliaryLemma(r.FoldedLemma)) { verb = r; break; }
            if (verb is null) continue;
            string reflexive = doc.Folded[site.StartToken];
            if (t == site.StartToken || reflexive is not ("s'" or "se")) return verb.Lemma;
            return "aeiouyhâàéèêîïôû".Contains(verb.Lemma[0]) ? "s'" + verb.Lemma : "se " + verb.Lemma;
        }
        return null;
    }

    private static bool IsAuxiliaryLemma(string folded) => folded is "etre" or "avoir";
}
