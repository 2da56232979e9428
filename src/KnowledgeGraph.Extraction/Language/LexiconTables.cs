namespace KnowledgeGraph.Extraction.Language;

/// <summary>
/// The tag table (@t lines) and the analysis table (@a lines: lemma rule + tag) of a lexicon file. An analysis id
/// on a form's line stands for "lemma = surface minus <c>cut</c> trailing characters plus <c>append</c>, with this tag".
/// </summary>
internal sealed class LexiconTables
{
    internal readonly record struct Tag(PartOfSpeech Pos, Gender Gender, GrammaticalNumber Number, VerbMoods Moods, VerbPersons Persons, LexicalFlags Flags);

    internal readonly record struct Rule(int Cut, string Append, int Tag);

    private readonly List<Tag> _tags = new();
    private readonly List<Rule> _rules = new();

    public LexiconTables(string sourceName) => SourceName = sourceName;

    public string SourceName { get; }

    public int RuleCount => _rules.Count;

    public Rule RuleAt(int id) => _rules[id];

    public Tag TagAt(int id) => _tags[id];

    public void AddHeaderLine(string line, int lineNo)
    {
        var cells = line.TrimEnd('\r').Split('\t');
        try
        {
            if (cells[0] == "@t" && cells.Length == 8)
            {
                Expect(int.Parse(cells[1]), _tags.Count, lineNo);
                if (!LexiconTags.TryParsePos(cells[2], out var pos)) throw Error(lineNo, $"unknown part of speech '{cells[2]}'");
                _tags.Add(new Tag(pos, LexiconTags.ParseGender(cells[3]), LexiconTags.ParseNumber(cells[4]),
                    ParseSet<VerbMoods>(cells[5], LexiconTags.TryParseMood, lineNo),
                    ParseSet<VerbPersons>(cells[6], LexiconTags.TryParsePerson, lineNo),
                    ParseSet<LexicalFlags>(cells[7], LexiconTags.TryParseFlag, lineNo)));
            }
            else if (cells[0] == "@a" && cells.Length == 5)
            {
                Expect(int.Parse(cells[1]), _rules.Count, lineNo);
                int tag = int.Parse(cells[4]);
                if (tag < 0 || tag >= _tags.Count) throw Error(lineNo, $"tag {tag} not defined above");
                _rules.Add(new Rule(int.Parse(cells[2]), cells[3], tag));
            }
            else throw Error(lineNo, "expected an @t line (8 columns) or an @a line (5 columns)");
        }
        catch (FormatException)
        {
            throw Error(lineNo, "a number column is not a number");
        }
    }

    private delegate bool TryParse<T>(string code, out T value);

    private T ParseSet<T>(string cell, TryParse<T> parse, int lineNo) where T : struct, Enum
    {
        int bits = 0;
        if (cell == "-" || cell.Length == 0) return default;
        foreach (var code in cell.Split(','))
        {
            if (!parse(code, out var v)) throw Error(lineNo, $"unknown code '{code}'");
            bits |= Convert.ToInt32(v);
        }
        return (T)Enum.ToObject(typeof(T), bits);
    }

    private void Expect(int id, int expected, int lineNo)
    {
        if (id != expected) throw Error(lineNo, $"id {id} out of order (expected {expected})");
    }

    private InvalidDataException Error(int lineNo, string message) => new($"{SourceName}, line {lineNo}: {message}.");
}
