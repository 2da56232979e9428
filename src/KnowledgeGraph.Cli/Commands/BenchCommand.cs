using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

public static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Runs the benchmarks side by side with peer tools.");
        command.SetAction(_ => { Console.Error.WriteLine("kg bench: not implemented yet"); return 70; });
        return command;
    }
}
