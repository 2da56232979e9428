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
public sealed class SpeakerFinder
{
    private static readonly HashSet<string> ComplementWords = new(StringComparer.Ordinal)
    {
        "de", "du", "des", "d", "avec", "à", "a", "au", "aux", "pour", "sur", "contre", "en", "par", "vers",
        "chez", "entre", "dans", "sans", "face", "envers", "auprès", "via", "depuis", "selon", "après", "avant",
    };

    private readonly AnalyzedDocument _doc;
    private readonly IReadOnlyList<Quotation> _quotes;

    private readonly Entities.GazetteerSet? _gazetteers;

    /// <param name="gazetteers">When given, a person's first name tells their gender where the text does not ("Paula X").</param>
    public SpeakerFinder(AnalyzedDocument doc, IReadOnlyList<Quotation> quotes, Entities.GazetteerSet? gazetteers = null)
    {
        _doc = doc;
        _quotes = quotes;
        _gazetteers = gazetteers;
    }

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

    /// <summary>
    /// "a répondu la cheffe du gouvernement": the one person of the document who holds the post a bare title names, through
    /// the role phrase starting within a few characters of <paramref name="from"/>; null when none or several do.
    /// </summary>
    public int? HolderOfTitleAt(int from)
    {
        // "a raconté le militant à la sortie.\n\nLe directeur de X, Y, …": a title of the next sentence is not this one's
        int si = _doc.SentenceIndexAt(from);
        int sentenceEnd = si >= 0 ? _doc.Sentences[si].End : int.MaxValue;
        foreach (var rp in _doc.RolePhrases)
        {
            if (rp.Span.Start < from) continue;
            if (rp.Span.Start > from + 30 || rp.Span.Start >= sentenceEnd) break;
            if (rp.IsPlural) return null;
            int? holder = null;
            foreach (var post in _doc.Posts)
            {
                if (post.ResolutionKey != rp.ResolutionKey) continue;
                var h = _doc.Entities[post.HolderMentionIndex];
                if (rp.CountryCode is not null && post.CountryKey is not null && _gazetteers?.Country(rp.CountryCode)?.Key != post.CountryKey) continue;
                if (holder is { } other && _doc.Entities[other].ClusterId != h.ClusterId) return null;
                holder ??= post.HolderMentionIndex;
            }
            return holder;
        }
        return null;
    }

    /// <summary>
    /// "Le ministre bavarois a reconnu", "a déclaré le directeur général de l'office": the person the article introduced
    /// earlier with the same title words in apposition ("le ministre bavarois de l'Économie, Kurt Obermaier", "son
    /// directeur général, Rémi Castagnol"); the latest such introduction before <paramref name="from"/> wins. The title
    /// words are the lower-case words after the article at <paramref name="from"/>, up to a preposition or a capital.
    /// </summary>
    public int? PersonIntroducedAs(int from)
    {
        string text = _doc.Text;
        var title = TitleWordsAt(from);
        if (title.Length == 0) return null;
        string lower = FrenchText.Lower(text.AsSpan(0, Math.Min(from, text.Length)));
        for (int at = lower.LastIndexOf(title, StringComparison.Ordinal); at >= 0; at = at == 0 ? -1 : lower.LastIndexOf(title, at - 1, StringComparison.Ordinal))
        {
            int end = at + title.Length;
            if (at > 0 && char.IsLetter(lower[at - 1]) || end < lower.Length && char.IsLetter(lower[end])) continue;
            int si = _doc.SentenceIndexAt(at);
            int limit = si >= 0 ? Math.Min(_doc.Sentences[si].End, end + 90) : end + 90;
            for (int k = FirstMentionAtOrAfter(end); k < _doc.Entities.Count && _doc.Entities[k].Span.Start < limit && _doc.Entities[k].Span.Start < from; k++)
            {
                var m = _doc.Entities[k];
                if (m.Kind != EntityKind.Person || m.Form != MentionForm.Name || InsideQuote(m.Span)) continue;
                // an apposition: the name follows the title (and its complement) after a comma or right away, with no other clause between
                var between = text.AsSpan(end, m.Span.Start - end);
                if (between.ContainsAny(".;«»()") || between.Count(',') > 1 || between.IndexOf(" et ", StringComparison.Ordinal) >= 0) break;
                var trimmed = between.TrimEnd();
                if (trimmed.Length > 0 && trimmed[^1] != ',' && between.Trim().Length > 0 && between.Count(',') == 0 && !between.IsWhiteSpace()) break;
                return k;
            }
        }
        return null;
    }

