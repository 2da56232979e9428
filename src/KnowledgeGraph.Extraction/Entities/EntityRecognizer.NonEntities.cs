using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Entities;

// Capitalised words that name no entity: competitions, an event's editions, relations between two countries, the acronyms of
// policies and meetings.
public sealed partial class EntityRecognizer
{
    /// <summary>
    /// "la Coupe de France", "la Ligue des champions", "les Jeux olympiques de Paris": a competition's name (event-name rows of
    /// entity-words-fr.tsv, run on through de/du/des + capitalised words that are no known place) names neither a body nor a
    /// place, so its tokens are taken before the gazetteer and the organization rules see them.
    /// </summary>
    private void TakeEventNames(string text, List<Token> tokens, IReadOnlyList<string> f, bool[] used)
    {
        int n = tokens.Count;
        for (int i = 0; i < n; i++)
        {
            if (used[i]) continue;
            // "la DRC Mining Week", "l'Africa Energy Summit": a capitalised run that ends with an event word names an event
            // (a run is read from its first word only, and at most 8 words: no rescan of long capitalised lines)
            if (IsCapitalizedWord(text, tokens[i]) && (i == 0 || !IsCapitalizedWord(text, tokens[i - 1])))
            {
                int run = i + 1;
                while (run < n && run - i < 8 && IsCapitalizedWord(text, tokens[run]) && !used[run] && tokens[run].Start - tokens[run - 1].End == 1) run++;
                if (run - i >= 2 && _w.EventTails.Contains(f[run - 1]))
                {
                    for (int k = i; k < run; k++) used[k] = true;
                    i = run - 1;
                    continue;
                }
            }
            if (!IsCapitalizedWord(text, tokens[i])) continue;
            int len = _w.EventNameLength(f, i);
            if (len == 0) continue;
            int end = i + len;
            // (a known place after "de" stays the place: "les Jeux olympiques de Los Angeles")
            while (end + 1 < n && f[end] is "de" or "du" or "des" or "d'" && IsCapitalizedWord(text, tokens[end + 1]) && tokens[end + 1].Start - tokens[end].End <= 1
                   && !(_g.Names.LongestMatch(f, end + 1, out var known) > 0 && known[0].Kind == EntityKind.Place))
            {
                end += 2;
                while (end < n && IsCapitalizedWord(text, tokens[end]) && tokens[end].Start - tokens[end - 1].End == 1) end++;
            }
            for (int k = i; k < end; k++) used[k] = true;
            i = end - 1;
        }
    }

