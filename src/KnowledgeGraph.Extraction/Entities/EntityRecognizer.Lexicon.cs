using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Language;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Entities;

// The lexicon as evidence about capitalised words: a word it knows only as a common word (a verb form, an adverb, a
// preposition) is capitalised because it opens a sentence or a headline, not because it is a name; a word it flags as
// a first name, surname or place may be one.
public sealed partial class EntityRecognizer
{
    // the lexicon questions live in the language layer (MorphQueries), shared with the other components
    internal static TokenAnalysis Morph(AnalyzedDocument doc, int i) => MorphQueries.Morph(doc, i);

    internal static bool IsCommonOnly(TokenAnalysis a) => MorphQueries.IsCommonOnly(a);

    internal static bool IsFiniteVerbOnly(TokenAnalysis a) => MorphQueries.IsFiniteVerbOnly(a);

    internal static bool IsLexiconAdjective(TokenAnalysis a) => MorphQueries.IsAdjective(a);

    /// <summary>
    /// A common word that can be no name start when its capital comes from the sentence or the headline: some reading is a
    /// verb form (finite or participle: "Interrogé", "Accusé", "Reçu"), an adverb ("Longtemps"), a preposition ("Selon"),
    /// a conjunction, a pronoun or a determiner. Words known only as nouns or adjectives ("Ateliers") are left to the rules.
    /// </summary>
    private static bool IsFunctionOrVerbWord(TokenAnalysis a)
    {
        if (!IsCommonOnly(a)) return false;
        foreach (var r in a.Readings)
            if (r.Pos is PartOfSpeech.Verb or PartOfSpeech.Auxiliary or PartOfSpeech.Adverb or PartOfSpeech.Adposition
                or PartOfSpeech.CoordinatingConjunction or PartOfSpeech.SubordinatingConjunction or PartOfSpeech.Pronoun
                or PartOfSpeech.Determiner or PartOfSpeech.Interjection)
                return true;
        return false;
    }

    /// <summary>Every reading is a verb form ("Promet", "Annoncé" without a noun reading): no name word.</summary>
    private static bool IsVerbOnly(TokenAnalysis a)
    {
        if (!IsCommonOnly(a)) return false;
        foreach (var r in a.Readings)
            if (!r.IsVerbal) return false;
        return true;
    }

