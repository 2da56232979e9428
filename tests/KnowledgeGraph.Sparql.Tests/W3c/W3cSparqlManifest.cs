using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Tests.W3c;

/// <summary>A data file loaded into a named graph (qt:graphData, or ut:graphData with its ut:graph and rdfs:label).</summary>
public sealed record W3cGraphData(string Path, string GraphName);

/// <summary>
/// One entry of a W3C SPARQL test manifest. Paths are local file paths. For syntax tests
/// <see cref="QueryPath"/> is the mf:action file; for evaluation tests it is qt:query or ut:request.
/// </summary>
/// <param name="Id">The entry IRI (unique across the suite).</param>
/// <param name="Type">The local name of the rdf:type: PositiveSyntaxTest11, QueryEvaluationTest, ...</param>
/// <param name="DataPaths">qt:data / ut:data (the default graph).</param>
/// <param name="GraphData">qt:graphData / ut:graphData (named graphs).</param>
/// <param name="ResultPath">mf:result when it is a file (.srx, .srj, .csv, .tsv, .ttl, .rdf).</param>
/// <param name="ResultDataPaths">Update tests: ut:data of the expected result.</param>
/// <param name="ResultGraphData">Update tests: ut:graphData of the expected result.</param>
/// <param name="Approval">dawgt:approval local name (Approved, NotClassified, Withdrawn, ...), or null.</param>
/// <param name="Requires">mf:requires local names (e.g. XsdDateOperations, StringSimpleLiteralCmp).</param>
/// <param name="ServiceData">qt:serviceData endpoints → data files, for SERVICE tests.</param>
public sealed record W3cSparqlTest(
    string Id,
    string Name,
    string Type,
    string ManifestPath,
    string? QueryPath,
    IReadOnlyList<string> DataPaths,
    IReadOnlyList<W3cGraphData> GraphData,
    string? ResultPath,
    IReadOnlyList<string> ResultDataPaths,
    IReadOnlyList<W3cGraphData> ResultGraphData,
    string? Approval,
    IReadOnlyList<string> Requires,
    IReadOnlyList<KeyValuePair<string, string>> ServiceData)
{
    public bool IsSyntaxTest => Type is "PositiveSyntaxTest" or "NegativeSyntaxTest" or "PositiveSyntaxTest11"
        or "NegativeSyntaxTest11" or "PositiveUpdateSyntaxTest11" or "NegativeUpdateSyntaxTest11";

    public bool IsPositiveSyntaxTest => Type.StartsWith("Positive", StringComparison.Ordinal);

    /// <summary>Whether the text is an update request: by test type, or by the .ru extension.</summary>
    public bool IsUpdate => Type.Contains("Update", StringComparison.Ordinal)
        || (QueryPath?.EndsWith(".ru", StringComparison.Ordinal) ?? false);

    /// <summary>The base IRI the query is parsed with: the file's URI, as the W3C runners do.</summary>
    public string? QueryBaseIri => QueryPath is null ? null : new Uri(QueryPath).AbsoluteUri;

    public override string ToString() => Name;
}

/// <summary>
/// Reads W3C SPARQL test manifests (Turtle, with our own parser), following mf:include lists.
/// Entries are returned in manifest order, each entry IRI once.
/// </summary>
public static class W3cSparqlManifest
{
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    private const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";
    private const string Dawgt = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#";
    private const string RdfsLabel = "http://www.w3.org/2000/01/rdf-schema#label";

    public static IReadOnlyList<W3cSparqlTest> Load(string manifestPath)
    {
        var result = new List<W3cSparqlTest>();
        var seenEntries = new HashSet<string>(StringComparer.Ordinal);
        var seenManifests = new HashSet<string>(StringComparer.Ordinal);
        LoadInto(Path.GetFullPath(manifestPath), result, seenEntries, seenManifests);
        return result;
    }

