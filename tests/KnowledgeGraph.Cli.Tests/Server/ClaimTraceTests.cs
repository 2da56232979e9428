using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using KnowledgeGraph.Rdf;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Server;

/// <summary>/claims/{key}: every outlet that reported a claim, first report first, with wording, verb and context.</summary>
public class ClaimTraceTests
{
    private const string S = "https://schema.org/";
    private const string Kg = "https://w3id.org/kgnews/ontology#";
    private const string Id = ServerTestData.Id;

    private static MemoryStore Data()
    {
        var store = new MemoryStore();
        void Add(string s, string p, INode o) => store.Add(new Quad(new UriNode(s), new UriNode(p), o));
        var claim = Id + "claim/c1";
        Add(claim, Vocabulary.RdfType, new UriNode(S + "Claim"));
        Add(claim, S + "author", new UriNode(Id + "person/helene"));
        Add(claim, S + "text", LiteralNode.LangTagged("le pont sera rouvert en mai", "fr"));
        Add(Id + "person/helene", Vocabulary.Rdfs + "label", LiteralNode.LangTagged("Hélène Dupré", "fr"));
        // The later report is added first: the trace must still list the earlier one first.
        foreach (var (n, date, outlet, body, quote, direct, verb) in new[]
        {
            ("a2", "2025-03-05", "Le Courrier", "La maire a assuré que le pont serait rouvert en mai. Les travaux continuent.", "le pont serait rouvert en mai", false, "assurer"),
            ("a1", "2025-03-04", "La Gazette", "« Le pont sera rouvert en mai », a déclaré la maire mardi.", "Le pont sera rouvert en mai", true, "déclarer"),
        })
        {
            int start = body.IndexOf(quote, StringComparison.Ordinal);
            var article = Id + "article/" + n;
            Add(article, S + "datePublished", LiteralNode.Typed(date, Vocabulary.XsdDate));
            Add(article, S + "headline", LiteralNode.LangTagged("Titre " + n, "fr"));
            Add(article, S + "articleBody", LiteralNode.LangTagged(body, "fr"));
            Add(article, S + "publisher", new UriNode(Id + "organization/" + n));
            Add(Id + "organization/" + n, Vocabulary.Rdfs + "label", LiteralNode.Plain(outlet));
            Add(article, S + "url", new UriNode("https://news.example/" + n));
            var q = Id + "quotation/" + n;
            Add(q, Kg + "rendersClaim", new UriNode(claim));
            Add(q, S + "isPartOf", new UriNode(article));
            Add(q, S + "text", LiteralNode.LangTagged(quote, "fr"));
            Add(q, Kg + "isDirectQuote", LiteralNode.Typed(direct ? "true" : "false", Vocabulary.XsdBoolean));
            Add(q, Kg + "speechVerb", LiteralNode.Plain(verb));
            Add(q, Kg + "startOffset", LiteralNode.Typed(start.ToString(), Vocabulary.XsdInteger));
            Add(q, Kg + "endOffset", LiteralNode.Typed((start + quote.Length).ToString(), Vocabulary.XsdInteger));
        }
        return store;
    }

    [Fact]
    public async Task The_json_trace_lists_every_report_in_date_order_with_wording_verb_and_context()
    {
        await using var server = await LiveServer.StartAsync(Data());
        var r = await server.Client.GetAsync("/claims/c1");
        Assert.Equal("application/json", r.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
        var root = doc.RootElement;
        Assert.Equal("Hélène Dupré", root.GetProperty("speakerLabel").GetString());
        var reports = root.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(new[] { "La Gazette", "Le Courrier" }, reports.Select(x => x.GetProperty("outlet").GetString()));
        Assert.Equal(new[] { "2025-03-04", "2025-03-05" }, reports.Select(x => x.GetProperty("date").GetString()));
        Assert.Equal("Le pont sera rouvert en mai", reports[0].GetProperty("text").GetString());
        Assert.True(reports[0].GetProperty("direct").GetBoolean());
        Assert.False(reports[1].GetProperty("direct").GetBoolean());
        Assert.Equal("assurer", reports[1].GetProperty("speechVerb").GetString());
        Assert.Equal("https://news.example/a2", reports[1].GetProperty("url").GetString());
        Assert.Equal("La maire a assuré que ", reports[1].GetProperty("before").GetString());
        Assert.Equal(". Les travaux continuent.", reports[1].GetProperty("after").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/claims/none")).StatusCode);
    }

    [Fact]
    public async Task The_html_trace_highlights_each_wording_in_its_sentence()
    {
        await using var server = await LiveServer.StartAsync(Data());
        var request = new HttpRequestMessage(HttpMethod.Get, "/claims/c1");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var page = await (await server.Client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("que <mark>le pont serait rouvert en mai</mark>. Les travaux", page);
        Assert.True(page.IndexOf("La Gazette", StringComparison.Ordinal) < page.IndexOf("Le Courrier", StringComparison.Ordinal));
        Assert.Contains("href=\"https://news.example/a1\"", page);
        Assert.Contains("citation directe", page);
    }
}
