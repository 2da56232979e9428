using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server;

/// <summary>The SPARQL 1.1 Protocol: queries, updates, the service description, and write access.</summary>
public sealed partial class KgServer
{
    private async Task SparqlGet(HttpContext ctx)
    {
        var op = await SparqlProtocol.ReadAsync(ctx);
        if (op is null)
        {
            await ServiceDescription(ctx);
            return;
        }
        await Query(ctx, op);
    }

    private async Task SparqlPost(HttpContext ctx)
    {
        var op = await SparqlProtocol.ReadAsync(ctx)
            ?? throw new ProtocolException(400, "missing the query or update");
        if (op.Update is not null) await Update(ctx, op);
        else await Query(ctx, op);
    }

    private async Task UpdatePost(HttpContext ctx)
    {
        var op = await SparqlProtocol.ReadAsync(ctx)
            ?? throw new ProtocolException(400, "missing the update (a form field or an application/sparql-update body)");
        if (op.Update is null) throw new ProtocolException(400, "/update takes an update (form field 'update' or an application/sparql-update body); send queries to /sparql");
        await Update(ctx, op);
    }

    private SparqlQueryOptions QueryOptions() =>
        new(Timeout: _options.Timeout, ResultLimit: _options.ResultLimit, UnionDefaultGraph: _options.UnionDefaultGraph,
            RowBudget: _options.RowBudget);

    private async Task Query(HttpContext ctx, ProtocolOperation op)
    {
        var query = op.Query!;
        ctx.Items["kg.operation"] = query;
        if (string.IsNullOrWhiteSpace(query))
        {
            await Problem(ctx, 400, "the query is empty");
            return;
        }
        if (!await _admission.WaitAsync(_options.Queue, ctx.RequestAborted))
        {
            _metrics.RejectedBusy();
            ctx.Response.Headers.RetryAfter = "2";
            await Problem(ctx, 503, $"too many queries are running ({_options.MaxConcurrentQueries} at once, none finished within {_options.Queue.TotalSeconds:0.#} s); retry later");
            return;
        }
        Interlocked.Increment(ref _runningQueries);
        bool stoppedBig = false;
        try
        {
            string? mediaType;
            byte[] body = Array.Empty<byte>();
            // SPARQL results are encoded straight to UTF-8 in pooled pages (spilling to a temporary file past 1 MB)
            // rather than into one string and one byte array: a result of tens of MB would otherwise take large-object
            // heap segments that the GC keeps committed, and the process would stay at its peak after the query.
            await using var results = new Microsoft.AspNetCore.WebUtilities.FileBufferingWriteStream(ResultsBufferInMemory);
            string? notAcceptable = null;
            // Evaluated and serialized before anything is sent: a limit hit mid-way must still become an error status.
            using (var lease = _rows.Open())
            using (_gate.Read())
            {
                var options = QueryOptions() with { ProtocolDataset = op.Dataset, BaseIri = BaseUrl(ctx) + "/sparql", SharedRows = lease };
                var result = _processor.Query(query, options, ctx.RequestAborted);
                var accept = ctx.Request.Headers.Accept.ToString();
                if (result.Kind == SparqlResultKind.Graph)
                {
                    mediaType = MediaTypes.Negotiate(accept, MediaTypes.RdfTypes);
                    if (mediaType is null) notAcceptable = "no acceptable RDF media type (offered: " + string.Join(", ", MediaTypes.RdfTypes) + ")";
                    else
                    {
                        var triples = result.Triples.ToList();
                        triples.Sort(NodeComparer.Instance);
                        body = RenderRdf(mediaType, triples.Select(t => t.InGraph(null)));
                    }
                }
                else
                {
                    mediaType = MediaTypes.Negotiate(accept, MediaTypes.ResultTypes);
                    if (mediaType is null) notAcceptable = "no acceptable SPARQL results media type (offered: " + string.Join(", ", MediaTypes.ResultTypes) + ")";
                    else
                    {
                        using var text = new StreamWriter(results, new UTF8Encoding(false), ResultsWriterChars, leaveOpen: true) { NewLine = "\n" };
                        SparqlResultFormats.CreateWriter(SparqlResultFormats.FromMediaType(mediaType)!.Value).Write(text, result, ctx.RequestAborted);
                        text.Flush();
                    }
                }
            }
            // Nothing is sent while the read gate or the row lease is held: a slow client must not hold up writers.
            if (notAcceptable is not null || mediaType is null) { await Problem(ctx, 406, notAcceptable ?? "no acceptable media type"); return; }
            ctx.Response.ContentType = mediaType + "; charset=utf-8";
            if (results.Length > 0)
            {
                ctx.Response.ContentLength = results.Length;
                await results.DrainBufferAsync(ctx.Response.Body, ctx.RequestAborted);
                return;
            }
            ctx.Response.ContentLength = body.Length;
            await ctx.Response.Body.WriteAsync(body, ctx.RequestAborted);
        }
        catch (QueryLimitExceededException e)
        {
            var limit = e.Kind switch { QueryLimitKind.Timeout => "timeout", QueryLimitKind.MemoryBudget => "memory-budget", _ => "result-limit" };
            _metrics.QueryStopped(limit);
            stoppedBig = e.Kind != QueryLimitKind.ResultLimit;
            await Problem(ctx, 503, e.Message, limit);
        }
        catch (SparqlException e)
        {
            await Problem(ctx, 400, e.Message);
        }
        catch (RdfWriterException e)
        {
            await Problem(ctx, 406, e.Message);
        }
        finally
        {
            _trim?.QueryEnded();
            Interlocked.Decrement(ref _runningQueries);
            _admission.Release();
            if (stoppedBig) ReturnMemory();
        }
    }

