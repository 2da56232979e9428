namespace KnowledgeGraph.Extraction.Language;

/// <summary>
/// The readings of one folded key, grouped by the lexicon's spelling ("pierre": "Pierre" the first name; "pierre"
/// the noun and verb), and the rule that picks the spellings a token can stand for.
/// </summary>
internal sealed class LexiconEntry
{
    private readonly string[] _surfaces;
    private readonly MorphAnalysis[][] _groups;
    private readonly MorphAnalysis[] _all;
    // The last multi-group selection, reused when the next token selects the same groups ("Pierre" twice). A class,
    // so that threads sharing the lexicon swap it atomically.
    private sealed record Union(int Mask, int Exact, MorphAnalysis[] Analyses);

    private Union? _lastUnion;

    private LexiconEntry(string[] surfaces, MorphAnalysis[][] groups)
    {
        _surfaces = surfaces;
        _groups = groups;
        _all = groups.Length == 1 ? groups[0] : groups.SelectMany(g => g).ToArray();
    }

    public static LexiconEntry Decode(string key, ReadOnlySpan<char> groupsText, LexiconTables tables)
    {
        var surfaces = new List<string>(2);
        var groups = new List<MorphAnalysis[]>(2);
        foreach (var range in groupsText.Split(' '))
        {
            var group = groupsText[range];
            int bar = group.IndexOf('|');
            string surface = bar < 0 ? key : group[..bar].ToString();
            var ids = bar < 0 ? group : group[(bar + 1)..];
            var analyses = new List<MorphAnalysis>(4);
            foreach (var idRange in ids.Split(','))
            {
                if (!int.TryParse(ids[idRange], out int id) || id < 0 || id >= tables.RuleCount)
                    throw new InvalidDataException($"{tables.SourceName}: form '{key}' names an undefined analysis '{ids[idRange]}'.");
                var rule = tables.RuleAt(id);
                if (rule.Cut > surface.Length)
                    throw new InvalidDataException($"{tables.SourceName}: form '{surface}' is shorter than its lemma rule.");
                string lemma = rule.Cut == 0 && rule.Append.Length == 0 ? surface : string.Concat(surface.AsSpan(0, surface.Length - rule.Cut), rule.Append);
                var tag = tables.TagAt(rule.Tag);
                analyses.Add(new MorphAnalysis(surface, lemma, tag.Pos, tag.Gender, tag.Number, tag.Moods, tag.Persons, tag.Flags));
            }
            surfaces.Add(surface);
            groups.Add(analyses.ToArray());
        }
        return new LexiconEntry(surfaces.ToArray(), groups.ToArray());
    }

    /// <summary>The readings whose spelling fits <paramref name="token"/>; all of them when none fits.</summary>
    public MorphAnalysis[] Select(ReadOnlySpan<char> token)
    {
        if (_groups.Length == 1) return _groups[0];
        int mask = 0, exact = -1;
        for (int g = 0; g < _surfaces.Length && g < 31; g++)
        {
            if (token.SequenceEqual(_surfaces[g])) { mask |= 1 << g; exact = g; }
            else if (Fits(token, _surfaces[g])) mask |= 1 << g;
        }
        if (mask == 0) return _all;
        if ((mask & (mask - 1)) == 0) return _groups[System.Numerics.BitOperations.TrailingZeroCount(mask)];
        var last = _lastUnion;
        if (last is not null && last.Mask == mask && last.Exact == exact) return last.Analyses;
        var list = new List<MorphAnalysis>();
        if (exact >= 0) list.AddRange(_groups[exact]);
        for (int g = 0; g < _groups.Length && g < 31; g++)
            if ((mask & (1 << g)) != 0 && g != exact) list.AddRange(_groups[g]);
        var result = list.ToArray();
        _lastUnion = new Union(mask, exact, result);
        return result;
    }

    // A token fits a spelling letter by letter: its lowercase letters must be the spelling's letters (accents
    // included, a lowercase letter never stands for a capital); its capitals stand for the letter with or without
    // an accent, in either case ("Etats" fits "États", "A" fits "à").
    private static bool Fits(ReadOnlySpan<char> token, string surface)
    {
        if (token.Length != surface.Length) return false;
        for (int i = 0; i < token.Length; i++)
        {
            char t = token[i], s = surface[i];
            if (t == s || (IsApostrophe(t) && IsApostrophe(s))) continue;
            if (char.IsUpper(t))
            {
                if (BaseLetter(t) != BaseLetter(s)) return false;
            }
            else if (char.IsUpper(s) || Tokenization.InvariantCase.ToLower(s) != t) return false;
        }
        return true;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '‘';

    private static char BaseLetter(char c) => c < BaseLetters.Length ? BaseLetters[c] : ComputeBaseLetter(c);

    // BaseLetter of U+0000..U+024F, computed once (read-only afterwards): it runs on most capitals of every text,
    // and computing it folds a string.
    private static readonly char[] BaseLetters = BuildBaseLetters();

    private static char[] BuildBaseLetters()
    {
        var table = new char[0x250];
        for (int c = 0; c < table.Length; c++) table[c] = ComputeBaseLetter((char)c);
        return table;
    }

    private static char ComputeBaseLetter(char c)
    {
        if (c < 128) return char.ToLowerInvariant(c);
        var folded = Tokenization.TextFolding.Fold(new ReadOnlySpan<char>(in c));
        return folded.Length == 1 ? folded[0] : char.ToLowerInvariant(c);
    }
}
