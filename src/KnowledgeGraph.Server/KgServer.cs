using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Server;

/// <summary>
/// The HTTP query service: the SPARQL 1.1 Protocol on /sparql (and /update when allowed),
/// dereferenceable entity IRIs on /id/{path} with content negotiation (Turtle, N-Triples,
/// JSON-LD, HTML), whole-graph dumps on /dump/graph.{ttl,nt,nq,trig,jsonld}, and /health.
/// </summary>
public sealed class KgServer
{
    private readonly KgServerOptions _options;
    private readonly StoreGate _gate;
    private readonly ISparqlQueryProcessor _processor;
    public KgServer(KgServerOptions options, MemoryStore store, ISparqlQueryProcessor processor)
    {
        _options = options;
        _gate = new StoreGate(store);
        _processor = processor;
    }

    /// <summary>SELECT/ASK result types offered, preferred first.</summary>
    private static readonly IReadOnlyList<string> ResultTypes = new[]
    {
        MediaTypes.SparqlJson, MediaTypes.SparqlXml, MediaTypes.Csv, MediaTypes.Tsv,
    };

    /// <summary>Builds the web application; <paramref name="configure"/> lets tests swap in a test server.</summary>
    public WebApplication Build(string[]? urls = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (urls is { Length: > 0 }) builder.WebHost.UseUrls(urls);
        configure?.Invoke(builder);
        var app = builder.Build();
        Map(app);
        return app;
    }

