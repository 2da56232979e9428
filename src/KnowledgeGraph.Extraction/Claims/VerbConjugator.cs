namespace KnowledgeGraph.Extraction.Claims;

/// <summary>
/// Generates the conjugated forms of a French verb from its infinitive with the conjugation classes of
/// verb-conjugations-fr.tsv (the class whose infinitive ending is the longest match), so that a reporting predicate is
/// found in every tense and person without listing its forms. Reflexive verbs ("s'inquiéter", "se féliciter") get their
/// pronoun before finite forms ("s'inquiète", "se félicitent") and a reflexive auxiliary before participles ("s'est
/// inquiétée", "se sont félicités").
/// </summary>
public sealed class VerbConjugator
{
    private sealed record ConjugationClass(string Ending, string[] Finite, string[] Participles);

    private readonly List<ConjugationClass> _classes = new();
    private readonly IReadOnlyList<string> _reflexiveAuxiliaries;

    public VerbConjugator(IEnumerable<string[]> classRows, IReadOnlyList<string> reflexiveAuxiliaries)
    {
        foreach (var row in classRows)
        {
            if (row.Length < 4 || row[1].Length == 0) continue;
            _classes.Add(new ConjugationClass(row[1], Split(row[2]), Split(row[3])));
        }
        // longest ending first; ties keep file order
        _classes = _classes.Select((c, i) => (c, i)).OrderByDescending(x => x.c.Ending.Length).ThenBy(x => x.i).Select(x => x.c).ToList();
        _reflexiveAuxiliaries = reflexiveAuxiliaries;
    }

    private static string[] Split(string cell) => cell.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Every form of the verb (finite forms and participles, with the reflexive pronoun when the infinitive has one); none when no class fits.</summary>
    public IEnumerable<string> Forms(string infinitive)
    {
        string verb = infinitive;
        bool reflexive = false;
        if (verb.StartsWith("s'", StringComparison.Ordinal) || verb.StartsWith("s’", StringComparison.Ordinal)) { verb = verb[2..]; reflexive = true; }
        else if (verb.StartsWith("se ", StringComparison.Ordinal)) { verb = verb[3..]; reflexive = true; }
        var cls = _classes.FirstOrDefault(c => verb.EndsWith(c.Ending, StringComparison.Ordinal) && verb.Length >= c.Ending.Length);
        if (cls is null) yield break;
        string stem = verb[..^cls.Ending.Length];
        foreach (var ending in cls.Finite)
        {
            string form = stem + ending;
            yield return reflexive ? Reflexive(form) : form;
        }
        foreach (var ending in cls.Participles)
        {
            string participle = stem + ending;
            if (!reflexive) { yield return participle; continue; }
            foreach (var aux in _reflexiveAuxiliaries) yield return aux + " " + participle;
        }
    }

    /// <summary>"s'" before a vowel or mute h, "se" otherwise.</summary>
    private static string Reflexive(string form) =>
        form.Length > 0 && "aeiouyhâàéèêîïôû".Contains(form[0]) ? "s'" + form : "se " + form;
}
