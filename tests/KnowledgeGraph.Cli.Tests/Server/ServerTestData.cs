using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Tests.Server;

/// <summary>A small dataset shaped like kg output: persons with French labels, each article in its own named graph.</summary>
internal static class ServerTestData
{
    public const string Id = "https://w3id.org/kgnews/id/";
    public const string Foaf = "http://xmlns.com/foaf/0.1/";
    public const string G1 = "https://w3id.org/kgnews/id/article/a1";
    public const string G2 = "https://w3id.org/kgnews/id/article/a2";

    public static MemoryStore Store(int fillerTriples = 0)
    {
        var store = new MemoryStore();
        var label = new UriNode(Vocabulary.Rdfs + "label");
        var type = new UriNode(Vocabulary.RdfType);
        var person = new UriNode(Foaf + "Person");
        store.Add(new Quad(new UriNode(Id + "person/helene"), label, LiteralNode.LangTagged("Hélène Dupré", "fr"), new UriNode(G1)));
        store.Add(new Quad(new UriNode(Id + "person/helene"), type, person, new UriNode(G1)));
        store.Add(new Quad(new UriNode(Id + "person/zoe"), label, LiteralNode.LangTagged("Zoé Lefèvre", "fr"), new UriNode(G2)));
        store.Add(new Quad(new UriNode(Id + "person/zoe"), type, person, new UriNode(G2)));
        for (int i = 0; i < fillerTriples; i++)
            store.Add(new Quad(new UriNode(Id + "thing/" + i), new UriNode(Id + "prop/p"), LiteralNode.Plain("v" + i)));
        return store;
    }
}
