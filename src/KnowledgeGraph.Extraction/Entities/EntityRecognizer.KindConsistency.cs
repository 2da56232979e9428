using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Entities;

// Rules that keep a name's kind consistent with the rest of the document and with what a person's name can be: a name that
// strong evidence types as a body stays one where only the default guess said person; a name with a digit is no person's; the
// name between a role's noun and its holder is the role's body.
public sealed partial class EntityRecognizer
{
    // Person sources that rest on the shape of the text alone (a capitalised run, its place before a verb), not on a title, a
    // role or a first name: a strong organization reading of the same name in the document outweighs them
    private static readonly HashSet<string> WeakPersonSources = new(StringComparer.Ordinal) { "cap-seq", "subject", "speech-verb" };

    // Organization sources that rest on a word of the text saying "body" (an introducing noun, a head word, a listed name)
    private static readonly HashSet<string> StrongOrganizationSources = new(StringComparer.Ordinal)
        { "gazetteer", "gazetteer-branch", "gazetteer-national", "org-intro", "org-head", "org-tail", "founded", "bracket-acronym" };

    /// <summary>
    /// "la start-up de télémédecine Nuvola Santé … Nuvola Santé a perçu 18 millions": a name of several words that an introducing
    /// noun or a head word makes an organization somewhere in the document is that organization wherever only the shape of the
    /// text (a capitalised run, a subject position, a speech verb) made it a person. One name keeps one kind in one article.
    /// </summary>
    private static void OneKindPerName(IReadOnlyList<string> f, List<Candidate> candidates)
    {
        Dictionary<string, Candidate>? bodies = null;
        foreach (var c in candidates)
            if (c.Kind == EntityKind.Organization && c.End - c.Start >= 2 && StrongOrganizationSources.Contains(c.Source))
                (bodies ??= new(StringComparer.Ordinal)).TryAdd(RunKey(f, c), c);
        if (bodies is null) return;
        foreach (var c in candidates)
        {
            if (c.Kind != EntityKind.Person || !WeakPersonSources.Contains(c.Source) || !bodies.TryGetValue(RunKey(f, c), out var body)) continue;
            c.Kind = EntityKind.Organization;
            c.Subtype = body.Subtype;
            c.Country = body.Country;
            c.GazetteerKey = body.GazetteerKey;
            c.Source = "same-name-organization";
        }
    }

    /// <summary>
    /// "joint au téléphone par Burkina24", "selon France24": a person's name has no digit; a capitalised word with one that the
    /// context made a person (a speech verb, an agent) is a body's name, an outlet's or a company's.
    /// </summary>
    private static void NoDigitInPersonNames(string text, List<Token> tokens, List<Candidate> candidates)
    {
        foreach (var c in candidates)
        {
            if (c.Kind != EntityKind.Person || !WeakPersonSources.Contains(c.Source)) continue;
            bool digit = false;
            for (int k = c.Start; k < c.End && !digit; k++)
                foreach (var ch in tokens[k].SliceOf(text))
                    if (char.IsDigit(ch)) { digit = true; break; }
            if (!digit) continue;
            c.Kind = EntityKind.Organization;
            c.Subtype = EntitySubtype.None;
            c.Source = "digit-name";
        }
    }

    /// <summary>
    /// A run that a role before it made a person (source "role-before"), re-read:
    /// "le président de l'association des locataires Villeneuve Debout, Bakary Sissoko", "la directrice de l'usine Kerlan, Anne
    /// Morel": a name that no first name opens, glued after the noun that ends the role's complement (no role word, no
    /// preposition), and followed by a comma and a name that a first name opens, is the body the role belongs to; its holder is
    /// the name after the comma. "l'ancien directeur de Bpifrance Innovation, Patrick X": glued after a body's name it continues
    /// that name, and is no person. "L'imam, Namurois d'adoption, a dit": one word the lexicon knows only as a common word,
    /// apposed after a comma, describes the person, it does not name one.
    /// </summary>
    private void RecheckRoleHolder(AnalyzedDocument doc, Candidate r, HashSet<string> personSurnames, List<Candidate> candidates)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var f = doc.Folded;
        int prev = r.Start - 1;
        if (r.Source != "role-before" || prev < 0 || _g.IsFirstName(f[r.Start])) return;
        if (f[prev] == "," && r.End - r.Start == 1 && IsCommonOnly(Morph(doc, r.Start)) && !personSurnames.Contains(f[r.Start]))
        {
            r.Kind = null;
            return;
        }
        if (r.End + 1 >= tokens.Count || f[r.End] != "," || !IsCapitalizedWord(text, tokens[r.End + 1]) || !_g.IsFirstName(f[r.End + 1])
            || tokens[r.Start].Start - tokens[prev].End != 1)
            return;
        if (tokens[prev].Kind == TokenKind.Word && char.IsLower(text[tokens[prev].Start]) && !_g.RoleWords.Contains(f[prev])
            && f[prev] is not ("de" or "du" or "des" or "la" or "le" or "les" or "a" or "au" or "aux" or "en") && !_g.Nationalities.ContainsKey(f[prev]))
        {
            r.Kind = EntityKind.Organization;
            r.Subtype = EntitySubtype.None;
            r.Source = "role-body";
        }
        else if (IsCapitalizedWord(text, tokens[prev]) && candidates.Any(c => c.Kind == EntityKind.Organization && c.End == r.Start))
            r.Kind = null;
    }
}
