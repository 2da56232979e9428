using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Entities;

// Organization spans: capitalised and lower-case heads, introduced names, bracketed acronyms.
public sealed partial class EntityRecognizer
{
    /// <summary>
    /// The introducing noun right before token <paramref name="i"/> ("l'association X", "la start-up parisienne X"), with only
    /// lower-case nationality or place adjectives between, or a bare de-complement noun ("l'organisation de producteurs X",
    /// "le collectif d'habitants X"): its index and subtype, or (-1, None).
    /// </summary>
    private (int, EntitySubtype) IntroBefore(AnalyzedDocument doc, string text, List<Token> tokens, IReadOnlyList<string> f, int i)
    {
        for (int p = i - 1; p >= 0 && p >= i - 4; p--)
        {
            if (tokens[p].Kind is not (TokenKind.Word or TokenKind.Elision) || !char.IsLower(text[tokens[p].Start])) break;
            IReadOnlyList<EntitySubtype> subtypes = [];
            int len = IsBareComplementNoun(f, p) ? 0 : _g.OrgIntros.LongestMatch(f, p, out subtypes);
            if (len > 0 && p + len <= i && AdjectivesOnly(p + len)) return (p, subtypes[0]);
            if (!_g.Nationalities.ContainsKey(f[p]) && !_w.IsAdjectiveLike(f[p]) && len == 0)
            {
                // "l'organisation de producteurs Pêcheurs de Bretagne": a noun the lexicon knows, after a bare "de", qualifies
                // the introducing noun before it
                if (p >= 2 && f[p - 1] is "de" or "d'" && f[p].Length > 3 && IsCommonOnly(Morph(doc, p)) && !IsFunctionOrVerbWord(Morph(doc, p)) && Morph(doc, p).CanBe(Language.PartOfSpeech.Noun) && !IsVerbOnly(Morph(doc, p))
                    && _g.OrgIntros.LongestMatch(f, p - 2, out subtypes) is var introLen && introLen > 0 && p - 2 + introLen == p - 1 && AdjectivesOnly(p + 1))
                    return (p - 2, subtypes[0]);
                break;
            }
        }
        return (-1, EntitySubtype.None);

        bool AdjectivesOnly(int from)
        {
            for (int k = from; k < i; k++) if (!_g.Nationalities.ContainsKey(f[k]) && !_w.IsAdjectiveLike(f[k])) return false;
            return true;
        }
    }

    /// <summary>
    /// "les chefs de gouvernement X et Y", "un conseil d'administration": after a bare "de" (no article) an introducing noun
    /// qualifies the noun before it; it does not introduce the name that follows ("le gouvernement X" does).
    /// </summary>
    internal static bool IsBareComplementNoun(IReadOnlyList<string> f, int p) => p > 0 && f[p - 1] is "de" or "d'";

