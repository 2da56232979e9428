using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// Finds the entity mention that a reporting verb's subject, a "selon X" source or a pronoun stands for,
/// using the document's entity mentions. Rules (French word order):
/// <list type="bullet">
/// <item>subject before the verb: the nearest person/organization mention to the left in the same clause
/// that is not a complement (not right after "de", "du", "avec", "à"...), so in "Le porte-parole de la
/// présidence, Karim Haddad, a affirmé" the apposition name wins;</item>
/// <item>inverted subject after the verb ("a déclaré le président américain X"): the first non-complement
/// mention after the verb in the same sentence;</item>
/// <item>pronouns ("a-t-il ajouté", "Il a ajouté que"): the speaker of the latest claim in the previous
/// two sentences, else the subject (first non-complement person/organization) of the nearest preceding
/// sentence that has one.</item>
/// </list>
/// Mentions inside quotations never count (a quote's own words do not name its speaker).
/// </summary>
public sealed partial class SpeakerFinder
{
    private readonly AnalyzedDocument _doc;
    private readonly IReadOnlyList<Quotation> _quotes;

    private readonly ClaimGrammar _grammar;
    private HashSet<string> ComplementWords => _grammar.ComplementWords;
    private HashSet<string> TitlePrepositions => _grammar.TitlePrepositions;
    private HashSet<string> Auxiliaries => _grammar.FinderAuxiliaries;
    private HashSet<string> ListPrepositions => _grammar.ListPrepositions;
    private HashSet<string> GenitivePrepositions => _grammar.GenitivePrepositions;
    private readonly Entities.GazetteerSet? _gazetteers;

    /// <param name="gazetteers">When given, a person's first name tells their gender where the text does not ("Paula X").</param>
    /// <param name="grammar">Closed-class words (claim-grammar.tsv); the embedded file when not given.</param>
    public SpeakerFinder(AnalyzedDocument doc, IReadOnlyList<Quotation> quotes, Entities.GazetteerSet? gazetteers = null, ClaimGrammar? grammar = null)
    {
        _grammar = grammar ?? ClaimGrammar.Embedded;
        _doc = doc;
        _quotes = quotes;
        _gazetteers = gazetteers;
    }

    /// <summary>
    /// A latest speaker of the other gender than the pronoun yields to a person of the pronoun's gender named as a complement
    /// nearby, rather than leaving the pronoun unresolved ("… face à la députée X. « … », a-t-il assuré. Selon elle, …" is X).
    /// Set by the claim extractor; the meeting rules, tuned without it, keep the older reading.
    /// </summary>
    public bool OtherGenderYields { get; init; }

