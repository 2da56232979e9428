using KnowledgeGraph.Neo4j.Bolt;

namespace KnowledgeGraph.Neo4j.Loading;

/// <summary>
/// An exclusive lock file per server address (in the temp folder, so every checkout on the machine sees it).
/// Test suites and the benchmark wipe and count the whole database; holding this lock keeps two of them
/// (from parallel test assemblies or other worktrees) from interleaving on one server.
/// </summary>
public static class Neo4jTestLock
{
    public static string PathFor(BoltEndpoint endpoint) =>
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kg-neo4j-{endpoint.Host}-{endpoint.Port}.lock");

    /// <summary>Waits (up to <paramref name="timeout"/>, default 15 minutes) for the lock; dispose the stream to release it.</summary>
    public static async Task<FileStream> AcquireAsync(BoltEndpoint endpoint, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var path = PathFor(endpoint);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(15));
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
