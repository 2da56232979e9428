using Xunit;

namespace KnowledgeGraph.Rdf.Tests.Parsing;

/// <summary>Files loaded through RdfLoader: parser chosen by extension, file IRI as base, blank nodes kept apart per document.</summary>
public sealed class RdfLoaderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"kg-loader-{Environment.ProcessId}-{Guid.NewGuid():N}");

    public RdfLoaderTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Two_documents_with_the_same_blank_label_keep_two_blank_nodes()
    {
        var store = new MemoryStore();
        var p = new UriNode("http://ex/p");
        RdfLoader.LoadFile(store, Write("a.ttl", "@prefix ex: <http://ex/> . _:x ex:p \"a\" ."), documentIndex: 0);
        RdfLoader.LoadFile(store, Write("b.nt", "_:x <http://ex/p> \"b\" ."), documentIndex: 1);
        var subjects = store.Match(null, p, null, GraphSelector.Default).Select(q => q.Subject).Distinct().ToList();
        Assert.Equal(2, subjects.Count);
        Assert.Contains(new BlankNode("d1_x"), subjects);
        Assert.Equal("http://ex/", store.Namespaces.ToDictionary()["ex"]);
    }

    [Fact]
    public void Relative_IRIs_resolve_against_the_file_and_TriG_graphs_are_kept()
    {
        var store = new MemoryStore();
        var path = Write("data.trig", "<#s> <#p> <other.ttl> . <#g> { <#s> <#p> \"in g\" }");
        Assert.Equal(2, RdfLoader.LoadFile(store, path));
        var fileIri = new Uri(path).AbsoluteUri;
        Assert.True(store.Contains(new Quad(new UriNode(fileIri + "#s"), new UriNode(fileIri + "#p"),
            new UriNode(new Uri(Path.Combine(_dir, "other.ttl")).AbsoluteUri))));
        Assert.Equal([new UriNode(fileIri + "#g")], store.GraphNames);
    }

    [Fact]
    public void A_syntax_error_names_the_file()
    {
        var path = Write("bad.nt", "<http://ex/s> <http://ex/p> <http://ex/o> .\n<http://ex/s> <http://ex/p> .\n");
        var ex = Assert.Throws<RdfSyntaxException>(() => RdfLoader.LoadFile(new MemoryStore(), path));
        Assert.Equal(path, ex.SourceName);
        Assert.Equal(2, ex.Line);
        Assert.Equal(29, ex.Column);
    }
}
