using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using KnowledgeGraph.Rdf;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Server;

/// <summary>The SPARQL 1.1 Protocol surface over real HTTP: formats, datasets, encodings, service description, HEAD, CORS.</summary>
public class ProtocolTests : IAsyncLifetime
{
    private LiveServer _server = null!;
    private HttpClient Client => _server.Client;

    public async Task InitializeAsync() => _server = await LiveServer.StartAsync(ServerTestData.Store(), LiveServer.Writable);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static string Q(string query) => "/sparql?query=" + Uri.EscapeDataString(query);

    private async Task<HttpResponseMessage> Get(string path, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await Client.SendAsync(request);
    }

    [Fact]
    public async Task Xml_results_declare_utf8_and_parse_with_a_standard_xml_reader()
    {
        var r = await Get(Q("SELECT ?l { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l"), "application/sparql-results+xml");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var bytes = await r.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", Encoding.UTF8.GetString(bytes));
        // XmlReader on the bytes honours the declaration: a wrong one (utf-16) makes this throw.
        using var reader = XmlReader.Create(new MemoryStream(bytes));
        var doc = XDocument.Load(reader);
        XNamespace ns = "http://www.w3.org/2005/sparql-results#";
        Assert.Equal(new[] { "Hélène Dupré", "Zoé Lefèvre" }, doc.Descendants(ns + "literal").Select(e => e.Value));
    }

    [Fact]
    public async Task Ask_as_xml_and_application_json_are_served()
    {
        var xml = await Get(Q("ASK { ?s ?p ?o }"), "application/sparql-results+xml");
        XNamespace ns = "http://www.w3.org/2005/sparql-results#";
        Assert.Equal("true", XDocument.Load(await xml.Content.ReadAsStreamAsync()).Root!.Element(ns + "boolean")!.Value);

        var json = await Get(Q("SELECT ?p { ?p a <http://xmlns.com/foaf/0.1/Person> }"), "application/json");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.Equal(2, doc.RootElement.GetProperty("results").GetProperty("bindings").GetArrayLength());
    }

