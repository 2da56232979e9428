using KnowledgeGraph.Extraction.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// Reads a folder's manifest.json: per-article metadata keyed by file stem. Accepted shapes:
/// <c>{ "stem": { "outlet": …, "url": …, "author": …, "date": …, "title": … }, … }</c>, the same under a
/// top-level "articles" property, or an array of objects carrying their stem in "id", "stem" or "file".
/// </summary>
public static class ManifestReader
{
    public const string FileName = "manifest.json";

    public static Dictionary<string, ArticleMetadata> Read(string path, string text, List<IngestDiagnostic> diagnostics)
    {
        var result = new Dictionary<string, ArticleMetadata>(StringComparer.Ordinal);
        JToken root;
        try
        {
            using var jr = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
            root = JToken.Load(jr);
        }
        catch (JsonReaderException ex)
        {
            diagnostics.Add(new IngestDiagnostic(path, $"warning: manifest ignored, invalid JSON at column {ex.LinePosition}", ex.LineNumber));
            return result;
        }
        if (root is JObject o && o["articles"] is JToken inner) root = inner;
        if (root is JObject map)
        {
            foreach (var prop in map.Properties())
                if (prop.Value is JObject entry) result[Stem(prop.Name)] = ToMetadata(entry);
        }
        else if (root is JArray array)
        {
            foreach (var item in array.OfType<JObject>())
            {
                var key = (string?)item["id"] ?? (string?)item["stem"] ?? (string?)item["file"];
                if (!string.IsNullOrWhiteSpace(key)) result[Stem(key)] = ToMetadata(item);
            }
        }
        return result;
    }

    private static string Stem(string key) => Path.GetFileNameWithoutExtension(key.Trim());

    private static ArticleMetadata ToMetadata(JObject o)
    {
        // "unknown" (or empty) means the field is not known, not a value
        string? S(string name) => o[name] is JValue { Value: not null } v && v.ToString().Trim() is { Length: > 0 } t
            && !t.Equals("unknown", StringComparison.OrdinalIgnoreCase) && !t.Equals("inconnu", StringComparison.OrdinalIgnoreCase) ? t : null;
        return new ArticleMetadata(S("title"), S("url"), S("outlet") ?? S("publisher"), S("author"), ArticleMetadata.ParseDate(S("date") ?? S("datePublished")), ArticleMetadata.NormalizeLanguage(S("language")));
    }
}
