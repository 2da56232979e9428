using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Entities;

// Acronyms: a bracketed acronym and its long form name one organization, and so do the acronym's later uses.
public sealed partial class EntityRecognizer
{
    // "la Banque africaine de développement (BAD)": the bracketed acronym, and later uses of it, name the same organization
    private void LinkAcronyms(AnalyzedDocument doc, List<Candidate> candidates, List<Candidate> runs)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var f = doc.Folded;
        var aliases = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        // acronyms whose listed sense the article's own gloss overrides
        var glossed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
            if (c.Kind == EntityKind.Organization) ExtendToAcronym(text, tokens, f, c);
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
            if (aliases.TryAdd(acr.ToString(), c)) ReconcileGloss(text, tokens, candidates, c, c.End + 1, glossed);
        }
        // "l'agence APS (Algérie Presse Service)": the long form in brackets after the acronym glosses it the same way
        foreach (var c in candidates)
        {
            if (c.Kind != EntityKind.Organization || c.End - c.Start < 2 || c.Start < 2 || c.End >= tokens.Count) continue;
            if (f[c.Start - 1] != "(" || f[c.End] != ")") continue;
            var acr = tokens[c.Start - 2].SliceOf(text);
            if (acr.Length is < 2 or > 8 || !IsAllCaps(acr)) continue;
            var longForm = TextFolding.Fold(new TextSpan(tokens[c.Start].Start, tokens[c.End - 1].End).Of(text));
            if (!AbbreviationFits(TextFolding.Fold(acr.ToString()), longForm)) continue;
            c.GazetteerKey ??= TextFolding.Slug(new TextSpan(tokens[c.Start].Start, tokens[c.End - 1].End).Of(text));
            if (aliases.TryAdd(acr.ToString(), c)) ReconcileGloss(text, tokens, candidates, c, c.Start - 2, glossed);
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
            // "Fraude à la STIB … la Société des transports intercommunaux de Bruxelles (STIB)": the acronym however it was typed
            // before (a headline's determiner or verb typed it on its own) is the organization its bracket defines
            if (c.End - c.Start == 1 && c.Kind is EntityKind.Organization or EntityKind.Person
                && (c.Source != "gazetteer" || glossed.Contains(tokens[c.Start].TextOf(text)))
                && aliases.TryGetValue(tokens[c.Start].TextOf(text), out var full2) && full2 != c && IsAllCaps(tokens[c.Start].SliceOf(text)))
            {
                c.Kind = EntityKind.Organization;
                c.Subtype = full2.Subtype;
                c.GazetteerKey = full2.GazetteerKey;
                c.Country = full2.Country;
            }
        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// The article glosses a listed acronym: "la Société des transports intercommunaux de Bruxelles (STIB)" names the listed STIB,
    /// whose entry is only its acronym, so the long form takes the listed key; "APS (Algérie Presse Service)" names another
    /// body than the listed APS (a Senegalese agency), so the gloss wins and every "APS" of the article is the glossed body.
    /// </summary>
    private void ReconcileGloss(string text, List<Token> tokens, List<Candidate> candidates, Candidate longForm, int acronymToken, HashSet<string> glossed)
    {
        Candidate? listed = null;
        foreach (var a in candidates)
            if (a.Start == acronymToken && a.End == acronymToken + 1 && a.Source == "gazetteer" && a.Kind == EntityKind.Organization) listed = a;
        if (listed?.GazetteerKey is not string key || key == longForm.GazetteerKey || !_g.EntriesByKey.TryGetValue(key, out var entry)) return;
        var acronym = tokens[acronymToken].TextOf(text);
        var label = TextFolding.Fold(entry.Label);
        var longText = TextFolding.Fold(new TextSpan(tokens[longForm.Start].Start, tokens[longForm.End - 1].End).Of(text));
        if (longForm.Source != "gazetteer" && (label == TextFolding.Fold(acronym) || label == longText))
        {
            longForm.GazetteerKey = key;
            longForm.Subtype = entry.Subtype;
            longForm.Country ??= entry.CountryCode;
        }
        else if (AbbreviationFits(TextFolding.Fold(acronym), longText))
            glossed.Add(acronym);
    }


    /// <summary>
    /// "le Secrétariat d'État à l'économie (SECO)", "le Département de la culture, des infrastructures et des ressources humaines
    /// (DCIRH)": an organization's name runs on through a lower-case complement (words, elisions, commas; no verb) to the
    /// bracketed acronym that abbreviates the whole, checked as Schwartz and Hearst do (2003): the acronym's letters found
    /// right to left in the long form, its first letter opening the name.
    /// </summary>
    private void ExtendToAcronym(string text, List<Token> tokens, IReadOnlyList<string> f, Candidate c)
    {
        int n = tokens.Count;
        int k = c.End;
        while (k < n && k - c.End < 14 && f[k] != "(")
        {
            var t = tokens[k];
            // (folded "à" is the verb "a": the written form decides)
            bool lowerWord = t.Kind is TokenKind.Word or TokenKind.Elision && char.IsLower(text[t.Start])
                && (!_w.VerbLike.Contains(f[k]) || t.SliceOf(text) is "à");
            if (!lowerWord && f[k] != ",") return;
            k++;
        }
        if (k == c.End || k + 2 >= n || f[k] != "(" || f[k + 2] != ")" || f[k - 1] == ",") return;
        var acronym = tokens[k + 1].SliceOf(text);
        if (acronym.Length is < 2 or > 8 || !IsAllCaps(acronym)) return;
        var longForm = TextFolding.Fold(new TextSpan(tokens[c.Start].Start, tokens[k - 1].End).Of(text));
        if (AbbreviationFits(TextFolding.Fold(acronym.ToString()), longForm)) c.End = k;
    }

    internal static bool AbbreviationFits(string acronym, string longForm)
    {
        if (acronym.Length == 0 || longForm.Length == 0 || acronym[0] != longForm[0]) return false;
        int s = longForm.Length - 1;
        for (int a = acronym.Length - 1; a >= 0; a--)
        {
            char ch = acronym[a];
            if (!char.IsLetterOrDigit(ch)) continue;
            while (s >= 0 && longForm[s] != ch) s--;
            if (s < 0) return false;
            s--;
        }
        return true;
    }

    /// <summary>
    /// "le CHU de Bordeaux … Au CHU, …": an acronym that names a kind of body (kind-acronym rows), alone, stands for the one
    /// body of that kind the document names with its town, and takes its key; with none or several it names no one body and
    /// is dropped (an IRI "CHU" would join every hospital of the corpus).
    /// </summary>
    private void KindAcronymAnaphors(AnalyzedDocument doc, List<Candidate> candidates)
    {
        var f = doc.Folded;
        var full = new Dictionary<string, Candidate?>(StringComparer.Ordinal);
        foreach (var c in candidates)
            if (c.Kind == EntityKind.Organization && c.End - c.Start >= 2 && _w.KindAcronyms.Contains(f[c.Start]))
                // (null marks a kind already ambiguous: a third body named later must not make it unambiguous again)
                full[f[c.Start]] = !full.TryGetValue(f[c.Start], out var seen) ? c : seen is not null && RunKey(f, seen) == RunKey(f, c) ? c : null;
        // (an acronym the document spells out in brackets, "l'agence régionale de santé (ARS)", names that body)
        var glossed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
            if (c.End - c.Start == 1 && c.Source is "bracket-acronym" or "acronym-alias") glossed.Add(f[c.Start]);
        candidates.RemoveAll(c => IsBare(c) && NamedBody(c) is null);
        foreach (var c in candidates)
            if (IsBare(c) && NamedBody(c) is { } named)
                c.GazetteerKey = named.GazetteerKey ?? TextFolding.Slug(doc.Text[doc.Tokens[named.Start].Start..doc.Tokens[named.End - 1].End]);

        bool IsBare(Candidate c) => c.Kind == EntityKind.Organization && c.End - c.Start == 1 && c.Source != "gazetteer" && c.GazetteerKey is null
            && _w.KindAcronyms.Contains(f[c.Start]) && !glossed.Contains(f[c.Start]);
        Candidate? NamedBody(Candidate c) => full.TryGetValue(f[c.Start], out var named) ? named : null;
    }
}
