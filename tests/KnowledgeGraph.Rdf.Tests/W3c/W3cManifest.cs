namespace KnowledgeGraph.Rdf.Tests.W3c;

/// <summary>One entry of a W3C RDF test manifest.</summary>
/// <param name="Id">The entry IRI's fragment: unique, unlike mf:name (the Turtle manifest repeats a name).</param>
public sealed record W3cTestEntry(
    string Id,
    string Name,
    string Type,
    string ActionPath,
    string ActionBaseIri,
    string? ResultPath);

/// <summary>Reads a W3C rdf-tests manifest.ttl with our own Turtle parser.</summary>
public static class W3cManifest
{
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Rdft = "http://www.w3.org/ns/rdftest#";
    private const string PublishedRoot = "https://w3c.github.io/rdf-tests/rdf/rdf11/";

    public static IReadOnlyList<W3cTestEntry> Load(string suiteFolder)
    {
        var manifestPath = Path.Combine(suiteFolder, "manifest.ttl");
        var fileBase = new Uri(manifestPath).AbsoluteUri;
        List<Quad> quads;
        using (var reader = RdfText.OpenFile(manifestPath))
            quads = new TurtleParser().Read(reader, new RdfReaderOptions(manifestPath, fileBase)).ToList();

        var index = new Dictionary<(INode, string), INode>();
        foreach (var q in quads) index.TryAdd((q.Subject, ((IUriNode)q.Predicate).Iri), q.Object);
        INode? Single(INode s, string p) => index.GetValueOrDefault((s, p));

        var manifestNode = new UriNode(fileBase);
        var assumedBase = (Single(manifestNode, Mf + "assumedTestBase") as IUriNode)?.Iri
            ?? PublishedRoot + Path.GetFileName(suiteFolder.TrimEnd('/')) + "/";
        var folderUri = new Uri(Path.GetFullPath(suiteFolder).TrimEnd('/') + "/").AbsoluteUri;

        var entries = new List<W3cTestEntry>();
        var list = Single(manifestNode, Mf + "entries");
        while (list is not null && !list.Equals(new UriNode(Vocabulary.RdfNil)))
        {
            var entry = Single(list, Vocabulary.RdfFirst)!;
            var type = ((IUriNode)Single(entry, Vocabulary.RdfType)!).Iri;
            var name = ((ILiteralNode)Single(entry, Mf + "name")!).Value;
            var action = ((IUriNode)Single(entry, Mf + "action")!).Iri;
            var result = (Single(entry, Mf + "result") as IUriNode)?.Iri;
            var relative = action.StartsWith(folderUri, StringComparison.Ordinal) ? action[folderUri.Length..] : action;
            var entryIri = ((IUriNode)entry).Iri;
            entries.Add(new W3cTestEntry(
                entryIri[(entryIri.IndexOf('#') + 1)..],
                name,
                type.StartsWith(Rdft, StringComparison.Ordinal) ? type[Rdft.Length..] : type,
                new Uri(action).LocalPath,
                assumedBase + relative,
                result is null ? null : new Uri(result).LocalPath));
            list = Single(list, Vocabulary.RdfRest);
        }
        return entries;
    }
}
