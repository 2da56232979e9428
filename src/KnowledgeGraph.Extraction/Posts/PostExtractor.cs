using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Posts;

/// <summary>
/// Links role phrases to the person who holds them (post mentions) and finds family ties (relation mentions):
/// <list type="bullet">
/// <item>"ROLE X" and "ROLE, X": the person named right after the phrase; for "l'envoyé du président américain
/// X, Y" the outer role goes to Y and the nested one to X.</item>
/// <item>"X, ROLE …": an apposition after the name.</item>
/// <item>"X, [le|son] gendre de Y" and "le gendre de Y, X": a personal relation.</item>
/// </list>
/// The post belongs to the organization named in its complement ("de l'Otan"), else to the country given by a
/// nationality adjective ("ministre ukrainien" → ukraine), as the gold model of the project does.
/// </summary>
public sealed class PostExtractor : IDocumentComponent
{
    private readonly GazetteerSet _g;
    private readonly PostWords _words;
    private readonly PluralTitles _plural;
    private readonly TitleAnaphora _anaphora;
    private readonly BracketedPortfolios _portfolios;
    private readonly ParticipleTitles _participles;
    private readonly PostContext _context;

    public PostExtractor(ExtractionResources resources)
    {
        _g = resources.Gazetteers;
        _words = new PostWords(resources);
        _plural = new PluralTitles(_g, _words);
        _anaphora = new TitleAnaphora(_g, _words);
        _portfolios = new BracketedPortfolios(_g, _words);
        _participles = new ParticipleTitles(_g, _words);
        _context = new PostContext(resources);
    }

    public string Name => "posts";

