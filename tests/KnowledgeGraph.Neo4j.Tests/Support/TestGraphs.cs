using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Neo4j.Tests.Support;

/// <summary>
/// The graph the end-to-end tests load. One place to change: point <see cref="NewsGraphPath"/> at the real
/// <c>kg build seeds</c> output (a .trig/.nq file) once it lands, and every count check follows.
/// </summary>
public static class TestGraphs
{
    public static string NewsGraphPath => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "news-graph.nq");

    public static (List<Quad> Quads, NamespaceMap Namespaces) Load(string path)
    {
        var namespaces = new NamespaceMap();
        if (!RdfFormats.TryFromExtension(path, out var format)) throw new ArgumentException($"{path}: unknown RDF extension");
        try
        {
            using var reader = RdfText.OpenFile(path);
            var quads = RdfFormats.CreateReader(format)
                .Read(reader, new RdfReaderOptions(path, null, "", namespaces)).ToList();
            return (quads, namespaces);
        }
        catch (NotImplementedException) when (format == RdfFormat.NQuads)
        {
            // Until the project's N-Quads parser is merged, read the simple fixture with the line reader below.
            return (SimpleNQuads.Read(path).ToList(), namespaces);
        }
    }

    /// <summary>A strict reader for the N-Quads subset the fixtures use (absolute IRIs, _:labels, escaped \" and \\).</summary>
    private static class SimpleNQuads
    {
        private static readonly Regex Term = new(
            "\\G\\s*(?:<(?<iri>[^>]*)>|_:(?<bnode>[A-Za-z0-9_]+)|\"(?<lex>(?:[^\"\\\\]|\\\\.)*)\"(?:@(?<lang>[A-Za-z0-9-]+)|\\^\\^<(?<dt>[^>]*)>)?)",
            RegexOptions.Compiled);

        public static IEnumerable<Quad> Read(string path)
        {
            var number = 0;
            foreach (var line in File.ReadLines(path))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#')) continue;
                var terms = new List<INode>();
                var at = 0;
                Match m;
                while ((m = Term.Match(line, at)).Success && m.Length > 0)
                {
                    terms.Add(m.Groups["iri"].Success ? new UriNode(m.Groups["iri"].Value)
                        : m.Groups["bnode"].Success ? new BlankNode(m.Groups["bnode"].Value)
                        : new LiteralNode(Regex.Unescape(m.Groups["lex"].Value.Replace("\\\"", "\"")),
                            m.Groups["dt"].Success ? m.Groups["dt"].Value : null,
                            m.Groups["lang"].Success ? m.Groups["lang"].Value : null));
                    at = m.Index + m.Length;
                }
                if (terms.Count is < 3 or > 4 || line[at..].Trim() != ".")
                    throw new FormatException($"{path}:{number}: not an N-Quads line this test reader understands");
                yield return new Quad(terms[0], terms[1], terms[2], terms.Count == 4 ? terms[3] : null);
            }
        }
    }
}
