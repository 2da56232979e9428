using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Posts;

/// <summary>
/// Titles whose holder is named elsewhere than next to them:
/// <list type="bullet">
/// <item>after a capacity cue, the subject of the clause: "X, qui s'exprimait en tant que président de Y";</item>
/// <item>after a copula or an appointment participle, the person just named: "X, qui est le président du Tchad", "Y, élue maire";</item>
/// <item>a definite title opening a sentence stands for a person named in the previous sentence, the first one whose
/// gender agrees and whose other titles name no other country: "X a été reçue à Paris. La dirigeante nigériane a plaidé…";</item>
/// <item>"son homologue ivoirien": the other person holds the possessor's post in the country of the adjective.</item>
/// </list>
/// </summary>
internal sealed class TitleAnaphora
{
    private readonly GazetteerSet _g;
    private readonly PostWords _w;

    public TitleAnaphora(GazetteerSet g, PostWords w)
    {
        _g = g;
        _w = w;
    }

    /// <summary>Sets the holder of titles left without one, by capacity cue or by anaphora.</summary>
    public void ResolveHolders(AnalyzedDocument doc, int?[] holders, HashSet<int> nested)
    {
        var f = doc.Folded;
        var tokens = doc.Tokens;
        for (int r = 0; r < doc.RolePhrases.Count; r++)
        {
            var rp = doc.RolePhrases[r];
            if (holders[r] is not null || rp.IsPlural || nested.Contains(r) || rp.FirstToken >= tokens.Count) continue;
            int sentence = doc.SentenceIndexAt(tokens[rp.FirstToken].Start);
            if (sentence < 0) continue;
            if (rp.Determiner is null && _w.CapacityCueEndsAt(f, rp.FirstToken))
            {
                holders[r] = LastPersonBefore(doc, doc.Sentences[sentence].Start, tokens[rp.FirstToken].Start)
                    ?? (rp.EndToken < tokens.Count && f[rp.EndToken] == "," ? FirstPersonIn(doc, tokens[rp.EndToken].End, doc.Sentences[sentence].End) : null);
                continue;
            }
            // "X, qui est le président du Tchad", "Y, élue présidente de la région": the person just named in the sentence
            if (rp.FirstToken > 0 && _w.PredicateCues.Contains(f[rp.FirstToken - 1]) && (rp.Determiner is null || _w.AnaphorDeterminers.Contains(rp.Determiner)))
            {
                holders[r] = LastPersonBefore(doc, doc.Sentences[sentence].Start, tokens[rp.FirstToken].Start);
                continue;
            }
            if (rp.Determiner is null || !_w.AnaphorDeterminers.Contains(rp.Determiner) || sentence == 0 || FirstWordOf(doc, sentence) != rp.FirstToken) continue;
            // a title followed by a name is that name's ("Le président du Tchad, X, …"): handled by the apposition rules
            // only a title pinned down by a country or a complement stands for one person ("le président" alone may be anyone's)
            if (rp.CountryCode is null && rp.Role.CountryCode is null && rp.ComplementMentionIndexes.Count == 0) continue;
            // "Le président tchadien et l'émissaire X se sont parlé": a coordinated subject is another person
            if (rp.EndToken < tokens.Count && f[rp.EndToken] is "," or "et") continue;
            char? gender = _w.FeminineDeterminers.Contains(rp.Determiner) ? 'f' : rp.Determiner is "le" or "ce" or "cet" ? 'm' : null;
            foreach (var m in PersonsIn(doc, doc.Sentences[sentence - 1]))
            {
                if (gender is { } g && GenderOf(doc, m) is { } pg && pg != g) continue;
                if (rp.CountryCode is { } cc && HasTitleOfOtherCountry(doc, holders, m, cc) || !_w.GenericTitles.Contains(rp.RoleKey) && HasOtherTitle(doc, holders, m, rp.ResolutionKey)) continue;
                holders[r] = m;
                break;
            }
        }
    }

