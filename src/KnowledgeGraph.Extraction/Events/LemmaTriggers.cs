using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Language;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Meeting verbs found by lemma over the document's morphology layer (meeting-verb-lemmas-fr.tsv): every finite
/// third-person form of "rencontrer", "recevoir", "se réunir"… ("rencontrerait", "recevait", "se réunissaient",
/// "s'entretiendront") without listing the forms. The fixed list of meeting-triggers.tsv is tried first; this only
/// adds the finite forms it lacks. A future or conditional form marks the trigger <see cref="MeetingTrigger.Prospective"/>.
/// </summary>
internal sealed class LemmaTriggers
{
    private sealed record Entry(string FoldedLemma, MeetingType Type, bool Reflexive, string TriggerLemma, HashSet<string> Blockers);

    private readonly List<Entry> _entries = new();

    public LemmaTriggers(IEnumerable<string[]> rows)
    {
        foreach (var row in rows)
        {
            if (row.Length < 4 || !Enum.TryParse<MeetingType>(row[1], out var type)) continue;
            var blockers = row.Length > 4 ? row[4].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal) : [];
            _entries.Add(new Entry(Tokenization.TextFolding.Fold(row[0]), type, row[2] == "se", row[3], blockers));
        }
    }

    public bool IsEmpty => _entries.Count == 0;

    /// <summary>
    /// A meeting verb starting at word <paramref name="i"/>: the pronoun "se"/"s'" and a finite form of a reflexive entry, or
    /// a finite form of a non-reflexive one (not after "se"). <paramref name="cursor"/> is a token index that only moves
    /// forward as the caller scans the words in order (no search per word). <paramref name="listed"/> tells whether a word
    /// starts a trigger of the fixed list.
    /// </summary>
    public bool TryMatch(AnalyzedDocument doc, List<TextSpan> words, int i, ref int cursor, out int n, out MeetingTrigger trigger,
        Func<int, bool> listed)
    {
        n = 0;
        trigger = null!;
        if (doc.Morphology.Length != doc.Tokens.Count || doc.Tokens.Count == 0) return false;
        string text = doc.Text;
        var word = words[i];
        var span = text.AsSpan(word.Start, word.Length);
        bool reflexive;
        int verbStart, verbEnd, last;
        if (span.Equals("se", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Count && IsOnlySpace(text, word.End, words[i + 1].Start))
        {
            // "se réunira": the form the trigger list spells out is read there, with its own rules
            if (listed(i + 1)) return false;
            reflexive = true;
            verbStart = words[i + 1].Start;
            verbEnd = words[i + 1].End;
            last = i + 1;
        }
        else if (span.Length > 2 && (span[0] is 's' or 'S') && FrenchText.IsApostrophe(span[1]))
        {
            reflexive = true;
            verbStart = word.Start + 2;
            verbEnd = word.End;
            last = i;
        }
        else
        {
            reflexive = false;
            verbStart = word.Start;
            verbEnd = word.End;
            last = i;
            // "se" before the verb makes it the reflexive verb: "se réunit" is not "réunit"
            if (i > 0 && text.AsSpan(words[i - 1].Start, words[i - 1].Length).Equals("se", StringComparison.OrdinalIgnoreCase)) return false;
        }
        while (cursor < doc.Tokens.Count && doc.Tokens[cursor].End <= verbStart) cursor++;
        if (cursor >= doc.Tokens.Count || doc.Tokens[cursor].Start != verbStart || doc.Tokens[cursor].End != verbEnd) return false;
        var analysis = doc.Morphology[cursor];
        // the word read as a verb in its context: "par téléphone", "le dîner" are nouns
        if (analysis.Pos != PartOfSpeech.Verb || analysis.Readings is not { Length: > 0 } readings) return false;
        foreach (var entry in _entries)
        {
            if (entry.Reflexive != reflexive) continue;
            foreach (var r in readings)
            {
                if (r.Pos != PartOfSpeech.Verb || !r.IsFinite || (r.Persons & (VerbPersons.ThirdSingular | VerbPersons.ThirdPlural)) == 0) continue;
                if (!string.Equals(r.FoldedLemma, entry.FoldedLemma, StringComparison.Ordinal)) continue;
                if (last + 1 < words.Count && entry.Blockers.Contains(FrenchText.Lower(words[last + 1].Of(text)))) return false;
                bool prospective = (r.Moods & (VerbMoods.Future | VerbMoods.Conditional)) != 0;
                trigger = new MeetingTrigger(entry.Type, entry.TriggerLemma, true) { Prospective = prospective, FoundByLemma = true };
                n = last - i + 1;
                return true;
            }
        }
        return false;
    }

    private static bool IsOnlySpace(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (!char.IsWhiteSpace(text[k])) return false;
        return to > from;
    }
}
