using System.Text;
using KnowledgeGraph.Extraction.Language;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Entities;

/// <summary>
/// Finds role phrases: [determiner] [ancien|nouveau…] ROLE [nationality adjective | qualifier]*
/// [(de|du|des|d'|pour|à|aux) complement]*, where a complement is an organization or place name, a nested role
/// phrase ("du président russe"), a person ("de Marta Lindqvist", which ends the phrase), a capitalised
/// portfolio ("des Affaires étrangères") or a few lower-case words ("pour la politique étrangère russe").
/// </summary>
public sealed class RolePhraseParser
{
    private readonly GazetteerSet _g;

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "le", "la", "l'", "les", "son", "sa", "ses", "leur", "leurs", "un", "une", "des", "du", "au", "aux", "cet", "cette", "ce", "notre", "votre",
    };
    private static readonly HashSet<string> PluralDeterminers = new(StringComparer.Ordinal) { "les", "ses", "leurs", "des", "aux" };
    private static readonly HashSet<string> PreQualifiers = new(StringComparer.Ordinal)
    {
        "ancien", "ancienne", "ex", "nouveau", "nouvel", "nouvelle", "futur", "future", "actuel", "actuelle", "puissant", "puissante", "influent", "influente", "vice",
    };
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        "special", "speciale", "diplomatique", "adjoint", "adjointe", "delegue", "deleguee", "principal", "principale", "executif", "executive",
        "interimaire", "sortant", "sortante", "elu", "elue", "permanent", "permanente", "charge", "chargee", "personnel", "personnelle", "militaire",
        "presidentiel", "presidentielle", "officiel", "officielle", "general", "generale", "en", "chef", "d'etat-major", "haut", "haute",
        // "son représentant local"
        "local", "locale",
        // "le représentant légal de la Communauté islamique"
        "legal", "legale",
        // plural titles: "les ministres chargés de l'Espace", "les envoyés spéciaux", "les secrétaires généraux adjoints"
        "speciaux", "speciales", "adjoints", "adjointes", "delegues", "deleguees", "principaux", "principales", "executifs", "executives",
        "interimaires", "sortants", "sortantes", "elus", "elues", "permanents", "permanentes", "charges", "chargees", "generaux", "generales",
    };
    // the level of government qualifies like a nationality, outside the role: "ministre fédérale de la Protection civile"
    private static readonly HashSet<string> LevelAdjectives = new(StringComparer.Ordinal)
    {
        "federal", "federale", "provincial", "provinciale", "regional", "regionale", "municipal", "municipale", "departemental", "departementale",
    };

    // adjectives of regions and towns by their French endings ("albertain", "bavarois", "québécois", "lyonnais"), folded
    private static bool IsRegionalAdjective(string w) =>
        w.Length > 5 && (w.EndsWith("ain", StringComparison.Ordinal) || w.EndsWith("aine", StringComparison.Ordinal) || w.EndsWith("ois", StringComparison.Ordinal)
            || w.EndsWith("oise", StringComparison.Ordinal) || w.EndsWith("ais", StringComparison.Ordinal) || w.EndsWith("aise", StringComparison.Ordinal)
            || w.EndsWith("ien", StringComparison.Ordinal) || w.EndsWith("ienne", StringComparison.Ordinal));
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "de", "du", "des", "d'", "pour", "aux", "a", "au", "chez" };
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "la", "l'", "le", "les" };
    // role words too generic to stand alone without a complement or a following name
    private static readonly HashSet<string> WeakRoles = new(StringComparer.Ordinal) { "general", "responsable", "juge", "chef", "patron", "leader", "representant", "commandant", "secretaire", "directeur", "prince", "roi", "pape" };

    public RolePhraseParser(GazetteerSet gazetteers) => _g = gazetteers;

    /// <summary>
    /// "Pape Moussa Diop", "Prince Kofi Mensah": a capitalised word at <paramref name="j"/> that is also a first name, with no
    /// determiner before it and a capitalised word after it, opens a person's name even when it is a role word.
    /// </summary>
    internal static bool OpensName(AnalyzedDocument doc, GazetteerSet g, int j)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var f = doc.Folded;
        return char.IsUpper(text[tokens[j].Start]) && g.IsFirstName(f[j]) && j + 1 < tokens.Count
            && tokens[j + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[j + 1].Start])
            && !(j > 0 && tokens[j - 1].Kind == TokenKind.Word && char.IsLower(text[tokens[j - 1].Start]) && Determiners.Contains(f[j - 1]));
    }

    /// <summary>
    /// All role phrases of the document, in text order (a nested phrase comes before the phrase that contains
    /// it). <paramref name="atoms"/> are name candidates (token ranges) that a complement may contain.
    /// </summary>
    public List<RolePhrase> FindAll(AnalyzedDocument doc, IReadOnlyList<(int Start, int End)> atoms, bool[] used)
    {
        var result = new List<RolePhrase>();
        var atomAt = new Dictionary<int, int>();
        foreach (var a in atoms) atomAt.TryAdd(a.Start, a.End);
        for (int i = 0; i < doc.Tokens.Count; i++)
        {
            var rp = TryParse(doc, i, atomAt, used, result, 0);
            if (rp is not null) i = rp.EndToken - 1;
        }
        return result;
    }

    private RolePhrase? TryParse(AnalyzedDocument doc, int i, Dictionary<int, int> atomAt, bool[] used, List<RolePhrase> result, int depth, string? impliedDeterminer = null)
    {
        var f = doc.Folded;
        var tokens = doc.Tokens;
        var text = doc.Text;
        int n = tokens.Count;
        string? det = impliedDeterminer;
        int j = i;
        if (Determiners.Contains(f[j]))
        {
            det = f[j];
            j++;
        }
        while (j < n && PreQualifiers.Contains(f[j])) j++;
        if (j >= n || used[j] || tokens[j].Kind != TokenKind.Word) return null;
        int headLen = _g.Roles.LongestMatch(f, j, out var roles);
        if (headLen == 0) return null;
        if (det is null && headLen == 1 && OpensName(doc, _g, j)) return null;
        // "le classement général de la Coupe du monde", "l'intérêt général": without a determiner of its own, "général" after a
        // lower-case noun is that noun's adjective, not the military title
        if (det is null && roles[0].Key == "general" && j == i && i > 0 && tokens[i - 1].Kind == TokenKind.Word && char.IsLower(text[tokens[i - 1].Start])
            && !Prepositions.Contains(f[i - 1]) && !Determiners.Contains(f[i - 1])) return null;
        // a capitalised role word in mid-sentence followed by a capitalised word is part of a name ("Président Wilson" is fine, "Chef Menteur" rare)
        var role = roles[0];
        int headStart = j;
        int k = j + headLen;
        string? country = role.CountryCode;
        var adjectiveTokens = new List<int>();
        int? nested = null;
        bool personComplement = false;
        int complements = 0;
        while (k < n)
        {
            if (HasLineBreak(text, tokens[k - 1].End, tokens[k].Start)) break;
            var w = f[k];
            if (_g.Nationalities.TryGetValue(w, out var code) && char.IsLower(text[tokens[k].Start]))
            {
                country ??= code;
                adjectiveTokens.Add(k);
                k++;
                continue;
            }
            // "commissaire européenne", "envoyé onusien": an adjective of a supranational body qualifies like a nationality (no country)
            if ((w is "europeen" or "europeenne" or "europeens" or "europeennes" or "onusien" or "onusienne" || LevelAdjectives.Contains(w)
                    // "ministre albertain des Forêts", "ministre bavarois de l'Agriculture": a regional adjective before the portfolio
                    // ("le ministre-président wallon, X": an inhabitant adjective of the lexicon with another ending)
                    || k == j + headLen && (IsRegionalAdjective(w) || IsLexiconDemonym(doc, k)) && k + 1 < n && (f[k + 1] is "de" or "du" or "des" or "d'" or ","
                        // "l'entraîneuse lyonnaise, X", "l'entraîneur lyonnais Pierre X": the club's town, then the holder
                        || tokens[k + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[k + 1].Start])))
                && char.IsLower(text[tokens[k].Start]))
            {
                adjectiveTokens.Add(k);
                k++;
                continue;
            }
            // "le député socialiste Karim X", "la sénatrice écologiste Anne Y": an adjective the lexicon knows, right before the name
            // ("l'eurodéputée écologiste allemande Katharina X", "le sénateur centriste breton Paul Y": or before one or two more)
            if (k + 1 < n && char.IsLower(text[tokens[k].Start]) && NameAfterAdjectives(doc, k + 1)
                && !Qualifiers.Contains(w) && IsLexiconAdjective(doc, k))
            {
                k++;
                continue;
            }
            // "le sénateur LR Jean Dupuis", "la députée RN des Alpes-Maritimes Sandrine X": a listed body (the holder's party),
            // and the constituency after it, between the title and the holder's name belong to the title
            if (complements == 0 && PartyBeforeName(doc, k) is int afterParty)
            {
                complements++;
                k = afterParty;
                break;
            }
            if (Qualifiers.Contains(w) && char.IsLower(text[tokens[k].Start]) && !(w == "en" && !(k + 1 < n && f[k + 1] == "chef")))
            {
                k++;
                continue;
            }
            // "ministre des Sports, de la Jeunesse et de la Vie associative": coordinated capitalised complements continue the title
            if (w is "et" or "," && complements > 0 && !personComplement && k + 2 < n && f[k + 1] is "de" or "du" or "des" or "d'" && CapitalisedAfterArticles(doc, k + 2))
            {
                k++;
                continue;
            }
            if (!Prepositions.Contains(w) || personComplement) break;
            // a nested role ends at its nationality adjective: "du président russe pour les Affaires étrangères" qualifies the outer role
            if (depth > 0 && adjectiveTokens.Count > 0) break;
            // complement
            int c = k + 1;
            while (c < n && Articles.Contains(f[c])) c++;
            if (c >= n) break;
            // "à" only introduces a capitalised portfolio: "secrétaire américain à la Défense"
            // … or an organization: "chercheur à l'université Tsinghua"
            if (w == "a" && !(c > k + 1 && atomAt.TryGetValue(c, out int pe) && pe == c + 1 && char.IsUpper(text[tokens[c].Start]) && !used[c])
                && !(_g.OrgIntros.LongestMatch(f, c, out _) > 0 && atomAt.ContainsKey(c))) break;
            if (atomAt.TryGetValue(c, out int atomEnd) && (used[c] || char.IsUpper(text[tokens[c].Start])))
            {
                bool isKnown = used[c];
                // a capitalised portfolio: "des Affaires étrangères", "de la Défense"
                bool portfolio = !isKnown && atomEnd - c == 1 && !_g.IsFirstName(f[c]) && w == "a" || !isKnown && atomEnd - c == 1 && !_g.IsFirstName(f[c])
                    && atomEnd < n && tokens[atomEnd].Kind == TokenKind.Word && char.IsLower(text[tokens[atomEnd].Start]) && IsContentWord(f[atomEnd])
                    // "de la Communication et des Médias": a capitalised word coordinated with another complement
                    || !isKnown && atomEnd - c == 1 && !_g.IsFirstName(f[c]) && atomEnd + 2 < n && f[atomEnd] is "et" or ","
                       && f[atomEnd + 1] is "de" or "du" or "des" or "d'" && CapitalisedAfterArticles(doc, atomEnd + 2);
                // "de la Cohésion des territoires", "de la Transition écologique": a word the lexicon knows only as a common noun,
                // capitalised as a portfolio, keeps its own complement
                bool commonNoun = !isKnown && atomEnd - c == 1 && !_g.IsFirstName(f[c]) && EntityRecognizer.IsCommonOnly(EntityRecognizer.Morph(doc, c));
                if (portfolio || commonNoun || (!isKnown && atomEnd - c == 1 && atomEnd < n && f[atomEnd] is "," or "." or ")" or ";" && f[k] is "des" && !_g.IsFirstName(f[c])))
                {
                    complements++;
                    k = atomEnd;
                    if (commonNoun && k + 1 < n && f[k] is "de" or "du" or "des" or "d'")
                    {
                        int d = k + 1;
                        while (d < n && Articles.Contains(f[d]) && char.IsLower(text[tokens[d].Start])) d++;
                        int taken = 0;
                        while (d < n && taken < 2 && tokens[d].Kind == TokenKind.Word && char.IsLower(text[tokens[d].Start]) && IsContentWord(f[d]) && !used[d]) { d++; taken++; }
                        if (taken > 0) k = d;
                    }
                    int lower = 0;
                    while (k < n && lower < 2 && tokens[k].Kind == TokenKind.Word && char.IsLower(text[tokens[k].Start]) && IsContentWord(f[k]))
                    {
                        if (_g.Nationalities.TryGetValue(f[k], out var cc2)) { country ??= cc2; adjectiveTokens.Add(k); }
                        k++;
                        lower++;
                    }
                    continue;
                }
                // "directeur général du CHU de Nantes": an acronym is a body's name, never a person served
                var atomWord = tokens[c].SliceOf(text);
                bool acronym = atomEnd - c == 1 && atomWord.Length >= 2 && !atomWord.ContainsAnyExceptInRange('A', 'Z');
                if (isKnown || acronym)
                {
                    complements++;
                    k = atomEnd;
                    continue;
                }
                // a person served: "conseiller de Lindqvist", "envoyé de Marta Lindqvist"
                k = atomEnd;
                personComplement = true;
                continue;
            }
            if (depth == 0)
            {
                int nestedStart = k + 1;
                var inner = TryParse(doc, nestedStart, atomAt, used, result, depth + 1, f[k] is "du" or "au" or "des" or "aux" ? f[k] : null);
                if (inner is not null)
                {
                    nested = result.Count - 1;
                    country ??= inner.CountryCode;
                    k = inner.EndToken;
                    break;
                }
            }
            // lower-case complement: "pour la politique étrangère russe", "d'investissement direct"
            int e = c;
            int words = 0;
            // (a verb ends it: "le président du club d'accord pour agrandir X")
            while (e < n && words < 3 && tokens[e].Kind == TokenKind.Word && char.IsLower(text[tokens[e].Start]) && IsContentWord(f[e]) && !used[e]
                   && !MorphQueries.IsVerbNotParticiple(MorphQueries.Morph(doc, e)))
            {
                if (_g.Nationalities.TryGetValue(f[e], out var cc3)) { country ??= cc3; adjectiveTokens.Add(e); }
                e++;
                words++;
            }
            if (words == 0) break;
            // "directeur général de l'entreprise Brixholm", "porte-parole du syndicat Solidaires": an introducing noun and its name
            int introLen = _g.OrgIntros.LongestMatch(f, c, out _);
            if (introLen > 0 && c + introLen <= e && e < n)
            {
                // the name with its noun ("l'université Tsinghua"), or the name after it ("l'entreprise Brixholm")
                if (atomAt.TryGetValue(c, out int whole) && whole > e) { k = whole; continue; }
                if (atomAt.TryGetValue(e, out int namedEnd) && char.IsUpper(text[tokens[e].Start]) && !_g.IsFirstName(f[e])) { k = namedEnd; continue; }
            }
            k = e;
        }
        // … unless a determiner and an apposed name pin it down: "sa directrice, X"
        if (WeakRoles.Contains(role.Key) && k == headStart + headLen && !(k < n && tokens[k].Kind == TokenKind.Word && char.IsUpper(text[tokens[k].Start]))
            && !(det is not null && k + 1 < n && f[k] == "," && tokens[k + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[k + 1].Start]))
            // "Son commandant, le général italien X": or an apposed title
            && !(det is not null && k + 2 < n && f[k] == "," && f[k + 1] is "le" or "la" or "l'" && _g.Roles.LongestMatch(f, k + 2, out _) > 0))
            return null;

        var span = new TextSpan(tokens[headStart].Start, tokens[k - 1].End);
        var label = span.Of(text);
        var roleLabel = WithoutTokens(text, tokens, headStart, k, adjectiveTokens);
        var headText = new TextSpan(tokens[headStart].Start, tokens[headStart + headLen - 1].End).Of(text);
        var rest = roleLabel.Length > headText.Length && roleLabel.StartsWith(headText, StringComparison.Ordinal) ? roleLabel[headText.Length..].Trim() : "";
        var roleKey = rest.Length > 0 ? role.Key + "-" + TextFolding.Slug(rest) : role.Key;
        var rp = new RolePhrase(span, i, headStart, k, role, label, roleLabel, roleKey, country, det,
            det is not null && PluralDeterminers.Contains(det), Array.Empty<int>(), nested);
        result.Add(rp);
        return rp;
    }

    // a capitalised word at <paramref name="k"/>, or after one or two lower-case nationality or lexicon adjectives ("allemande Katharina")
    private bool NameAfterAdjectives(AnalyzedDocument doc, int k)
    {
        var tokens = doc.Tokens;
        for (int m = k; m < tokens.Count && m <= k + 2; m++)
        {
            if (tokens[m].Kind != TokenKind.Word) return false;
            if (char.IsUpper(doc.Text[tokens[m].Start])) return true;
            if (m == k + 2 || Qualifiers.Contains(doc.Folded[m]) || !(_g.Nationalities.ContainsKey(doc.Folded[m]) || IsLexiconAdjective(doc, m))) return false;
        }
        return false;
    }

    // an adjective reading and no finite verb reading ("socialiste", "écologiste"; not "annonce")
    private static bool IsLexiconDemonym(AnalyzedDocument doc, int k) => EntityRecognizer.Morph(doc, k).Has(Language.LexicalFlags.Demonym);

    private static bool IsLexiconAdjective(AnalyzedDocument doc, int k) => EntityRecognizer.IsLexiconAdjective(EntityRecognizer.Morph(doc, k));

    private bool IsContentWord(string w) =>
        !_g.NotNames.Contains(w) && !_g.PersonCueVerbs.Contains(w) && !Prepositions.Contains(w) && w is not ("a" or "est" or "sont" or "ont" or "et" or "ou" or "qui" or "que" or "se" or "s'" or "n'" or "ne" or "y" or "a-t-il" or "a-t-elle" or "avait" or "etait")
        && !w.EndsWith("ait", StringComparison.Ordinal) && !w.EndsWith("aient", StringComparison.Ordinal);

    private static string WithoutTokens(string text, List<Token> tokens, int from, int to, List<int> skip)
    {
        var sb = new StringBuilder();
        for (int k = from; k < to; k++)
        {
            if (skip.Contains(k)) continue;
            if (sb.Length > 0 && k > from && tokens[k].Start > tokens[k - 1].End) sb.Append(' ');
            else if (sb.Length > 0 && skip.Contains(k - 1)) sb.Append(' ');
            sb.Append(text, tokens[k].Start, tokens[k].Length);
        }
        return sb.ToString();
    }

    // a capitalised word after optional articles: "la Jeunesse", "l'Économie", "Médias"
    private static bool CapitalisedAfterArticles(AnalyzedDocument doc, int c)
    {
        while (c < doc.Tokens.Count && Articles.Contains(doc.Folded[c]) && char.IsLower(doc.Text[doc.Tokens[c].Start])) c++;
        return c < doc.Tokens.Count && doc.Tokens[c].Kind == TokenKind.Word && char.IsUpper(doc.Text[doc.Tokens[c].Start]);
    }

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (int i = from; i < to; i++) if (text[i] == '\n') return true;
        return false;
    }

    /// <summary>The token after a listed organization at <paramref name="k"/> (and a "de/des + listed place" after it) when a
    /// capitalised word, the holder's name, follows; else null.</summary>
    private int? PartyBeforeName(AnalyzedDocument doc, int k)
    {
        var f = doc.Folded;
        var tokens = doc.Tokens;
        int n = tokens.Count;
        if (k >= n || !char.IsUpper(doc.Text[tokens[k].Start])) return null;
        int len = _g.Names.LongestMatch(f, k, out var entries);
        if (len == 0 || entries[0].Kind != EntityKind.Organization) return null;
        int end = k + len;
        if (end + 1 < n && f[end] is "de" or "du" or "des" or "d'" && _g.Names.LongestMatch(f, end + 1, out var place) is var placeLen and > 0
            && place[0].Kind == EntityKind.Place)
            end += 1 + placeLen;
        return end < n && tokens[end].Kind == TokenKind.Word && char.IsUpper(doc.Text[tokens[end].Start]) && _g.IsFirstName(f[end]) ? end : null;
    }
}
