using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

public static class BenchBuildCommand
{
    public static Command Create()
    {
        var command = new Command("build", "kg build throughput (articles/s, words/s per core) and peak memory on a generated corpus.");
        command.SetAction(_ => { Console.Error.WriteLine("kg bench build: not implemented yet"); return 70; });
        return command;
    }
}
