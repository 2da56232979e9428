using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using KnowledgeGraph.Extraction.Tokenization;

namespace KnowledgeGraph.Extraction.Language;

/// <summary>
/// French word forms → readings (lemma, part of speech, gender, number, verb mood/tense/person, name and place
/// flags), from Grammalecte's lexicon and the Lefff's verbs (Resources/lexicon-fr.tsv.gz, see Resources/README.md).
/// Read-only after loading and safe to share between threads; get the process's one instance from
/// <see cref="ExtractionResources.Lexicon"/>.
/// <para>
/// Lookups fold case and accents, then keep the readings whose spelling fits the token: "a" is avoir, not "à";
/// "Etats" and "ETATS" are "États" (capitals often lose their accents in the press); "Pierre" is both the first
/// name and the noun; a lowercase "pierre" only the noun. A form written without its accents ("etait") falls back
/// to every reading of its folded key.
/// </para>
/// </summary>
public sealed class FrenchLexicon
{
    /// <summary>The embedded resource name of the lexicon file.</summary>
    public const string ResourceName = "lexicon-fr.tsv.gz";

    // The decompressed file as UTF-8 bytes (not decoded to a string: half the memory, no decoding at load), the
    // offsets of each form line's start and of its tab, and an open-addressing hash table of line index + 1.
    private readonly byte[] _data;
    private readonly int[] _lineStart;
    private readonly int[] _tab;
    private readonly int[] _buckets;
    private readonly int _mask;
    private readonly LexiconTables _tables;
    // Decoded keys, filled on first lookup. Concurrent first lookups may both decode the same key: they produce
    // equal entries and the reference write is atomic, so no lock is needed.
    private readonly LexiconEntry?[] _decoded;

    private FrenchLexicon(byte[] data, int[] lineStart, int[] tab, LexiconTables tables)
    {
        _data = data;
        _lineStart = lineStart;
        _tab = tab;
        _tables = tables;
        _decoded = new LexiconEntry?[lineStart.Length];
        int size = 1;
        while (size < lineStart.Length * 2) size <<= 1;
        _mask = size - 1;
        _buckets = BuildBuckets(data, lineStart, tab, size);
    }

    /// <summary>Number of distinct folded forms.</summary>
    public int KeyCount => _lineStart.Length;

    /// <summary>Every folded key, in file order (for consistency tests).</summary>
    internal IEnumerable<string> Keys()
    {
        for (int i = 0; i < _lineStart.Length; i++) yield return Encoding.UTF8.GetString(_data, _lineStart[i], _tab[i] - _lineStart[i]);
    }

    /// <summary>Reads a gzip-compressed lexicon file; <paramref name="sourceName"/> names it in errors.</summary>
    public static FrenchLexicon Load(Stream compressed, string sourceName = ResourceName)
    {
        using var gz = new GZipStream(compressed, CompressionMode.Decompress);
        using var buffer = new MemoryStream(12 << 20);
        gz.CopyTo(buffer);
        return Parse(buffer.ToArray(), sourceName);
    }

    /// <summary>Parses the uncompressed text of a lexicon file (format: Resources/generator/generate_lexicon.py).</summary>
    public static FrenchLexicon Parse(string data, string sourceName = ResourceName) => Parse(Encoding.UTF8.GetBytes(data), sourceName);

    // Runs once per process over ~11 MB: compiled optimized straight away rather than through the tiers.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static FrenchLexicon Parse(byte[] data, string sourceName)
    {
        var tables = new LexiconTables(sourceName);
        var starts = new List<int>(1 << 19);
        var tabs = new List<int>(1 << 19);
        int pos = 0, lineNo = 0;
        var span = data.AsSpan();
        while (pos < data.Length)
        {
            int len = span[pos..].IndexOf((byte)'\n');
            if (len < 0) len = data.Length - pos;
            lineNo++;
            if (len > 0 && data[pos] != (byte)'#')
            {
                var line = span.Slice(pos, len);
                if (line[0] == (byte)'@' && line.Length > 2 && line[2] == (byte)'\t' && (line[1] == (byte)'t' || line[1] == (byte)'a'))
                    tables.AddHeaderLine(Decode(line), lineNo);
                else
                {
                    int tab = line.IndexOf((byte)'\t');
                    if (tab <= 0 || tab == line.Length - 1)
                        throw new InvalidDataException($"{sourceName}, line {lineNo}: expected '<form>\\t<readings>'.");
                    starts.Add(pos);
                    tabs.Add(pos + tab);
                }
            }
            pos += len + 1;
        }
        return new FrenchLexicon(data, starts.ToArray(), tabs.ToArray(), tables);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] BuildBuckets(byte[] data, int[] lineStart, int[] tab, int size)
    {
        var buckets = new int[size];
        int mask = size - 1;
        for (int i = 0; i < lineStart.Length; i++)
        {
            int slot = Hash(data.AsSpan(lineStart[i], tab[i] - lineStart[i])) & mask;
            while (buckets[slot] != 0) slot = (slot + 1) & mask;
            buckets[slot] = i + 1;
        }
        return buckets;
    }

    private static string Decode(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);

    /// <summary>Every reading of <paramref name="form"/> that fits its spelling (empty when unknown).</summary>
    public IReadOnlyList<MorphAnalysis> Analyze(string form) => Analyze(form.AsSpan(), TextFolding.Fold(form));

