using System.Text;
using System.Xml;
using System.Xml.Linq;
using KnowledgeGraph.Cli.Commands;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Server;

/// <summary>`kg query -f xml` writes the same SPARQL XML the server sends: declared UTF-8, readable by an XML parser from its bytes.</summary>
public sealed class XmlResultsCliTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"kg-xml-{Guid.NewGuid():N}.ttl");

    public XmlResultsCliTests() =>
        File.WriteAllText(_data, "<http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> \"Émile Zoé\"@fr .\n");

    public void Dispose() => File.Delete(_data);

    [Fact]
    public void Kg_query_xml_output_declares_utf8_and_parses_from_utf8_bytes()
    {
        var stdout = new StringWriter();
        int code = QueryCommand.Run([_data], "SELECT ?l WHERE { ?s ?p ?l }", "xml", "30s", null, false, stdout, new StringWriter(), CancellationToken.None);
        Assert.Equal(0, code);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", stdout.ToString());
        var doc = XDocument.Load(XmlReader.Create(new MemoryStream(Encoding.UTF8.GetBytes(stdout.ToString()))));
        Assert.Equal("Émile Zoé", doc.Descendants(XName.Get("literal", "http://www.w3.org/2005/sparql-results#")).Single().Value);
    }
}
