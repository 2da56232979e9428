using System.Reflection;
using System.Text;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// The embedded data files (gazetteers, cue words, month names...) loaded once and then read-only.
/// Create one per process (or per test) and pass it to the pipeline: there is no static cache.
/// Files are UTF-8, one entry per line; '#' starts a comment line; TSV columns are tab-separated.
/// Resource names are the file names under Resources/ (e.g. "countries-fr.tsv").
/// </summary>
public sealed class ExtractionResources
{
    private const string Prefix = "KnowledgeGraph.Extraction.Resources.";
    private readonly Dictionary<string, string[]> _lines = new(StringComparer.Ordinal);
    private readonly Assembly _assembly;
    private readonly Lazy<Language.FrenchLexicon> _lexicon;

    private ExtractionResources(Assembly assembly)
    {
        _assembly = assembly;
        // the lexicon is big (2.5 MB compressed): loaded on first use only, once per ExtractionResources
        _lexicon = new Lazy<Language.FrenchLexicon>(() =>
        {
            using var stream = OpenBinary(Language.FrenchLexicon.ResourceName);
            return Language.FrenchLexicon.Load(stream);
        }, LazyThreadSafetyMode.ExecutionAndPublication);
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal)) continue;
            if (name.EndsWith(".gz", StringComparison.Ordinal)) continue; // binary: see OpenBinary
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
            var lines = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
                lines.Add(line.TrimEnd('\r'));
            }
            _lines[name[Prefix.Length..]] = lines.ToArray();
        }
        Gazetteers = new Entities.GazetteerSet(this);
    }

    /// <summary>Loads the resources embedded in this assembly.</summary>
    public static ExtractionResources Load() => new(typeof(ExtractionResources).Assembly);

    /// <summary>The names of every embedded data file, sorted.</summary>
    public IEnumerable<string> Names => _lines.Keys.Order(StringComparer.Ordinal);

    public bool Has(string fileName) => _lines.ContainsKey(fileName);

    /// <summary>Non-empty, non-comment lines of a data file; throws if the file is not embedded.</summary>
    public IReadOnlyList<string> Lines(string fileName) =>
        _lines.TryGetValue(fileName, out var l) ? l : throw new KeyNotFoundException($"Embedded resource '{fileName}' not found under Resources/.");

    /// <summary>Rows of a TSV data file, split on tabs (each cell trimmed).</summary>
    public IEnumerable<string[]> Table(string fileName)
    {
        foreach (var line in Lines(fileName))
        {
            var cells = line.Split('\t');
            for (int i = 0; i < cells.Length; i++) cells[i] = cells[i].Trim();
            yield return cells;
        }
    }

    /// <summary>A word list (first column of each line), as a set with the given comparer.</summary>
    public HashSet<string> WordSet(string fileName, StringComparer? comparer = null)
    {
        var set = new HashSet<string>(comparer ?? StringComparer.Ordinal);
        foreach (var row in Table(fileName)) if (row[0].Length > 0) set.Add(row[0]);
        return set;
    }

    /// <summary>A binary embedded file (e.g. "lexicon-fr.tsv.gz"); throws if it is not embedded.</summary>
    public Stream OpenBinary(string fileName) =>
        _assembly.GetManifestResourceStream(Prefix + fileName)
        ?? throw new KeyNotFoundException($"Embedded resource '{fileName}' not found under Resources/.");

    /// <summary>The French morphological lexicon, loaded on first use (about 0.1 s) and then shared.</summary>
    public Language.FrenchLexicon Lexicon => _lexicon.Value;

    /// <summary>Entity gazetteers and cue-word lists built from the data files.</summary>
    public Entities.GazetteerSet Gazetteers { get; }
}
