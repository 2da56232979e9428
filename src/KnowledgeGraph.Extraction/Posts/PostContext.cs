using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Posts;

/// <summary>
/// The organization or country of a post whose phrase names neither, from the article around it (word lists in
/// Resources/post-context-fr.tsv):
/// <list type="bullet">
/// <item>a complement that is a common noun ("le recteur de l'établissement", "le gouverneur de la région"): the organization
/// (or place) named before it, one whose name opens with that noun first ("l'Université d'Ottawa … le président de
/// l'université");</item>
/// <item>a state title ("la ministre de la Santé", "le Premier ministre"): the country the article is about — the country it
/// names most, a government title's nationality adjective counting as a naming;</item>
/// <item>a town council title ("le maire, X"): the town named last before it;</item>
/// <item>any other title with no complement ("Sa directrice, X", "Le directeur général, X", "par la voix de son président X"):
/// the organization named last in its sentence or the two before, the outlet that publishes the article excepted
/// ("explique à BFM Business sa présidente").</item>
/// </list>
/// What it finds is a fallback: the post keeps any organization or country its own phrase or another statement names
/// (<see cref="PostMention.ContextOrganizationMentionIndex"/>, read by <see cref="PostAssembler"/>).
/// </summary>
internal sealed partial class PostContext
{
    private const int SentencesBack = 2;

    // a country's name (or a state title's adjective) weighs as much as this many of its towns
    private const int Named = 3;

    // how many mentions back a search looks at most: a long article does not make it quadratic
    private const int MentionsBack = 400;

    private readonly GazetteerSet _g;
    private readonly PostWords _words;
    private readonly List<string[]> _stateTitles = new();
    private readonly List<string[]> _localTitles = new();
    private readonly HashSet<string> _orgNouns = new(StringComparer.Ordinal);
    private readonly HashSet<string> _placeNouns = new(StringComparer.Ordinal);
    private readonly HashSet<string> _possessives = new(StringComparer.Ordinal);
    private readonly HashSet<string> _federatedStates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _regionalAdjectives = new(StringComparer.Ordinal);
    private readonly HashSet<string> _framePrepositions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _federations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sovereigns = new(StringComparer.Ordinal);
    private readonly HashSet<string> _remitWords = new(StringComparer.Ordinal);
    private readonly List<string[]> _teamTitles = new();
    private readonly Dictionary<string, string[]> _titleBodies = new(StringComparer.Ordinal);
    private readonly List<(string[] Title, string Country)> _countryTitles = new();
    private readonly List<(string[] Title, string Organization)> _orgTitles = new();

    public PostContext(ExtractionResources resources)
    {
        _g = resources.Gazetteers;
        _words = new PostWords(resources);
        foreach (var row in resources.Table("post-context-fr.tsv"))
        {
            if (row.Length < 2 || row[1].Length == 0) continue;
            var words = Words(row[1]);
            switch (row[0])
            {
                case "state-title": _stateTitles.Add(words); break;
                case "local-title": _localTitles.Add(words); break;
                case "org-noun": _orgNouns.Add(string.Join(' ', words)); break;
                case "place-noun": _placeNouns.Add(string.Join(' ', words)); break;
                case "possessive": _possessives.Add(string.Join(' ', words)); break;
                case "federated-state": _federatedStates.Add(row[1]); break;
                case "country-title":
                    _countryTitles.Add((words, row.Length > 2 && _g.Country(row[2]) is { } titleCountry
                        ? titleCountry.Key : throw new InvalidDataException($"post-context-fr.tsv: country-title '{row[1]}' has no country code.")));
                    break;
                case "org-title":
                    _orgTitles.Add((words, row.Length > 2 && _g.EntriesByKey.TryGetValue(row[2], out var titleOrg) && titleOrg.Kind == EntityKind.Organization
                        ? titleOrg.Key : throw new InvalidDataException($"post-context-fr.tsv: org-title '{row[1]}' has no organization key.")));
                    break;
                case "team-title": _teamTitles.Add(words); break;
                case "title-body":
                    if (row.Length < 3 || row[2].Length == 0) throw new InvalidDataException($"post-context-fr.tsv: title-body '{row[1]}' has no nouns.");
                    _titleBodies[string.Join(' ', words)] = Words(row[2]);
                    break;
                case "remit-word": _remitWords.Add(string.Join(' ', words)); break;
                case "frame-preposition": _framePrepositions.Add(string.Join(' ', words)); break;
                case "sovereign":
                    _sovereigns[_g.Country(row[1])?.Key ?? throw new InvalidDataException($"post-context-fr.tsv: sovereign '{row[1]}' is no country code.")] =
                        row.Length > 2 && _g.Country(row[2]) is { } sovereign ? sovereign.Key : throw new InvalidDataException($"post-context-fr.tsv: sovereign '{row[1]}' has no state code.");
                    break;
                case "federation":
                    _federations.Add(_g.Country(row[1])?.Key ?? throw new InvalidDataException($"post-context-fr.tsv: federation '{row[1]}' is no country code."));
                    break;
                case "regional-adjective":
                    if (row.Length < 3 || row[2].Length == 0) throw new InvalidDataException($"post-context-fr.tsv: regional-adjective '{row[1]}' has no place key.");
                    foreach (var form in Words(row[1])) _regionalAdjectives[form] = row[2];
                    break;
                default: throw new InvalidDataException($"post-context-fr.tsv: unknown list '{row[0]}'.");
            }
        }
    }

