namespace KnowledgeGraph.Rdf;

/// <summary>Loads RDF files into a store, choosing the parser from the file extension.</summary>
public static class RdfLoader
{
    /// <summary>
    /// Loads one file. Blank nodes get a prefix derived from <paramref name="documentIndex"/>
    /// so that documents loaded into one store keep distinct blank nodes.
    /// </summary>
    public static long LoadFile(MemoryStore store, string path, RdfFormat? format = null, int documentIndex = 0,
        INode? intoGraph = null, CancellationToken cancellationToken = default)
    {
        var fmt = format ?? (RdfFormats.TryFromExtension(path, out var f)
            ? f
            : throw new ArgumentException($"{path}: unknown RDF file extension (expected .ttl .nt .nq .trig .jsonld)"));
        using var reader = RdfText.OpenFile(path);
        return Load(store, reader, fmt, new RdfReaderOptions(path, new Uri(Path.GetFullPath(path)).AbsoluteUri,
            documentIndex == 0 ? "" : $"d{documentIndex}_", store.Namespaces), intoGraph, cancellationToken);
    }

    public static long Load(MemoryStore store, TextReader reader, RdfFormat format, RdfReaderOptions options,
        INode? intoGraph = null, CancellationToken cancellationToken = default)
    {
        long n = 0;
        foreach (var q in RdfFormats.CreateReader(format).Read(reader, options, cancellationToken))
        {
            store.Add(intoGraph is null ? q : q with { Graph = q.Graph ?? intoGraph });
            n++;
        }
        return n;
    }
}
