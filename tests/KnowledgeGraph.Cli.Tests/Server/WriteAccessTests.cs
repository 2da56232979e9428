using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Server;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Server;

/// <summary>Writes are off by default, and on only with the bearer token given at start-up.</summary>
public class WriteAccessTests
{
    private static HttpRequestMessage Update(string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/update")
        {
            Content = new StringContent("INSERT DATA { <http://example.org/s> <http://example.org/p> 1 }", Encoding.UTF8, "application/sparql-update"),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static int Inserted(LiveServer s) => s.Store.Match(new UriNode("http://example.org/s"), null, null, GraphSelector.All).Count();

    [Fact]
    public async Task Writes_are_refused_when_not_enabled_even_with_a_token()
    {
        await using var server = await LiveServer.StartAsync(ServerTestData.Store());
        var r = await server.Client.SendAsync(Update(LiveServer.Token));
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        Assert.Contains("--allow-update", await r.Content.ReadAsStringAsync());
        Assert.Equal(0, Inserted(server));
    }

    [Fact]
    public async Task Enabled_writes_need_the_right_bearer_token()
    {
        await using var server = await LiveServer.StartAsync(ServerTestData.Store(), LiveServer.Writable);
        var none = await server.Client.SendAsync(Update(null));
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Forbidden, (await server.Client.SendAsync(Update("wrong"))).StatusCode);
        Assert.Equal(0, Inserted(server));
        Assert.Equal(HttpStatusCode.NoContent, (await server.Client.SendAsync(Update(LiveServer.Token))).StatusCode);
        Assert.Equal(1, Inserted(server));
    }

    [Fact]
    public void A_server_that_accepts_writes_without_a_token_cannot_be_built()
    {
        var e = Assert.Throws<ArgumentException>(() => new KgServer(
            new KgServerOptions(Array.Empty<string>(), AllowUpdate: true), new MemoryStore(), new KnowledgeGraph.Sparql.SparqlQueryProcessor(new MemoryStore())));
        Assert.Contains("token", e.Message);
    }
}
