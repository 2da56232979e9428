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

    public PhraseLexicon()
    {
        _phrases = new Dictionary<string, TValue>(StringComparer.Ordinal);
        _bySpan = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int MaxWords { get; private set; } = 1;

    public int Count => _phrases.Count;

    /// <summary>Adds a phrase; the first value given for a phrase is kept (data files list preferred readings first).</summary>
    public void Add(string phrase, TValue value)
    {
        var key = Normalize(phrase);
        if (key.Length == 0) return;
        _phrases.TryAdd(key, value);
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
        int maxChars = words[wordIndex + longest - 1].End - words[wordIndex].Start;
        Span<char> buffer = maxChars <= 256 ? stackalloc char[maxChars] : new char[maxChars];
        for (int n = longest; n >= 1; n--)
        {
            bool contiguous = true;
            for (int k = wordIndex; k < wordIndex + n - 1 && contiguous; k++)
                for (int c = words[k].End; c < words[k + 1].Start; c++)
                    if (!char.IsWhiteSpace(text[c])) { contiguous = false; break; }
            if (!contiguous) continue;
            var source = text.AsSpan(words[wordIndex].Start, words[wordIndex + n - 1].End - words[wordIndex].Start);
            int length = NormalizeInto(source, buffer);
            if (_bySpan.TryGetValue(buffer[..length], out value!)) { wordCount = n; return true; }
        }
        wordCount = 0;
        value = default!;
        return false;
    }

    /// <summary>Lower case, straight apostrophes, every whitespace run one space (as <see cref="Normalize"/>, without allocating).</summary>
    private static int NormalizeInto(ReadOnlySpan<char> source, Span<char> destination)
    {
        int length = 0;
        bool space = false;
        foreach (char c in source)
        {
            if (c is ' ' or '\n' or '\r' or '\t' or '\u00A0')
            {
                space = length > 0;
                continue;
            }
            if (space) { destination[length++] = ' '; space = false; }
            destination[length++] = FrenchText.IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c);
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
