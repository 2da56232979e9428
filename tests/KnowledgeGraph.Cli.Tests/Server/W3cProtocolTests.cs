using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using KnowledgeGraph.Cli.Tests.Build;
using KnowledgeGraph.Rdf;
using Xunit;
using Xunit.Abstractions;

namespace KnowledgeGraph.Cli.Tests.Server;

/// <summary>
/// The W3C SPARQL 1.1 Protocol tests (../shared/w3c/sparql/sparql11/protocol/manifest.ttl), read from the manifest
/// and replayed as the HTTP exchanges it describes against a real server: each test's graphs are loaded into named
/// graphs, its requests are sent in order, and each response's status class, result format and boolean are checked.
/// Updates are sent to /sparql as the manifest writes them (the server takes updates there as well as on /update),
/// with the bearer token the server was started with.
/// </summary>
public class W3cProtocolTests(ITestOutputHelper output)
{
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private const string Ht = "http://www.w3.org/2011/http#";
    private const string Cnt = "http://www.w3.org/2011/content#";
    private const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";
    private const string Hts = "http://www.w3.org/2011/http-statusCodes#";


    private static string ProtocolFolder()
    {
        for (var dir = new DirectoryInfo(BuildTestSupport.RepoRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "w3c", "sparql", "sparql11", "protocol");
            if (File.Exists(Path.Combine(candidate, "manifest.ttl"))) return Path.GetFullPath(candidate);
        }
        throw new InvalidOperationException("../shared/w3c/sparql/sparql11/protocol/manifest.ttl not found beside the repository");
    }