    /// <summary>
    /// Tokens of headline-style lines, where every content word is capitalised ("Le Ministre Promet Des Réformes"): a short
    /// paragraph with at least three words of four letters or more, all capitalised. One pass over the paragraphs.
    /// </summary>
    private static bool[] TitleCaseTokens(AnalyzedDocument doc)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var result = new bool[tokens.Count];
        int t = 0;
        foreach (var p in doc.Paragraphs)
        {
            while (t < tokens.Count && tokens[t].Start < p.Start) t++;
            int first = t, content = 0, capital = 0, k = t;
            for (; k < tokens.Count && tokens[k].Start < p.End; k++)
            {
                if (tokens[k].Kind != TokenKind.Word || tokens[k].Length < 4) continue;
                content++;
                if (char.IsUpper(text[tokens[k].Start])) capital++;
            }
            if (p.Length <= 200 && content >= 3 && capital == content)
                for (int j = first; j < k; j++) result[j] = true;
            t = k;
        }
        return result;
    }

    /// <summary>
    /// "le Groupe de soutien à l'islam et aux musulmans (GSIM)", "le Centre de crise et de soutien (CDCS)": a body's name runs on
    /// through lower-case words (no comma, at most ten tokens) to a bracketed acronym when the acronym's letters are, in
    /// order, initials of the words from the head word on, the first and the last word included. Otherwise <paramref name="end"/>.
    /// A place the gazetteer found on the way ("le Groupe hospitalier de la région de Mulhouse et Sud Alsace (GHRMSA)") is part
    /// of the name when the acronym takes its initials: its candidate is dropped from <paramref name="candidates"/>.
    /// </summary>
    private static int ExtendToBracketAcronym(string text, List<Token> tokens, IReadOnlyList<string> f, bool[] used, int head, int end, List<Candidate> candidates)
    {
        int n = tokens.Count, k = end;
        var places = new List<Candidate>();
        for (; k < n && k - end <= 10 && f[k] != "("; k++)
        {
            if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Elision)) return end;
            if (!used[k]) continue;
            // (a used token is taken only as part of a place candidate that lies wholly before the bracket)
            if (places.Count > 0 && places[^1].End > k) continue;
            var place = candidates.Find(c => c.Start == k && c.Kind == EntityKind.Place);
            if (place is null) return end;
            places.Add(place);
        }
        if (places.Count > 0 && places[^1].End > k) return end;
        // "(GSIM)" or "(GSIM, ou JNIM)": the acronym opens the bracket
        if (k == end || k + 2 >= n || f[k] != "(" || f[k + 2] is not (")" or "," or ";") || tokens[k - 1].Kind != TokenKind.Word) return end;
        var acronym = tokens[k + 1].SliceOf(text);
        if (acronym.Length is < 3 or > 8 || tokens[k + 1].Kind != TokenKind.Word || !IsAllCaps(acronym)) return end;
        int a = 0;
        for (int t = head; t < k && a < acronym.Length; t++)
        {
            if (tokens[t].Kind != TokenKind.Word || f[t].Length == 0) continue;
            if (char.ToUpperInvariant(f[t][0]) != acronym[a]) { if (t == head) return end; continue; }
            a++;
            if (a == acronym.Length && t != k - 1) return end; // the last letter must be the last word's
        }
        if (a != acronym.Length) return end;
        foreach (var place in places) candidates.Remove(place);
        return k;
    }

    // Rules that make a lone capitalised word a person from its context (a speech verb, a subject position, an apposed role)
    // do not hold for a word the lexicon knows only as a common word: "Celle-ci a remercié", "La Bourse a salué", "le ministre
    // de la Justice, garde des Sceaux, X" (the portfolio before an apposition). A title ("Mme Borne"), a role before the name
    // or the surname of a full name written elsewhere still make one.
    private bool IsCommonWordPerson(AnalyzedDocument doc, Candidate r, HashSet<string> personSurnames) =>
        r.Kind == EntityKind.Person && r.End - r.Start == 1 && !personSurnames.Contains(doc.Folded[r.Start])
        && (r.Source is "speech-verb" or "subject" or "role-after" or "relation-apposition" && !_g.IsFirstName(doc.Folded[r.Start]) && IsCommonOnly(Morph(doc, r.Start))
            // "le Trésor a levé", "la Patience": a first name that is also a common noun, alone after a determiner, is the noun
            || r.Source is "speech-verb" or "subject" or "first-name-only" && _g.IsFirstName(doc.Folded[r.Start]) && AfterDeterminer(doc, r.Start)
                && Morph(doc, r.Start).CanBe(Language.PartOfSpeech.Noun));

    // (a capital on the determiner is the sentence's: a name's own article would have joined the run)
    private static bool AfterDeterminer(AnalyzedDocument doc, int i) =>
        i >= 1 && doc.Folded[i - 1] is "le" or "la" or "l'" or "les" or "du" or "des" or "au" or "aux";

    internal static bool IsLexiconPlaceOnly(TokenAnalysis a) => MorphQueries.IsPlaceNameOnly(a);

    /// <summary>
    /// "A321", "D908", "D4a", "RN7", "C2I": one to three letters, a number, at most two more letters: the code of a model, a
    /// road, a line or a tax scheme (known bodies written so, "G20", "TV5Monde", are listed).
    /// </summary>
    internal static bool IsLetterDigitCode(ReadOnlySpan<char> w)
    {
        int k = 0;
        while (k < w.Length && char.IsLetter(w[k])) k++;
        if (k is < 1 or > 3 || !char.IsUpper(w[0])) return false;
        int digits = k;
        while (k < w.Length && char.IsDigit(w[k])) k++;
        if (k == digits) return false;
        int tail = k;
        while (k < w.Length && char.IsLetter(w[k])) k++;
        return k == w.Length && k - tail <= 2;
    }

    private static bool IsLetterOrRomanNumeral(ReadOnlySpan<char> w)
    {
        if (w.Length == 1) return char.IsLetter(w[0]);
        // regnal and team numbers ("XV", "VI", "XIII"): I, V and X only, so that acronyms such as "CDC" or "MDC" stay names
        foreach (var c in w) if (c is not ('I' or 'V' or 'X')) return false;
        return w.Length <= 5;
    }

    // "2e", "1er", "1re", "3ème", "IIe": an ordinal number written as French does
    private static bool IsOrdinal(string folded)
    {
        int d = 0;
        while (d < folded.Length && char.IsDigit(folded[d])) d++;
        if (d == 0) return false;
        var suffix = folded.AsSpan(d);
        return suffix is "e" or "er" or "re" or "eme" or "ere" or "nd" or "nde";
    }
}
