using System.Globalization;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Durations as users type them on the command line: 30s, 500ms, 2m, 1h, or plain seconds.</summary>
public static class Durations
{
    public static bool TryParse(string text, out TimeSpan value)
    {
        value = default;
        text = text.Trim();
        (string number, double scale) = text switch
        {
            _ when text.EndsWith("ms", StringComparison.OrdinalIgnoreCase) => (text[..^2], 0.001),
            _ when text.EndsWith('s') || text.EndsWith('S') => (text[..^1], 1.0),
            _ when text.EndsWith('m') || text.EndsWith('M') => (text[..^1], 60.0),
            _ when text.EndsWith('h') || text.EndsWith('H') => (text[..^1], 3600.0),
            _ => (text, 1.0),
        };
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n < 0 || double.IsInfinity(n))
            return false;
        value = TimeSpan.FromSeconds(n * scale);
        return true;
    }

    /// <summary>A System.CommandLine parser for TimeSpan options, with an error naming the option.</summary>
    public static TimeSpan ParseOption(System.CommandLine.Parsing.ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (TryParse(token, out var value)) return value;
        result.AddError($"'{token}' is not a duration (examples: 30s, 500ms, 2m, 1h)");
        return default;
    }
}
