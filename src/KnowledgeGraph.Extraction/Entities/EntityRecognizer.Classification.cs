using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Entities;

// Typing a capitalised word sequence from its context, and the token tests the rules share.
public sealed partial class EntityRecognizer
{

    private sealed class RoleIndex
    {
        public readonly Dictionary<int, RolePhrase> EndingAt = new();
        public readonly Dictionary<int, RolePhrase> StartingAt = new();

        public RoleIndex(List<RolePhrase> phrases)
        {
            foreach (var rp in phrases)
            {
                if (!EndingAt.TryGetValue(rp.EndToken, out var e) || e.IsPlural) EndingAt[rp.EndToken] = rp;
                if (!StartingAt.TryGetValue(rp.FirstToken, out var s) || s.IsPlural) StartingAt[rp.FirstToken] = rp;
            }
        }
    }

    private void ClassifyRun(AnalyzedDocument doc, Candidate r, RoleIndex roles, HashSet<string> personSurnames, HashSet<string> lowerWords, bool[] sentenceStart)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var f = doc.Folded;
        int n = tokens.Count;
        int len = r.End - r.Start;
        int prev = r.Start - 1;
        bool afterComma = prev >= 0 && f[prev] == ",";
        var span = new TextSpan(tokens[r.Start].Start, tokens[r.End - 1].End);
        bool nonContent = doc.IsNonContent(span);

