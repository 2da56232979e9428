using System.Diagnostics;
using System.Buffers;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Server;

/// <summary>
/// The HTTP query service: the SPARQL 1.1 Protocol on /sparql (queries; updates too, and on /update, when
/// writes are enabled), the Graph Store HTTP Protocol on /store, dereferenceable entity IRIs on /id/{path}
/// with content negotiation, dumps on /dump/graph.{ttl,nt,nq,trig,jsonld}, VoID on /.well-known/void,
/// /metrics (Prometheus) and /health. Every request is logged as one JSON line.
/// </summary>
public sealed partial class KgServer
{
    private readonly KgServerOptions _options;
    private readonly StoreGate _gate;
    private readonly ISparqlQueryProcessor _processor;
    private readonly Backends.IQueryBackend _backend;
    private readonly ServerMetrics _metrics = new();
    private readonly SemaphoreSlim _admission;
    private readonly DumpCache _dumps = new();
    private readonly RowBudgetPool _rows;
    private readonly object _logSync = new();
    private volatile bool _draining;
    private int _runningQueries;
    private IdleMemoryTrim? _trim;
    private DateTimeOffset _modified;
    private readonly string? _yasgui;

    public KgServer(KgServerOptions options, MemoryStore store, ISparqlQueryProcessor processor)
        : this(options, new StoreGate(store), processor, null)
    {
    }

    /// <summary>A server reading <paramref name="backend"/> (kg serve --endpoint: a remote store; its own store stays empty).</summary>
    public KgServer(KgServerOptions options, Backends.IQueryBackend backend)
        : this(options, new StoreGate(new MemoryStore()), backend.Processor, backend)
    {
    }

    private KgServer(KgServerOptions options, StoreGate gate, ISparqlQueryProcessor processor, Backends.IQueryBackend? backend)
    {
        if (options.AllowUpdate && string.IsNullOrEmpty(options.WriteToken))
            throw new ArgumentException("writes need a bearer token: give --write-token (or KG_WRITE_TOKEN) with --allow-update");
        if (options.AllowUpdate && backend is { HoldsData: false })
            throw new ArgumentException("--allow-update serves writes to the embedded store; with --endpoint, write to the store itself (kg push)");
        _options = options;
        _gate = gate;
        _processor = processor;
        _backend = backend ?? new Backends.EmbeddedBackend(gate, processor);
        _admission = new SemaphoreSlim(Math.Max(1, options.MaxConcurrentQueries));
        _rows = new RowBudgetPool(Math.Max(options.RowBudget, options.ServerRowBudget));
        _modified = DataDate(options.DataPaths);
        _yasgui = QueryPage.Locate(options.YasguiDir);
    }

    /// <summary>Where the YASGUI files are served from, or null when / shows the plain query form.</summary>
    public string? YasguiDirectory => _yasgui;

    public ServerMetrics Metrics => _metrics;

    /// <summary>How many times the idle server gave memory back to the OS (<see cref="IdleMemoryTrim"/>).</summary>
    public int MemoryTrims => _trim?.Trims ?? 0;