    /// <summary>Fills the context organization of the posts from <paramref name="from"/> on that name none themselves.</summary>
    public void Complete(AnalyzedDocument doc, int from)
    {
        (string? Country, string? Government, string? Federation, List<string> Ranked) articleCountry = (null, null, null, new List<string>());
        bool countryDone = false;
        Dictionary<int, List<RolePhrase>>? phrasesByStart = null;
        List<(HashSet<string> NamesBefore, List<string> Countries)>? counterparts = null;
        bool[]? roleTokens = null;
        Dictionary<string, HashSet<(string Country, string Holder)>>? countriesByPost = null;
        var outlet = doc.Article.Outlet is { Length: > 0 } o ? TextFolding.Fold(o) : null;
        for (int i = from; i < doc.Posts.Count; i++)
        {
            var p = doc.Posts[i];
            if (p.OrganizationMentionIndex is not null) continue;
            if (p.OrganizationKey is not null)
            {
                // "l'eurodéputée écologiste allemande X": the adjective is the holder's nationality, the title has its one organization
                if (p.OrganizationKey == p.CountryKey && TitleOrganization(Words(p.Label)) is { } sits && NamesOrganization(doc, sits))
                    doc.Posts[i] = p with { OrganizationKey = sits };
                continue;
            }
            var role = Words(p.RoleLabel);
            if (role.Length == 0) continue;
            // the post as written: "conseillère fédérale", "conseillère municipale" (a level adjective the role leaves out)
            var label = Words(p.Label);
            phrasesByStart ??= PhrasesByStart(doc);
            int? mention = null;
            string? key = null;
            // "l'eurodéputée alsacienne X", "le commissaire européen à l'Agriculture": the one organization that has the title, when the
            // article names it
            if (TitleOrganization(label) is { } titleOrganization && NamesOrganization(doc, titleOrganization))
            {
                doc.Posts[i] = p with { OrganizationKey = titleOrganization };
                continue;
            }
            // "le ministre libérien" named its country itself, though not as the post's organization
            if (p.CountryKey is { } own) key = own;
            // "la ministre albertaine des Forêts", "le conseiller d'État vaudois": a region's or canton's adjective names the state
            // that has its own government, before the country the article is about
            // (when the article names that place: else the country stays the better guess)
            else if (RegionalAdjective(doc, p.Label) is { } region) key = region;
            // "le conseiller fédéral X": a title only one state has names its country as surely as an adjective (no guess: the
            // post's own organization, created if the corpus never names the country)
            else if (CountryTitle(label) is { } titleCountry)
            {
                doc.Posts[i] = p with { OrganizationKey = titleCountry };
                continue;
            }
            else if (ComplementNoun(role) is { } noun && _orgNouns.Contains(noun)) mention = Preceding(doc, p.Span.Start, noun, placeNoun: false, outlet);
            else if (ComplementNoun(role) is { } place && _placeNouns.Contains(place)) mention = Preceding(doc, p.Span.Start, place, placeNoun: true, outlet);
            else if (StartsWithAny(role, _stateTitles) || StartsWithAny(label, _stateTitles))
            {
                // "La France, représentée par sa ministre de l'Agriculture, X": the possessor is the country named before in the sentence
                if (PhraseOf(doc, p, phrasesByStart)?.Determiner is { } det && _possessives.Contains(det) && Preceding(doc, p.Span.Start, "pays", placeNoun: true, outlet, sentenceOnly: true) is { } possessor)
                    mention = possessor;
                else
                {
                    if (!countryDone) { articleCountry = ArticleCountry(doc); countryDone = true; }
                    // "le ministre fédéral de l'Énergie": the federation the article names most, else the country it names most
                    bool federal = Words(p.Label).Any(w => w.StartsWith("federa", StringComparison.Ordinal));
                    // "À Madrid, la ministre de l'Industrie, X", "Pour la France, la ministre des Armées": the place that frames the
                    // sentence is the state whose title it is (its government, when it is the country the article is about)
                    if (FrameCountry(doc, p.Span.Start) is { } framing && _sovereigns.GetValueOrDefault(framing, framing) is var frame)
                        key = frame == articleCountry.Country && !federal ? articleCountry.Government : frame;
                    // "« Aucun partenaire ne dictera au peuple burkinabè sa conduite », a déclaré le ministre de la Communication": the one
                    // country a nationality adjective of its sentence names (on a thing, not on another person's title) is the state speaking
                    else if (SentenceAdjectiveCountry(doc, p, roleTokens ??= RoleTokens(doc)) is { } adjective && _sovereigns.GetValueOrDefault(adjective, adjective) is var near)
                        key = near == articleCountry.Country && !federal ? articleCountry.Government : near;
                    else key = federal ? articleCountry.Federation ?? articleCountry.Country : articleCountry.Government;
                    // "X a accueilli son homologue italien": a counterpart holds the same post in another country, so X's is not Italy's;
                    // the next country the article names is the better guess, and none is better than one known wrong
                    if (key is not null && ForeignCountries(doc, p, countriesByPost ??= CountriesByPost(doc), counterparts ??= CounterpartSites(doc)) is { Count: > 0 } foreign && foreign.Contains(key))
                        key = articleCountry.Ranked.FirstOrDefault(c => !foreign.Contains(c) && !(_federatedStates.Contains(c) && (federal || StateOf(c) is { } of && foreign.Contains(of))));
                }
            }
            // "À Luri, la maire X": the town framing the sentence, else the town named last before
            else if (IsLocalTitle(role) || IsLocalTitle(label))
                mention = FramePlace(doc, p.Span.Start) is { } frame && doc.Entities[frame].Subtype == EntitySubtype.City ? frame : Town(doc, p.Span.Start);
            // "le capitaine X", "le directeur sportif, X": the team named in the sentences before, else the one the article names most
            // (not for a title qualified otherwise, "l'entraîneur toulousain", which may be the other team's)
            else if (IsAny(role, _teamTitles) || IsAny(label, _teamTitles))
                mention = Preceding(doc, p.Span.Start, null, placeNoun: false, outlet)
                    ?? (IsAny(label, _teamTitles) ? MostNamedOrganization(doc, p.Span.Start, outlet) : null);
            // "la rectrice, X", "le procureur de la République, X", "l'imam X": the body the title belongs to, by the noun that opens its
            // name ("l'Université de …", "le tribunal correctionnel de …", "la grande mosquée de …"), named before anywhere in the article;
            // none named, no other organization near it is the title's (a football club is no imam's)
            else if (_titleBodies.TryGetValue(string.Join(' ', role), out var bodyNouns)) mention = Body(doc, p.Span.Start, bodyNouns);
            else if (role.Length <= 2) mention = Preceding(doc, p.Span.Start, null, placeNoun: false, outlet);
            if (mention is null && key is null) continue;
            doc.Posts[i] = p with { ContextOrganizationMentionIndex = mention, ContextOrganizationKey = key };
        }
    }

