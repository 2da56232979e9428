using System.Text.Json;
using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Build;

/// <summary>
/// The articles of a build, kept in <c>OUT/.kg/current/articles.jsonl</c> so that <c>kg build --update</c> can
/// re-run resolution over them without the original files. First line a header
/// <c>{"format":"kgnews-articles","version":1}</c>, then one article per line, in id order.
/// </summary>
public static class ArticleStore
{
    public const string FileName = "articles.jsonl";
    public const string FormatName = "kgnews-articles";
    public const int CurrentVersion = 1;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="textOf">The text of an article, when the records do not hold it (read one article at a time, as it
    /// is written); null: <see cref="Article.Text"/>.</param>
    public static void Write(string path, IEnumerable<Article> articles, CancellationToken ct, Func<Article, string>? textOf = null)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("format", FormatName);
            w.WriteNumber("version", CurrentVersion);
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        foreach (var a in articles.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            ct.ThrowIfCancellationRequested();
            using (var w = new Utf8JsonWriter(stream, WriterOptions))
            {
                w.WriteStartObject();
                w.WriteString("id", a.Id);
                w.WriteString("sourcePath", a.SourcePath);
                if (a.Title is not null) w.WriteString("title", a.Title);
                if (a.Url is not null) w.WriteString("url", a.Url);
                if (a.Outlet is not null) w.WriteString("outlet", a.Outlet);
                if (a.Author is not null) w.WriteString("author", a.Author);
                if (a.Date is { } d) w.WriteString("date", d.ToString());
                if (a.DateProvenance is { } p) w.WriteString("dateProvenance", p.ToString());
                w.WriteString("language", a.Language);
                w.WriteString("text", textOf is null ? a.Text : textOf(a));
                w.WriteEndObject();
            }
            stream.WriteByte((byte)'\n');
        }
    }

    public static List<Article> Read(string path, CancellationToken ct)
    {
        var list = new List<Article>();
        long line = 0;
        foreach (var text in File.ReadLines(path))
        {
            ct.ThrowIfCancellationRequested();
            line++;
            try
            {
                using var doc = JsonDocument.Parse(text);
                var e = doc.RootElement;
                if (line == 1)
                {
                    int version = e.TryGetProperty("version", out var v) && v.TryGetInt32(out var n) ? n : -1;
                    if (!e.TryGetProperty("format", out var f) || f.GetString() != FormatName || version != CurrentVersion)
                        throw new BuildStateException($"{path}:1: not a kept-articles file of version {CurrentVersion} (format {FormatName}); build into a new folder");
                    continue;
                }
                string? S(string name) => e.TryGetProperty(name, out var x) ? x.GetString() : null;
                list.Add(new Article(S("id")!, S("text")!, S("sourcePath") ?? "", S("title"), S("url"), S("outlet"), S("author"),
                    S("date") is { } date ? ParseDate(date) : null,
                    S("dateProvenance") is { } prov ? Enum.Parse<DateProvenance>(prov) : null,
                    S("language") ?? "fr"));
            }
            catch (Exception x) when (x is JsonException or ArgumentException or FormatException or NullReferenceException)
            {
                throw new BuildStateException($"{path}:{line}: damaged kept article ({x.Message})");
            }
        }
        if (line == 0) throw new BuildStateException($"{path}: empty kept-articles file");
        return list;
    }

    private static PartialDate ParseDate(string s)
    {
        var parts = s.Split('-');
        int P(int i) => int.Parse(parts[i], System.Globalization.CultureInfo.InvariantCulture);
        return parts.Length switch
        {
            1 => new PartialDate(P(0)),
            2 => new PartialDate(P(0), P(1)),
            3 => new PartialDate(P(0), P(1), P(2)),
            _ => throw new FormatException($"bad date '{s}'"),
        };
    }
}