    /// <summary>
    /// "son homologue ivoirien[, X]": X (or the other person of the previous sentence) holds the possessor's post in that
    /// country; "ses homologues malien et burkinabè, A et B": each named one holds it in the country of the adjective of the
    /// same rank.
    /// </summary>
    public List<PostMention> Counterparts(AnalyzedDocument doc)
    {
        var result = new List<PostMention>();
        var f = doc.Folded;
        var tokens = doc.Tokens;
        int n = tokens.Count;
        for (int k = 1; k + 1 < n; k++)
        {
            if (!_w.Counterparts.Contains(f[k]) || !_w.Possessives.Contains(f[k - 1])) continue;
            int e = k + 1;
            var codes = new List<string>();
            while (e < n && _g.Nationalities.TryGetValue(f[e], out var code) && char.IsLower(doc.Text[tokens[e].Start]))
            {
                codes.Add(code);
                e++;
                // "malien et burkinabè", "malien, nigérien et burkinabè"
                if (e + 1 < n && f[e] is "et" or "," && _g.Nationalities.ContainsKey(f[e + 1]) && char.IsLower(doc.Text[tokens[e + 1].Start])) e++;
                else break;
            }
            // "son homologue toulousain, X": a town's or region's adjective (the lexicon's demonym) — X holds the possessor's
            // role for that town's body, country unknown
            int regional = -1;
            if (codes.Count == 0 && e < n && char.IsLower(doc.Text[tokens[e].Start]) && Language.MorphQueries.Morph(doc, e).Has(Language.LexicalFlags.Demonym))
                regional = e++;
            // "son homologue de la CSC, X": a counterpart in another organization holds the possessor's role there
            int? orgMention = null;
            if (codes.Count == 0 && regional < 0 && e + 1 < n && f[e] is "de" or "du" or "des" or "d'")
            {
                int a = e + 1;
                if (a + 1 < n && f[e] == "de" && f[a] is "la" or "l'") a++;
                if (OrganizationStartingAt(doc, tokens[a].Start) is { } om)
                {
                    orgMention = om;
                    e = doc.TokenIndexAtOrAfter(doc.Entities[om].Span.End);
                }
            }
            if (codes.Count == 0 && regional < 0 && orgMention is null) continue;
            int expected = regional >= 0 || orgMention is not null ? 1 : codes.Count;
            int sentence = doc.SentenceIndexAt(tokens[k].Start);
            if (sentence < 0) continue;
            // the counterparts: the names in apposition, else (title opening the sentence) the other person of the previous sentence
            var others = new List<int>();
            int? owner = null;
            int at = e < n && f[e] == "," ? e + 1 : e;
            while (others.Count < expected)
            {
                if (at < n && _w.Honorifics.Contains(f[at])) at++;
                if (at >= n || PersonStartingAt(doc, tokens[at].Start) is not { } named) break;
                others.Add(named);
                at = doc.TokenIndexAtOrAfter(doc.Entities[named].Span.End);
                // "leurs homologues allemands, X (Défense) et Y (Affaires étrangères)": each one's own portfolio (BracketedPortfolios)
                if (at < n && f[at] == "(") { others.Clear(); break; }
                if (at < n && f[at] is "," or "et") at++;
            }
            if (others.Count == 0 && at < n && f[at] == "(") continue;
            if (others.Count > 0)
            {
                if (others.Count != expected) continue;
                owner = LastPersonBefore(doc, doc.Sentences[sentence].Start, tokens[k - 1].Start) ?? UnnamedPossessor(doc, sentence, k - 1);
                if (owner is null && sentence > 0) owner = PersonsIn(doc, doc.Sentences[sentence - 1]).Cast<int?>().FirstOrDefault();
            }
            else if (regional < 0 && codes.Count == 1 && sentence > 0 && FirstWordOf(doc, sentence) == k - 1)
            {
                var before = PersonsIn(doc, doc.Sentences[sentence - 1]).ToList();
                if (before.Count < 2) continue;
                owner = before[0];
                if (before.Skip(1).Cast<int?>().FirstOrDefault(m => !SamePerson(doc, m!.Value, before[0])) is { } second) others.Add(second);
            }
            if (owner is not { } o || others.Count == 0) continue;
            // the possessor's post in this document
            var post = doc.Posts.Where(p => SamePerson(doc, p.HolderMentionIndex, o)).LastOrDefault();
            if (post is null) continue;
            if (orgMention is { } org)
            {
                int c = others[0];
                if (SamePerson(doc, o, c) || post.OrganizationMentionIndex is { } own && doc.Entities[own].Text == doc.Entities[org].Text) continue;
                var span = new TextSpan(Math.Min(tokens[k - 1].Start, doc.Entities[c].Span.Start), Math.Max(doc.Entities[org].Span.End, doc.Entities[c].Span.End));
                result.Add(new PostMention(span, post.RoleLabel, post.RoleKey, c, org, doc.Entities[org].GazetteerKey, post.RoleLabel)
                {
                    ResolutionKey = post.ResolutionKey,
                    MergeKey = post.MergeKey,
                });
                continue;
            }
            if (regional >= 0)
            {
                int c = others[0];
                if (SamePerson(doc, o, c)) continue;
                var span = new TextSpan(Math.Min(tokens[k - 1].Start, doc.Entities[c].Span.Start), Math.Max(tokens[regional].End, doc.Entities[c].Span.End));
                result.Add(new PostMention(span, post.RoleLabel, post.RoleKey, c, null, null, post.RoleLabel + " " + tokens[regional].TextOf(doc.Text))
                {
                    ResolutionKey = post.ResolutionKey,
                    MergeKey = post.MergeKey,
                });
                continue;
            }
            for (int x = 0; x < others.Count; x++)
            {
                int c = others[x];
                if (SamePerson(doc, o, c) || _g.Country(codes[x]) is not { } country || post.CountryKey == country.Key) continue;
                var span = new TextSpan(Math.Min(tokens[k - 1].Start, doc.Entities[c].Span.Start), Math.Max(tokens[e - 1].End, doc.Entities[c].Span.End));
                result.Add(new PostMention(span, post.RoleLabel, post.RoleKey, c, null, country.Key, post.RoleLabel)
                {
                    ResolutionKey = post.ResolutionKey,
                    MergeKey = post.MergeKey,
                    CountryKey = country.Key,
                });
            }
        }
        return result;
    }

