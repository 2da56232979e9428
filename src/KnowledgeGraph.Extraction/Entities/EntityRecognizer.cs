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
public sealed partial class EntityRecognizer : IDocumentComponent
{
    private readonly GazetteerSet _g;
    private readonly HashSet<string> _months;
    private readonly HashSet<string> _weekdays;

    private readonly EntityWords _w;

    public EntityRecognizer(ExtractionResources resources)
    {
        _g = resources.Gazetteers;
        _months = resources.Table("months-fr.tsv").Select(r => TextFolding.Fold(r[0])).ToHashSet(StringComparer.Ordinal);
        _weekdays = resources.Table("weekdays-fr.tsv").Select(r => TextFolding.Fold(r[0])).ToHashSet(StringComparer.Ordinal);
        _w = new EntityWords(resources);
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
        TakeEventNames(text, tokens, f, used);
        TakeServiceLines(text, tokens, f, used);

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
            // "Ontario Power Generation", "Québec Solidaire": so is a region's or a country's, glued to a capitalised word that is
            // neither a first name ("au Sénégal Macky Sall" has no comma but a first name) nor a place qualifier
            if (e.Kind == EntityKind.Place && e.Subtype != EntitySubtype.City && i + len < n && IsCapitalizedWord(text, tokens[i + len]) && !sentenceStart[i + len]
                && tokens[i + len].Start - tokens[i + len - 1].End == 1 && !_g.IsFirstName(f[i + len]) && !IsNotName(f[i + len])
                && !_w.PlaceQualifiers.Contains(f[i + len]) && !_w.CompassWords.Contains(f[i + len]) && _g.Names.LongestMatch(f, i + len, out _) == 0)
                continue;
            // "Sahel Watch", "Kyiv Independent": a place followed by an organization word names the organization
            if (e.Kind == EntityKind.Place && OrgTailFollows(text, tokens, f, i + len))
                continue;
            // "Florence Lima", "Georgia Meloni": a one-word city or country that is also a first name, glued to a capitalised word
            // that no place qualifies, opens a person's name (the following word is the surname, even when it is a place too)
            if (len == 1 && e.Kind == EntityKind.Place && _g.IsFirstName(f[i]) && i + 1 < n && IsCapitalizedWord(text, tokens[i + 1]) && !sentenceStart[i + 1]
                && tokens[i + 1].Start - tokens[i].End == 1 && !IsNotName(f[i + 1]) && !_w.PlaceQualifiers.Contains(f[i + 1]) && !_w.PlaceHeads.Contains(f[i])
                && !(sentenceStart[i] && lowerWords.Contains(f[i])))
                continue;
            // "Tomás Lagos": a city name right after a first name is a surname
            if (len == 1 && e.Kind == EntityKind.Place && e.Subtype == EntitySubtype.City && i > 0 && IsCapitalizedWord(text, tokens[i - 1]) && !used[i - 1]
                && !IsNotName(f[i - 1]) && tokens[i].Start - tokens[i - 1].End == 1)
                continue;
            // "François Hollande": a one-word place (a country's alias, a region) right after a known first name is a surname
            if (len == 1 && e.Kind == EntityKind.Place && i > 0 && !used[i - 1] && IsCapitalizedWord(text, tokens[i - 1]) && _g.IsFirstName(f[i - 1])
                && tokens[i].Start - tokens[i - 1].End == 1 && !(sentenceStart[i - 1] && lowerWords.Contains(f[i - 1])))
                continue;
            // "José dos Santos", "Lula da Silva": a place name after a first name and a lower-case particle is a surname
            if (len == 1 && e.Kind == EntityKind.Place && i > 1 && _w.NameParticles.Contains(f[i - 1]) && char.IsLower(text[tokens[i - 1].Start])
                && IsCapitalizedWord(text, tokens[i - 2]) && _g.IsFirstName(f[i - 2]) && !used[i - 2])
                continue;
            // a sentence-initial single word that the document also uses in lower case is not this name
            if (len == 1 && sentenceStart[i] && lowerWords.Contains(f[i])) continue;
            // "la Région Grand Est", "la Métropole Aix-Marseille-Provence": a place right after a capitalised territorial head is that
            // authority's name (the organization-head rule below takes both)
            if (e.Kind == EntityKind.Place && i > 0 && !used[i - 1] && _g.OrgTerritorialHeads.Contains(f[i - 1]) && IsCapitalizedWord(text, tokens[i - 1])
                && tokens[i].Start - tokens[i - 1].End == 1 && !HasLineBreak(text, tokens[i - 1].End, tokens[i].Start))
            {
                // (the place's later words are skipped too: "Est" of "Grand Est" is no name of its own)
                i += len - 1;
                continue;
            }
            // "AD Normandie", "Wildfire Alberta", "SM Caen": a one-word place glued to a capitalised word that is no first name ends
            // a longer name (typed by the capitalised-sequence rules)
            if (len == 1 && e.Kind == EntityKind.Place && i > 0 && !used[i - 1] && IsCapitalizedWord(text, tokens[i - 1]) && tokens[i].Start - tokens[i - 1].End == 1
                && !IsNotName(f[i - 1]) && !_g.IsFirstName(f[i - 1]) && !(sentenceStart[i - 1] && lowerWords.Contains(f[i - 1])) && !HasLineBreak(text, tokens[i - 1].End, tokens[i].Start)
                // "Haute Savoie", "Nord Kivu", "Petit Bruxelles": a place qualified by a size or compass word is still a place
                && !_w.PlaceQualifiers.Contains(f[i - 1]) && !_w.PlaceHeads.Contains(f[i - 1]))
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
                // "Crédit Agricole Normandie": a body's name followed by a region's name is its regional branch; "Netflix France",
                // "Orange Côte d'Ivoire", "Amnesty International Belgique": a company's or an international body's name followed by a
                // country's is its national branch (a state body's name is not: "le Sénat France" is no French phrasing)
                else if (IsCapitalizedWord(text, tokens[next]) && _g.Names.LongestMatch(f, next, out var after) is var regionLen and > 0
                    && after[0].Kind == EntityKind.Place && (after[0].Subtype == EntitySubtype.Region || after[0].Subtype == EntitySubtype.Country && IsBranchedBody(e))
                    && CapitalsAgree(text, tokens, next, regionLen, after[0].CapitalizedWords))
                {
                    c.End = next + regionLen;
                    c.GazetteerKey = null;
                    if (after[0].Subtype == EntitySubtype.Country) c.Country = after[0].CountryCode;
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
            if (dash <= 0 || !_w.CompassSuffixes.Contains(f[i][(dash + 1)..])) continue;
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
            // "Par Sébastien Wagner-Hoffstetter": after a first name, a hyphenated word is a double surname
            if (i > 0 && IsCapitalizedWord(text, tokens[i - 1]) && _g.IsFirstName(f[i - 1]) && tokens[i].Start - tokens[i - 1].End == 1) continue;
            var surface = tokens[i].TextOf(text);
            // "l'accord UE-Mauritanie", "APA-Nouakchott": a known body hyphenated with a place pairs the two or datelines an agency
            if (_g.Names.LongestMatch(new[] { f[i][(dash + 1)..] }, 0, out var suffix) == 1 && suffix[0].Kind == EntityKind.Place) continue;
            // "Sud-Est" is a compass point, not a branch of SUD
            if (parents[0].ExactCase && !surface.StartsWith(parents[0].Surface, StringComparison.Ordinal)
                || _w.CompassWords.Contains(f[i][(dash + 1)..]) || _w.CompassWords.Contains(f[i][..dash])) continue;
            // "l'intersyndicale CGT-SUD-FO": unions joined by hyphens are their coalition, no branch of the first ("CGT-RATP" is one)
            // (every later part an acronym, each known one a union, at least one known)
            if (parents[0].Subtype == EntitySubtype.TradeUnion && surface[(surface.IndexOf('-') + 1)..].Split('-') is var rest
                && rest.All(p => p.Length is >= 2 and <= 5 && IsAllCaps(p) && (_g.Names.LongestMatch(new[] { TextFolding.Fold(p) }, 0, out var e) == 0 || e[0].Subtype == EntitySubtype.TradeUnion))
                && rest.Any(p => _g.Names.LongestMatch(new[] { TextFolding.Fold(p) }, 0, out _) == 1))
            {
                used[i] = true;
                continue;
            }
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
                // "ministre des Affaires étrangères et de la Communauté nationale à l'étranger": a minister's portfolio, no body
                if (i >= 2 && f[i - 1] is "du" or "des" or "la" or "l'" && IsPortfolioOfTitle(doc, i - 1, ministerOnly: true)) continue;
                int end = ExtendToBracketAcronym(text, tokens, f, used, i, ExtendOrganization(doc, text, tokens, f, used, i), candidates);
                // "la Ville de Rennes", "la Collectivité européenne d'Alsace": a local authority's head with no subtype of its own names a
                // body only with a place's name after it ("le soutien de la Ville pour porter…" names none)
                if (subtype == EntitySubtype.None && _g.OrgTerritorialHeads.Contains(f[i]))
                {
                    int placeEnd = TerritorialNameEnd(doc, i);
                    if (placeEnd < 0) continue;
                    end = placeEnd;
                }
                // "le 4e Forum économique de Dakar", "la 30e Conférence des parties": an ordinal counts the editions of an event, which
                // is no body (a military unit's ordinal is part of its name: "le 1er Régiment")
                if (i > 0 && IsOrdinal(f[i - 1]) && subtype != EntitySubtype.MilitaryUnit)
                {
                    for (int k = i; k < end; k++) used[k] = true;
                    i = end - 1;
                    continue;
                }
                if (end > i + 1)
                {
                    string? country = null;
                    for (int k = i; k < end; k++) if (_g.Nationalities.TryGetValue(f[k], out var cc)) { country = cc; break; }
                    // "le Haut Conseil pour le climat": a capitalised adjective before the head belongs to the name
                    int start = i > 0 && !used[i - 1] && IsCapitalizedWord(text, tokens[i - 1]) && _g.OrgPrefixes.Contains(f[i - 1]) ? i - 1 : i;
                    // "la 2e Division du Canada", "le 1er Régiment": an ordinal before a unit's head is part of its name (before a
                    // forum or a summit it counts editions of an event: "le 4e Forum économique")
                    if (start > 0 && !used[start - 1] && subtype == EntitySubtype.MilitaryUnit && IsOrdinal(f[start - 1]) && tokens[start].Start - tokens[start - 1].End == 1) start--;
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
            if (char.IsLower(text[tokens[i].Start]) && _g.OrgLowerHeads.StartsAny(f[i]) && LowerHeadOrganization(doc, text, tokens, f, used, i, candidates) is { } lowEnd)
            {
                i = lowEnd - 1;
                continue;
            }
            if (_w.LowerOrgHeads.ContainsKey(f[i]) && char.IsLower(text[tokens[i].Start]) && i + 1 < n && !used[i + 1] && _g.Nationalities.TryGetValue(f[i + 1], out var code)
                && i > 0 && f[i - 1] is "le" or "la" or "l'" or "du" or "au" && _g.Country(code) is { } country2 && !EndsRoleWord(f, i))
            {
                var head = f[i];
                var sub = _w.LowerOrgHeads[head];
                candidates.Add(new Candidate { Start = i, End = i + 2, Kind = EntityKind.Organization, Subtype = sub, Country = code, GazetteerKey = head + "-" + country2.Key, Source = "org-adjective" });
                used[i] = used[i + 1] = true;
                i++;
            }
        }

        // 3. capitalised sequences
        var runs = new List<Candidate>();
        var titleCase = TitleCaseTokens(doc);
        for (int i = 0; i < n; i++)
        {
            if (used[i]) continue;
            bool initialStart = IsInitial(text, tokens[i]) && i + 1 < n && !used[i + 1] && (IsInitial(text, tokens[i + 1]) || IsCapitalizedWord(text, tokens[i + 1]) && !IsNotName(f[i + 1]))
                && !(i > 0 && tokens[i - 1].Kind == TokenKind.Abbreviation && f[i - 1] is "m." or "mme");
            // "M. N'Guessan Ahoua", "Mme M'Bengue": a capitalised elided particle glued to a capitalised word opens a name
            bool elisionStart = tokens[i].Kind == TokenKind.Elision && f[i] is "n'" or "m'" && char.IsUpper(text[tokens[i].Start]) && i + 1 < n
                && tokens[i + 1].Start == tokens[i].End && IsCapitalizedWord(text, tokens[i + 1]) && !used[i + 1] && !IsNotName(f[i + 1]);
            if (!initialStart && !elisionStart && !IsCapitalizedWord(text, tokens[i])) continue;
            // "le Dr Sandoval", "Me Dumontel" (avocat), "Pr Lindqvist": a title without its period is no part of the name
            if (IsTitleWord(text, tokens, f, i) && i + 1 < n && !used[i + 1] && IsCapitalizedWord(text, tokens[i + 1])) continue;
            if (!initialStart && !elisionStart && (IsNotName(f[i]) && !(_g.RoleWords.Contains(f[i]) && RolePhraseParser.OpensName(doc, _g, i)) || (sentenceStart[i] && lowerWords.Contains(f[i]) && !_g.IsFirstName(f[i])))) continue;
            // "Interrogé Marc Dellière n'a pas…", "Longtemps Sophie…", "Le Ministre Promet…": a capital owed to the sentence or
            // the headline on a word the lexicon knows only as a verb form, adverb or preposition opens no name
            if (!initialStart && !elisionStart && (sentenceStart[i] || titleCase[i]) && !_g.IsFirstName(f[i]) && IsFunctionOrVerbWord(Morph(doc, i))
                && (titleCase[i] || i + 1 < n && !used[i + 1] && IsCapitalizedWord(text, tokens[i + 1]) || IsVerbOnly(Morph(doc, i)))) continue;
            int end = elisionStart ? i + 2 : i + 1;
            while (end < n)
            {
                // "Marine Le Pen", "Jean-Yves Le Drian", "Charles De Gaulle": a capitalised particle between name words
                // ("Els De Wilde", "Pieter Van Acker": particles other than an article need no known first name before them)
                if (!used[end] && end + 1 < n && _w.CapitalParticles.Contains(f[end]) && IsCapitalizedWord(text, tokens[end]) && IsCapitalizedWord(text, tokens[end + 1])
                    && !used[end + 1] && !IsNotName(f[end + 1]) && (_g.IsFirstName(f[end - 1]) || f[end] is not ("le" or "la") && end - i == 1 && !sentenceStart[i]
                        // "Annaïg Le Bihan", "Maëlys Le Goff": after a word the lexicon does not know, in mid-sentence, a capitalised
                        // article followed by a word it does not know either opens a Breton-style surname
                        || end - i == 1 && !sentenceStart[i] && !Morph(doc, i).IsKnown && !Morph(doc, end + 1).IsKnown && !_g.Names.StartsAny(f[i])
                        || end - i == 1 && _w.PlaceHeads.Contains(f[i]))
                    && !HasLineBreak(text, tokens[end - 1].End, tokens[end + 1].Start))
                {
                    end += 2;
                    continue;
                }
                // "Denis Sassou N'Guesso", "Aminata M'Baye": a capitalised elided particle glued to the next word of the name
                if (!used[end] && end + 1 < n && tokens[end].Kind == TokenKind.Elision && char.IsUpper(text[tokens[end].Start]) && _w.NameElisions.Contains(f[end])
                    && tokens[end + 1].Start == tokens[end].End && IsCapitalizedWord(text, tokens[end + 1]) && !used[end + 1] && tokens[end].Start - tokens[end - 1].End == 1)
                {
                    end += 2;
                    continue;
                }
                // "Pratt & Whitney", "Marks & Spencer": an ampersand between capitalised words joins a company's name
                if (end + 1 < n && f[end] == "&" && !used[end + 1] && IsCapitalizedWord(text, tokens[end + 1])
                    && tokens[end].Start - tokens[end - 1].End <= 1 && tokens[end + 1].Start - tokens[end].End <= 1)
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
                    // in a headline a name stops before a word the lexicon knows only as a verb form ("Brevanor Construction Annonce…"),
                    // and a full name before a capitalised common word ("Paul Verhaegen Démission")
                    && !(titleCase[end] && (IsVerbOnly(Morph(doc, end)) || end - i >= 2 && IsCommonOnly(Morph(doc, end)) && !_g.IsFirstName(f[end])))
                    // "la Défense Paul Hartley": a first name after a word that is not one starts a new name
                    // ("Kouassi Norbert Assémien": a word the lexicon does not know as a common word before the first name is a
                    // surname written first, as Ivorian and Cameroonian usage does)
                    && !(_g.IsFirstName(f[end]) && !_g.IsFirstName(f[end - 1]) && end + 1 < n && IsCapitalizedWord(text, tokens[end + 1])
                        && !(end - i == 1 && !Morph(doc, end - 1).IsKnown && !_g.Names.StartsAny(f[end - 1]))))
                {
                    end++;
                    continue;
                }
                // "Henrik Vos", "Anna Tout": after a first name, a capitalised word the lexicon knows as a function word is the surname
                // (mid-sentence, not in a title-case headline, and the name ends there)
                if (end - i == 1 && !used[end] && _g.IsFirstName(f[i]) && IsCapitalizedWord(text, tokens[end]) && !titleCase[end] && !sentenceStart[end]
                    && !_w.CapitalParticles.Contains(f[end]) && IsFunctionOrVerbWord(Morph(doc, end)) && !IsVerbOnly(Morph(doc, end))
                    && tokens[end].Start - tokens[end - 1].End == 1 && !(end + 1 < n && IsCapitalizedWord(text, tokens[end + 1])))
                {
                    end++;
                    break;
                }
                // name particles: "Charles de Gaulle", "Ursula von der Leyen", "Mohammed ben Salmane"
                // "Javier Ortiz de Zárate": a first name and a surname followed by "de" and an unknown capitalised word
                if (end + 1 < n && (_w.NameParticles.Contains(f[end]) || (f[end] is "de" or "du" or "d'" && end - i == 1 && !sentenceStart[i])
                        || (f[end] is "de" or "del" or "da" or "dos" or "do" && end - i == 2 && _g.IsFirstName(f[i]) && !_g.IsFirstName(f[i + 1]))
                        || (_w.FrenchParticles.Contains(f[end]) && _g.IsFirstName(f[end - 1]) && end - i == 1)
                        // "Yves Koné d'Almeida", "Valéry Giscard d'Estaing": an elided particle after a first name and a surname
                        || (f[end] == "d'" && end - i == 2 && _g.IsFirstName(f[i]) && tokens[end + 1].Start == tokens[end].End))
                    && char.IsLower(text[tokens[end].Start]) && !used[end + 1])
                {
                    int k = end;
                    while (k < n && (_w.NameParticles.Contains(f[k]) || _w.FrenchParticles.Contains(f[k])) && char.IsLower(text[tokens[k].Start])) k++;
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
            // "Navetteurs.be", "Senego.com": a name glued to a dot and a web domain is a site's, an outlet's or an association's
            bool webName = end + 1 < n && f[end] == "." && tokens[end].Start == tokens[end - 1].End && tokens[end + 1].Start == tokens[end].End
                && char.IsLower(text[tokens[end + 1].Start]) && _w.WebDomains.Contains(f[end + 1]) && !used[end + 1];
            if (webName) end += 2;
            // "le ministre de l'Intérieur Driton Hoxha": a role's capitalised complement glued to the holder's name is a run of its own
            // ("les ministres belges de l'Intérieur Anke Peeters": also after a plural title and its nationality adjectives)
            if (end - i >= 3 && !_g.IsFirstName(f[i]) && i >= 2 && (f[i - 1] is "du" or "des" && RoleWordEndsAt(f, i - 2)
                    || i >= 3 && f[i - 1] is "l'" or "la" && f[i - 2] == "de" && RoleWordEndsAt(f, i - 3)))
                end = i + 1;
            // "(Bohdan) Kravets": a bracketed first name before a surname
            // "l'ONG soudanaise Réseau des médecins du Darfour", "l'association Fleuves vivants", "l'université Tsinghua": after an
            // introducing noun the name runs on through de + capitalised words and trailing adjectives
            // "le quotidien Le Courrier cauchois": a capitalised article may stand between the introducing noun and the name (the
            // name is kept without it, as the classification rule below does)
            bool articleOpens = i >= 2 && f[i - 1] is "le" or "la" or "les" or "l'" && !sentenceStart[i - 1] && char.IsUpper(text[tokens[i - 1].Start]) && char.IsLower(text[tokens[i - 2].Start]);
            if (IntroBefore(doc, text, tokens, f, articleOpens ? i - 1 : i) is var (introAt, introSubtype) && introAt >= 0)
            {
                bool keepNoun = _g.OrgIntrosInName.Contains(f[introAt]) && introAt + 1 == i;
                int extended = ExtendIntroducedName(doc, text, tokens, f, used, i, end, townIsWhere: keepNoun && char.IsLower(text[tokens[introAt].Start]));
                runs.Add(new Candidate { Start = keepNoun ? introAt : i, End = extended, Kind = EntityKind.Organization, Subtype = introSubtype, Source = "org-intro" });
                i = extended - 1;
                continue;
            }
            runs.Add(webName ? new Candidate { Start = i, End = end, Kind = EntityKind.Organization, Source = "web-name" } : new Candidate { Start = i, End = end, Source = "cap-seq" });
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
            if (r.Kind is null)
            {
                ClassifyRun(doc, r, roleIndex, personSurnames, lowerWords, sentenceStart);
                RecheckRoleHolder(doc, r, personSurnames, candidates);
                if (IsCommonWordPerson(doc, r, personSurnames)) r.Kind = null;
            }
            if (r.Kind is not null) candidates.Add(r);
        }

        // "les actionnaires de X", "la filiale de X": a single word complement of a company noun is an organization, and
        // so is the same word elsewhere in the document unless a title or a role names it a person there
        // ("le président de Sytral Mobilités", "la direction d'Endeavour Mining": a name of several words that no first name opens,
        // which only the weak "capitalised sequence" guess made a person, is the body the noun belongs to)
        var orgByComplement = new Dictionary<string, EntitySubtype>(StringComparer.Ordinal);
        foreach (var r in runs)
        {
            // ("la coordinatrice de l'Anafé": the complement's article between)
            int noun = r.Start >= 3 && f[r.Start - 1] is "l'" or "la" && f[r.Start - 2] == "de" ? r.Start - 3 : r.Start - 2;
            if (noun >= 0 && f[noun + 1] is "de" or "d'" or "du" or "des" && char.IsLower(text[tokens[noun].Start])
                && (r.End - r.Start == 1 ? f[noun + 1] is "de" or "d'" : r.End - r.Start <= 4 && (r.Kind is null || r.Source == "cap-seq"))
                // (after the article, a capitalised common word is an institution's usual name, "le président de la République")
                && (noun == r.Start - 2 || !IsCommonOnly(Morph(doc, r.Start)))
                && _g.OrgOfNouns.TryGetValue(f[noun], out var ofSubtype) && !_g.IsFirstName(f[r.Start])
                // "l'usine de Crolles", "les salariés de Mourenx": a town the lexicon knows is where, not whose
                && !IsLexiconPlaceOnly(Morph(doc, r.Start)))
                orgByComplement.TryAdd(RunKey(f, r), ofSubtype);
        }
        // (most documents have no such complement: no key is built for their runs)
        foreach (var r in orgByComplement.Count == 0 ? [] : runs)
        {
            if (r.End - r.Start > 4 || !orgByComplement.TryGetValue(RunKey(f, r), out var ofSubtype)) continue;
            if (r.Kind == EntityKind.Organization || r.Kind == EntityKind.Person && r.Source is "title" or "role-before" or "role-after") continue;
            if (r.Kind == EntityKind.Place || r.End - r.Start > 1 && r.Kind == EntityKind.Person && r.Source != "cap-seq") continue;
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

        CoordinatedOrganizations(doc, candidates, runs);
        CountryBranches(doc, candidates, runs);

        // "Lorraine Vienne, déléguée CGT, … a dénoncé Lorraine Vienne": a name that a title or an apposed role makes a person
        // is that person wherever the document repeats it, even where a weaker shape rule (ends with a known place) said otherwise
        var titledPersons = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
            if (c.Kind == EntityKind.Person && c.End - c.Start >= 2 && c.Source is "title" or "role-before" or "role-after")
                titledPersons.Add(string.Join(' ', f.Skip(c.Start).Take(c.End - c.Start)));
        if (titledPersons.Count > 0)
            foreach (var c in candidates)
                if (c.Source == "place-tail" && titledPersons.Contains(string.Join(' ', f.Skip(c.Start).Take(c.End - c.Start))))
                {
                    c.Kind = EntityKind.Person;
                    c.Subtype = EntitySubtype.None;
                    c.Country = null;
                    c.GazetteerKey = null;
                    c.Source = "same-name-person";
                }

        OneKindPerName(f, candidates);
        NoDigitInPersonNames(text, tokens, candidates);
        RegionalBranches(doc, candidates);
        ShortOrganizationNames(doc, f, candidates, runs);
        VenueNames(doc, candidates, runs);
        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        LinkAcronyms(doc, candidates, runs);
        KindAcronymAnaphors(doc, candidates);
        var tagLine = TagLineTokens(text, tokens, f);
        foreach (var c in candidates)
        {
            // a tag list's neighbouring words make no name (known names there are kept)
            if (c.Source != "gazetteer" && c.End - c.Start >= 2 && tagLine[c.Start]) continue;
            // photo credits keep only known names (the agency), not the photographer
            if (c.Source != "gazetteer" && doc.IsNonContent(new TextSpan(tokens[c.Start].Start, tokens[c.End - 1].End))) continue;
            // "la COP30": a numbered recurring event is no organization (known ones are listed)
            if (c.Source != "gazetteer" && c.End - c.Start == 1 && _w.IsNumberedEvent(f[c.Start])) continue;
            // "sur X", "le XV de France", "Louis XIV": one letter or a Roman numeral alone names nothing (known names are listed)
            if (c.Source != "gazetteer" && c.End - c.Start == 1 && IsLetterOrRomanNumeral(tokens[c.Start].SliceOf(text))) continue;
            // "l'A321", "les routes D908 et D4a": a letters-and-number code names a model or a road, no body
            if (c.Source != "gazetteer" && c.End - c.Start == 1 && c.Kind == EntityKind.Organization && IsLetterDigitCode(tokens[c.Start].SliceOf(text))) continue;
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
    /// "Schneider Electric a annoncé … Le patron de Schneider …": a single word taken for a person only by weak evidence (its
    /// place before a verb, a surname reading) that opens a longer organization name of the same document, and is no word of a
    /// full person name there, is that organization's short name; so is such a word no rule classified.
    /// </summary>
    private static void ShortOrganizationNames(AnalyzedDocument doc, IReadOnlyList<string> f, List<Candidate> candidates, List<Candidate> runs)
    {
        var orgFirstWords = new Dictionary<string, EntitySubtype>(StringComparer.Ordinal);
        var orgNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c.End - c.Start < 2) continue;
            if (c.Kind == EntityKind.Organization)
            {
                // a word inside two different organization names ("Stade Malherbe Caen", "association Malherbe Nous Appartient") is no one's short name
                var name = string.Join(' ', f.Skip(c.Start).Take(c.End - c.Start));
                for (int k = c.Start; k < c.End; k++)
                    if (!orgNames.TryAdd(f[k], name) && orgNames[f[k]] != name) ambiguous.Add(f[k]);
                orgFirstWords.TryAdd(f[c.Start], c.Subtype);
            }
            else if (c.Kind == EntityKind.Person) for (int k = c.Start; k < c.End; k++) personWords.Add(f[k]);
        }
        foreach (var w in ambiguous) orgFirstWords.Remove(w);
        if (orgFirstWords.Count == 0) return;
        foreach (var c in candidates)
        {
            if (c.End - c.Start != 1 || c.Kind != EntityKind.Person || c.Source is not ("subject" or "speech-verb" or "surname" or "cap-seq")) continue;
            if (!orgFirstWords.TryGetValue(f[c.Start], out var subtype) || personWords.Contains(f[c.Start])) continue;
            c.Kind = EntityKind.Organization;
            c.Subtype = subtype;
            c.Source = "org-short-form";
        }
        foreach (var r in runs)
        {
            if (r.Kind is not null || r.End - r.Start != 1 || !orgFirstWords.TryGetValue(f[r.Start], out var subtype) || personWords.Contains(f[r.Start])
                // "Ligue" of "Ligue 1": a common word left unclassified stays so
                || IsCommonOnly(Morph(doc, r.Start))) continue;
            r.Kind = EntityKind.Organization;
            r.Subtype = subtype;
            r.Source = "org-short-form";
            candidates.Add(r);
        }
    }

    private static string RunKey(IReadOnlyList<string> f, Candidate r) =>
        r.End - r.Start == 1 ? f[r.Start] : string.Join(' ', Enumerable.Range(r.Start, r.End - r.Start).Select(k => f[k]));
}
