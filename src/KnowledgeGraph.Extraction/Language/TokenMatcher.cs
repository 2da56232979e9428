using System.Text;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Language;

/// <summary>
/// Matches a set of token patterns (spaCy-Matcher style) over a document's tokens and morphology. Compiled once:
/// patterns whose first element is required and names words (LOWER/LEMMA) are indexed by those words, so a token
/// only tries the patterns that can start on it. Each pattern gives its longest match at each start;
/// <see cref="Longest"/> keeps the longest non-overlapping matches (spaCy's filter_spans).
/// </summary>
public sealed class TokenMatcher
{
    private readonly TokenPattern[] _patterns;
    private readonly Dictionary<string, int[]> _byLower;
    private readonly Dictionary<string, int[]> _byLemma;
    private readonly int[] _unanchored;

    public TokenMatcher(IEnumerable<TokenPattern> patterns)
    {
        _patterns = patterns.ToArray();
        var byLower = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byLemma = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var unanchored = new List<int>();
        for (int p = 0; p < _patterns.Length; p++)
        {
            var first = _patterns[p].Elements[0];
            var anchor = first.Quantifier is TokenQuantifier.One or TokenQuantifier.OneOrMore
                ? first.Constraints.FirstOrDefault(c => !c.Negated && c.Attribute is TokenAttribute.Lower or TokenAttribute.Lemma)
                : null;
            if (anchor is null) { unanchored.Add(p); continue; }
            var index = anchor.Attribute == TokenAttribute.Lower ? byLower : byLemma;
            foreach (var v in anchor.Values)
            {
                if (!index.TryGetValue(v, out var list)) index[v] = list = new List<int>();
                list.Add(p);
            }
        }
        _byLower = byLower.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _byLemma = byLemma.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _unanchored = unanchored.ToArray();
    }

    /// <summary>Loads a pattern file from the embedded resources (errors name the file and line).</summary>
    public static TokenMatcher FromResource(ExtractionResources resources, string fileName)
    {
        using var reader = new StreamReader(resources.OpenBinary(fileName), new UTF8Encoding(false, true));
        return new TokenMatcher(TokenPattern.ParseFile(reader.ReadToEnd(), fileName));
    }

    public int PatternCount => _patterns.Length;

    /// <summary>Every pattern's longest match at every start, in order of start then pattern.</summary>
    public List<PatternMatch> Match(AnalyzedDocument doc) => Match(doc.Text, doc.Tokens, doc.Folded, doc.Morphology);

    public List<PatternMatch> Match(string text, IReadOnlyList<Token> tokens, IReadOnlyList<string> folded, TokenAnalysis[] morphology)
    {
        var view = new TokenView(text, tokens, folded, morphology);
        var matches = new List<PatternMatch>();
        var triedAt = new int[_patterns.Length];
        Array.Fill(triedAt, -1);
        for (int i = 0; i < tokens.Count; i++)
        {
            if (_byLower.TryGetValue(folded[i], out var byLower)) TryAll(byLower, i);
            var readings = i < morphology.Length ? morphology[i].Readings : null;
            if (readings is not null)
            {
                string? previous = null;
                foreach (var r in readings)
                {
                    // readings of one form mostly share their lemma ("aime": indicative, subjunctive, imperative)
                    if (previous is not null && string.Equals(previous, r.FoldedLemma, StringComparison.Ordinal)) continue;
                    previous = r.FoldedLemma;
                    if (_byLemma.TryGetValue(r.FoldedLemma, out var byLemma)) TryAll(byLemma, i);
                }
            }
            TryAll(_unanchored, i);
        }
        return matches;

        void TryAll(int[] candidates, int start)
        {
            foreach (var p in candidates)
            {
                if (triedAt[p] == start) continue;
                triedAt[p] = start;
                int end = LongestEnd(_patterns[p].Elements, 0, start, view);
                if (end > start)
                    matches.Add(new PatternMatch(_patterns[p].Label, start, end, new TextSpan(tokens[start].Start, tokens[end - 1].End)));
            }
        }
    }

