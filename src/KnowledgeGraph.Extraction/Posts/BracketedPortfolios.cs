using KnowledgeGraph.Extraction.Entities;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Posts;

/// <summary>
/// "leurs homologues allemands, Jörg X (Défense) et Sabine Y (Affaires étrangères)", "les ministres A (Intérieur) et B (Justice)":
/// a capitalised portfolio in brackets after a person's name, in a sentence that speaks of ministers or counterparts
/// (post-words "portfolio-cue"), is that person's ministry: "ministre de la Défense".
/// </summary>
internal sealed class BracketedPortfolios
{
    // folded linker tokens and how they are written before the portfolio
    private static readonly (string[] Folded, string Written)[] Linkers =
        [(["de", "la"], "de la "), (["de", "l'"], "de l'"), (["des"], "des "), (["du"], "du "), (["de"], "de "), (["d'"], "d'")];
    private readonly GazetteerSet _g;
    private readonly PostWords _words;

    public BracketedPortfolios(GazetteerSet gazetteers, PostWords words)
    {
        _g = gazetteers;
        _words = words;
    }

    public IEnumerable<PostMention> Find(AnalyzedDocument doc, Dictionary<int, int> personEndingAt)
    {
        var f = doc.Folded;
        var tokens = doc.Tokens;
        var text = doc.Text;
        int n = tokens.Count;
        foreach (var (last, holder) in personEndingAt.OrderBy(p => p.Key))
        {
            int open = last + 1;
            if (open + 2 >= n || f[open] != "(" || !char.IsUpper(text[tokens[open + 1].Start])) continue;
            int close = open + 1;
            while (close < n && close <= open + 4 && f[close] != ")" && tokens[close].Kind == TokenKind.Word) close++;
            if (close >= n || f[close] != ")") continue;
            // a portfolio is a common noun ("Défense", "Affaires étrangères"), not a country or a party ("(Irlande)", "(Horizons)")
            // ("(Les Républicains)": a name anywhere inside the brackets, its article before it)
            if (Enumerable.Range(open + 1, close - open - 1).Any(t => PostExtractor.PlaceOrOrganizationAt(doc, t) is not null) || f[open + 1] is "le" or "la" or "les" or "l'"
                || !Language.MorphQueries.IsCommonOnly(Language.MorphQueries.Morph(doc, open + 1))) continue;
            if (!SentenceHasCue(doc, tokens[last].Start)) continue;
            var portfolio = f.Skip(open + 1).Take(close - open - 1).ToArray();
            var written = text[tokens[open + 1].Start..tokens[close - 1].End];
            foreach (var (linker, linkerText) in Linkers)
            {
                var sequence = new List<string>(1 + linker.Length + portfolio.Length) { "ministre" };
                sequence.AddRange(linker);
                sequence.AddRange(portfolio);
                // a listed ministry ("ministre des Affaires étrangères"), or the title and its portfolio as the role parser keys them
                // ("ministre-de-la-defense"), the linker agreeing with the portfolio's gender and number as the lexicon gives it
                int matched = _g.Roles.LongestMatch(sequence, 0, out var roles);
                if (matched != sequence.Count && !(matched == 1 && LinkerFits(doc, linker, open + 1))) continue;
                var label = "ministre " + linkerText + written;
                var key = matched == sequence.Count ? roles[0].Key : roles[0].Key + "-" + TextFolding.Slug(linkerText + written);
                var span = new TextSpan(doc.Entities[holder].Span.Start, tokens[close].End);
                var country = ListCountry(doc, doc.TokenIndexAtOrAfter(doc.Entities[holder].Span.Start));
                yield return new PostMention(span, label, key, holder, null, country, label)
                {
                    ResolutionKey = matched == sequence.Count ? roles[0].ResolvesAs : key,
                    MergeKey = key,
                    CountryKey = country,
                };
                break;
            }
        }
    }

    // "de la Défense", "de l'Intérieur", "des Armées", "du Travail": the article the portfolio's first word takes
    private static bool LinkerFits(AnalyzedDocument doc, string[] linker, int word)
    {
        var a = Language.MorphQueries.Morph(doc, word);
        bool vowel = "aeiouyh".Contains(doc.Folded[word][0]);
        return linker switch
        {
            ["de", "l'"] => vowel && a.Number != Language.GrammaticalNumber.Plural,
            ["de", "la"] => !vowel && a.Gender == Language.Gender.Feminine && a.Number != Language.GrammaticalNumber.Plural,
            ["du"] => !vowel && a.Gender == Language.Gender.Masculine && a.Number != Language.GrammaticalNumber.Plural,
            ["des"] => a.Number == Language.GrammaticalNumber.Plural,
            _ => false,
        };
    }

    /// <summary>
    /// "leurs homologues allemands, X (Défense) et Y (Affaires étrangères)": the country of the one nationality adjective right after
    /// the nearest cue word before the name in its sentence; null when there is none or several ("homologues belge et néerlandais").
    /// </summary>
    private string? ListCountry(AnalyzedDocument doc, int name)
    {
        var f = doc.Folded;
        int s = doc.SentenceIndexAt(doc.Tokens[name].Start);
        if (s < 0) return null;
        int start = doc.TokenIndexAtOrAfter(doc.Sentences[s].Start);
        for (int k = name - 1; k >= start; k--)
        {
            if (!_words.PortfolioCues.Contains(f[k])) continue;
            if (k + 1 >= name || !char.IsLower(doc.Text[doc.Tokens[k + 1].Start]) || !_g.Nationalities.TryGetValue(f[k + 1], out var code)) return null;
            if (k + 3 < f.Count && f[k + 2] is "et" or "," && _g.Nationalities.ContainsKey(f[k + 3])) return null;
            return _g.Country(code)?.Key;
        }
        return null;
    }

    private bool SentenceHasCue(AnalyzedDocument doc, int offset)
    {
        int s = doc.SentenceIndexAt(offset);
        if (s < 0 || s >= doc.Sentences.Count) return false;
        var sentence = doc.Sentences[s];
        for (int k = doc.TokenIndexAtOrAfter(sentence.Start); k < doc.Tokens.Count && doc.Tokens[k].Start < sentence.End; k++)
            if (_words.PortfolioCues.Contains(doc.Folded[k])) return true;
        return false;
    }
}
