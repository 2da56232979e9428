using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>A status cue from meeting-status.tsv.</summary>
public sealed record StatusCue(MeetingStatus Status, string Position);

/// <summary>
/// The meeting vocabulary loaded from the data files: triggers (meeting-triggers.tsv), status cues
/// (meeting-status.tsv), number words (meeting-numbers.tsv) and duration units (meeting-units.tsv).
/// </summary>
public sealed class MeetingLexicon
{
    public PhraseLexicon<MeetingTrigger> Triggers { get; } = new();

    /// <summary>
    /// The first words of all trigger phrases, compared ignoring case, with every apostrophe form: a word not in
    /// this set starts no trigger, so the extractor skips the phrase lookup (which builds a lower-case string per
    /// candidate length) for almost every word of a text.
    /// </summary>
    public HashSet<string> TriggerFirstWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    public PhraseLexicon<StatusCue> StatusCues { get; } = new();

    public DurationParser Durations { get; }

    /// <summary>Family and personal ties (relations-fr.tsv: "épouse", "mari", "compagne"): "a rencontré sa femme" is no news meeting.</summary>
    public IReadOnlySet<string> RelationWords { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Wishes and readiness before a meeting verb (meeting-wishes-fr.tsv): "souhaite", "se dit prêt à".</summary>
    public PhraseLexicon<string> Wishes { get; } = new();

    /// <summary>
    /// First words of role titles (roles-fr.tsv: "ministre", "présidente", "chef"...): "la ministre", "avec le
    /// président élu" with no name stand for a person named earlier.
    /// </summary>
    public IReadOnlySet<string> RoleHeads { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Meeting verbs found by lemma in every finite form (meeting-verb-lemmas-fr.tsv): "rencontrerait", "se réunissaient".</summary>
    internal LemmaTriggers VerbLemmas { get; init; } = new([]);

    /// <summary>The word classes the meeting rules read (meeting-words-fr.tsv).</summary>
    public MeetingWords Words { get; init; } = MeetingWords.Empty;

    /// <summary>Nationality adjectives, folded (nationalities-fr.tsv: "français" → "FR"): the country of "son homologue français".</summary>
    public IReadOnlyDictionary<string, string> Nationalities { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Attendance sentences (meeting-attendance-fr.tsv): "Étaient également présents X et Y".</summary>
    public PhraseLexicon<string> Attendance { get; } = new();

    /// <summary>First words of the attendance phrases: a word not in it starts none (no phrase look-up).</summary>
    public HashSet<string> AttendanceFirstWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    public MeetingLexicon(IEnumerable<string[]> triggers, IEnumerable<string[]> statusCues, IEnumerable<string[]> numbers, IEnumerable<string[]> units)
    {
        foreach (var row in triggers)
        {
            if (row.Length < 4 || !Enum.TryParse<MeetingType>(row[1], out var type)) continue;
            Triggers.Add(row[0], new MeetingTrigger(type, row[2], row[3] == "verb"));
            string first = FrenchText.Lower(row[0].Trim()).Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
            foreach (var apostrophe in new[] { '\'', '’', 'ʼ' }) TriggerFirstWords.Add(first.Replace('\'', apostrophe));
        }
        foreach (var row in statusCues)
        {
            if (row.Length < 3 || !Enum.TryParse<MeetingStatus>(row[1], out var status)) continue;
            StatusCues.Add(row[0], new StatusCue(status, row[2]));
        }
        Durations = new DurationParser(numbers, units);
    }

    public MeetingLexicon(IEnumerable<string[]> triggers, IEnumerable<string[]> statusCues, IEnumerable<string[]> numbers, IEnumerable<string[]> units,
        IEnumerable<string[]> wishes) : this(triggers, statusCues, numbers, units)
    {
        foreach (var row in wishes) Wishes.Add(row[0], row[0]);
    }

    public static MeetingLexicon Load(ExtractionResources resources)
    {
        var words = new MeetingWords(resources.Table("meeting-words-fr.tsv"));
        return new MeetingLexicon(
        resources.Table("meeting-triggers.tsv"), resources.Table("meeting-status.tsv"),
        resources.Table("meeting-numbers.tsv"), resources.Table("meeting-units.tsv"), resources.Table("meeting-wishes-fr.tsv"))
    {
        RelationWords = resources.Table("relations-fr.tsv").Select(r => FrenchText.Lower(r[0])).ToHashSet(StringComparer.Ordinal),
        // "le joueur", "la diplomate": nouns of persons that are no title of a post read as bare titles do; kept apart from
        // roles-fr.tsv, which makes posts
        RoleHeads = resources.Table("roles-fr.tsv").Select(r => FrenchText.Lower(r[0]).Split(' ')[0]).Where(w => w.Length > 2)
            .Concat(words.PersonNouns.Concat(words.OccupationNouns).Select(FrenchText.Lower)).ToHashSet(StringComparer.Ordinal),
        Words = words,
        VerbLemmas = new LemmaTriggers(resources.Table("meeting-verb-lemmas-fr.tsv")),
        Nationalities = NationalityCodes(resources.Table("nationalities-fr.tsv")),
    }.WithAttendance(resources.Table("meeting-attendance-fr.tsv"));
    }

    private static Dictionary<string, string> NationalityCodes(IEnumerable<string[]> rows)
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
            if (row.Length > 1) codes.TryAdd(FrenchText.Fold(row[0]), row[1]);
        return codes;
    }

    private MeetingLexicon WithAttendance(IEnumerable<string[]> rows)
    {
        foreach (var row in rows)
        {
            Attendance.Add(row[0], row.Length > 1 ? row[1] : "attendance");
            AttendanceFirstWords.Add(FrenchText.Lower(row[0]).Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]);
        }
        return this;
    }
}