    /// <summary>
    /// Characters the results writer buffers before encoding them into the pooled pages: small, because its char and
    /// byte buffers are allocated anew for every request (16 K chars were 80 KB of garbage per ASK); a large result
    /// only flushes more often into pages that are pooled anyway.
    /// </summary>
    private const int ResultsWriterChars = 1024;

    /// <summary>Bytes of a SPARQL results body kept in pooled memory before the rest goes to a temporary file.</summary>
    private const int ResultsBufferInMemory = 1024 * 1024;

    /// <summary>
    /// After a query stopped for holding too much, its rows are garbage: collect and compact now, and give the
    /// freed segments back to the OS, rather than keep the process at its peak until the GC decides to shrink.
    /// </summary>
    private static void ReturnMemory() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    private async Task Update(HttpContext ctx, ProtocolOperation op)
    {
        var update = op.Update!;
        ctx.Items["kg.operation"] = update;
        if (!await Authorized(ctx)) return;
        if (string.IsNullOrWhiteSpace(update))
        {
            await Problem(ctx, 400, "the update is empty");
            return;
        }
        try
        {
            using (_gate.Write(WriterWait))
            {
                // Relative IRIs in the update resolve against the endpoint's own URL (Protocol §2.2: "MAY be the service endpoint").
                var options = QueryOptions() with
                {
                    ProtocolDataset = op.Dataset, BaseIri = BaseUrl(ctx) + ctx.Request.Path, LoadResolver = _ => null,
                };
                _processor.Update(update, options, ctx.RequestAborted);
                _modified = Now();
            }
            ctx.Response.StatusCode = 204;
        }
        catch (TimeoutException e)
        {
            ctx.Response.Headers.RetryAfter = "5";
            await Problem(ctx, 503, e.Message, "write-wait");
        }
        catch (QueryLimitExceededException e)
        {
            await Problem(ctx, 503, e.Message, e.Kind == QueryLimitKind.Timeout ? "timeout" : "memory-budget");
        }
        catch (SparqlException e)
        {
            await Problem(ctx, 400, e.Message);
        }
    }

    /// <summary>
    /// How long a write waits for running queries to finish: two query timeouts, so every query that was running
    /// when it arrived has ended (readers are preferred, so a stream of new queries can still outlast it: then 503).
    /// </summary>
    private TimeSpan WriterWait => _options.Timeout * 2;

    private static DateTimeOffset Now()
    {
        var now = DateTimeOffset.UtcNow;
        return new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }

    /// <summary>Writes need --allow-update and the start-up token: 403 when writes are off or the token is wrong, 401 when none is given.</summary>
    private async Task<bool> Authorized(HttpContext ctx)
    {
        if (!_options.AllowUpdate)
        {
            await Problem(ctx, 403, "writes are disabled on this server (start kg serve with --allow-update and --write-token)");
            return false;
        }
        var header = ctx.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            ctx.Response.Headers.WWWAuthenticate = "Bearer realm=\"kg\"";
            await Problem(ctx, 401, "writes need an Authorization: Bearer TOKEN header (the token kg serve was started with)");
            return false;
        }
        var given = Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim());
        var expected = Encoding.UTF8.GetBytes(_options.WriteToken!);
        if (!CryptographicOperations.FixedTimeEquals(given, expected))
        {
            await Problem(ctx, 403, "the bearer token is not the one this server accepts");
            return false;
        }
        return true;
    }

    private async Task ServiceDescription(HttpContext ctx)
    {
        long count;
        using (_gate.Read()) count = _gate.Store.Count;
        var baseUrl = BaseUrl(ctx);
        var triples = DatasetDescription.ServiceDescription(baseUrl + "/sparql", _options.AllowUpdate, _options.UnionDefaultGraph, count,
            baseUrl + "/.well-known/void");
        var mediaType = MediaTypes.Negotiate(ctx.Request.Headers.Accept.ToString(), MediaTypes.RdfTypes) ?? "text/turtle";
        await SendRdf(ctx, mediaType, triples.Select(t => t.InGraph(null)), DatasetDescription.Prefixes);
    }

    private byte[] RenderRdf(string mediaType, IEnumerable<Quad> quads, IReadOnlyList<KeyValuePair<string, string>>? prefixes = null)
    {
        var text = new StringWriter { NewLine = "\n" };
        var options = new RdfWriterOptions(prefixes ?? _gate.Store.Namespaces.Entries);
        if (MediaTypes.RdfFormatOf(mediaType) is { } format) RdfFormats.CreateWriter(format).Write(text, quads, options);
        else new RdfXmlWriter().Write(text, quads, options);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private async Task SendRdf(HttpContext ctx, string mediaType, IEnumerable<Quad> quads, IReadOnlyList<KeyValuePair<string, string>>? prefixes = null)
    {
        byte[] body;
        try
        {
            body = RenderRdf(mediaType, quads, prefixes);
        }
        catch (RdfWriterException e)
        {
            await Problem(ctx, 406, e.Message);
            return;
        }
        ctx.Response.ContentType = mediaType + "; charset=utf-8";
        ctx.Response.ContentLength = body.Length;
        await ctx.Response.Body.WriteAsync(body, ctx.RequestAborted);
    }
}
