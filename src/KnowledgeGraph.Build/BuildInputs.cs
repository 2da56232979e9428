using KnowledgeGraph.Extraction.Ingest;
using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Build;

/// <summary>The inputs of a build: folders expanded, an explicit manifest applied, words counted.</summary>
public static class BuildInputs
{
    /// <summary>A folder stands for itself and every sub-folder (ordinal order, hidden ones skipped), so its tree is read.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs)
    {
        var list = new List<string>();
        foreach (var input in inputs)
        {
            list.Add(input);
            if (!Directory.Exists(input)) continue;
            var subdirs = Directory.EnumerateDirectories(input, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
                .Where(d => !Path.GetRelativePath(input, d).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
                .Order(StringComparer.Ordinal);
            list.AddRange(subdirs);
        }
        return list;
    }

    /// <summary>Fills what an article's own file does not say from the manifest at <paramref name="path"/>; a manifest
    /// that cannot be read is reported as a warning and ignored.</summary>
    public static List<Article> ApplyManifest(string path, IReadOnlyList<Article> articles, List<IngestDiagnostic> diagnostics)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new IngestDiagnostic(path, $"warning: manifest ignored, cannot read ({e.Message})"));
            return articles.ToList();
        }
        var manifest = ManifestReader.Read(path, text, diagnostics);
        return articles.Select(a =>
        {
            if (!manifest.TryGetValue(a.Id, out var m)) return a;
            var dateFromText = a.Date is null || a.DateProvenance == DateProvenance.InferredFromText;
            return a with
            {
                Title = a.Title ?? m.Title,
                Url = a.Url ?? m.Url,
                Outlet = a.Outlet ?? m.Outlet,
                Author = a.Author ?? m.Author,
                Date = dateFromText && m.Date is not null ? m.Date : a.Date,
                DateProvenance = dateFromText && m.Date is not null ? DateProvenance.Metadata : a.DateProvenance,
            };
        }).ToList();
    }

    /// <summary>Words as the benchmarks count them: maximal runs of letters and digits.</summary>
    public static long CountWords(string text)
    {
        long words = 0;
        bool inWord = false;
        foreach (var c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }
}
