using System.Net;
using System.Net.Http.Headers;
using KnowledgeGraph.Rdf;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Server;

/// <summary>Entity pages for people: labels instead of IRIs, and links to the RDF forms that work.</summary>
public class EntityPageTests
{
    [Fact]
    public async Task A_person_page_names_linked_entities_by_label_and_links_its_rdf_forms()
    {
        var store = ServerTestData.Store();
        var helene = new UriNode(ServerTestData.Id + "person/helene");
        var org = new UriNode(ServerTestData.Id + "organization/mairie-de-lyon");
        store.Add(new Quad(helene, new UriNode("https://schema.org/worksFor"), org));
        store.Add(new Quad(org, new UriNode(Vocabulary.Rdfs + "label"), LiteralNode.LangTagged("Mairie de Lyon", "fr")));
        store.Add(new Quad(new UriNode("https://schema.org/worksFor"), new UriNode(Vocabulary.Rdfs + "label"), LiteralNode.LangTagged("travaille pour", "fr")));
        await using var server = await LiveServer.StartAsync(store);

        var request = new HttpRequestMessage(HttpMethod.Get, "/id/person/helene");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var page = await (await server.Client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("<h1>Hélène Dupré</h1>", page);
        Assert.Contains(">Mairie de Lyon</a>", page);
        Assert.Contains(">travaille pour</a>", page);
        Assert.Contains("href=\"/id/organization/mairie-de-lyon\"", page);
        Assert.DoesNotContain("<script", page);
        Assert.DoesNotContain("http://", page.Replace("http://xmlns.com", "").Replace("http://www.w3.org", "").Split("<body>")[0]);

        Assert.Contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"/id/person/helene?format=ttl\">", page);
        var ttl = await server.Client.GetAsync("/id/person/helene?format=ttl");
        Assert.Equal("text/turtle", ttl.Content.Headers.ContentType!.MediaType);
        var triples = new TurtleParser().Read(new StringReader(await ttl.Content.ReadAsStringAsync()), new RdfReaderOptions("page")).ToList();
        Assert.Contains(triples, q => q.Object.Equals(org));
        var rdfXml = await server.Client.GetAsync("/id/person/helene?format=rdf");
        Assert.Equal("application/rdf+xml", rdfXml.Content.Headers.ContentType!.MediaType);
    }
}