    /// <summary>
    /// "le TGV Strasbourg-Bruxelles", "les IC Bruxelles-Amsterdam", "le Tram T1", "le RER B": a capitalised service word
    /// (service-line rows of entity-words-fr.tsv) glued to a capitalised word, a code or a number names a train, tram or bus
    /// line, neither a body nor a place: its tokens are taken before the gazetteer and the organization rules see them. The
    /// word alone is left to them ("ICE" is also a US agency; "la SNCF" is no service word).
    /// </summary>
    private void TakeServiceLines(string text, List<Token> tokens, IReadOnlyList<string> f, bool[] used)
    {
        int n = tokens.Count;
        for (int i = 0; i + 1 < n; i++)
        {
            if (used[i] || !_w.ServiceLines.Contains(f[i]) || !char.IsUpper(text[tokens[i].Start]) || tokens[i + 1].Start - tokens[i].End != 1
                || HasLineBreak(text, tokens[i].End, tokens[i + 1].Start)) continue;
            var next = tokens[i + 1];
            if (next.Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation) || !char.IsLetterOrDigit(text[next.Start])
                || char.IsLetter(text[next.Start]) && !char.IsUpper(text[next.Start])) continue;
            // the line's name: the capitalised words or codes glued after the service word ("Strasbourg-Bruxelles", "T1", "B")
            int end = i + 1;
            while (end < n && !used[end] && tokens[end].Start - tokens[end - 1].End <= 1 && !HasLineBreak(text, tokens[end - 1].End, tokens[end].Start)
                && tokens[end].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Abbreviation
                && (char.IsDigit(text[tokens[end].Start]) || char.IsUpper(text[tokens[end].Start])) && end - i <= 3) end++;
            for (int k = i; k < end; k++) used[k] = true;
            i = end - 1;
        }
    }

    /// <summary>
    /// "Thann Santé Hôpital ARS Grand Est", "#Mauritanie #Pêche #Greenpeace": a line of four or more capitalised words (hashtags,
    /// bullets) with no lower-case word and no article or preposition is a page's tag list or breadcrumb, whose words stand
    /// each alone: two neighbours there make no name ("Hôpital ARS", "Vierzon Municipales"). True for the tokens of such lines.
    /// </summary>
    private bool[] TagLineTokens(string text, List<Token> tokens, IReadOnlyList<string> f)
    {
        int n = tokens.Count;
        var tag = new bool[n];
        int start = 0;
        for (int i = 1; i <= n; i++)
        {
            if (i < n && !HasLineBreak(text, tokens[i - 1].End, tokens[i].Start)) continue;
            int words = 0;
            bool isTag = true;
            for (int k = start; k < i && isTag; k++)
            {
                var t = tokens[k];
                if (t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]) && !_w.TagLineBreakers.Contains(f[k])) words++;
                else if (t.Kind is not (TokenKind.Symbol or TokenKind.Punctuation) || t.SliceOf(text) is not ("#" or "•" or "|" or "/" or "·")) isTag = false;
            }
            if (isTag && words >= 4)
                for (int k = start; k < i; k++) tag[k] = true;
            start = i;
        }
        return tag;
    }

    /// <summary>
    /// The first word of the words an acronym in brackets spells out ("politique" for "la politique agricole commune (PAC)"):
    /// walking back from the bracket over the clause, the nearest word whose initial is the acronym's first letter once at
    /// least half the acronym's letters have been passed as content words; -1 when there is none.
    /// </summary>
    private static int AcronymGlossHead(string text, List<Token> tokens, IReadOnlyList<string> f, int bracket, ReadOnlySpan<char> acronym)
    {
        if (acronym.Length < 2 || !char.IsLetter(acronym[0])) return -1;
        char first = char.ToLowerInvariant(acronym[0]);
        int content = 0;
        for (int k = bracket - 1; k >= 0 && k >= bracket - 10; k--)
        {
            if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Elision)) return -1;
            if (f[k] is "de" or "du" or "des" or "d'" or "la" or "le" or "les" or "l'" or "et" or "pour" or "en" or "a" or "aux" or "au") continue;
            content++;
            if (f[k].Length > 0 && f[k][0] == first && 2 * content >= acronym.Length) return k;
        }
        return -1;
    }

    /// <summary>
    /// A token of the run is two known countries joined by a hyphen ("mali-niger"), the first possibly closing a longer name
    /// ("Côte d'" + "ivoire-ghana"). Known hyphenated places ("Guinée-Bissau") are taken whole by the gazetteer before; towns
    /// joined by a hyphen may name a region ("Casablanca-Settat") and are left to the other rules.
    /// </summary>
    private bool JoinsTwoPlaces(IReadOnlyList<string> f, Candidate r)
    {
        for (int k = r.Start; k < r.End; k++)
        {
            int dash = f[k].LastIndexOf('-');
            if (dash <= 0 || dash + 1 >= f[k].Length || !IsPlaceName([f[k][(dash + 1)..]])) continue;
            for (int from = Math.Max(r.Start, k - 2); from <= k; from++)
            {
                var left = new string[k - from + 1];
                for (int j = from; j < k; j++) left[j - from] = f[j];
                left[^1] = f[k][..dash];
                if (IsPlaceName(left)) return true;
            }
        }
        return false;

        bool IsPlaceName(string[] words) => _g.Names.LongestMatch(words, 0, out var entries) == words.Length && entries[0].Kind == EntityKind.Place
            && entries[0].Subtype == EntitySubtype.Country;
    }
}