    public bool InsideQuote(TextSpan span)
    {
        // quotations come sorted and disjoint (QuotationFinder resumes after each closing mark): the only candidate is the
        // last one opening before the span
        int lo = 0, hi = _quotes.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_quotes[mid].Outer.Start < span.Start) lo = mid + 1; else hi = mid;
        }
        if (lo == 0) return false;
        var q = _quotes[lo - 1];
        return span.End <= q.Outer.End;
    }

    private const int MaxMentionLength = 400;

    /// <summary>Index of the first mention starting at or after <paramref name="offset"/> (mentions are in text order).</summary>
    private int FirstMentionAtOrAfter(int offset)
    {
        var entities = _doc.Entities;
        int lo = 0, hi = entities.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (entities[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>A mention that can speak: a person or organization, not inside a quotation.</summary>
    /// <summary>A mention that can attend a meeting: a person or organization other than a news outlet (outlets report).</summary>
    public bool CanAttend(int mentionIndex) =>
        CanSpeak(mentionIndex, allowInsideQuote: true) && _doc.Entities[mentionIndex].Subtype != EntitySubtype.MediaOutlet;

    public bool CanSpeak(int mentionIndex, bool allowInsideQuote = false)
    {
        var m = _doc.Entities[mentionIndex];
        return m.Kind is EntityKind.Person or EntityKind.Organization && m.Form != MentionForm.Pronoun && (allowInsideQuote || !InsideQuote(m.Span));
    }

    /// <summary>"(LFI)": an acronym or a gloss in brackets never is the subject of the clause around it.</summary>
    private bool IsBracketed(TextSpan span)
    {
        string text = _doc.Text;
        int a = span.Start - 1, b = span.End;
        while (a >= 0 && text[a] == ' ') a--;
        while (b < text.Length && text[b] == ' ') b++;
        return a >= 0 && b < text.Length && text[a] == '(' && text[b] == ')';
    }

    /// <summary>The subject of a verb at <paramref name="verbStart"/>: nearest speaking mention to the left in the clause.</summary>
    public int? SubjectBefore(int clauseStart, int verbStart, bool allowQuoteBetween = false)
    {
        int? best = null;
        for (int k = FirstMentionAtOrAfter(clauseStart); k < _doc.Entities.Count; k++)
        {
            var m = _doc.Entities[k];
            if (m.Span.End > verbStart) break;
            if (!CanSpeak(k) || IsComplement(m.Span) || IsBracketed(m.Span)) continue;
            if (!allowQuoteBetween && QuoteBetween(m.Span.End, verbStart) && !RelativeClauseHoldsQuote(m.Span.End, verbStart)) continue;
            // a named subject keeps the verb past a relative clause; a bare title may be named inside one ("le président,
            // dont le nom s'écrit aussi X, a accusé")
            if (best is { } named && _doc.Entities[named].Form == MentionForm.Name
                && (InsideRelativeClause(m.Span, verbStart) || RelativeOpensBetween(_doc.Entities[named].Span.End, m.Span, verbStart))) continue;
            // "X, élue sous l'étiquette Horizons, a fait part …": an organization named inside a lower-case description apposed to
            // a named person belongs to the description (a person named there may be a companion: "X, accompagné de Y, a …")
            if (best is { } person && _doc.Entities[person].Form == MentionForm.Name && _doc.Entities[person].Kind == EntityKind.Person
                && m.Kind != EntityKind.Person && InsideApposedDescription(_doc.Entities[person].Span.End, m.Span, verbStart)) continue;
            best = k;
        }
        return best;
    }

    /// <summary>
    /// "X, qui représente à Doha le général Y, a averti …": a mention inside a relative clause set off by commas between the
    /// subject and its verb is the relative verb's object or subject, not the main verb's subject.
    /// </summary>
    private bool InsideRelativeClause(TextSpan mention, int verbStart)
    {
        string text = _doc.Text;
        int open = text.LastIndexOf(',', Math.Max(0, mention.Start - 1), Math.Min(mention.Start, 120));
        if (open < 0) return false;
        int close = text.IndexOf(',', mention.End, Math.Max(0, verbStart - mention.End));
        if (close < 0) return false;
        int p = open + 1;
        while (p < mention.Start && text[p] == ' ') p++;
        int w = p;
        while (p < mention.Start && char.IsLetter(text[p])) p++;
        return _grammar.RelativePronouns.Contains(FrenchText.Lower(text.AsSpan(w, p - w)));
    }

    /// <summary>
    /// "X, qui conduit la liste soutenue par le PS, le PCF et Y, regrette …": a relative clause opened by ", qui" (", dont", …)
    /// after the named subject runs to the comma before the verb, lists and all; a mention inside it is not the subject.
    /// </summary>
    private bool RelativeOpensBetween(int subjectEnd, TextSpan mention, int verbStart)
    {
        string text = _doc.Text;
        if (text.IndexOf(',', mention.End, Math.Max(0, verbStart - mention.End)) < 0) return false;
        for (int c = text.IndexOf(',', subjectEnd, Math.Max(0, mention.Start - subjectEnd)); c >= 0;
             c = text.IndexOf(',', c + 1, Math.Max(0, mention.Start - c - 1)))
        {
            int p = c + 1;
            while (p < mention.Start && text[p] == ' ') p++;
            int w = p;
            while (p < mention.Start && char.IsLetter(text[p])) p++;
            if (p > w && _grammar.RelativePronouns.Contains(FrenchText.Lower(text.AsSpan(w, p - w)))) return true;
        }
        return false;
    }

    /// <summary>
    /// "X, élue en 2024 sous l'étiquette Horizons, a …": <paramref name="mention"/> stands in a description that opens with a
    /// lower-case word right after the comma following the subject (ending at <paramref name="subjectEnd"/>) and closes with a
    /// comma before the verb.
    /// </summary>
    private bool InsideApposedDescription(int subjectEnd, TextSpan mention, int verbStart)
    {
        string text = _doc.Text;
        int p = subjectEnd;
        while (p < mention.Start && text[p] == ' ') p++;
        if (p >= mention.Start || text[p] != ',') return false;
        p++;
        while (p < mention.Start && text[p] == ' ') p++;
        if (p >= mention.Start || !char.IsLower(text[p])) return false;
        if (text.AsSpan(p, mention.Start - p).ContainsAny(",;:«»\"()")) return false;
        int close = text.IndexOf(',', mention.End, Math.Max(0, verbStart - mention.End));
        return close >= 0 && !text.AsSpan(mention.End, verbStart - mention.End).ContainsAny(";:«»\"");
    }

    /// <summary>
    /// "X, qui conduit la liste « Vierzon en commun », regrette …": the quotation between the subject and its verb is inside a
    /// relative clause that opens right after the subject and closes with a comma before the verb.
    /// </summary>
    private bool RelativeClauseHoldsQuote(int subjectEnd, int verbStart)
    {
        string text = _doc.Text;
        int p = subjectEnd;
        while (p < verbStart && text[p] == ' ') p++;
        if (p >= verbStart || text[p] != ',') return false;
        int open = p++;
        while (p < verbStart && text[p] == ' ') p++;
        int w = p;
        while (p < verbStart && char.IsLetter(text[p])) p++;
        if (p == w || !_grammar.RelativePronouns.Contains(FrenchText.Lower(text.AsSpan(w, p - w)))) return false;
        int close = text.LastIndexOf(',', verbStart - 1, verbStart - open - 1);
        return close > open && !QuoteBetween(close, verbStart);
    }

    /// <summary>
    /// "X, qui estime que …", "saluée par X, qui a jugé que …": the speaking mention a subject relative pronoun at
    /// <paramref name="relativeStart"/> stands for — the one ending right before it (a comma, spaces or a bracketed gloss
    /// between at most), the longest when several end there; null when there is none, or when it is a genitive complement
    /// ("le porte-parole du gouvernement, qui …" is the spokesperson's clause, not the government's).
    /// </summary>
    public int? RelativeAntecedent(int relativeStart)
    {
        string text = _doc.Text;
        int p = relativeStart - 1;
        while (p >= 0 && char.IsWhiteSpace(text[p])) p--;
        if (p >= 0 && text[p] == ',') p--;
        while (p >= 0 && char.IsWhiteSpace(text[p])) p--;
        // "X (LR), qui …": past a bracketed gloss
        if (p >= 0 && text[p] == ')')
        {
            int open = text.LastIndexOf('(', p);
            if (open < 0 || p - open > 40) return null;
            p = open - 1;
            while (p >= 0 && char.IsWhiteSpace(text[p])) p--;
        }
        int end = p + 1;
        for (int k = FirstMentionAtOrAfter(Math.Max(0, end - MaxMentionLength)); k < _doc.Entities.Count && _doc.Entities[k].Span.Start < end; k++)
        {
            if (_doc.Entities[k].Span.End != end || !CanSpeak(k)) continue;
            var span = _doc.Entities[k].Span;
            if (!IsComplement(span)) return k;
            // "X, chercheur au Cercle Y, qui s'inquiète …": the mention closes a description apposed to a person; that person is
            // the antecedent
            if (PersonBeforeApposition(span.Start) is { } described) return described;
            return IsGenitiveImmediate(span) ? null : k;
        }
        // "X, porte-parole de l'association, qui réclame …": no mention ends there, the description is apposed to a person
        return PersonBeforeApposition(end);
    }

    /// <summary>
    /// "X, chercheur au Cercle Y": the person named right before the comma that opens the lower-case noun phrase running to
    /// <paramref name="at"/> (no finite verb in it: "X, a rencontré les syndicats" is no description); null when there is none.
    /// </summary>
    private int? PersonBeforeApposition(int at)
    {
        string text = _doc.Text;
        int comma = text.LastIndexOf(',', Math.Max(0, at - 1), Math.Min(at, 120));
        if (comma < 0) return null;
        var description = text.AsSpan(comma + 1, at - comma - 1).TrimStart();
        if (description.Length == 0 || !char.IsLower(description[0]) || description.ContainsAny(".;:«»\"()")) return null;
        if (_doc.Morphology.Length == _doc.Tokens.Count)
            for (int t = _doc.TokenIndexAtOrAfter(comma + 1); t < _doc.Tokens.Count && _doc.Tokens[t].Start < at; t++)
                if (_doc.Morphology[t].Best is { } best && best.IsVerbal && best.IsFinite) return null;
        int p = comma - 1;
        while (p >= 0 && char.IsWhiteSpace(text[p])) p--;
        for (int j = FirstMentionAtOrAfter(Math.Max(0, p + 1 - MaxMentionLength)); j < _doc.Entities.Count && _doc.Entities[j].Span.Start <= p; j++)
        {
            var m = _doc.Entities[j];
            if (m.Span.End == p + 1 && m.Kind == EntityKind.Person && m.Form == MentionForm.Name && CanSpeak(j)) return j;
        }
        return null;
    }

    /// <summary>The inverted subject after a verb: first speaking, non-complement mention before the clause ends.</summary>
    public int? SubjectAfter(int verbEnd, int clauseEnd, bool allowInsideQuote = false)
    {
        int limit = Math.Min(clauseEnd, verbEnd + 160);
        for (int k = FirstMentionAtOrAfter(verbEnd); k < _doc.Entities.Count; k++)
        {
            var m = _doc.Entities[k];
            if (m.Span.Start >= limit) break;
            if (HasBoundary(verbEnd, m.Span.Start)) break;
            if (!CanSpeak(k, allowInsideQuote)) continue;
            // a mention right at the start ("a déclaré X", "juge pour sa part X" when the caller starts past the adverbial) is the
            // subject: what stands before it in the text is the verb or the adverbial, not a preposition that governs it
            bool adjacent = _doc.Text.AsSpan(verbEnd, Math.Max(0, m.Span.Start - verbEnd)).Trim().Length == 0;
            if (!adjacent && IsComplement(m.Span) || IsBracketed(m.Span)) continue;
            // "a déclaré la mairesse lors d'un point de presse avec le ministre de X, Y": a bare title right after the verb is
            // the subject; a name past a preposition other than the title's "de" belongs to an adverbial, not to the subject
            if (BareTitleThenPreposition(verbEnd, m.Span.Start)) return null;
            return k;
        }
        return null;
    }

    /// <summary>
    /// The text from <paramref name="from"/> opens with a definite article and a lower-case word ("la mairesse", "le ministre")
    /// and, before <paramref name="to"/>, holds a preposition word of the complement set other than "de"/"du"/"des"/"d'"
    /// ("lors", "avec", "devant", "à"): the title is the subject and what follows the preposition is an adverbial.
    /// </summary>
    private bool BareTitleThenPreposition(int from, int to)
    {
        string text = _doc.Text;
        int p = from;
        while (p < to && text[p] == ' ') p++;
        int a = p;
        while (p < to && char.IsLetter(text[p])) p++;
        string article = FrenchText.Lower(text.AsSpan(a, p - a));
        if (article is "le" or "la") { if (p >= to || text[p] != ' ') return false; p++; }
        else if (!(article == "l" && p < to && FrenchText.IsApostrophe(text[p]) && ++p > 0)) return false;
        if (p >= to || !char.IsLower(text[p])) return false;
        foreach (var w in WordScanner.Scan(text, new TextSpan(p, to)))
        {
            string word = FrenchText.Lower(w.Of(text));
            if (word is "de" or "du" or "des" or "d" || word.StartsWith("d'", StringComparison.Ordinal)) continue;
            if (ComplementWords.Contains(word)) return true;
        }
        return false;
    }

    /// <summary>
    /// The source after a cue ("selon X"): the first speaking mention that is not a complement, else the
    /// first complement ("selon le porte-parole du gouvernement" → gouvernement), up to the first comma after a candidate.
    /// </summary>
    public int? SourceAfter(int cueEnd, int clauseEnd)
    {
        int limit = Math.Min(clauseEnd, cueEnd + 120);
        int? firstComplement = null;
        for (int k = FirstMentionAtOrAfter(cueEnd); k < _doc.Entities.Count; k++)
        {
            var m = _doc.Entities[k];
            if (m.Span.Start >= limit) break;
            if (!CanSpeak(k) || IsBracketed(m.Span)) continue;
            // "Pour X, qui dirige la CGT, « … »": the name right after the cue is the source, though "pour" reads as a preposition
            if (!IsComplement(m.Span) || _doc.Text.AsSpan(cueEnd, Math.Max(0, m.Span.Start - cueEnd)).Trim().Length == 0) return k;
            firstComplement ??= k;
            // the noun phrase after the cue ends at a comma that is not followed by an apposition name
            int comma = _doc.Text.IndexOf(',', m.Span.End, Math.Max(0, limit - m.Span.End));
            if (comma >= 0) limit = Math.Min(limit, comma + 40);
        }
        return firstComplement;
    }

    /// <summary>
    /// The person a sentence is about, when it opens with them: the first speaking, non-complement person mention
    /// within the sentence's first words ("Henrique Valadão a pris la parole.", "Lundi, la ministre X s'est levée.").
    /// </summary>
    public int? SentenceSubject(int sentenceIndex)
    {
        if (sentenceIndex < 0 || sentenceIndex >= _doc.Sentences.Count) return null;
        var sentence = _doc.Sentences[sentenceIndex];
        foreach (var q in _quotes)
            if (sentence.Contains(q.Outer)) return null;
        for (int k = FirstMentionAtOrAfter(sentence.Start); k < _doc.Entities.Count; k++)
        {
            var m = _doc.Entities[k];
            if (m.Span.Start >= sentence.End || WordCount(sentence.Start, m.Span.Start) > 6) break;
            if (m.Kind != EntityKind.Person || !CanSpeak(k) || IsComplement(m.Span)) continue;
            if (m.Form == MentionForm.Role && m.ClusterId < 0) return null;
            return k;
        }
        return null;
    }

    private int WordCount(int from, int to)
    {
        int n = 0;
        bool inWord = false;
        for (int i = from; i < to; i++)
        {
            bool letter = char.IsLetterOrDigit(_doc.Text[i]);
            if (letter && !inWord) n++;
            inWord = letter;
        }
        return n;
    }

    /// <summary>
    /// "Le ministère a indiqué", "l'entreprise a annoncé": the latest organization before <paramref name="before"/>, within
    /// three sentences, named with that head word ("le ministère des Finances") or introduced by it ("l'entreprise Veltrano").
    /// </summary>
    public int? OrganizationByHead(string head, int before)
    {
        int sentence = _doc.SentenceIndexAt(before);
        int from = sentence >= 3 ? _doc.Sentences[sentence - 3].Start : 0;
        // "la société X … l'entreprise a annoncé": company nouns are interchangeable
        var folded = Tokenization.TextFolding.Fold(head);
        bool companyNoun = _gazetteers is not null && _gazetteers.OrgIntros.LongestMatch(new[] { folded }, 0, out var subtypes) == 1 && subtypes[0] == EntitySubtype.Company;
        for (int k = _doc.Entities.Count - 1; k >= 0; k--)
        {
            var m = _doc.Entities[k];
            if (m.Span.End > before) continue;
            if (m.Span.Start < from) break;
            if (m.Kind != EntityKind.Organization || m.Form != MentionForm.Name) continue;
            int sp = m.Text.IndexOf(' ');
            if (FrenchText.Lower(sp > 0 ? m.Text[..sp] : m.Text) == head || WordBeforeMention(m.Span) == head || companyNoun && m.Subtype == EntitySubtype.Company) return k;
        }
        return null;
    }

    /// <summary>The lower-case word right before a mention, skipping an elided article ("l'entreprise Veltrano" → "entreprise").</summary>
    private string WordBeforeMention(TextSpan span)
    {
        string text = _doc.Text;
        int i = span.Start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        int end = i + 1;
        while (i >= 0 && (char.IsLetter(text[i]) || text[i] == '-')) i--;
        return end > i + 1 ? FrenchText.Lower(text.AsSpan(i + 1, end - i - 1)) : "";
    }

    /// <summary>"ce dernier" / "cette dernière": the last person mentioned before <paramref name="pos"/> (in this or the previous
    /// sentence) whose gender fits the pronoun standing for it.</summary>
    public int? LatestPerson(int pos, string? pronoun)
    {
        char? wanted = pronoun switch { "il" => 'm', "elle" => 'f', _ => null };
        int sentence = _doc.SentenceIndexAt(pos);
        // the previous sentence first; past it only when it names nobody of that gender, or only a description tied to no name
        // ("… un point de presse avec son invitée. Celle-ci a souligné …"): then up to three sentences back
        int from = sentence >= 1 ? _doc.Sentences[sentence - 1].Start : 0;
        int farFrom = sentence >= MaxComplementSentencesBack ? _doc.Sentences[sentence - MaxComplementSentencesBack].Start : 0;
        int? description = null;
        for (int k = _doc.Entities.Count - 1; k >= 0; k--)
        {
            var m = _doc.Entities[k];
            if (m.Span.End > pos) continue;
            if (m.Span.Start < farFrom) break;
            if (m.Kind != EntityKind.Person || !CanSpeak(k)) continue;
            if (wanted is not null && GenderOf(k) is { } g && g != wanted) continue;
            if (m.Form == MentionForm.Role && m.ClusterId < 0) { description ??= k; continue; }
            // a person of unknown gender counts only in the near window
            if (wanted is not null && GenderOf(k) is null && m.Span.Start < from) continue;
            return k;
        }
        return description;
    }

    /// <summary>
    /// How many sentences back a person of the pronoun's gender named as a complement is taken when no subject fits: three (a
    /// caption or credit line may stand between), so
    /// "X a été reçue par son homologue Y. Les deux ministres ont parlé à la presse. « … », a déclaré le ministre" reaches Y.
    /// </summary>
    private const int MaxComplementSentencesBack = 3;

    /// <summary>
    /// "X a estimé que … Son hôte a plaidé pour …": the other party of the exchange, i.e. the person named last before
    /// <paramref name="pos"/> (within three sentences) who is not <paramref name="lastSpeaker"/>; null without a latest speaker.
    /// </summary>
    public int? Counterpart(int pos, int? lastSpeaker)
    {
        if (lastSpeaker is not { } last) return null;
        int sentence = _doc.SentenceIndexAt(pos);
        int from = sentence >= 3 ? _doc.Sentences[sentence - 3].Start : 0;
        string lastText = _doc.Entities[last].Text;
        // a name the document also reads as a person elsewhere counts as one where it was typed otherwise
        HashSet<string>? persons = null;
        bool IsPerson(EntityMention m)
        {
            if (m.Kind == EntityKind.Person) return true;
            persons ??= _doc.Entities.Where(e => e.Kind == EntityKind.Person && e.Form == MentionForm.Name).Select(e => e.Text).ToHashSet(StringComparer.Ordinal);
            return persons.Contains(m.Text);
        }
        for (int k = FirstMentionAtOrAfter(pos) - 1; k >= 0; k--)
        {
            var m = _doc.Entities[k];
            if (m.Span.Start < from) break;
            if (m.Form != MentionForm.Name || !CanSpeak(k) || !IsPerson(m)) continue;
            if (k == last || SameCluster(k, last) || m.Text == lastText || lastText.EndsWith(" " + m.Text, StringComparison.Ordinal)) continue;
            if (m.Kind == EntityKind.Person) return k;
            for (int p = 0; p < _doc.Entities.Count; p++)
                if (_doc.Entities[p].Kind == EntityKind.Person && _doc.Entities[p].Form == MentionForm.Name && _doc.Entities[p].Text == m.Text) return p;
        }
        return null;
    }

    /// <summary>The most plausible antecedent of a subject pronoun at <paramref name="pos"/>.</summary>
    /// <param name="accept">A further test the antecedent must pass (a description's nationality), or null.</param>
    public int? ResolvePronoun(int pos, int? lastSpeaker, int lastSpeakerSentence, string? pronoun = null, Func<int, bool>? accept = null)
    {
        char? wanted = pronoun switch { "il" => 'm', "elle" => 'f', _ => null };
        bool Fits(int k) => (wanted is null || GenderOf(k) is not { } g || g == wanted) && (accept is null || accept(k));
        int sentence = _doc.SentenceIndexAt(pos);
        // the speaker of the claim just before keeps the floor ("…", a déclaré X. "…", a-t-il ajouté)
        if (lastSpeaker is { } last && sentence >= 0 && lastSpeakerSentence >= sentence - 1 && Fits(last)) return lastSpeaker;
        // "La délégation, conduite par le général X, a posé ses conditions. « … », a-t-il déclaré": when no sentence nearby
        // has a person subject, a person of that gender named as a complement in this or the previous sentence
        int? complement = null;
        // otherwise the subject of the nearest sentence that has one ("X est allée dans le même sens. "…", a-t-elle déclaré")
        for (int s = sentence; s >= 0 && s >= sentence - 3; s--)
        {
            // the latest speaker bounds the search back, unless the pronoun's gender rules them out ("le chef de la diplomatie
            // marocaine a souligné … La ministre d'État a, pour sa part, indiqué …": she is looked for further back)
            if (lastSpeaker is { } bound && Fits(bound) && s < lastSpeakerSentence) break;
            var span = _doc.Sentences[s];
            int limit = s == sentence ? pos : span.End;
            // "Le ministre hongrois a accusé Vienne … « … », a-t-il affirmé": a sentence opening with a bare title is about the
            // person the article introduced with it
            if (span.Start < limit && OpensWithDefiniteTitle(span.Start) && PersonIntroducedAs(span.Start) is { } titled && Fits(titled)) return titled;
            if (span.Start < limit && PersonOfTitleAfterLeadingAdverbial(span.Start, limit) is { } led && Fits(led)) return led;
            // "Reçu par la directrice, en compagnie du président X, l'édile est ressorti …": the titled subject's person, and
            // never a name of the participial phrase
            if (span.Start < limit && TitledSubjectAfterParticipialLead(span.Start, limit, out var participial))
            {
                if (participial is { } p && Fits(p)) return p;
                continue;
            }
            // "La Néerlandaise a insisté sur le rail. Sur X, elle a salué …": a sentence opening with a nationality noun
            if (span.Start < limit && PersonOfDemonymAt(span.Start) is { } demonym && Fits(demonym)) return demonym;
            for (int k = FirstMentionAtOrAfter(span.Start); k < _doc.Entities.Count; k++)
            {
                var m = _doc.Entities[k];
                if (m.Span.End > limit) break;
                if (CanSpeak(k) && !IsComplement(m.Span) && m.Kind == EntityKind.Person && Fits(k)) return k;
                if (s >= sentence - MaxComplementSentencesBack && complement is null && wanted is not null && CanSpeak(k) && m.Kind == EntityKind.Person
                    && m.Form == MentionForm.Name && GenderOf(k) == wanted) complement = k;
            }
        }
        // an older speaker (two sentences back or more) yields to that fresher person; so does a speaker of the other gender
        // ("… a défendu son bilan face à la députée X. « … », a-t-il assuré. Selon elle, …": she is X, not nobody)
        if (complement is not null && (lastSpeaker is null || lastSpeakerSentence < sentence - 2 || OtherGenderYields && !Fits(lastSpeaker.Value))) return complement;
        return lastSpeaker is { } l && Fits(l) ? lastSpeaker : null;
    }

    private bool OnlyArticleBetween(int from, int to)
    {
        var between = FrenchText.Lower(_doc.Text.AsSpan(from, Math.Max(0, to - from))).Trim();
        return between.Length == 0 || between is "le" or "la" or "les" or "l'" or "l";
    }

    private bool QuoteBetween(int from, int to)
    {
        // sorted, disjoint quotations: the first one opening at or after from is the one to check
        int lo = 0, hi = _quotes.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_quotes[mid].Outer.Start < from) lo = mid + 1; else hi = mid;
        }
        return lo < _quotes.Count && _quotes[lo].Outer.End <= to;
    }

    /// <summary>A sentence-internal boundary that ends an inverted subject search: ; : or a quotation mark.</summary>
    private bool HasBoundary(int from, int to)
    {
        for (int i = from; i < to; i++)
            if (_doc.Text[i] is ';' or ':' or '«' or '»' or '"' or '“' or '”' || _doc.Text[i] == '.' && !IsTitleDot(_doc.Text, i)) return true;
        return false;
    }

    /// <summary>The dot of "M.", "MM.", "Dr." or "Pr." before a name: no sentence boundary.</summary>
    internal static bool IsTitleDot(string text, int dot)
    {
        int i = dot - 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        if (i >= 0 && !char.IsWhiteSpace(text[i]) && text[i] != '(' && !FrenchText.IsApostrophe(text[i])) return false;
        return text.AsSpan(i + 1, dot - i - 1) is "M" or "MM" or "Dr" or "Pr" or "Mgr";
    }
}
