using KnowledgeGraph.Extraction.Dates;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Claims.ClauseText;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>Source cues: "Selon X, …", "…, selon X.", "D'après X, …", "Pour X, « … »".</summary>
public sealed partial class ClaimExtractor
{
    private void AddSourceCues(AnalyzedDocument doc, List<TextSpan> words, List<SpeechVerbMatch> verbs, SpeakerFinder finder, List<Candidate> candidates)
    {
        string text = doc.Text;
        for (int i = 0; i < words.Count; i++)
        {
            string w = FrenchText.Lower(words[i].Of(text));
            // "Pour X, « … »": opening a sentence and followed by a quotation, "pour" names whose view it is
            bool pourCue = w == "pour" && !_sourceCues.Contains(w) && (IsPourQuote(doc, words, i) || IsPourPerson(doc, words, i, finder)
                || doc.SentenceIndexAt(words[i].Start) is var ps and >= 0 && doc.Sentences[ps].Start == words[i].Start
                   && DescriptionCueClause(doc, words, i, doc.Sentences[ps], pour: true) is not null);
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
            // "selon une source camerounaise", "selon des sources diplomatiques": an unnamed source is nobody named nearby
            if (i + 2 < words.Count && FrenchText.Lower(words[i + 1].Of(text)) is "une" or "un" or "des" or "plusieurs"
                && _anonymousHeads.Contains(FrenchText.Lower(words[i + 2].Of(text)))) continue;
            int? source = finder.SourceAfter(words[i].End, sentence.End);
            // "Pour la syndicaliste, « … »", "Selon le ministre, le texte …": a definite description of a person, no name
            if (source is null && CountWordsBetween(words, sentence.Start, words[i].Start) == 0
                && DescriptionCueClause(doc, words, i, sentence, w == "pour") is { } described)
            {
                candidates.Add(new Candidate
                {
                    Span = sentence, Content = described, Direct = false, Verb = null, Sentence = si,
                    Rule = SpeakerRule.Description, RuleFrom = SkipSpaces(text, words[i].End),
                });
                continue;
            }
            if (source is null) continue;
            var m = doc.Entities[source.Value];
            // "Selon un document consulté par l'AFP": the agent of the passive only carried the document (a via), it did not say it
            if (IsPassiveAgent(text, words[i].End, m.Span.Start)) continue;
            TextSpan content;
            int before = CountWordsBetween(words, sentence.Start, words[i].Start);
            int p = words[i].Start - 1;
            while (p >= sentence.Start && char.IsWhiteSpace(text[p])) p--;
            // "Ils l'ont eu : selon le ministre X, le prix …": after a colon the cue opens a clause as at a sentence start
            if (before <= 2 || p >= sentence.Start && text[p] == ':')
            {
                int start = EndOfSourcePhrase(doc, m.Span.End, sentence.End);
                if (start < 0) continue;
                content = new TextSpan(start, sentence.End);
                // "Selon un communiqué de X, le ministre a rappelé que …" / "…, il s'est engagé à « … »": the clause names its own
                // speaker (a reporting verb with its subject, or a subject pronoun and a quotation); X only carried the words
                if (ReportsItsOwnSpeaker(doc, words, verbs, finder, content)) continue;
            }
            // "« … » selon X" (no comma): the quotation closing right before the cue is the claim, as with a comma
            else if (p >= sentence.Start && (text[p] == ',' || text[p] is '»' or '"' or '”' && QuoteOpensSentence(text, sentence.Start)))
            {
                content = new TextSpan(sentence.Start, text[p] == ',' ? p : p + 1);
                // "Il lui a demandé, selon un communiqué de X, de …": a bare reporting clause before the cue is no statement
                if (CountWordsBetween(words, content.Start, content.End) <= 4) continue;
                // "« … », a-t-il affirmé, selon une traduction de X": the clause already names its speaker; X only relayed it
                if (EndsWithReportingIncise(text, words, verbs, content)) continue;
                // "Le Conseil fédéral a motivé sa décision par « … », selon un communiqué du département": likewise
                if (ReportsItsOwnSpeaker(doc, words, verbs, finder, content)) continue;
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

    /// <summary>
    /// The clause holds a reporting verb (outside quotations, not inverted after a quotation) with a subject of its own before
    /// it — a speaking mention, a subject pronoun or a definite description ("le ministre y rappelle") — or opens with "il"/"elle"
    /// and quotes words ("il s'est engagé à « … »"): the cue around it gives the channel, not the speaker.
    /// </summary>
    private bool ReportsItsOwnSpeaker(AnalyzedDocument doc, List<TextSpan> words, List<SpeechVerbMatch> verbs, SpeakerFinder finder, TextSpan clause)
    {
        string text = doc.Text;
        int first = SkipSpaces(text, clause.Start);
        string opener = FirstWordAt(text, first) ?? "";
        bool pronounSubject = opener is "il" or "elle";
        bool sorted = SpeechVerbList.SortedByStart(verbs);
        for (int vi = SpeechVerbList.FirstFrom(verbs, clause.Start); vi < verbs.Count; vi++)
        {
            var v = verbs[vi];
            if (sorted && v.Span.Start > clause.End) break;
            if (v.Span.Start < clause.Start || v.Span.End > clause.End || finder.InsideQuote(v.Span) || v.InvertedPronoun is not null) continue;
            if (pronounSubject || finder.SubjectBefore(clause.Start, v.Span.Start) is not null
                || StartsWithDefiniteArticle(text, first) && BareTitleBefore(doc, first, v.Span.Start)) return true;
        }
        if (!pronounSubject) return false;
        for (int i = first; i < clause.End; i++)
            if (text[i] is '«' or '"' or '“') return true;
        return false;
    }

    /// <summary>The sentence opens with a quotation mark (after spaces or a dash).</summary>
    private static bool QuoteOpensSentence(string text, int sentenceStart)
    {
        int k = sentenceStart;
        while (k < text.Length && (char.IsWhiteSpace(text[k]) || text[k] is '-' or '–' or '—')) k++;
        return k < text.Length && text[k] is '«' or '"' or '“';
    }

    /// <summary>The clause ends with an incise "…, a-t-il affirmé" / "…», a déclaré X": a reporting verb after a comma, a few words from the end.</summary>
    private bool EndsWithReportingIncise(string text, List<TextSpan> words, List<SpeechVerbMatch> verbs, TextSpan clause)
    {
        bool sorted = SpeechVerbList.SortedByStart(verbs);
        for (int vi = SpeechVerbList.FirstFrom(verbs, clause.Start); vi < verbs.Count; vi++)
        {
            var v = verbs[vi];
            if (sorted && v.Span.Start > clause.End) break;
            if (v.Span.Start < clause.Start || v.Span.End > clause.End) continue;
            if (!(v.InvertedPronoun is not null || IsIncise(text, words, v))) continue;
            // "« … », a déclaré X lors d'une conférence de presse commune avec son homologue": right after a closing quotation
            // mark the incise names the speaker however long its adverbials
            if (CountWordsBetween(words, v.Span.End, clause.End) <= 8 || AfterClosingQuote(text, v.Span.Start, clause.Start)) return true;
        }
        return false;
    }

    /// <summary>"», a déclaré" / "\", a-t-il dit": a comma right after a closing quotation mark before the incise verb (or its auxiliary).</summary>
    private static bool AfterClosingQuote(string text, int verbStart, int floor)
    {
        int p = verbStart - 1;
        while (p > floor && (char.IsLetter(text[p]) || char.IsWhiteSpace(text[p]) || text[p] == '-' || FrenchText.IsApostrophe(text[p]))) p--;
        if (p <= floor || text[p] != ',') return false;
        p--;
        while (p > floor && char.IsWhiteSpace(text[p])) p--;
        return p >= floor && text[p] is '»' or '"' or '”';
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
        // "Pour X, la réforme « fonctionne »": the clause quotes X's own words
        if (doc.Text.AsSpan(next, Math.Max(0, sentence.End - next)).IndexOfAny('«', '“') >= 0) return true;
        foreach (var w in words)
        {
            if (w.Start < comma) continue;
            if (w.Start >= sentence.End) break;
            var lw = FrenchText.Lower(w.Of(doc.Text));
            if (lw.EndsWith("rait", StringComparison.Ordinal) || lw.EndsWith("raient", StringComparison.Ordinal) || lw is "faut" or "doit" or "doivent") return true;
        }
        return false;
    }

    /// <summary>Words a bare description after a source cue may hold ("la secrétaire générale du syndicat").</summary>
    private const int MaxCueDescriptionWords = 6;

    /// <summary>
    /// "Selon le ministre, …", "Pour l'élue, c'est « un échec »": after the cue at word <paramref name="i"/> opening the sentence, a
    /// definite singular description of a person (a title or occupation noun, <see cref="PersonNounAfter"/>) closed by a comma;
    /// the clause after that comma, or null. After "pour" the clause must quote words (a view, not "Pour le maire, la journée
    /// a commencé tôt").
    /// </summary>
    private TextSpan? DescriptionCueClause(AnalyzedDocument doc, List<TextSpan> words, int i, TextSpan sentence, bool pour)
    {
        string text = doc.Text;
        int from = SkipSpaces(text, words[i].End);
        if (DescriptionPronoun(doc, from) is null || !PersonNounAfter(doc, from)) return null;
        int comma = text.IndexOf(',', from, Math.Max(0, sentence.End - from));
        if (comma < 0 || CountWordsBetween(words, from, comma) > MaxCueDescriptionWords) return null;
        if (text.AsSpan(from, comma - from).ContainsAny("«»\"“”();:")) return null;
        int start = SkipSpaces(text, comma + 1);
        if (sentence.End - start < 8) return null;
        if (pour && text.AsSpan(start, sentence.End - start).IndexOfAny('«', '“', '"') < 0) return null;
        return new TextSpan(start, sentence.End);
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

}