        // "la frontière Mali-Niger", "le sommet Côte d'Ivoire-Ghana": two countries joined by a hyphen name a relation between them
        if (JoinsTwoPlaces(f, r)) return;
        // "Océalis, fondée en 2021 par …", "Kerbrivan Robotique, créée il y a dix ans": a name apposed to a founding participle
        // is a company's (persons are born, not founded)
        if (r.End + 2 < n && f[r.End] == "," && _w.FoundingParticiples.Contains(f[r.End + 1]) && f[r.End + 2] is "en" or "par" or "il" or "au" or "a" or "dans" or "des"
            && !_g.IsFirstName(f[r.Start]) && !nonContent)
        {
            r.Kind = EntityKind.Organization;
            r.Subtype = EntitySubtype.Company;
            r.Source = "founded";
            return;
        }
        // "l'AI Act", "la Ve République", "le Pacte vert": a law, treaty or regime is no person and no organization
        if (_w.DocumentWords.Contains(f[r.End - 1]) || r.End < n && IsCapitalizedWord(text, tokens[r.End]) && _w.DocumentWords.Contains(f[r.End])) return;
        // "Pratt & Whitney", "Procter & Gamble": persons are never joined by an ampersand (in prose: menu labels
        // such as "Tech & Web" are no names)
        for (int k = r.Start + 1; k < r.End - 1; k++)
            if (f[k] == "&" && !nonContent && IsProse(doc, span))
            {
                r.Kind = EntityKind.Organization;
                r.Subtype = EntitySubtype.Company;
                r.Source = "ampersand";
                return;
            }
        // "la région Dakhla-Oued Eddahab", "la province Kasaï": a place noun after its article, apposed to the name, makes it a place
        if (prev >= 1 && _w.PlaceNounsBeforeDe.Contains(f[prev]) && char.IsLower(text[tokens[prev].Start]) && f[prev - 1] is "la" or "le" or "l'")
        {
            r.Kind = EntityKind.Place;
            r.Source = "place-noun";
            return;
        }
        // "à El Fasher", "d'El-Fasher", "vers Al-Qusayr": an Arabic article after a place preposition opens a place name
        if (prev >= 0 && f[prev] is "a" or "de" or "d'" or "en" or "vers" && (len == 2 && f[r.Start] is "el" or "al" || len == 1 && (f[r.Start].StartsWith("el-", StringComparison.Ordinal) || f[r.Start].StartsWith("al-", StringComparison.Ordinal)))
            && !(prev >= 1 && tokens[prev - 1].Kind == TokenKind.Word && _g.RoleWords.Contains(f[prev - 1])))
        {
            r.Kind = EntityKind.Place;
            r.Source = "place-preposition";
            return;
        }
        // "le Fribourgeois", "la Valaisanne", "les Ivoiriens": an inhabitant noun (by its ending or the lexicon's demonym flag)
        // after an article stands for people named elsewhere, not for a name
        if (len == 1 && prev >= 0 && f[prev] is "le" or "la" or "l'" or "les" or "du" or "des" or "au" or "aux" && (char.IsLower(text[tokens[prev].Start]) || sentenceStart[prev])
            && !_g.IsFirstName(f[r.Start]) && (_w.IsDemonym(f[r.Start]) || Morph(doc, r.Start).Has(Language.LexicalFlags.Demonym))
            && !IsAllCaps(tokens[r.Start].SliceOf(text)))
            return;
        // "l'usine de Crolles", "les planteurs de Daloa", "le géant de Tignes": a town the lexicon knows (and knows as nothing else)
        // after a place preposition, before any noun that would introduce an organization ("usine", "site", "géant")
        // ("au Lamentin"; "À Montauban, Moissac et Nègrepelisse": a town coordinated with a town before it)
        if (len == 1 && prev >= 0 && (f[prev] is "a" or "au" or "en" or "vers" or "de" or "d'" or "depuis" or "pres" or "sur" or "dans" || IsAfterCoordinatedPlace(doc, prev))
            && !_g.IsFirstName(f[r.Start]) && IsLexiconPlaceOnly(Morph(doc, r.Start)))
        {
            r.Kind = EntityKind.Place;
            r.Subtype = EntitySubtype.City;
            r.Source = "lexicon-place";
            return;
        }
        // titles: "M. X", "Mme X"
        if (prev >= 0 && (tokens[prev].Kind == TokenKind.Abbreviation && _w.CivilityAbbreviations.Contains(f[prev])
            || IsTitleWord(text, tokens, f, prev)))
        {
            Person(r, "title");
            return;
        }
        // introducing word, possibly with adjectives between: "l'agence Reuters", "l'agence de presse officielle égyptienne X"
        for (int p = r.Start - 1; p >= Math.Max(0, r.Start - 7); p--)
        {
            IReadOnlyList<EntitySubtype> subtypes = [];
            int introLen = IsBareComplementNoun(f, p) ? 0 : _g.OrgIntros.LongestMatch(f, p, out subtypes);
            // "le site de Kasulo", "l'usine de Montoir": a name after "de" is the intro noun's complement (a place, an owner), not its name
            // ("le cabinet de la Mobilité", "le siège du Groupe": also through du/des and de la/de l')
            if (introLen > 0 && p + introLen <= r.Start && AllSkippable(p + introLen, r.Start) && !(p + introLen < r.Start && IsComplementOpening(p + introLen)))
            {
                r.Kind = EntityKind.Organization;
                r.Subtype = subtypes[0];
                r.Source = "org-intro";
                return;
            }
            if (!IsSkippable(p)) break;
        }
        bool IsComplementOpening(int from) =>
            f[r.Start - 1] is "de" or "d'" or "du" or "des"
            || r.Start - 2 >= from && f[r.Start - 1] is "la" or "l'" && char.IsLower(text[tokens[r.Start - 1].Start]) && f[r.Start - 2] is "de";
        bool AllSkippable(int from, int to)
        {
            for (int k = from; k < to; k++) if (!IsSkippable(k)) return false;
            return true;
        }
        // (a word the lexicon knows only as a verb ends the introducing noun's reach: "le club vise la Coupe")
        bool IsSkippable(int k) =>
            // "le quotidien La Gazzetta", "la chaîne El Tiempo": a capitalised article opening the name
            k == r.Start - 1 && f[k] is "le" or "la" or "les" or "l'" or "el" or "il" or "the" or "die" or "der" && k > 0 && char.IsLower(text[tokens[k - 1].Start]) ||
            (tokens[k].Kind == TokenKind.Word || tokens[k].Kind == TokenKind.Elision) && char.IsLower(text[tokens[k].Start])
            && (_g.Nationalities.ContainsKey(f[k]) || f[k] is "de" or "d'" or "en" || f[k].Length > 3 && !_g.PersonCueVerbs.Contains(f[k]) && !IsVerbOnly(Morph(doc, k)));
        // a role phrase just before, with or without comma: "le président brésilien Rafael Moura", "le ministre …, X"
        // (not "le secrétaire du syndicat CGT Keolis Lyon, Y": a name that no first name opens and a listed town closes is a
        // local body's, the person comes after it)
        bool townClosed = len >= 2 && !_g.IsFirstName(f[r.Start]) && _g.Names.LongestMatch(f, r.End - 1, out var closing) == 1
            && closing[0].Kind == EntityKind.Place && r.End + 1 < n && f[r.End] == "," && IsCapitalizedWord(text, tokens[r.End + 1]);
        if (!townClosed && roles.EndingAt.TryGetValue(r.Start, out var before) && !before.IsPlural && !(!_g.IsFirstName(f[r.Start]) && ApposedToNamedPerson(doc, before))
            || afterComma && roles.EndingAt.TryGetValue(BeforeTrailers(f, prev), out before) && !before.IsPlural)
        {
            Person(r, "role-before");
            return;
        }
        // apposition after: "X, directeur général du Fonds …", "X, le conseiller de Y." (not "X, le dirigeant a dit", nor
        // "À Saint-Antonin, la maire, Y": a single word no first name opens after "à" is where, not who)
        // (a sentence's opening "À X," frames where; mid-sentence "à X" may be whom: "il a écrit à Dupont, le ministre")
        bool whereNotWho = len == 1 && prev >= 0 && f[prev] == "a" && (text[tokens[prev].Start] == 'À' || IsLexiconPlaceOnly(Morph(doc, r.Start)))
            && !_g.IsFirstName(f[r.Start]) && !personSurnames.Contains(f[r.Start]);
        if (r.End < n && f[r.End] == "," && !whereNotWho && roles.StartingAt.TryGetValue(r.End + 1, out var after) && !after.IsPlural && IsClosedApposition(doc, after))
        {
            Person(r, "role-after");
            return;
        }
        // ", gendre de …"
        if (r.End + 1 < n && f[r.End] == "," && _g.RelationWords.ContainsKey(f[r.End + 1] is "le" or "la" or "l'" or "son" or "sa" && r.End + 2 < n ? f[r.End + 2] : f[r.End + 1]))
        {
            Person(r, "relation-apposition");
            return;
        }
        // an occupation just before: "l'économiste X", "l'opposant russe X"
        for (int p = r.Start - 1; p >= Math.Max(0, r.Start - 4); p--)
        {
            int occ = _g.Occupations.LongestMatch(f, p, out _);
            if (occ > 0 && (p + occ == r.Start || p + occ + 1 == r.Start && _g.Nationalities.ContainsKey(f[r.Start - 1])))
            {
                Person(r, "occupation");
                return;
            }
        }
        // "l'espagnol Naturgy", "le japonais Tervaka Motors": a lower-case nationality used as a noun before a name that no first
        // name opens stands for a company (a person would be "l'Espagnol", capitalised, or have a first name)
        if (prev >= 1 && !_g.IsFirstName(f[r.Start]) && tokens[prev].Kind == TokenKind.Word && char.IsLower(text[tokens[prev].Start])
            && _g.Nationalities.ContainsKey(f[prev]) && f[prev - 1] is "le" or "l'" or "du" or "au" && char.IsLower(text[tokens[prev - 1].Start]))
        {
            r.Kind = EntityKind.Organization;
            r.Subtype = EntitySubtype.Company;
            r.Source = "nationality-company";
            return;
        }
        // "au Groupama Stadium": a venue word closes a place's name
        if (len >= 2 && _w.VenueTails.Contains(f[r.End - 1]))
        {
            r.Kind = EntityKind.Place;
            r.Subtype = EntitySubtype.Building;
            r.Source = "venue-tail";
            return;
        }
        // "Amnesty International", "Goldman Sachs Group", "Kyiv Post": an organization word inside the name
        if (len >= 2)
            for (int k = r.Start + 1; k < r.End; k++)
                if (_g.OrgTails.TryGetValue(f[k], out var tailSubtype))
                {
                    r.Kind = EntityKind.Organization;
                    r.Subtype = tailSubtype;
                    r.Source = "org-tail";
                    return;
                }
        bool firstName = _g.IsFirstName(f[r.Start]);
        bool lastIsSurname = personSurnames.Contains(f[r.End - 1]);
        if (len >= 2 && !firstName && !lastIsSurname)
        {
            // "Fort McMurray", "Lac La Biche", "Mont Royal": a place noun opens the name
            if (_w.PlaceHeads.Contains(f[r.Start]) || prev >= 1 && f[prev] is "de" or "d'" or "du" or "des" && _w.PlaceNounsBeforeDe.Contains(f[prev - 1]))
            {
                r.Kind = EntityKind.Place;
                r.Source = "place-head";
                return;
            }
            // "Wildfire Alberta", "Stade Malherbe Caen", "SM Caen": a name closed by a known place and opened by no first name
            if (_g.Names.LongestMatch(f, r.End - 1, out var lastEntries) == 1 && lastEntries[0].Kind == EntityKind.Place)
            {
                r.Kind = EntityKind.Organization;
                r.Source = "place-tail";
                return;
            }
            // "SUD Santé Sociaux": an acronym among words in ordinary case (not an all-capitals headline)
            bool hasAcronym = false, hasMixed = false;
            for (int k = r.Start; k < r.End; k++)
            {
                var w = tokens[k].SliceOf(text);
                if (tokens[k].Kind != TokenKind.Word) continue; // "J. K. Pemberton": initials are no acronym
                if (w.Length >= 2 && IsAllCaps(w)) hasAcronym = true;
                else hasMixed = true;
            }
            if (hasAcronym && hasMixed)
            {
                r.Kind = EntityKind.Organization;
                r.Source = "acronym-in-name";
                return;
            }
            // "aux côtés de la CMA CGM": two or more acronyms in a row, between words in ordinary case, name a body, never a person
            if (hasAcronym && !hasMixed && !IsCapsWordAt(text, tokens, prev) && !IsCapsWordAt(text, tokens, r.End))
            {
                r.Kind = EntityKind.Organization;
                r.Source = "acronym-run";
                return;
            }
            // "Vents du Bray", "Hauts de Bray": a plural common noun with a "de" complement names a company or a place, not a person;
            // after an article it is a place or a thing, otherwise a company's or association's name
            bool particle = false;
            for (int k = r.Start + 1; k < r.End; k++) if (f[k] is "de" or "du" or "des" or "d'" && char.IsLower(text[tokens[k].Start])) particle = true;
            if (particle && f[r.Start].Length > 3 && f[r.Start][^1] is 's' or 'x')
            {
                if (prev >= 0 && f[prev] is "le" or "la" or "les" or "des" or "du" or "au" or "aux" && char.IsLower(text[tokens[prev].Start])) return;
                r.Kind = EntityKind.Organization;
                r.Source = "plural-name";
                return;
            }
        }
        if (len >= 2 && (firstName || lastIsSurname))
        {
            Person(r, firstName ? "first-name" : "surname");
            return;
        }
        // "à commencer par El Fasher", "près d'Al Qusayr": a name opening with the Arabic article and no first name is a place
        // after a preposition, and otherwise too uncertain to keep
        if (len == 2 && f[r.Start] is "el" or "al" && !firstName)
        {
            if (prev >= 0 && f[prev] is "par" or "de" or "d'" or "a" or "en" or "vers" or "depuis" or "pour" or "sur" or "dans" or "pres")
            {
                r.Kind = EntityKind.Place;
                r.Source = "place-preposition";
            }
            return;
        }
        // boilerplate-like short lines ("Inline Feedbacks", menu items) and photo credits need a first name or a cue
        bool proseContext = !nonContent && IsProse(doc, span);
        // "Laboratoires Velmorin", "Air Causses", "Cinq Européens": a sequence that no first name opens but a word the lexicon
        // knows only as a common word names no person; opened by a noun and closed by a word the lexicon does not know, it is
        // a company's or a body's coined name, otherwise it is dropped
        if (len >= 2 && !firstName && IsCommonOnly(Morph(doc, r.Start)) && !_g.IsFirstName(f[r.Start]))
        {
            // "les Laboratoires Hélianthe", "les Transports Kerbrivan": a plural noun after a plural article opens a company's name
            bool pluralAfterArticle = prev >= 0 && f[prev] is "les" or "des" or "aux" && char.IsLower(text[tokens[prev].Start])
                && Morph(doc, r.Start).Number == Language.GrammaticalNumber.Plural;
            if (proseContext && Morph(doc, r.Start).CanBe(Language.PartOfSpeech.Noun) && (!Morph(doc, r.End - 1).IsKnown || pluralAfterArticle))
            {
                r.Kind = EntityKind.Organization;
                r.Source = "common-noun-name";
            }
            return;
        }
        // "Toulouse Métropole", "Ontario Power Generation", "Québec Solidaire": a known place opening a name that no first name
        // opens names a body of that place (a person's name opens with a first name, not with a city)
        if (len >= 2 && !firstName && _g.Names.LongestMatch(f, r.Start, out var opening) is var openLen and > 0 && openLen < len
            && opening[0].Kind == EntityKind.Place && !lastIsSurname && IsCapitalizedWord(text, tokens[r.Start + openLen]))
        {
            r.Kind = EntityKind.Organization;
            r.Source = "place-opened";
            return;
        }
        if (len >= 2 && len <= 4 && proseContext && !_g.OrgHeads.ContainsKey(f[r.End - 1]))
        {
            Person(r, "cap-seq");
            return;
        }
        if (len > 1) return;
        // single word
        if (personSurnames.Contains(f[r.Start]))
        {
            Person(r, "surname");
            return;
        }
        if (!proseContext) return;
        // "(Bohdan) Kravets": a bracketed first name is part of the next name, not a mention of its own
        if (firstName && prev >= 0 && f[prev] == "(" && r.End < n && f[r.End] == ")") return;
        // "le groupe Libertés, indépendants… (Liot)", "le Haut Conseil des finances publiques (HCFP)": a short unknown word in
        // brackets after prose is the acronym of an organization
        // ("X (Défense)": a common word in brackets is a portfolio or a gloss, not an acronym)
        if (prev >= 0 && f[prev] == "(" && r.End < n && f[r.End] == ")" && !firstName && tokens[r.Start].Length is >= 2 and <= 8 && !lowerWords.Contains(f[r.Start])
            && !(IsCommonOnly(Morph(doc, r.Start)) && !IsAllCaps(tokens[r.Start].SliceOf(text)))
            && prev >= 1 && tokens[prev - 1].Kind is TokenKind.Word or TokenKind.Elision
            // "la politique agricole commune (PAC)", "la Facilité élargie de crédit (FEC)": the acronym of a policy, a programme or a
            // meeting names no body
            && !(AcronymGlossHead(text, tokens, f, prev, tokens[r.Start].SliceOf(text)) is int gloss and >= 0 && _w.GlossNonBodies.Contains(f[gloss])))
        {
            r.Kind = EntityKind.Organization;
            r.Source = "bracket-acronym";
            return;
        }
        // "économiste chez Natixis", "ingénieur chez Vantor": a company, not a home
        if (prev >= 0 && f[prev] == "chez" && !firstName && !lowerWords.Contains(f[r.Start]))
        {
            r.Kind = EntityKind.Organization;
            r.Subtype = EntitySubtype.Company;
            r.Source = "chez";
            return;
        }
        // "en Ligue 1", "en Formule 1": a word with a small number after it names a competition, not a place
        if (prev >= 0 && f[prev] == "en" && r.End < n && tokens[r.End].Kind == TokenKind.Number && tokens[r.End].Length <= 2 && tokens[r.End].Start - tokens[r.End - 1].End == 1) return;
        // "le lac Athabasca", "au mont Kenya": a lower-case place noun before the name belongs to it
        if (prev >= 0 && !firstName && _w.PlaceHeads.Contains(f[prev]) && char.IsLower(text[tokens[prev].Start]) && tokens[r.Start].Start - tokens[prev].End == 1)
        {
            r.Start = prev;
            r.Kind = EntityKind.Place;
            r.Source = "place-head";
            return;
        }
        // "à X", "en X", "les régions de X", "la ville de X"
        // ("la province du Moyen-Chari", "la région des Hauts-Bassins": the noun's complement after du/des too)
        if (prev >= 0 && (f[prev] is "a" or "en" or "vers" || prev >= 1 && f[prev] is "de" or "d'" or "du" or "des" && _w.PlaceNounsBeforeDe.Contains(f[prev - 1]) || prev >= 1 && f[prev] is "de" or "d'"
                // "le maire de Givors", "en aval de Givors", "les habitants de X", "la commune de X"
                && _w.PlaceOfNouns.Contains(f[prev - 1]))
            && !firstName)
        {
            r.Kind = EntityKind.Place;
            r.Source = "place-preposition";
            return;
        }
        var word = tokens[r.Start].SliceOf(text);
        bool allCaps = word.Length >= 2 && IsAllCaps(word);
        bool determiner = prev >= 0 && f[prev] is "le" or "la" or "l'" or "les" or "du" or "des" or "au" or "aux" && char.IsLower(text[tokens[prev].Start]);
        // "le Fribourgeois", "la Québécoise": an inhabitant noun after an article stands for a person named elsewhere
        if (determiner && !firstName && _w.IsDemonym(f[r.Start]) && !allCaps) return;
        // "le ministre des Pêches avait rencontré…", "la ministre de l'Éducation, du Préscolaire et des Sports a assuré": a
        // capitalised common noun in a title's complement is its portfolio, not a speaking organization
        if (determiner && r.End - r.Start == 1 && f[prev] is not ("le" or "les") && !firstName && Morph(doc, r.Start).CanBe(Language.PartOfSpeech.Noun) && IsPortfolioOfTitle(doc, prev)) return;
        // "un hélicoptère de la Sécurité civile", "la Police nationale": a capitalised common noun and an institution's adjective
        if (determiner && r.End - r.Start == 1 && r.End < n && !firstName && char.IsLower(text[tokens[prev].Start]) && _w.InstitutionAdjectives.Contains(f[r.End])
            && char.IsLower(text[tokens[r.End].Start]) && IsCommonOnly(Morph(doc, r.Start)) && !IsPortfolioOfTitle(doc, prev)
            // ("l'Agent judiciaire de l'État": a title, not a body)
            && !_g.RoleWords.Contains(f[r.Start]) && _g.Occupations.LongestMatch(f, r.Start, out _) == 0)
        {
            r.End++;
            r.Kind = EntityKind.Organization;
            r.Subtype = EntitySubtype.GovernmentAgency;
            r.Source = "institution-adjective";
            return;
        }
        // "selon l'Insee", "l'Arcom a annoncé": a name with a determiner is an organization, not a person
        if (determiner && !firstName && !lowerWords.Contains(f[r.Start]) && (HasSpeechVerbNearby(f, r.Start, r.End) || prev >= 1 && f[prev - 1] == "selon"))
        {
            r.Kind = EntityKind.Organization;
            r.Source = "determiner-speaker";
            return;
        }
        // "Météo-France a levé la vigilance", "Hydro-Québec": a compound closed by a country or region and opened by a word that
        // is neither a place nor a first name is a national body's name, not a person's
        if (r.End - r.Start == 1 && !firstName && IsBodyOfPlaceCompound(f[r.Start]))
        {
            r.Kind = EntityKind.Organization;
            r.Source = "place-compound";
            return;
        }
        if (!allCaps && !determiner && HasSpeechVerbNearby(f, r.Start, r.End))
        {
            Person(r, "speech-verb");
            return;
        }
        // a sentence-initial bare name as the subject of a verb: "Erdogan a appelé", "Sánchez s'est rendu"
        if (!allCaps && sentenceStart[r.Start] && !lowerWords.Contains(f[r.Start]) && r.End < n && (f[r.End] == "a" && text[tokens[r.End].Start] == 'a' || _w.SubjectVerbs.Contains(f[r.End])))
        {
            Person(r, "subject");
            return;
        }
        // unknown acronyms after a lower-case determiner: "la CGT", "l'OFCE" (not headline capitals "LA PAIX")
        // (and "Le PS a voté", the sentence's capitalised article; "le chef de groupe PS": a bare introducing noun)
        if (word.Length is >= 2 and <= 6 && IsAllCaps(word) && !lowerWords.Contains(f[r.Start]) && prev >= 0
            && (f[prev] is "le" or "la" or "l'" or "les" or "du" or "des" or "au" or "aux" && (char.IsLower(text[tokens[prev].Start]) || sentenceStart[prev] && !IsCapsWordAt(text, tokens, prev))
                || char.IsLower(text[tokens[prev].Start]) && IsBareComplementNoun(f, prev) && _g.OrgIntros.LongestMatch(f, prev, out _) == 1))
        {
            r.Kind = EntityKind.Organization;
            r.Source = "acronym";
            // "le CHU de Martinique", "le Samu de Paris": an acronym that names a kind of body takes the town after it as its name
            if (r.End + 1 < n && f[r.End] is "de" or "du" or "d'" && _w.KindAcronyms.Contains(f[r.Start])
                && _g.Names.LongestMatch(f, r.End + 1, out var town) is var townLen and > 0 && town[0].Kind == EntityKind.Place)
                r.End += 1 + townLen;
            return;
        }
        if (firstName && !sentenceStart[r.Start] && !_g.LexiconOnlyFirstNames.Contains(f[r.Start]))
            Person(r, "first-name-only");
    }

    // "le président du groupe X (LFI), Y", "l'ambassadeur de Belgique à Ouagadougou, Y": the token where the role phrase
    // ends, stepping back from the comma over a bracketed acronym and a town
    private static int BeforeTrailers(IReadOnlyList<string> f, int comma)
    {
        int q = comma;
        if (q >= 3 && f[q - 1] == ")" && f[q - 3] == "(") q -= 3;
        if (q >= 2 && f[q - 2] is "a" or "au") q -= 2;
        return q;
    }

    // An apposition role phrase closes before a verb: "X, le conseiller de Y," / "X, directeur du Fonds." — a phrase with a
    // determiner followed by a verb ("Telegram, le dirigeant a déclaré") is the subject of the next clause instead.
    private static bool IsClosedApposition(AnalyzedDocument doc, RolePhrase rp)
    {
        if (rp.Determiner is null) return true;
        if (rp.EndToken >= doc.Tokens.Count) return true;
        var next = doc.Tokens[rp.EndToken];
        return next.Kind is TokenKind.Punctuation or TokenKind.Quote;
    }

    // Prose: the paragraph is long enough or ends like a sentence; menus, bylines and widget labels are not.
    private static bool IsProse(AnalyzedDocument doc, TextSpan span)
    {
        int lo = 0, hi = doc.Paragraphs.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var p = doc.Paragraphs[mid];
            if (span.Start < p.Start) { hi = mid - 1; continue; }
            if (span.Start >= p.End) { lo = mid + 1; continue; }
            if (!p.Contains(span)) return true;
            if (p.Length >= 80) return true;
            char last = doc.Text[p.End - 1];
            return last is '.' or '!' or '?' or '»' or '"' or ':' or ')';
        }
        return true;
    }

    private static void Person(Candidate r, string source)
    {
        r.Kind = EntityKind.Person;
        r.Source = source;
    }

    // "X a déclaré", "X a-t-il dit", "a déclaré X", "selon X"
    private bool HasSpeechVerbNearby(IReadOnlyList<string> f, int start, int end)
    {
        if (start > 0 && f[start - 1] == "selon") return true;
        // never across a sentence end ("…, a estimé le juge. Ensuite, …": "juge" folds like the verb "jugé")
        for (int k = end; k < Math.Min(f.Count, end + 3); k++)
        {
            if (f[k] is "." or "!" or "?") break;
            if (_g.PersonCueVerbs.Contains(f[k])) return k == end || _w.SpeechAuxiliaries.Contains(f[end]);
        }
        for (int k = start - 1; k >= Math.Max(0, start - 2); k--)
        {
            if (f[k] is "." or "!" or "?") break;
            if (_g.PersonCueVerbs.Contains(f[k])) return true;
        }
        return false;
    }


    private static bool IsCapsWordAt(string text, List<Token> tokens, int k) =>
        k >= 0 && k < tokens.Count && tokens[k].Kind == TokenKind.Word && IsAllCaps(tokens[k].SliceOf(text));

    // walks back over a title's complements ("de l'Éducation nationale, du Préscolaire et des …") to a minister's title; a
    // verb, a sentence mark or a quotation ends the walk
    private bool IsPortfolioOfTitle(AnalyzedDocument doc, int prev, bool ministerOnly = false)
    {
        var f = doc.Folded;
        for (int p = prev - 1, guard = 0; p >= 0 && guard < 14; p--, guard++)
        {
            if (doc.Tokens[p].Kind is not (TokenKind.Word or TokenKind.Elision)) { if (f[p] == ",") continue; return false; }
            if ((ministerOnly ? _w.MinisterTitles : _w.PortfolioTitles).Contains(f[p])) return true;
            if (f[p] is "de" or "d'" or "du" or "des" or "la" or "l'" or "et" or "aux" or "au" or "a") continue;
            var a = Morph(doc, p);
            if (a.CanBe(Language.PartOfSpeech.Verb) && !a.CanBe(Language.PartOfSpeech.Noun) && !a.CanBe(Language.PartOfSpeech.Adjective)
                || a.CanBe(Language.PartOfSpeech.Auxiliary)) return false;
        }
        return false;
    }

    // a role word (singular or plural: "ministre", "ministres") ends at token p, before up to two nationality adjectives
    private bool RoleWordEndsAt(IReadOnlyList<string> f, int p)
    {
        for (int guard = 0; guard < 2 && p > 0 && _g.Nationalities.ContainsKey(f[p]); guard++) p--;
        var w = f[p];
        return _g.RoleWords.Contains(w) || w.Length > 3 && w[^1] == 's' && _g.RoleWords.Contains(w[..^1]);
    }

    private bool IsNotName(string folded) =>
        _g.NotNames.Contains(folded) || _months.Contains(folded) || _weekdays.Contains(folded) || _g.Nationalities.ContainsKey(folded)
        || _g.RoleWords.Contains(folded) || _g.RelationWords.ContainsKey(folded);

    private bool IsBuildingContext(IReadOnlyList<string> f, int i)
    {
        int k = i - 1;
        if (k >= 0 && f[k] is "la" or "l'" or "le") k--;
        return k >= 0 && _w.BuildingPrepositions.Contains(f[k]) || (k >= 1 && f[k] is "de" or "du" or "d'" && _w.BuildingContextNouns.Contains(f[k - 1]));
    }

    // every capitalised word of the known name must be capitalised in the text ("Le Monde" the paper, not "le monde")
    private static bool CapitalsAgree(string text, List<Token> tokens, int i, int len, IReadOnlyList<bool> caps)
    {
        if (caps.Count != len) return true;
        for (int k = 0; k < len; k++)
            if (caps[k] && !char.IsUpper(text[tokens[i + k].Start])) return false;
        return true;
    }

    private static bool ExactSurface(string text, List<Token> tokens, int i, int len, string surface) =>
        len == 1 && tokens[i].SliceOf(text).SequenceEqual(surface);

    private static bool IsCapitalized(string text, Token t) => t.Length > 0 && (char.IsUpper(text[t.Start]) || (char.IsDigit(text[t.Start]) && t.Kind == TokenKind.Word));

    // "J." is an initial; "M." is the civility title "Monsieur"
    private static bool IsInitial(string text, Token t) => t.Kind == TokenKind.Abbreviation && t.Length == 2 && char.IsUpper(text[t.Start]) && text[t.Start + 1] == '.' && text[t.Start] != 'M';

    // Arabic name particles written in lower case before a capital: "al-Burhane", "el-Sissi", "ould-Abdallah"
    private bool IsParticleName(string text, Token t)
    {
        if (t.Kind != TokenKind.Word || !char.IsLower(text[t.Start])) return false;
        foreach (var p in _w.LowerNamePrefixes)
            if (t.Length > p.Length + 1 && string.CompareOrdinal(text, t.Start, p, 0, p.Length) == 0 && char.IsUpper(text[t.Start + p.Length])) return true;
        return false;
    }

    // civility and professional titles written as words: "Dr", "Pr", "Me" (maître, lawyers), "Mgr", "Mme", "Mlle"
    private bool IsTitleWord(string text, List<Token> tokens, IReadOnlyList<string> f, int i) =>
        tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(text[tokens[i].Start]) && _w.TitleWords.Contains(f[i]);

    private static bool IsCapitalizedWord(string text, Token t) => t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]);

    private static bool IsAllCaps(ReadOnlySpan<char> w)
    {
        foreach (var c in w) if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (int i = from; i < to; i++) if (text[i] == '\n') return true;
        return false;
    }

    private bool IsBodyOfPlaceCompound(string folded)
    {
        int dash = folded.LastIndexOf('-');
        if (dash <= 1 || dash >= folded.Length - 2) return false;
        string head = folded[..dash], last = folded[(dash + 1)..];
        // ("Port-Soudan", "Saint-Louis": a place noun or a saint's name opens a town's name)
        if (head.Contains('-') || _g.IsFirstName(head) || _w.PlaceHeads.Contains(head) || _w.TownCompoundHeads.Contains(head)
            || _g.Names.LongestMatch([head], 0, out _) > 0) return false;
        return _g.Names.LongestMatch([last], 0, out var entries) == 1
            && entries.Any(e => e.Kind == EntityKind.Place && e.Subtype is EntitySubtype.Country or EntitySubtype.Region);
    }

    /// <summary>Token <paramref name="sep"/> is "," "et" or "ou" and the word before it is a town (listed, or a place name only to the lexicon).</summary>
    private bool IsAfterCoordinatedPlace(AnalyzedDocument doc, int sep)
    {
        var f = doc.Folded;
        if (sep < 1 || f[sep] is not ("," or "et" or "ou") || !IsCapitalizedWord(doc.Text, doc.Tokens[sep - 1])) return false;
        if (IsLexiconPlaceOnly(Morph(doc, sep - 1))) return true;
        for (int start = Math.Max(0, sep - 4); start < sep; start++)
            if (_g.Names.LongestMatch(f, start, out var entries) == sep - start && entries[0].Kind == EntityKind.Place && entries[0].Subtype == EntitySubtype.City)
                return true;
        return false;
    }

    /// <summary>
    /// "Karim Belkacem, secrétaire de la section Sud Santé du CHU": a title apposed to a person named just before it already has
    /// its holder, so a capitalised name glued to its end is its complement (a body), not a second holder.
    /// </summary>
    private bool ApposedToNamedPerson(AnalyzedDocument doc, RolePhrase role)
    {
        var f = doc.Folded;
        int comma = role.FirstToken - 1;
        if (role.Determiner is not null || comma < 2 || f[comma] != ",") return false;
        int k = comma - 1;
        while (k > 0 && k > comma - 5 && IsCapitalizedWord(doc.Text, doc.Tokens[k - 1])) k--;
        return IsCapitalizedWord(doc.Text, doc.Tokens[k]) && _g.IsFirstName(f[k]) && k < comma - 1;
    }
}
