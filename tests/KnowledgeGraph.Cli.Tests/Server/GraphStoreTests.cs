using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KnowledgeGraph.Rdf;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Server;

/// <summary>SPARQL 1.1 Graph Store HTTP Protocol on /store, over real HTTP.</summary>
public class GraphStoreTests : IAsyncLifetime
{
    private LiveServer _server = null!;

    public async Task InitializeAsync() => _server = await LiveServer.StartAsync(ServerTestData.Store(1), LiveServer.Writable);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static string G(string iri) => "/store?graph=" + Uri.EscapeDataString(iri);

    private HttpRequestMessage Write(HttpMethod method, string path, string? turtle, bool token = true)
    {
        var request = new HttpRequestMessage(method, path);
        if (turtle is not null) request.Content = new StringContent(turtle, Encoding.UTF8, "text/turtle");
        if (token) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", LiveServer.Token);
        return request;
    }

    private async Task<List<Triple>> Read(string path)
    {
        var r = await _server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return new TurtleParser().Read(new StringReader(await r.Content.ReadAsStringAsync()), new RdfReaderOptions("store")).Select(q => q.Triple).ToList();
    }

    [Fact]
    public async Task Get_and_head_return_one_named_graph_or_the_default_graph()
    {
        var g1 = await Read(G(ServerTestData.G1));
        Assert.Equal(2, g1.Count);
        Assert.All(g1, t => Assert.Equal(new UriNode(ServerTestData.Id + "person/helene"), t.Subject));
        Assert.Single(await Read("/store?default"));
        var head = await _server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, G(ServerTestData.G1)));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _server.Client.GetAsync(G("http://example.org/none"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _server.Client.GetAsync("/store")).StatusCode);
    }

    [Fact]
    public async Task Put_post_and_delete_need_write_access_and_replace_merge_and_remove()
    {
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await _server.Client.SendAsync(Write(HttpMethod.Put, G(ServerTestData.G1), "<http://example.org/a> <http://example.org/b> 1 .", token: false))).StatusCode);
        Assert.Equal(2, (await Read(G(ServerTestData.G1))).Count);

        var put = await _server.Client.SendAsync(Write(HttpMethod.Put, G(ServerTestData.G1), "<http://example.org/a> <http://example.org/b> 1 ."));
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal(new[] { "http://example.org/a" }, (await Read(G(ServerTestData.G1))).Select(t => ((IUriNode)t.Subject).Iri));

        var post = await _server.Client.SendAsync(Write(HttpMethod.Post, G(ServerTestData.G1), "<http://example.org/c> <http://example.org/b> 2 ."));
        Assert.Equal(HttpStatusCode.NoContent, post.StatusCode);
        Assert.Equal(2, (await Read(G(ServerTestData.G1))).Count);

        var created = await _server.Client.SendAsync(Write(HttpMethod.Put, G("http://example.org/new"), "<http://example.org/x> <http://example.org/y> <z> ."));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        // A relative IRI in the body resolves against the graph's IRI.
        Assert.Equal(new UriNode("http://example.org/z"), (await Read(G("http://example.org/new"))).Single().Object);

        Assert.Equal(HttpStatusCode.NoContent, (await _server.Client.SendAsync(Write(HttpMethod.Delete, G(ServerTestData.G1), null))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _server.Client.GetAsync(G(ServerTestData.G1))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _server.Client.SendAsync(Write(HttpMethod.Delete, G(ServerTestData.G1), null))).StatusCode);

        var bad = await _server.Client.SendAsync(Write(HttpMethod.Put, G(ServerTestData.G2), "<http://example.org/a> <b"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(2, (await Read(G(ServerTestData.G2))).Count);
    }
}
