namespace KnowledgeGraph.Cli.Commands;

/// <summary>Option values shared by kg query and kg update.</summary>
public static class QueryOptionParsing
{
    /// <summary>"30s", "500ms", "2m", "1h" or a plain number of seconds.</summary>
    public static TimeSpan ParseTimeout(string text) =>
        Durations.TryParse(text, out var value)
            ? value
            : throw new ArgumentException($"--timeout {text}: expected a duration such as 30s, 500ms or 2m");

    /// <summary>The argument is a file when one exists at that path (its name is then used in error messages); otherwise it is the text itself.</summary>
    public static (string Text, string Source) ReadTextOrFile(string argument, string what)
    {
        if (File.Exists(argument)) return (File.ReadAllText(argument), argument);
        if ((argument.EndsWith(".rq", StringComparison.OrdinalIgnoreCase) || argument.EndsWith(".ru", StringComparison.OrdinalIgnoreCase))
            && !argument.Contains('{'))
            throw new FileNotFoundException($"{argument}: no such {what} file", argument);
        return (argument, $"<{what} text>");
    }
}
