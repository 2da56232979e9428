using System.Text;
using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>A stated duration: its text span and ISO 8601 value ("PT5H", "PT2H30M", "P3D").</summary>
public sealed record DurationMention(TextSpan Span, string Iso);

/// <summary>
/// French durations: a number (digits or a word from meeting-numbers.tsv, "une" included) followed by a
/// unit (meeting-units.tsv), optionally "et demie" / "et quart" / "et N minutes": "cinq heures" → PT5H,
/// "deux heures et demie" → PT2H30M, "près d'une heure et demie" → PT1H30M, "45 minutes" → PT45M.
/// Vague quantities ("quelques heures", "plusieurs jours") are not durations.
/// </summary>
public sealed class DurationParser
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    // lookups of a word lowered into a stack buffer: FindAll tries every word of a sentence, most are no number
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _numbersBySpan;
    private readonly Dictionary<string, (char Designator, bool Time)> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (char Designator, bool Time)>.AlternateLookup<ReadOnlySpan<char>> _unitsBySpan;

    public DurationParser(IEnumerable<string[]> numbers, IEnumerable<string[]> units)
    {
        _numbersBySpan = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        _unitsBySpan = _units.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var row in numbers)
            if (row.Length >= 2 && int.TryParse(row[1], out int v)) _numbers[FrenchText.Lower(row[0])] = v;
        foreach (var row in units)
            if (row.Length >= 3 && row[1].Length == 1) _units[FrenchText.Lower(row[0])] = (row[1][0], row[2] == "T");
    }

    /// <summary>Every duration in the range, left to right.</summary>
    public List<DurationMention> FindAll(string text, TextSpan range)
    {
        // most sentences hold no number word before a unit: they are ruled out without listing their words
        if (!NumberBeforeAUnit(text, range)) return [];
        var words = WordScanner.Scan(text, range);
        var found = new List<DurationMention>();
        for (int i = 0; i + 1 < words.Count; i++)
        {
            if (!CouldBeNumber(text.AsSpan(words[i].Start, words[i].Length))) continue;
            string w = FrenchText.Lower(words[i].SliceOf(text));
            if (w.StartsWith("d'", StringComparison.Ordinal)) w = w[2..]; // "près d'une heure"
            if (!TryNumber(w, out int n)) continue;
            string unit = FrenchText.Lower(words[i + 1].SliceOf(text));
            if (!_units.TryGetValue(unit, out var u)) continue;
            if (n < 0) { i++; continue; }
            int hours = 0, minutes = 0, days = 0, end = words[i + 1].End, last = i + 1;
            if (u.Designator == 'H') hours = n; else if (u.Designator == 'M') minutes = n; else days = n;
            // "et demie", "et quart", "et 30 minutes"
            if (i + 3 < words.Count + 1 && i + 2 < words.Count && FrenchText.Lower(words[i + 2].SliceOf(text)) == "et" && i + 3 < words.Count)
            {
                string frac = FrenchText.Lower(words[i + 3].SliceOf(text));
                if (u.Designator == 'H' && frac is "demie" or "demi") { minutes += 30; end = words[i + 3].End; last = i + 3; }
                else if (u.Designator == 'H' && frac == "quart") { minutes += 15; end = words[i + 3].End; last = i + 3; }
                else if (u.Designator == 'H' && TryNumber(frac, out int m) && m > 0 && i + 4 < words.Count && FrenchText.Lower(words[i + 4].SliceOf(text)).StartsWith("minute", StringComparison.Ordinal))
                { minutes += m; end = words[i + 4].End; last = i + 4; }
            }
            int start = words[i].Start;
            if (FrenchText.Lower(words[i].SliceOf(text)).StartsWith("d'", StringComparison.Ordinal)) start += 2;
            found.Add(new DurationMention(new TextSpan(start, end), Iso(days, hours, minutes)));
            i = last;
        }
        return found;
    }

    // whether a word that could be a number is followed by a unit word: FindAll finds a duration only there
    private bool NumberBeforeAUnit(string text, TextSpan range)
    {
        int i = range.Start, end = Math.Min(range.End, text.Length);
        bool previousCouldBe = false;
        while (WordScanner.Next(text, ref i, end, out var word))
        {
            var w = text.AsSpan(word.Start, word.Length);
            if (previousCouldBe && IsUnit(w)) return true;
            previousCouldBe = CouldBeNumber(w);
        }
        return false;
    }

    // _units has the word, lowered as FindAll lowers it
    private bool IsUnit(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        FrenchText.LowerInto(word, lower);
        return _unitsBySpan.ContainsKey(lower);
    }

    // TryNumber of the word lowered and without "d'", as FindAll computes it, without allocating
    private bool CouldBeNumber(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        FrenchText.LowerInto(word, lower);
        if (lower.StartsWith("d'", StringComparison.Ordinal)) lower = lower[2..];
        if (lower.Length > 0 && lower.Length <= 4 && AllDigits(lower)) return true;
        return _numbersBySpan.ContainsKey(lower);
    }

    private static bool AllDigits(ReadOnlySpan<char> w)
    {
        foreach (char c in w) if (!char.IsDigit(c)) return false;
        return true;
    }

    private bool TryNumber(string w, out int n)
    {
        if (w.Length > 0 && w.All(char.IsDigit) && w.Length <= 4) { n = int.Parse(w); return true; }
        return _numbers.TryGetValue(w, out n);
    }

    public static string Iso(int days, int hours, int minutes)
    {
        var sb = new StringBuilder("P");
        if (days > 0) sb.Append(days).Append('D');
        if (hours > 0 || minutes > 0)
        {
            sb.Append('T');
            if (hours > 0) sb.Append(hours).Append('H');
            if (minutes > 0) sb.Append(minutes).Append('M');
        }
        return sb.Length == 1 ? "PT0S" : sb.ToString();
    }
}
