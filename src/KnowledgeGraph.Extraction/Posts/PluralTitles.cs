using System.Text;
using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Posts;

/// <summary>
/// A plural title shared by a list of names gives each name a post:
/// <c>DET TITLE(plural) [ADJ (, ADJ)* et ADJ] [COMPLEMENT (, COMPLEMENT)* et COMPLEMENT] [,] NAME [(PLACE)] (, NAME [(PLACE)])* et NAME</c>.
/// Coordinated nationality adjectives and complements are distributed in order when there are as many as names
/// ("les présidents français et russe X et Y", "les ministres des Armées et des Affaires étrangères, X et Y"); a single
/// one is shared; a bracketed country after a name is that holder's ("les chefs de gouvernement A (Bulgarie) et B (Irlande)").
/// </summary>
internal sealed class PluralTitles
{
    private readonly GazetteerSet _g;
    private readonly PostWords _w;

    public PluralTitles(GazetteerSet g, PostWords w)
    {
        _g = g;
        _w = w;
    }

    private sealed record Complement(int Start, int End, int? OrganizationMention, string? CountryCode);

    private sealed record Holder(int Mention, string? CountryCode);

    public void Find(AnalyzedDocument doc, IReadOnlyDictionary<int, int> personAt)
    {
        var f = doc.Folded;
        int n = f.Count;
        // words of the persons' names: "les envoyés de X, Y et Z" serve X wherever X is named
        var personWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in doc.Entities)
            if (e.Kind == EntityKind.Person && e.Form == MentionForm.Name)
                foreach (var w in TextFolding.Fold(e.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries)) personWords.Add(w);
        for (int i = 0; i + 3 < n; i++)
        {
            if (!_w.PluralDeterminers.Contains(f[i])) continue;
            int end = TryAt(doc, i, personAt, personWords);
            if (end > i) i = end - 1;
        }
    }

    // returns the token after the last holder's name, or -1
    private int TryAt(AnalyzedDocument doc, int det, IReadOnlyDictionary<int, int> personAt, HashSet<string> personWords)
    {
        var f = doc.Folded;
        var tokens = doc.Tokens;
        var text = doc.Text;
        int n = f.Count;
        int j = det + 1;
        while (j < n && _w.PluralPreQualifiers.Contains(f[j])) j++;
        if (j >= n || tokens[j].Kind != TokenKind.Word) return -1;
        // the title in the singular, word by word ("chefs d'État" → "chef d'état"), matched against the role words
        var singular = new List<string>(4);
        for (int k = j; k < n && k < j + 4 && tokens[k].Kind is TokenKind.Word or TokenKind.Elision; k++)
            singular.Add(_w.Singular(f[k]) ?? f[k]);
        if (_w.Singular(f[j]) is null) return -1;
        int headLen = _g.Roles.LongestMatch(singular, 0, out var roles);
        if (headLen == 0) return -1;
        var role = roles[0];
        int k0 = j + headLen;
        // "les ministres chargés de l'Espace", "les ministres délégués aux Transports": the participle belongs to the title
        while (k0 < n && f[k0] is "charges" or "chargees" or "delegues" or "deleguees") k0++;
        // a capitalised head only as the first word of a longer title ("les Premiers ministres"), never a name ("les Verts")
        if (!char.IsLower(text[tokens[j].Start]) && !(headLen >= 2 && char.IsLower(text[tokens[k0 - 1].Start]))) return -1;

        // coordinated nationality adjectives: "français et russe", "allemand, polonais et tchèque"
        var adjectives = new List<(int Token, string Code)>();
        int p = k0;
        while (p < n && char.IsLower(text[tokens[p].Start]) && _g.Nationalities.TryGetValue(f[p], out var code))
        {
            adjectives.Add((p, code));
            p++;
            if (p + 1 < n && f[p] is "," or "et" && _g.Nationalities.ContainsKey(f[p + 1]) && char.IsLower(text[tokens[p + 1].Start])) p++;
            else break;
        }
        // coordinated complements: "des Armées et des Affaires étrangères", "de gouvernement"
        var complements = new List<Complement>();
        // "les ministres de l'Environnement du Québec et de la Californie": a first complement shared by all, then coordinated ones
        Complement? shared = null;
        while (p < n && _w.ComplementPrepositions.Contains(f[p]) && ParseComplement(doc, p, personAt, personWords) is { } c)
        {
            complements.Add(c);
            p = c.End;
            if (p + 1 < n && f[p] is "," or "et" && _w.ComplementPrepositions.Contains(f[p + 1])) p++;
            else if (complements.Count == 1 && shared is null && p < n && _w.ComplementPrepositions.Contains(f[p])) { shared = c; complements.Clear(); }
            else break;
        }
        if (shared is not null && complements.Count == 0) { complements.Add(shared); shared = null; }
        // "les ministres des Sports marocain, espagnol et portugais": the nationality adjectives after the portfolio
        bool adjectivesBefore = adjectives.Count > 0;
        while (!adjectivesBefore && p < n && char.IsLower(text[tokens[p].Start]) && _g.Nationalities.TryGetValue(f[p], out var after))
        {
            adjectives.Add((p, after));
            p++;
            if (p + 1 < n && f[p] is "," or "et" && _g.Nationalities.ContainsKey(f[p + 1]) && char.IsLower(text[tokens[p + 1].Start])) p++;
            else break;
        }
        if (p < n && f[p] == ",") p++;

        // the list of names: "X et Y", "A (Bulgarie), B (Irlande) et C (Portugal)"
        var holders = new List<Holder>();
        bool closedByEt = false;
        while (p < n)
        {
            int at = p < n && _w.Honorifics.Contains(f[p]) ? p + 1 : p;
            if (!personAt.TryGetValue(at, out var m)) break;
            int e = doc.TokenIndexAtOrAfter(doc.Entities[m].Span.End - 1) + 1;
            string? country = null;
            if (e + 2 < n && f[e] == "(" && PlaceAt(doc, e + 1) is var (placeEnd, placeCode) && placeEnd < n && f[placeEnd] == ")")
            {
                country = placeCode;
                e = placeEnd + 1;
            }
            holders.Add(new Holder(m, country));
            if (closedByEt) { p = e; break; }
            if (e + 1 < n && f[e] == "," && !(e + 1 < n && f[e + 1] == "et")) { p = e + 1; continue; }
            if (e + 1 < n && f[e] is "et" || e + 2 < n && f[e] == "," && f[e + 1] == "et")
            {
                p = f[e] == "et" ? e + 1 : e + 2;
                closedByEt = true;
                continue;
            }
            p = e;
            break;
        }
        if (holders.Count < 2 || !closedByEt) return -1;
        // "les trois responsables, X, Y et Z": a bare title says nothing of the post; a country or a portfolio must pin it down
        if (adjectives.Count == 0 && complements.Count == 0 && holders.All(h => h.CountryCode is null) && role.CountryCode is null) return -1;

        var headSurface = SingularSurface(doc, j, k0);
        for (int h = 0; h < holders.Count; h++)
        {
            var holder = holders[h];
            var complement = complements.Count == holders.Count ? complements[h] : complements.Count == 1 ? complements[0] : null;
            string? countryCode = holder.CountryCode
                ?? (adjectives.Count == holders.Count ? adjectives[h].Code : adjectives.Count == 1 ? adjectives[0].Code : null)
                ?? complement?.CountryCode;
            var rest = complement is null ? "" : new TextSpan(tokens[complement.Start].Start, tokens[complement.End - 1].End).Of(text);
            if (shared is not null)
                rest = new TextSpan(tokens[shared.Start].Start, tokens[shared.End - 1].End).Of(text) + (rest.Length > 0 ? " " + rest : "");
            var roleLabel = rest.Length > 0 ? headSurface + " " + rest : headSurface;
            var adjective = countryCode is not null && holder.CountryCode is null && adjectives.Count > 0 ? _g.Country(countryCode)?.Adjective : null;
            var label = adjective is null ? roleLabel : rest.Length > 0 ? headSurface + " " + adjective + " " + rest : headSurface + " " + adjective;
            var roleKey = rest.Length > 0 ? role.Key + "-" + TextFolding.Slug(rest) : role.Key;
            var country = _g.Country(countryCode ?? role.CountryCode);
            var holderSpan = doc.Entities[holder.Mention].Span;
            var span = new TextSpan(Math.Min(tokens[j].Start, holderSpan.Start), Math.Max(tokens[k0 - 1].End, holderSpan.End));
            int? orgMention = complement?.OrganizationMention;
            doc.Posts.Add(new PostMention(span, roleLabel, roleKey, holder.Mention, orgMention, orgMention is null ? country?.Key : doc.Entities[orgMention.Value].GazetteerKey, label)
            {
                ResolutionKey = role.ResolvesAs == role.Key ? roleKey : role.ResolvesAs,
                MergeKey = role.MergeByRole ? role.ResolvesAs : roleKey,
                CountryKey = country?.Key,
            });
        }
        return p;
    }

    // "des Affaires étrangères", "de l'Intérieur", "de gouvernement", "de la Commission européenne", "de France"
    private Complement? ParseComplement(AnalyzedDocument doc, int prep, IReadOnlyDictionary<int, int> personAt, HashSet<string> personWords)
    {
        var f = doc.Folded;
        var tokens = doc.Tokens;
        var text = doc.Text;
        int n = f.Count;
        int c = prep + 1;
        while (c < n && _w.ComplementArticles.Contains(f[c]) && char.IsLower(text[tokens[c].Start])) c++;
        if (c >= n || tokens[c].Kind != TokenKind.Word) return null;
        // a named organization or place
        foreach (var idx in doc.EntityIndexesWithin(new TextSpan(tokens[c].Start, text.Length)))
        {
            var e = doc.Entities[idx];
            if (e.Span.Start != tokens[c].Start) break;
            // "les envoyés de X, Y et Z": a person served is no portfolio; the list is not split
            if (e.Kind == EntityKind.Person) return null;
            if (e.Form != MentionForm.Name) continue;
            int end = doc.TokenIndexAtOrAfter(e.Span.End - 1) + 1;
            return e.Kind == EntityKind.Organization
                ? new Complement(prep, end, idx, null)
                : new Complement(prep, end, null, e.Subtype == EntitySubtype.Country && _g.CountryByKey(e.GazetteerKey ?? "") is { } ci ? ci.Code : null);
        }
        int k = c;
        if (char.IsUpper(text[tokens[c].Start]))
        {
            // a capitalised portfolio and its lower-case adjectives: "des Affaires étrangères", "de la Santé publique"
            if (_g.IsFirstName(f[c]) || personAt.ContainsKey(c) || personWords.Contains(f[c])) return null;
            k = c + 1;
            while (k < n && tokens[k].Kind == TokenKind.Word && char.IsUpper(text[tokens[k].Start]) && !_g.IsFirstName(f[k]) && !personAt.ContainsKey(k)) k++;
            while (k < n && k < c + 4 && tokens[k].Kind == TokenKind.Word && char.IsLower(text[tokens[k].Start]) && IsAdjective(f[k])) k++;
            return new Complement(prep, k, null, null);
        }
        // a bare lower-case noun: "de gouvernement", "d'état-major"
        if (c == prep + 1 && f[prep] is "de" or "d'" && !_g.NotNames.Contains(f[c]) && !_g.PersonCueVerbs.Contains(f[c]) && c + 1 < n
            && (f[c + 1] is "," or "et" || personOrHonorificFollows(c + 1)))
            return new Complement(prep, c + 1, null, null);
        return null;

        bool personOrHonorificFollows(int t) => t < n && (char.IsUpper(text[tokens[t].Start]) || _w.Honorifics.Contains(f[t]));
    }

    // lower-case adjectives after a capitalised portfolio: "étrangères", "publique", "numérique", "sociales"
    private bool IsAdjective(string w) =>
        !_g.NotNames.Contains(w) && !_g.PersonCueVerbs.Contains(w) && !_g.Nationalities.ContainsKey(w)
        && (w.EndsWith("ere", StringComparison.Ordinal) || w.EndsWith("eres", StringComparison.Ordinal) || w.EndsWith("ique", StringComparison.Ordinal)
            || w.EndsWith("iques", StringComparison.Ordinal) || w.EndsWith("ale", StringComparison.Ordinal) || w.EndsWith("ales", StringComparison.Ordinal)
            || w.EndsWith("elle", StringComparison.Ordinal) || w.EndsWith("elles", StringComparison.Ordinal) || w.EndsWith("ee", StringComparison.Ordinal) || w.EndsWith("ees", StringComparison.Ordinal));

    private (int End, string? Code)? PlaceAt(AnalyzedDocument doc, int token)
    {
        int start = doc.Tokens[token].Start;
        foreach (var idx in doc.EntityIndexesWithin(new TextSpan(start, doc.Text.Length)))
        {
            var e = doc.Entities[idx];
            if (e.Span.Start != start) break;
            if (e.Kind != EntityKind.Place || e.Form != MentionForm.Name) continue;
            var code = e.Subtype == EntitySubtype.Country && e.GazetteerKey is { } key ? _g.CountryByKey(key)?.Code : null;
            return (doc.TokenIndexAtOrAfter(e.Span.End - 1) + 1, code);
        }
        return null;
    }

    // the title's words as written, each plural word in the singular ("Premiers ministres" → "Premier ministre")
    private string SingularSurface(AnalyzedDocument doc, int from, int to)
    {
        var sb = new StringBuilder();
        var tokens = doc.Tokens;
        for (int k = from; k < to; k++)
        {
            if (k > from && tokens[k].Start > tokens[k - 1].End) sb.Append(' ');
            var w = tokens[k].TextOf(doc.Text);
            sb.Append(_w.Singular(w) ?? w);
        }
        return sb.ToString();
    }
}
