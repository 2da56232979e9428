namespace KnowledgeGraph.Remote;

/// <summary>
/// The file of a <c>kg build</c> output folder that a push reads, and where its log goes. A dataset format is needed
/// for the per-article graphs; N-Quads first because it is read line by line, the fastest.
/// </summary>
public sealed record PushSource(string File, RdfFormat Format, string StateFolder, string Identity)
{
    public static readonly IReadOnlyList<string> Candidates = ["graph.nq", "graph.trig", "graph.jsonld", "graph.nt", "graph.ttl"];

    /// <summary>Finds the graph file of <paramref name="folder"/> (the current build when it is a build output folder).</summary>
    /// <exception cref="FileNotFoundException">No folder, or no graph file in it.</exception>
    public static PushSource Locate(string folder)
    {
        if (!Directory.Exists(folder))
            throw new FileNotFoundException($"{folder}: no such folder (kg push takes a kg build output folder)", folder);
        var build = RdfLoader.CurrentBuildFolder(folder);
        var files = build ?? folder;
        var file = Candidates.Select(c => Path.Combine(files, c)).FirstOrDefault(System.IO.File.Exists)
            ?? throw new FileNotFoundException($"{folder}: holds no graph file ({string.Join(", ", Candidates)}); run kg build -o {folder} first", folder);
        RdfFormats.TryFromExtension(file, out var format);
        var info = new FileInfo(file);
        // The build's own folder name changes with every build; size and time tell a rewritten plain file.
        var identity = $"{(build is null ? "" : Path.GetFileName(build) + "/")}{info.Name}\t{info.Length}\t{info.LastWriteTimeUtc.Ticks}";
        return new PushSource(file, format, Path.Combine(folder, ".kg"), identity);
    }
}
