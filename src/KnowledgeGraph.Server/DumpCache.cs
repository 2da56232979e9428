using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Server;

/// <summary>A serialized representation, ready to send: bytes, their validator and date.</summary>
public sealed record CachedBody(byte[] Bytes, string ETag, DateTimeOffset LastModified, string ContentType, string? ContentEncoding);

/// <summary>
/// Representations that depend only on the data (dumps, VoID), computed once per data version and kept until
/// the store changes: a second request for the same dump is a copy of bytes, not a serialization of the graph.
/// </summary>
public sealed class DumpCache
{
    private readonly ConcurrentDictionary<string, Lazy<CachedBody>> _entries = new();
    private long _version = -1;
    private readonly object _sync = new();

    /// <param name="version">The store version the body is for; a new version drops every cached body.</param>
    /// <param name="render">Writes the uncompressed body as UTF-8 text (called once per key and version).</param>
    public CachedBody Get(long version, DateTimeOffset lastModified, string key, string contentType, bool gzip, Func<string> render)
    {
        lock (_sync)
        {
            if (version != _version)
            {
                _entries.Clear();
                _version = version;
            }
        }
        var plain = _entries.GetOrAdd(key, _ => new Lazy<CachedBody>(() =>
        {
            var bytes = Encoding.UTF8.GetBytes(render());
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..20];
            return new CachedBody(bytes, $"\"{hash}\"", lastModified, contentType, null);
        })).Value;
        if (!gzip) return plain;
        return _entries.GetOrAdd(key + "+gzip", _ => new Lazy<CachedBody>(() =>
        {
            using var output = new MemoryStream();
            using (var zip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) zip.Write(plain.Bytes);
            // A distinct validator: the gzip bytes are another representation (RFC 9110 §8.8.3).
            return plain with { Bytes = output.ToArray(), ETag = plain.ETag.TrimEnd('"') + "-gzip\"", ContentEncoding = "gzip" };
        })).Value;
    }
}