    /// <summary>The longest matches that do not overlap (ties: the earlier one), in text order.</summary>
    public static List<PatternMatch> Longest(IEnumerable<PatternMatch> matches)
    {
        // longest first, then earliest, ties in the given order (a stable sort: the index breaks ties)
        var order = matches.Select((m, i) => (Match: m, Index: i)).ToArray();
        Array.Sort(order, static (a, b) =>
        {
            int c = b.Match.TokenCount.CompareTo(a.Match.TokenCount);
            if (c == 0) c = a.Match.StartToken.CompareTo(b.Match.StartToken);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        int last = 0;
        foreach (var (m, _) in order) last = Math.Max(last, m.EndToken);
        var taken = new bool[last];
        var kept = new List<PatternMatch>();
        foreach (var (m, _) in order)
        {
            bool free = true;
            for (int t = m.StartToken; t < m.EndToken && free; t++) free = !taken[t];
            if (!free) continue;
            for (int t = m.StartToken; t < m.EndToken; t++) taken[t] = true;
            kept.Add(m);
        }
        kept.Sort((a, b) => a.StartToken.CompareTo(b.StartToken));
        return kept;
    }

    // Backtracking over the elements: the end (exclusive) of the longest match of elements[e..] from token i, or
    // -1. Patterns are a few elements long and quantified elements are short runs, so this stays linear in practice.
    private static int LongestEnd(IReadOnlyList<TokenPatternElement> elements, int e, int i, in TokenView view)
    {
        if (e == elements.Count) return i;
        var element = elements[e];
        switch (element.Quantifier)
        {
            case TokenQuantifier.One:
                return i < view.Count && Accepts(element, i, view) ? LongestEnd(elements, e + 1, i + 1, view) : -1;
            case TokenQuantifier.Optional:
            {
                int with = i < view.Count && Accepts(element, i, view) ? LongestEnd(elements, e + 1, i + 1, view) : -1;
                return Math.Max(with, LongestEnd(elements, e + 1, i, view));
            }
            default:
            {
                // * and +: try every run length, keep the longest overall match
                int run = 0;
                while (i + run < view.Count && Accepts(element, i + run, view)) run++;
                int best = -1;
                for (int k = element.Quantifier == TokenQuantifier.OneOrMore ? 1 : 0; k <= run; k++)
                    best = Math.Max(best, LongestEnd(elements, e + 1, i + k, view));
                return best;
            }
        }
    }

    private static bool Accepts(TokenPatternElement element, int i, in TokenView view)
    {
        // by index: a foreach over the interface would allocate an enumerator per token tried
        var constraints = element.Constraints;
        for (int k = 0; k < constraints.Count; k++)
            if (Holds(constraints[k], i, view) == constraints[k].Negated) return false;
        return true;
    }

    private static bool Holds(TokenConstraint c, int i, in TokenView view)
    {
        var analysis = i < view.Morphology.Length ? view.Morphology[i] : default;
        switch (c.Attribute)
        {
            case TokenAttribute.Text: return c.Values.Contains(view.Tokens[i].TextOf(view.Text));
            case TokenAttribute.Lower: return c.Values.Contains(view.Folded[i]);
            case TokenAttribute.Pos: return c.Values.Contains(LexiconTags.PosCode(analysis.Pos));
            case TokenAttribute.Shape: return c.Values.Contains(Shape(view.Tokens[i].SliceOf(view.Text)));
            case TokenAttribute.IsTitle: return c.Values.Contains(IsTitle(view.Tokens[i].SliceOf(view.Text)) ? "true" : "false");
            case TokenAttribute.Lemma:
                if (analysis.Readings is null) return false;
                foreach (var r in analysis.Readings) if (c.Values.Contains(r.FoldedLemma)) return true;
                return false;
            case TokenAttribute.Mood:
                if (analysis.Readings is null) return false;
                foreach (var v in c.Values)
                {
                    LexiconTags.TryParseMood(v, out var mood);
                    foreach (var r in analysis.Readings) if ((r.Moods & mood) != 0) return true;
                }
                return false;
            case TokenAttribute.Flag:
                foreach (var v in c.Values)
                {
                    LexiconTags.TryParseFlag(v, out var flag);
                    if (analysis.Has(flag)) return true;
                }
                return false;
            default: return false;
        }
    }

    /// <summary>spaCy's word shape: "Macron" → "Xxxxx", "COP21" → "XXXdd", "2025" → "dddd".</summary>
    public static string Shape(ReadOnlySpan<char> word)
    {
        var sb = new StringBuilder(Math.Min(word.Length, 16));
        char last = '\0';
        int run = 0;
        foreach (var ch in word)
        {
            char s = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsDigit(ch) ? 'd' : ch;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run <= 4) sb.Append(s);
        }
        return sb.ToString();
    }

    private static bool IsTitle(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !char.IsUpper(word[0])) return false;
        foreach (var ch in word[1..]) if (char.IsUpper(ch)) return false;
        return true;
    }

    private readonly record struct TokenView(string Text, IReadOnlyList<Token> Tokens, IReadOnlyList<string> Folded, TokenAnalysis[] Morphology)
    {
        public int Count => Tokens.Count;
    }
}
