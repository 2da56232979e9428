using KnowledgeGraph.Mapping;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Build;

/// <summary>Writes the graph files of one build (graph.ttl always, and each requested format) into its folder.</summary>
public static class GraphFiles
{
    /// <param name="done">Called after each part (the triple projection, then each format) with its name, for stage timers.</param>
    /// <returns>The paths written, in format order.</returns>
    public static IReadOnlyList<string> Write(MappingResult mapping, string directory, IEnumerable<RdfFormat> formats, CancellationToken ct,
        Action<string>? done = null)
    {
        var written = new List<string>();
        var writerOptions = new RdfWriterOptions(KgTerms.Prefixes);
        IReadOnlyList<Quad>? triples = null;
        foreach (var format in formats.Prepend(RdfFormat.Turtle).Distinct().OrderBy(f => f))
        {
            ct.ThrowIfCancellationRequested();
            var path = Path.Combine(directory, "graph" + RdfFormats.Extension(format));
            // Triple formats get the union of the article graphs; dataset formats keep one named graph per article.
            if (!RdfFormats.SupportsDatasets(format) && triples is null)
            {
                triples = mapping.Triples();
                done?.Invoke("triples");
            }
            var data = RdfFormats.SupportsDatasets(format) ? mapping.Quads : triples!;
            AtomicFile.WriteText(path, w => RdfFormats.CreateWriter(format).Write(w, data, writerOptions, ct));
            written.Add(path);
            done?.Invoke(RdfFormats.Extension(format).TrimStart('.'));
        }
        return written;
    }
}
