using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Server;

/// <summary>Content negotiation: picks the best offered media type for an Accept header (RFC 9110 q-values).</summary>
public static class MediaTypes
{
    public const string SparqlJson = "application/sparql-results+json";
    public const string SparqlXml = "application/sparql-results+xml";
    public const string Csv = "text/csv";
    public const string Tsv = "text/tab-separated-values";
    public const string Html = "text/html";
    public const string RdfXml = RdfXmlWriter.MediaType;

    /// <summary>
    /// SELECT/ASK result types offered, preferred first. application/json and application/xml are the generic
    /// names many clients send (SPARQLWrapper, browsers' fetch); they get the same documents.
    /// </summary>
    public static readonly IReadOnlyList<string> ResultTypes = new[]
    {
        SparqlJson, SparqlXml, Csv, Tsv, "application/json", "application/xml", "text/xml",
    };

    /// <summary>CONSTRUCT/DESCRIBE and entity types offered, preferred first.</summary>
    public static readonly IReadOnlyList<string> RdfTypes = new[]
    {
        "text/turtle", "application/n-triples", "application/n-quads", "application/trig", "application/ld+json", RdfXml,
        "application/x-turtle", "text/plain",
    };

    /// <summary>
    /// The offered type the client prefers; <paramref name="offered"/>[0] when the header is missing or
    /// accepts anything; null when nothing offered is acceptable (the caller answers 406).
    /// </summary>
    public static string? Negotiate(string? accept, IReadOnlyList<string> offered)
    {
        if (string.IsNullOrWhiteSpace(accept)) return offered[0];
        string? best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        foreach (var part in accept.Split(','))
        {
            var pieces = part.Split(';');
            var range = pieces[0].Trim().ToLowerInvariant();
            double q = 1;
            foreach (var p in pieces.Skip(1))
            {
                var kv = p.Trim();
                if (kv.StartsWith("q=", StringComparison.Ordinal) &&
                    double.TryParse(kv.AsSpan(2), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var qq))
                    q = qq;
            }
            if (q <= 0) continue;
            foreach (var candidate in offered)
            {
                int specificity = Matches(range, candidate);
                if (specificity < 0) continue;
                if (q > bestQ || (q == bestQ && specificity > bestSpecificity))
                {
                    best = candidate;
                    bestQ = q;
                    bestSpecificity = specificity;
                }
                if (specificity < 2) break; // a wildcard range: the first offer (the server's preference) wins
            }
        }
        return best;
    }

    private static int Matches(string range, string candidate)
    {
        if (range == "*/*") return 0;
        if (range.EndsWith("/*", StringComparison.Ordinal))
            return candidate.StartsWith(range[..^1], StringComparison.Ordinal) ? 1 : -1;
        return range == candidate ? 2 : -1;
    }

    /// <summary>The RDF syntax for an offered RDF media type; null for RDF/XML, which has its own writer.</summary>
    public static RdfFormat? RdfFormatOf(string mediaType) => mediaType switch
    {
        "application/n-triples" or "text/plain" => RdfFormat.NTriples,
        "application/n-quads" => RdfFormat.NQuads,
        "application/trig" => RdfFormat.TriG,
        "application/ld+json" => RdfFormat.JsonLd,
        RdfXml => null,
        _ => RdfFormat.Turtle,
    };

    /// <summary>The syntax of a request body by its Content-Type (Graph Store Protocol); null when not readable.</summary>
    public static RdfFormat? ReadableRdfFormat(string? contentType) => (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "text/turtle" or "application/x-turtle" => RdfFormat.Turtle,
        "application/n-triples" or "text/plain" => RdfFormat.NTriples,
        "application/n-quads" => RdfFormat.NQuads,
        "application/trig" => RdfFormat.TriG,
        "application/ld+json" => RdfFormat.JsonLd,
        _ => null,
    };
}