    /// <summary>The place key of the first regional adjective among the words of a post's label ("ministre ontarien de l'Énergie"),
    /// when the article names that place.</summary>
    private string? RegionalAdjective(AnalyzedDocument doc, string label)
    {
        if (_regionalAdjectives.Count == 0) return null;
        foreach (var w in Words(label))
            if (_regionalAdjectives.TryGetValue(w, out var key))
            {
                foreach (var e in doc.Entities)
                    if (e.Kind == EntityKind.Place && e.Form == MentionForm.Name && e.GazetteerKey == key) return key;
                return null;
            }
        return null;
    }

    /// <summary>The role phrase of the post: the phrase of its role starting inside the post's span ("sa ministre de l'Agriculture,
    /// X"; "X, sa ministre"), looked for in its first tokens.</summary>
    private static RolePhrase? PhraseOf(AnalyzedDocument doc, PostMention p, Dictionary<int, List<RolePhrase>> phrasesByStart)
    {
        int first = doc.TokenIndexAtOrAfter(p.Span.Start);
        for (int t = first; t < doc.Tokens.Count && t < first + 48 && doc.Tokens[t].Start < p.Span.End; t++)
            if (phrasesByStart.TryGetValue(doc.Tokens[t].Start, out var phrases))
                foreach (var rp in phrases)
                    if (rp.RoleKey == p.RoleKey) return rp;
        return null;
    }

