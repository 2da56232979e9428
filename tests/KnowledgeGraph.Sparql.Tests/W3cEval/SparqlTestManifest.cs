using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Sparql.Tests.W3cEval;

/// <summary>A file loaded into a named graph: the graph's IRI is the label given, or the file's own IRI.</summary>
public sealed record NamedGraphFile(string Path, string GraphIri);

/// <summary>A dataset state of an update test (before or after).</summary>
public sealed record DatasetFiles(IReadOnlyList<string> DefaultGraph, IReadOnlyList<NamedGraphFile> NamedGraphs);

/// <summary>One evaluation test of a W3C SPARQL manifest.</summary>
/// <param name="Key">Unique key: the manifest folder relative to the suites root, '#', the entry's fragment.</param>
public sealed record SparqlTestCase(
    string Key,
    string Manifest,
    string Name,
    string Type,
    string? QueryPath,
    IReadOnlyList<string> Data,
    IReadOnlyList<NamedGraphFile> GraphData,
    string? ResultPath,
    DatasetFiles? UpdateBefore,
    DatasetFiles? UpdateAfter,
    string? RequestPath)
{
    public bool IsUpdate => Type == "UpdateEvaluationTest";

    public override string ToString() => Key;
}

/// <summary>Reads the W3C SPARQL test manifests (mf:, qt:, ut: vocabularies) with the project's Turtle parser.</summary>
public static class SparqlTestManifest
{
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    private const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";
    private const string RdfsLabel = Vocabulary.Rdfs + "label";

    /// <summary>The evaluation manifests the issue measures: SPARQL 1.0 evaluation, SPARQL 1.1 query, update and result formats.</summary>
    public static IEnumerable<string> EvaluationManifests(string suitesRoot)
    {
        yield return Path.Combine(suitesRoot, "sparql10", "manifest-evaluation.ttl");
        yield return Path.Combine(suitesRoot, "sparql11", "manifest-sparql11-query.ttl");
        yield return Path.Combine(suitesRoot, "sparql11", "manifest-sparql11-update.ttl");
        yield return Path.Combine(suitesRoot, "sparql11", "manifest-sparql11-results.ttl");
        yield return Path.Combine(suitesRoot, "sparql11", "entailment", "manifest.ttl");
        yield return Path.Combine(suitesRoot, "sparql11", "service", "manifest.ttl");
    }

    public static IReadOnlyList<SparqlTestCase> LoadAll(string suitesRoot)
    {
        var result = new List<SparqlTestCase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in EvaluationManifests(suitesRoot))
            if (File.Exists(m)) Load(m, suitesRoot, result, seen);
        return result;
    }

    private static void Load(string manifestPath, string root, List<SparqlTestCase> output, HashSet<string> seenManifests)
    {
        manifestPath = Path.GetFullPath(manifestPath);
        if (!seenManifests.Add(manifestPath)) return;
        var fileIri = new Uri(manifestPath).AbsoluteUri;
        List<Quad> quads;
        using (var reader = RdfText.OpenFile(manifestPath))
            quads = new TurtleParser().Read(reader, new RdfReaderOptions(manifestPath, fileIri)).ToList();
        var index = new Dictionary<(INode, string), List<INode>>();
        foreach (var q in quads)
        {
            var key = (q.Subject, ((IUriNode)q.Predicate).Iri);
            if (!index.TryGetValue(key, out var list)) index[key] = list = new List<INode>();
            list.Add(q.Object);
        }
        IReadOnlyList<INode> All(INode s, string p) => index.TryGetValue((s, p), out var l) ? l : Array.Empty<INode>();
        INode? One(INode s, string p) => All(s, p).FirstOrDefault();
        IEnumerable<INode> List(INode? head)
        {
            while (head is not null && !head.Equals(new UriNode(Vocabulary.RdfNil)))
            {
                if (One(head, Vocabulary.RdfFirst) is { } item) yield return item;
                head = One(head, Vocabulary.RdfRest);
            }
        }
        static string LocalPath(INode n) => new Uri(((IUriNode)n).Iri).LocalPath;

        var manifestNode = new UriNode(fileIri);
        foreach (var include in List(One(manifestNode, Mf + "include")))
            Load(LocalPath(include), root, output, seenManifests);

        var folder = Path.GetRelativePath(root, Path.GetDirectoryName(manifestPath)!).Replace('\\', '/');
        foreach (var entry in List(One(manifestNode, Mf + "entries")))
        {
            var type = (One(entry, Vocabulary.RdfType) as IUriNode)?.Iri ?? "";
            var localType = type[(type.LastIndexOfAny(['#', '/']) + 1)..];
            if (localType is not ("QueryEvaluationTest" or "UpdateEvaluationTest" or "CSVResultFormatTest")) continue;
            var entryIri = entry is IUriNode u ? u.Iri : entry.ToNTriples();
            var id = entryIri.Contains('#') ? entryIri[(entryIri.IndexOf('#') + 1)..] : entryIri;
            var name = (One(entry, Mf + "name") as ILiteralNode)?.Value ?? id;
            var action = One(entry, Mf + "action");
            var result = One(entry, Mf + "result");
            string? query = null, request = null;
            var data = new List<string>();
            var graphData = new List<NamedGraphFile>();
            DatasetFiles? before = null, after = null;
            if (action is IUriNode a)
            {
                query = LocalPath(a);
            }
            else if (action is not null)
            {
                if (One(action, Qt + "query") is { } q) query = LocalPath(q);
                foreach (var d in All(action, Qt + "data")) data.Add(LocalPath(d));
                foreach (var g in All(action, Qt + "graphData")) graphData.Add(GraphFile(g));
                if (One(action, Ut + "request") is { } r) request = LocalPath(r);
                if (localType == "UpdateEvaluationTest") before = State(action);
            }
            string? resultPath = null;
            if (localType == "UpdateEvaluationTest") after = result is null ? new DatasetFiles([], []) : State(result);
            else if (result is IUriNode ru) resultPath = LocalPath(ru);

            output.Add(new SparqlTestCase($"{folder}#{id}", folder, name, localType, query, data, graphData, resultPath, before, after, request));
        }

        NamedGraphFile GraphFile(INode g)
        {
            if (g is IUriNode gi) return new NamedGraphFile(LocalPath(gi), gi.Iri);
            var file = One(g, Ut + "graph") ?? One(g, Qt + "graph")!;
            var label = (One(g, RdfsLabel) as ILiteralNode)?.Value ?? ((IUriNode)file).Iri;
            return new NamedGraphFile(LocalPath(file), label);
        }

        DatasetFiles State(INode node) => new(
            All(node, Ut + "data").Select(LocalPath).ToList(),
            All(node, Ut + "graphData").Select(GraphFile).ToList());
    }
}