    /// <summary>"Le ministre …", "L'élue …": a definite article then a lower-case word.</summary>
    private bool OpensWithDefiniteTitle(int at)
    {
        string text = _doc.Text;
        int p = at;
        while (p < text.Length && char.IsWhiteSpace(text[p])) p++;
        int a = p;
        while (p < text.Length && char.IsLetter(text[p])) p++;
        string article = text[a..p];
        if (article is "Le" or "La") { while (p < text.Length && text[p] == ' ') p++; }
        else if (article == "L" && p < text.Length && FrenchText.IsApostrophe(text[p])) p++;
        else return false;
        return p < text.Length && char.IsLower(text[p]);
    }

    /// <summary>"le ministre bavarois de …" → "ministre bavarois": lower-case words after the article, up to three, stopping at a preposition.</summary>
    private string TitleWordsAt(int from)
    {
        string text = _doc.Text;
        int p = from;
        var words = new List<string>();
        for (int guard = 0; guard < 6 && p < text.Length; guard++)
        {
            while (p < text.Length && text[p] == ' ') p++;
            int start = p;
            while (p < text.Length && (char.IsLetter(text[p]) || text[p] == '-')) p++;
            if (p == start) break;
            string w = text[start..p];
            if (p < text.Length && FrenchText.IsApostrophe(text[p])) { p++; if (w is "l" or "L") continue; break; }
            if (!w.All(ch => char.IsLower(ch) || ch == '-')) { if (words.Count == 0 && w is "Le" or "La") continue; break; }
            if (words.Count == 0 && w is "le" or "la") continue;
            if (ComplementWords.Contains(w) || w is "a" or "et" or "qui" or "avait" or "est") break;
            words.Add(w);
            if (words.Count == 3) break;
        }
        return string.Join(' ', words);
    }

    /// <summary>True when the mention is a genitive complement: "de X", "du X", "d'X", "des X".</summary>
    public bool IsGenitive(TextSpan span) => ChainedTo(span, IsGenitiveLocal);

    /// <summary>
    /// True when the word just before the mention makes it a complement ("de X", "avec X", "à X"), or when
    /// the mention continues a complement: "du président américain Paulo Mendes" (a name right after a
    /// complement role), "avec X et Y" (coordinated with a complement).
    /// </summary>
    public bool IsComplement(TextSpan span) => ChainedTo(span, IsComplementLocal);