    /// <summary>
    /// As <see cref="Analyze(string)"/>, with the folded form already computed (the document's
    /// <c>Folded</c> layer): no folding and, for repeated words, no allocation.
    /// </summary>
    public MorphAnalysis[] Analyze(ReadOnlySpan<char> form, string folded)
    {
        var entry = Find(folded);
        return entry is null ? [] : entry.Select(form);
    }

    /// <summary>True when the lexicon has a reading of <paramref name="form"/>.</summary>
    public bool IsKnown(string form) => Analyze(form).Count > 0;

    /// <summary>
    /// True when <paramref name="form"/> has a reading as a common word (not a name, not a capitalised place or
    /// country): "Pierre" is (the noun "pierre"), "Dupont" is not.
    /// </summary>
    public bool IsCommonWord(string form)
    {
        foreach (var a in Analyze(form))
            if (!a.IsProper && a.Pos != PartOfSpeech.Title) return true;
        return false;
    }

    /// <summary>True when <paramref name="form"/> is a form of the verb <paramref name="lemma"/> ("déclarées", "déclarer").</summary>
    public bool IsVerbFormOf(string form, string lemma)
    {
        foreach (var a in Analyze(form))
            if (a.IsVerbal && LemmaEquals(a.Lemma, lemma)) return true;
        return false;
    }

    /// <summary>The distinct lemmas of <paramref name="form"/>, in the lexicon's order.</summary>
    public IReadOnlyList<string> Lemmas(string form)
    {
        var result = new List<string>(2);
        foreach (var a in Analyze(form))
            if (!result.Contains(a.Lemma)) result.Add(a.Lemma);
        return result;
    }

    public bool IsPastParticiple(string form) => Any(form, a => a.IsPastParticiple);

    public bool IsFirstName(string form) => Any(form, a => a.Has(LexicalFlags.FirstName));

    public bool IsSurname(string form) => Any(form, a => a.Has(LexicalFlags.Surname));

    /// <summary>A place, city or country name ("Lyon", "Centrafrique").</summary>
    public bool IsPlaceName(string form) =>
        Any(form, a => a.Has(LexicalFlags.PlaceName) || a.Has(LexicalFlags.City) || a.Has(LexicalFlags.Country));

    /// <summary>Lemma comparison used everywhere: exact, or equal once case and accents are folded.</summary>
    public static bool LemmaEquals(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) || string.Equals(TextFolding.Fold(a), TextFolding.Fold(b), StringComparison.Ordinal);

    private bool Any(string form, Func<MorphAnalysis, bool> test)
    {
        foreach (var a in Analyze(form)) if (test(a)) return true;
        return false;
    }

    // A small direct-mapped cache of recent lookups (frequent words are most tokens): it stays in the CPU cache,
    // where a lookup in the big table touches several scattered arrays. Slots hold immutable objects, so threads
    // sharing the lexicon replace them atomically; unknown words are cached too.
    private sealed record HotEntry(string Key, LexiconEntry? Entry);

    private const int HotSize = 8192;
    private readonly HotEntry?[] _hot = new HotEntry?[HotSize];

    private LexiconEntry? Find(string folded)
    {
        uint h = 2166136261;
        foreach (var c in folded) h = (h ^ c) * 16777619;
        int slot = (int)((h ^ (h >> 13)) & (HotSize - 1));
        var hot = _hot[slot];
        if (hot is not null && string.Equals(hot.Key, folded, StringComparison.Ordinal)) return hot.Entry;
        var entry = FindInTable(folded);
        _hot[slot] = new HotEntry(folded, entry);
        return entry;
    }

    private LexiconEntry? FindInTable(string folded)
    {
        // keys are UTF-8; folded tokens are nearly always ASCII, whose UTF-8 bytes are the chars themselves
        Span<byte> buffer = stackalloc byte[128];
        int n = Encoding.UTF8.GetMaxByteCount(folded.Length) <= buffer.Length || folded.Length <= 40
            ? Encoding.UTF8.GetBytes(folded, buffer) : -1;
        if (n < 0) return FindBytes(Encoding.UTF8.GetBytes(folded));
        return FindBytes(buffer[..n]);
    }

    private LexiconEntry? FindBytes(ReadOnlySpan<byte> key)
    {
        int slot = Hash(key) & _mask;
        while (true)
        {
            int i = _buckets[slot] - 1;
            if (i < 0) return null;
            if (_data.AsSpan(_lineStart[i], _tab[i] - _lineStart[i]).SequenceEqual(key))
                return _decoded[i] ??= DecodeEntry(i);
            slot = (slot + 1) & _mask;
        }
    }

    private LexiconEntry DecodeEntry(int i)
    {
        string key = Encoding.UTF8.GetString(_data, _lineStart[i], _tab[i] - _lineStart[i]);
        int len = _data.AsSpan(_tab[i] + 1).IndexOf((byte)'\n');
        if (len < 0) len = _data.Length - _tab[i] - 1;
        var readings = Encoding.UTF8.GetString(_data, _tab[i] + 1, len);
        return LexiconEntry.Decode(key, readings.AsSpan().TrimEnd('\r'), _tables);
    }

    // FNV-1a over the key's UTF-8 bytes: deterministic and cheap for short keys.
    private static int Hash(ReadOnlySpan<byte> s)
    {
        uint h = 2166136261;
        foreach (var c in s) h = (h ^ c) * 16777619;
        return (int)(h ^ (h >> 15));
    }
}
