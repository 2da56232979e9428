using Xunit;

namespace KnowledgeGraph.Rdf.Tests.IriResolution;

/// <summary>RFC 3986 section 5.4 reference resolution examples, and a few the W3C suites rely on.</summary>
public sealed class IriResolverTests
{
    private const string Base = "http://a/b/c/d;p?q";

    [Theory]
    // 5.4.1 normal examples
    [InlineData("g:h", "g:h")]
    [InlineData("g", "http://a/b/c/g")]
    [InlineData("./g", "http://a/b/c/g")]
    [InlineData("g/", "http://a/b/c/g/")]
    [InlineData("/g", "http://a/g")]
    [InlineData("//g", "http://g")]
    [InlineData("?y", "http://a/b/c/d;p?y")]
    [InlineData("g?y", "http://a/b/c/g?y")]
    [InlineData("#s", "http://a/b/c/d;p?q#s")]
    [InlineData("g#s", "http://a/b/c/g#s")]
    [InlineData("g?y#s", "http://a/b/c/g?y#s")]
    [InlineData(";x", "http://a/b/c/;x")]
    [InlineData("g;x", "http://a/b/c/g;x")]
    [InlineData("g;x?y#s", "http://a/b/c/g;x?y#s")]
    [InlineData("", "http://a/b/c/d;p?q")]
    [InlineData(".", "http://a/b/c/")]
    [InlineData("./", "http://a/b/c/")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../", "http://a/b/")]
    [InlineData("../g", "http://a/b/g")]
    [InlineData("../..", "http://a/")]
    [InlineData("../../", "http://a/")]
    [InlineData("../../g", "http://a/g")]
    // 5.4.2 abnormal examples
    [InlineData("../../../g", "http://a/g")]
    [InlineData("../../../../g", "http://a/g")]
    [InlineData("/./g", "http://a/g")]
    [InlineData("/../g", "http://a/g")]
    [InlineData("g.", "http://a/b/c/g.")]
    [InlineData(".g", "http://a/b/c/.g")]
    [InlineData("g..", "http://a/b/c/g..")]
    [InlineData("..g", "http://a/b/c/..g")]
    [InlineData("./../g", "http://a/b/g")]
    [InlineData("./g/.", "http://a/b/c/g/")]
    [InlineData("g/./h", "http://a/b/c/g/h")]
    [InlineData("g/../h", "http://a/b/c/h")]
    [InlineData("g;x=1/./y", "http://a/b/c/g;x=1/y")]
    [InlineData("g;x=1/../y", "http://a/b/c/y")]
    [InlineData("g?y/./x", "http://a/b/c/g?y/./x")]
    [InlineData("g?y/../x", "http://a/b/c/g?y/../x")]
    [InlineData("g#s/./x", "http://a/b/c/g#s/./x")]
    [InlineData("g#s/../x", "http://a/b/c/g#s/../x")]
    [InlineData("http:g", "http:g")]
    public void Rfc3986_examples(string reference, string expected) =>
        Assert.Equal(expected, IriResolver.Resolve(Base, reference));

    [Theory]
    [InlineData("http://ex.org", "a", "http://ex.org/a")]
    [InlineData("file:///dir/doc.ttl", "../x", "file:///x")]
    [InlineData("urn:isbn:1234", "#frag", "urn:isbn:1234#frag")]
    [InlineData("http://ex.org/a#frag", "", "http://ex.org/a")]
    [InlineData("http://ex.org/a/b?q#f", "#g", "http://ex.org/a/b?q#g")]
    [InlineData("http://ex.org/a/b", "http://OTHER.org/./x/../y", "http://OTHER.org/y")]
    public void Other_bases(string baseIri, string reference, string expected) =>
        Assert.Equal(expected, IriResolver.Resolve(baseIri, reference));

    [Theory]
    [InlineData("http://ex/", true)]
    [InlineData("urn:x", true)]
    [InlineData("a+b.c-d:rest", true)]
    [InlineData("1http://ex/", false)]
    [InlineData("/path", false)]
    [InlineData("rel/a:b", false)]
    [InlineData("", false)]
    public void Absolute_means_starts_with_a_scheme(string iri, bool absolute) =>
        Assert.Equal(absolute, IriResolver.IsAbsolute(iri));
}
