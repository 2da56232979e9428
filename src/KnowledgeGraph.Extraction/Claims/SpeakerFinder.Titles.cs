using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>Bare titles ("le ministre bavarois", "la cheffe du gouvernement") resolved to the person who holds or was introduced with them.</summary>
public sealed partial class SpeakerFinder
{
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
            char? wanted = ArticleGenderAt(from);
            foreach (var post in _doc.Posts)
            {
                if (post.ResolutionKey != rp.ResolutionKey) continue;
                // "a déclaré le ministre des Affaires étrangères" after "la ministre des Affaires étrangères, X": not X
                if (!GenderFits(post.HolderMentionIndex, wanted)) continue;
                var h = _doc.Entities[post.HolderMentionIndex];
                if (rp.CountryCode is not null && post.CountryKey is not null && _gazetteers?.Country(rp.CountryCode)?.Key != post.CountryKey) continue;
                if (holder is { } other && _doc.Entities[other].ClusterId != h.ClusterId) return null;
                holder ??= post.HolderMentionIndex;
            }
            return holder;
        }
        return null;
    }

    /// <summary>Grammatical gender said by the definite article at <paramref name="from"/>: "le" → 'm', "la" → 'f', else null ("l'", "les").</summary>
    private char? ArticleGenderAt(int from)
    {
        string text = _doc.Text;
        int p = from;
        while (p < text.Length && char.IsWhiteSpace(text[p])) p++;
        if (p + 2 < text.Length && text[p + 2] == ' ' && FrenchText.Lower(text.AsSpan(p, 2)) is "le" or "la")
            return FrenchText.Lower(text.AsSpan(p, 2)) == "le" ? 'm' : 'f';
        // a title mention starts after its article: "le [ministre des …]"
        int q = Math.Min(from, text.Length) - 1;
        if (q < 2 || text[q] != ' ' || q >= 3 && char.IsLetter(text[q - 3])) return null;
        return FrenchText.Lower(text.AsSpan(q - 2, 2)) switch { "le" => 'm', "la" => 'f', _ => null };
    }

    /// <summary>True unless the person's known gender contradicts <paramref name="wanted"/>.</summary>
    private bool GenderFits(int mentionIndex, char? wanted) => wanted is null || GenderOf(mentionIndex) is not { } g || g == wanted;

    /// <summary>"le préfet du Morbihan, M. X": the text between a title and a name without the civility before the name.</summary>
    private static ReadOnlySpan<char> WithoutCivility(ReadOnlySpan<char> between)
    {
        var trimmed = between.TrimEnd();
        foreach (var civility in Civilities)
            if (trimmed.EndsWith(civility, StringComparison.Ordinal) && (trimmed.Length == civility.Length || !char.IsLetter(trimmed[^(civility.Length + 1)])))
                return between[..(trimmed.Length - civility.Length)];
        return between;
    }

    private static readonly string[] Civilities = ["M.", "MM.", "Mme", "Mme.", "Mmes", "Mlle", "Me", "Dr", "Pr", "Mgr"];

    /// <summary>True when the language layer reads the token starting at <paramref name="offset"/> as a finite verb only
    /// ("exige", "a"), not as a participle or a noun ("délégué", "élu").</summary>
    private bool IsFiniteVerbAt(int offset)
    {
        if (_doc.Morphology.Length != _doc.Tokens.Count) return false;
        int t = _doc.TokenIndexAtOrAfter(offset);
        if (t >= _doc.Tokens.Count || _doc.Tokens[t].Start != offset) return false;
        var a = _doc.Morphology[t];
        return a.Best is { IsVerbal: true, IsFinite: true, IsPastParticiple: false } && !a.CanBe(Language.PartOfSpeech.Noun) && !a.CanBe(Language.PartOfSpeech.Adjective);
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
            if (p < text.Length && FrenchText.IsApostrophe(text[p]))
            {
                p++;
                if (w is "l" or "L") continue;
                // "ministre d'État": the state complement belongs to the title
                if (words.Count > 0 && w == "d" && p + 4 <= text.Length && FrenchText.Lower(text.AsSpan(p, 4)) == "état"
                    && (p + 4 == text.Length || !char.IsLetter(text[p + 4])))
                {
                    words.Add(StateComplement);
                    p += 4;
                    continue;
                }
                break;
            }
            if (!w.All(ch => char.IsLower(ch) || ch == '-')) { if (words.Count == 0 && w is "Le" or "La") continue; break; }
            if (words.Count == 0 && w is "le" or "la") continue;
            // "Le général exige …": the title ends where the finite verb starts
            if (words.Count > 0 && IsFiniteVerbAt(start)) break;
            if (ComplementWords.Contains(w) || w is "a" or "et" or "qui" or "avait" or "est") break;
            // "a reconnu le ministre devant la presse": an adverbial or a new noun phrase ends the title
            if (words.Count > 0 && (_grammar.ObjectAdverbials.Contains(w) || _grammar.Determiners.Contains(w))) break;
            words.Add(w);
            if (words.Count == 3) break;
        }
        return string.Join(' ', words);
    }

    /// <summary>
    /// "a annoncé la ministre de l'Europe et des Affaires étrangères, Sophie X": the person named in apposition right after a
    /// title mention (after a comma, in the same clause, within <see cref="MaxTitleToNameChars"/> characters); null when none.
    /// </summary>
    public int? ApposedNameAfter(int roleMentionIndex)
    {
        string text = _doc.Text;
        var role = _doc.Entities[roleMentionIndex];
        int limit = Math.Min(text.Length, role.Span.End + MaxTitleToNameChars);
        for (int k = roleMentionIndex + 1; k < _doc.Entities.Count && _doc.Entities[k].Span.Start < limit; k++)
        {
            var m = _doc.Entities[k];
            if (m.Span.Start < role.Span.End) continue;
            var between = text.AsSpan(role.Span.End, m.Span.Start - role.Span.End);
            if (between.ContainsAny(".;:«»()\n")) return null;
            if (m.Kind != EntityKind.Person || m.Form != MentionForm.Name || InsideQuote(m.Span)) continue;
            return between.TrimEnd().EndsWith(',') && between.Count(',') == 1 ? k : null;
        }
        return null;
    }

    private const int MaxTitleToNameChars = 90;

    /// <summary>How many mentions or role phrases back a title or surname is looked up (keeps a long article linear).</summary>
    private const int MaxLookBackMentions = 400;

    /// <summary>
    /// "le chef de la diplomatie qatarie" after "le ministre d'État qatari aux Affaires étrangères, Khalid X": the one person the
    /// document introduced (in apposition) with a title of the same country as the untied title mention; null when none or
    /// several people of that country were so introduced.
    /// </summary>
    public int? PersonOfSameCountryTitle(int roleMentionIndex)
    {
        var role = _doc.Entities[roleMentionIndex];
        string? country = null;
        foreach (var rp in _doc.RolePhrases)
            if (rp.Span.Overlaps(role.Span) && !rp.IsPlural) { country = rp.CountryCode; break; }
        if (country is null) return null;
        // "le ministre suisse" is not "l'ambassadrice de Suisse, Rita X": the article's gender must fit
        char? wanted = ArticleGenderAt(role.Span.Start);
        int? found = null;
        int seen = 0;
        foreach (var rp in _doc.RolePhrases)
        {
            if (rp.Span.Start >= role.Span.Start || ++seen > MaxLookBackMentions) break;
            if (rp.IsPlural || rp.CountryCode != country) continue;
            int? person = ApposedNameAfterSpan(rp.Span);
            if (person is null || !GenderFits(person.Value, wanted)) continue;
            if (found is { } other && other != person && !SameCluster(other, person.Value)) return null;
            found ??= person;
        }
        found ??= PersonOfNationalityInList(country, roleMentionIndex) ?? PersonApposedToNationality(country, roleMentionIndex);
        return found is { } f && GenderFits(f, wanted) ? f : null;
    }

    /// <summary>
    /// "La partie burkinabè a affirmé que …", "la délégation malienne a indiqué …": an article, a side noun (claim-grammar.tsv,
    /// side-noun) and a nationality adjective at <paramref name="from"/> stand for the one person of that country the article
    /// introduced before (with a title of that country, in a list of nationalities, or described with the adjective); null
    /// when none or several were.
    /// </summary>
    public int? PersonOfSideAt(int from) => PersonOfNationalityAt(from, _grammar.SideNouns, SideDeterminers);

    private static readonly string[] SideDeterminers = ["la", "le"];

    /// <summary>
    /// A determiner of <paramref name="determiners"/>, a noun of <paramref name="nouns"/> and a nationality adjective at
    /// <paramref name="from"/> ("la partie burkinabè", "son hôte ivoirien") stand for the one person of that country the article
    /// introduced before (with a title of that country, in a list of nationalities, or described with the adjective); null
    /// when none or several were.
    /// </summary>
    public int? PersonOfNationalityAt(int from, IReadOnlySet<string> nouns, IReadOnlyCollection<string> determiners)
    {
        if (_gazetteers is null || nouns.Count == 0) return null;
        string text = _doc.Text;
        var ws = WordScanner.Scan(text, new TextSpan(from, Math.Min(text.Length, from + 60)));
        if (ws.Count < 3 || !determiners.Contains(FrenchText.Lower(ws[0].Of(text))) || !nouns.Contains(FrenchText.Lower(ws[1].Of(text)))) return null;
        if (!OnlySpacesBetween(text, ws[0].End, ws[1].Start) || !OnlySpacesBetween(text, ws[1].End, ws[2].Start)) return null;
        if (!_gazetteers.Nationalities.TryGetValue(Tokenization.TextFolding.Fold(ws[2].Of(text)), out var country)) return null;
        int before = FirstMentionAtOrAfter(from);
        if (!TryPersonTitledFrom(country, from, out var found)) return null;
        return found ?? PersonOfNationalityInList(country, before) ?? PersonApposedToNationality(country, before);
    }

    private static bool OnlySpacesBetween(string text, int from, int to) => text.AsSpan(from, Math.Max(0, to - from)).IsWhiteSpace();

    /// <summary>The person of the role mention's country in a list introduced with coordinated nationalities (see
    /// <see cref="PersonOfNationalityInList"/>), or null.</summary>
    public int? ListedPersonOfRoleCountry(int roleMentionIndex)
    {
        var role = _doc.Entities[roleMentionIndex];
        if (role.Form != MentionForm.Role) return null;
        foreach (var rp in _doc.RolePhrases)
            if (rp.Span.Overlaps(role.Span) && !rp.IsPlural && rp.CountryCode is { } country) return PersonOfNationalityInList(country, roleMentionIndex);
        return null;
    }

    /// <summary>
    /// "les ministres des Sports marocain, espagnol et portugais, A, B et C", "les Premiers ministres belge, néerlandais et
    /// luxembourgeois A, B et C": a plural title with as many coordinated nationality adjectives as the list of names after
    /// it gives each name the nationality of its rank; the one person of <paramref name="country"/> so introduced before
    /// <paramref name="before"/>, or null.
    /// </summary>
    /// <summary>
    /// The person a singular title of <paramref name="country"/> before <paramref name="from"/> names by an apposed name
    /// ("le ministre sénégalais, X"), null when no title does; false when two titles name two different persons.
    /// </summary>
    private bool TryPersonTitledFrom(string country, int from, out int? found)
    {
        found = null;
        foreach (var rp in _doc.RolePhrases)
        {
            if (rp.Span.Start >= from) break;
            if (rp.IsPlural || rp.CountryCode != country || ApposedNameAfterSpan(rp.Span) is not { } person) continue;
            if (found is { } other && other != person && !SameCluster(other, person)) return false;
            found ??= person;
        }
        return true;
    }

    private int? PersonOfNationalityInList(string country, int before)
    {
        if (_gazetteers is null) return null;
        string text = _doc.Text;
        int? found = null;
        for (int k = before - 1, seen = 0; k >= 0 && ++seen <= MaxLookBackMentions; k--)
        {
            // k is the last name of a list: walk back over "A, B et C"
            var names = new List<int> { k };
            if (!IsListedPerson(k)) continue;
            int first = k;
            while (first > 0 && IsListedPerson(first - 1) && IsListSeparator(text, _doc.Entities[first - 1].Span.End, _doc.Entities[first].Span.Start))
                names.Insert(0, --first);
            if (names.Count < 2) continue;
            int listStart = _doc.Entities[first].Span.Start;
            int si = _doc.SentenceIndexAt(listStart);
            int from = Math.Max(si >= 0 ? _doc.Sentences[si].Start : 0, listStart - 120);
            string lead = text[from..listStart];
            var codes = new List<string>();
            foreach (var w in WordScanner.Scan(lead, new TextSpan(0, lead.Length)))
                if (_gazetteers.Nationalities.TryGetValue(Tokenization.TextFolding.Fold(w.Of(lead)), out var code)) codes.Add(code);
            if (codes.Count >= names.Count) codes = codes[^names.Count..];
            if (codes.Count == names.Count && codes.Count(c => c == country) == 1)
            {
                int person = names[codes.IndexOf(country)];
                if (found is { } other && other != person && !SameCluster(other, person)) return null;
                found ??= person;
            }
            k = first;
        }
        return found;
    }

    private bool IsListedPerson(int k)
    {
        var m = _doc.Entities[k];
        return m.Kind == EntityKind.Person && m.Form == MentionForm.Name && !InsideQuote(m.Span);
    }

    /// <summary>Only ", ", " et " or ", et " between two names of a list.</summary>
    private static bool IsListSeparator(string text, int from, int to)
    {
        if (to < from || to - from > 6) return false;
        var between = text.AsSpan(from, to - from).Trim();
        return between is "," or "et" or ", et";
    }

    /// <summary>
    /// "son homologue qatari, Khaled X" … "le ministre d'État qatari": the one person named earlier in apposition to a
    /// description holding a nationality adjective of <paramref name="country"/> (nationalities-fr.tsv), whatever its
    /// noun ("homologue", "interlocuteur"), or followed by that country in brackets ("X (Belgique), Y (Pays-Bas)") —
    /// null when none or several people are so described.
    /// </summary>
    private int? PersonApposedToNationality(string country, int before)
    {
        if (_gazetteers is null) return null;
        string text = _doc.Text;
        string? countryLabel = _gazetteers.Country(country)?.Label is { } label ? Tokenization.TextFolding.Fold(label) : null;
        int? found = null;
        for (int k = before - 1, seen = 0; k >= 0 && ++seen <= MaxLookBackMentions; k--)
        {
            var m = _doc.Entities[k];
            if (m.Kind != EntityKind.Person || m.Form != MentionForm.Name || InsideQuote(m.Span)) continue;
            // "les chefs de gouvernement A (Belgique), B (Pays-Bas) et C": the country in brackets after the name
            if (countryLabel is not null && BracketedAfter(m.Span) is { } bracketed
                && string.Equals(Tokenization.TextFolding.Fold(bracketed), countryLabel, StringComparison.Ordinal))
            {
                if (found is { } first && first != k && !SameCluster(first, k)) return null;
                found ??= k;
                continue;
            }
            int p = m.Span.Start - 1;
            while (p >= 0 && text[p] == ' ') p--;
            // "son homologue portugais Nuno X", "le ministre portugais Nuno X": the nationality adjective right before the name
            if (p >= 0 && text[p] != ',' && NationalityRightBefore(p + 1) == country)
            {
                if (found is { } prior && prior != k && !SameCluster(prior, k)) return null;
                found ??= k;
                continue;
            }
            if (p < 0 || text[p] != ',') continue;
            int si = _doc.SentenceIndexAt(m.Span.Start);
            int sentenceStart = si >= 0 ? _doc.Sentences[si].Start : 0;
            bool described = false;
            // "son homologue burkinabè, le ministre de l'Agriculture, des Ressources animales, X": the description may open a
            // chain of apposed titles and complements; walk back over segments that open with an article or a "de" complement
            for (int end = p, hop = 0; hop < MaxApposedSegments && end > sentenceStart; hop++)
            {
                int from = Math.Max(sentenceStart, end - 80);
                int open = text.LastIndexOf(',', Math.Max(from, end - 1), Math.Max(0, end - from));
                int segStart = open >= from ? open + 1 : from;
                string segment = text[segStart..end];
                if (segment.AsSpan().ContainsAny("«»()")) break;
                bool hasNationality = false;
                foreach (var w in WordScanner.Scan(segment, new TextSpan(0, segment.Length)))
                    if (_gazetteers.Nationalities.TryGetValue(Tokenization.TextFolding.Fold(w.Of(segment)), out var code) && code == country) { hasNationality = true; break; }
                // "les ministres marocain, espagnol et portugais, A, B et C": coordinated nationalities go one to each name
                if (hasNationality) { described = !segment.Contains(" et ", StringComparison.Ordinal); break; }
                if (open < from || !OpensApposedSegment(segment)) break;
                end = open;
            }
            if (!described) continue;
            if (found is { } other && other != k && !SameCluster(other, k)) return null;
            found ??= k;
        }
        return found;
    }

    /// <summary>Comma segments crossed back from a name to the description that carries its nationality.</summary>
    private const int MaxApposedSegments = 4;

    /// <summary>A segment of an apposition chain: it opens with an article ("le ministre de …") or a "de" complement ("des Ressources …").</summary>
    private static bool OpensApposedSegment(string segment)
    {
        var t = segment.TrimStart();
        foreach (var opener in ApposedOpeners)
            if (t.StartsWith(opener, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] ApposedOpeners = ["le ", "la ", "l'", "l’", "de ", "des ", "du ", "d'", "d’"];

    /// <summary>The words in brackets right after a mention ("Declercq (Belgique)" → "Belgique"), or null.</summary>
    private string? BracketedAfter(TextSpan span)
    {
        string text = _doc.Text;
        int p = span.End;
        while (p < text.Length && text[p] == ' ') p++;
        if (p >= text.Length || text[p] != '(') return null;
        int close = text.IndexOf(')', p + 1, Math.Min(40, text.Length - p - 1));
        return close < 0 ? null : text[(p + 1)..close].Trim();
    }

    private bool SameCluster(int a, int b) => _doc.Entities[a].ClusterId >= 0 && _doc.Entities[a].ClusterId == _doc.Entities[b].ClusterId;

    private int? ApposedNameAfterSpan(TextSpan span)
    {
        string text = _doc.Text;
        int limit = Math.Min(text.Length, span.End + MaxTitleToNameChars);
        for (int k = FirstMentionAtOrAfter(span.End); k < _doc.Entities.Count && _doc.Entities[k].Span.Start < limit; k++)
        {
            var m = _doc.Entities[k];
            var between = text.AsSpan(span.End, m.Span.Start - span.End);
            if (between.ContainsAny(".;:«»()\n")) return null;
            if (m.Kind != EntityKind.Person || m.Form != MentionForm.Name || InsideQuote(m.Span)) continue;
            return between.Trim().Length == 0 || between.TrimEnd().EndsWith(',') && between.Count(',') == 1 ? k : null;
        }
        return null;
    }

    /// <summary>
    /// "a écrit M. al-Mahmoud", "a précisé Mme Oyono": a civility and a surname the entity layer did not tag; the person named
    /// earlier in full whose name ends with that surname. <paramref name="from"/> is just after the verb.
    /// </summary>
    public int? PersonByCivilitySurname(int from)
    {
        string text = _doc.Text;
        int p = from;
        while (p < text.Length && text[p] == ' ') p++;
        int start = p;
        while (p < text.Length && char.IsLetter(text[p])) p++;
        string civility = text[start..p];
        if (p < text.Length && text[p] == '.') p++;
        if (civility is not ("M" or "Mme" or "Mlle" or "Me" or "Dr" or "Pr")) return null;
        while (p < text.Length && text[p] == ' ') p++;
        int nameStart = p;
        while (p < text.Length && (char.IsLetter(text[p]) || text[p] == '-' || FrenchText.IsApostrophe(text[p]))) p++;
        if (p == nameStart) return null;
        string surname = FrenchText.Lower(text.AsSpan(nameStart, p - nameStart));
        // the full name is introduced earlier in the article; a bounded look-back keeps long texts linear
        int first = FirstMentionAtOrAfter(from);
        for (int k = first - 1; k >= 0 && k >= first - MaxLookBackMentions; k--)
        {
            var m = _doc.Entities[k];
            if (m.Kind != EntityKind.Person || m.Form != MentionForm.Name || InsideQuote(m.Span)) continue;
            string name = FrenchText.Lower(m.Text);
            if (name.Length > surname.Length && name.EndsWith(surname, StringComparison.Ordinal) && name[^(surname.Length + 1)] == ' ') return k;
        }
        return null;
    }
}