    /// <summary>Prepositions that make a following "title + name" a complement ("du président russe X", "avec le ministre X").</summary>
    private static readonly HashSet<string> TitlePrepositions = new(StringComparer.Ordinal)
    { "de", "du", "des", "avec", "via", "par", "entre", "pour", "contre", "chez", "auprès", "envers", "à", "au", "aux", "sur" };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    { "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "est", "sont", "était", "étaient", "été", "sera", "seront" };

    private static readonly HashSet<string> ListPrepositions = new(StringComparer.Ordinal)
    { "avec", "à", "a", "au", "aux", "par", "pour", "contre", "chez", "face", "auprès", "entre", "envers", "sur" };

    private bool ChainedTo(TextSpan span, Func<TextSpan, bool> local)
    {
        bool viaComma = false;
        for (int guard = 0; guard < 6; guard++)
        {
            // through a comma, only a list after a preposition such as "avec X, Y et Z" shares the role;
            // "selon X, Y et Z …" and "les envoyés de X, Y et Z" do not
            if (viaComma ? local(span) && ListPrepositions.Contains(WordBefore(span)) : local(span)) return true;
            if (PreviousLinkedMention(span, out viaComma) is not { } prev) return false;
            span = prev;
        }
        return false;
    }

    /// <summary>The lower-case word just before a mention (skipping an elided article).</summary>
    private string WordBefore(TextSpan span)
    {
        string text = _doc.Text;
        int i = span.Start - 1;
        if (i >= 0 && FrenchText.IsApostrophe(text[i])) { i--; while (i >= 0 && char.IsLetter(text[i])) i--; }
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        int end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        string w = end > i + 1 ? FrenchText.Lower(text.AsSpan(i + 1, end - i - 1)) : "";
        if (w is "le" or "la" or "les")
        {
            while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
            int e2 = i + 1;
            while (i >= 0 && char.IsLetter(text[i])) i--;
            if (e2 > i + 1) w = FrenchText.Lower(text.AsSpan(i + 1, e2 - i - 1));
        }
        return w;
    }

    /// <summary>The mention just before <paramref name="span"/> when only spaces, "et" or a comma separate them.</summary>
    private TextSpan? PreviousLinkedMention(TextSpan span, out bool viaComma)
    {
        viaComma = false;
        string text = _doc.Text;
        int i = span.Start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        bool spaceOnly = true;
        if (i >= 1 && text[i] == 't' && text[i - 1] == 'e' && (i < 2 || !char.IsLetter(text[i - 2]))) { spaceOnly = false; i -= 2; while (i >= 0 && char.IsWhiteSpace(text[i])) i--; }
        else if (i >= 0 && text[i] == ',')
        {
            // "X, Y et Z" is a list (Y shares X's role); "le conseiller de X, Y," is an apposition (it does not)
            if (!ContinuesList(span.End)) return null;
            viaComma = true;
            spaceOnly = false;
            i--;
            while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        }
        // no mention is longer than a few hundred characters: start the scan there
        for (int k = FirstMentionAtOrAfter(i + 1 - MaxMentionLength); k < _doc.Entities.Count; k++)
        {
            var m = _doc.Entities[k];
            if (m.Span.Start > i) break;
            if (m.Span.End != i + 1) continue;
            // "du président américain X": a name right after a role continues it; "de l'Unesco X" does not
            if (spaceOnly && m.Form != MentionForm.Role) return null;
            return m.Span;
        }
        return null;
    }

    /// <summary>True when a mention ending at <paramref name="end"/> is followed by "et" or by ", " and another mention.</summary>
    private bool ContinuesList(int end)
    {
        string text = _doc.Text;
        int i = end;
        while (i < text.Length && text[i] == ' ') i++;
        if (i + 2 < text.Length && text[i] == 'e' && text[i + 1] == 't' && text[i + 2] == ' ') return true;
        if (i < text.Length && text[i] == ',')
        {
            i++;
            while (i < text.Length && text[i] == ' ') i++;
            int at = FirstMentionAtOrAfter(i);
            if (at < _doc.Entities.Count && _doc.Entities[at].Span.Start == i) return true;
        }
        return false;
    }

    private bool IsGenitiveLocal(TextSpan span) => IsGenitiveImmediate(span) || AfterTitleOf(span, GenitivePrepositions);

    /// <summary>"M. de Montferrand", "Mme d'Albret": a particle right after a civility belongs to the name, it is no preposition.</summary>
    private static readonly System.Text.RegularExpressions.Regex CivilityParticle = new(
        @"(?:^|[\s(])(?:M\.|Mme|Mlle|Me|Mgr|Dr)\s+(?:de la|de|du|des|d['’]|van der|van den|van|von|der)\s*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private bool AfterCivilityParticle(TextSpan span)
    {
        int from = Math.Max(0, span.Start - 16);
        return CivilityParticle.IsMatch(_doc.Text.AsSpan(from, span.Start - from));
    }

    private bool IsGenitiveImmediate(TextSpan span)
    {
        string text = _doc.Text;
        if (AfterCivilityParticle(span)) return false;
        int i = span.Start - 1;
        if (i >= 0 && FrenchText.IsApostrophe(text[i]))
        {
            int a = i - 1;
            while (a >= 0 && char.IsLetter(text[a])) a--;
            string elided = FrenchText.Lower(text.AsSpan(a + 1, i - a - 1));
            if (elided == "d") return true;
            i = a;
        }
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        int end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        if (end <= i + 1) return false;
        string word = FrenchText.Lower(text.AsSpan(i + 1, end - i - 1));
        if (word is "de" or "du" or "des") return true;
        if (word is "la" or "le" or "les")
        {
            while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
            int e2 = i + 1;
            while (i >= 0 && char.IsLetter(text[i])) i--;
            return e2 > i + 1 && FrenchText.Lower(text.AsSpan(i + 1, e2 - i - 1)) is "de";
        }
        return false;
    }

    /// <summary>True when a preposition stands right before the mention ("avec X", "de X"), without looking past titles.</summary>
    public bool IsComplementImmediate(TextSpan span)
    {
        string text = _doc.Text;
        if (AfterCivilityParticle(span)) return false;
        int i = span.Start - 1;
        // "l'Unesco", "d'Italie": the mention span may start after an elided article
        if (i >= 0 && FrenchText.IsApostrophe(text[i]))
        {
            int a = i - 1;
            while (a >= 0 && char.IsLetter(text[a])) a--;
            string elided = FrenchText.Lower(text.AsSpan(a + 1, i - a - 1));
            if (elided is "d" or "qu" or "jusqu") return true;
            i = a;
        }
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '(')) i--;
        int end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        if (end <= i + 1) return false;
        string word = FrenchText.Lower(text.AsSpan(i + 1, end - i - 1));
        if (ComplementWords.Contains(word)) return true;
        // "le président Paulo Mendes", "l'émissaire de la Commission": look past one article for de/du/à
        if (word is "le" or "la" or "les" or "l")
        {
            while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
            int e2 = i + 1;
            while (i >= 0 && char.IsLetter(text[i])) i--;
            if (e2 > i + 1 && ComplementWords.Contains(FrenchText.Lower(text.AsSpan(i + 1, e2 - i - 1)))) return true;
        }
        return false;
    }

