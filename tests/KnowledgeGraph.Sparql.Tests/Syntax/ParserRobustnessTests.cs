using KnowledgeGraph.Sparql.Syntax;
using Xunit;

namespace KnowledgeGraph.Sparql.Tests.Syntax;

/// <summary>
/// The parser reads untrusted text (the HTTP endpoint): whatever the input, it either succeeds or
/// throws <see cref="SparqlSyntaxException"/> — never another exception. Inputs are W3C queries
/// mutated by a seeded generator, so every run checks the same cases.
/// </summary>
public class ParserRobustnessTests
{
    private static readonly string[] Fragments =
    {
        "{", "}", "(", ")", "[", "]", ".", ";", ",", "?", "*", "+", "^", "|", "/", "!", "\"", "'", "<", ">", "_:", "@", "#", "\\",
        "\"\"\"", "^^", "SELECT", "WHERE", "OPTIONAL", "FILTER", "GRAPH", "BIND", "AS", "VALUES", "UNDEF", "GROUP BY", "COUNT(",
        "EXISTS", "NOT", "IN", "a", ":", "ex:", "1", "-", "e", "\n", " ", "\u00E9", "\uD83D\uDE00", "\u0000",
    };

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (int seed = 0; seed < 60; seed++) data.Add(seed);
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mutated_queries_never_throw_anything_but_syntax_errors(int seed)
    {
        var files = Directory.GetFiles(SparqlRepoPaths.SparqlSuite("sparql11"), "*.r?", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".rq", StringComparison.Ordinal) || f.EndsWith(".ru", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
        var random = new Random(seed);
        for (int i = 0; i < 150; i++)
        {
            var path = files[random.Next(files.Length)];
            var text = Mutate(File.ReadAllText(path), random);
            var error = Record.Exception(() =>
            {
                if (path.EndsWith(".ru", StringComparison.Ordinal)) SparqlParser.ParseUpdate(text);
                else SparqlParser.ParseQuery(text);
            });
            Assert.True(error is null or SparqlSyntaxException,
                $"seed {seed}, case {i}, from {Path.GetFileName(path)}: {error?.GetType().Name}: {error?.Message}\n--- input ---\n{text}");
        }
    }

    private static string Mutate(string text, Random random)
    {
        var chars = text.ToList();
        int edits = 1 + random.Next(4);
        for (int e = 0; e < edits && chars.Count > 0; e++)
        {
            int at = random.Next(chars.Count + 1);
            switch (random.Next(3))
            {
                case 0:
                    if (at < chars.Count) chars.RemoveRange(at, Math.Min(1 + random.Next(8), chars.Count - at));
                    break;
                case 1:
                    chars.InsertRange(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                default:
                    // Cut the text short: unterminated strings, groups and IRIs.
                    chars.RemoveRange(at, chars.Count - at);
                    break;
            }
        }
        return new string(chars.ToArray());
    }
}
