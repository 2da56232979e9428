using System.Globalization;
using KnowledgeGraph.Rdf;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server;

/// <summary>Entity pages, dumps, VoID and the Graph Store HTTP Protocol.</summary>
public sealed partial class KgServer
{
    /// <summary>/article/{key}: the article's page (text with its extracted facts highlighted), whatever the Accept header.</summary>
    private async Task ArticleHtml(HttpContext ctx, string key)
    {
        string? html = null;
        var article = new UriNode(_options.ResourceBase + "article/" + key);
        // the article, its quotations and evidence, and the facts they support: three hops (the whole store when embedded)
        using (var around = _backend.Around(article, 3, ctx.RequestAborted))
        {
            var view = new StoreView(around.Store, _options.ResourceBase);
            if (ArticlePage.IsArticle(view, article)) html = ArticlePage.Html(view, article);
        }
        if (html is null) { await Problem(ctx, 404, $"no article <{_options.ResourceBase}article/{key}>"); return; }
        ctx.Response.ContentType = "text/html; charset=utf-8";
        await ctx.Response.WriteAsync(html, ctx.RequestAborted);
    }

    private async Task Describe(HttpContext ctx, INode resource)
    {
        var offered = new List<string>(MediaTypes.RdfTypes);
        offered.Insert(1, MediaTypes.Html);
        // ?format= lets a link (the HTML page's "alternate" links) choose the syntax without an Accept header.
        var mediaType = ctx.Request.Query["format"].ToString() switch
        {
            "ttl" => "text/turtle", "jsonld" => "application/ld+json", "nt" => "application/n-triples", "rdf" => MediaTypes.RdfXml, "html" => MediaTypes.Html,
            _ => MediaTypes.Negotiate(ctx.Request.Headers.Accept.ToString(), offered),
        };
        if (mediaType is null) { await Problem(ctx, 406, "no acceptable media type"); return; }
        IReadOnlyList<Triple> triples;
        string? html = null;
        // entity pages show posts, meetings and the articles behind each fact: three hops around the resource
        using (var view = _backend.Around(resource, 3, ctx.RequestAborted))
        {
            triples = ResourceDescriber.Describe(view.Store, resource);
            if (mediaType == MediaTypes.Html && triples.Count > 0)
            {
                var pageView = new StoreView(view.Store, _options.ResourceBase);
                html = ArticlePage.IsArticle(pageView, resource)
                    ? ArticlePage.Html(pageView, resource)
                    : HtmlRenderer.Resource(resource, triples, _options.ResourceBase, pageView.Label, EntitySummary.Html(pageView, resource));
            }
        }
        if (triples.Count == 0)
        {
            await Problem(ctx, 404, $"nothing is known about {resource.ToNTriples()}");
            return;
        }
        ctx.Response.Headers.Vary = "Accept";
        if (html is not null)
        {
            ctx.Response.ContentType = "text/html; charset=utf-8";
            await ctx.Response.WriteAsync(html, ctx.RequestAborted);
            return;
        }
        await SendRdf(ctx, mediaType, triples.Select(t => t.InGraph(null)));
    }

    /// <summary>The node's label, French first (the articles' language), then any; call under the read gate (or on a view).</summary>
    private static string? LabelOf(MemoryStore store, INode node)
    {
        foreach (var predicate in HtmlRenderer.LabelPredicates)
        {
            var values = store.Match(node, new UriNode(predicate), null, GraphSelector.All).Select(q => q.Object).OfType<ILiteralNode>().ToList();
            if (values.Count == 0) continue;
            return (values.FirstOrDefault(l => l.Language == "fr") ?? values.FirstOrDefault(l => l.Language.Length == 0) ?? values[0]).Value;
        }
        return null;
    }

    /// <summary>JSON or HTML: <c>?format=json|html</c> first (for links), then the Accept header; JSON by default.</summary>
    private static string? JsonOrHtml(HttpContext ctx) => ctx.Request.Query["format"].ToString() switch
    {
        "json" => "application/json",
        "html" => MediaTypes.Html,
        _ => MediaTypes.Negotiate(ctx.Request.Headers.Accept.ToString(), new[] { "application/json", MediaTypes.Html }),
    };

