using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Server;

/// <summary>/claims?speaker=…&amp;q=…: claims found by who said them and by their words, first report first, linked to their trace.</summary>
public class ClaimSearchTests : IAsyncLifetime
{
    private LiveServer _server = null!;

    public async Task InitializeAsync() => _server = await LiveServer.StartAsync(NewsTestData.Store());

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<JsonElement> Search(string query)
    {
        var r = await _server.Client.GetAsync("/claims" + query);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/json", r.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static string[] Keys(JsonElement result) =>
        result.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("trace").GetString()!).ToArray();

    [Theory]
    [InlineData("?speaker=helene")]          // no accent
    [InlineData("?speaker=DUPR")]            // partial surname, any case
    [InlineData("?speaker=H%C3%A9l%C3%A8ne%20Dupr%C3%A9")]
    public async Task A_speaker_is_found_by_a_folded_partial_name_and_claims_come_in_date_order(string query)
    {
        var result = await Search(query);
        // c2 was first published on 2025-02-10, c1 on 2025-03-04 (its later report of 2025-03-05 does not move it).
        Assert.Equal(new[] { "/claims/c2", "/claims/c1" }, Keys(result));
        Assert.Equal(2, result.GetProperty("total").GetInt32());
        var c1 = result.GetProperty("claims")[1];
        Assert.Equal("2025-03-04", c1.GetProperty("firstDate").GetString());
        Assert.Equal(2, c1.GetProperty("reports").GetInt32());
        Assert.Equal(new[] { "La Gazette du Val", "Le Courrier des Lacs" }, c1.GetProperty("outlets").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Hélène Dupré", c1.GetProperty("speakerLabel").GetString());
    }

    [Theory]
    [InlineData("?q=serait", "/claims/c1")]                     // a word only one outlet's rendering used
    [InlineData("?q=Pont%20MAI", "/claims/c1")]                 // every word, any case
    [InlineData("?q=rouv", "/claims/c1")]                       // a word's beginning
    [InlineData("?q=n'augmenteront", "/claims/c2")]             // straight apostrophe finds the typographic one
    [InlineData("?q=augmenteront&speaker=dupre", "/claims/c2")]
    [InlineData("?q=juin", "/claims/c3")]
    public async Task Words_match_the_claim_text_or_any_of_its_renderings(string query, string expected)
    {
        Assert.Equal(new[] { expected }, Keys(await Search(query)));
    }

    [Fact]
    public async Task Speaker_and_words_must_both_match_and_a_miss_is_an_empty_list()
    {
        var result = await Search("?speaker=zoe&q=pont");
        Assert.Equal(0, result.GetProperty("total").GetInt32());
        Assert.Empty(Keys(result));
        Assert.Equal(new[] { "/claims/c3", "/claims/c2", "/claims/c1" }.OrderBy(x => x), Keys(await Search("")).OrderBy(x => x));
        Assert.Equal(new[] { "/claims/c2" }, Keys(await Search("?limit=1")));
        Assert.Equal(HttpStatusCode.BadRequest, (await _server.Client.GetAsync("/claims?limit=lots")).StatusCode);
    }

    [Fact]
    public async Task The_html_search_page_keeps_the_query_in_its_form_and_links_each_claim_to_its_trace()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/claims?speaker=dupre&q=pont");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var r = await _server.Client.SendAsync(request);
        Assert.Equal("text/html", r.Content.Headers.ContentType!.MediaType);
        var page = await r.Content.ReadAsStringAsync();
        Assert.Contains("name=\"speaker\" value=\"dupre\"", page);
        Assert.Contains("name=\"q\" value=\"pont\"", page);
        Assert.Contains("<a class=\"claim\" href=\"/claims/c1\">« le pont sera rouvert en mai »</a>", page);
        Assert.Contains("href=\"/id/person/helene-dupre\">Hélène Dupré</a>", page);
        Assert.DoesNotContain("/claims/c2\"", page);
        Assert.DoesNotContain("<script", page);

        var trace = await _server.Client.GetAsync("/claims/c1");
        Assert.Equal(HttpStatusCode.OK, trace.StatusCode);
    }
}
