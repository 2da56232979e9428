using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

public static class BuildCommand
{
    public static Command Create()
    {
        var command = new Command("build", "Reads articles (files or folders) and writes DIR/graph.ttl (and other formats on request).");
        command.SetAction(_ => { Console.Error.WriteLine("kg build: not implemented yet"); return 70; });
        return command;
    }
}
