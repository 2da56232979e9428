using System.Globalization;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.Build;

/// <summary>A second build into an output folder that a running build holds.</summary>
public sealed class OutputFolderBusyException(string message) : IOException(message);

/// <summary>
/// A <c>kg build</c> output folder as one unit. Each build writes a complete version into
/// <c>OUT/.kg/builds/ID/</c>; the symbolic link <c>OUT/.kg/current</c> names the current version and is replaced
/// with one rename(2), so a reader sees the old build or the new one, never a mix. The files users and scripts
/// open (<c>OUT/graph.ttl</c>, <c>OUT/graph.trig</c>, <c>OUT/build.json</c>…) are fixed links through
/// <c>.kg/current</c>; names the new build does not write are removed. <c>OUT/.kg/lock</c> is held (flock) for the
/// whole build, so a second build into the same folder is refused; the kernel drops it when a build is killed.
/// A killed build leaves only its unfinished <c>builds/ID</c>, deleted when the next build starts. The previous
/// version stays until the next build starts, so a reader that resolved <c>current</c> just before a swap can
/// still open its files.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    public const string MetaFolder = ".kg";
    public const string CurrentLink = "current";
    public const string BuildsFolder = "builds";
    public const string ManifestFile = "build.json";

    /// <summary>The top-level names a build may own; no other file in OUT is ever touched.</summary>
    public static readonly IReadOnlyList<string> OwnedNames =
        new[] { "graph.ttl", "graph.nt", "graph.nq", "graph.trig", "graph.jsonld", ManifestFile };

    private readonly FileStream _lock;
    private readonly List<string> _uncommitted = new();

    private OutputFolder(string root, FileStream lockStream)
    {
        Root = root;
        _lock = lockStream;
    }

    public string Root { get; }

    private string Meta => Path.Combine(Root, MetaFolder);

    /// <summary>
    /// The folder of the current build of <paramref name="output"/>, resolved once (so a reader keeps reading one
    /// version even if a build swaps in another meanwhile); null when the folder holds no such build.
    /// </summary>
    public static string? CurrentBuildDirectory(string output) => KnowledgeGraph.Rdf.RdfLoader.CurrentBuildFolder(output);

    /// <summary>
    /// Takes the folder's lock (creating OUT/.kg) and deletes what dead builds left: unfinished versions, the
    /// version before the current one, temporary links, dangling top-level links and old-style .tmp files.
    /// </summary>
    /// <exception cref="OutputFolderBusyException">Another build holds the folder.</exception>
    public static OutputFolder Open(string output)
    {
        var root = Path.GetFullPath(output);
        var meta = Path.Combine(root, MetaFolder);
        Directory.CreateDirectory(Path.Combine(meta, BuildsFolder));
        var lockPath = Path.Combine(meta, "lock");
        FileStream stream;
        try
        {
            // FileShare.None is an exclusive flock(2) on Unix: held until the process ends, however it ends.
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            string holder = "";
            try { holder = File.ReadAllText(lockPath + ".owner").Trim(); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw new OutputFolderBusyException(
                $"{output}: another kg build is writing this folder{(holder.Length > 0 ? $" ({holder})" : "")}; wait for it to finish or choose another -o folder");
        }
        // who holds it, for the refusal message: beside the lock, since the locked file itself cannot be opened meanwhile
        File.WriteAllText(lockPath + ".owner", $"pid {Environment.ProcessId}, started {DateTime.UtcNow:yyyy-MM-ddTHH:mm:ssZ}");
        var folder = new OutputFolder(root, stream);
        folder.CleanStale();
        return folder;
    }

    /// <summary>The current version's folder, or null before the first build (or for an old-style folder).</summary>
    public string? CurrentDirectory => CurrentBuildDirectory(Root);

    /// <summary>Creates the folder for a new version; it becomes current only with <see cref="Commit"/>.</summary>
    public string NewBuildDirectory()
    {
        var id = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture) + "-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        var dir = Path.Combine(Meta, BuildsFolder, id);
        for (int n = 2; Directory.Exists(dir); n++) dir = Path.Combine(Meta, BuildsFolder, id + "-" + n);
        Directory.CreateDirectory(dir);
        _uncommitted.Add(dir);
        return dir;
    }

    /// <summary>
    /// Makes <paramref name="buildDirectory"/> the current version (one atomic rename), links the names it holds
    /// into OUT and removes the owned names it does not hold. Returns the top-level paths of the build's files.
    /// </summary>
    public IReadOnlyList<string> Commit(string buildDirectory)
    {
        var id = Path.GetFileName(buildDirectory);
        var tmpLink = Path.Combine(Meta, $"{CurrentLink}.{id}.tmp");
        File.CreateSymbolicLink(tmpLink, Path.Combine(BuildsFolder, id));
        Rename(tmpLink, Path.Combine(Meta, CurrentLink));
        _uncommitted.Remove(buildDirectory);

        var names = Directory.EnumerateFiles(buildDirectory).Select(Path.GetFileName).OfType<string>()
            .Where(n => OwnedNames.Contains(n, StringComparer.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var written = new List<string>();
        foreach (var name in OwnedNames)
        {
            var top = Path.Combine(Root, name);
            var target = Path.Combine(MetaFolder, CurrentLink, name);
            if (names.Contains(name))
            {
                if (new FileInfo(top).LinkTarget != target)
                {
                    var tmp = Path.Combine(Root, $".{name}.{id}.link.tmp");
                    File.CreateSymbolicLink(tmp, target);
                    Rename(tmp, top); // replaces a regular file of an old-style build, too
                }
                written.Add(top);
            }
            else if (File.Exists(top) || new FileInfo(top).LinkTarget is not null) File.Delete(top);
        }
        return written;
    }

    /// <summary>Releases the lock; a version never committed is deleted.</summary>
    public void Dispose()
    {
        foreach (var dir in _uncommitted) TryDeleteDirectory(dir);
        _uncommitted.Clear();
        _lock.Dispose();
    }

    private void CleanStale()
    {
        var current = CurrentDirectory;
        foreach (var dir in Directory.EnumerateDirectories(Path.Combine(Meta, BuildsFolder)))
            if (current is null || !string.Equals(Path.GetFullPath(dir), current, StringComparison.Ordinal)) TryDeleteDirectory(dir);
        foreach (var f in Directory.EnumerateFiles(Meta, CurrentLink + ".*.tmp")) File.Delete(f);
        foreach (var f in Directory.EnumerateFiles(Root, ".*.tmp"))
        {
            var name = Path.GetFileName(f);
            // our link temporaries, and the sibling temporaries of AtomicFile from builds of older versions
            if (name.EndsWith(".link.tmp", StringComparison.Ordinal) || OwnedNames.Any(o => name.StartsWith("." + o + ".", StringComparison.Ordinal)))
                File.Delete(f);
        }
        foreach (var name in OwnedNames)
        {
            var top = new FileInfo(Path.Combine(Root, name));
            if (top.LinkTarget is null) continue;
            // dangling: the build that linked it was replaced before it could remove the link
            if (!File.Exists(Path.Combine(Root, top.LinkTarget))) top.Delete();
        }
    }

    private static void TryDeleteDirectory(string dir)
    {
        try { Directory.Delete(dir, recursive: true); }
        catch (DirectoryNotFoundException) { }
    }

    /// <summary>rename(2): atomic, and it replaces a link to a folder as a link (File.Move would follow it).</summary>
    private static void Rename(string from, string to)
    {
        if (OperatingSystem.IsWindows())
        {
            File.Move(from, to, overwrite: true);
            return;
        }
        if (NativeRename(from, to) != 0)
            throw new IOException($"cannot rename {from} to {to} (errno {Marshal.GetLastPInvokeError()})");
    }

    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static extern int NativeRename([MarshalAs(UnmanagedType.LPUTF8Str)] string from, [MarshalAs(UnmanagedType.LPUTF8Str)] string to);
}
