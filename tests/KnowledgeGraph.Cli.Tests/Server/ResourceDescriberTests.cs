using KnowledgeGraph.Rdf;
using KnowledgeGraph.Server;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Server;

public class ResourceDescriberTests
{
    private static readonly UriNode Alice = new("http://ex.org/id/alice");
    private static readonly UriNode Bob = new("http://ex.org/id/bob");
    private static readonly UriNode Knows = new("http://xmlns.com/foaf/0.1/knows");
    private static readonly UriNode Address = new("http://schema.org/address");
    private static readonly UriNode City = new("http://schema.org/addressLocality");

    [Fact]
    public void Describes_outgoing_statements_through_blank_nodes_and_incoming_links_across_graphs()
    {
        var store = new MemoryStore();
        var addr = new BlankNode("a1");
        store.Add(new Quad(Alice, Knows, Bob));
        store.Add(new Quad(Alice, Address, addr, new UriNode("http://ex.org/graph/1")));
        store.Add(new Quad(addr, City, LiteralNode.LangTagged("Genève", "fr")));
        store.Add(new Quad(Bob, Knows, Alice, new UriNode("http://ex.org/graph/2")));
        store.Add(new Quad(Bob, City, LiteralNode.Plain("unrelated")));

        var triples = ResourceDescriber.Describe(store, Alice);

        Assert.Contains(new Triple(Alice, Knows, Bob), triples);
        Assert.Contains(new Triple(addr, City, LiteralNode.LangTagged("Genève", "fr")), triples);
        Assert.Contains(new Triple(Bob, Knows, Alice), triples);
        Assert.DoesNotContain(new Triple(Bob, City, LiteralNode.Plain("unrelated")), triples);
        Assert.Equal(4, triples.Count);
    }

    [Fact]
    public void Output_is_sorted_so_pages_are_stable()
    {
        var store = new MemoryStore();
        for (int i = 9; i >= 0; i--) store.Add(new Quad(Alice, Knows, new UriNode($"http://ex.org/id/p{i}")));
        var triples = ResourceDescriber.Describe(store, Alice);
        var sorted = triples.OrderBy(t => t, NodeComparer.Instance).ToList();
        Assert.Equal(sorted, triples);
    }
}
