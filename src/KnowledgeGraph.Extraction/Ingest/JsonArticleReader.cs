using KnowledgeGraph.Extraction.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>One article record read from JSON, before text cleanup.</summary>
public sealed record RawRecord(string Id, string Text, ArticleMetadata Metadata);

/// <summary>
/// Reads article records from JSON (one object or an array of objects) and JSON Lines (one object per
/// line). Fields: <c>text</c> (required), <c>title</c>, <c>url</c>, <c>outlet</c>, <c>date</c>, <c>author</c>,
/// <c>id</c>. A record without an id gets the file stem (single object) or stem-N where N is the record's
/// line (JSON Lines) or 1-based index (array). Bad records are reported with their line and skipped.
/// </summary>
public static class JsonArticleReader
{
    public static IEnumerable<RawRecord> ReadJsonLines(string path, string text, List<IngestDiagnostic> diagnostics, CancellationToken ct)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        int lineNo = 0;
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            ct.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(line)) continue;
            JToken token;
            try
            {
                using var jr = new JsonTextReader(new StringReader(line)) { DateParseHandling = DateParseHandling.None };
                token = JToken.Load(jr);
            }
            catch (JsonReaderException ex)
            {
                diagnostics.Add(new IngestDiagnostic(path, $"skipped: invalid JSON at column {ex.LinePosition}: {FirstSentence(ex.Message)}", lineNo));
                continue;
            }
            var record = ToRecord(path, token, $"{stem}-{lineNo}", lineNo, diagnostics);
            if (record is not null) yield return record;
        }
    }

    public static IEnumerable<RawRecord> ReadJson(string path, string text, List<IngestDiagnostic> diagnostics, CancellationToken ct)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        JToken root;
        try
        {
            using var jr = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
            root = JToken.Load(jr, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        }
        catch (JsonReaderException ex)
        {
            diagnostics.Add(new IngestDiagnostic(path, $"skipped: invalid JSON at column {ex.LinePosition}: {FirstSentence(ex.Message)}", ex.LineNumber));
            return Array.Empty<RawRecord>();
        }
        var records = new List<RawRecord>();
        if (root is JArray array)
        {
            for (int i = 0; i < array.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                var line = ((IJsonLineInfo)array[i]).HasLineInfo() ? ((IJsonLineInfo)array[i]).LineNumber : (int?)null;
                var r = ToRecord(path, array[i], $"{stem}-{i + 1}", line, diagnostics);
                if (r is not null) records.Add(r);
            }
        }
        else
        {
            var r = ToRecord(path, root, stem, ((IJsonLineInfo)root).LineNumber, diagnostics);
            if (r is not null) records.Add(r);
        }
        return records;
    }

    private static RawRecord? ToRecord(string path, JToken token, string defaultId, int? line, List<IngestDiagnostic> diagnostics)
    {
        if (token is not JObject obj)
        {
            diagnostics.Add(new IngestDiagnostic(path, "skipped: record is not a JSON object", line));
            return null;
        }
        var text = Str(obj, "text");
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(new IngestDiagnostic(path, "skipped: record has no \"text\" field", line));
            return null;
        }
        var dateRaw = Str(obj, "date");
        var date = ArticleMetadata.ParseDate(dateRaw);
        if (dateRaw is not null && date is null)
            diagnostics.Add(new IngestDiagnostic(path, $"warning: unreadable date \"{dateRaw}\" ignored", line));
        var id = Str(obj, "id");
        return new RawRecord(
            string.IsNullOrWhiteSpace(id) ? defaultId : id.Trim(),
            text,
            new ArticleMetadata(Str(obj, "title"), Str(obj, "url"), Str(obj, "outlet"), Str(obj, "author"), date,
                ArticleMetadata.NormalizeLanguage(Str(obj, "language") ?? Str(obj, "lang"))));
    }

    private static string? Str(JObject o, string name) =>
        o.TryGetValue(name, StringComparison.Ordinal, out var v) && v.Type is JTokenType.String or JTokenType.Integer or JTokenType.Float or JTokenType.Date
            ? (v.Type == JTokenType.Date ? ((DateTime)v).ToString("yyyy-MM-dd") : v.ToString())
            : null;

    private static string FirstSentence(string message)
    {
        int i = message.IndexOf(". ", StringComparison.Ordinal);
        return i > 0 ? message[..(i + 1)] : message;
    }
}