    private static Dictionary<int, List<RolePhrase>> PhrasesByStart(AnalyzedDocument doc)
    {
        var map = new Dictionary<int, List<RolePhrase>>();
        foreach (var rp in doc.RolePhrases)
        {
            if (!map.TryGetValue(rp.Span.Start, out var list)) map[rp.Span.Start] = list = new List<RolePhrase>();
            list.Add(rp);
        }
        return map;
    }

    private static string[] Words(string text) =>
        TextFolding.Fold(text).Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool StartsWithAny(string[] words, List<string[]> prefixes)
    {
        foreach (var prefix in prefixes)
            if (prefix.Length <= words.Length && prefix.AsSpan().SequenceEqual(words.AsSpan(0, prefix.Length))) return true;
        return false;
    }

    private static bool IsAny(string[] words, List<string[]> titles)
    {
        foreach (var title in titles)
            if (title.AsSpan().SequenceEqual(words)) return true;
        return false;
    }

    private string? CountryTitle(string[] label)
    {
        foreach (var (title, country) in _countryTitles)
            if (title.Length <= label.Length && title.AsSpan().SequenceEqual(label.AsSpan(0, title.Length))) return country;
        return null;
    }

    /// <summary>The country key of a federated state ("quebec" → "canada").</summary>
    private string? StateOf(string key) => _g.EntriesByKey.TryGetValue(key, out var entry) ? _g.Country(entry.CountryCode)?.Key : null;

    private static bool NamesOrganization(AnalyzedDocument doc, string key) =>
        doc.Entities.Any(e => e.Kind == EntityKind.Organization && e.GazetteerKey == key);

    private string? TitleOrganization(string[] label)
    {
        foreach (var (title, organization) in _orgTitles)
            if (title.Length <= label.Length && title.AsSpan().SequenceEqual(label.AsSpan(0, title.Length))) return organization;
        return null;
    }

    /// <summary>A town-council title, alone or with its remit ("adjoint aux finances", "première adjointe chargée des sports").</summary>
    private bool IsLocalTitle(string[] words)
    {
        if (IsAny(words, _localTitles)) return true;
        foreach (var title in _localTitles)
            if (title.Length < words.Length && title.AsSpan().SequenceEqual(words.AsSpan(0, title.Length)) && _remitWords.Contains(words[title.Length]))
                return true;
        return false;
    }

    /// <summary>The noun of a title's last complement when it is a common noun after an article: "recteur de l'établissement" →
    /// "etablissement", "président du club" → "club"; null for any other shape ("ministre de la Santé": capitalised, not read here).</summary>
    private static string? ComplementNoun(string[] role)
    {
        int n = role.Length;
        if (n < 3) return null;
        var last = role[n - 1];
        // "de l'établissement" is one token "l'etablissement" or two ("l'", "etablissement") depending on the folding
        if (last.StartsWith("l'", StringComparison.Ordinal) && last.Length > 2 && role[n - 2] is "de" or "a") return last[2..];
        if (role[n - 2] is "du" or "au") return last;
        if (role[n - 2] is "la" or "l'" && role[n - 3] is "de" or "a") return last;
        return null;
    }