    public void Process(AnalyzedDocument doc, CancellationToken ct)
    {
        var tokens = doc.Tokens;
        var f = doc.Folded;
        int n = tokens.Count;
        // person name mention by first token
        var personAt = new Dictionary<int, int>();
        var personEndingAt = new Dictionary<int, int>(); // last token index → mention index
        for (int m = 0; m < doc.Entities.Count; m++)
        {
            var e = doc.Entities[m];
            if (e.Kind != EntityKind.Person || e.Form != MentionForm.Name) continue;
            int first = doc.TokenIndexAtOrAfter(e.Span.Start);
            int last = doc.TokenIndexAtOrAfter(e.Span.End - 1);
            personAt.TryAdd(first, m);
            personEndingAt[last] = m;
        }

        var holders = new int?[doc.RolePhrases.Count];
        var nestedSet = new HashSet<int>(doc.RolePhrases.Where(x => x.NestedRoleIndex is not null).Select(x => x.NestedRoleIndex!.Value));
        for (int r = 0; r < doc.RolePhrases.Count; r++)
        {
            var rp = doc.RolePhrases[r];
            if (rp.IsPlural) continue;
            bool isNested = nestedSet.Contains(r);
            int end = rp.EndToken;
            if (personAt.TryGetValue(end, out var direct))
            {
                int directEnd = doc.TokenIndexAtOrAfter(doc.Entities[direct].Span.End - 1) + 1;
                if (rp.NestedRoleIndex is { } nested && doc.RolePhrases[nested].EndToken == end)
                {
                    // "le porte-parole du Premier ministre britannique X[, Y]": X holds the nested role, Y (if any) the outer one
                    holders[nested] = direct;
                    if (directEnd < n && f[directEnd] == "," && personAt.TryGetValue(directEnd + 1, out var second)) holders[r] = second;
                }
                else if (holders[r] is null) holders[r] = direct;
                continue;
            }
            if (isNested) continue;
            // "le Premier ministre M. X", "la présidente Mme X": a civility title between the title and the name
            if (end + 1 < n && doc.Tokens[end].Kind is TokenKind.Abbreviation or TokenKind.Word && _words.Honorifics.Contains(f[end]) && personAt.TryGetValue(end + 1, out var civil))
            {
                holders[r] ??= civil;
                continue;
            }
            end = AfterTrailers(doc, end);
            // "l'avocate de l'association X, Me Y": a civility or professional title before the holder's name
            int holderAt = HolderStart(doc, end + 1);
            if (end < n && f[end] == "," && personAt.TryGetValue(holderAt, out var afterComma))
            {
                holders[r] ??= afterComma;
                continue;
            }
            // "Le président de la Chambre de commerce et d'industrie de Côte d'Ivoire, X": the complement runs on past what the
            // parser took (coordinated or nested names) up to the comma before the holder, with no verb in between
            // ("son porte-parole en matière d'économie, X": a possessive too)
            if (rp.Determiner is "le" or "la" or "l'" or "son" or "sa" or "leur" && ApposedNounPhraseEnd(doc, end) is { } comma && f[comma] == "," && comma + 1 < n)
            {
                if (personAt.TryGetValue(HolderStart(doc, comma + 1), out var far)) { holders[r] ??= far; continue; }
            }
            // "Le président de Sytral Mobilités, l'autorité organisatrice des transports, X": a definite noun phrase describing the
            // body stands between the title and its holder
            if (rp.Determiner is "le" or "la" or "l'" && end + 2 < n && f[end] == "," && f[end + 1] is "le" or "la" or "l'"
                && !doc.RolePhrases.Any(o => o.FirstToken == end + 1) && ApposedNounPhraseEnd(doc, end + 2) is { } described && f[described] == ","
                && described + 1 < n && personAt.TryGetValue(HolderStart(doc, described + 1), out var pastDescription))
            {
                holders[r] ??= pastDescription;
                continue;
            }
            // "Le nouveau directeur sportif sera X": a definite title and a copula before the name
            if (end + 1 < n && rp.Determiner is "le" or "la" or "l'" && f[end] is "sera" or "est" or "devient" or "deviendra" && personAt.TryGetValue(end + 1, out var copular))
            {
                holders[r] ??= copular;
                continue;
            }
            if (rp.FirstToken >= 2 && f[rp.FirstToken - 1] == "," && personEndingAt.TryGetValue(rp.FirstToken - 2, out var before) && IsClosedApposition(doc, rp))
                holders[r] ??= before;
            // "X, également président du conseil de surveillance": an adverb between the comma and a second apposed title
            else if (rp.FirstToken >= 3 && rp.Determiner is null && _words.AppositionAdverbs.Contains(f[rp.FirstToken - 1]) && f[rp.FirstToken - 2] == ","
                && personEndingAt.TryGetValue(rp.FirstToken - 3, out var beforeAdverb) && IsClosedApposition(doc, rp))
                holders[r] ??= beforeAdverb;
        }

        // "Son commandant, le général italien X": a title in apposition to another title with a named holder shares the holder
        for (int r = doc.RolePhrases.Count - 1; r >= 0; r--)
        {
            var rp = doc.RolePhrases[r];
            // "Le chef du Département fédéral des affaires étrangères (DFAE), le conseiller fédéral X": past a bracketed acronym
            int end = AfterTrailers(doc, rp.EndToken);
            // "Le directeur départemental du service d'incendie et de secours (Sdis 82), le colonel X": past the rest of the complement
            // ("la cheffe du Département de la défense, de la protection de la population et des sports (DDPS), la conseillère fédérale X":
            // past lower-case complements coordinated after a comma)
            if (end + 1 < n && (f[end] != "," || f[end + 1] is "de" or "du" or "des" or "d'") && rp.Determiner is "le" or "la" or "l'"
                && ApposedNounPhraseEnd(doc, end) is { } comma) end = comma;
            if (holders[r] is not null || rp.IsPlural || nestedSet.Contains(r) || end + 1 >= n || f[end] != ",") continue;
            for (int r2 = r + 1; r2 < doc.RolePhrases.Count; r2++)
                if (doc.RolePhrases[r2].FirstToken == end + 1)
                {
                    if (!doc.RolePhrases[r2].IsPlural && holders[r2] is { } shared && doc.RolePhrases[r2].Determiner is not null) holders[r] = shared;
                    break;
                }
        }

        // "le ministre de la Communication et porte-parole du gouvernement, X": coordinated titles share their holder
        for (int r = doc.RolePhrases.Count - 1; r >= 0; r--)
        {
            var rp = doc.RolePhrases[r];
            if (holders[r] is not null || rp.IsPlural || rp.EndToken >= n || f[rp.EndToken] != "et") continue;
            for (int r2 = r + 1; r2 < doc.RolePhrases.Count; r2++)
                // a bare second title ("et porte-parole") is the same person's; "et l'émissaire américain X" is another person
                if (doc.RolePhrases[r2].FirstToken == rp.EndToken + 1) { if (doc.RolePhrases[r2].Determiner is null) holders[r] = holders[r2]; break; }
        }

        // "les présidents français et russe X et Y": one post per listed holder (found first: an anaphor below must not
        // stand for a person a plural title gave another country)
        int beforePlural = doc.Posts.Count;
        _plural.Find(doc, personAt);
        var plural = doc.Posts.GetRange(beforePlural, doc.Posts.Count - beforePlural);
        // "en tant que président de X", "X … La dirigeante nigériane a plaidé": holders named elsewhere
        _anaphora.ResolveHolders(doc, holders, nestedSet);
        doc.Posts.RemoveRange(beforePlural, plural.Count);

        for (int r = 0; r < doc.RolePhrases.Count; r++)
        {
            if (holders[r] is not { } holder) continue;
            var rp = doc.RolePhrases[r];
            // organization named in the complement, else the country of a nationality adjective ("l'émissaire américain
            // pour le Soudan" serves the United States), else a country named in the complement ("ambassadeur de France")
            int? orgMention = null;
            string? orgKey = null;
            foreach (var idx in rp.ComplementMentionIndexes)
                if (doc.Entities[idx].Kind == EntityKind.Organization) { orgMention = idx; orgKey = doc.Entities[idx].GazetteerKey; break; }
            if (orgMention is null && _g.Country(rp.CountryCode) is { } adjectiveCountry && !rp.ComplementMentionIndexes.Any(i => doc.Entities[i].Kind == EntityKind.Person))
                orgKey = adjectiveCountry.Key;
            if (orgMention is null && orgKey is null)
                foreach (var idx in rp.ComplementMentionIndexes)
                {
                    var e = doc.Entities[idx];
                    if (e.Kind == EntityKind.Place && e.Subtype == EntitySubtype.Country && e.GazetteerKey is not null) { orgKey = e.GazetteerKey; break; }
                }
            // "avocat de M. X", "chercheur" alone: an occupation, not a post
            if (rp.Role.RequiresOrganization && orgMention is null) continue;
            bool servesPerson = rp.ComplementMentionIndexes.Any(i => doc.Entities[i].Kind == EntityKind.Person);
            if (orgMention is null && orgKey is null && !servesPerson && _g.Country(rp.CountryCode) is { } country)
                orgKey = country.Key;
            var holderSpan = doc.Entities[holder].Span;
            var span = new TextSpan(Math.Min(rp.Span.Start, holderSpan.Start), Math.Max(rp.Span.End, holderSpan.End));
            doc.Posts.Add(new PostMention(span, rp.RoleLabel, rp.RoleKey, holder, orgMention, orgKey, rp.Label)
            {
                ResolutionKey = rp.ResolutionKey,
                MergeKey = rp.Role.MergeByRole ? rp.Role.ResolvesAs : rp.RoleKey,
                CountryKey = _g.Country(rp.CountryCode ?? rp.Role.CountryCode)?.Key,
            });
        }

        doc.Posts.AddRange(plural);
        // "leurs homologues, X (Défense) et Y (Affaires étrangères)"
        doc.Posts.AddRange(_portfolios.Find(doc, personEndingAt));
        // "la Collectivité européenne d'Alsace, présidée par X"
        doc.Posts.AddRange(_participles.Find(doc, personAt));
        // "son homologue ivoirien, X": the possessor's post in another country
        doc.Posts.AddRange(_anaphora.Counterparts(doc));
        // "Sa directrice, X", "la ministre de la Santé": the organization or country the article around the post names
        _context.Complete(doc, 0);

        FindRelations(doc, personAt, personEndingAt);
    }

