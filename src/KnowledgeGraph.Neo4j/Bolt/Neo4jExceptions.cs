namespace KnowledgeGraph.Neo4j.Bolt;

/// <summary>Base of the errors the Bolt client raises.</summary>
public abstract class BoltException : Exception
{
    protected BoltException(string message, Exception? inner = null) : base(message, inner) { }
}

/// <summary>The server answered FAILURE: <see cref="Code"/> is Neo4j's status code, e.g. Neo.ClientError.Statement.SyntaxError.</summary>
public sealed class Neo4jServerException : BoltException
{
    public Neo4jServerException(string code, string serverMessage)
        : base($"{code}: {serverMessage}")
    {
        Code = code;
        ServerMessage = serverMessage;
    }

    public string Code { get; }

    public string ServerMessage { get; }

    /// <summary>Client errors are the caller's fault (bad query, constraint violated); the rest are the server's.</summary>
    public bool IsClientError => Code.StartsWith("Neo.ClientError.", StringComparison.Ordinal);
}

/// <summary>The server could not be reached or went away: connection refused, timeout, disconnect mid-stream.</summary>
public sealed class ServiceUnavailableException : BoltException
{
    public ServiceUnavailableException(string message, Exception? inner = null) : base(message, inner) { }
}

/// <summary>The peer does not speak Bolt as we do: no common version in the handshake, or an unexpected message.</summary>
public sealed class BoltProtocolException : BoltException
{
    public BoltProtocolException(string message, Exception? inner = null) : base(message, inner) { }
}