    /// <summary>
    /// The organization (or place, for a place noun) named last before <paramref name="offset"/> in its sentence or the two before;
    /// with a noun, one whose name opens with that noun anywhere before comes first ("l'Université d'Ottawa … de l'université").
    /// </summary>
    private static int? Preceding(AnalyzedDocument doc, int offset, string? noun, bool placeNoun, string? outlet, bool sentenceOnly = false)
    {
        int sentence = doc.SentenceIndexAt(offset);
        int windowStart = sentence >= 0 ? doc.Sentences[Math.Max(0, sentence - (sentenceOnly ? 0 : SentencesBack))].Start : 0;
        int? nearest = null;
        int start = doc.FirstEntityAtOrAfter(offset) - 1;
        for (int k = start; k >= 0 && k > start - MentionsBack; k--)
        {
            var e = doc.Entities[k];
            if (e.Form != MentionForm.Name || e.Span.End > offset) continue;
            bool kindFits = placeNoun
                ? e.Kind == EntityKind.Place && (noun == "pays") == (e.Subtype == EntitySubtype.Country)
                : e.Kind == EntityKind.Organization;
            if (!kindFits) continue;
            var folded = TextFolding.Fold(e.Text);
            // "explique à BFM Business sa présidente": a medium quoted is the source, not the possessor
            if (noun is null && e.Subtype == EntitySubtype.MediaOutlet || outlet is not null && folded == outlet) continue;
            if (noun is not null && !sentenceOnly && OpensWith(folded, noun)) return k;
            if (e.Span.Start >= windowStart) nearest ??= k;
            else if (noun is null) break;
        }
        return nearest;
    }

    /// <summary>The organization named most before <paramref name="offset"/> in the article (on a tie, the one named last), media
    /// outlets and the article's outlet excepted.</summary>
    private static int? MostNamedOrganization(AnalyzedDocument doc, int offset, string? outlet)
    {
        var counts = new Dictionary<string, (int Count, int Last)>(StringComparer.Ordinal);
        int start = doc.FirstEntityAtOrAfter(offset) - 1;
        for (int k = start; k >= 0 && k > start - MentionsBack; k--)
        {
            var e = doc.Entities[k];
            if (e.Form != MentionForm.Name || e.Kind != EntityKind.Organization || e.Span.End > offset || e.Subtype == EntitySubtype.MediaOutlet
                || doc.IsNonContent(e.Span)) continue;
            var folded = TextFolding.Fold(e.Text);
            if (outlet is not null && folded == outlet) continue;
            var key = e.GazetteerKey ?? folded;
            counts[key] = counts.TryGetValue(key, out var c) ? (c.Count + 1, c.Last) : (1, k);
        }
        return MostCounted(counts);
    }

    /// <summary>The last mention of the key named most (on a tie, the one named last before the title), or null.</summary>
    private static int? MostCounted(Dictionary<string, (int Count, int Last)> counts)
    {
        int? best = null;
        int bestCount = 0;
        foreach (var (_, (count, last)) in counts)
            if (count > bestCount || count == bestCount && last > best) { best = last; bestCount = count; }
        return best;
    }

    private static bool OpensWith(string folded, string noun)
    {
        var words = folded.Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int i = words.Length > 1 && words[0] is "le" or "la" or "les" or "l'" ? 1 : 0;
        if (i >= words.Length) return false;
        var w = words[i].StartsWith("l'", StringComparison.Ordinal) ? words[i][2..] : words[i];
        return w == noun;
    }

    /// <summary>The town of a council title at <paramref name="offset"/>: the town named last before it in its sentence, else the
    /// town the article names most (on a tie, the one named last before it): a town named in passing ("à Madrid") between
    /// the article's town and the title is not the council's.</summary>
    private static int? Town(AnalyzedDocument doc, int offset)
    {
        int sentence = doc.SentenceIndexAt(offset);
        int sentenceStart = sentence >= 0 ? doc.Sentences[sentence].Start : 0;
        var counts = new Dictionary<string, (int Count, int Last)>(StringComparer.Ordinal);
        int start = doc.FirstEntityAtOrAfter(offset) - 1;
        for (int k = start; k >= 0 && k > start - MentionsBack; k--)
        {
            var e = doc.Entities[k];
            if (e.Form != MentionForm.Name || e.Kind != EntityKind.Place || e.Subtype != EntitySubtype.City || e.Span.End > offset || doc.IsNonContent(e.Span)) continue;
            if (e.Span.Start >= sentenceStart) return k;
            var key = e.GazetteerKey ?? TextFolding.Fold(e.Text);
            counts[key] = counts.TryGetValue(key, out var c) ? (c.Count + 1, c.Last) : (1, k);
        }
        return MostCounted(counts);
    }