    /// <summary>/claims?speaker=…&amp;q=…&amp;limit=…: the claim search (JSON by default, HTML for browsers).</summary>
    private async Task ClaimSearchPage(HttpContext ctx)
    {
        var mediaType = JsonOrHtml(ctx);
        if (mediaType is null) { await Problem(ctx, 406, "claim searches are served as application/json or text/html"); return; }
        var query = ctx.Request.Query;
        int limit = ClaimSearch.DefaultLimit;
        if (query["limit"].ToString() is { Length: > 0 } l && (!int.TryParse(l, out limit) || limit < 1))
        {
            await Problem(ctx, 400, $"limit must be a positive whole number (at most {ClaimSearch.MaxLimit}), not '{l}'");
            return;
        }
        static string? Param(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        ClaimSearchResult result;
        using (var claims = _backend.Claims(ctx.RequestAborted))
            result = ClaimSearch.Find(new StoreView(claims.Store, _options.ResourceBase), Param(query["speaker"].ToString()), Param(query["q"].ToString()), limit);
        ctx.Response.Headers.Vary = "Accept";
        ctx.Response.ContentType = mediaType + "; charset=utf-8";
        await ctx.Response.WriteAsync(mediaType == MediaTypes.Html ? ClaimSearch.Html(result, _options.ResourceBase) : ClaimSearch.Json(result), ctx.RequestAborted);
    }

    /// <summary>/claims/{key}: the claim https://…/id/claim/{key} traced through every report (JSON by default, HTML for browsers).</summary>
    private async Task Claim(HttpContext ctx, string key)
    {
        var mediaType = JsonOrHtml(ctx);
        if (mediaType is null) { await Problem(ctx, 406, "claims are served as application/json or text/html"); return; }
        ClaimTrace? trace;
        var claim = new UriNode(_options.ResourceBase + "claim/" + key);
        // claim <- quotation -> article -> publisher -> label: three hops from the claim's incoming neighbours.
        using (var view = _backend.Around(claim, 3, ctx.RequestAborted)) trace = ClaimTracer.Trace(view.Store, claim, n => LabelOf(view.Store, n));
        if (trace is null) { await Problem(ctx, 404, $"no claim <{_options.ResourceBase}claim/{key}>"); return; }
        ctx.Response.Headers.Vary = "Accept";
        ctx.Response.ContentType = mediaType + "; charset=utf-8";
        await ctx.Response.WriteAsync(mediaType == MediaTypes.Html ? ClaimTracer.Html(trace, _options.ResourceBase) : ClaimTracer.Json(trace), ctx.RequestAborted);
    }

    /// <summary>Answers 501 when the data is in a remote store (kg serve --endpoint): what the store itself serves is not copied.</summary>
    private async Task<bool> NeedsLocalData(HttpContext ctx, string what)
    {
        if (_backend.HoldsData) return false;
        await Problem(ctx, 501, $"{what} is not served with --endpoint: the data is in the remote store; ask it (or kg serve --data a build)");
        return true;
    }

    private async Task Dump(HttpContext ctx, string file)
    {
        if (!file.StartsWith("graph.", StringComparison.Ordinal) || !RdfFormats.TryFromExtension(file, out var format))
        {
            await Problem(ctx, 404, "dumps are graph.ttl, graph.nt, graph.nq, graph.trig and graph.jsonld");
            return;
        }
        if (_backend is Backends.RemoteBackend remote)
        {
            await RemoteDump(ctx, remote, file, format);
            return;
        }
        if (await NeedsLocalData(ctx, "/dump")) return;
        CachedBody body;
        using (_gate.Read())
        {
            body = _dumps.Get(_gate.Store.Version, _modified, "dump:" + file, RdfFormats.MediaType(format) + "; charset=utf-8", AcceptsGzip(ctx), () =>
            {
                var quads = RdfFormats.SupportsDatasets(format)
                    ? _gate.Store.Match(null, null, null, GraphSelector.All).ToList()
                    : _gate.Store.Match(null, null, null, GraphSelector.All).Select(q => q with { Graph = null }).Distinct().ToList();
                quads.Sort(NodeComparer.Instance);
                var text = new StringWriter { NewLine = "\n" };
                RdfFormats.CreateWriter(format).Write(text, quads, new RdfWriterOptions(_gate.Store.Namespaces.Entries));
                return text.ToString();
            });
        }
        ctx.Response.Headers.ContentDisposition = $"attachment; filename=\"{file}\"";
        await SendCached(ctx, body);
    }

    /// <summary>
    /// A dump of the remote store (kg serve --endpoint): the build's graphs read from it one by one (the entity graph as
    /// the default graph, as in the build's files), written sorted in the same form as the embedded dumps, through a
    /// temporary file so that a store failing half-way gives an error status, not half a document. Memory stays
    /// bounded: the sorts spill to disk.
    /// </summary>
    private async Task RemoteDump(HttpContext ctx, Backends.RemoteBackend remote, string file, RdfFormat format)
    {
        var ct = ctx.RequestAborted;
        var temp = Path.Combine(Path.GetTempPath(), $"kg-dump-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        try
        {
            await Task.Run(() =>
            {
                using var writer = new StreamWriter(temp, false, new System.Text.UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
                var quads = remote.Quads(RdfFormats.SupportsDatasets(format), ct);
                // Turtle, TriG and JSON-LD sort as they group; the line formats are sorted here, as the embedded dump is.
                if (format is RdfFormat.NTriples or RdfFormat.NQuads) quads = SortedQuadStream.Sort(quads, cancellationToken: ct);
                RdfFormats.CreateWriter(format).Write(writer, quads, new RdfWriterOptions(remote.Prefixes), ct);
            }, ct);
            ctx.Response.ContentType = RdfFormats.MediaType(format) + "; charset=utf-8";
            ctx.Response.Headers.ContentDisposition = $"attachment; filename=\"{file}\"";
            ctx.Response.Headers.Vary = "Accept-Encoding";
            ctx.Response.Headers.CacheControl = "no-cache";
            await using var input = new FileStream(temp, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
            if (HttpMethods.IsHead(ctx.Request.Method)) return;
            if (AcceptsGzip(ctx))
            {
                ctx.Response.Headers.ContentEncoding = "gzip";
                await using var zip = new System.IO.Compression.GZipStream(ctx.Response.Body, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true);
                await input.CopyToAsync(zip, ct);
            }
            else
            {
                ctx.Response.ContentLength = input.Length;
                await input.CopyToAsync(ctx.Response.Body, ct);
            }
        }
        finally
        {
            try { File.Delete(temp); }
            catch (IOException) { }
        }
    }

    private async Task VoidDescription(HttpContext ctx)
    {
        var mediaType = MediaTypes.Negotiate(ctx.Request.Headers.Accept.ToString(), MediaTypes.RdfTypes);
        if (mediaType is null) { await Problem(ctx, 406, "no acceptable RDF media type"); return; }
        var baseUrl = BaseUrl(ctx);
        if (_backend is Backends.RemoteBackend remote)
        {
            // Counted by aggregate queries on the store; the store may be written behind kg's back (another push), so
            // the counts are kept one minute at most rather than for a data version kg cannot see.
            long minute = DateTime.UtcNow.Ticks / TimeSpan.TicksPerMinute;
            var remoteBody = await Task.Run(() => _dumps.Get(minute, _modified, $"void:{mediaType}:{baseUrl}", mediaType + "; charset=utf-8", AcceptsGzip(ctx), () =>
            {
                var triples = DatasetDescription.Void(remote.Statistics(ctx.RequestAborted), baseUrl, _modified, _options.License, _options.ResourceBase);
                var prefixes = DatasetDescription.Prefixes.Concat(remote.Prefixes).ToList();
                return System.Text.Encoding.UTF8.GetString(RenderRdf(mediaType, triples.Select(t => t.InGraph(null)), prefixes));
            }), ctx.RequestAborted);
            ctx.Response.Headers.Vary = "Accept, Accept-Encoding";
            await SendCached(ctx, remoteBody);
            return;
        }
        if (await NeedsLocalData(ctx, "the VoID description")) return;
        CachedBody body;
        using (_gate.Read())
        {
            body = _dumps.Get(_gate.Store.Version, _modified, $"void:{mediaType}:{baseUrl}", mediaType + "; charset=utf-8", AcceptsGzip(ctx), () =>
            {
                var triples = DatasetDescription.Void(_gate.Store, baseUrl, _modified, _options.License, _options.ResourceBase);
                var prefixes = DatasetDescription.Prefixes.Concat(_gate.Store.Namespaces.Entries).ToList();
                return System.Text.Encoding.UTF8.GetString(RenderRdf(mediaType, triples.Select(t => t.InGraph(null)), prefixes));
            });
        }
        ctx.Response.Headers.Vary = "Accept, Accept-Encoding";
        await SendCached(ctx, body);
    }

    private static bool AcceptsGzip(HttpContext ctx)
    {
        foreach (var part in ctx.Request.Headers.AcceptEncoding.ToString().Split(','))
        {
            var pieces = part.Split(';');
            if (!pieces[0].Trim().Equals("gzip", StringComparison.OrdinalIgnoreCase)) continue;
            var q = pieces.Skip(1).Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("q=", StringComparison.Ordinal));
            return q is null || !double.TryParse(q.AsSpan(2), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value > 0;
        }
        return false;
    }

    /// <summary>Sends a cached representation with its validators, answering 304 to a matching conditional request.</summary>
    private static async Task SendCached(HttpContext ctx, CachedBody body)
    {
        var h = ctx.Response.Headers;
        h.ETag = body.ETag;
        h.LastModified = body.LastModified.ToString("R", CultureInfo.InvariantCulture);
        h.CacheControl = "no-cache";
        if (!h.ContainsKey("Vary")) h.Vary = "Accept-Encoding";
        var ifNoneMatch = ctx.Request.Headers.IfNoneMatch.ToString();
        bool notModified = ifNoneMatch.Length > 0
            ? ifNoneMatch.Split(',').Select(s => s.Trim()).Any(t => t == "*" || t == body.ETag || t == "W/" + body.ETag)
            : DateTimeOffset.TryParse(ctx.Request.Headers.IfModifiedSince.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since)
              && body.LastModified <= since;
        if (notModified)
        {
            ctx.Response.StatusCode = 304;
            return;
        }
        ctx.Response.ContentType = body.ContentType;
        if (body.ContentEncoding is not null) h.ContentEncoding = body.ContentEncoding;
        ctx.Response.ContentLength = body.Bytes.Length;
        if (!HttpMethods.IsHead(ctx.Request.Method)) await ctx.Response.Body.WriteAsync(body.Bytes, ctx.RequestAborted);
    }

    /// <summary>
    /// SPARQL 1.1 Graph Store HTTP Protocol, indirect identification: /store?graph=IRI or /store?default.
    /// GET and HEAD for everyone; PUT (replace), POST (merge) and DELETE with write access.
    /// </summary>
    private async Task GraphStore(HttpContext ctx)
    {
        if (await NeedsLocalData(ctx, "the Graph Store on /store")) return;
        var q = ctx.Request.Query;
        bool isDefault = q.ContainsKey("default");
        var graphIri = q["graph"].ToString();
        if (isDefault == (graphIri.Length > 0) || q["graph"].Count > 1)
        {
            await Problem(ctx, 400, "name one graph: /store?graph=IRI or /store?default");
            return;
        }
        if (!isDefault && !Uri.TryCreate(graphIri, UriKind.Absolute, out _))
        {
            await Problem(ctx, 400, $"'{graphIri}' is not an absolute IRI");
            return;
        }
        INode? graph = isDefault ? null : new UriNode(graphIri);
        var method = ctx.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            var mediaType = MediaTypes.Negotiate(ctx.Request.Headers.Accept.ToString(), MediaTypes.RdfTypes);
            if (mediaType is null) { await Problem(ctx, 406, "no acceptable RDF media type"); return; }
            List<Quad>? quads = null;
            using (_gate.Read())
            {
                if (graph is null || _gate.Store.GraphNames.Contains(graph))
                    quads = _gate.Store.Match(null, null, null, graph is null ? GraphSelector.Default : GraphSelector.Named(graph))
                        .Select(x => x with { Graph = null }).ToList();
            }
            if (quads is null)
            {
                await Problem(ctx, 404, $"no graph {graph!.ToNTriples()} in this store");
                return;
            }
            quads.Sort(NodeComparer.Instance);
            await SendRdf(ctx, mediaType, quads);
            return;
        }
        if (!await Authorized(ctx)) return;
        List<Quad>? incoming = null;
        if (!HttpMethods.IsDelete(method))
        {
            var format = MediaTypes.ReadableRdfFormat(ctx.Request.ContentType);
            if (format is null)
            {
                await Problem(ctx, 415, "send the graph as text/turtle, application/n-triples or application/ld+json");
                return;
            }
            SparqlProtocol.RequireUtf8Charset(ctx.Request.ContentType!);
            var text = await SparqlProtocol.ReadUtf8Async(ctx.Request, ctx.RequestAborted);
            try
            {
                var options = new RdfReaderOptions("request body", BaseIri: graphIri.Length > 0 ? graphIri : BaseUrl(ctx) + "/store",
                    BlankNodePrefix: $"gsp{DateTime.UtcNow.Ticks}_");
                incoming = RdfFormats.CreateReader(format.Value).Read(new StringReader(text), options, ctx.RequestAborted)
                    .Select(x => x with { Graph = graph }).ToList();
            }
            catch (RdfSyntaxException e)
            {
                await Problem(ctx, 400, e.Message);
                return;
            }
        }
        bool existed;
        try
        {
            // No await inside: the write gate is never held while a response is being sent.
            using (_gate.Write(WriterWait))
            {
                existed = graph is null || _gate.Store.GraphNames.Contains(graph);
                if (HttpMethods.IsDelete(method))
                {
                    if (existed) _gate.Store.ClearGraph(graph);
                }
                else
                {
                    if (HttpMethods.IsPut(method)) _gate.Store.ClearGraph(graph);
                    foreach (var quad in incoming!) _gate.Store.Add(quad);
                }
                if (existed || !HttpMethods.IsDelete(method)) _modified = Now();
            }
        }
        catch (TimeoutException e)
        {
            ctx.Response.Headers.RetryAfter = "5";
            await Problem(ctx, 503, e.Message, "write-wait");
            return;
        }
        if (HttpMethods.IsDelete(method) && !existed)
        {
            await Problem(ctx, 404, $"no graph {graph!.ToNTriples()} in this store");
            return;
        }
        ctx.Response.StatusCode = existed || HttpMethods.IsDelete(method) ? 204 : 201;
    }
}
