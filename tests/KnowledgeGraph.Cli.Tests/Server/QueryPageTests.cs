using System.Net;
using System.Net.Http.Headers;
using KnowledgeGraph.Cli.Tests.Build;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Server;

/// <summary>The query page at /: YASGUI from the project's own files with the library's examples, or the plain form without them.</summary>
public class QueryPageTests
{
    private static async Task<HttpResponseMessage> Get(LiveServer server, string path, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return await server.Client.SendAsync(request);
    }

    /// <summary>A folder with stand-ins for YASGUI's two files: the server must serve whatever the folder holds, byte for byte.</summary>
    private static string FakeYasgui()
    {
        var dir = BuildTestSupport.NewTempDir("yasgui");
        File.WriteAllText(Path.Combine(dir, "yasgui.min.js"), "window.Yasgui = {}; // stand-in\n");
        File.WriteAllText(Path.Combine(dir, "yasgui.min.css"), ".yasgui{}\n");
        File.WriteAllText(Path.Combine(dir, "package.json"), "{}");
        return dir;
    }

    [Fact]
    public async Task A_browser_gets_yasgui_served_from_the_servers_own_files_with_every_example_of_the_library()
    {
        var dir = FakeYasgui();
        await using var server = await LiveServer.StartAsync(ServerTestData.Store(), o => o with { YasguiDir = dir });
        var page = await (await Get(server, "/", "text/html")).Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/assets/yasgui/yasgui.min.js\"></script>", page);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/assets/yasgui/yasgui.min.css\">", page);
        Assert.DoesNotMatch("(src|href)=\"https?://", page);
        Assert.Contains("var endpoint = location.origin + \"/sparql\"", page);
        Assert.Contains("defaultPlugin: \"table\"", page);
        var library = Directory.GetFiles(Path.Combine(BuildTestSupport.RepoRoot, "queries"), "*.rq").Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.True(library.Count >= 20);
        foreach (var name in library) Assert.Contains($"\"name\":\"{name}\"", page);

        var js = await server.Client.GetAsync("/assets/yasgui/yasgui.min.js");
        Assert.Equal("text/javascript", js.Content.Headers.ContentType!.MediaType);
        Assert.Equal("window.Yasgui = {}; // stand-in\n", await js.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/assets/yasgui/package.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/assets/yasgui/..%2Fpackage.json")).StatusCode);
        Directory.Delete(dir, true);
    }

    [Fact]
    public async Task Without_yasgui_a_browser_gets_the_plain_form_and_other_clients_the_text_index()
    {
        await using var server = await LiveServer.StartAsync(ServerTestData.Store(), o => o with { YasguiDir = "none" });
        var r = await Get(server, "/", "text/html");
        Assert.Equal("text/html", r.Content.Headers.ContentType!.MediaType);
        var page = await r.Content.ReadAsStringAsync();
        Assert.Contains("<form id=\"form\" method=\"get\" action=\"/sparql\">", page);
        Assert.Contains("<textarea id=\"query\" name=\"query\"", page);
        Assert.Contains("<option value=\"0\">", page);
        Assert.DoesNotContain("/assets/yasgui/", page);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/assets/yasgui/yasgui.min.js")).StatusCode);

        var text = await Get(server, "/", "*/*");
        Assert.Equal("text/plain", text.Content.Headers.ContentType!.MediaType);
        Assert.Contains("GET /claims?speaker=&q=", await text.Content.ReadAsStringAsync());
    }
}
