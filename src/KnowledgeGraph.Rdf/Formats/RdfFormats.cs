namespace KnowledgeGraph.Rdf;

/// <summary>The format registry: file extensions, media types, and one reader and writer class per format.</summary>
public static class RdfFormats
{
    public static bool TryFromExtension(string path, out RdfFormat format)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        switch (ext)
        {
            case ".ttl": case ".turtle": format = RdfFormat.Turtle; return true;
            case ".nt": case ".ntriples": format = RdfFormat.NTriples; return true;
            case ".nq": case ".nquads": format = RdfFormat.NQuads; return true;
            case ".trig": format = RdfFormat.TriG; return true;
            case ".jsonld": case ".json-ld": format = RdfFormat.JsonLd; return true;
            default: format = default; return false;
        }
    }

    /// <summary>Parses a format name as users type it: ttl, turtle, nt, ntriples, nq, nquads, trig, jsonld.</summary>
    public static bool TryFromName(string name, out RdfFormat format) => TryFromExtension("." + name.TrimStart('.'), out format);

    public static string Extension(RdfFormat format) => format switch
    {
        RdfFormat.Turtle => ".ttl",
        RdfFormat.NTriples => ".nt",
        RdfFormat.NQuads => ".nq",
        RdfFormat.TriG => ".trig",
        _ => ".jsonld",
    };

    public static string MediaType(RdfFormat format) => format switch
    {
        RdfFormat.Turtle => "text/turtle",
        RdfFormat.NTriples => "application/n-triples",
        RdfFormat.NQuads => "application/n-quads",
        RdfFormat.TriG => "application/trig",
        _ => "application/ld+json",
    };

    /// <summary>True when the format can carry named graphs.</summary>
    public static bool SupportsDatasets(RdfFormat format) => format is RdfFormat.NQuads or RdfFormat.TriG or RdfFormat.JsonLd;

    public static IRdfReader CreateReader(RdfFormat format) => format switch
    {
        RdfFormat.Turtle => new TurtleParser(),
        RdfFormat.NTriples => new NTriplesParser(),
        RdfFormat.NQuads => new NQuadsParser(),
        RdfFormat.TriG => new TriGParser(),
        _ => new JsonLdParser(),
    };

    public static IRdfWriter CreateWriter(RdfFormat format) => format switch
    {
        RdfFormat.Turtle => new TurtleWriter(),
        RdfFormat.NTriples => new NTriplesWriter(),
        RdfFormat.NQuads => new NQuadsWriter(),
        RdfFormat.TriG => new TriGWriter(),
        _ => new JsonLdWriter(),
    };
}