    [Theory]
    [InlineData("text/turtle", RdfFormat.Turtle)]
    [InlineData("application/n-triples", RdfFormat.NTriples)]
    [InlineData("application/ld+json", RdfFormat.JsonLd)]
    [InlineData("application/n-quads", RdfFormat.NQuads)]
    [InlineData("application/trig", RdfFormat.TriG)]
    public async Task Construct_is_served_in_every_rdf_syntax(string mediaType, RdfFormat format)
    {
        var r = await Get(Q("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), mediaType);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(mediaType, r.Content.Headers.ContentType!.MediaType);
        var quads = RdfFormats.CreateReader(format).Read(new StringReader(await r.Content.ReadAsStringAsync()), new RdfReaderOptions("response")).ToList();
        Assert.Equal(4, quads.Count);
        Assert.Contains(quads, q => q.Object is ILiteralNode { Value: "Hélène Dupré" });
    }

    [Fact]
    public async Task Construct_and_describe_are_served_as_rdf_xml()
    {
        var r = await Get(Q("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), "application/rdf+xml");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/rdf+xml", r.Content.Headers.ContentType!.MediaType);
        var doc = XDocument.Load(XmlReader.Create(await r.Content.ReadAsStreamAsync()));
        XNamespace rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        var descriptions = doc.Root!.Elements(rdf + "Description").ToList();
        Assert.Equal(2, descriptions.Count);
        var helene = descriptions.Single(d => (string?)d.Attribute(rdf + "about") == ServerTestData.Id + "person/helene");
        var label = helene.Elements().Single(e => e.Name.LocalName == "label");
        Assert.Equal("Hélène Dupré", label.Value);
        Assert.Equal("fr", (string?)label.Attribute(XNamespace.Xml + "lang"));
        Assert.Equal(ServerTestData.Foaf + "Person", (string?)helene.Elements(rdf + "type").Single().Attribute(rdf + "resource"));

        var describe = await Get(Q($"DESCRIBE <{ServerTestData.Id}person/zoe>"), "application/rdf+xml");
        Assert.Contains("Zoé Lefèvre", await describe.Content.ReadAsStringAsync());
    }

    private async Task<List<string>> Labels(HttpResponseMessage r)
    {
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("results").GetProperty("bindings").EnumerateArray()
            .Select(b => b.GetProperty("l").GetProperty("value").GetString()!).Order().ToList();
    }

    [Fact]
    public async Task Dataset_parameters_in_the_url_and_in_the_form_body_choose_the_graphs()
    {
        const string query = "SELECT ?l { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?l }";
        Assert.Equal(new[] { "Hélène Dupré", "Zoé Lefèvre" }, await Labels(await Get(Q(query))));
        Assert.Equal(new[] { "Hélène Dupré" },
            await Labels(await Get(Q(query) + "&default-graph-uri=" + Uri.EscapeDataString(ServerTestData.G1))));
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["query"] = query, ["default-graph-uri"] = ServerTestData.G2 });
        Assert.Equal(new[] { "Zoé Lefèvre" }, await Labels(await Client.PostAsync("/sparql", form)));
        // The protocol dataset takes precedence over FROM (Protocol §2.1.4), and named-graph-uri limits GRAPH ?g.
        var named = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["query"] = $"SELECT ?l FROM <{ServerTestData.G1}> {{ GRAPH ?g {{ ?p <http://www.w3.org/2000/01/rdf-schema#label> ?l }} }}",
            ["named-graph-uri"] = ServerTestData.G2,
        });
        Assert.Equal(new[] { "Zoé Lefèvre" }, await Labels(await Client.PostAsync("/sparql", named)));
        var empty = await Get(Q(query) + "&default-graph-uri=" + Uri.EscapeDataString("http://example.org/none"));
        Assert.Empty(await Labels(empty));
    }

    private HttpRequestMessage UpdateRequest(string update, string path = "/update")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(update, new UTF8Encoding(false), "application/sparql-update") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", LiveServer.Token);
        return request;
    }

    [Fact]
    public async Task Using_graph_uri_sets_the_update_dataset_and_relative_iris_resolve_against_the_endpoint()
    {
        var r = await Client.SendAsync(UpdateRequest(
            "INSERT { GRAPH <http://example.org/out> { ?p <http://example.org/seen> true } } WHERE { ?p a <http://xmlns.com/foaf/0.1/Person> }",
            "/update?using-graph-uri=" + Uri.EscapeDataString(ServerTestData.G2)));
        Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
        var seen = _server.Store.Match(null, new UriNode("http://example.org/seen"), null, GraphSelector.All).Select(q => q.Subject).ToList();
        Assert.Equal(new INode[] { new UriNode(ServerTestData.Id + "person/zoe") }, seen);

        Assert.Equal(HttpStatusCode.NoContent, (await Client.SendAsync(UpdateRequest("INSERT DATA { <rel/s> <http://example.org/p> <o> }"))).StatusCode);
        var stored = _server.Store.Match(null, new UriNode("http://example.org/p"), null, GraphSelector.All).Single();
        Assert.Equal(new UriNode(_server.Url + "/rel/s"), stored.Subject);
        Assert.Equal(new UriNode(_server.Url + "/o"), stored.Object);

        var conflict = await Client.SendAsync(UpdateRequest("WITH <http://example.org/g> INSERT { ?s ?p ?o } WHERE { ?s ?p ?o }",
            "/update?using-graph-uri=" + Uri.EscapeDataString(ServerTestData.G1)));
        Assert.Equal(HttpStatusCode.BadRequest, conflict.StatusCode);
    }

    [Fact]
    public async Task Bodies_that_are_not_utf8_are_refused_with_415()
    {
        var declared = new ByteArrayContent(Encoding.Latin1.GetBytes("ASK { ?s ?p \"é\" }"));
        declared.Headers.TryAddWithoutValidation("Content-Type", "application/sparql-query; charset=ISO-8859-1");
        var r1 = await Client.PostAsync("/sparql", declared);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, r1.StatusCode);
        Assert.Contains("UTF-8", await r1.Content.ReadAsStringAsync());

        var undeclared = new ByteArrayContent(Encoding.Latin1.GetBytes("ASK { ?s ?p \"é\" }"));
        undeclared.Headers.TryAddWithoutValidation("Content-Type", "application/sparql-query");
        var r2 = await Client.PostAsync("/sparql", undeclared);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, r2.StatusCode);
        Assert.Contains("not valid UTF-8", await r2.Content.ReadAsStringAsync());

        var utf8 = new ByteArrayContent(Encoding.UTF8.GetBytes("ASK { ?s ?p \"Hélène Dupré\"@fr }"));
        utf8.Headers.TryAddWithoutValidation("Content-Type", "application/sparql-query; charset=utf-8");
        var r3 = await Client.PostAsync("/sparql", utf8);
        Assert.Contains("true", await r3.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Sparql_without_a_query_is_a_service_description_in_turtle_and_json_ld()
    {
        var ttl = await Get("/sparql");
        Assert.Equal(HttpStatusCode.OK, ttl.StatusCode);
        Assert.Equal("text/turtle", ttl.Content.Headers.ContentType!.MediaType);
        var endpoint = new UriNode(_server.Url + "/sparql");
        const string sd = "http://www.w3.org/ns/sparql-service-description#";
        foreach (var (accept, format) in new[] { ("text/turtle", RdfFormat.Turtle), ("application/ld+json", RdfFormat.JsonLd) })
        {
            var r = await Get("/sparql", accept);
            var triples = RdfFormats.CreateReader(format).Read(new StringReader(await r.Content.ReadAsStringAsync()), new RdfReaderOptions("sd")).Select(q => q.Triple).ToList();
            Assert.Contains(new Triple(endpoint, new UriNode(Vocabulary.RdfType), new UriNode(sd + "Service")), triples);
            Assert.Contains(new Triple(endpoint, new UriNode(sd + "endpoint"), endpoint), triples);
            Assert.Contains(new Triple(endpoint, new UriNode(sd + "supportedLanguage"), new UriNode(sd + "SPARQL11Update")), triples);
            Assert.Contains(new Triple(endpoint, new UriNode(sd + "resultFormat"), new UriNode("http://www.w3.org/ns/formats/RDF_XML")), triples);
        }
    }

    [Fact]
    public async Task Head_answers_like_get_without_a_body()
    {
        var get = await Get(Q("ASK {}"));
        var head = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, Q("ASK {}")));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType!.MediaType, head.Content.Headers.ContentType!.MediaType);
        Assert.Equal((await get.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/id/person/zoe"))).StatusCode);
    }

    [Fact]
    public async Task Cors_headers_and_preflight_let_a_page_on_another_origin_query()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Q("ASK {}"));
        request.Headers.Add("Origin", "https://yasgui.example");
        var r = await Client.SendAsync(request);
        Assert.Equal("*", r.Headers.GetValues("Access-Control-Allow-Origin").Single());

        var preflight = new HttpRequestMessage(HttpMethod.Options, "/sparql");
        preflight.Headers.Add("Origin", "https://yasgui.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        var p = await Client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, p.StatusCode);
        Assert.Contains("POST", p.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.Contains("Content-Type", p.Headers.GetValues("Access-Control-Allow-Headers").Single());
    }

    [Fact]
    public async Task Cors_can_be_turned_off()
    {
        await using var server = await LiveServer.StartAsync(ServerTestData.Store(), o => o with { CorsOrigin = null });
        var request = new HttpRequestMessage(HttpMethod.Get, Q("ASK {}"));
        request.Headers.Add("Origin", "https://yasgui.example");
        var r = await server.Client.SendAsync(request);
        Assert.False(r.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
