using System.Net;

namespace KnowledgeGraph.Remote;

/// <summary>
/// How kg authenticates to a remote store. Read from the environment only (never the command line, where other
/// users of the machine could read it in the process list): KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD give a user
/// name and password, answered to the store's challenge with HTTP Basic or Digest (Virtuoso's
/// /sparql-graph-crud-auth asks for Digest); KG_ENDPOINT_TOKEN gives a bearer token sent with every request.
/// </summary>
public sealed record RemoteCredentials(string? User, string? Password, string? BearerToken)
{
    public static RemoteCredentials None { get; } = new(null, null, null);

    public const string UserVariable = "KG_ENDPOINT_USER";
    public const string PasswordVariable = "KG_ENDPOINT_PASSWORD";
    public const string TokenVariable = "KG_ENDPOINT_TOKEN";

    public bool HasPassword => !string.IsNullOrEmpty(User);

    /// <summary>Reads the three variables; a user without a password is taken as an empty password.</summary>
    /// <param name="read">The environment lookup (tests pass their own).</param>
    public static RemoteCredentials FromEnvironment(Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        static string? NonEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
        return new RemoteCredentials(NonEmpty(read(UserVariable)), read(PasswordVariable) ?? "", NonEmpty(read(TokenVariable)));
    }

    /// <summary>Credentials for the handler: offered for Basic and Digest on the endpoint's origin only.</summary>
    internal ICredentials? ForOrigin(Uri endpoint)
    {
        if (!HasPassword) return null;
        var origin = new Uri(endpoint.GetLeftPart(UriPartial.Authority));
        var cache = new CredentialCache();
        var credential = new NetworkCredential(User, Password);
        cache.Add(origin, "Digest", credential);
        cache.Add(origin, "Basic", credential);
        return cache;
    }

    /// <summary>Never prints the secrets (records print their members by default).</summary>
    public override string ToString() => HasPassword ? $"user {User}" : BearerToken is not null ? "bearer token" : "anonymous";
}