    /// <summary>
    /// After a role phrase, what may stand between it and the comma before its holder: a bracketed acronym ("le président du groupe
    /// La France insoumise (LFI), X") or the post's town ("l'ambassadeur de Belgique à Ouagadougou, X").
    /// </summary>
    internal static int AfterTrailers(AnalyzedDocument doc, int end)
    {
        var f = doc.Folded;
        int n = f.Count;
        for (int guard = 0; guard < 2 && end < n; guard++)
        {
            if (f[end] == "(" && end + 2 < n && f[end + 2] == ")") { end += 3; continue; }
            if (f[end] == "(" && end + 3 < n && f[end + 3] == ")" && doc.Tokens[end + 2].Kind == TokenKind.Number) { end += 4; continue; }
            if (f[end] is "a" or "au" && end + 1 < n && PlaceOrOrganizationAt(doc, end + 1) is { } after) { end = after; continue; }
            // "le représentant spécial pour le dialogue entre Belgrade et Pristina, X": the two parties of the post's mission
            if (f[end] == "entre" && end + 1 < n && PlaceOrOrganizationAt(doc, end + 1) is { } first && first + 1 < n && f[first] == "et"
                && PlaceOrOrganizationAt(doc, first + 1) is { } second) { end = second; continue; }
            break;
        }
        return end;
    }