    /// <summary>"Réseau des médecins du Darfour", "Fleuves vivants": de/du/des + capitalised words, then up to two adjectives.</summary>
    private int ExtendIntroducedName(AnalyzedDocument doc, string text, List<Token> tokens, IReadOnlyList<string> f, bool[] used, int start, int end,
        bool townIsWhere = false)
    {
        int n = tokens.Count;
        if (end == start + 1 && LowerComplementEnd(doc, text, tokens, f, used, start) is int complementEnd) return complementEnd;
        // "l'association Malherbe Nous Appartient": after an introducing noun, capitalised common words ("Nous", "Tous") inside
        // the name do not end it
        while (end + 1 < n && !used[end] && !used[end + 1] && IsCapitalizedWord(text, tokens[end]) && IsNotName(f[end]) && IsCapitalizedWord(text, tokens[end + 1])
               && !IsNotName(f[end + 1]) && tokens[end].Start - tokens[end - 1].End == 1 && tokens[end + 1].Start - tokens[end].End == 1)
            end += 2;
        while (end + 1 < n && f[end] is "de" or "du" or "des" or "d'" && tokens[end].Start - tokens[end - 1].End <= 1)
        {
            int k = end + 1;
            if (k < n && f[k] is "la" or "l'" && char.IsLower(text[tokens[k].Start])) k++;
            if (k >= n || !IsCapitalizedWord(text, tokens[k]) || IsNotName(f[k]) && !_g.Names.StartsAny(f[k])) break;
            // "l'hôpital Émile-Muller de Mulhouse", "l'université Nazi-Boni de Bobo-Dioulasso": after an establishment noun written in
            // lower case and a proper name, "de" + a place says where the establishment is; the name ends before it ("l'hôpital de
            // Thann", with no proper name, is named by its town)
            if (townIsWhere && k == end + 1 && IsPlaceAt(doc, f, k) && HasProperWord(doc, text, tokens, start, end)) break;
            int e = k + 1;
            while (e < n && IsCapitalizedWord(text, tokens[e]) && !used[e] && tokens[e].Start - tokens[e - 1].End <= 1) e++;
            end = e;
        }
        for (int adj = 0; adj < 2 && end < n && tokens[end].Kind == TokenKind.Word && char.IsLower(text[tokens[end].Start])
             && (_w.IsAdjectiveLike(f[end]) || _w.IsParticipleAdjective(f[end])
                 // regional adjectives: "Le Courrier cauchois", "le Progrès lyonnais"
                 || _w.IsRegionalAdjective(f[end])
                 // a plural name and a plural word agree ("Rivières propres"); a verb would end in -ent
                 || f[end - 1].Length > 2 && f[end - 1][^1] is 's' or 'x' && f[end][^1] is 's' or 'x' && !f[end].EndsWith("ent", StringComparison.Ordinal))
             && !_w.IsVerbLike(f[end]) && !_g.PersonCueVerbs.Contains(f[end]) && !_g.Nationalities.ContainsKey(f[end]); adj++)
            end++;
        return end;
    }

    /// <summary>
    /// "l'association Otages du monde", "l'ONG Médecins sans frontières", "le collectif Action contre la faim": a name that is one
    /// common noun alone names nothing, so it runs on through its lower-case complement (a preposition, an article, one or two
    /// nouns or adjectives) when the clause goes on after it with punctuation, a verb or a conjunction; null otherwise.
    /// </summary>
    private int? LowerComplementEnd(AnalyzedDocument doc, string text, List<Token> tokens, IReadOnlyList<string> f, bool[] used, int start)
    {
        int n = tokens.Count;
        var head = Morph(doc, start);
        if (!IsCommonOnly(head) || !head.CanBe(Language.PartOfSpeech.Noun) || _g.IsFirstName(f[start])) return null;
        int k = start + 1;
        if (k >= n || !(f[k] is "de" or "du" or "des" or "d'" or "sans" or "contre" or "pour") || !char.IsLower(text[tokens[k].Start])) return null;
        k++;
        if (k < n && f[k] is "la" or "l'" or "le" or "les" && char.IsLower(text[tokens[k].Start])) k++;
        int words = 0;
        while (k < n && words < 2 && !used[k] && tokens[k].Kind == TokenKind.Word && char.IsLower(text[tokens[k].Start]) && !_w.IsVerbLike(f[k])
               && !IsVerbOnly(Morph(doc, k)) && (Morph(doc, k).CanBe(Language.PartOfSpeech.Noun) || Morph(doc, k).CanBe(Language.PartOfSpeech.Adjective)))
        {
            k++;
            words++;
        }
        bool clauseGoesOn = k >= n || tokens[k].Kind is TokenKind.Punctuation or TokenKind.Quote || _w.IsVerbLike(f[k]) || IsVerbOnly(Morph(doc, k));
        return words > 0 && clauseGoesOn ? k : null;
    }

    // "Sahel Policy Forum", "Kyiv Independent Watch": an organization word among the next capitalised words
    private bool OrgTailFollows(string text, List<Token> tokens, IReadOnlyList<string> f, int k)
    {
        for (int j = k; j < tokens.Count && j < k + 3 && IsCapitalizedWord(text, tokens[j]) && tokens[j].Start - tokens[j - 1].End <= 1; j++)
            if (_g.OrgTails.ContainsKey(f[j])) return true;
        return false;
    }

