using System.Net;
using System.Net.Http.Headers;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Server;
using KnowledgeGraph.Sparql;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Server;

/// <summary>The HTTP surface, over an in-memory test server, with a scripted query processor.</summary>
public class ServerTests : IAsyncLifetime
{
    private const string Base = "https://kg.test/id/";
    private readonly MemoryStore _store = new();
    private readonly RecordingProcessor _processor = new();
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var person = new UriNode(Base + "person/ada-lovelace");
        _store.Add(new Quad(person, new UriNode(Vocabulary.Rdfs + "label"), LiteralNode.LangTagged("Ada Lovelace", "fr")));
        _store.Add(new Quad(person, new UriNode(Vocabulary.RdfType), new UriNode("http://xmlns.com/foaf/0.1/Person")));
        var server = new KgServer(new KgServerOptions(Array.Empty<string>(), Base, AllowUpdate: false), _store, _processor);
        _app = server.Build(configure: b => b.WebHost.UseTestServer());
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Health_answers_ok() =>
        Assert.Equal("ok\n", await _client.GetStringAsync("/health"));

    [Fact]
    public async Task Entity_iri_dereferences_to_turtle_by_default_and_html_for_browsers()
    {
        var ttl = await _client.GetAsync("/id/person/ada-lovelace");
        Assert.Equal(HttpStatusCode.OK, ttl.StatusCode);
        Assert.Equal("text/turtle", ttl.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Ada Lovelace", await ttl.Content.ReadAsStringAsync());

        var request = new HttpRequestMessage(HttpMethod.Get, "/id/person/ada-lovelace");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var html = await _client.SendAsync(request);
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<h1>Ada Lovelace</h1>", await html.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_entity_is_404()
    {
        var r = await _client.GetAsync("/id/person/nobody");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
    }

    [Fact]
    public async Task Query_reaches_the_processor_by_get_form_and_direct_post()
    {
        var get = await _client.GetAsync("/sparql?query=" + Uri.EscapeDataString("SELECT * {}"));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        var form = await _client.PostAsync("/sparql", new FormUrlEncodedContent(new Dictionary<string, string> { ["query"] = "ASK {}" }));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var direct = await _client.PostAsync("/sparql", new StringContent("SELECT ?x {}", null, "application/sparql-query"));
        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
        Assert.Equal("application/sparql-results+json", direct.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"vars\"", await direct.Content.ReadAsStringAsync());
        Assert.Contains("true", await form.Content.ReadAsStringAsync());
        Assert.Equal(new[] { "SELECT * {}", "ASK {}", "SELECT ?x {}" }, _processor.Queries);
        Assert.All(_processor.Options, o => Assert.True(o.UnionDefaultGraph));
    }

    [Fact]
    public async Task An_update_by_get_is_400_and_syntax_errors_carry_the_message()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/sparql?update=CLEAR%20ALL")).StatusCode);
        var bad = await _client.GetAsync("/sparql?query=BAD");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("line 1, column 1", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_limit_stops_the_query_with_503_naming_the_limit()
    {
        var r = await _client.GetAsync("/sparql?query=SLOW");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
        Assert.Equal("timeout", r.Headers.GetValues("X-Kg-Limit").Single());
    }

    [Fact]
    public async Task Updates_are_refused_unless_enabled()
    {
        var r = await _client.PostAsync("/update", new StringContent("CLEAR ALL", null, "application/sparql-update"));
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        Assert.Empty(_processor.Updates);
    }

    [Fact]
    public async Task Unacceptable_result_type_is_406()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/sparql?query=" + Uri.EscapeDataString("SELECT * {}"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("image/png"));
        Assert.Equal(HttpStatusCode.NotAcceptable, (await _client.SendAsync(request)).StatusCode);
    }

    private sealed class RecordingProcessor : ISparqlQueryProcessor
    {
        public List<string> Queries { get; } = new();
        public List<SparqlQueryOptions> Options { get; } = new();
        public List<string> Updates { get; } = new();

        public SparqlResult Query(string query, SparqlQueryOptions options, CancellationToken cancellationToken = default)
        {
            if (query == "BAD") throw new SparqlSyntaxException("expected SELECT, ASK, CONSTRUCT or DESCRIBE", 1, 1);
            if (query == "SLOW") throw new QueryLimitExceededException(QueryLimitKind.Timeout, "query ran past its 30 s timeout");
            Queries.Add(query);
            Options.Add(options);
            return query.StartsWith("ASK", StringComparison.Ordinal)
                ? SparqlResult.FromBoolean(true)
                : SparqlResult.FromBindings(new[] { "x" }, Array.Empty<SparqlSolution>());
        }

        public void Update(string update, SparqlQueryOptions options, CancellationToken cancellationToken = default) => Updates.Add(update);
    }
}
