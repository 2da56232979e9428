using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// A dictionary of one- to few-word phrases (lower case, straight apostrophes) matched on scanned words,
/// longest phrase first. Used for speech verbs and meeting triggers: a hash lookup per candidate length,
/// so matching is linear in the number of words.
/// </summary>
public sealed class PhraseLexicon<TValue>
{
    private readonly Dictionary<string, TValue> _phrases;
    // lookups by a normalized span in a stack buffer: matching is tried at every word, so it must not allocate
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    // The first word (up to the first space) of every phrase: most words start none, and this one lookup rules them out
    private readonly HashSet<string> _firstWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWordsBySpan;

    public PhraseLexicon()
    {
        _phrases = new Dictionary<string, TValue>(StringComparer.Ordinal);
        _bySpan = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWords = new HashSet<string>(StringComparer.Ordinal);
        _firstWordsBySpan = _firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int MaxWords { get; private set; } = 1;

    public int Count => _phrases.Count;

    /// <summary>Adds a phrase; the first value given for a phrase is kept (data files list preferred readings first).</summary>
    public void Add(string phrase, TValue value)
    {
        var key = Normalize(phrase);
        if (key.Length == 0) return;
        _phrases.TryAdd(key, value);
        int space = key.IndexOf(' ');
        _firstWords.Add(space < 0 ? key : key[..space]);
        MaxWords = Math.Max(MaxWords, key.Count(c => c == ' ') + 1);
    }

    public bool TryGet(string phrase, out TValue value) => _phrases.TryGetValue(Normalize(phrase), out value!);

    /// <summary>
    /// Tries to match a phrase starting at <paramref name="wordIndex"/>; on success gives the number of
    /// words it covers. Words must be separated by plain spaces only (no punctuation inside a phrase).
    /// </summary>
    public bool TryMatch(string text, IReadOnlyList<TextSpan> words, int wordIndex, out int wordCount, out TValue value)
    {
        int longest = Math.Min(MaxWords, words.Count - wordIndex);
        if (longest < 1) { wordCount = 0; value = default!; return false; }
        // Only the words joined by whitespace can form a phrase: the longest such run, normalized once; the phrase of
        // its first n words is the prefix of that normalization up to the n-th word's end (NormalizeAppend writes a
        // space only before the next letter, so the prefix is the normalization of the n words alone).
        int contiguous = 1;
        while (contiguous < longest && IsWhiteSpaceOnly(text, words[wordIndex + contiguous - 1].End, words[wordIndex + contiguous].Start)) contiguous++;
        int maxChars = words[wordIndex + contiguous - 1].End - words[wordIndex].Start;
        Span<char> buffer = maxChars <= 256 ? stackalloc char[maxChars] : new char[maxChars];
        Span<int> ends = stackalloc int[contiguous];
        int length = 0;
        bool space = false;
        for (int k = 0; k < contiguous; k++)
        {
            int from = k == 0 ? words[wordIndex].Start : words[wordIndex + k - 1].End;
            length = NormalizeAppend(text.AsSpan(from, words[wordIndex + k].End - from), buffer, length, ref space);
            ends[k] = length;
            // Most words start no phrase. When the first word normalizes without a space and is followed (if at all) by
            // a gap that normalizes to one space, a phrase it starts has it as its first word: one lookup rules it out.
            if (k == 0 && length > 0 && buffer[..length].IndexOf(' ') < 0 && (contiguous == 1 || IsOneSpace(text, words[wordIndex].End, words[wordIndex + 1].Start))
                && !_firstWordsBySpan.Contains(buffer[..length]))
            {
                wordCount = 0;
                value = default!;
                return false;
            }
        }
        for (int n = contiguous; n >= 1; n--)
            if (_bySpan.TryGetValue(buffer[..ends[n - 1]], out value!)) { wordCount = n; return true; }
        wordCount = 0;
        value = default!;
        return false;
    }

    private static bool IsWhiteSpaceOnly(string text, int start, int end)
    {
        for (int c = start; c < end; c++)
            if (!char.IsWhiteSpace(text[c])) return false;
        return true;
    }

    // a non-empty run of the whitespace NormalizeAppend collapses into one space
    private static bool IsOneSpace(string text, int start, int end)
    {
        if (end <= start) return false;
        for (int c = start; c < end; c++)
            if (text[c] is not (' ' or '\n' or '\r' or '\t' or '\u00A0')) return false;
        return true;
    }

    /// <summary>Lower case, straight apostrophes, every whitespace run one space (as <see cref="Normalize"/>, without
    /// allocating), continued over the next piece of the source: <paramref name="length"/> chars are written, and
    /// <paramref name="space"/> says whether a whitespace run is pending before the next character.</summary>
    private static int NormalizeAppend(ReadOnlySpan<char> source, Span<char> destination, int length, ref bool space)
    {
        foreach (char c in source)
        {
            if (c is ' ' or '\n' or '\r' or '\t' or '\u00A0')
            {
                space = length > 0;
                continue;
            }
            if (space) { destination[length++] = ' '; space = false; }
            destination[length++] = FrenchText.IsApostrophe(c) ? '\'' : Tokenization.InvariantCase.ToLower(c);
        }
        return length;
    }

    private static string Normalize(string phrase) => CollapseSpaces(FrenchText.Lower(phrase.Trim()));

    private static string CollapseSpaces(string s)
    {
        if (!s.Contains("  ") && !s.Contains('\n') && !s.Contains('\t') && !s.Contains('\u00A0')) return s;
        var parts = s.Split([' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts);
    }
}
