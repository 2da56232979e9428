using System.Diagnostics;
using KnowledgeGraph.Cli.Tests.Build;
using Xunit;

namespace KnowledgeGraph.Cli.Tests.Query;

/// <summary>
/// The README's guide must work when pasted: every fenced block tagged <c>bash test</c> runs, in order, in a fresh copy of
/// the repository's files (no build output, no .tools: ./kg builds itself from scratch), and must exit 0; when an
/// "output" <c>text</c> block follows it, every line shown there must be a line the commands printed. Blocks tagged
/// <c>bash no-test</c> (servers, outside tools) must say why in a leading comment.
/// </summary>
public sealed class ReadmeCommandsTests
{
    private sealed record Block(string Info, string Code, int Line, string? Output);

    private static List<Block> Blocks(string readme)
    {
        var lines = File.ReadAllLines(readme);
        var blocks = new List<Block>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal) || lines[i].Length == 3) continue;
            var info = lines[i][3..].Trim();
            int start = i + 1, end = start;
            while (end < lines.Length && lines[end] != "```") end++;
            blocks.Add(new Block(info, string.Join("\n", lines[start..end]), i + 1, null));
            i = end;
        }
        // An output block is the first "text" block after a "bash test" block, before the next bash block.
        for (int b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Info != "bash test") continue;
            var next = blocks.Skip(b + 1).FirstOrDefault(x => x.Info.StartsWith("bash", StringComparison.Ordinal) || x.Info == "text");
            if (next is { Info: "text" }) blocks[b] = blocks[b] with { Output = next.Code };
        }
        return blocks;
    }

    [Fact]
    public void Skipped_blocks_give_their_reason_and_some_blocks_are_run()
    {
        var blocks = Blocks(Path.Combine(BuildTestSupport.RepoRoot, "README.md"));
        Assert.True(blocks.Count(b => b.Info == "bash test") >= 3);
        foreach (var b in blocks.Where(b => b.Info == "bash no-test"))
            Assert.True(b.Code.TrimStart().StartsWith('#'), $"README.md:{b.Line}: a 'bash no-test' block must open with a comment saying why it is not run");
    }

    [Fact]
    public void The_guide_commands_run_on_a_fresh_copy_and_print_what_the_README_shows()
    {
        var root = BuildTestSupport.RepoRoot;
        var copy = BuildTestSupport.NewTempDir("readme");
        try
        {
            CopyRepository(root, copy);
            foreach (var block in Blocks(Path.Combine(copy, "README.md")).Where(b => b.Info == "bash test"))
            {
                var (exit, stdout, stderr) = Bash(copy, block.Code);
                Assert.True(exit == 0, $"README.md:{block.Line}: exit {exit}\n{block.Code}\n--- stderr:\n{stderr}");
                if (block.Output is null) continue;
                var printed = stdout.Replace("\r", "").Split('\n').ToHashSet(StringComparer.Ordinal);
                var missing = block.Output.Split('\n').Where(l => l.Length > 0 && !printed.Contains(l)).ToList();
                Assert.True(missing.Count == 0, $"README.md:{block.Line}: these lines of the shown output were not printed:\n{string.Join("\n", missing)}\n--- printed:\n{stdout}");
            }
        }
        finally
        {
            try { Directory.Delete(copy, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>The files a clone would have (tracked, plus new files not ignored), without build output.</summary>
    private static void CopyRepository(string root, string target)
    {
        var psi = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "ls-files", "-z", "--cached", "--others", "--exclude-standard" }) psi.ArgumentList.Add(a);
        using var git = Process.Start(psi)!;
        var list = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, "git ls-files failed: " + git.StandardError.ReadToEnd());
        foreach (var file in list.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var from = Path.Combine(root, file);
            if (!File.Exists(from)) continue; // deleted in the work tree
            var to = Path.Combine(target, file);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(to, File.GetUnixFileMode(from));
        }
    }

    private static (int Exit, string Stdout, string Stderr) Bash(string dir, string code)
    {
        var psi = new ProcessStartInfo("bash") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("-euo");
        psi.ArgumentList.Add("pipefail");
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(code);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(25)))
        {
            p.Kill(entireProcessTree: true);
            return (-1, stdout.Result, "timed out after 25 minutes\n" + stderr.Result);
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
