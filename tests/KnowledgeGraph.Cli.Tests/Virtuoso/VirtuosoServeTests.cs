using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using KnowledgeGraph.Rdf;
using Newtonsoft.Json.Linq;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Virtuoso;

/// <summary>kg serve --endpoint on the Virtuoso the seeds were pushed to, side by side with kg serve --data on the same build.</summary>
[Collection(VirtuosoCollection.Name)]
public sealed partial class VirtuosoServeTests(VirtuosoFixture virtuoso)
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
        }
        finally
        {
            foreach (var p in new[] { embedded, remote }) { try { p.Kill(); } catch (InvalidOperationException) { } p.Dispose(); }
        }
    }

    [Fact]
    public async Task VoID_and_dumps_from_the_remote_store_describe_the_same_data_as_the_embedded_ones()
    {
        Assert.True(virtuoso.SeedsPush.Exit == 0, virtuoso.SeedsPush.Stderr);
        var (embedded, embeddedUrl) = await ServeAsync("--data", virtuoso.SeedsBuild);
        var (remote, remoteUrl) = await ServeAsync("--endpoint", virtuoso.SparqlEndpoint);
        try
        {
            using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.GZip });
            async Task<string> Get(string url, string accept, bool gzip = false)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.Accept.ParseAdd(accept);
                if (gzip) request.Headers.AcceptEncoding.ParseAdd("gzip");
                using var response = await http.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode} {text}");
                return text;
            }
            // VoID: the same counts (triples, subjects, classes, properties, each partition); only the dates may differ.
            List<string> Counts(string turtle) => Parse(turtle, RdfFormat.Turtle)
                .Where(q => q.Predicate is IUriNode { Iri: var p } && p.StartsWith("http://rdfs.org/ns/void#", StringComparison.Ordinal) && q.Object is ILiteralNode)
                .Select(q => q.Predicate.ToNTriples() + " " + q.Object.ToNTriples()).Order(StringComparer.Ordinal).ToList();
            var embeddedVoid = Counts(await Get(embeddedUrl + "/.well-known/void", "text/turtle"));
            var remoteVoid = Counts(await Get(remoteUrl + "/.well-known/void", "text/turtle"));
            Assert.Contains(embeddedVoid, c => c.StartsWith("<http://rdfs.org/ns/void#triples>", StringComparison.Ordinal));
            Assert.Equal(embeddedVoid, remoteVoid);
            var classes = (await Get(remoteUrl + "/.well-known/void", "text/turtle")).Split("void:class ").Length - 1;
            Assert.True(classes > 5, $"{classes} class partitions");
            // Dumps: the same dataset (article graphs as named graphs, entities in the default graph), Virtuoso's
            // canonical durations aside (it keeps xsd:duration as seconds: "PT1H" comes back as "3600.0").
            foreach (var (file, format) in new[] { ("graph.nq", RdfFormat.NQuads), ("graph.ttl", RdfFormat.Turtle), ("graph.trig", RdfFormat.TriG) })
            {
                var a = Parse(await Get(embeddedUrl + "/dump/" + file, "*/*"), format).Select(CanonicalDuration).ToList();
                var b = Parse(await Get(remoteUrl + "/dump/" + file, "*/*", gzip: file == "graph.nq"), format).Select(CanonicalDuration).ToList();
                Assert.True(a.Count > 1000, $"{file}: {a.Count} statements");
                Assert.True(a.Any(q => q.Graph is not null) == (format != RdfFormat.Turtle), $"{file}: named graphs");
                Assert.True(GraphIsomorphism.AreIsomorphic(a, b), $"{file}: {GraphIsomorphism.ExplainDifference(a, b)}");
            }
            // N-Quads is written sorted from both: the same lines in the same order.
            static string Lines(string nq) => string.Join("\n", nq.Split('\n').Select(l => Duration().Replace(l, m => Seconds(m.Groups[1].Value))));
            Assert.Equal(Lines(await Get(embeddedUrl + "/dump/graph.nq", "*/*")), Lines(await Get(remoteUrl + "/dump/graph.nq", "*/*")));
        }
        finally
        {
            foreach (var p in new[] { embedded, remote }) { try { p.Kill(); } catch (InvalidOperationException) { } p.Dispose(); }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("\"([^\"]*)\"\\^\\^<http://www\\.w3\\.org/2001/XMLSchema#duration>")]
    private static partial System.Text.RegularExpressions.Regex Duration();

    private static string Seconds(string lexical) =>
        (lexical.StartsWith('P') ? System.Xml.XmlConvert.ToTimeSpan(lexical).TotalSeconds : double.Parse(lexical, System.Globalization.CultureInfo.InvariantCulture))
        .ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "s";

    private static Quad CanonicalDuration(Quad q) =>
        q.Object is ILiteralNode { Datatype: Vocabulary.Xsd + "duration" } l ? q with { Object = LiteralNode.Plain(Seconds(l.Value)) } : q;

    private static List<Quad> Parse(string text, RdfFormat format) =>
        RdfFormats.CreateReader(format).Read(new StringReader(text), new RdfReaderOptions("answer", "http://127.0.0.1/")).ToList();

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
