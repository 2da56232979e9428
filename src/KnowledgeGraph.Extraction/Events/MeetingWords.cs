using KnowledgeGraph.Extraction.Claims;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// The word classes of the meeting rules (meeting-words-fr.tsv: class, word). Each property is one class; the rules
/// in code say how a class is used ("a word of this class right before the trigger"), the file says which French
/// words belong to it, so adding a word is a data change.
/// </summary>
public sealed class MeetingWords
{
    private readonly Dictionary<string, List<string>> _classes;
    private readonly Dictionary<string, char> _objectClitics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counterpartCounts = new(StringComparer.Ordinal);

    public MeetingWords(IEnumerable<string[]> rows)
    {
        _classes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Length < 2 || row[0].Length == 0 || row[1].Length == 0) continue;
            if (row[0] == "object-clitic" && row.Length > 2 && row[2].Length == 1) _objectClitics[FrenchText.Lower(row[1])] = row[2][0];
            if (row[0] == "counterpart-count" && row.Length > 2 && int.TryParse(row[2], out int count)) _counterpartCounts[FrenchText.Lower(row[1])] = count;
            if (!_classes.TryGetValue(row[0], out var list)) _classes[row[0]] = list = new List<string>();
            list.Add(row[1]);
        }
        Possessives = Set("possessive");
        SubjectLinkVerbs = Set("subject-link");
        NounPhraseStoppers = Set("np-stopper");
        Locatives = Set("locative");
        PastPerfectAuxiliaries = Set("past-perfect");
        SeriesWords = Set("series");
        LongUnits = Set("long-unit");
        ProcessVerbs = Set("process-verb");
        NegationWords = Set("negation");
        ReflexiveParticiples = Set("reflexive-participle");
        DelegationNouns = Set("delegation-noun");
        OrganizationNouns = Set("organization-noun");
        // whole words must be followed by a space ("qui s'est tenue"), prefixes not ("prévue vendredi")
        DescriptiveOpeners = List("descriptive-opener-word").Select(w => w + " ").Concat(List("descriptive-opener-prefix")).ToArray();
        DateWords = Set("date-word");
        ExclusionVerbs = Set("exclusion-verb");
        ExclusionAdjectives = Set("exclusion-adjective");
        NoMeetingDeterminers = Set("no-meeting-determiner");
        PronounGapWords = Set("pronoun-gap");
        PronounAuxiliaries = Set("pronoun-auxiliary");
        RelationModifiers = Set("relation-modifier");
        TitleAbbreviations = Set("title-abbreviation");
        TitleAbbreviationStems = TitleAbbreviations.Select(t => t.TrimEnd('.')).ToHashSet(StringComparer.Ordinal);
        RenewalWords = Set("renewal-word");
        ChairVerbPrefixes = List("chair-verb-prefix").ToArray();
        LeaderParticiplePrefixes = List("leader-participle-prefix").ToArray();
        ObjectBoundaries = Set("object-boundary");
        RelativePronouns = Set("relative-pronoun");
        RelativePrepositions = Set("relative-preposition");
        PassiveAuxiliaries = Set("passive-auxiliary");
        Meals = Set("meal");
        SchedulingParticiples = Set("scheduling-participle");
        AsideParticiples = Set("aside-participle");
        TopicWords = Set("topic-word");
        PersonNouns = Set("person-noun");
        OccupationNouns = Set("occupation-noun");
        NegationGapWords = Set("negation-gap");
        ArrivalParticiples = Set("arrival-participle");
        InterviewCues = Set("interview-cue");
        AttendanceVerbs = Set("attendance-verb");
        // "object-clitic<TAB>le<TAB>m": a third column gives the gender of the person it stands for
        ObjectClitics = _objectClitics;
        EventHostVerbs = Set("event-host-verb");
        PresencePhrases = List("presence-phrase").Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length == 2).ToArray();
        PresenceCoordinators = List("presence-coordinator").Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length > 0).ToArray();
        PublicGatherings = Set("public-gathering");
        AsideRelatives = Set("aside-relative");
        EncounterOrdinals = List("encounter-ordinal").ToArray();
        Landmarks = Set("landmark-noun");
        PairNumbers = Set("pair-number");
        PeriodBounds = List("period-bound").Select(w => w.Replace('’', '\'')).ToArray();
        TimeFrames = Set("time-frame");
        GenericPlurals = List("generic-plural").Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        DaysBefore = Set("day-before");
        DaysAfter = Set("day-after");
        EarlierOccasionWords = Set("earlier-occasion");
        SportOpponents = Set("sport-opponent");
        TitleAnaphorDeterminers = Set("title-anaphor-determiner");
        RequestVerbs = Set("request-verb");
        TimeLandmarks = Set("time-landmark");
        CoordinatorsBeforeQue = Set("coordinator-before-que");
        SportCues = new PhraseLexicon<string>();
        foreach (var cue in List("sport-cue")) SportCues.Add(cue, cue);
        Counterparts = Set("counterpart");
        CounterpartCounts = _counterpartCounts;
    }

    /// <summary>"son homologue français", "ses deux homologues": a person holding the possessor's post elsewhere.</summary>
    public IReadOnlySet<string> Counterparts { get; }

    /// <summary>"ses deux homologues": how many counterparts a number word before the counterpart noun says there are.</summary>
    public IReadOnlyDictionary<string, int> CounterpartCounts { get; }

    /// <summary>No words: every rule reading a class finds nothing.</summary>
    public static MeetingWords Empty { get; } = new(Array.Empty<string[]>());

    public IReadOnlySet<string> Possessives { get; }
    public IReadOnlySet<string> SubjectLinkVerbs { get; }
    public IReadOnlySet<string> NounPhraseStoppers { get; }
    public IReadOnlySet<string> Locatives { get; }
    public IReadOnlySet<string> PastPerfectAuxiliaries { get; }
    public IReadOnlySet<string> SeriesWords { get; }
    public IReadOnlySet<string> LongUnits { get; }
    public IReadOnlySet<string> ProcessVerbs { get; }
    public IReadOnlySet<string> NegationWords { get; }
    public IReadOnlySet<string> ReflexiveParticiples { get; }
    public IReadOnlySet<string> DelegationNouns { get; }
    public IReadOnlySet<string> OrganizationNouns { get; }
    public IReadOnlyList<string> DescriptiveOpeners { get; }
    public IReadOnlySet<string> DateWords { get; }
    public IReadOnlySet<string> ExclusionVerbs { get; }
    public IReadOnlySet<string> ExclusionAdjectives { get; }
    public IReadOnlySet<string> NoMeetingDeterminers { get; }
    public IReadOnlySet<string> PronounGapWords { get; }
    public IReadOnlySet<string> PronounAuxiliaries { get; }
    public IReadOnlySet<string> RelationModifiers { get; }
    /// <summary>As written, with their dot ("M.", "Mme").</summary>
    public IReadOnlySet<string> TitleAbbreviations { get; }
    /// <summary>The same without the dot, as the word scanner cuts them ("M", "Mme").</summary>
    public IReadOnlySet<string> TitleAbbreviationStems { get; }
    public IReadOnlySet<string> RenewalWords { get; }
    public IReadOnlyList<string> ChairVerbPrefixes { get; }
    public IReadOnlyList<string> LeaderParticiplePrefixes { get; }
    public IReadOnlySet<string> ObjectBoundaries { get; }
    public IReadOnlySet<string> RelativePronouns { get; }
    public IReadOnlySet<string> RelativePrepositions { get; }
    public IReadOnlySet<string> PassiveAuxiliaries { get; }
    /// <summary>Meal trigger lemmas ("dîner"): a meeting only with two attendees.</summary>
    public IReadOnlySet<string> Meals { get; }
    public IReadOnlySet<string> SchedulingParticiples { get; }
    public IReadOnlySet<string> AsideParticiples { get; }
    public IReadOnlySet<string> TopicWords { get; }

    /// <summary>
    /// Nouns that stand for one person without being a title of a post ("le joueur", "le diplomate", "l'invité"): a definite
    /// one as a meeting's subject refers back to a person named before, as a bare title does.
    /// </summary>
    public IReadOnlySet<string> PersonNouns { get; }

    /// <summary>
    /// Person nouns of an occupation no holder of a post has ("le joueur", "la romancière"): never a person the article gives a
    /// post. Read as <see cref="PersonNouns"/> otherwise.
    /// </summary>
    public IReadOnlySet<string> OccupationNouns { get; }
    public IReadOnlySet<string> NegationGapWords { get; }
    public IReadOnlySet<string> ArrivalParticiples { get; }
    public IReadOnlySet<string> InterviewCues { get; }
    /// <summary>"participait", "assistaient": before a definite meeting noun, attendance of the meeting told before.</summary>
    public IReadOnlySet<string> AttendanceVerbs { get; }
    /// <summary>"en présence", "aux côtés": before "de", the persons named after attend the meeting of the clause; split into words.</summary>
    public IReadOnlyList<string[]> PresencePhrases { get; }
    /// <summary>"tout comme", "de même que": after a comma, the persons named next attend the meeting of the sentence; split into words.</summary>
    public IReadOnlyList<string[]> PresenceCoordinators { get; }

    /// <summary>Meeting verbs (trigger lemmas) that host an event named as their object ("accueillera la rencontre").</summary>
    public IReadOnlySet<string> EventHostVerbs { get; }

    /// <summary>Object pronouns right before a meeting verb ("doit le rencontrer") and the gender ('m'/'f') of the person they stand for.</summary>
    public IReadOnlyDictionary<string, char> ObjectClitics { get; }
    /// <summary>Phrases of a first or last encounter ("pour la première fois"): in an earlier year, background.</summary>
    public IReadOnlyList<string> EncounterOrdinals { get; }
    /// <summary>Relative pronouns that open an aside on a noun ("…, dont M. X est l'adjoint, …"): a name in it is not the clause's subject.</summary>
    public IReadOnlySet<string> AsideRelatives { get; }
    /// <summary>Adjectives after a meeting noun that make it a gathering open to all ("une réunion publique"), not a meeting of named parties.</summary>
    public IReadOnlySet<string> PublicGatherings { get; }
    /// <summary>Nouns of a moment of an event ("avant l'ouverture du sommet"): the meeting noun after them only dates another one.</summary>
    public IReadOnlySet<string> Landmarks { get; }
    /// <summary>Numbers of a pair before a plural title ("les deux ministres"): two parties, not a ministerial meeting.</summary>
    public IReadOnlySet<string> PairNumbers { get; }
    /// <summary>Words that open or close a period before a date ("depuis", "jusqu'à"), apostrophes straight.</summary>
    public IReadOnlyList<string> PeriodBounds { get; }
    /// <summary>Nouns of a time frame whose complement is a date ("la soirée du 3 mars").</summary>
    public IReadOnlySet<string> TimeFrames { get; }
    /// <summary>Words before a plural meeting noun that make it meetings in general ("plusieurs", "multiplié les"), split into words.</summary>
    public IReadOnlyList<string[]> GenericPlurals { get; }
    /// <summary>"la veille": after a determiner, the day before the event told before.</summary>
    public IReadOnlySet<string> DaysBefore { get; }

    /// <summary>"contre" in "la rencontre du Vert &amp; Or contre les Carabins": the noun is a match.</summary>
    public IReadOnlySet<string> SportOpponents { get; }

    /// <summary>"déjà" in "avait déjà rencontré": the meeting is an earlier occasion than the news.</summary>
    public IReadOnlySet<string> EarlierOccasionWords { get; }
    /// <summary>"le lendemain": after a determiner, the day after the event told before.</summary>
    public IReadOnlySet<string> DaysAfter { get; }
    /// <summary>"le", "cette": before a title pinned down by a country or a complement, the person holding that post.</summary>
    public IReadOnlySet<string> TitleAnaphorDeterminers { get; }
    /// <summary>"a demandé une rencontre", "sollicite un entretien": before an indefinite meeting noun, a meeting asked for, not held.</summary>
    public IReadOnlySet<string> RequestVerbs { get; }
    /// <summary>"depuis", "rentrait", "vue": before a determiner and a meeting noun, a point in time or a purpose, not a meeting told.</summary>
    public IReadOnlySet<string> TimeLandmarks { get; }
    /// <summary>"ainsi": before "que", coordinates attendees ("A ainsi que B") instead of ending the list.</summary>
    public IReadOnlySet<string> CoordinatorsBeforeQue { get; }
    /// <summary>Words and phrases of sport reports: a "rencontre" near them is a match.</summary>
    public PhraseLexicon<string> SportCues { get; }

    /// <summary>Whether <paramref name="word"/> starts with one of <paramref name="prefixes"/>.</summary>
    public static bool StartsWithAny(string word, IReadOnlyList<string> prefixes)
    {
        foreach (var p in prefixes)
            if (word.StartsWith(p, StringComparison.Ordinal)) return true;
        return false;
    }

    private IReadOnlyList<string> List(string name) => _classes.TryGetValue(name, out var list) ? list : [];

    private HashSet<string> Set(string name) => new(List(name), StringComparer.Ordinal);
}
