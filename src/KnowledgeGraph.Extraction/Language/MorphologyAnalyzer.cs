using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Language;

/// <summary>
/// Gives each token of a document its readings from the lexicon and picks the likeliest one with a few general
/// rules of French word order (no statistical tagger): grammatical words first by default; after a determiner a
/// noun or adjective ("l'est", "cet été"); after a subject or object clitic a verb ("il le dit"); after an
/// auxiliary a participle ("a été"); a capitalised word inside a sentence a proper noun when it can be one.
/// One pass, one lexicon lookup per token; repeated words reuse the lexicon's decoded readings.
/// </summary>
public static class MorphologyAnalyzer
{
    public static TokenAnalysis[] Analyze(FrenchLexicon lexicon, string text, IReadOnlyList<Token> tokens, IReadOnlyList<string> folded,
        IReadOnlyList<Model.TextSpan> sentences)
    {
        var result = new TokenAnalysis[tokens.Count];
        int sentence = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            while (sentence < sentences.Count && sentences[sentence].End <= token.Start) sentence++;
            bool sentenceStart = i == 0 || (sentence < sentences.Count && sentences[sentence].Start >= tokens[i - 1].End);
            var previous = i > 0 ? result[i - 1] : default;
            var next = i + 1 < tokens.Count ? folded[i + 1] : null;
            result[i] = AnalyzeToken(lexicon, text, token, folded[i], previous, next, sentenceStart);
        }
        return result;
    }

    private static TokenAnalysis AnalyzeToken(FrenchLexicon lexicon, string text, Token token, string folded, TokenAnalysis previous,
        string? next, bool sentenceStart)
    {
        switch (token.Kind)
        {
            case TokenKind.Number: return new TokenAnalysis(PartOfSpeech.Numeral, null, []);
            case TokenKind.Punctuation:
            case TokenKind.Quote: return new TokenAnalysis(PartOfSpeech.Punctuation, null, []);
            case TokenKind.Symbol: return new TokenAnalysis(PartOfSpeech.Symbol, null, []);
        }
        var span = token.SliceOf(text);
        MorphAnalysis[] readings;
        if (token.Kind == TokenKind.Abbreviation && span.Length > 1 && span[^1] == '.')
            readings = Lookup(lexicon, span[..^1]);                 // "M." → "M", "Mme", "etc."
        else if (span.Length > 1 && span[0] == '-')
            readings = Lookup(lexicon, CliticOf(span));             // "-t-il" → "il"
        else
            readings = lexicon.Analyze(span, folded);
        bool capitalized = span.Length > 0 && char.IsUpper(span[0]);
        if (readings.Length == 0 && !capitalized) readings = CompoundHead(lexicon, span);
        if (readings.Length == 0)
            return new TokenAnalysis(capitalized ? PartOfSpeech.ProperNoun : PartOfSpeech.X, null, []);
        var best = token.Kind == TokenKind.Abbreviation && Array.Find(readings, r => r.Pos == PartOfSpeech.Title) is { } title
            ? title                                                   // "M." is Monsieur, not the letter
            : Choose(readings, previous, next, capitalized && !sentenceStart);
        // a capitalised word inside a sentence that the lexicon only knows as a common word is still a name
        // candidate ("Martin", "Roux"): its part of speech says so, its readings keep the common word
        var pos = capitalized && !sentenceStart && !best.IsProper && best.Pos is PartOfSpeech.Noun or PartOfSpeech.Adjective && NoProperReading(readings)
            ? PartOfSpeech.ProperNoun
            : best.Pos;
        return new TokenAnalysis(pos, best, readings);
    }

    private static MorphAnalysis[] Lookup(FrenchLexicon lexicon, ReadOnlySpan<char> form) =>
        form.IsEmpty ? [] : lexicon.Analyze(form, TextFolding.Fold(form));

    // An unknown lowercase compound takes the readings of its head: the word before a demonstrative particle
    // ("fois-ci", "jour-là"), else the last part after a prefix ("co-présidées", "ex-président", "néo-élus").
    private static MorphAnalysis[] CompoundHead(FrenchLexicon lexicon, ReadOnlySpan<char> word)
    {
        int hyphen = word.LastIndexOf('-');
        if (hyphen <= 0 || hyphen == word.Length - 1) return [];
        var last = word[(hyphen + 1)..];
        return last is "ci" or "là" or "la" ? Lookup(lexicon, word[..hyphen]) : Lookup(lexicon, last);
    }

    private static ReadOnlySpan<char> CliticOf(ReadOnlySpan<char> s)
    {
        var rest = s[1..];
        if (rest.Length > 2 && (rest[0] == 't' || rest[0] == 'T') && rest[1] == '-') rest = rest[2..];
        return rest;
    }

    private static bool NoProperReading(MorphAnalysis[] readings)
    {
        foreach (var r in readings) if (r.IsProper) return false;
        return true;
    }

    private static MorphAnalysis Choose(MorphAnalysis[] readings, TokenAnalysis previous, string? next, bool capitalizedInside)
    {
        if (readings.Length == 1) return readings[0];
        MorphAnalysis best = readings[0];
        int bestScore = int.MinValue;
        foreach (var r in readings)
        {
            int score = Prior(r) + Context(r, previous);
            // a verb introducing a clause or a colon: "précise que", "annonce :"
            if (r.IsVerbal && r.IsFinite && next is "que" or "qu'" or ":") score += 10;
            // an inverted subject clitic makes a verb: "lance-t-il", "estime-t-elle", "dit-il"
            if (r.IsVerbal && r.IsFinite && next is { Length: > 1 } && next[0] == '-') score += 20;
            if (capitalizedInside && r.IsProper) score += 40;
            if (score > bestScore) { best = r; bestScore = score; }
        }
        return best;
    }

    // Default preference between the readings of an ambiguous form, from how often each kind of reading is the
    // right one in running text: grammatical words ("est", "pas", "que") before content words.
    private static int Prior(MorphAnalysis r) => r.Pos switch
    {
        PartOfSpeech.Determiner => 60,
        PartOfSpeech.Adposition => 58,
        PartOfSpeech.Pronoun => 55,
        PartOfSpeech.CoordinatingConjunction => 55,
        PartOfSpeech.SubordinatingConjunction => 52,
        PartOfSpeech.Auxiliary => 50,
        PartOfSpeech.Noun => 40,
        PartOfSpeech.Verb when r.IsFinite => 35,
        PartOfSpeech.Adjective => 34,
        PartOfSpeech.Verb when r.IsPastParticiple => 33,
        PartOfSpeech.Adverb => 32,
        PartOfSpeech.Verb => 31,
        PartOfSpeech.Numeral or PartOfSpeech.Title => 30,
        PartOfSpeech.ProperNoun => 20,
        PartOfSpeech.Interjection => 5,
        _ => 1,
    };

    private static int Context(MorphAnalysis r, TokenAnalysis previous)
    {
        switch (previous.Pos)
        {
            case PartOfSpeech.Determiner:
                return r.Pos is PartOfSpeech.Noun or PartOfSpeech.Adjective or PartOfSpeech.Numeral or PartOfSpeech.ProperNoun ? 30
                    : r.IsVerbal || r.Pos == PartOfSpeech.Pronoun ? -20 : 0;
            case PartOfSpeech.Pronoun:
                return r.IsVerbal && (r.IsFinite || r.IsPastParticiple) || r.Pos == PartOfSpeech.Pronoun ? 30 : 0;
            case PartOfSpeech.Auxiliary:
                return r.IsVerbal && r.IsPastParticiple ? 25 : r.Pos == PartOfSpeech.Adverb ? 10 : 0;
            case PartOfSpeech.Noun:
            case PartOfSpeech.ProperNoun:
                // French seldom puts two bare nouns side by side: after a noun, an adjective or a verb ("le ministre dit")
                return r.Pos == PartOfSpeech.Noun ? -15 : 0;
            default:
                return 0;
        }
    }
}