    [Fact]
    public async Task Every_protocol_test_of_the_manifest_passes_against_the_real_server()
    {
        var folder = ProtocolFolder();
        var manifest = new MemoryStore();
        var manifestPath = Path.Combine(folder, "manifest.ttl");
        using (var reader = new StreamReader(manifestPath))
            RdfLoader.Load(manifest, reader, RdfFormat.Turtle, new RdfReaderOptions(manifestPath, BaseIri: new Uri(manifestPath).AbsoluteUri));
        var root = manifest.Match(null, Iri(Vocabulary.RdfType), Iri(Mf + "Manifest"), GraphSelector.Default).Single().Subject;
        var entries = List(manifest, One(manifest, root, Mf + "entries")!);
        var failures = new List<string>();
        foreach (var entry in entries)
        {
            var name = ((IUriNode)entry).Iri.Split('#').Last();
            try
            {
                await RunTest(manifest, entry, folder);
            }
            catch (Exception e)
            {
                failures.Add($"{name}: {e.Message}");
            }
        }
        output.WriteLine($"W3C SPARQL 1.1 protocol tests: {entries.Count - failures.Count}/{entries.Count} passed");
        foreach (var f in failures) output.WriteLine("  FAILED " + f);
        Assert.Equal(34, entries.Count);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static async Task RunTest(MemoryStore m, INode test, string folder)
    {
        var store = new MemoryStore();
        foreach (var data in All(m, test, Ut + "graphData"))
        {
            var file = ((IUriNode)One(m, data, Ut + "graph")!).Iri;
            var graphName = ((ILiteralNode)One(m, data, Vocabulary.Rdfs + "label")!).Value;
            var path = new Uri(file).LocalPath;
            using var reader = new StreamReader(path);
            RdfLoader.Load(store, reader, RdfFormat.NTriples, new RdfReaderOptions(path), new UriNode(graphName));
        }
        // The protocol tests address the store's own default graph, so the union default graph is off.
        await using var server = await LiveServer.StartAsync(store, o => LiveServer.Writable(o) with { UnionDefaultGraph = false });
        var action = One(m, test, Mf + "action")!;
        int step = 0;
        foreach (var request in List(m, One(m, action, Ht + "requests")!))
        {
            step++;
            var method = Text(m, request, Ht + "methodName")!;
            var path = Text(m, request, Ht + "absolutePath")!;
            var message = new HttpRequestMessage(new HttpMethod(method), path);
            if (One(m, request, Ht + "body") is { } body)
            {
                var chars = Text(m, body, Cnt + "chars")!;
                var encoding = Text(m, body, Cnt + "characterEncoding") == "UTF-16" ? Encoding.Unicode : new UTF8Encoding(false);
                message.Content = new ByteArrayContent(encoding.GetBytes(chars));
            }
            foreach (var header in One(m, request, Ht + "headers") is { } h ? List(m, h) : new List<INode>())
            {
                var field = Text(m, header, Ht + "fieldName")!;
                var value = Text(m, header, Ht + "fieldValue")!;
                message.Content ??= new ByteArrayContent(Array.Empty<byte>());
                if (field.Equals("content-type", StringComparison.OrdinalIgnoreCase)) message.Content.Headers.TryAddWithoutValidation("Content-Type", value);
                else message.Headers.TryAddWithoutValidation(field, value);
            }
            message.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", LiveServer.Token);
            using var response = await server.Client.SendAsync(message);
            var text = await response.Content.ReadAsStringAsync();
            var expect = One(m, request, Ht + "resp")!;
            var classes = All(m, expect, Mf + "expectedStatus").Select(n => ((IUriNode)n).Iri[Hts.Length..]).ToList();
            var actualClass = $"StatusCode{(int)response.StatusCode / 100}xx";
            if (!classes.Contains(actualClass))
                throw new Exception($"request {step}: status {(int)response.StatusCode}, expected {string.Join(" or ", classes)}; body: {text.Trim()}");
            var format = Text(m, expect, Mf + "expectedFormat");
            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
            if (format == "boolean" || format == "tabular")
            {
                var (isBoolean, value) = ReadResult(mediaType, text);
                if (isBoolean != (format == "boolean")) throw new Exception($"request {step}: expected a {format} result, got {mediaType}: {text}");
                if (Text(m, expect, Mf + "expectedBoolean") is { } expected && value != bool.Parse(expected))
                    throw new Exception($"request {step}: expected {expected}, got {value}");
            }
            else if (format == "RDF")
            {
                if (!mediaType.StartsWith("text/turtle", StringComparison.Ordinal)) throw new Exception($"request {step}: expected RDF, got {mediaType}");
                new TurtleParser().Read(new StringReader(text), new RdfReaderOptions("response")).ToList();
            }
        }
    }

    /// <summary>Reads a SPARQL JSON or XML result: (is it a boolean, its value).</summary>
    private static (bool IsBoolean, bool? Value) ReadResult(string mediaType, string text)
    {
        if (mediaType.Contains("json"))
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.TryGetProperty("boolean", out var b) ? (true, b.GetBoolean()) : (false, null);
        }
        var xml = XDocument.Parse(text);
        XNamespace ns = "http://www.w3.org/2005/sparql-results#";
        var boolean = xml.Root!.Element(ns + "boolean");
        return boolean is null ? (false, null) : (true, bool.Parse(boolean.Value));
    }

    private static UriNode Iri(string iri) => new(iri);

    private static INode? One(MemoryStore m, INode s, string p) => All(m, s, p).FirstOrDefault();

    private static List<INode> All(MemoryStore m, INode s, string p) =>
        m.Match(s, Iri(p), null, GraphSelector.Default).Select(q => q.Object).ToList();

    private static string? Text(MemoryStore m, INode s, string p) => One(m, s, p) is ILiteralNode l ? l.Value : null;

    private static List<INode> List(MemoryStore m, INode head)
    {
        var items = new List<INode>();
        for (var node = head; node is not IUriNode { Iri: Vocabulary.RdfNil };)
        {
            items.Add(One(m, node, Vocabulary.RdfFirst)!);
            node = One(m, node, Vocabulary.RdfRest)!;
        }
        return items;
    }
}
