using System.Text.Json;

namespace KnowledgeGraph.Build;

/// <summary>
/// <c>OUT/build.json</c>: the files of the current build (format <c>kgnews-build</c>, version 1). It holds no clock
/// or host, so two builds of the same articles write the same bytes.
/// </summary>
public static class BuildManifest
{
    public const string FormatName = "kgnews-build";
    public const int CurrentVersion = 1;

    public static void Write(string path, IReadOnlyList<string> graphFiles, int articles)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteString("format", FormatName);
        w.WriteNumber("version", CurrentVersion);
        w.WriteNumber("articles", articles);
        w.WriteStartArray("files");
        foreach (var f in graphFiles.Order(StringComparer.Ordinal)) w.WriteStringValue(f);
        w.WriteEndArray();
        w.WriteString("state", BuildState.FileName);
        w.WriteString("keptArticles", ArticleStore.FileName);
        w.WriteEndObject();
    }
}