    internal static int? PlaceOrOrganizationAt(AnalyzedDocument doc, int token)
    {
        int start = doc.Tokens[token].Start;
        foreach (var i in doc.EntityIndexesWithin(new TextSpan(start, doc.Text.Length)))
        {
            var e = doc.Entities[i];
            if (e.Span.Start != start) break;
            if (e.Kind is EntityKind.Place or EntityKind.Organization && e.Form == MentionForm.Name) return doc.TokenIndexAtOrAfter(e.Span.End - 1) + 1;
        }
        return null;
    }

    /// <summary>
    /// Where the holder's name starts in an apposition opening at <paramref name="at"/>: past a civility or professional title
    /// ("M. X", "le Dr X") or a capitalised nationality or inhabitant noun ("l'Estonien X", "le Fribourgeois X").
    /// </summary>
    private int HolderStart(AnalyzedDocument doc, int at)
    {
        var f = doc.Folded;
        int n = f.Count;
        bool article = at + 1 < n && f[at] is "l'" or "le" or "la";
        int t = article ? at + 1 : at;
        if (t < n && doc.Tokens[t].Kind is TokenKind.Abbreviation or TokenKind.Word && _words.Honorifics.Contains(f[t])) return t + 1;
        if (article && t + 1 < n && char.IsUpper(doc.Text[doc.Tokens[t].Start])
            && (_g.Nationalities.ContainsKey(f[t]) || doc.Morphology.Length == n && doc.Morphology[t].Has(Language.LexicalFlags.Demonym)))
            return t + 1;
        return at;
    }

    // "X, le président du Comité régional des pêches maritimes et des élevages marins de Bretagne.": an apposition closed by
    // punctuation right after the title, or after a verbless run of its complement
    private bool IsClosedApposition(AnalyzedDocument doc, RolePhrase rp) =>
        rp.Determiner is null || rp.EndToken >= doc.Tokens.Count || doc.Tokens[rp.EndToken].Kind is TokenKind.Punctuation or TokenKind.Quote
        || ApposedNounPhraseEnd(doc, rp.EndToken) is not null;

