using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml.Linq;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Server;

/// <summary>
/// A large answer (50,000 rows) arrives whole in every result format: the body has the announced length, parses,
/// and holds every row with its last one intact (a report said a streamed body could lose its final chunk).
/// </summary>
public class LargeResultTests : IAsyncLifetime
{
    private const int Rows = 50_000;
    private LiveServer _server = null!;

    public async Task InitializeAsync() => _server = await LiveServer.StartAsync(ServerTestData.Store(fillerTriples: Rows));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<string> Select(string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/sparql")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["query"] = "SELECT ?s ?v WHERE { ?s <https://w3id.org/kgnews/id/prop/p> ?v } ORDER BY ?v",
            }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        var r = await _server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var bytes = await r.Content.ReadAsByteArrayAsync();
        if (r.Content.Headers.ContentLength is { } length) Assert.Equal(length, bytes.Length);
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    /// <summary>The values sorted as the query sorts them (string order): the last row is "v9999" then "v99999"… so check the set and the last.</summary>
    private static void AssertEveryRow(IReadOnlyList<string> values)
    {
        Assert.Equal(Rows, values.Count);
        Assert.Equal(Rows, values.Distinct().Count());
        Assert.Equal(Enumerable.Range(0, Rows).Select(i => "v" + i).Max(StringComparer.Ordinal), values[^1]);
    }

    [Fact]
    public async Task Json_results_with_50000_rows_are_complete()
    {
        using var doc = JsonDocument.Parse(await Select("application/sparql-results+json"));
        AssertEveryRow(doc.RootElement.GetProperty("results").GetProperty("bindings").EnumerateArray()
            .Select(b => b.GetProperty("v").GetProperty("value").GetString()!).ToList());
    }

    [Fact]
    public async Task Xml_results_with_50000_rows_are_complete()
    {
        XNamespace ns = "http://www.w3.org/2005/sparql-results#";
        var doc = XDocument.Parse(await Select("application/sparql-results+xml"));
        AssertEveryRow(doc.Descendants(ns + "binding").Where(b => (string?)b.Attribute("name") == "v").Select(b => b.Value).ToList());
    }

    [Theory]
    [InlineData("text/csv", ',')]
    [InlineData("text/tab-separated-values", '\t')]
    public async Task Csv_and_tsv_results_with_50000_rows_are_complete(string accept, char separator)
    {
        var lines = (await Select(accept)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(Rows + 1, lines.Count);
        AssertEveryRow(lines.Skip(1).Select(l => l.Split(separator)[1].Trim('"')).ToList());
    }
}
