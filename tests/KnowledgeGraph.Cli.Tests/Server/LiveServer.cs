using KnowledgeGraph.Rdf;
using KnowledgeGraph.Server;
using KnowledgeGraph.Sparql;
using Microsoft.AspNetCore.Builder;

namespace KnowledgeGraph.Cli.Tests.Server;

/// <summary>
/// A real kg server (Kestrel on a free loopback port, the real SPARQL processor) and an HttpClient for it:
/// the tests talk HTTP over TCP exactly as outside clients do.
/// </summary>
public sealed class LiveServer : IAsyncDisposable
{
    public const string Token = "test-token-7f3a";

    private LiveServer(KgServer server, WebApplication app, MemoryStore store, string url, StringWriter log)
    {
        Server = server;
        App = app;
        Store = store;
        Url = url;
        Log = log;
        Client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
    }

    public KgServer Server { get; }
    public WebApplication App { get; }
    public MemoryStore Store { get; }
    public string Url { get; }
    public HttpClient Client { get; }
    public StringWriter Log { get; }

    public static async Task<LiveServer> StartAsync(MemoryStore store, Func<KgServerOptions, KgServerOptions>? configure = null)
    {
        var log = new StringWriter();
        var options = new KgServerOptions(Array.Empty<string>(), "https://w3id.org/kgnews/id/", Log: TextWriter.Synchronized(log));
        if (configure is not null) options = configure(options);
        var server = new KgServer(options, store, new SparqlQueryProcessor(store));
        var app = server.Build(new[] { "http://127.0.0.1:0" });
        await app.StartAsync();
        var url = app.Urls.First();
        return new LiveServer(server, app, store, url, log);
    }

    /// <summary>Write access on, with <see cref="Token"/>.</summary>
    public static KgServerOptions Writable(KgServerOptions o) => o with { AllowUpdate = true, WriteToken = Token };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}
