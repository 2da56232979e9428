namespace KnowledgeGraph.Remote;

/// <summary>What went wrong talking to a remote store, so callers can choose a message and an exit code.</summary>
public enum RemoteFailure
{
    /// <summary>No connection: the store is down, the address is wrong, or it stopped answering (timeout).</summary>
    Unreachable,
    /// <summary>401 or 403: the credentials are missing, wrong, or not allowed to write.</summary>
    Unauthorized,
    /// <summary>413: the request body (one batch of a graph) is larger than the store accepts.</summary>
    TooLarge,
    /// <summary>Another 4xx: the store refused the request as malformed (a query it cannot parse, a bad graph IRI).</summary>
    Rejected,
    /// <summary>5xx: the store failed while handling the request.</summary>
    ServerError,
    /// <summary>The store answered 2xx with a body kg cannot read.</summary>
    BadAnswer,
}

/// <summary>A remote store refused or failed a request; the message names the endpoint and, for writes, the graph.</summary>
public sealed class RemoteStoreException(RemoteFailure failure, string message, int? statusCode = null, Exception? inner = null)
    : Exception(message, inner)
{
    public RemoteFailure Failure { get; } = failure;

    /// <summary>The HTTP status, when the store answered.</summary>
    public int? StatusCode { get; } = statusCode;
}