    /// <summary>
    /// The country the article is about: the country most named in its content (a state title's nationality adjective, "le
    /// ministre sénégalais", counts as a naming); on a tie, the one named first. Null when it names none.
    /// </summary>
    private (string? Country, string? Government, string? Federation, List<string> Ranked) ArticleCountry(AnalyzedDocument doc)
    {
        var votes = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        void Vote(string key, int at, int weight = Named)
        {
            // "à La Réunion": the government of an overseas territory without one of its own is its state's
            key = _sovereigns.GetValueOrDefault(key, key);
            var v = votes.TryGetValue(key, out var old) ? old : (Count: 0, First: at);
            votes[key] = (v.Count + weight, Math.Min(v.First, at));
        }
        foreach (var e in doc.Entities)
            if (e.Form == MentionForm.Name && e.Kind == EntityKind.Place && e.Subtype == EntitySubtype.Country && e.GazetteerKey is { } key
                && !doc.IsNonContent(e.Span))
                Vote(key, e.Span.Start);
        // a town or region stands for its country, behind any country the article names
        foreach (var e in doc.Entities)
            if (e.Form == MentionForm.Name && e.Kind == EntityKind.Place && e.Subtype != EntitySubtype.Country && e.CountryKey is { } country
                && !doc.IsNonContent(e.Span))
                Vote(country, e.Span.Start, 1);
        foreach (var rp in doc.RolePhrases)
            if (_g.Country(rp.CountryCode) is { } c && StartsWithAny(Words(rp.RoleLabel), _stateTitles)) Vote(c.Key, rp.Span.Start);
        // "la fédération tunisienne", "l'État haïtien": in an article that names no country, its nationality adjectives speak of
        // the country it is about, as a town does (where countries are named, the adjectives of a visitor's side would outvote them)
        bool countryNamed = doc.Entities.Any(e => e.Form == MentionForm.Name && e.Kind == EntityKind.Place && e.Subtype == EntitySubtype.Country && !doc.IsNonContent(e.Span));
        var f = doc.Folded;
        for (int t = 0; t < f.Count && !countryNamed; t++)
            if (doc.Tokens[t].Kind == TokenKind.Word && char.IsLower(doc.Text[doc.Tokens[t].Start]) && _g.Nationalities.TryGetValue(f[t], out var code)
                && _g.Country(code) is { } adjectiveCountry && !doc.IsNonContent(new TextSpan(doc.Tokens[t].Start, doc.Tokens[t].End)))
                Vote(adjectiveCountry.Key, doc.Tokens[t].Start, 1);
        var named = Best(votes);
        var federation = Best(votes.Where(v => _federations.Contains(v.Key)));
        // "au Québec … la ministre de la Santé": a federated state with its own government, named as much as its country, is the
        // government's ("le ministre fédéral" stays the country's)
        foreach (var e in doc.Entities)
            if (e.Form == MentionForm.Name && e.Kind == EntityKind.Place && e.GazetteerKey is { } key && _federatedStates.Contains(key) && !doc.IsNonContent(e.Span))
                Vote(key, e.Span.Start);
        // the next guess after a counterpart's country: "le premier ministre X … son homologue française" in a story about Québec is
        // Québec's, not Canada's (a federated state's government ranks as its votes do)
        var ranked = votes.OrderByDescending(v => v.Value.Count).ThenBy(v => v.Value.First).ThenBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Key).ToList();
        return (named, Best(votes) is { } state && _federatedStates.Contains(state) ? state : named, federation, ranked);
    }

    /// <summary>
    /// The countries whose post of the same title the holder of <paramref name="p"/> does not hold: the country of another person's
    /// post of that title in the article ("le ministre de l'Intérieur X … son homologue italien, Y": Y's is Italy's), and the
    /// countries of the counterparts a sentence naming the holder gives him ("X a accueilli son homologue italien", "X et Z …
    /// leurs homologues belges et néerlandais"): a counterpart holds the same post in another country.
    /// </summary>
    private static HashSet<string> ForeignCountries(AnalyzedDocument doc, PostMention p, Dictionary<string, HashSet<(string Country, string Holder)>> countriesByPost,
        List<(HashSet<string> NamesBefore, List<string> Countries)> counterparts)
    {
        var foreign = new HashSet<string>(StringComparer.Ordinal);
        var holder = LastWord(doc.Entities[p.HolderMentionIndex].Text);
        if (countriesByPost.TryGetValue(p.MergeKey ?? NoKey, out var held))
            foreach (var (other, otherHolder) in held)
                if (otherHolder != holder) foreign.Add(other);
        foreach (var (namesBefore, countries) in counterparts)
            if (namesBefore.Contains(holder)) foreign.UnionWith(countries);
        return foreign;
    }

    /// <summary>
    /// The countries the document's posts name, with their holders' surnames, by post (merge key): read once per document
    /// (the posts' keys and holders do not change while posts are completed), not once per post, which made long articles
    /// quadratic.
    /// </summary>
    private static Dictionary<string, HashSet<(string Country, string Holder)>> CountriesByPost(AnalyzedDocument doc)
    {
        var byPost = new Dictionary<string, HashSet<(string Country, string Holder)>>(StringComparer.Ordinal);
        foreach (var q in doc.Posts)
        {
            if (q.CountryKey is not { } country) continue;
            string key = q.MergeKey ?? NoKey;
            if (!byPost.TryGetValue(key, out var held)) byPost[key] = held = new HashSet<(string Country, string Holder)>();
            held.Add((country, LastWord(doc.Entities[q.HolderMentionIndex].Text)));
        }
        return byPost;
    }

    // the dictionary's key for a post without a merge key (no key of a role file holds a NUL)
    private const string NoKey = "\0";

    /// <summary>
    /// Every "son homologue italien", "leurs homologues belges et néerlandais", "ses homologues malien, nigérien et
    /// burkinabè" of the document: the surnames of the persons named before it in its sentence, and the countries of the
    /// adjectives. Read once per document (the tokens do not change while posts are completed), not once per post: a
    /// scan of every token for every post made long articles quadratic.
    /// </summary>
    private List<(HashSet<string> NamesBefore, List<string> Countries)> CounterpartSites(AnalyzedDocument doc)
    {
        var sites = new List<(HashSet<string>, List<string>)>();
        var f = doc.Folded;
        var tokens = doc.Tokens;
        int n = tokens.Count;
        for (int k = 1; k + 1 < n; k++)
        {
            if (!_words.Counterparts.Contains(f[k]) || !_words.Possessives.Contains(f[k - 1])) continue;
            int sentence = doc.SentenceIndexAt(tokens[k].Start);
            if (sentence < 0) continue;
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var i in doc.EntityIndexesWithin(new TextSpan(doc.Sentences[sentence].Start, tokens[k - 1].Start)))
                if (doc.Entities[i].Kind == EntityKind.Person && doc.Entities[i].Form == MentionForm.Name) names.Add(LastWord(doc.Entities[i].Text));
            if (names.Count == 0) continue;
            var countries = new List<string>();
            for (int e = k + 1; e < n && char.IsLower(doc.Text[tokens[e].Start]) && _g.Nationalities.TryGetValue(f[e], out var code); e++)
            {
                if (_g.Country(code) is { } country) countries.Add(country.Key);
                if (e + 2 < n && f[e + 1] is "et" or "," && _g.Nationalities.ContainsKey(f[e + 2]) && char.IsLower(doc.Text[tokens[e + 2].Start])) e++;
                else break;
            }
            sites.Add((names, countries));
        }
        return sites;
    }

    private static string LastWord(string name) => TextFolding.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";

    /// <summary>
    /// The country of the place that opens the sentence around <paramref name="offset"/> as a frame before a comma, when the post
    /// comes after that comma: "À Madrid, …" (a town stands for its country), "Pour la France, …", "En Algérie, …", "Du côté
    /// marocain, …" (a nationality adjective). Null for any other opening.
    /// </summary>
    private string? FrameCountry(AnalyzedDocument doc, int offset)
    {
        if (FramePlace(doc, offset) is { } place)
        {
            var e = doc.Entities[place];
            return e.Subtype == EntitySubtype.Country ? e.GazetteerKey : e.CountryKey;
        }
        return FrameSide(doc, offset);
    }

    /// <summary>
    /// The country of the lower-case nationality adjectives of the sentence around post <paramref name="p"/> ("le peuple burkinabè",
    /// "l'armée malienne"), when they all name one country; an adjective inside a title ("la ministre italienne", "son homologue
    /// algérien") marks that other person's side and is left out, and so is any adjective inside the post's own span.
    /// </summary>
    private string? SentenceAdjectiveCountry(AnalyzedDocument doc, PostMention p, bool[] roleTokens)
    {
        int sentence = doc.SentenceIndexAt(p.Span.Start);
        if (sentence < 0) return null;
        var f = doc.Folded;
        var tokens = doc.Tokens;
        var span = doc.Sentences[sentence];
        string? found = null;
        for (int t = doc.TokenIndexAtOrAfter(span.Start); t < tokens.Count && tokens[t].Start < span.End; t++)
        {
            if (roleTokens[t] || tokens[t].Start >= p.Span.Start && tokens[t].End <= p.Span.End) continue;
            if (tokens[t].Kind != TokenKind.Word || !char.IsLower(doc.Text[tokens[t].Start]) || !_g.Nationalities.TryGetValue(f[t], out var code)) continue;
            // "son homologue algérien", "ses homologues belge et néerlandais": the counterpart's side
            if (t > 0 && (_words.Counterparts.Contains(f[t - 1]) || f[t - 1] is "et" or "," && t > 1 && _g.Nationalities.ContainsKey(f[t - 2]))) return null;
            if (_g.Country(code) is not { } country) continue;
            if (found is not null && found != country.Key) return null;
            found = country.Key;
        }
        return found;
    }

    /// <summary>The tokens inside a role phrase of the document.</summary>
    private static bool[] RoleTokens(AnalyzedDocument doc)
    {
        var covered = new bool[doc.Tokens.Count];
        foreach (var rp in doc.RolePhrases)
            for (int t = rp.FirstToken; t < rp.EndToken && t < covered.Length; t++) covered[t] = true;
        return covered;
    }

    /// <summary>"Du côté marocain, …", "Côté belge, …": the country of the adjective that frames the sentence.</summary>
    private string? FrameSide(AnalyzedDocument doc, int offset)
    {
        int sentence = doc.SentenceIndexAt(offset);
        if (sentence < 0) return null;
        var f = doc.Folded;
        var tokens = doc.Tokens;
        int n = tokens.Count;
        int t = doc.TokenIndexAtOrAfter(doc.Sentences[sentence].Start);
        if (t + 3 >= n) return null;
        // "Du côté marocain, …", "Côté belge, …"
        int side = f[t] == "du" ? t + 1 : t;
        if (f[side] == "cote" && side + 2 < n && _g.Nationalities.TryGetValue(f[side + 1], out var code) && f[side + 2] == ","
            && tokens[side + 2].End <= offset)
            return _g.Country(code)?.Key;
        return null;
    }

    /// <summary>The place mention that opens the sentence around <paramref name="offset"/> after a frame preposition and before a
    /// comma that comes before <paramref name="offset"/> ("À Madrid, …", "Pour la France, …"); null for any other opening.</summary>
    private int? FramePlace(AnalyzedDocument doc, int offset)
    {
        int sentence = doc.SentenceIndexAt(offset);
        if (sentence < 0 || _framePrepositions.Count == 0) return null;
        var f = doc.Folded;
        var tokens = doc.Tokens;
        int n = tokens.Count;
        int t = doc.TokenIndexAtOrAfter(doc.Sentences[sentence].Start);
        if (t + 3 >= n || !_framePrepositions.Contains(f[t])) return null;
        int a = t + 1;
        if (f[a] is "la" or "l'" or "le" or "les") a++;
        if (a >= n) return null;
        int start = tokens[a].Start;
        foreach (var i in doc.EntityIndexesWithin(new TextSpan(start, doc.Text.Length)))
        {
            var e = doc.Entities[i];
            if (e.Span.Start != start) return null;
            if (e.Kind != EntityKind.Place || e.Form != MentionForm.Name) continue;
            int after = doc.TokenIndexAtOrAfter(e.Span.End - 1) + 1;
            if (after >= n || f[after] != "," || tokens[after].End > offset) return null;
            return i;
        }
        return null;
    }

    private static string? Best(IEnumerable<KeyValuePair<string, (int Count, int First)>> votes) =>
        votes.OrderByDescending(v => v.Value.Count).ThenBy(v => v.Value.First).ThenBy(v => v.Key, StringComparer.Ordinal)
            .Select(v => v.Key).FirstOrDefault();
}
