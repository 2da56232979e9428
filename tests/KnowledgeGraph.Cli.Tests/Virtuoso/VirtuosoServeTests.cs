using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Newtonsoft.Json.Linq;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Virtuoso;

/// <summary>kg serve --endpoint on the Virtuoso the seeds were pushed to, side by side with kg serve --data on the same build.</summary>
[Collection(VirtuosoCollection.Name)]
public sealed class VirtuosoServeTests(VirtuosoFixture virtuoso)
{
    [Fact]
    public async Task Pages_claims_and_sparql_from_the_remote_store_equal_the_embedded_ones()
    {
        Assert.True(virtuoso.SeedsPush.Exit == 0, virtuoso.SeedsPush.Stderr);
        var (embedded, embeddedUrl) = await ServeAsync("--data", virtuoso.SeedsBuild);
        var (remote, remoteUrl) = await ServeAsync("--endpoint", virtuoso.SparqlEndpoint);
        try
        {
            using var http = new HttpClient();
            async Task<(HttpStatusCode, string)> Get(string url, string accept)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.Accept.ParseAdd(accept);
                using var response = await http.SendAsync(request);
                return (response.StatusCode, await response.Content.ReadAsStringAsync());
            }
            // A claim and a person, found through /sparql on the remote server itself.
            var (status, json) = await Get(remoteUrl + "/sparql?query=" + Uri.EscapeDataString(
                "SELECT ?claim ?speaker WHERE { ?claim a <https://schema.org/Claim> ; <https://schema.org/author> ?speaker } ORDER BY ?claim LIMIT 1"),
                "application/sparql-results+json");
            Assert.Equal(HttpStatusCode.OK, status);
            var row = JObject.Parse(json)["results"]!["bindings"]![0]!;
            var claim = row["claim"]!["value"]!.Value<string>()!;
            var speaker = row["speaker"]!["value"]!.Value<string>()!;
            const string Base = "https://w3id.org/kgnews/id/";
            var (articleStatus, articleJson) = await Get(remoteUrl + "/sparql?query=" + Uri.EscapeDataString(
                "SELECT ?article WHERE { ?q <https://w3id.org/kgnews/ontology#rendersClaim> ?c ; <https://schema.org/isPartOf> ?article } ORDER BY ?article LIMIT 1"),
                "application/sparql-results+json");
            Assert.Equal(HttpStatusCode.OK, articleStatus);
            var article = JObject.Parse(articleJson)["results"]!["bindings"]![0]!["article"]!["value"]!.Value<string>()!;
            foreach (var (path, accept) in new[]
            {
                ("/claims/" + claim[(Base.Length + "claim/".Length)..], "application/json"),
                // the claim search and the article page read the same statements from the remote store
                ("/claims?format=json", "application/json"),
                ("/claims?format=json&q=guerre", "application/json"),
                ("/article/" + article[(Base.Length + "article/".Length)..], "text/html"),
                ("/id/" + speaker[Base.Length..], "text/html"),
                ("/id/" + claim[Base.Length..], "text/html"),
            })
            {
                var a = await Get(embeddedUrl + path, accept);
                var b = await Get(remoteUrl + path, accept);
                Assert.Equal(HttpStatusCode.OK, a.Item1);
                Assert.Equal(a, b);
            }
            Assert.Equal(HttpStatusCode.NotFound, (await Get(remoteUrl + "/id/person/nobody-of-that-name", "text/html")).Item1);
            Assert.Equal(HttpStatusCode.NotImplemented, (await Get(remoteUrl + "/.well-known/void", "text/turtle")).Item1);
        }
        finally
        {
            foreach (var p in new[] { embedded, remote }) { try { p.Kill(); } catch (InvalidOperationException) { } p.Dispose(); }
        }
    }

    /// <summary>Starts kg serve on a free loopback port and waits until /health answers.</summary>
    private static async Task<(Process, string)> ServeAsync(string option, string value)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var url = $"http://127.0.0.1:{port}";
        var p = VirtuosoFixture.StartKg(new Dictionary<string, string>(), "serve", option, value, "--urls", url, "--quiet");
        _ = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var http = new HttpClient();
        for (int i = 0; i < 300; i++)
        {
            if (p.HasExited) throw new InvalidOperationException($"kg serve {option} exited {p.ExitCode}: {await stderr}");
            try
            {
                if ((await http.GetAsync(url + "/health")).IsSuccessStatusCode) return (p, url);
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"kg serve {option} did not answer within 30 s");
    }
}