    /// <summary>
    /// The possessor of "son homologue" when its sentence names nobody before it: "Le ministre s'est entretenu avec son homologue
    /// ghanéen, X" — the holder of the last post of that title stated before. Null otherwise: after a subject pronoun ("Elle a eu
    /// un entretien avec son homologue allemand, X") the last titled person named before was tried and added a wrong post on a
    /// check set as often as a right one on the analysis sets.
    /// </summary>
    private static int? UnnamedPossessor(AnalyzedDocument doc, int sentence, int possessive)
    {
        int sentenceStart = doc.Sentences[sentence].Start;
        foreach (var rp in doc.RolePhrases)
        {
            if (rp.Span.Start < sentenceStart || rp.FirstToken >= possessive) continue;
            if (rp.IsPlural || rp.Determiner is not ("le" or "la" or "l'")) continue;
            // the title's last statement before, with that title or a longer one ("le ministre" → "ministre de l'Agriculture")
            PostMention? last = null;
            foreach (var p in doc.Posts)
                if (p.Span.End <= rp.Span.Start && (p.RoleKey == rp.RoleKey || p.RoleKey.StartsWith(rp.RoleKey + "-", StringComparison.Ordinal))
                    && (last is null || p.Span.Start > last.Span.Start))
                    last = p;
            return last?.HolderMentionIndex;
        }
        return null;
    }

    private int FirstWordOf(AnalyzedDocument doc, int sentence)
    {
        int t = doc.TokenIndexAtOrAfter(doc.Sentences[sentence].Start);
        while (t < doc.Tokens.Count && doc.Tokens[t].Kind is TokenKind.Quote or TokenKind.Punctuation) t++;
        return t;
    }

