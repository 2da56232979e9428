using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Finds person, organization and place mentions, and role phrases, in one document. Rules, in order:
/// <list type="number">
/// <item>Gazetteer names (countries, cities, organizations, outlets), longest match, capitalised.</item>
/// <item>Organization names that start with a capitalised cue word ("Fonds russe d'investissement direct",
/// "Ministère de la Défense"), and "le gouvernement/l'armée + nationality adjective".</item>
/// <item>Capitalised word sequences (with name particles), typed by evidence: a preceding title ("M.", "Mme",
/// a role phrase, with or without comma), a following apposition (", directeur de…", ", gendre de…"),
/// a first name, an introducing word ("l'agence X", "le réseau social X"), a place preposition ("à X"),
/// a neighbouring speech verb ("a déclaré X", "X a affirmé"), or being the surname of a person named in
/// full in the same document. Multi-word sequences default to persons; unsupported single words are dropped.</item>
/// <item>Role phrases without a named holder ("le président russe") become Role mentions.</item>
/// </list>
/// </summary>
public sealed class EntityRecognizer : IDocumentComponent
{
    private readonly GazetteerSet _g;
    private readonly HashSet<string> _months;
    private readonly HashSet<string> _weekdays;

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "von", "van", "der", "den", "bin", "ben", "al", "el", "ibn", "da", "di", "dos", "das", "del", "della", "ter", "zu", "abou", "abu",
    };
    private static readonly HashSet<string> CapitalParticles = new(StringComparer.Ordinal) { "le", "la", "de", "du", "da", "di", "van", "von", "el", "al", "ben", "bin", "mac", "mc" };
    private static readonly HashSet<string> FrenchParticles = new(StringComparer.Ordinal) { "de", "d'", "du", "la", "le" };
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "a", "en", "au", "aux", "vers", "depuis", "de", "d'" };
    private static readonly HashSet<string> BuildingPrepositions = new(StringComparer.Ordinal) { "au", "a", "dans", "devant", "depuis", "sous", "vers", "quitte", "quitter" };
    // laws, treaties and regimes named with capitals ("AI Act", "Ve République"): never a person or an organization
    private static readonly HashSet<string> DocumentWords = new(StringComparer.Ordinal)
    {
        "act", "acte", "pacte", "pact", "traite", "treaty", "agreement", "loi", "directive", "reglement", "protocole", "republique", "charte", "constitution",
    };
    // nouns that open a place's name ("Fort McMurray", "Lac La Biche", "Mont Royal"), folded
    private static readonly HashSet<string> PlaceHeads = new(StringComparer.Ordinal) { "fort", "lac", "mont", "port", "cap", "baie", "pointe", "val", "ile", "iles", "lake", "mount", "bay" };
    // words that qualify a place's name without making it another thing ("Haute Savoie", "Nord Kivu", "Vieux Lyon"), folded
    private static readonly HashSet<string> PlaceQualifiers = new(StringComparer.Ordinal)
    {
        "grand", "grande", "petit", "petite", "haut", "haute", "bas", "basse", "nouveau", "nouvelle", "vieux", "vieille", "nord", "sud", "est", "ouest", "centre", "greater", "new", "upper", "lower",
    };
    // "la commune de X", "le poste-frontière de X": nouns whose "de X" complement is a place
    private static readonly HashSet<string> PlaceNounsBeforeDe = new(StringComparer.Ordinal) { "commune", "communes", "ville", "village", "localite", "region", "province", "district", "poste-frontiere", "frontiere", "faubourg", "quartier", "canton" };
    private static readonly HashSet<string> LowerOrgHeads = new(StringComparer.Ordinal) { "gouvernement", "armee", "parlement", "marine", "administration", "presidence" };

    public EntityRecognizer(ExtractionResources resources)
    {
        _g = resources.Gazetteers;
        _months = resources.Table("months-fr.tsv").Select(r => TextFolding.Fold(r[0])).ToHashSet(StringComparer.Ordinal);
        _weekdays = resources.Table("weekdays-fr.tsv").Select(r => TextFolding.Fold(r[0])).ToHashSet(StringComparer.Ordinal);
        Roles = new RolePhraseParser(_g);
    }

    internal RolePhraseParser Roles { get; }

    public string Name => "entities";

    private sealed class Candidate
    {
        public int Start;
        public int End; // exclusive token index
        public EntityKind? Kind;
        public EntitySubtype Subtype;
        public string? GazetteerKey;
        public string? Country;
        public string Source = "";
    }

    public void Process(AnalyzedDocument doc, CancellationToken ct)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var f = doc.Folded;
        int n = tokens.Count;
        var used = new bool[n];
        var sentenceStart = new bool[n];
        foreach (var s in doc.Sentences)
        {
            int k = doc.TokenIndexAtOrAfter(s.Start);
            if (k < n) sentenceStart[k] = true;
        }
        // words seen in lower case somewhere in the document: a sentence-initial "Washington" is a name, "Ces" is not
        var lowerWords = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
            if (tokens[i].Kind == TokenKind.Word && char.IsLower(text[tokens[i].Start])) lowerWords.Add(f[i]);

        var candidates = new List<Candidate>();

        // 1. gazetteer
        for (int i = 0; i < n; i++)
        {
            if (used[i] || tokens[i].Kind is not (TokenKind.Word or TokenKind.Abbreviation or TokenKind.Elision) || !_g.Names.StartsAny(f[i])) continue;
            // a name the data writes in lower case ("franceinfo") matches only as written
            int len = _g.Names.LongestMatch(f, i, out var entries, (l, e) => e.ExactCase ? ExactSurface(text, tokens, i, l, e.Surface)
                : CapitalsAgree(text, tokens, i, l, e.CapitalizedWords) && (l > 1 || IsCapitalized(text, tokens[i]) || e.Surface.Length > 0 && char.IsLower(e.Surface[0]) && ExactSurface(text, tokens, i, l, e.Surface)));
            if (len == 0) continue;
            var e = entries[0];
            // a city name followed by another capitalised word is probably part of a longer name
            if (e.Kind == EntityKind.Place && e.Subtype == EntitySubtype.City && i + len < n && IsCapitalizedWord(text, tokens[i + len]) && !sentenceStart[i + len]
                && _g.Names.LongestMatch(f, i + len, out _) == 0)
                continue;
            // "Sahel Watch", "Kyiv Independent": a place followed by an organization word names the organization
            if (e.Kind == EntityKind.Place && OrgTailFollows(text, tokens, f, i + len))
                continue;
            // "Tomás Lagos": a city name right after a first name is a surname
            if (len == 1 && e.Kind == EntityKind.Place && e.Subtype == EntitySubtype.City && i > 0 && IsCapitalizedWord(text, tokens[i - 1]) && !used[i - 1]
                && !IsNotName(f[i - 1]) && tokens[i].Start - tokens[i - 1].End == 1)
                continue;
            // "José dos Santos", "Lula da Silva": a place name after a first name and a lower-case particle is a surname
            if (len == 1 && e.Kind == EntityKind.Place && i > 1 && NameParticles.Contains(f[i - 1]) && char.IsLower(text[tokens[i - 1].Start])
                && IsCapitalizedWord(text, tokens[i - 2]) && _g.IsFirstName(f[i - 2]) && !used[i - 2])
                continue;
            // a sentence-initial single word that the document also uses in lower case is not this name
            if (len == 1 && sentenceStart[i] && lowerWords.Contains(f[i])) continue;
            // "AD Normandie", "Wildfire Alberta", "SM Caen": a one-word place glued to a capitalised word that is no first name ends
            // a longer name (typed by the capitalised-sequence rules)
            if (len == 1 && e.Kind == EntityKind.Place && i > 0 && !used[i - 1] && IsCapitalizedWord(text, tokens[i - 1]) && tokens[i].Start - tokens[i - 1].End == 1
                && !IsNotName(f[i - 1]) && !_g.IsFirstName(f[i - 1]) && !(sentenceStart[i - 1] && lowerWords.Contains(f[i - 1])) && !HasLineBreak(text, tokens[i - 1].End, tokens[i].Start)
                // "Haute Savoie", "Nord Kivu", "Petit Bruxelles": a place qualified by a size or compass word is still a place
                && !PlaceQualifiers.Contains(f[i - 1]) && !PlaceHeads.Contains(f[i - 1]))
                continue;
            var c = new Candidate { Start = i, End = i + len, Kind = e.Kind, Subtype = e.Subtype, GazetteerKey = e.Key, Country = e.CountryCode, Source = "gazetteer" };
            if (e.Kind == EntityKind.Organization && i + len < n && tokens[i + len].Start - tokens[i + len - 1].End == 1)
            {
                int next = i + len;
                // "la Croix-Rouge canadienne": an international body's name with a nationality adjective names the national body
                if (string.IsNullOrEmpty(e.CountryCode) && tokens[next].Kind == TokenKind.Word && char.IsLower(text[tokens[next].Start])
                    && _g.Nationalities.TryGetValue(f[next], out var nationalCode))
                {
                    c.End = next + 1;
                    c.GazetteerKey = null;
                    c.Country = nationalCode;
                    c.Source = "gazetteer-national";
                    len++;
                }
                // "Crédit Agricole Normandie": a body's name followed by a region's name is its regional branch
                else if (IsCapitalizedWord(text, tokens[next]) && _g.Names.LongestMatch(f, next, out var after) is var regionLen and > 0
                    && after[0].Kind == EntityKind.Place && after[0].Subtype == EntitySubtype.Region && CapitalsAgree(text, tokens, next, regionLen, after[0].CapitalizedWords))
                {
                    c.End = next + regionLen;
                    c.GazetteerKey = null;
                    c.Source = "gazetteer-branch";
                    len += regionLen;
                }
            }
            if (e.IsBuilding && i > 0 && IsBuildingContext(f, i))
            {
                c.Kind = EntityKind.Place;
                c.Subtype = EntitySubtype.Building;
                c.GazetteerKey = e.Key + "-site";
            }
            candidates.Add(c);
            for (int k = i; k < i + len; k++) used[k] = true;
            i += len - 1;
        }

        // 1a. "Darfour-Nord", "Kivu-Sud": a known place with a compass point is a region
        for (int i = 0; i < n; i++)
        {
            if (used[i] || tokens[i].Kind != TokenKind.Word || !IsCapitalized(text, tokens[i])) continue;
            int dash = f[i].LastIndexOf('-');
            if (dash <= 0 || f[i][(dash + 1)..] is not ("nord" or "sud" or "est" or "ouest" or "centre" or "oriental" or "occidental")) continue;
            if (_g.Names.LongestMatch(new[] { f[i][..dash] }, 0, out var places) != 1 || places[0].Kind != EntityKind.Place) continue;
            candidates.Add(new Candidate { Start = i, End = i + 1, Kind = EntityKind.Place, Subtype = EntitySubtype.Region, Country = places[0].CountryCode, Source = "place-compass" });
            used[i] = true;
        }

        // 1b. "la CGT-Cheminots", "l'Unsa-Ferroviaire": a known organization's name hyphenated with a capitalised branch name
        for (int i = 0; i < n; i++)
        {
            if (used[i] || tokens[i].Kind != TokenKind.Word || !IsCapitalized(text, tokens[i])) continue;
            int dash = f[i].IndexOf('-');
            if (dash <= 0 || dash + 1 >= f[i].Length || !char.IsUpper(text[tokens[i].Start + dash + 1])) continue;
            var prefix = new[] { f[i][..dash] };
            if (_g.Names.LongestMatch(prefix, 0, out var parents) != 1 || parents[0].Kind != EntityKind.Organization) continue;
            var surface = tokens[i].TextOf(text);
            // "Sud-Est" is a compass point, not a branch of SUD
            if (parents[0].ExactCase && !surface.StartsWith(parents[0].Surface, StringComparison.Ordinal)
                || f[i][(dash + 1)..] is "est" or "ouest" or "nord" or "sud" or "centre" || f[i][..dash] is "nord" or "sud" or "est" or "ouest") continue;
            candidates.Add(new Candidate { Start = i, End = i + 1, Kind = EntityKind.Organization, Subtype = parents[0].Subtype, Country = parents[0].CountryCode,
                GazetteerKey = TextFolding.Slug(surface), Source = "org-branch" });
            used[i] = true;
        }
        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));

        // 2. organization names with a capitalised head word, and "le gouvernement russe"
        for (int i = 0; i < n; i++)
        {
            if (used[i] || tokens[i].Kind != TokenKind.Word) continue;
            if (IsCapitalized(text, tokens[i]) && _g.OrgHeads.TryGetValue(f[i], out var subtype) && !(sentenceStart[i] && i + 1 < n && !IsOrgContinuation(text, tokens, f, i + 1)))
            {
                int end = ExtendOrganization(text, tokens, f, used, i);
                if (end > i + 1)
                {
                    string? country = null;
                    for (int k = i; k < end; k++) if (_g.Nationalities.TryGetValue(f[k], out var cc)) { country = cc; break; }
                    // "le Haut Conseil pour le climat": a capitalised adjective before the head belongs to the name
                    int start = i > 0 && !used[i - 1] && IsCapitalizedWord(text, tokens[i - 1]) && _g.OrgPrefixes.Contains(f[i - 1]) ? i - 1 : i;
                    candidates.Add(new Candidate { Start = start, End = end, Kind = EntityKind.Organization, Subtype = subtype, Country = country, Source = "org-head" });
                    for (int k = start; k < end; k++) used[k] = true;
                    i = end - 1;
                    continue;
                }
                // "la Commission" after "la Commission européenne": a bare head word after a determiner stands for the
                // organization of the document named in full with the same head word just before (an unlisted one is keyed
                // by the slug of its full name, the key identity resolution gives it)
                if (end == i + 1 && i > 0 && f[i - 1] is "le" or "la" or "l'" or "du" or "au" or "prochain" or "prochaine"
                    && FindEarlierOrganizationWithHead(candidates, f, i) is { } named)
                {
                    candidates.Add(new Candidate { Start = i, End = i + 1, Kind = EntityKind.Organization, Subtype = named.Subtype, Country = named.Country, GazetteerKey = named.GazetteerKey ?? TextFolding.Slug(text[tokens[named.Start].Start..tokens[named.End - 1].End]), Source = "org-head-anaphor" });
                    used[i] = true;
                    continue;
                }
                // "la Commission refuse", "le Sénat a voté": a capitalised public-body head alone after a determiner names the body
                if (end == i + 1 && i > 0 && !sentenceStart[i] && f[i - 1] is "le" or "la" or "l'" or "du" or "au" && char.IsLower(text[tokens[i - 1].Start])
                    && subtype is EntitySubtype.Government or EntitySubtype.GovernmentAgency && (i + 1 >= n || !IsCapitalizedWord(text, tokens[i + 1])))
                {
                    candidates.Add(new Candidate { Start = i, End = i + 1, Kind = EntityKind.Organization, Subtype = subtype, Source = "org-bare-head" });
                    used[i] = true;
                    continue;
                }
            }
            // "le ministère des Finances", "le tribunal de Nanterre", "la cour d'appel de Douai": a lower-case public-body noun
            // with a capitalised complement
            if (char.IsLower(text[tokens[i].Start]) && _g.OrgLowerHeads.StartsAny(f[i]) && LowerHeadOrganization(text, tokens, f, used, i, candidates) is { } lowEnd)
            {
                i = lowEnd - 1;
                continue;
            }
            if (LowerOrgHeads.Contains(f[i]) && char.IsLower(text[tokens[i].Start]) && i + 1 < n && !used[i + 1] && _g.Nationalities.TryGetValue(f[i + 1], out var code)
                && i > 0 && f[i - 1] is "le" or "la" or "l'" or "du" or "au" && _g.Country(code) is { } country2 && !EndsRoleWord(f, i))
            {
                var head = f[i];
                var sub = head switch { "armee" or "marine" => EntitySubtype.MilitaryUnit, _ => EntitySubtype.Government };
                candidates.Add(new Candidate { Start = i, End = i + 2, Kind = EntityKind.Organization, Subtype = sub, Country = code, GazetteerKey = head + "-" + country2.Key, Source = "org-adjective" });
                used[i] = used[i + 1] = true;
                i++;
            }
        }

        // 3. capitalised sequences
        var runs = new List<Candidate>();
        for (int i = 0; i < n; i++)
        {
            if (used[i]) continue;
            bool initialStart = IsInitial(text, tokens[i]) && i + 1 < n && !used[i + 1] && (IsInitial(text, tokens[i + 1]) || IsCapitalizedWord(text, tokens[i + 1]) && !IsNotName(f[i + 1]))
                && !(i > 0 && tokens[i - 1].Kind == TokenKind.Abbreviation && f[i - 1] is "m." or "mme");
            if (!initialStart && !IsCapitalizedWord(text, tokens[i])) continue;
            // "le Dr Sandoval", "Me Dumontel" (avocat), "Pr Lindqvist": a title without its period is no part of the name
            if (IsTitleWord(text, tokens, f, i) && i + 1 < n && !used[i + 1] && IsCapitalizedWord(text, tokens[i + 1])) continue;
            if (!initialStart && (IsNotName(f[i]) || (sentenceStart[i] && lowerWords.Contains(f[i]) && !_g.IsFirstName(f[i])))) continue;
            int end = i + 1;
            while (end < n)
            {
                // "Marine Le Pen", "Jean-Yves Le Drian", "Charles De Gaulle": a capitalised particle between name words
                // ("Els De Wilde", "Pieter Van Acker": particles other than an article need no known first name before them)
                if (!used[end] && end + 1 < n && CapitalParticles.Contains(f[end]) && IsCapitalizedWord(text, tokens[end]) && IsCapitalizedWord(text, tokens[end + 1])
                    && !used[end + 1] && !IsNotName(f[end + 1]) && (_g.IsFirstName(f[end - 1]) || f[end] is not ("le" or "la") && end - i == 1 && !sentenceStart[i]
                        || end - i == 1 && PlaceHeads.Contains(f[i]))
                    && !HasLineBreak(text, tokens[end - 1].End, tokens[end + 1].Start))
                {
                    end += 2;
                    continue;
                }
                // "J. D. Marlow", "Anna K. Berger": initials inside a name
                if (!used[end] && end + 1 < n && IsInitial(text, tokens[end]) && (IsCapitalizedWord(text, tokens[end + 1]) || IsInitial(text, tokens[end + 1])) && !used[end + 1])
                {
                    end++;
                    continue;
                }
                if (!used[end] && (IsCapitalizedWord(text, tokens[end]) || IsParticleName(text, tokens[end])) && !IsNotName(f[end]) && tokens[end].Start - tokens[end - 1].End <= 1 && !HasLineBreak(text, tokens[end - 1].End, tokens[end].Start)
                    // "la Défense Paul Hartley": a first name after a word that is not one starts a new name
                    && !(_g.IsFirstName(f[end]) && !_g.IsFirstName(f[end - 1]) && end + 1 < n && IsCapitalizedWord(text, tokens[end + 1])))
                {
                    end++;
                    continue;
                }
                // name particles: "Charles de Gaulle", "Ursula von der Leyen", "Mohammed ben Salmane"
                // "Javier Ortiz de Zárate": a first name and a surname followed by "de" and an unknown capitalised word
                if (end + 1 < n && (NameParticles.Contains(f[end]) || (f[end] is "de" or "du" or "d'" && end - i == 1 && !sentenceStart[i])
                        || (f[end] is "de" or "del" or "da" or "dos" or "do" && end - i == 2 && _g.IsFirstName(f[i]) && !_g.IsFirstName(f[i + 1]))
                        || (FrenchParticles.Contains(f[end]) && _g.IsFirstName(f[end - 1]) && end - i == 1))
                    && char.IsLower(text[tokens[end].Start]) && !used[end + 1])
                {
                    int k = end;
                    while (k < n && (NameParticles.Contains(f[k]) || FrenchParticles.Contains(f[k])) && char.IsLower(text[tokens[k].Start])) k++;
                    // "Édouard de La Tourrière": a capitalised article after "de" belongs to the surname
                    if (k > end && k + 1 < n && f[k - 1] == "de" && f[k] is "la" or "le" && IsCapitalizedWord(text, tokens[k]) && IsCapitalizedWord(text, tokens[k + 1])) k++;
                    if (k < n && !used[k] && IsCapitalizedWord(text, tokens[k]) && !IsNotName(f[k]) && (_g.Names.LongestMatch(f, k, out _) == 0 || _g.IsFirstName(f[i]) && end - i == 1))
                    {
                        end = k + 1;
                        continue;
                    }
                }
                break;
            }
            // "le ministre de l'Intérieur Driton Hoxha": a role's capitalised complement glued to the holder's name is a run of its own
            if (end - i >= 3 && !_g.IsFirstName(f[i]) && i >= 2 && (f[i - 1] is "du" or "des" && _g.RoleWords.Contains(f[i - 2])
                    || i >= 3 && f[i - 1] is "l'" or "la" && f[i - 2] == "de" && _g.RoleWords.Contains(f[i - 3])))
                end = i + 1;
            // "(Bohdan) Kravets": a bracketed first name before a surname
            // "l'ONG soudanaise Réseau des médecins du Darfour", "l'association Fleuves vivants", "l'université Tsinghua": after an
            // introducing noun the name runs on through de + capitalised words and trailing adjectives
            // "le quotidien Le Courrier cauchois": a capitalised article may stand between the introducing noun and the name (the
            // name is kept without it, as the classification rule below does)
            bool articleOpens = i >= 2 && f[i - 1] is "le" or "la" or "les" or "l'" && !sentenceStart[i - 1] && char.IsUpper(text[tokens[i - 1].Start]) && char.IsLower(text[tokens[i - 2].Start]);
            if (IntroBefore(text, tokens, f, articleOpens ? i - 1 : i) is var (introAt, introSubtype) && introAt >= 0)
            {
                int extended = ExtendIntroducedName(text, tokens, f, used, end);
                bool keepNoun = _g.OrgIntrosInName.Contains(f[introAt]) && introAt + 1 == i;
                runs.Add(new Candidate { Start = keepNoun ? introAt : i, End = extended, Kind = EntityKind.Organization, Subtype = introSubtype, Source = "org-intro" });
                i = extended - 1;
                continue;
            }
            runs.Add(new Candidate { Start = i, End = end, Source = "cap-seq" });
            i = end - 1;
        }

        // role phrases (they need the gazetteer and organization candidates to find their complement)
        var atoms = candidates.Select(c => (c.Start, c.End)).Concat(runs.Select(r => (r.Start, r.End))).OrderBy(x => x.Start).ToList();
        var rolePhrases = Roles.FindAll(doc, atoms, used);

        // names in the document written in full (first + last name) make their last name a person cue
        var personSurnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in runs)
        {
            if (r.End - r.Start >= 2 && _g.IsFirstName(f[r.Start]) && !_g.OrgHeads.ContainsKey(f[r.End - 1]))
                personSurnames.Add(f[r.End - 1]);
        }

        var roleIndex = new RoleIndex(rolePhrases);
        foreach (var r in runs)
        {
            if (r.Kind is null) ClassifyRun(doc, r, roleIndex, personSurnames, lowerWords, sentenceStart);
            if (r.Kind is not null) candidates.Add(r);
        }

        // "les actionnaires de X", "la filiale de X": a single word complement of a company noun is an organization, and
        // so is the same word elsewhere in the document unless a title or a role names it a person there
        var orgByComplement = new Dictionary<string, EntitySubtype>(StringComparer.Ordinal);
        foreach (var r in runs)
            if (r.End - r.Start == 1 && r.Start >= 2 && f[r.Start - 1] is "de" or "d'" && char.IsLower(text[tokens[r.Start - 2].Start])
                && _g.OrgOfNouns.TryGetValue(f[r.Start - 2], out var ofSubtype) && !_g.IsFirstName(f[r.Start]))
                orgByComplement.TryAdd(f[r.Start], ofSubtype);
        foreach (var r in runs)
        {
            if (r.End - r.Start != 1 || !orgByComplement.TryGetValue(f[r.Start], out var ofSubtype)) continue;
            if (r.Kind == EntityKind.Organization || r.Kind == EntityKind.Person && r.Source is "title" or "role-before" or "role-after") continue;
            if (r.Kind is null) candidates.Add(r);
            r.Kind = EntityKind.Organization;
            r.Subtype = ofSubtype;
            r.Source = "org-complement";
        }

        // second chance for single words: the surname of a person found by the rules above
        foreach (var c in candidates)
            if (c.Kind == EntityKind.Person && c.End - c.Start >= 2) personSurnames.Add(f[c.End - 1]);
        foreach (var r in runs)
        {
            if (r.Kind is null && r.End - r.Start == 1 && personSurnames.Contains(f[r.Start]))
            {
                r.Kind = EntityKind.Person;
                r.Source = "surname";
                candidates.Add(r);
            }
        }

        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        LinkAcronyms(doc, candidates, runs);
        foreach (var c in candidates)
        {
            // photo credits keep only known names (the agency), not the photographer
            if (c.Source != "gazetteer" && doc.IsNonContent(new TextSpan(tokens[c.Start].Start, tokens[c.End - 1].End))) continue;
            var span = new TextSpan(tokens[c.Start].Start, tokens[c.End - 1].End);
            var mention = new EntityMention(span, span.Of(text), c.Kind!.Value, c.Subtype, MentionForm.Name,
                GazetteerKey: c.GazetteerKey, CountryKey: c.Country is null ? null : _g.Country(c.Country)?.Key, Source: c.Source);
            doc.Entities.Add(mention);
        }

        // role phrases: keep them (posts use them) and make Role mentions of those with no named holder next to them
        doc.RolePhrases.AddRange(rolePhrases);
        SetComplements(doc);
        AddRoleMentions(doc);
        SetComplements(doc);
    }

    /// <summary>
    /// The introducing noun right before token <paramref name="i"/> ("l'association X", "la start-up parisienne X"), with only
    /// lower-case nationality or place adjectives between: its index and subtype, or (-1, None).
    /// </summary>
    private (int, EntitySubtype) IntroBefore(string text, List<Token> tokens, IReadOnlyList<string> f, int i)
    {
        for (int p = i - 1; p >= 0 && p >= i - 4; p--)
        {
            if (tokens[p].Kind is not (TokenKind.Word or TokenKind.Elision) || !char.IsLower(text[tokens[p].Start])) break;
            int len = _g.OrgIntros.LongestMatch(f, p, out var subtypes);
            if (len > 0 && p + len <= i)
            {
                bool adjectivesOnly = true;
                for (int k = p + len; k < i; k++) if (!_g.Nationalities.ContainsKey(f[k]) && !IsAdjectiveLike(f[k])) adjectivesOnly = false;
                if (adjectivesOnly) return (p, subtypes[0]);
            }
            if (!_g.Nationalities.ContainsKey(f[p]) && !IsAdjectiveLike(f[p]) && len == 0) break;
        }
        return (-1, EntitySubtype.None);
    }

    /// <summary>"Réseau des médecins du Darfour", "Fleuves vivants": de/du/des + capitalised words, then up to two adjectives.</summary>
    private int ExtendIntroducedName(string text, List<Token> tokens, IReadOnlyList<string> f, bool[] used, int end)
    {
        int n = tokens.Count;
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
            int e = k + 1;
            while (e < n && IsCapitalizedWord(text, tokens[e]) && !used[e] && tokens[e].Start - tokens[e - 1].End <= 1) e++;
            end = e;
        }
        for (int adj = 0; adj < 2 && end < n && tokens[end].Kind == TokenKind.Word && char.IsLower(text[tokens[end].Start])
             && (IsAdjectiveLike(f[end]) || f[end].EndsWith("ants", StringComparison.Ordinal) || f[end].EndsWith("antes", StringComparison.Ordinal)
                 // regional adjectives: "Le Courrier cauchois", "le Progrès lyonnais"
                 || f[end].Length > 6 && (f[end].EndsWith("ois", StringComparison.Ordinal) || f[end].EndsWith("oise", StringComparison.Ordinal)
                     || f[end].EndsWith("ais", StringComparison.Ordinal) || f[end].EndsWith("aise", StringComparison.Ordinal)) && f[end] is not ("desormais" or "toutefois" or "autrefois" or "parfois" or "quelquefois")
                 // a plural name and a plural word agree ("Rivières propres"); a verb would end in -ent
                 || f[end - 1].Length > 2 && f[end - 1][^1] is 's' or 'x' && f[end][^1] is 's' or 'x' && !f[end].EndsWith("ent", StringComparison.Ordinal))
             && !IsVerbLike(f[end]) && !_g.PersonCueVerbs.Contains(f[end]) && !_g.Nationalities.ContainsKey(f[end]); adj++)
            end++;
        return end;
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

        // "l'AI Act", "la Ve République", "le Pacte vert": a law, treaty or regime is no person and no organization
        if (DocumentWords.Contains(f[r.End - 1]) || r.End < n && IsCapitalizedWord(text, tokens[r.End]) && DocumentWords.Contains(f[r.End])) return;
        // "à El Fasher", "d'El-Fasher", "vers Al-Qusayr": an Arabic article after a place preposition opens a place name
        if (prev >= 0 && f[prev] is "a" or "de" or "d'" or "en" or "vers" && (len == 2 && f[r.Start] is "el" or "al" || len == 1 && (f[r.Start].StartsWith("el-", StringComparison.Ordinal) || f[r.Start].StartsWith("al-", StringComparison.Ordinal)))
            && !(prev >= 1 && tokens[prev - 1].Kind == TokenKind.Word && _g.RoleWords.Contains(f[prev - 1])))
        {
            r.Kind = EntityKind.Place;
            r.Source = "place-preposition";
            return;
        }
        // titles: "M. X", "Mme X"
        if (prev >= 0 && (tokens[prev].Kind == TokenKind.Abbreviation && f[prev] is "m." or "mme" or "mme." or "mlle" or "dr" or "dr." or "mm." or "pr" or "me" or "mgr" or "pr." or "me." or "mgr."
            || IsTitleWord(text, tokens, f, prev)))
        {
            Person(r, "title");
            return;
        }
        // introducing word, possibly with adjectives between: "l'agence Reuters", "l'agence de presse officielle égyptienne X"
        for (int p = r.Start - 1; p >= Math.Max(0, r.Start - 7); p--)
        {
            int introLen = _g.OrgIntros.LongestMatch(f, p, out var subtypes);
            if (introLen > 0 && p + introLen <= r.Start && AllSkippable(p + introLen, r.Start))
            {
                r.Kind = EntityKind.Organization;
                r.Subtype = subtypes[0];
                r.Source = "org-intro";
                return;
            }
            if (!IsSkippable(p)) break;
        }
        bool AllSkippable(int from, int to)
        {
            for (int k = from; k < to; k++) if (!IsSkippable(k)) return false;
            return true;
        }
        bool IsSkippable(int k) =>
            // "le quotidien La Gazzetta", "la chaîne El Tiempo": a capitalised article opening the name
            k == r.Start - 1 && f[k] is "le" or "la" or "les" or "l'" or "el" or "il" or "the" or "die" or "der" && k > 0 && char.IsLower(text[tokens[k - 1].Start]) ||
            (tokens[k].Kind == TokenKind.Word || tokens[k].Kind == TokenKind.Elision) && char.IsLower(text[tokens[k].Start])
            && (_g.Nationalities.ContainsKey(f[k]) || f[k] is "de" or "d'" or "en" || f[k].Length > 3 && !_g.PersonCueVerbs.Contains(f[k]));
        // a role phrase just before, with or without comma: "le président brésilien Rafael Moura", "le ministre …, X"
        if (roles.EndingAt.TryGetValue(r.Start, out var before) && !before.IsPlural || afterComma && roles.EndingAt.TryGetValue(BeforeTrailers(f, prev), out before) && !before.IsPlural)
        {
            Person(r, "role-before");
            return;
        }
        // apposition after: "X, directeur général du Fonds …", "X, le conseiller de Y." (not "X, le dirigeant a dit")
        if (r.End < n && f[r.End] == "," && roles.StartingAt.TryGetValue(r.End + 1, out var after) && !after.IsPlural && IsClosedApposition(doc, after))
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
            if (PlaceHeads.Contains(f[r.Start]) || prev >= 1 && f[prev] is "de" or "d'" && PlaceNounsBeforeDe.Contains(f[prev - 1]))
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
        if (prev >= 0 && f[prev] == "(" && r.End < n && f[r.End] == ")" && !firstName && tokens[r.Start].Length is >= 2 and <= 8 && !lowerWords.Contains(f[r.Start])
            && prev >= 1 && tokens[prev - 1].Kind is TokenKind.Word or TokenKind.Elision)
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
        if (prev >= 0 && !firstName && PlaceHeads.Contains(f[prev]) && char.IsLower(text[tokens[prev].Start]) && tokens[r.Start].Start - tokens[prev].End == 1)
        {
            r.Start = prev;
            r.Kind = EntityKind.Place;
            r.Source = "place-head";
            return;
        }
        // "à X", "en X", "les régions de X", "la ville de X"
        if (prev >= 0 && (f[prev] is "a" or "en" or "vers" || prev >= 1 && f[prev] is "de" or "d'" && PlaceNounsBeforeDe.Contains(f[prev - 1]) || prev >= 1 && f[prev] is "de" or "d'" && f[prev - 1] is "region" or "regions" or "ville" or "villes" or "province" or "oblast" or "district" or "localite" or "village" or "port" or "capitale"
                // "le maire de Givors", "en aval de Givors", "les habitants de X", "la commune de X"
                or "maire" or "mairie" or "prefet" or "prefete" or "habitants" or "commune" or "communes" or "aval" or "amont" or "environs" or "banlieue" or "agglomeration" or "departement" or "canton" or "quartier" or "faubourg" or "pres" or "large" or "nord" or "sud" or "est" or "ouest" or "centre" or "chef-lieu")
            && !firstName)
        {
            r.Kind = EntityKind.Place;
            r.Source = "place-preposition";
            return;
        }
        var word = tokens[r.Start].SliceOf(text);
        bool allCaps = word.Length >= 2 && IsAllCaps(word);
        bool determiner = prev >= 0 && f[prev] is "le" or "la" or "l'" or "les" or "du" or "des" or "au" or "aux" && char.IsLower(text[tokens[prev].Start]);
        // "selon l'Insee", "l'Arcom a annoncé": a name with a determiner is an organization, not a person
        if (determiner && !firstName && !lowerWords.Contains(f[r.Start]) && (HasSpeechVerbNearby(f, r.Start, r.End) || prev >= 1 && f[prev - 1] == "selon"))
        {
            r.Kind = EntityKind.Organization;
            r.Source = "determiner-speaker";
            return;
        }
        if (!allCaps && !determiner && HasSpeechVerbNearby(f, r.Start, r.End))
        {
            Person(r, "speech-verb");
            return;
        }
        // a sentence-initial bare name as the subject of a verb: "Erdogan a appelé", "Sánchez s'est rendu"
        if (!allCaps && sentenceStart[r.Start] && !lowerWords.Contains(f[r.Start]) && r.End < n && (f[r.End] == "a" && text[tokens[r.End].Start] == 'a' || f[r.End] is "avait" or "est" or "etait" or "se" or "s'" or "n'" or "ne" or "sera" or "doit" or "va" or "aurait" or "veut" or "estime" or "juge"))
        {
            Person(r, "subject");
            return;
        }
        // unknown acronyms after a lower-case determiner: "la CGT", "l'OFCE" (not headline capitals "LA PAIX")
        if (word.Length is >= 2 and <= 6 && IsAllCaps(word) && !lowerWords.Contains(f[r.Start]) && prev >= 0 && f[prev] is "le" or "la" or "l'" or "les" or "du" or "des" or "au" or "aux"
            && char.IsLower(text[tokens[prev].Start]))
        {
            r.Kind = EntityKind.Organization;
            r.Source = "acronym";
            return;
        }
        if (firstName && !sentenceStart[r.Start])
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
            if (_g.PersonCueVerbs.Contains(f[k])) return k == end || f[end] is "a" or "avait" or "aurait" or "a-t-il" or "a-t-elle" or "ont";
        }
        for (int k = start - 1; k >= Math.Max(0, start - 2); k--)
        {
            if (f[k] is "." or "!" or "?") break;
            if (_g.PersonCueVerbs.Contains(f[k])) return true;
        }
        return false;
    }

    // "la Banque africaine de développement (BAD)": the bracketed acronym, and later uses of it, name the same organization
    private void LinkAcronyms(AnalyzedDocument doc, List<Candidate> candidates, List<Candidate> runs)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var f = doc.Folded;
        var aliases = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        // "le Stade Malherbe Caen (SM Caen)": a bracketed short form of several words opening with an acronym
        var longAliases = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c.Kind != EntityKind.Organization || c.End - c.Start < 2 || c.End + 3 >= tokens.Count || f[c.End] != "(") continue;
            int close = c.End + 3;
            while (close < tokens.Count && close <= c.End + 4 && f[close] != ")") close++;
            if (close >= tokens.Count || f[close] != ")") continue;
            var first = tokens[c.End + 1].SliceOf(text);
            if (first.Length is < 2 or > 5 || !IsAllCaps(first)) continue;
            c.GazetteerKey ??= TextFolding.Slug(new TextSpan(tokens[c.Start].Start, tokens[c.End - 1].End).Of(text));
            longAliases.TryAdd(string.Join(' ', Enumerable.Range(c.End + 1, close - c.End - 1).Select(k => f[k])), c);
        }
        foreach (var c in candidates)
        {
            if (c.End - c.Start < 2 || c.Kind == EntityKind.Place || c.Source == "gazetteer") continue;
            if (!longAliases.TryGetValue(string.Join(' ', Enumerable.Range(c.Start, c.End - c.Start).Select(k => f[k])), out var full)) continue;
            c.Kind = EntityKind.Organization;
            c.Subtype = full.Subtype;
            c.GazetteerKey = full.GazetteerKey;
            c.Country = full.Country;
            c.Source = "acronym-alias";
        }
        foreach (var c in candidates)
        {
            if (c.Kind != EntityKind.Organization || c.End - c.Start < 2 || c.End + 2 >= tokens.Count) continue;
            if (f[c.End] != "(" || f[c.End + 2] != ")") continue;
            var acr = tokens[c.End + 1].SliceOf(text);
            // "(OMPI)", and French-style acronyms written as words: "(Fnaut)", "(Aosis)"
            if (acr.Length is < 2 or > 8 || !char.IsUpper(acr[0]) || !acr.ToString().All(char.IsLetterOrDigit)) continue;
            c.GazetteerKey ??= TextFolding.Slug(new TextSpan(tokens[c.Start].Start, tokens[c.End - 1].End).Of(text));
            aliases.TryAdd(acr.ToString(), c);
        }
        if (aliases.Count == 0) return;
        var present = new HashSet<int>(candidates.Select(c => c.Start));
        foreach (var r in runs)
        {
            if (r.End - r.Start != 1 || !aliases.TryGetValue(tokens[r.Start].TextOf(text), out var full)) continue;
            r.Kind = EntityKind.Organization;
            r.Subtype = full.Subtype;
            r.GazetteerKey = full.GazetteerKey;
            r.Country = full.Country;
            r.Source = "acronym-alias";
            if (present.Add(r.Start)) candidates.Add(r);
        }
        foreach (var c in candidates)
            if (c.End - c.Start == 1 && c.Source is "acronym" && aliases.TryGetValue(tokens[c.Start].TextOf(text), out var full2))
                c.GazetteerKey = full2.GazetteerKey;
        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    // indexes of the mentions inside each phrase's complement (after the role word)
    private static void SetComplements(AnalyzedDocument doc)
    {
        var tokens = doc.Tokens;
        for (int i = 0; i < doc.RolePhrases.Count; i++)
        {
            var rp = doc.RolePhrases[i];
            var complement = new TextSpan(tokens[rp.HeadToken].End, tokens[rp.EndToken - 1].End);
            var idx = doc.EntityIndexesWithin(complement).Where(m => doc.Entities[m].Span != rp.Span).ToList();
            doc.RolePhrases[i] = rp with { ComplementMentionIndexes = idx };
        }
    }

    private void AddRoleMentions(AnalyzedDocument doc)
    {
        var additions = new List<EntityMention>();
        var tokens = doc.Tokens;
        var f = doc.Folded;
        var nestedSet = new HashSet<int>();
        foreach (var o in doc.RolePhrases) if (o.NestedRoleIndex is { } ni) nestedSet.Add(ni);
        var nameStarts = new HashSet<int>();
        var nameEnds = new HashSet<int>();
        foreach (var e in doc.Entities)
        {
            if (e.Kind != EntityKind.Person || e.Form != MentionForm.Name) continue;
            nameStarts.Add(e.Span.Start);
            nameEnds.Add(e.Span.End);
        }
        for (int i = 0; i < doc.RolePhrases.Count; i++)
        {
            var rp = doc.RolePhrases[i];
            if (rp.IsPlural || rp.Determiner is null or "un" or "une") continue;
            bool isNested = nestedSet.Contains(i);
            // a named holder next to it makes it a title, not a stand-in for the person
            bool named = (rp.EndToken < tokens.Count && nameStarts.Contains(tokens[rp.EndToken].Start))
                || (!isNested && Posts.PostExtractor.AfterTrailers(doc, rp.EndToken) is var afterEnd && afterEnd + 1 < tokens.Count && f[afterEnd] == "," && nameStarts.Contains(tokens[afterEnd + 1].Start))
                || (!isNested && rp.FirstToken >= 2 && f[rp.FirstToken - 1] == "," && nameEnds.Contains(tokens[rp.FirstToken - 2].End));
            if (named) continue;
            // only specific roles stand for one person: a country, an organization or a periphrasis must pin them down
            bool specific = rp.CountryCode is not null || rp.ComplementMentionIndexes.Count > 0 || rp.Role.CountryCode is not null;
            if (!specific) continue;
            var country = _g.Country(rp.CountryCode ?? rp.Role.CountryCode)?.Key;
            var mention = new EntityMention(rp.Span, rp.Span.Of(doc.Text), EntityKind.Person, EntitySubtype.None, MentionForm.Role,
                CountryKey: country, Source: "role") { RoleKey = rp.ResolutionKey };
            additions.Add(mention);
        }
        if (additions.Count == 0) return;
        doc.Entities.AddRange(additions);
        // stable sort by span: mentions and role mentions interleave in text order
        var sorted = doc.Entities.Select((m, k) => (m, k)).OrderBy(x => x.m.Span.Start).ThenBy(x => x.m.Span.End).ThenBy(x => x.k).Select(x => x.m).ToList();
        doc.Entities.Clear();
        doc.Entities.AddRange(sorted);
    }

    private int ExtendOrganization(string text, List<Token> tokens, IReadOnlyList<string> f, bool[] used, int i)
    {
        int n = tokens.Count;
        int end = i + 1;
        int lastGood = i + 1;
        int lowerRun = 0;
        while (end < n && end - i <= 9)
        {
            var t = tokens[end];
            if (used[end] && !(f[end - 1] is "de" or "d'" or "du" or "des" or "l'" or "la")) break;
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
                if (w == "et" && !(end + 1 < n && IsCapitalizedWord(text, tokens[end + 1]))) break;
                end++;
                lowerRun = 0;
                continue;
            }
            if (IsCapitalizedWord(text, t))
            {
                if (_g.IsFirstName(w) && end + 1 < n && IsCapitalizedWord(text, tokens[end + 1])) break; // a person name follows
                end++;
                lastGood = end;
                lowerRun = 0;
                continue;
            }
            // after a preposition any content word continues the name ("Fonds russe d'investissement direct"); right after a
            // capitalised word only an adjective does ("Agence spatiale européenne"), not a verb ("la Commission refuse")
            bool afterPreposition = f[end - 1] is "de" or "d'" or "du" or "des" or "pour" or "la" or "l'" or "le" or "les";
            if (t.Kind == TokenKind.Word && char.IsLower(text[t.Start]) && (_g.Nationalities.ContainsKey(w) || !IsNotName(w)) && !_g.PersonCueVerbs.Contains(w) && !IsVerbLike(w) && lowerRun < 2
                && (afterPreposition || lowerRun > 0 || _g.Nationalities.ContainsKey(w) || IsAdjectiveLike(w) || !LooksLikeVerbBeforeObject(text, tokens, f, end)))
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

    /// <summary>
    /// A lower-case head ("ministère", "tribunal de grande instance") followed by de/du/des/d' and a name with a capital: the
    /// organization spans head and complement, up to a country named after it ("… de Moldavie"), which stays a place and
    /// keys the organization (two countries' "ministère des Finances" are two bodies). Returns the end token, or null.
    /// </summary>
    private int? LowerHeadOrganization(string text, List<Token> tokens, IReadOnlyList<string> f, bool[] used, int i, List<Candidate> candidates)
    {
        int n = tokens.Count;
        int len = _g.OrgLowerHeads.LongestMatch(f, i, out var subtypes);
        if (len == 0 || i + len + 1 >= n || used[i + len - 1]) return null;
        for (int k = i; k < i + len; k++) if (!char.IsLower(text[tokens[k].Start])) return null;
        // "cour d'appel de Douai", "tribunal judiciaire de Paris": a few lower-case words between the head and its capitalised complement
        int j = i + len, k0 = -1;
        for (int guard = 0; guard < 3 && j < n && k0 < 0; guard++)
        {
            if (tokens[j].Kind is not (TokenKind.Word or TokenKind.Elision) || !char.IsLower(text[tokens[j].Start]) || IsVerbLike(f[j]) || _g.PersonCueVerbs.Contains(f[j])) return null;
            if (f[j] is not ("de" or "du" or "des" or "d'")) { j++; continue; }
            int k = j + 1;
            if (k < n && f[k] is "la" or "l'" && char.IsLower(text[tokens[k].Start])) k++;
            if (k >= n) return null;
            if (IsCapitalizedWord(text, tokens[k])) k0 = k;
            else j = k + 1;
        }
        if (k0 < 0) return null;
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
            end = k0 + 1;
            while (end < n && !used[end] && IsCapitalizedWord(text, tokens[end]) && tokens[end].Start - tokens[end - 1].End <= 1) end++;
            // lower-case words that continue the name ("des Affaires étrangères", "de la Santé publique")
            while (end < n && !used[end] && tokens[end].Kind == TokenKind.Word && char.IsLower(text[tokens[end].Start]) && !IsVerbLike(f[end]) && !_g.PersonCueVerbs.Contains(f[end])
                   && f[end] is not ("de" or "du" or "des" or "d'" or "et" or "le" or "la" or "les" or "l'" or "un" or "une") && end - k0 < 5 && (_g.Nationalities.ContainsKey(f[end]) || IsAdjectiveLike(f[end])))
                end++;
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

    // lower-case words of a body's name after its capitalised word: adjectives ("étrangères", "publique", "nationale")
    private static bool IsAdjectiveLike(string w) =>
        !w.EndsWith("pelle", StringComparison.Ordinal) && !w.EndsWith("pellent", StringComparison.Ordinal) && !w.EndsWith("ier", StringComparison.Ordinal) && IsAdjectiveEnding(w);

    private static bool IsAdjectiveEnding(string w) =>
        w.EndsWith("iste", StringComparison.Ordinal) || w.EndsWith("istes", StringComparison.Ordinal) || w.EndsWith("aire", StringComparison.Ordinal) || w.EndsWith("aires", StringComparison.Ordinal)
        || w.EndsWith("el", StringComparison.Ordinal) || w.EndsWith("els", StringComparison.Ordinal) || w.EndsWith("aine", StringComparison.Ordinal) || w.EndsWith("ain", StringComparison.Ordinal)
        || w.EndsWith("ien", StringComparison.Ordinal) || w.EndsWith("ienne", StringComparison.Ordinal) || w.EndsWith("ier", StringComparison.Ordinal) || w.EndsWith("iere", StringComparison.Ordinal)
        || w.EndsWith("eur", StringComparison.Ordinal) || w.EndsWith("een", StringComparison.Ordinal) || w.EndsWith("eenne", StringComparison.Ordinal)
        || w.EndsWith("eens", StringComparison.Ordinal) || w.EndsWith("eennes", StringComparison.Ordinal) || w is "supreme" or "unie" or "unies" or "uni" or "unis" or "rouge" or "verte" or "vert" or "libre" or "democrate" or "citoyen" or "citoyenne" or "citoyens" or "citoyennes" ||
        w.EndsWith("ere", StringComparison.Ordinal) || w.EndsWith("eres", StringComparison.Ordinal) || w.EndsWith("ique", StringComparison.Ordinal)
        || w.EndsWith("iques", StringComparison.Ordinal) || w.EndsWith("ale", StringComparison.Ordinal) || w.EndsWith("ales", StringComparison.Ordinal)
        || w.EndsWith("aux", StringComparison.Ordinal) || w.EndsWith("al", StringComparison.Ordinal) || w.EndsWith("ee", StringComparison.Ordinal)
        || w.EndsWith("ees", StringComparison.Ordinal) || w.EndsWith("elle", StringComparison.Ordinal) || w.EndsWith("ieur", StringComparison.Ordinal)
        || w.EndsWith("ieure", StringComparison.Ordinal) || w.EndsWith("ique", StringComparison.Ordinal) || w.EndsWith("if", StringComparison.Ordinal) || w.EndsWith("ive", StringComparison.Ordinal);

    // "la Commission refuse une pause", a headline ending "la Commission refuse": a lower-case word followed by an article,
    // a clitic or the end of the line reads as a verb, not as part of the name ("Confédération paysanne des Andes")
    private static bool LooksLikeVerbBeforeObject(string text, List<Token> tokens, IReadOnlyList<string> f, int k)
    {
        if (k + 1 >= tokens.Count || HasLineBreak(text, tokens[k].End, tokens[k + 1].Start)) return true;
        return f[k + 1] is "le" or "la" or "les" or "l'" or "un" or "une" or "au" or "aux" or "a" or "que" or "qu'" or "se" or "s'" or "sa" or "son" or "ses"
            or "leur" or "leurs" or "cette" or "ce" or "ces" or "tout" or "toute" or "toutes" or "tous" or "pas" or "plus" or "ne" or "n'";
    }

    private bool IsOrgContinuation(string text, List<Token> tokens, IReadOnlyList<string> f, int k) =>
        f[k] is "de" or "d'" or "du" or "des" || _g.Nationalities.ContainsKey(f[k]) || IsCapitalizedWord(text, tokens[k]);

    // auxiliaries and common verb forms that end an organization name ("le Fonds a annoncé")
    private static bool IsVerbLike(string w) =>
        w is "a" or "est" or "sont" or "ont" or "avait" or "etait" or "sera" or "qui" or "que" or "dont" or "ou" or "mais" or "avec" or "sans" or "sur" or "dans" or "par" or "se" or "s'" or "ne" or "n'" or "y" or "en" or "a-t-il" or "doit" or "va" or "peut" or "fait"
        || w.EndsWith("ait", StringComparison.Ordinal) || w.EndsWith("aient", StringComparison.Ordinal);

    private bool IsNotName(string folded) =>
        _g.NotNames.Contains(folded) || _months.Contains(folded) || _weekdays.Contains(folded) || _g.Nationalities.ContainsKey(folded)
        || _g.RoleWords.Contains(folded) || _g.RelationWords.ContainsKey(folded);

    private static bool IsBuildingContext(IReadOnlyList<string> f, int i)
    {
        int k = i - 1;
        if (k >= 0 && f[k] is "la" or "l'" or "le") k--;
        return k >= 0 && BuildingPrepositions.Contains(f[k]) || (k >= 1 && f[k] is "de" or "du" or "d'" && f[k - 1] is "dorures" or "murs" or "salle" or "salons" or "enceinte" or "palais" or "perron" or "jardins" or "grilles");
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
    private static readonly string[] LowerNamePrefixes = { "al-", "el-", "ad-", "as-", "ash-", "an-", "ar-", "at-", "az-", "ibn-", "bin-", "ben-", "ould-", "abu-", "abou-" };

    private static bool IsParticleName(string text, Token t)
    {
        if (t.Kind != TokenKind.Word || !char.IsLower(text[t.Start])) return false;
        foreach (var p in LowerNamePrefixes)
            if (t.Length > p.Length + 1 && string.CompareOrdinal(text, t.Start, p, 0, p.Length) == 0 && char.IsUpper(text[t.Start + p.Length])) return true;
        return false;
    }

    // civility and professional titles written as words: "Dr", "Pr", "Me" (maître, lawyers), "Mgr", "Mme", "Mlle"
    private static bool IsTitleWord(string text, List<Token> tokens, IReadOnlyList<string> f, int i) =>
        tokens[i].Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(text[tokens[i].Start]) && f[i] is "dr" or "pr" or "me" or "mgr" or "mme" or "mlle";

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
}
