using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Remote;

/// <summary>
/// What a push has completed, kept in <c>DIR/.kg/push/ENDPOINT-HASH.log</c> so that a push stopped half-way (store
/// down, Ctrl+C, killed) resumes where it stopped. The first line names the endpoint, the source file and its
/// identity (build folder, size and modification time): a log of another build or file is discarded and the push
/// starts over. Then one line per graph event: <c>done IRI</c> once every triple of the graph is in the store,
/// <c>open IRI</c> when a graph met again later in an ungrouped file is being added to again. A graph counts as
/// done when its last event is <c>done</c>. Lines are appended and flushed one by one, so a crash loses at most a
/// line being written, and a torn last line (no newline) is ignored: that graph is then simply pushed again (PUT
/// replaces it, so nothing is duplicated).
/// </summary>
public sealed class PushLog : IDisposable
{
    private const string Header = "kg-push-log 1";
    private readonly HashSet<string> _done;
    private readonly StreamWriter _writer;

    private PushLog(string path, HashSet<string> done, StreamWriter writer)
    {
        Path = path;
        _done = done;
        _writer = writer;
    }

    public string Path { get; }

    /// <summary>Graphs already complete in the store from an earlier run of the same push.</summary>
    public IReadOnlyCollection<string> Done => _done;

    public bool IsDone(string graph) => _done.Contains(graph);

    /// <summary>The log file for pushing <paramref name="source"/> to <paramref name="endpoint"/> (one per endpoint).</summary>
    public static string PathFor(string stateFolder, Uri endpoint)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(endpoint.AbsoluteUri)))[..16];
        return System.IO.Path.Combine(stateFolder, "push", hash + ".log");
    }

    /// <summary>Opens the log, keeping what it records if it is about the same endpoint and source; otherwise starts it afresh.</summary>
    /// <param name="identity">Names the data being pushed (build id, file, size, time): a different one restarts the push.</param>
    /// <param name="restart">Forget what an earlier run recorded (--restart).</param>
    public static PushLog Open(string path, Uri endpoint, string identity, bool restart)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var firstLine = $"{Header}\t{endpoint.AbsoluteUri}\t{identity}";
        var done = new HashSet<string>(StringComparer.Ordinal);
        bool keep = false;
        if (!restart && File.Exists(path))
        {
            var text = File.ReadAllText(path, Encoding.UTF8);
            var lines = text.Split('\n');
            keep = lines[0] == firstLine;
            if (keep)
            {
                // The last element is "" after a final newline, or a torn line: either way not a complete event.
                foreach (var line in lines.Skip(1).SkipLast(1))
                {
                    if (line.StartsWith("done ", StringComparison.Ordinal)) done.Add(line[5..]);
                    else if (line.StartsWith("open ", StringComparison.Ordinal)) done.Remove(line[5..]);
                }
            }
        }
        var stream = new FileStream(path, keep ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read);
        var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" };
        if (!keep)
        {
            writer.WriteLine(firstLine);
            writer.Flush();
        }
        else if (stream.Length > 0 && !EndsWithNewline(path))
        {
            // A torn last line from a crash: end it so the next event starts on its own line (the torn one stays ignored).
            writer.WriteLine();
            writer.Flush();
        }
        return new PushLog(path, done, writer);
    }

    private static bool EndsWithNewline(string path)
    {
        using var s = File.OpenRead(path);
        if (s.Length == 0) return true;
        s.Seek(-1, SeekOrigin.End);
        return s.ReadByte() == '\n';
    }

    public void MarkDone(string graph)
    {
        _done.Add(graph);
        Append("done " + graph);
    }

    public void MarkOpen(string graph)
    {
        _done.Remove(graph);
        Append("open " + graph);
    }

    private void Append(string line)
    {
        _writer.WriteLine(line);
        // To the operating system, not the disk: a line lost with the machine only makes a resumed push send that
        // graph again (PUT replaces it), so an fsync per graph would cost time for nothing.
        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();
}
