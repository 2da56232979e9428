using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

public static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Scores a graph against a hand-made gold file (precision, recall, F1 per kind).");
        command.SetAction(_ => { Console.Error.WriteLine("kg eval: not implemented yet"); return 70; });
        return command;
    }
}
