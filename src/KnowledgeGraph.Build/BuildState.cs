using System.Text.Json;

namespace KnowledgeGraph.Build;

/// <summary>A state file this version of kg cannot use (another format version, or not a state file at all).</summary>
public sealed class BuildStateException(string message) : Exception(message);

/// <summary>Which IRI namespace a kept key belongs to.</summary>
public enum KeyGroup
{
    Entity,
    Meeting,
    Claim,
}

/// <summary>
/// One key minted by an earlier build. <paramref name="Anchors"/> are the mentions (entities), reports (meetings) or
/// quotations (claims) of the last build that had it, as "articleId#start-end"; <paramref name="Names"/> every
/// spelling an entity was seen with. A key whose entity a later article proved to be another one keeps
/// <paramref name="SameAs"/> (the kept key) and is never reused; a key whose articles are gone stays reserved
/// (<paramref name="Present"/> false) and comes back if the entity does.
/// </summary>
public sealed record StateItem(
    KeyGroup Group,
    string Key,
    string? Kind,
    long Serial,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Anchors,
    bool Present,
    string? SameAs = null);

/// <summary>
/// What a build keeps between runs, in <c>OUT/.kg/current/state.json</c>: every key it minted (so IRIs never
/// move) with the evidence that identifies its entity. Format <c>kgnews-build-state</c>, version
/// <see cref="CurrentVersion"/>, documented in src/KnowledgeGraph.Build/README.md; another version is refused, never guessed.
/// </summary>
public sealed record BuildState(long NextSerial, IReadOnlyList<StateItem> Items)
{
    public const string FileName = "state.json";
    public const string FormatName = "kgnews-build-state";
    public const int CurrentVersion = 1;

    public static readonly BuildState Empty = new(1, Array.Empty<StateItem>());

    public static BuildState Read(string path)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            throw new BuildStateException($"{path}: not a kg build state file ({e.Message})");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var f) || f.GetString() != FormatName)
                throw new BuildStateException($"{path}: not a kg build state file (no \"format\": \"{FormatName}\")");
            int version = root.TryGetProperty("version", out var v) && v.TryGetInt32(out var n) ? n : -1;
            if (version != CurrentVersion)
                throw new BuildStateException(
                    $"{path}: build state version {version} is not the version this kg reads ({CurrentVersion}); build into a new folder, or use the kg that wrote it");
            try
            {
                var items = new List<StateItem>();
                foreach (var e in root.GetProperty("items").EnumerateArray())
                {
                    items.Add(new StateItem(
                        Enum.Parse<KeyGroup>(e.GetProperty("group").GetString()!, ignoreCase: true),
                        e.GetProperty("key").GetString()!,
                        e.TryGetProperty("kind", out var k) ? k.GetString() : null,
                        e.GetProperty("serial").GetInt64(),
                        Strings(e, "names"),
                        Strings(e, "anchors"),
                        !e.TryGetProperty("present", out var p) || p.GetBoolean(),
                        e.TryGetProperty("sameAs", out var s) ? s.GetString() : null));
                }
                return new BuildState(root.GetProperty("nextSerial").GetInt64(), items);
            }
            catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or ArgumentException or FormatException)
            {
                throw new BuildStateException($"{path}: damaged build state ({e.Message})");
            }
        }
    }

    private static List<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToList() : new List<string>();

    /// <summary>Writes the state; items in (group, key) order so the same build gives the same bytes.</summary>
    public void Write(string path)
    {
        using var stream = File.Create(path);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("format", FormatName);
        w.WriteNumber("version", CurrentVersion);
        w.WriteNumber("nextSerial", NextSerial);
        w.WriteStartArray("items");
        foreach (var item in Items.OrderBy(i => i.Group).ThenBy(i => i.Key, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("group", item.Group.ToString().ToLowerInvariant());
            w.WriteString("key", item.Key);
            if (item.Kind is not null) w.WriteString("kind", item.Kind);
            w.WriteNumber("serial", item.Serial);
            if (!item.Present) w.WriteBoolean("present", false);
            if (item.SameAs is not null) w.WriteString("sameAs", item.SameAs);
            if (item.Names.Count > 0)
            {
                w.WriteStartArray("names");
                foreach (var n in item.Names) w.WriteStringValue(n);
                w.WriteEndArray();
            }
            // a fresh item's anchors are computed when read (KeyStabilizer): read once
            var anchors = item.Anchors as ICollection<string> ?? item.Anchors.ToArray();
            if (anchors.Count > 0)
            {
                w.WriteStartArray("anchors");
                foreach (var a in anchors) w.WriteStringValue(a);
                w.WriteEndArray();
            }
            w.WriteEndObject();
            // the writer holds what it is given until flushed: the state of 100,000 articles is some 450 MB
            if (w.BytesPending > 1 << 20) w.Flush();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
