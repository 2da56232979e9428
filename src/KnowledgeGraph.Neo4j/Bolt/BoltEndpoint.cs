namespace KnowledgeGraph.Neo4j.Bolt;

/// <summary>Where and how to connect.</summary>
/// <param name="User">Null connects with auth scheme "none".</param>
public sealed record BoltEndpoint(string Host, int Port, string? User = null, string? Password = null)
{
    public const int DefaultPort = 7687;

    /// <summary>Parses bolt://host[:port] (neo4j:// is accepted and treated as a direct connection: no routing).</summary>
    public static BoltEndpoint Parse(string uri, string? user = null, string? password = null)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("bolt" or "neo4j"))
            throw new ArgumentException($"'{uri}' is not a Bolt URI (expected bolt://host:port)");
        return new BoltEndpoint(parsed.Host, parsed.IsDefaultPort || parsed.Port <= 0 ? DefaultPort : parsed.Port, user, password);
    }

    public override string ToString() => $"bolt://{Host}:{Port}";
}

/// <param name="ProtocolVersions">Versions offered in the handshake, newest first; defaults to all implemented.</param>
/// <param name="FetchSize">Records per PULL on Bolt 4+ (Bolt 1 streams everything with PULL_ALL).</param>
public sealed record BoltClientOptions(
    TimeSpan? ConnectTimeout = null,
    IReadOnlyList<BoltVersion>? ProtocolVersions = null,
    int FetchSize = 1000,
    int MaxPoolSize = 8,
    string UserAgent = "KnowledgeGraph/1.0")
{
    public TimeSpan EffectiveConnectTimeout => ConnectTimeout ?? TimeSpan.FromSeconds(10);

    public IReadOnlyList<BoltVersion> EffectiveVersions => ProtocolVersions ?? BoltVersion.Supported;
}