    private static IEnumerable<int> PersonsIn(AnalyzedDocument doc, TextSpan sentence)
    {
        foreach (var i in doc.EntityIndexesWithin(sentence))
            if (doc.Entities[i].Kind == EntityKind.Person && doc.Entities[i].Form == MentionForm.Name) yield return i;
    }

    private static int? LastPersonBefore(AnalyzedDocument doc, int from, int to)
    {
        int? last = null;
        foreach (var i in PersonsIn(doc, new TextSpan(from, to))) last = i;
        return last;
    }

    private static int? FirstPersonIn(AnalyzedDocument doc, int from, int to)
    {
        foreach (var i in PersonsIn(doc, new TextSpan(from, to))) return i;
        return null;
    }

    private static int? PersonStartingAt(AnalyzedDocument doc, int offset) => NameStartingAt(doc, offset, EntityKind.Person);

    private static int? OrganizationStartingAt(AnalyzedDocument doc, int offset) => NameStartingAt(doc, offset, EntityKind.Organization);

    // the name mention of that kind that starts exactly at the offset
    private static int? NameStartingAt(AnalyzedDocument doc, int offset, EntityKind kind)
    {
        foreach (var i in doc.EntityIndexesWithin(new TextSpan(offset, doc.Text.Length)))
        {
            var e = doc.Entities[i];
            if (e.Span.Start != offset) return null;
            if (e.Kind == kind && e.Form == MentionForm.Name) return i;
        }
        return null;
    }

    // two mentions of one person in the document: same text or same last word
    private static bool SamePerson(AnalyzedDocument doc, int a, int b)
    {
        if (a == b) return true;
        var x = TextFolding.Fold(doc.Entities[a].Text).Split(' ');
        var y = TextFolding.Fold(doc.Entities[b].Text).Split(' ');
        return x[^1] == y[^1];
    }

    // the first name's usual gender, or the civility title before the name ("Mme X")
    private char? GenderOf(AnalyzedDocument doc, int mention)
    {
        var span = doc.Entities[mention].Span;
        int t = doc.TokenIndexAtOrAfter(span.Start);
        if (t > 0 && doc.Folded[t - 1] is "mme" or "mme." or "mlle") return 'f';
        if (t > 0 && doc.Folded[t - 1] is "m.") return 'm';
        var first = doc.Folded[t];
        return _g.GenderOfFirstName(first);
    }

    // a person already titled otherwise ("porte-parole") is not the one a different title ("le président") stands for
    private static bool HasOtherTitle(AnalyzedDocument doc, int?[] holders, int mention, string key)
    {
        // the holder's titles: its role phrases, then the posts a plural title gave ("les ministres des Pêches et de
        // l'Intérieur, X et Y"); one of the same key (or a prefix of it) means no other title
        var titles = Enumerable.Range(0, holders.Length)
            .Where(r => holders[r] is { } h && SamePerson(doc, h, mention)).Select(r => doc.RolePhrases[r].ResolutionKey)
            .Concat(doc.Posts.Where(p => SamePerson(doc, p.HolderMentionIndex, mention)).Select(p => p.ResolutionKey));
        bool any = false;
        foreach (var other in titles)
        {
            if (other.StartsWith(key, StringComparison.Ordinal) || key.StartsWith(other, StringComparison.Ordinal)) return false;
            any = true;
        }
        return any;
    }

    // a title of another country, by a role phrase or by a post already found (a plural title's "X (Irlande)")
    private bool HasTitleOfOtherCountry(AnalyzedDocument doc, int?[] holders, int mention, string code)
    {
        for (int r = 0; r < holders.Length; r++)
            if (holders[r] is { } h && SamePerson(doc, h, mention) && doc.RolePhrases[r].CountryCode is { } other && other != code) return true;
        var key = _g.Country(code)?.Key;
        foreach (var p in doc.Posts)
            if (p.CountryKey is { } postCountry && postCountry != key && SamePerson(doc, p.HolderMentionIndex, mention)) return true;
        return false;
    }
}
