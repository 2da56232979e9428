using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>The generator's data: name lists and sentence patterns under bench/corpus/ (see the header of each file).</summary>
public sealed record BuildCorpusData(
    IReadOnlyList<string> FirstNames,
    IReadOnlyList<string> Surnames,
    IReadOnlyList<BuildCorpusCountry> Countries,
    IReadOnlyList<string> Organizations,
    IReadOnlyList<string> Templates)
{
    public static BuildCorpusData Load(string directory)
    {
        static IReadOnlyList<string> Lines(string path) => File.ReadAllLines(path, Encoding.UTF8)
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var countries = Lines(Path.Combine(directory, "countries.tsv")).Select((l, i) =>
        {
            var f = l.Split('\t');
            if (f.Length < 5) throw new FormatException($"{Path.Combine(directory, "countries.tsv")}: data line {i + 1}: expected 5 tab-separated fields");
            return new BuildCorpusCountry(f[0], f[1], f[2], f[3], f[4]);
        }).ToList();
        return new BuildCorpusData(Lines(Path.Combine(directory, "first-names.txt")), Lines(Path.Combine(directory, "surnames.txt")), countries,
            Lines(Path.Combine(directory, "organizations.txt")), Lines(Path.Combine(directory, "templates.txt")));
    }

    /// <summary>bench/corpus under the repository root found above <paramref name="start"/> (or the current directory).</summary>
    public static string? FindDefaultDirectory(params string?[] starts)
    {
        foreach (var start in starts)
        {
            for (var dir = start is null ? null : Path.GetFullPath(start); dir is not null; dir = Path.GetDirectoryName(dir))
                if (File.Exists(Path.Combine(dir, "KnowledgeGraph.sln")) && Directory.Exists(Path.Combine(dir, "bench", "corpus")))
                    return Path.Combine(dir, "bench", "corpus");
        }
        return null;
    }
}

public sealed record BuildCorpusCountry(string Name, string Adjective, string FeminineAdjective, string Capital, string Article)
{
    public string WithArticle => Article == "l'" ? "l'" + Name : Article + " " + Name;
    public string AfterDe => Article switch { "le" => "du " + Name, "l'" => "de l'" + Name, _ => "de la " + Name };
}

/// <summary>
/// Generates a seed-like corpus: each article has a " date YYYY-MM-DD" header and paragraphs of sentence patterns
/// with its own cast of invented persons (first name × surname), countries, capitals and an organization.
/// Deterministic for a given seed (System.Random with a seed is a fixed sequence), so runs are comparable.
/// </summary>
public static class BuildCorpusGenerator
{
    private static readonly string[] Weekdays = { "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche" };
    private static readonly string[] Months = { "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre" };

    /// <summary>Writes articles [first, first + count) as {folder}/g{index:D6}.txt; returns the words written.</summary>
    public static long Generate(BuildCorpusData data, string folder, int first, int count, int seed, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        long words = 0;
        for (int i = first; i < first + count; i++)
        {
            ct.ThrowIfCancellationRequested();
            // One generator per article: article i is the same whatever range it is generated in.
            var text = Article(data, new Random(unchecked(seed * 1_000_003 + i)));
            words += KnowledgeGraph.Build.BuildInputs.CountWords(text);
            File.WriteAllText(Path.Combine(folder, $"g{i:D6}.txt"), text, new UTF8Encoding(false));
        }
        return words;
    }

    public static string Article(BuildCorpusData data, Random rng)
    {
        T Pick<T>(IReadOnlyList<T> list) => list[rng.Next(list.Count)];
        var persons = new List<(string Full, string Surname)>();
        while (persons.Count < 3)
        {
            var surname = Pick(data.Surnames);
            if (persons.Any(p => p.Surname == surname)) continue;
            persons.Add(($"{Pick(data.FirstNames)} {surname}", surname));
        }
        var c1 = Pick(data.Countries);
        var c2 = Pick(data.Countries);
        while (c2 == c1) c2 = Pick(data.Countries);
        var date = new DateOnly(2024, 1, 1).AddDays(rng.Next(700));
        var slots = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["P1"] = persons[0].Full, ["P2"] = persons[1].Full, ["P3"] = persons[2].Full,
            ["S1"] = persons[0].Surname, ["S2"] = persons[1].Surname, ["S3"] = persons[2].Surname,
            ["LC1"] = c1.WithArticle, ["LC2"] = c2.WithArticle, ["DC1"] = c1.AfterDe, ["DC2"] = c2.AfterDe,
            ["C1"] = c1.Name, ["C2"] = c2.Name,
            ["A1"] = c1.Adjective, ["A2"] = c2.Adjective, ["F1"] = c1.FeminineAdjective,
            ["K1"] = c1.Capital, ["K2"] = c2.Capital,
            ["O1"] = Pick(data.Organizations),
            ["D"] = Weekdays[((int)date.DayOfWeek + 6) % 7],
            ["DATE"] = $"{date.AddDays(-1).Day} {Months[date.AddDays(-1).Month - 1]} {date.AddDays(-1).Year}",
            ["N"] = (2 + rng.Next(9)).ToString(CultureInfo.InvariantCulture),
        };
        var sb = new StringBuilder();
        sb.Append(" date ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(' ');
        int paragraphs = 8 + rng.Next(5);
        for (int p = 0; p < paragraphs; p++)
        {
            if (p > 0) sb.Append("\n\n");
            int sentences = 2 + rng.Next(3);
            for (int s = 0; s < sentences; s++)
            {
                if (s > 0) sb.Append(' ');
                Fill(sb, Pick(data.Templates), slots);
            }
        }
        sb.Append('\n');
        return sb.ToString();
    }

    private static void Fill(StringBuilder sb, string template, Dictionary<string, string> slots)
    {
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            if (open < 0) { sb.Append(template, i, template.Length - i); break; }
            int close = template.IndexOf('}', open);
            if (close < 0) { sb.Append(template, i, template.Length - i); break; }
            sb.Append(template, i, open - i);
            var name = template.Substring(open + 1, close - open - 1);
            sb.Append(slots.TryGetValue(name, out var value) ? value : template.Substring(open, close - open + 1));
            i = close + 1;
        }
    }
}
