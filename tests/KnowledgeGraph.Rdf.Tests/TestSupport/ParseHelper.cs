using Xunit;

namespace KnowledgeGraph.Rdf.Tests;

internal static class ParseHelper
{
    public static List<Quad> Parse(RdfFormat format, string text, RdfReaderOptions? options = null) =>
        RdfFormats.CreateReader(format).Read(new StringReader(text), options ?? new RdfReaderOptions("test.doc")).ToList();

    public static List<Quad> Turtle(string text, string? baseIri = null) =>
        Parse(RdfFormat.Turtle, text, new RdfReaderOptions("test.ttl", baseIri));

    public static RdfSyntaxException Error(RdfFormat format, string text, RdfReaderOptions? options = null) =>
        Assert.Throws<RdfSyntaxException>(() => Parse(format, text, options ?? new RdfReaderOptions("test.doc")));

    public static UriNode Iri(string iri) => new(iri);
}