    /// <summary>Builds the web application; <paramref name="configure"/> lets tests adjust the host.</summary>
    public WebApplication Build(string[]? urls = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        // The framework's console logger is replaced by the one-line-per-request JSON log below.
        builder.Logging.ClearProviders();
        if (urls is { Length: > 0 }) builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = _options.MaxBodyBytes;
            k.AddServerHeader = false;
        });
        // A request's code runs on the thread-pool thread that completed its socket read, instead of being handed on
        // through Kestrel's I/O queue and then the thread pool again: two fewer thread wake-ups per request, which on a
        // loaded machine are most of a ~1 ms answer's latency. Safe with the synchronous evaluator: that thread is a
        // thread-pool worker (the epoll thread only posts the completion, since socket inline completions stay off),
        // the same kind of thread a query blocked before.
        builder.WebHost.UseSockets(s => s.UnsafePreferInlineScheduling = true);
        builder.Services.Configure<FormOptions>(f =>
        {
            f.ValueLengthLimit = (int)Math.Min(int.MaxValue, _options.MaxBodyBytes);
            f.MultipartBodyLengthLimit = _options.MaxBodyBytes;
        });
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = _options.Grace);
        configure?.Invoke(builder);
        var app = builder.Build();
        if (_options.TrimAfterIdle > TimeSpan.Zero)
        {
            app.Lifetime.ApplicationStarted.Register(() => _trim ??= new IdleMemoryTrim(() => Volatile.Read(ref _runningQueries), _options.TrimAfterIdle));
            app.Lifetime.ApplicationStopping.Register(() => _trim?.Dispose());
        }
        app.Use(Pipeline);
        Map(app);
        return app;
    }

    /// <summary>
    /// Serves on <paramref name="urls"/> until <paramref name="cancellationToken"/> fires (SIGTERM, Ctrl+C):
    /// then new requests get 503, in-flight ones may finish for up to the grace period, and the server stops.
    /// </summary>
    public async Task RunAsync(string[] urls, Action<IReadOnlyList<string>> onStarted, CancellationToken cancellationToken)
    {
        await using var app = Build(urls);
        await app.StartAsync(CancellationToken.None);
        onStarted(app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? new List<string>());
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
        await DrainAsync(app);
    }

    /// <summary>Answers new requests 503, waits for in-flight ones (up to the grace period), then stops.</summary>
    public async Task DrainAsync(WebApplication app)
    {
        _draining = true;
        var deadline = Stopwatch.GetTimestamp() + (long)(_options.Grace.TotalSeconds * Stopwatch.Frequency);
        while (_metrics.InFlight > 0 && Stopwatch.GetTimestamp() < deadline) await Task.Delay(20);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await app.StopAsync(stop.Token);
    }

    private async Task Pipeline(HttpContext ctx, RequestDelegate next)
    {
        long start = Stopwatch.GetTimestamp();
        _metrics.Started();
        string? error = null;
        try
        {
            if (_draining)
            {
                ctx.Response.Headers.Connection = "close";
                ctx.Response.Headers.RetryAfter = "5";
                await Problem(ctx, 503, "the server is shutting down; retry on another instance or later");
                return;
            }
            Cors(ctx);
            if (HttpMethods.IsOptions(ctx.Request.Method) && ctx.Request.Headers.ContainsKey("Access-Control-Request-Method"))
            {
                ctx.Response.StatusCode = 204;
                return;
            }
            if (ctx.Request.ContentLength > _options.MaxBodyBytes)
            {
                await Problem(ctx, 413, $"the request body has {ctx.Request.ContentLength:N0} bytes; this server accepts at most {_options.MaxBodyBytes:N0}");
                return;
            }
            await next(ctx);
        }
        catch (Exception e) when (e is BadHttpRequestException { StatusCode: 413 } || e is InvalidDataException && e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            if (!ctx.Response.HasStarted)
                await Problem(ctx, 413, $"the request body is larger than this server accepts ({_options.MaxBodyBytes:N0} bytes)");
        }
        catch (ProtocolException e)
        {
            if (!ctx.Response.HasStarted) await Problem(ctx, e.Status, e.Message);
        }
        catch (KnowledgeGraph.Remote.RemoteStoreException e)
        {
            // kg serve --endpoint: the remote store is down or refused us; the client is told so, not given a 500.
            error = e.Message;
            if (!ctx.Response.HasStarted) await Problem(ctx, 502, e.Message);
        }
        catch (OperationCanceledException) when (ctx.RequestAborted.IsCancellationRequested)
        {
            error = "client went away";
            ctx.Response.StatusCode = 499;
        }
        catch (Exception e)
        {
            error = e.GetType().Name + ": " + e.Message;
            if (!ctx.Response.HasStarted) await Problem(ctx, 500, "internal error: " + e.Message);
        }
        finally
        {
            double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            var route = RouteOf(ctx.Request.Path);
            _metrics.Finished(route, ctx.Request.Method, ctx.Response.StatusCode, seconds);
            LogRequest(ctx, seconds, error);
        }
    }

    private void Cors(HttpContext ctx)
    {
        if (_options.CorsOrigin is not { } origin) return;
        var h = ctx.Response.Headers;
        h.AccessControlAllowOrigin = origin;
        h.AccessControlAllowMethods = "GET, HEAD, POST, OPTIONS";
        h.AccessControlAllowHeaders = "Accept, Content-Type, Authorization";
        h.AccessControlExposeHeaders = "X-Kg-Limit, Retry-After, ETag, Content-Disposition";
        h.AccessControlMaxAge = "86400";
        if (origin != "*") h.Vary = "Origin";
    }

    private static string RouteOf(PathString path)
    {
        var p = path.Value ?? "/";
        if (p == "/" || p.Length == 0) return "/";
        int second = p.IndexOf('/', 1);
        var first = second < 0 ? p : p[..second];
        return first switch
        {
            "/sparql" or "/update" or "/store" or "/id" or "/article" or "/assets" or "/claims" or "/resource" or "/dump" or "/metrics" or "/health" or "/.well-known" => first,
            _ => "other",
        };
    }

    /// <summary>One JSON object per line: time, method, path, status, duration, and the query's hash when there is one.</summary>
    private void LogRequest(HttpContext ctx, double seconds, string? error)
    {
        if (_options.Log is not { } log) return;
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("time", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("method", ctx.Request.Method);
            json.WriteString("path", ctx.Request.Path.Value);
            json.WriteNumber("status", ctx.Response.StatusCode);
            json.WriteNumber("ms", Math.Round(seconds * 1000, 2));
            if (ctx.Items.TryGetValue("kg.operation", out var op) && op is string text)
                json.WriteString("query_hash", QueryHash(text));
            if (ctx.Response.Headers.TryGetValue("X-Kg-Limit", out var limit)) json.WriteString("limit", limit.ToString());
            if (error is not null) json.WriteString("error", error);
            json.WriteString("remote", ctx.Connection.RemoteIpAddress?.ToString());
            json.WriteEndObject();
        }
        var line = Encoding.UTF8.GetString(buffer.WrittenSpan);
        lock (_logSync)
        {
            log.WriteLine(line);
            log.Flush();
        }
    }

    /// <summary>
    /// The query's hash in the log: XXH3 (64 bits, seed 0) of the text's UTF-8 bytes, as 16 lower-case hex digits, so
    /// the same query gets the same hash in every log. Not cryptographic (it only groups log lines); a SHA-256 cost
    /// more than the whole evaluation of a point lookup's ASK.
    /// </summary>
    public static string QueryHash(string text)
    {
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = max > 1024 ? ArrayPool<byte>.Shared.Rent(max) : null;
        Span<byte> bytes = rented ?? stackalloc byte[1024];
        try
        {
            int length = Encoding.UTF8.GetBytes(text, bytes);
            return XxHash3.HashToUInt64(bytes[..length]).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private void Map(WebApplication app)
    {
        string[] getHead = { "GET", "HEAD" };
        app.MapMethods("/health", getHead, () => Results.Text("ok\n", "text/plain"));
        app.MapMethods("/", getHead, Index);
        app.MapMethods("/assets/yasgui/{file}", getHead, YasguiAsset);
        app.MapMethods("/sparql", getHead, SparqlGet);
        app.MapPost("/sparql", SparqlPost);
        app.MapPost("/update", UpdatePost);
        app.MapMethods("/id/{**path}", getHead, (HttpContext ctx, string path) => Describe(ctx, new UriNode(_options.ResourceBase + path)));
        app.MapMethods("/resource", getHead, async (HttpContext ctx) =>
        {
            var iri = ctx.Request.Query["iri"].ToString();
            if (iri.Length == 0) await Problem(ctx, 400, "missing the iri parameter");
            else await Describe(ctx, new UriNode(iri));
        });
        app.MapMethods("/dump/{file}", getHead, Dump);
        app.MapMethods("/article/{key}", getHead, ArticleHtml);
        app.MapMethods("/claims", getHead, ClaimSearchPage);
        app.MapMethods("/claims/{key}", getHead, Claim);
        app.MapMethods("/.well-known/void", getHead, VoidDescription);
        app.MapGet("/metrics", async ctx =>
        {
            long count;
            using (_gate.Read()) count = _gate.Store.Count;
            ctx.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
            await ctx.Response.WriteAsync(_metrics.Render(count, Volatile.Read(ref _runningQueries)), ctx.RequestAborted);
        });
        app.MapMethods("/store", new[] { "GET", "HEAD", "PUT", "POST", "DELETE" }, GraphStore);
    }

    /// <summary>
    /// The query page for browsers (YASGUI, or the plain form when its files are missing); the plain-text list of
    /// resources for other clients (curl's */* gets the text).
    /// </summary>
    private async Task Index(HttpContext ctx)
    {
        long count;
        int graphs;
        using (_gate.Read())
        {
            count = _gate.Store.Count;
            graphs = _gate.Store.GraphNames.Count();
        }
        ctx.Response.Headers.Vary = "Accept";
        if (MediaTypes.Negotiate(ctx.Request.Headers.Accept.ToString(), new[] { "text/plain", MediaTypes.Html }) == MediaTypes.Html)
        {
            ctx.Response.ContentType = "text/html; charset=utf-8";
            await ctx.Response.WriteAsync(_yasgui is null ? QueryPage.Plain(QueryPage.Examples, count) : QueryPage.Yasgui(QueryPage.Examples, count),
                ctx.RequestAborted);
            return;
        }
        ctx.Response.ContentType = "text/plain; charset=utf-8";
        await ctx.Response.WriteAsync(
            $"KnowledgeGraph query service\n{count} statements in {graphs} named graphs and the default graph\n\n" +
            "GET /  (Accept text/html) the query page (YASGUI, or a plain form), with the examples of queries/\n" +
            "GET|POST /sparql          SPARQL 1.1 Protocol (query); GET without a query: service description\n" +
            $"POST /update             SPARQL 1.1 Update ({(_options.AllowUpdate ? "enabled, with a bearer token" : "disabled; start with --allow-update --write-token")})\n" +
            "GET /store?graph=IRI      SPARQL 1.1 Graph Store Protocol (?default for the default graph; PUT/POST/DELETE with write access)\n" +
            $"GET /id/{{path}}           describe <{_options.ResourceBase}{{path}}> (Turtle, N-Triples, JSON-LD, RDF/XML or HTML)\n" +
            "GET /resource?iri=IRI     describe any IRI\n" +
            "GET /article/{key}        an article's text with its extracted facts highlighted\n" +
            "GET /claims?speaker=&q=   search claims by speaker (partial name) and words, in date order (JSON or HTML)\n" +
            "GET /claims/{key}         trace a claim: every article that reported it, first report first (JSON or HTML)\n" +
            "GET /dump/graph.ttl       whole graph (.ttl .nt .nq .trig .jsonld), gzip on Accept-Encoding\n" +
            "GET /.well-known/void     VoID description of the dataset\n" +
            "GET /metrics              Prometheus metrics\n", ctx.RequestAborted);
    }

    /// <summary>/assets/yasgui/{file}: the two built YASGUI files (and the script's source map), nothing else of the package.</summary>
    private async Task YasguiAsset(HttpContext ctx, string file)
    {
        if (_yasgui is null || !QueryPage.AssetTypes.TryGetValue(file, out var type) || !File.Exists(Path.Combine(_yasgui, file)))
        {
            await Problem(ctx, 404, _yasgui is null ? "YASGUI is not installed on this server (scripts/install-yasgui.sh)" : $"no asset {file}");
            return;
        }
        var path = Path.Combine(_yasgui, file);
        var info = new FileInfo(path);
        var etag = $"\"{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}\"";
        ctx.Response.Headers.ETag = etag;
        ctx.Response.Headers.CacheControl = "public, max-age=86400";
        if (ctx.Request.Headers.IfNoneMatch.ToString() == etag) { ctx.Response.StatusCode = 304; return; }
        ctx.Response.ContentType = type;
        ctx.Response.ContentLength = info.Length;
        if (!HttpMethods.IsHead(ctx.Request.Method)) await ctx.Response.SendFileAsync(path, ctx.RequestAborted);
    }

    /// <summary>Absolute URL of this server as the client addressed it (scheme, host, port), without a trailing slash.</summary>
    private static string BaseUrl(HttpContext ctx) => $"{ctx.Request.Scheme}://{ctx.Request.Host}{ctx.Request.PathBase}";

    private static Task Problem(HttpContext ctx, int status, string message, string? limit = null)
    {
        ctx.Response.StatusCode = status;
        if (limit is not null) ctx.Response.Headers["X-Kg-Limit"] = limit;
        ctx.Response.ContentType = "text/plain; charset=utf-8";
        return ctx.Response.WriteAsync(message + "\n");
    }

    private static DateTimeOffset DataDate(IReadOnlyList<string> paths)
    {
        var latest = DateTimeOffset.MinValue;
        try
        {
            foreach (var f in RdfLoader.ExpandPaths(paths))
                if (File.Exists(f) && new DateTimeOffset(File.GetLastWriteTimeUtc(f)) is var t && t > latest) latest = t;
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
        }
        var date = latest == DateTimeOffset.MinValue ? DateTimeOffset.UtcNow : latest;
        return new DateTimeOffset(date.UtcTicks - date.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }
}
