namespace KnowledgeGraph.Rdf.Tests.Writing;

/// <summary>Hand-built terms and a helper to run a writer into a string.</summary>
internal static class WriterTestData
{
    public const string Ex = "http://example.org/";

    public static readonly IReadOnlyList<KeyValuePair<string, string>> ExPrefixes =
    [
        new("ex", Ex),
        new("rdf", Vocabulary.Rdf),
        new("xsd", Vocabulary.Xsd),
        new("unused", "http://unused.example/"),
    ];

    public static UriNode U(string local) => new(Ex + local);

    public static BlankNode B(string id) => new(id);

    public static LiteralNode L(string value) => new(value);

    public static Quad Q(INode s, INode p, INode o, INode? g = null) => new(s, p, o, g);

    public static string Write(IRdfWriter writer, IEnumerable<Quad> quads, RdfWriterOptions? options = null)
    {
        var sw = new StringWriter { NewLine = "\n" };
        writer.Write(sw, quads, options ?? new RdfWriterOptions(ExPrefixes));
        return sw.ToString();
    }

    /// <summary>A small dataset exercising every shorthand: lists, nested blank nodes, French text, numbers.</summary>
    public static List<Quad> Rich(bool withNamedGraphs)
    {
        var type = new UriNode(Vocabulary.RdfType);
        var list = new List<Quad>
        {
            Q(U("paris"), type, U("Ville")),
            Q(U("paris"), U("nom"), new LiteralNode("Paris", language: "fr")),
            Q(U("paris"), U("devise"), L("Fluctuat nec mergitur")),
            Q(U("paris"), U("citation"), L("« L'été » a dit \"il\"\nsur deux lignes\\")),
            Q(U("paris"), U("population"), new LiteralNode("2102650", Vocabulary.XsdInteger)),
            Q(U("paris"), U("surface"), new LiteralNode("105.4", Vocabulary.XsdDecimal)),
            Q(U("paris"), U("ratio"), new LiteralNode("1.5E3", Vocabulary.XsdDouble)),
            Q(U("paris"), U("capitale"), new LiteralNode("true", Vocabulary.XsdBoolean)),
            Q(U("paris"), U("fondation"), new LiteralNode("-0250", Vocabulary.XsdGYear)),
            Q(U("paris"), U("code"), new LiteralNode("075", Vocabulary.XsdInteger)),
            Q(U("paris"), U("maire"), B("m")),
            Q(B("m"), U("nom"), new LiteralNode("Anne", language: "fr")),
            Q(B("m"), U("adresse"), B("a")),
            Q(B("a"), U("rue"), L("Place de l'Hôtel-de-Ville")),
            Q(U("paris"), U("arrondissements"), B("l1")),
            Q(B("l1"), new UriNode(Vocabulary.RdfFirst), new LiteralNode("1", Vocabulary.XsdInteger)),
            Q(B("l1"), new UriNode(Vocabulary.RdfRest), B("l2")),
            Q(B("l2"), new UriNode(Vocabulary.RdfFirst), B("n")),
            Q(B("l2"), new UriNode(Vocabulary.RdfRest), new UriNode(Vocabulary.RdfNil)),
            Q(B("n"), U("label"), L("deux")),
            Q(U("paris"), U("voisin"), U("a×b")),
            Q(U("paris"), U("voisin"), U("saint-denis")),
            Q(U("paris"), U("voisin"), U("x.")),
            Q(U("paris"), U("vide"), B("empty")),
        };
        if (withNamedGraphs)
        {
            list.Add(Q(U("lyon"), type, U("Ville"), U("g1")));
            list.Add(Q(U("lyon"), U("proche"), B("p"), U("g1")));
            list.Add(Q(B("p"), U("label"), L("x"), U("g1")));
            list.Add(Q(U("marseille"), type, U("Ville"), B("g2")));
        }
        return list;
    }
}
