using System.Buffers;
using System.Text.Json;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using Microsoft.Win32.SafeHandles;

namespace KnowledgeGraph.Build;

/// <summary>
/// The kept <see cref="AnalysisStore"/> file of the build an update starts from, as an index: where each article's
/// line is (offset, length), not its mention layers. A line is read and deserialized only when the pipeline restores
/// that article (from its worker threads), and written unchanged into the new build's file (<see cref="CopyLine"/>):
/// an update then holds an offset per kept article instead of every kept layer at once, and neither deserializes
/// the whole file before analysis begins nor serializes the kept articles again.
/// </summary>
/// <remarks>
/// A file of another format, version or extractor is not used (<see cref="Note"/> says why: every article is analysed
/// again), and so is one whose lines cannot be indexed. A line that cannot be deserialized when restored only costs
/// that article a new analysis (the note names the file and line). Kept lines are the bytes
/// <see cref="AnalysisStore.Write"/> wrote for the same analysis, so copying them equals serializing it again.
/// </remarks>
public sealed class KeptAnalysis : IDisposable
{
    private sealed class Entry(long offset, int length, long line)
    {
        public long Offset { get; } = offset;
        public int Length { get; } = length;
        public long Line { get; } = line;
        /// <summary>Set (from one worker) when the article was restored from this line.</summary>
        public bool Restored { get; set; }
    }

    private readonly string _path;
    private readonly SafeFileHandle? _file;
    private readonly Dictionary<string, Entry> _lines = new(StringComparer.Ordinal);
    private readonly List<string> _damaged = new();

    private KeptAnalysis(string path, SafeFileHandle? file)
    {
        _path = path;
        _file = file;
    }

    /// <summary>Why the kept analysis is not used, or which lines could not be read; null when all was well.</summary>
    public string? Note
    {
        get
        {
            lock (_damaged) return _damaged.Count == 0 ? _note : string.Join("; ", _damaged);
        }
    }

    private string? _note;

    /// <summary>The kept file.</summary>
    public string Path => _path;

    /// <summary>Kept articles still indexed (after <see cref="Remove"/>).</summary>
    public int Count => _lines.Count;

    /// <summary>Indexes <paramref name="path"/>; an empty index (with <see cref="Note"/>) when the file is missing,
    /// of another format, version or extractor, or damaged.</summary>
    public static KeptAnalysis Open(string path, CancellationToken ct)
    {
        if (!File.Exists(path)) return new KeptAnalysis(path, null) { _note = "no kept analysis" };
        var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var kept = new KeptAnalysis(path, file);
        try
        {
            kept.Index(ct);
        }
        catch (Exception e) when (e is JsonException or IOException or InvalidDataException)
        {
            kept._lines.Clear();
            kept._note = $"{path}: damaged kept analysis ({e.Message}); every article is analysed again";
        }
        return kept;
    }

    /// <summary>Reads the file once, recording each line's offset and the article id at its start.</summary>
    private void Index(CancellationToken ct)
    {
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var line = new ArrayBufferWriter<byte>(1 << 16);
        var buffer = new byte[1 << 16];
        long offset = 0, start = 0, number = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            ct.ThrowIfCancellationRequested();
            var chunk = buffer.AsSpan(0, read);
            while (chunk.Length > 0)
            {
                int nl = chunk.IndexOf((byte)'\n');
                if (nl < 0)
                {
                    line.Write(chunk);
                    offset += chunk.Length;
                    break;
                }
                line.Write(chunk[..nl]);
                offset += nl + 1;
                chunk = chunk[(nl + 1)..];
                if (!Line(line.WrittenSpan, start, ++number)) return;
                line.ResetWrittenCount();
                start = offset;
            }
        }
        if (line.WrittenCount > 0) Line(line.WrittenSpan, start, ++number);
    }

    /// <summary>One line: the header (false: the file is not used) or an article's entry.</summary>
    private bool Line(ReadOnlySpan<byte> text, long offset, long number)
    {
        if (number == 1)
        {
            var reader = new Utf8JsonReader(text);
            using var header = JsonDocument.ParseValue(ref reader);
            var e = header.RootElement;
            int version = e.TryGetProperty("version", out var v) && v.TryGetInt32(out var n) ? n : -1;
            if (!e.TryGetProperty("format", out var f) || f.GetString() != AnalysisStore.FormatName || version != AnalysisStore.CurrentVersion)
                _note = $"{_path}:1: not an analysis file of version {AnalysisStore.CurrentVersion}; every article is analysed again";
            else if (!e.TryGetProperty("extractor", out var x) || x.GetString() != AnalysisStore.Extractor)
                _note = "the kept analysis is from other extraction code or data; every article is analysed again";
            return _note is null;
        }
        if (text.Length == 0) return true;
        // {"Id":"…","Layers":…}: the id is the first property (AnalysisStore.Write)
        var r = new Utf8JsonReader(text);
        if (!r.Read() || r.TokenType != JsonTokenType.StartObject || !r.Read() || r.TokenType != JsonTokenType.PropertyName
            || !r.ValueTextEquals("Id"u8) || !r.Read() || r.TokenType != JsonTokenType.String)
            throw new InvalidDataException($"line {number}: no article id at its start");
        _lines[r.GetString()!] = new Entry(offset, text.Length, number);
        return true;
    }

    /// <summary>Forgets an article (one given again: it is analysed anew).</summary>
    public void Remove(string id) => _lines.Remove(id);

    /// <summary>The kept analysis of <paramref name="article"/>, or null when there is none or its line cannot be read
    /// (the article is then analysed again). Safe from several threads.</summary>
    public AnalyzedDocument? Restore(Article article)
    {
        if (_file is null || !_lines.TryGetValue(article.Id, out var entry)) return null;
        var bytes = ArrayPool<byte>.Shared.Rent(entry.Length);
        try
        {
            ReadLine(entry, bytes);
            var doc = AnalysisStore.Restore(article, bytes.AsSpan(0, entry.Length));
            entry.Restored = true;
            return doc;
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException or InvalidOperationException)
        {
            lock (_damaged) _damaged.Add($"{_path}:{entry.Line}: damaged kept analysis ({e.Message}); the article is analysed again");
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Writes the kept line of an article restored from it (not a new analysis) to <paramref name="to"/>,
    /// without its line break; false when the article was analysed.</summary>
    public bool CopyLine(string id, Stream to)
    {
        if (_file is null || !_lines.TryGetValue(id, out var entry) || !entry.Restored) return false;
        var bytes = ArrayPool<byte>.Shared.Rent(entry.Length);
        try
        {
            ReadLine(entry, bytes);
            to.Write(bytes, 0, entry.Length);
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private void ReadLine(Entry entry, byte[] bytes)
    {
        for (int done = 0; done < entry.Length;)
        {
            int n = RandomAccess.Read(_file!, bytes.AsSpan(done, entry.Length - done), entry.Offset + done);
            if (n == 0) throw new IOException($"{_path}: the kept analysis ends before line {entry.Line} does");
            done += n;
        }
    }

    public void Dispose() => _file?.Dispose();
}