    private static void LoadInto(string manifestPath, List<W3cSparqlTest> result, HashSet<string> seenEntries, HashSet<string> seenManifests)
    {
        if (!seenManifests.Add(manifestPath)) return;
        var fileBase = new Uri(manifestPath).AbsoluteUri;
        List<Quad> quads;
        using (var reader = RdfText.OpenFile(manifestPath))
            quads = new TurtleParser().Read(reader, new RdfReaderOptions(manifestPath, fileBase)).ToList();

        var index = new Dictionary<(INode, string), List<INode>>();
        foreach (var q in quads)
        {
            var key = (q.Subject, ((IUriNode)q.Predicate).Iri);
            if (!index.TryGetValue(key, out var values)) index[key] = values = new List<INode>();
            values.Add(q.Object);
        }
        IReadOnlyList<INode> All(INode s, string p) => index.TryGetValue((s, p), out var v) ? v : Array.Empty<INode>();
        INode? One(INode s, string p) => All(s, p).FirstOrDefault();

        IEnumerable<INode> List(INode? head)
        {
            while (head is not null && !head.Equals(new UriNode(Vocabulary.RdfNil)))
            {
                if (One(head, Vocabulary.RdfFirst) is { } first) yield return first;
                head = One(head, Vocabulary.RdfRest);
            }
        }

        static string LocalPath(INode node) => new Uri(((IUriNode)node).Iri).LocalPath;
        static string LocalName(string iri) => iri[(Math.Max(iri.LastIndexOf('#'), iri.LastIndexOf('/')) + 1)..];

        var manifests = quads.Where(q => q.Predicate.Equals(new UriNode(Vocabulary.RdfType)) && q.Object.Equals(new UriNode(Mf + "Manifest")))
            .Select(q => q.Subject).Distinct().ToList();
        if (manifests.Count == 0) manifests.Add(new UriNode(fileBase));

        foreach (var manifest in manifests)
        {
            foreach (var entry in List(One(manifest, Mf + "entries")))
            {
                var id = entry is IUriNode u ? u.Iri : manifestPath + "#" + entry.ToNTriples();
                if (!seenEntries.Add(id)) continue;
                var type = One(entry, Vocabulary.RdfType) is IUriNode t ? LocalName(t.Iri) : "Unknown";
                var name = (One(entry, Mf + "name") as ILiteralNode)?.Value ?? LocalName(id);

                string? queryPath = null;
                var dataPaths = new List<string>();
                var graphData = new List<W3cGraphData>();
                var serviceData = new List<KeyValuePair<string, string>>();
                var action = One(entry, Mf + "action");
                if (action is IUriNode actionIri)
                {
                    queryPath = LocalPath(actionIri);
                }
                else if (action is not null)
                {
                    var q = One(action, Qt + "query") ?? One(action, Ut + "request");
                    if (q is IUriNode) queryPath = LocalPath(q);
                    foreach (var d in All(action, Qt + "data").Concat(All(action, Ut + "data")))
                        if (d is IUriNode) dataPaths.Add(LocalPath(d));
                    foreach (var g in All(action, Qt + "graphData"))
                        if (g is IUriNode gu) graphData.Add(new W3cGraphData(LocalPath(gu), gu.Iri));
                    graphData.AddRange(UpdateGraphData(All(action, Ut + "graphData")));
                    foreach (var s in All(action, Qt + "serviceData"))
                        if (One(s, Qt + "endpoint") is IUriNode ep && One(s, Qt + "data") is IUriNode sd)
                            serviceData.Add(new(ep.Iri, LocalPath(sd)));
                }

                string? resultPath = null;
                var resultData = new List<string>();
                var resultGraphs = new List<W3cGraphData>();
                var resultNode = One(entry, Mf + "result");
                if (resultNode is IUriNode r) resultPath = LocalPath(r);
                else if (resultNode is not null)
                {
                    foreach (var d in All(resultNode, Ut + "data"))
                        if (d is IUriNode) resultData.Add(LocalPath(d));
                    resultGraphs.AddRange(UpdateGraphData(All(resultNode, Ut + "graphData")));
                }

                var approval = One(entry, Dawgt + "approval") is IUriNode a ? LocalName(a.Iri) : null;
                var requires = All(entry, Mf + "requires").OfType<IUriNode>().Select(x => LocalName(x.Iri)).ToList();
                result.Add(new W3cSparqlTest(id, name, type, manifestPath, queryPath, dataPaths, graphData, resultPath,
                    resultData, resultGraphs, approval, requires, serviceData));
            }

            foreach (var included in List(One(manifest, Mf + "include")))
                if (included is IUriNode inc) LoadInto(new Uri(inc.Iri).LocalPath, result, seenEntries, seenManifests);
        }

        IEnumerable<W3cGraphData> UpdateGraphData(IEnumerable<INode> nodes)
        {
            foreach (var node in nodes)
            {
                if (One(node, Ut + "graph") is IUriNode file)
                {
                    var label = (One(node, RdfsLabel) as ILiteralNode)?.Value ?? file.Iri;
                    yield return new W3cGraphData(LocalPath(file), label);
                }
            }
        }
    }
}
