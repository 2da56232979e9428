using System.Text.Json;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Build;

/// <summary>
/// The analysis of each article of a build, kept in <c>OUT/.kg/current/analysis.jsonl</c> so that
/// <c>kg build --update</c> analyses only the articles it is given: a kept article's mention layers (entities, posts,
/// relations, dates, meetings, claims, what corpus resolution reads) are read back instead of running the document
/// components again. First line a header <c>{"format":"kgnews-analysis","version":1,"extractor":"MVID"}</c>, then one
/// article per line: <c>{"id":…,"layers":{…}}</c>, in id order.
/// </summary>
/// <remarks>
/// Documents are analysed independently with read-only resources, so a kept analysis is what a new one gives, as long
/// as the extraction code and data are the same: <c>extractor</c> is the module version id of the Extraction assembly,
/// which embeds the lexicons and patterns (deterministic builds: it changes with any of them). A file written by
/// other extraction code is not read (every article is analysed again); one that cannot be read is reported and not
/// used: it is a cache, never the only copy of anything.
/// </remarks>
public static class AnalysisStore
{
    public const string FileName = "analysis.jsonl";
    public const string FormatName = "kgnews-analysis";
    public const int CurrentVersion = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The extraction code and data this process runs.</summary>
    public static string Extractor => typeof(AnalyzedDocument).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The mention layers of one document.</summary>
    private sealed record Layers(
        List<EntityMention> Entities,
        List<PostMention> Posts,
        List<RelationMention> Relations,
        List<DateMention> Dates,
        List<MeetingMention> Meetings,
        List<ClaimMention> Claims);

    private sealed record Line(string Id, Layers Layers);

    public static void Write(string path, IReadOnlyList<AnalyzedDocument> documents, CancellationToken ct)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        JsonSerializer.Serialize(stream, new { format = FormatName, version = CurrentVersion, extractor = Extractor }, Json);
        stream.WriteByte((byte)'\n');
        foreach (var d in documents.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            ct.ThrowIfCancellationRequested();
            JsonSerializer.Serialize(stream, new Line(d.Id, new Layers(d.Entities, d.Posts, d.Relations, d.Dates, d.Meetings, d.Claims)), Json);
            stream.WriteByte((byte)'\n');
        }
    }

    /// <summary>
    /// The kept analyses of <paramref name="path"/> by article id, or an empty map (with the reason in
    /// <paramref name="note"/>) when the file is missing, of another format, version or extractor, or damaged.
    /// </summary>
    public static Dictionary<string, Func<Article, AnalyzedDocument>> Read(string path, CancellationToken ct, out string? note)
    {
        var map = new Dictionary<string, Func<Article, AnalyzedDocument>>(StringComparer.Ordinal);
        note = null;
        if (!File.Exists(path))
        {
            note = "no kept analysis";
            return map;
        }
        long line = 0;
        try
        {
            foreach (var text in File.ReadLines(path))
            {
                ct.ThrowIfCancellationRequested();
                line++;
                if (line == 1)
                {
                    using var header = JsonDocument.Parse(text);
                    var e = header.RootElement;
                    int version = e.TryGetProperty("version", out var v) && v.TryGetInt32(out var n) ? n : -1;
                    if (!e.TryGetProperty("format", out var f) || f.GetString() != FormatName || version != CurrentVersion)
                    {
                        note = $"{path}:1: not an analysis file of version {CurrentVersion}; every article is analysed again";
                        return map;
                    }
                    if (!e.TryGetProperty("extractor", out var x) || x.GetString() != Extractor)
                    {
                        note = "the kept analysis is from other extraction code or data; every article is analysed again";
                        return map;
                    }
                    continue;
                }
                var entry = JsonSerializer.Deserialize<Line>(text, Json) ?? throw new JsonException("empty line");
                var layers = entry.Layers;
                map[entry.Id] = article =>
                {
                    var doc = new AnalyzedDocument(article, 0);
                    doc.Entities.AddRange(layers.Entities);
                    doc.Posts.AddRange(layers.Posts);
                    doc.Relations.AddRange(layers.Relations);
                    doc.Dates.AddRange(layers.Dates);
                    doc.Meetings.AddRange(layers.Meetings);
                    doc.Claims.AddRange(layers.Claims);
                    return doc;
                };
            }
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException or InvalidOperationException)
        {
            note = $"{path}:{line}: damaged kept analysis ({e.Message}); every article is analysed again";
            map.Clear();
        }
        return map;
    }
}
