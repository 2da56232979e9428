using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using KnowledgeGraph.Cli.Tests.Build;
using KnowledgeGraph.Rdf;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Server;

/// <summary>The seeds graph, built once and served, for the dump tests.</summary>
public sealed class ServedSeedsFixture : IAsyncLifetime
{
    private string _output = "";

    public LiveServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _output = BuildTestSupport.NewTempDir("dump-seeds");
        var build = BuildTestSupport.RunBuild([BuildTestSupport.Seeds], _output, "trig");
        if (build.Exit != 0) throw new InvalidOperationException("seeds build failed: " + build.Stderr);
        var store = new MemoryStore();
        RdfLoader.LoadPaths(store, [_output]);
        Server = await LiveServer.StartAsync(store);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(_output, true);
    }
}

/// <summary>
/// /dump/graph.{ttl,nq,trig}, downloaded over HTTP plain and gzip-compressed, are valid for Jena (riot --validate),
/// hold as many statements as the server, and reloaded through Jena (riot to N-Quads, read back) give the served
/// graph again: the same set of statements, blank nodes up to renaming.
/// </summary>
public class DumpJenaTests(ServedSeedsFixture seeds) : IClassFixture<ServedSeedsFixture>
{
    [Theory]
    [InlineData("ttl")]
    [InlineData("nq")]
    [InlineData("trig")]
    public async Task A_downloaded_dump_is_valid_for_jena_and_reloads_to_the_served_graph(string ext)
    {
        var server = seeds.Server;
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = new Uri(server.Url) };
        var plain = await client.GetAsync("/dump/graph." + ext);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        var bytes = await plain.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes.Length, plain.Content.Headers.ContentLength);

        var request = new HttpRequestMessage(HttpMethod.Get, "/dump/graph." + ext);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        var zipped = await client.SendAsync(request);
        Assert.Equal("gzip", Assert.Single(zipped.Content.Headers.ContentEncoding));
        using (var gz = new GZipStream(new MemoryStream(await zipped.Content.ReadAsByteArrayAsync()), CompressionMode.Decompress))
        {
            var unzipped = new MemoryStream();
            await gz.CopyToAsync(unzipped);
            Assert.Equal(bytes, unzipped.ToArray());
        }

        var dir = BuildTestSupport.NewTempDir("dump-" + ext);
        try
        {
            var file = Path.Combine(dir, "graph." + ext);
            await File.WriteAllBytesAsync(file, bytes);
            var (validExit, validOutput) = BuildTestSupport.Jena("riotcmd.riot", "--validate", file);
            Assert.True(validExit == 0 && !validOutput.Contains("ERROR", StringComparison.Ordinal), validOutput);

            // What the server holds, in the dump's shape: a triple format merges the per-article graphs into one.
            // (Nothing writes to this server, so reading its store directly is safe.)
            var served = server.Store.Match(null, null, null, GraphSelector.All).ToList();
            if (ext == "ttl") served = served.Select(q => q with { Graph = null }).Distinct().ToList();

            var (countExit, countOutput) = BuildTestSupport.Jena("riotcmd.riot", "--count", file);
            Assert.True(countExit == 0, countOutput);
            var counted = Regex.Match(countOutput, @"(Triples|Quads) = ([\d,.]+)");
            Assert.True(counted.Success, countOutput);
            Assert.Equal(served.Count, long.Parse(counted.Groups[2].Value.Replace(",", "").Replace(".", "")));

            var nq = Path.Combine(dir, "jena.nq");
            var (nqExit, nqOutput) = BuildTestSupport.Jena("riotcmd.riot", "--output=nq", file);
            Assert.True(nqExit == 0, nqOutput);
            await File.WriteAllTextAsync(nq, string.Join('\n', nqOutput.Split('\n').Where(l => l.Length > 0 && (l[0] == '<' || l[0] == '_'))) + "\n");
            var reloaded = new MemoryStore();
            RdfLoader.LoadFile(reloaded, nq);
            var again = reloaded.Match(null, null, null, GraphSelector.All).ToList();
            Assert.Equal(served.Count, again.Count);
            Assert.True(GraphIsomorphism.AreIsomorphic(served, again), $"graph.{ext} reloaded through Jena is not the served graph");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
