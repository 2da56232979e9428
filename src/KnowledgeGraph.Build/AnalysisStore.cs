using System.Text.Json;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Build;

/// <summary>
/// The analysis of each article of a build, kept in <c>OUT/.kg/current/analysis.jsonl</c> so that
/// <c>kg build --update</c> analyses only the articles it is given: a kept article's mention layers (entities, posts,
/// relations, dates, meetings, claims, what corpus resolution reads) are read back instead of running the document
/// components again. First line a header <c>{"format":"kgnews-analysis","version":1,"extractor":"MVID"}</c>, then one
/// article per line: <c>{"Id":…,"Layers":{…}}</c>, in id order (read back through <see cref="KeptAnalysis"/>).
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

    // The mention records' (de)serialization code is generated at compile time (AnalysisJson) rather than built by
    // reflection in each process: an update reads back every kept article's layers. The header (an anonymous type)
    // still goes through reflection. Same bytes either way (the options are the same).
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(AnalysisJson.Default,
            new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()),
    };

    /// <summary>The extraction code and data this process runs.</summary>
    public static string Extractor => typeof(AnalyzedDocument).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The mention layers of one document.</summary>
    internal sealed record Layers(
        List<EntityMention> Entities,
        List<PostMention> Posts,
        List<RelationMention> Relations,
        List<DateMention> Dates,
        List<MeetingMention> Meetings,
        List<ClaimMention> Claims);

    internal sealed record Line(string Id, Layers Layers);

    /// <param name="kept">The kept analysis of an update: an article restored from it is written as its kept line,
    /// the same bytes, without serializing it again.</param>
    public static void Write(string path, IReadOnlyList<AnalyzedDocument> documents, CancellationToken ct, KeptAnalysis? kept = null)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        JsonSerializer.Serialize(stream, new { format = FormatName, version = CurrentVersion, extractor = Extractor }, Json);
        stream.WriteByte((byte)'\n');
        foreach (var d in documents.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            ct.ThrowIfCancellationRequested();
            if (kept is null || !kept.CopyLine(d.Id, stream))
                JsonSerializer.Serialize(stream, new Line(d.Id, new Layers(d.Entities, d.Posts, d.Relations, d.Dates, d.Meetings, d.Claims)), Json);
            stream.WriteByte((byte)'\n');
        }
    }

    /// <summary>The document of one kept line (<see cref="KeptAnalysis"/>): the article with its mention layers.</summary>
    internal static AnalyzedDocument Restore(Article article, ReadOnlySpan<byte> line)
    {
        var entry = JsonSerializer.Deserialize<Line>(line, Json) ?? throw new JsonException("empty line");
        if (entry.Id != article.Id) throw new JsonException($"the line is article {entry.Id}'s, not {article.Id}'s");
        var layers = entry.Layers;
        var doc = new AnalyzedDocument(article, 0);
        doc.Entities.AddRange(layers.Entities);
        doc.Posts.AddRange(layers.Posts);
        doc.Relations.AddRange(layers.Relations);
        doc.Dates.AddRange(layers.Dates);
        doc.Meetings.AddRange(layers.Meetings);
        doc.Claims.AddRange(layers.Claims);
        return doc;
    }
}

/// <summary>Compile-time (de)serialization of the kept analysis lines (<see cref="AnalysisStore"/>).</summary>
/// <remarks>Generated with the options the store runs with (null members left out), so that writing a line takes the
/// generated fast path instead of the metadata-driven serializer: the same bytes, in less time.</remarks>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
[System.Text.Json.Serialization.JsonSerializable(typeof(AnalysisStore.Line))]
internal sealed partial class AnalysisJson : System.Text.Json.Serialization.JsonSerializerContext;