    /// <summary>
    /// The punctuation (, . ; :) that ends the noun phrase going on at <paramref name="from"/>, when every token up to it can be
    /// part of a title's complement: no verb form (by the lexicon), no relative pronoun, no quotation mark, at most 16 tokens,
    /// bracketed acronyms allowed. Null otherwise.
    /// </summary>
    private int? ApposedNounPhraseEnd(AnalyzedDocument doc, int from)
    {
        var f = doc.Folded;
        var tokens = doc.Tokens;
        int n = tokens.Count;
        for (int k = from; k < n && k < from + 16; k++)
        {
            if (k > from && doc.Text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).Contains('\n')) return null;
            var w = f[k];
            // "la ministre de l'Environnement, de la Lutte contre les changements climatiques, de la Faune et des Parcs, X"
            if (w == "," && k + 1 < n && f[k + 1] is "de" or "du" or "des" or "d'") continue;
            if (w is "," or "." or ";" or ":") return k;
            if (w == "(" && k + 2 < n && f[k + 2] == ")") { k += 2; continue; }
            // "(Sdis 82)": an acronym and its number
            if (w == "(" && k + 3 < n && f[k + 3] == ")" && tokens[k + 2].Kind == TokenKind.Number) { k += 3; continue; }
            // "le maire du 9e arrondissement"
            if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Elision or TokenKind.Number)) return null;
            if (_words.ClauseWords.Contains(w) || w == "a" && doc.Text[tokens[k].Start] == 'a') return null;
            if (IsVerbForm(doc, k)) return null;
        }
        return null;
    }

    // a finite verb form with no noun or adjective reading ("conduit" is both: allowed; "avait", "reçoit" are not)
    private static bool IsVerbForm(AnalyzedDocument doc, int k) => Language.MorphQueries.IsFiniteVerbOnly(Language.MorphQueries.Morph(doc, k));

    private void FindRelations(AnalyzedDocument doc, Dictionary<int, int> personAt, Dictionary<int, int> personEndingAt)
    {
        var tokens = doc.Tokens;
        var f = doc.Folded;
        int n = tokens.Count;
        // any person mention (name or role) by first token, for the object of "de"
        var anyPersonAt = new Dictionary<int, int>();
        for (int m = 0; m < doc.Entities.Count; m++)
        {
            var e = doc.Entities[m];
            if (e.Kind != EntityKind.Person) continue;
            int first = doc.TokenIndexAtOrAfter(e.Span.Start);
            anyPersonAt.TryAdd(first, m);
            if (e.Form == MentionForm.Role && first > 0) anyPersonAt.TryAdd(first - 1, m); // "du président" where "du" starts the phrase
        }
        for (int k = 0; k + 2 < n; k++)
        {
            if (!_g.RelationWords.TryGetValue(f[k], out var rel)) continue;
            if (f[k + 1] is not ("de" or "d'" or "du")) continue;
            int objStart = f[k + 1] == "du" ? k + 1 : k + 2;
            if (!anyPersonAt.TryGetValue(objStart, out var obj) && !anyPersonAt.TryGetValue(k + 2, out obj)) continue;
            int objEnd = doc.TokenIndexAtOrAfter(doc.Entities[obj].Span.End - 1) + 1;
            // subject before: "X, [le|son] gendre de Y"
            int p = k - 1;
            if (p >= 0 && f[p] is "le" or "la" or "l'" or "son" or "sa") p--;
            int? subject = null;
            if (p >= 1 && f[p] == "," && personEndingAt.TryGetValue(p - 1, out var s1)) subject = s1;
            // subject after: "le gendre de Y, X"
            else if (objEnd + 1 < n && f[objEnd] == "," && personAt.TryGetValue(objEnd + 1, out var s2)) subject = s2;
            if (subject is not { } subj || subj == obj) continue;
            var a = doc.Entities[subj].Span;
            var b = doc.Entities[obj].Span;
            var span = new TextSpan(Math.Min(a.Start, tokens[k].Start), Math.Max(b.End, a.End));
            doc.Relations.Add(new RelationMention(span, subj, rel.Key, rel.Label, obj));
        }
    }
}