    /// <summary>Serves on <paramref name="urls"/> until <paramref name="cancellationToken"/> fires (Ctrl+C in the CLI).</summary>
    public async Task RunAsync(string[] urls, Action onStarted, CancellationToken cancellationToken)
    {
        await using var app = Build(urls);
        await app.StartAsync(cancellationToken);
        onStarted();
        try
        {
            await app.WaitForShutdownAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/health", () => Results.Text("ok\n", "text/plain"));
        app.MapGet("/", Index);
        app.MapGet("/sparql", (HttpContext ctx) => Query(ctx, ctx.Request.Query["query"].ToString()));
        app.MapPost("/sparql", async (HttpContext ctx) => await Query(ctx, await ReadOperation(ctx, "query", "application/sparql-query")));
        app.MapPost("/update", async (HttpContext ctx) => await Update(ctx, await ReadOperation(ctx, "update", "application/sparql-update")));
        app.MapGet("/id/{**path}", (HttpContext ctx, string path) => Describe(ctx, new UriNode(_options.ResourceBase + path)));
        app.MapGet("/resource", async (HttpContext ctx) =>
        {
            var iri = ctx.Request.Query["iri"].ToString();
            if (iri.Length == 0) await Problem(ctx, 400, "missing the iri parameter").ExecuteAsync(ctx);
            else await Describe(ctx, new UriNode(iri));
        });
        app.MapGet("/dump/{file}", Dump);
    }

    private async Task Index(HttpContext ctx)
    {
        long count;
        int graphs;
        using (_gate.Read())
        {
            count = _gate.Store.Count;
            graphs = _gate.Store.GraphNames.Count();
        }
        ctx.Response.ContentType = "text/plain; charset=utf-8";
        await ctx.Response.WriteAsync(
            $"KnowledgeGraph query service\n{count} statements in {graphs} named graphs and the default graph\n\n" +
            "GET|POST /sparql          SPARQL 1.1 Protocol (query)\n" +
            $"POST /update             SPARQL 1.1 Update ({(_options.AllowUpdate ? "enabled" : "disabled; start with --allow-update")})\n" +
            $"GET /id/{{path}}           describe <{_options.ResourceBase}{{path}}> (Turtle, N-Triples, JSON-LD or HTML)\n" +
            "GET /resource?iri=IRI     describe any IRI\n" +
            "GET /dump/graph.ttl       whole graph (.ttl .nt .nq .trig .jsonld)\n", ctx.RequestAborted);
    }

    private static async Task<string?> ReadOperation(HttpContext ctx, string field, string directType)
    {
        var contentType = ctx.Request.ContentType ?? "";
        if (contentType.StartsWith(directType, StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(ctx.Request.Body, Encoding.UTF8);
            return await reader.ReadToEndAsync(ctx.RequestAborted);
        }
        if (ctx.Request.HasFormContentType)
        {
            var form = await ctx.Request.ReadFormAsync(ctx.RequestAborted);
            return form[field].ToString();
        }
        return null;
    }

    private SparqlQueryOptions QueryOptions() =>
        new(Timeout: _options.QueryTimeout ?? TimeSpan.FromSeconds(30), ResultLimit: _options.ResultLimit, UnionDefaultGraph: _options.UnionDefaultGraph);

    private async Task Query(HttpContext ctx, string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            await Problem(ctx, 400, "missing the query (a query parameter, a form field, or an application/sparql-query body)").ExecuteAsync(ctx);
            return;
        }
        if (ctx.Request.Query.ContainsKey("default-graph-uri") || ctx.Request.Query.ContainsKey("named-graph-uri"))
        {
            await Problem(ctx, 400, "default-graph-uri and named-graph-uri are not supported: use FROM / FROM NAMED in the query").ExecuteAsync(ctx);
            return;
        }
        using var read = _gate.Read();
        try
        {
            var result = _processor.Query(query, QueryOptions(), ctx.RequestAborted);
            if (result.Kind == SparqlResultKind.Graph)
            {
                var mediaType = MediaTypes.Negotiate(ctx.Request.Headers.Accept.ToString(), MediaTypes.RdfTypes);
                if (mediaType is null) { await Problem(ctx, 406, "no acceptable RDF media type").ExecuteAsync(ctx); return; }
                var triples = result.Triples.ToList(); // evaluate first, so that errors still get a status code
                triples.Sort(NodeComparer.Instance);
                await WriteRdf(ctx, mediaType, triples.Select(t => t.InGraph(null)));
            }
            else
            {
                var mediaType = MediaTypes.Negotiate(ctx.Request.Headers.Accept.ToString(), ResultTypes);
                if (mediaType is null) { await Problem(ctx, 406, "no acceptable SPARQL results media type").ExecuteAsync(ctx); return; }
                // Buffer: a limit or timeout hit mid-way must still turn into an error status, not a truncated 200.
                var sb = new StringWriter { NewLine = "\n" };
                SparqlResultFormats.CreateWriter(SparqlResultFormats.FromMediaType(mediaType)!.Value).Write(sb, result, ctx.RequestAborted);
                ctx.Response.ContentType = mediaType + "; charset=utf-8";
                await ctx.Response.WriteAsync(sb.ToString(), ctx.RequestAborted);
            }
        }
        catch (QueryLimitExceededException e)
        {
            await Problem(ctx, 503, e.Message, e.Kind == QueryLimitKind.Timeout ? "timeout" : "result-limit").ExecuteAsync(ctx);
        }
        catch (SparqlException e)
        {
            await Problem(ctx, 400, e.Message).ExecuteAsync(ctx);
        }
    }

    private async Task Update(HttpContext ctx, string? update)
    {
        if (!_options.AllowUpdate)
        {
            await Problem(ctx, 403, "updates are disabled on this server (start kg serve with --allow-update)").ExecuteAsync(ctx);
            return;
        }
        if (string.IsNullOrWhiteSpace(update))
        {
            await Problem(ctx, 400, "missing the update (a form field or an application/sparql-update body)").ExecuteAsync(ctx);
            return;
        }
        using var write = _gate.Write();
        try
        {
            _processor.Update(update, QueryOptions() with { LoadResolver = _ => null }, ctx.RequestAborted);
            ctx.Response.StatusCode = 204;
        }
        catch (SparqlException e)
        {
            await Problem(ctx, 400, e.Message).ExecuteAsync(ctx);
        }
    }

    private async Task Describe(HttpContext ctx, INode resource)
    {
        var offered = new List<string>(MediaTypes.RdfTypes);
        offered.Insert(1, MediaTypes.Html);
        var mediaType = MediaTypes.Negotiate(ctx.Request.Headers.Accept.ToString(), offered);
        if (mediaType is null) { await Problem(ctx, 406, "no acceptable media type").ExecuteAsync(ctx); return; }
        IReadOnlyList<Triple> triples;
        using (_gate.Read()) triples = ResourceDescriber.Describe(_gate.Store, resource);
        if (triples.Count == 0)
        {
            await Problem(ctx, 404, $"nothing is known about {resource.ToNTriples()}").ExecuteAsync(ctx);
            return;
        }
        ctx.Response.Headers.Vary = "Accept";
        if (mediaType == MediaTypes.Html)
        {
            ctx.Response.ContentType = "text/html; charset=utf-8";
            await ctx.Response.WriteAsync(HtmlRenderer.Resource(resource, triples, _options.ResourceBase), ctx.RequestAborted);
            return;
        }
        await WriteRdf(ctx, mediaType, triples.Select(t => t.InGraph(null)));
    }

    private async Task Dump(HttpContext ctx, string file)
    {
        if (!file.StartsWith("graph.", StringComparison.Ordinal) || !RdfFormats.TryFromExtension(file, out var format))
        {
            await Problem(ctx, 404, "dumps are graph.ttl, graph.nt, graph.nq, graph.trig and graph.jsonld").ExecuteAsync(ctx);
            return;
        }
        List<Quad> quads;
        using (_gate.Read())
        {
            quads = RdfFormats.SupportsDatasets(format)
                ? _gate.Store.Match(null, null, null, GraphSelector.All).ToList()
                : _gate.Store.Match(null, null, null, GraphSelector.All).Select(q => q with { Graph = null }).Distinct().ToList();
        }
        quads.Sort(NodeComparer.Instance);
        ctx.Response.Headers.ContentDisposition = $"attachment; filename=\"{file}\"";
        await WriteRdf(ctx, RdfFormats.MediaType(format), quads);
    }

    private async Task WriteRdf(HttpContext ctx, string mediaType, IEnumerable<Quad> quads)
    {
        var format = MediaTypes.RdfFormatOf(mediaType);
        var text = new StringWriter { NewLine = "\n" };
        RdfFormats.CreateWriter(format).Write(text, quads, new RdfWriterOptions(_gate.Store.Namespaces.Entries), ctx.RequestAborted);
        ctx.Response.ContentType = mediaType + "; charset=utf-8";
        await ctx.Response.WriteAsync(text.ToString(), ctx.RequestAborted);
    }

    private static IResult Problem(HttpContext ctx, int status, string message, string? limit = null)
    {
        if (limit is not null) ctx.Response.Headers["X-Kg-Limit"] = limit;
        return Results.Text(message + "\n", "text/plain; charset=utf-8", Encoding.UTF8, status);
    }
}