    /// <summary>
    /// A complement either right after its preposition ("avec X") or after a short lower-case title
    /// ("du président américain X", "avec le président russe X", "via la plateforme X").
    /// </summary>
    private bool IsComplementLocal(TextSpan span) => IsComplementImmediate(span) || AfterTitleOf(span, TitlePrepositions);

    private static readonly HashSet<string> GenitivePrepositions = new(StringComparer.Ordinal) { "de", "du", "des" };

    /// <summary>True when the mention follows "preposition (article) lower-case title words": "du président américain X".</summary>
    private bool AfterTitleOf(TextSpan span, HashSet<string> prepositions)
    {
        string text = _doc.Text;
        int i = span.Start - 1;
        for (int n = 0; n < 4; n++)
        {
            while (i >= 0 && text[i] == ' ') i--;
            int end = i + 1;
            while (i >= 0 && (char.IsLetter(text[i]) || text[i] == '-')) i--;
            if (end <= i + 1) return false;
            // an elided article or preposition glued to the word: "l'émissaire", "d'agence"
            bool elided = i >= 1 && FrenchText.IsApostrophe(text[i]) && char.IsLetter(text[i - 1]);
            string word = text.Substring(i + 1, end - i - 1);
            // only plain lower-case title words are crossed: "de l'Energie X" or "ce à quoi X" are not "du président X"
            if (!char.IsLower(word[0])) return false;
            string lower = FrenchText.Lower(word);
            if (Auxiliaries.Contains(lower) || lower is "quoi" or "qui" or "que" or "dont" or "où" or "lequel" or "laquelle" or "ce" or "cela") return false; // "a déclaré X", "a rencontré X": X is the verb's subject or object
            if (n > 0 && !elided && prepositions.Contains(lower)) return true;
            if (elided)
            {
                int a = i - 1;
                while (a >= 0 && char.IsLetter(text[a])) a--;
                string el = FrenchText.Lower(text.AsSpan(a + 1, i - a - 1));
                // "l'homme d'affaires X", "le chef d'orchestre X": a bare noun glued to "d'" right before the name ends a compound
                // title the name is apposed to, not a complement
                if (el == "d" && n > 0) return true;
                i = a;
                if (el is not ("l" or "d")) return false;
                continue;
            }
            if (lower is "le" or "la" or "les")
            {
                // one more word: the preposition before the article, if any
                while (i >= 0 && text[i] == ' ') i--;
                int e2 = i + 1;
                while (i >= 0 && char.IsLetter(text[i])) i--;
                return e2 > i + 1 && prepositions.Contains(FrenchText.Lower(text.AsSpan(i + 1, e2 - i - 1)));
            }
        }
        return false;
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
            if (!allowQuoteBetween && QuoteBetween(m.Span.End, verbStart)) continue;
            best = k;
        }
        return best;
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
            if (IsComplement(m.Span) || IsBracketed(m.Span)) continue;
            return k;
        }
        return null;
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
            if (!IsComplement(m.Span)) return k;
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
        int from = sentence >= 1 ? _doc.Sentences[sentence - 1].Start : 0;
        for (int k = _doc.Entities.Count - 1; k >= 0; k--)
        {
            var m = _doc.Entities[k];
            if (m.Span.End > pos) continue;
            if (m.Span.Start < from) break;
            if (m.Kind != EntityKind.Person || !CanSpeak(k)) continue;
            if (wanted is null || GenderOf(k) is not { } g || g == wanted) return k;
        }
        return null;
    }

    /// <summary>The most plausible antecedent of a subject pronoun at <paramref name="pos"/>.</summary>
    public int? ResolvePronoun(int pos, int? lastSpeaker, int lastSpeakerSentence, string? pronoun = null)
    {
        char? wanted = pronoun switch { "il" => 'm', "elle" => 'f', _ => null };
        bool Fits(int k) => wanted is null || GenderOf(k) is not { } g || g == wanted;
        int sentence = _doc.SentenceIndexAt(pos);
        // the speaker of the claim just before keeps the floor ("…", a déclaré X. "…", a-t-il ajouté)
        if (lastSpeaker is { } last && sentence >= 0 && lastSpeakerSentence >= sentence - 1 && Fits(last)) return lastSpeaker;
        // otherwise the subject of the nearest sentence that has one ("X est allée dans le même sens. "…", a-t-elle déclaré")
        for (int s = sentence; s >= 0 && s >= sentence - 3; s--)
        {
            if (lastSpeaker is not null && s < lastSpeakerSentence) break;
            var span = _doc.Sentences[s];
            int limit = s == sentence ? pos : span.End;
            // "Le ministre hongrois a accusé Vienne … « … », a-t-il affirmé": a sentence opening with a bare title is about the
            // person the article introduced with it
            if (span.Start < limit && OpensWithDefiniteTitle(span.Start) && PersonIntroducedAs(span.Start) is { } titled && Fits(titled)) return titled;
            for (int k = FirstMentionAtOrAfter(span.Start); k < _doc.Entities.Count; k++)
            {
                var m = _doc.Entities[k];
                if (m.Span.End > limit) break;
                if (CanSpeak(k) && !IsComplement(m.Span) && m.Kind == EntityKind.Person && Fits(k)) return k;
            }
        }
        return lastSpeaker is { } l && Fits(l) ? lastSpeaker : null;
    }

    /// <summary>
    /// Grammatical gender cue of a person mention, from the words before it in its sentence: "Mme X",
    /// "la ministre …, X" → 'f'; "M. X", "le conseiller …, X" → 'm'; null when nothing says.
    /// </summary>
    public char? GenderOf(int mentionIndex) => GenderFromContext(mentionIndex) ?? GenderFromFirstName(mentionIndex);

    /// <summary>The usual gender of the person's first name, in this mention or another mention of its cluster ("Restrepo" after "Paula Restrepo").</summary>
    private char? GenderFromFirstName(int mentionIndex)
    {
        if (_gazetteers is null) return null;
        var m = _doc.Entities[mentionIndex];
        if (m.Kind != EntityKind.Person || m.Form != MentionForm.Name) return null;
        if (FirstNameGender(m.Text) is { } g) return g;
        if (m.ClusterId < 0) return null;
        foreach (var other in _doc.Entities)
            if (other.ClusterId == m.ClusterId && other.Form == MentionForm.Name && !ReferenceEquals(other, m) && FirstNameGender(other.Text) is { } g2) return g2;
        return null;
    }

    private char? FirstNameGender(string name)
    {
        int space = name.IndexOf(' ');
        if (space <= 0) return null;
        var first = Tokenization.TextFolding.Fold(name[..space]);
        return _gazetteers!.IsFirstName(first) ? _gazetteers.GenderOfFirstName(first) : null;
    }

    private char? GenderFromContext(int mentionIndex)
    {
        var m = _doc.Entities[mentionIndex];
        string text = _doc.Text;
        int si = _doc.SentenceIndexAt(m.Span.Start);
        int from = Math.Max(si >= 0 ? _doc.Sentences[si].Start : 0, m.Span.Start - 90);
        // the mention itself may start with its article ("la présidente de la Commission")
        string before = FrenchText.Lower(text.AsSpan(from, Math.Min(m.Span.End, text.Length) - from));
        int nameAt = m.Span.Start - from;
        string head = before[..nameAt].TrimEnd();
        if (head.EndsWith("mme") || head.EndsWith("madame")) return 'f';
        if (head.EndsWith("m.") || head.EndsWith("monsieur")) return 'm';
        if (m.Form == MentionForm.Role)
        {
            string own = before[nameAt..];
            if (own.StartsWith("la ")) return 'f';
            if (own.StartsWith("le ")) return 'm';
        }
        // "la ministre finlandaise des Affaires étrangères, X": the apposed title's article, when the title
        // fills the segment between the previous comma (or the sentence start) and the name
        if (head.EndsWith(','))
        {
            string segment = head[..^1];
            int prevComma = segment.LastIndexOf(',');
            segment = segment[(prevComma + 1)..].Trim();
            if (segment.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 10)
            {
                if (segment.StartsWith("la ")) return 'f';
                if (segment.StartsWith("le ")) return 'm';
            }
            return null;
        }
        // "la ministre Ingrid Solberg", "le président américain X": article and up to three lower-case words
        // (the words crossed must be lower-case in the text: "la ministre de la Défense X" says nothing of X)
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var original = text.Substring(from, nameAt).TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int k = words.Length - 1; k >= 0 && k >= words.Length - 4; k--)
        {
            string w = words[k];
            if (w == "la") return 'f';
            if (w == "le") return 'm';
            if (w.Length == 0 || !char.IsLetter(w[0]) || w.Any(ch => !char.IsLetter(ch) && ch != '-')) return null;
            if (original.Length == words.Length && char.IsUpper(original[k][0])) return null;
        }
        return null;
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