    // "le chef du gouvernement kosovar": the head word closes a title ("chef du gouvernement" = head of government), not a body's name
    private bool EndsRoleWord(IReadOnlyList<string> f, int i)
    {
        for (int p = Math.Max(0, i - 3); p < i; p++)
            if (_g.Roles.LongestMatch(f, p, out _) == i - p + 1) return true;
        return false;
    }

    private static Candidate? FindEarlierOrganizationWithHead(List<Candidate> candidates, IReadOnlyList<string> f, int i)
    {
        Candidate? best = null;
        foreach (var c in candidates)
            if (c.Kind == EntityKind.Organization && c.End - c.Start >= 2 && c.End <= i && f[c.Start] == f[i] && (best is null || c.Start > best.Start))
                best = c;
        return best;
    }

    /// <summary>
    /// The end of a local authority's name opened at <paramref name="head"/>: at most two lower-case adjectives, then de/d'/du,
    /// then capitalised words ("Ville de Rennes", "Collectivité européenne d'Alsace", "Ville de Saint-Denis"); -1 when no
    /// capitalised word comes (a bare "la Ville" or "la Ville pour porter…").
    /// </summary>
    private int TerritorialNameEnd(AnalyzedDocument doc, int head)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var f = doc.Folded;
        int n = tokens.Count, k = head + 1;
        while (k < n && k - head <= 2 && tokens[k].Kind == TokenKind.Word && char.IsLower(text[tokens[k].Start]) && IsLexiconAdjective(Morph(doc, k))
               && f[k] is not ("de" or "du" or "des")) k++;
        if (k < n && f[k] is "de" or "d'" or "du") k++;
        int start = k;
        while (k < n && IsCapitalizedWord(text, tokens[k]) && tokens[k].Start - tokens[k - 1].End <= 1 && !HasLineBreak(text, tokens[k - 1].End, tokens[k].Start)) k++;
        return k > start ? k : -1;
    }

    private int ExtendOrganization(AnalyzedDocument doc, string text, List<Token> tokens, IReadOnlyList<string> f, bool[] used, int i)
    {
        int n = tokens.Count;
        int end = i + 1;
        int lastGood = i + 1;
        int lowerRun = 0;
        bool crossingKnownName = false;
        // long names are common: "Chambre de commerce et d'industrie de Côte d'Ivoire" (12 tokens)
        while (end < n && end - i <= 14)
        {
            var t = tokens[end];
            // a known name may close the body's name after a preposition ("de Côte d'Ivoire"), and is then crossed whole
            if (used[end] && !(f[end - 1] is "de" or "d'" or "du" or "des" or "l'" or "la") && !(used[end - 1] && end - 1 > i && crossingKnownName)) break;
            crossingKnownName = used[end];
            // "Confédération des Premières Nations du Traité 8", "Ligue 1": a one- or two-digit number after a capitalised word
            // closes the name when the clause ends with it (a count would have its noun after it)
            if (t.Kind == TokenKind.Number && t.Length <= 2 && IsCapitalizedWord(text, tokens[end - 1]) && t.Start - tokens[end - 1].End == 1
                && (end + 1 >= n || tokens[end + 1].Kind is TokenKind.Punctuation or TokenKind.Quote))
            {
                end++;
                lastGood = end;
                break;
            }
            if (t.Kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Number or TokenKind.Symbol) break;
            if (HasLineBreak(text, tokens[end - 1].End, t.Start)) break;
            var w = f[end];
            if (w is "de" or "d'" or "du" or "des" or "pour" or "la" or "l'" or "le" or "les" or "et")
            {
                // "Chambre de commerce et d'industrie", "Comité des pêches maritimes et des élevages marins": a coordinated
                // complement continues the name after a lower-case complement word
                bool coordinatedComplement = w == "et" && end + 2 < n && f[end + 1] is "de" or "d'" or "du" or "des" && lastGood == end
                    && char.IsLower(text[tokens[end - 1].Start]) && tokens[end - 1].Kind == TokenKind.Word
                    // ("Conseil du coton et de l'anacarde": the second complement may have its article)
                    && (tokens[end + 2].Kind == TokenKind.Word || tokens[end + 2].Kind == TokenKind.Elision && end + 3 < n && tokens[end + 3].Kind == TokenKind.Word);
                // "Institut de relations internationales et stratégiques": an adjective coordinated with the name's last adjective,
                // in the same number, belongs to the name
                if (w == "et" && end + 1 < n && lastGood == end && end - 1 > i && tokens[end + 1].Kind == TokenKind.Word && char.IsLower(text[tokens[end - 1].Start])
                    && char.IsLower(text[tokens[end + 1].Start]) && IsLexiconAdjective(Morph(doc, end - 1)) && IsLexiconAdjective(Morph(doc, end + 1))
                    && !IsFiniteVerbOnly(Morph(doc, end + 1)) && f[end - 1].EndsWith('s') == f[end + 1].EndsWith('s'))
                {
                    end += 2;
                    lastGood = end;
                    continue;
                }
                // "Syndicat des chargées et chargés de cours", "Union des travailleuses et travailleurs": a gendered doublet (two
                // forms of one lemma) continues the name
                if (w == "et" && end + 1 < n && lastGood == end && end - 1 > i && tokens[end + 1].Kind == TokenKind.Word && char.IsLower(text[tokens[end - 1].Start])
                    && char.IsLower(text[tokens[end + 1].Start]) && f[end - 1] != f[end + 1] && Morph(doc, end - 1).Lemma is { Length: > 0 } lemma && Morph(doc, end + 1).HasLemma(lemma))
                {
                    end += 2;
                    lastGood = end;
                    continue;
                }
                if (w == "et" && !(end + 1 < n && IsCapitalizedWord(text, tokens[end + 1])) && !coordinatedComplement) break;
                // "dont Alliance Sud et Helvetas": after a capitalised word, "et" before a capitalised word that is no common noun
                // (unknown to the lexicon, or a listed name) coordinates two bodies; "Paix et Liberté" is one name
                if (w == "et" && IsCapitalizedWord(text, tokens[end - 1]) && (!Morph(doc, end + 1).IsKnown || _g.Names.StartsAny(f[end + 1]) && !IsCommonOnly(Morph(doc, end + 1)))) break;
                end++;
                lowerRun = 0;
                continue;
            }
            if (IsCapitalizedWord(text, t))
            {
                // a person name follows, unless the head names its bodies after persons ("Université Mohammed V")
                if (_g.IsFirstName(w) && end + 1 < n && IsCapitalizedWord(text, tokens[end + 1]) && !(end == i + 1 && _g.OrgEponymHeads.Contains(f[i]))) break;
                // "le Conseil national Maja Riniker": after the name's adjective two capitalised words are another name
                // (one word may still close it: "Première Nation crie Wapiskan")
                if (lowerRun > 0 && end + 1 < n && IsCapitalizedWord(text, tokens[end + 1]) && tokens[end + 1].Start - t.End == 1) break;
                end++;
                lastGood = end;
                lowerRun = 0;
                continue;
            }
            // after a preposition any content word continues the name ("Fonds russe d'investissement direct"); right after a
            // capitalised word only an adjective does ("Agence spatiale européenne"), not a verb ("la Commission refuse")
            bool afterPreposition = f[end - 1] is "de" or "d'" or "du" or "des" or "pour" or "la" or "l'" or "le" or "les";
            // "le Conseil fédéral tenu depuis", "la Commission réunie à Bruxelles": a participle is the clause's, not the name's
            if (!afterPreposition && t.Kind == TokenKind.Word && _w.IsParticiple(t.SliceOf(text)) && !_g.Nationalities.ContainsKey(w) && !_w.IsAdjectiveLike(w)) break;
            // "le Conseil national ouvre le débat", "le Conseil d'État promet": a word the lexicon reads only as a finite verb ends it;
            // one it reads as an adjective continues it ("ministère des Relations extérieures")
            var morph = Morph(doc, end);
            // "le Centre Vidéotron servant de centre d'hébergement": a present participle opens a clause about the body
            // (an adjective reading continues the name unless a complement follows: "le Front militant a voté")
            if (!afterPreposition && t.Kind == TokenKind.Word && w.EndsWith("ant", StringComparison.Ordinal) && morph.CanBe(Language.PartOfSpeech.Verb)
                && (!IsLexiconAdjective(morph) || end + 1 < n && f[end + 1] is "de" or "d'" or "du" or "des" or "le" or "la" or "l'" or "les" or "un" or "une" or "au" or "aux" && char.IsLower(text[tokens[end + 1].Start]) || end + 1 < n && doc.Text[tokens[end + 1].Start] == 'à')) break;
            // (unless a capitalised word follows: "Première Nation crie Mikisew", where the lexicon knows only the verb)
            if (!afterPreposition && IsFiniteVerbOnly(morph) && !(end + 1 < n && IsCapitalizedWord(text, tokens[end + 1]))) break;
            // ("Inspection générale d'État": an adjective the lexicon knows continues the name right after the head, even when it
            // is also a role word)
            if (t.Kind == TokenKind.Word && char.IsLower(text[t.Start]) && (_g.Nationalities.ContainsKey(w) || !IsNotName(w) || !afterPreposition && lowerRun == 0 && IsLexiconAdjective(morph))
                && !_g.PersonCueVerbs.Contains(w) && !_w.IsVerbLike(w) && lowerRun < 2
                // ("le syndicat Alliance Police nationale réclame": after the adjective of a capitalised word, a word the lexicon reads
                // as a finite verb and neither as a participle nor as an adjective opens the clause; "Église évangélique réformée",
                // "Fédération des grands vins" go on)
                && !(lowerRun == 1 && !afterPreposition && end >= 2 && IsCapitalizedWord(text, tokens[end - 2]) && CanBeFiniteNotParticiple(morph)
                    && !IsLexiconAdjective(morph) && !_g.Nationalities.ContainsKey(w))
                && (afterPreposition || lowerRun > 0 || _g.Nationalities.ContainsKey(w) || _w.IsAdjectiveLike(w) || IsLexiconAdjective(morph) || !LooksLikeVerbBeforeObject(text, tokens, f, end)))
            {
                end++;
                lastGood = end;
                lowerRun++;
                continue;
            }
            break;
        }
        return lastGood;
    }

    private static bool CanBeFiniteNotParticiple(Language.TokenAnalysis a)
    {
        bool finite = false;
        foreach (var r in a.Readings ?? [])
        {
            if ((r.Moods & (Language.VerbMoods.PastParticiple | Language.VerbMoods.PresentParticiple)) != 0) return false;
            if (r.IsFinite) finite = true;
        }
        return finite;
    }

    /// <summary>
    /// A lower-case head ("ministère", "tribunal de grande instance") followed by de/du/des/d' and a name with a capital: the
    /// organization spans head and complement, up to a country named after it ("… de Moldavie"), which stays a place and
    /// keys the organization (two countries' "ministère des Finances" are two bodies). Returns the end token, or null.
    /// </summary>
    private int? LowerHeadOrganization(AnalyzedDocument doc, string text, List<Token> tokens, IReadOnlyList<string> f, bool[] used, int i, List<Candidate> candidates)
    {
        int n = tokens.Count;
        int len = _g.OrgLowerHeads.LongestMatch(f, i, out var subtypes);
        if (len == 0 || i + len + 1 >= n || used[i + len - 1]) return null;
        for (int k = i; k < i + len; k++) if (!char.IsLower(text[tokens[k].Start])) return null;
        // "cour d'appel de Douai", "tribunal judiciaire de Paris": a few lower-case words between the head and its capitalised complement
        int j = i + len, k0 = -1;
        for (int guard = 0; guard < 3 && j < n && k0 < 0; guard++)
        {
            if (tokens[j].Kind is not (TokenKind.Word or TokenKind.Elision) || !char.IsLower(text[tokens[j].Start]) || _w.IsVerbLike(f[j]) || _g.PersonCueVerbs.Contains(f[j])) return null;
            if (f[j] is not ("de" or "du" or "des" or "d'")) { j++; continue; }
            int k = j + 1;
            if (k < n && f[k] is "la" or "l'" && char.IsLower(text[tokens[k].Start])) k++;
            if (k >= n) return null;
            if (IsCapitalizedWord(text, tokens[k])) k0 = k;
            else j = k + 1;
        }
        if (k0 < 0) return null;
        // "une commission de l'Assemblée nationale": a complement headed by a body's own head word names that body
        if (!used[k0] && _g.OrgHeads.ContainsKey(f[k0])) return null;
        int end;
        Candidate? place = null;
        if (used[k0])
        {
            // "le tribunal de Nanterre": the complement is a known place; the body is named after it
            place = candidates.FirstOrDefault(c => c.Start == k0);
            if (place is null || place.Kind != EntityKind.Place) return null;
            end = place.End;
        }
        else
        {
            end = Complement(k0);
            // "le ministère de l'Énergie et des Mines", "de l'Économie, des Finances et de la Souveraineté industrielle":
            // coordinated capitalised complements belong to the body's name
            while (end + 2 < n && f[end] is "et" or ",")
            {
                int q = end + 1;
                if (f[q] == "et") q++;
                if (q >= n || f[q] is not ("de" or "du" or "des" or "d'")) break;
                q++;
                if (q < n && f[q] is "la" or "l'" && char.IsLower(text[tokens[q].Start])) q++;
                if (q >= n || used[q] || !IsCapitalizedWord(text, tokens[q])) break;
                end = Complement(q);
            }
        }
        // a capitalised complement word and the capitalised words and lower-case adjectives that continue it
        // ("des Affaires étrangères", "de la Santé publique")
        int Complement(int at)
        {
            int e = at + 1;
            while (e < n && !used[e] && IsCapitalizedWord(text, tokens[e]) && tokens[e].Start - tokens[e - 1].End <= 1) e++;
            while (e < n && !used[e] && tokens[e].Kind == TokenKind.Word && char.IsLower(text[tokens[e].Start]) && !_w.IsVerbLike(f[e]) && !_g.PersonCueVerbs.Contains(f[e])
                   && f[e] is not ("de" or "du" or "des" or "d'" or "et" or "le" or "la" or "les" or "l'" or "un" or "une") && e - at < 5
                   && (_g.Nationalities.ContainsKey(f[e]) || _w.IsAdjectiveLike(f[e]) || IsLexiconAdjective(Morph(doc, e)) && !IsFiniteVerbOnly(Morph(doc, e))))
                e++;
            return e;
        }
        string? country = null;
        for (int k = i; k < end; k++) if (_g.Nationalities.TryGetValue(f[k], out var cc)) { country = cc; break; }
        // "le tribunal correctionnel de Lyon": the town stays a place mention inside the body's name
        if (place is not null) country = place.Country;
        else if (end + 1 < n && f[end] is "de" or "du" or "d'" && used[end + 1] && candidates.FirstOrDefault(c => c.Start == end + 1) is { Kind: EntityKind.Place, Subtype: EntitySubtype.Country } c2)
            country = c2.Country;
        var surface = text[tokens[i].Start..tokens[end - 1].End];
        var countryKey = _g.Country(country)?.Key;
        var slug = TextFolding.Slug(surface);
        bool countryInName = place is not null || Enumerable.Range(i, end - i).Any(k => _g.Nationalities.ContainsKey(f[k]));
        var key = !countryInName && countryKey is not null ? slug + "-" + countryKey : slug;
        candidates.Add(new Candidate { Start = i, End = end, Kind = EntityKind.Organization, Subtype = subtypes[0], Country = country, GazetteerKey = key, Source = "org-lowhead" });
        for (int k = i; k < end; k++) used[k] = true;
        return end;
    }

    // "la Commission refuse une pause", a headline ending "la Commission refuse": a lower-case word followed by an article,
    // a clitic or the end of the line reads as a verb, not as part of the name ("Confédération paysanne des Andes")
    private bool LooksLikeVerbBeforeObject(string text, List<Token> tokens, IReadOnlyList<string> f, int k)
    {
        if (k + 1 >= tokens.Count || HasLineBreak(text, tokens[k].End, tokens[k + 1].Start)) return true;
        return _w.ObjectOpeners.Contains(f[k + 1]);
    }

    private bool IsOrgContinuation(string text, List<Token> tokens, IReadOnlyList<string> f, int k) =>
        f[k] is "de" or "d'" or "du" or "des" || _g.Nationalities.ContainsKey(f[k]) || IsCapitalizedWord(text, tokens[k]);

    /// <summary>
    /// "le Crédit Agricole Atlantique Vendée", "la Banque Populaire Grand Ouest": a listed organization glued (one space, no
    /// punctuation) to a capitalised run that ends with a known place is the organization's regional branch, one name.
    /// </summary>
    private static void RegionalBranches(AnalyzedDocument doc, List<Candidate> candidates)
    {
        var tokens = doc.Tokens;
        var listedEndingAt = new Dictionary<int, Candidate>();
        foreach (var c in candidates)
            if (c.Kind == EntityKind.Organization && c.Source == "gazetteer") listedEndingAt[c.End] = c;
        if (listedEndingAt.Count == 0) return;
        candidates.RemoveAll(tail =>
        {
            if (tail.Kind != EntityKind.Organization || tail.Source != "place-tail" || !listedEndingAt.TryGetValue(tail.Start, out var org)
                || tokens[tail.Start].Start - tokens[org.End - 1].End != 1) return false;
            org.End = tail.End;
            org.GazetteerKey = null;
            org.Source = "org-regional-branch";
            return true;
        });
    }

    /// <summary>
    /// "le directeur général de Cargill Côte d'Ivoire", "Orabank Burkina Faso a annoncé": a capitalised name glued (one space,
    /// same line) to a country's name of several words is that body's national branch, one name. (A one-word country closes
    /// the capitalised run itself, "Netflix France"; a country of several words, "Côte d'Ivoire", is matched before the runs.)
    /// A name opened by a first name, a person's or a place's name, or a word the lexicon knows only as a common noun is not.
    /// </summary>
    private void CountryBranches(AnalyzedDocument doc, List<Candidate> candidates, List<Candidate> runs)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var f = doc.Folded;
        Dictionary<int, Candidate>? countryAt = null;
        foreach (var c in candidates)
            if (c.Kind == EntityKind.Place && c.Subtype == EntitySubtype.Country && c.Source == "gazetteer" && c.End - c.Start >= 2)
                (countryAt ??= new Dictionary<int, Candidate>())[c.Start] = c;
        if (countryAt is null) return;
        foreach (var r in runs)
        {
            if (!countryAt.TryGetValue(r.End, out var country) || tokens[r.End].Start - tokens[r.End - 1].End != 1
                || HasLineBreak(text, tokens[r.End - 1].End, tokens[r.End].Start)) continue;
            if (r.Kind is EntityKind.Place or EntityKind.Person || r.Kind == EntityKind.Organization && r.GazetteerKey is not null) continue;
            if (_g.IsFirstName(f[r.Start]) || IsNotName(f[r.Start]) || IsCommonOnly(Morph(doc, r.Start))) continue;
            if (r.Kind is null) candidates.Add(r);
            r.Kind = EntityKind.Organization;
            r.End = country.End;
            r.Country = country.Country;
            r.Source = "country-branch";
            candidates.Remove(country);
            countryAt.Remove(country.Start);
        }
    }

    // a body that has national branches named "<body> <country>": a company, an outlet, an international body or an association;
    // a state body, a party, an army or a union is the country's own and takes no country after its name
    private static bool IsBranchedBody(GazetteerEntry e) =>
        e.Subtype is EntitySubtype.Company or EntitySubtype.MediaOutlet or EntitySubtype.InternationalOrganization or EntitySubtype.None;

    // a known place (gazetteer) or a word the lexicon knows only as a place name opens at k
    private bool IsPlaceAt(AnalyzedDocument doc, IReadOnlyList<string> f, int k) =>
        _g.Names.LongestMatch(f, k, out var entries) > 0 && entries[0].Kind == EntityKind.Place || IsLexiconPlaceOnly(Morph(doc, k));

    // a capitalised word in [from, to) that the lexicon does not know as a common word only: a proper name ("Émile-Muller")
    private static bool HasProperWord(AnalyzedDocument doc, string text, List<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (tokens[k].Kind == TokenKind.Word && IsCapitalized(text, tokens[k]) && !IsCommonOnly(Morph(doc, k))) return true;
        return false;
    }
}
