using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Language;

/// <summary>What a token pattern element may say of one token.</summary>
public enum TokenAttribute
{
    /// <summary>The token's exact text.</summary>
    Text,
    /// <summary>The token's text lower-cased and accent-folded (values are folded too: "Etats" = "états").</summary>
    Lower,
    /// <summary>Some lexicon reading of the token has this lemma (folded): every tense and person of a verb.</summary>
    Lemma,
    /// <summary>The token's part of speech in context (NOUN, PROPN, VERB, AUX, ADJ, ADV, DET, PRON, ADP, CCONJ, SCONJ, NUM, PUNCT...).</summary>
    Pos,
    /// <summary>spaCy's shape: X for a capital, x for a lowercase letter, d for a digit, runs cut at 4 ("Xxxxx", "dddd").</summary>
    Shape,
    /// <summary>"true" when the token is capitalised and the rest is lowercase.</summary>
    IsTitle,
    /// <summary>Some reading has this verb mood (Y P Q Ip Iq Is If K Sp Sq E).</summary>
    Mood,
    /// <summary>Some reading has this lexical flag (first, surname, place, city, country, demonym, language).</summary>
    Flag,
}

/// <summary>How many tokens one pattern element matches: exactly one, or spaCy's ?, *, +.</summary>
public enum TokenQuantifier { One, Optional, ZeroOrMore, OneOrMore }

/// <summary>One test on a token: attribute, accepted values (any of), negated or not.</summary>
public sealed record TokenConstraint(TokenAttribute Attribute, IReadOnlySet<string> Values, bool Negated);

/// <summary>One element of a pattern: constraints that must all hold, and a quantifier.</summary>
public sealed record TokenPatternElement(IReadOnlyList<TokenConstraint> Constraints, TokenQuantifier Quantifier);

/// <summary>
/// A token pattern with its label, in the spirit of spaCy's Matcher. Written on one line of a pattern file:
/// <c>label &lt;TAB&gt; element element ...</c>, an element being constraints joined by <c>&amp;</c>, each
/// <c>ATTR=v1|v2</c> or <c>ATTR!=v1|v2</c>, optionally followed by a quantifier <c>?</c>, <c>*</c> or <c>+</c>;
/// <c>ANY</c> is an element without constraint. Example: <c>speech	LEMMA=mettre POS=ADV* LOWER=en LOWER=garde</c>.
/// </summary>
public sealed record TokenPattern(string Label, IReadOnlyList<TokenPatternElement> Elements)
{
    private static readonly Dictionary<string, TokenAttribute> AttributeNames = new(StringComparer.Ordinal)
    {
        ["TEXT"] = TokenAttribute.Text, ["LOWER"] = TokenAttribute.Lower, ["LEMMA"] = TokenAttribute.Lemma,
        ["POS"] = TokenAttribute.Pos, ["SHAPE"] = TokenAttribute.Shape, ["IS_TITLE"] = TokenAttribute.IsTitle,
        ["MOOD"] = TokenAttribute.Mood, ["FLAG"] = TokenAttribute.Flag,
    };

    /// <summary>Parses the patterns of a file ('#' comment lines and blank lines skipped); errors name the file and line.</summary>
    public static List<TokenPattern> ParseFile(string content, string sourceName)
    {
        var patterns = new List<TokenPattern>();
        int lineNo = 0;
        foreach (var raw in content.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                patterns.Add(Parse(line));
            }
            catch (FormatException e)
            {
                throw new InvalidDataException($"{sourceName}, line {lineNo}: {e.Message}", e);
            }
        }
        return patterns;
    }

    /// <summary>Parses one pattern line (<c>label TAB elements</c>); throws <see cref="FormatException"/> on bad syntax.</summary>
    public static TokenPattern Parse(string line)
    {
        int tab = line.IndexOf('\t');
        if (tab <= 0) throw new FormatException("expected '<label><TAB><pattern>'");
        var label = line[..tab].Trim();
        var elements = new List<TokenPatternElement>();
        foreach (var word in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            elements.Add(ParseElement(word));
        if (elements.Count == 0) throw new FormatException("empty pattern");
        if (elements.TrueForAll(e => e.Quantifier is TokenQuantifier.Optional or TokenQuantifier.ZeroOrMore))
            throw new FormatException("a pattern must match at least one token");
        return new TokenPattern(label, elements);
    }

    private static TokenPatternElement ParseElement(string word)
    {
        var quantifier = word[^1] switch
        {
            '?' => TokenQuantifier.Optional, '*' => TokenQuantifier.ZeroOrMore, '+' => TokenQuantifier.OneOrMore, _ => TokenQuantifier.One,
        };
        if (quantifier != TokenQuantifier.One) word = word[..^1];
        if (word == "ANY") return new TokenPatternElement([], quantifier);
        var constraints = new List<TokenConstraint>();
        foreach (var part in word.Split('&'))
        {
            int eq = part.IndexOf('=');
            if (eq <= 0 || eq == part.Length - 1) throw new FormatException($"'{part}' is not ATTR=value");
            bool negated = part[eq - 1] == '!';
            var name = part[..(negated ? eq - 1 : eq)];
            if (!AttributeNames.TryGetValue(name, out var attribute))
                throw new FormatException($"unknown attribute '{name}' (known: {string.Join(", ", AttributeNames.Keys)})");
            var values = new HashSet<string>(StringComparer.Ordinal);
            foreach (var v in part[(eq + 1)..].Split('|'))
            {
                if (v.Length == 0) throw new FormatException($"empty value in '{part}'");
                values.Add(Normalize(attribute, v));
            }
            constraints.Add(new TokenConstraint(attribute, values, negated));
        }
        return new TokenPatternElement(constraints, quantifier);
    }

    // Values are stored as the matcher compares them: folded for LOWER and LEMMA; the closed sets are validated.
    private static string Normalize(TokenAttribute attribute, string value)
    {
        switch (attribute)
        {
            case TokenAttribute.Lower:
            case TokenAttribute.Lemma:
                return TextFolding.Fold(value);
            case TokenAttribute.Pos:
                if (!LexiconTags.TryParsePos(value, out _)) throw new FormatException($"unknown part of speech '{value}'");
                return value;
            case TokenAttribute.Mood:
                if (!LexiconTags.TryParseMood(value, out _)) throw new FormatException($"unknown mood '{value}'");
                return value;
            case TokenAttribute.Flag:
                if (!LexiconTags.TryParseFlag(value, out _)) throw new FormatException($"unknown flag '{value}'");
                return value;
            case TokenAttribute.IsTitle:
                if (value is not ("true" or "false")) throw new FormatException($"IS_TITLE takes true or false, not '{value}'");
                return value;
            default:
                return value;
        }
    }
}
