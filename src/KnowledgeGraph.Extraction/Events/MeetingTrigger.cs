using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>One entry of meeting-triggers.tsv: a word or phrase that states a meeting.</summary>
/// <param name="IsVerb">Verb forms take their attendees from subject and object; nouns from "avec", "entre", possessives.</param>
public sealed record MeetingTrigger(MeetingType Type, string Lemma, bool IsVerb)
{
    /// <summary>A future or conditional form found by its morphology ("rencontrerait"): a meeting still to come.</summary>
    public bool Prospective { get; init; }

    /// <summary>Found by lemma (meeting-verb-lemmas-fr.tsv), not listed: kept only with two parties or a date ("réunit le golfe de Guinée" in a headline is none).</summary>
    public bool FoundByLemma { get; init; }

    /// <summary>True when the trigger's form (<paramref name="form"/>, lower case) states a meeting still to come.</summary>
    public bool StatesFuture(string form) => Prospective || IsFutureOrInfinitive(form);

    /// <summary>
    /// Future forms ("rencontrera", "se réuniront") and infinitives ("doit rencontrer", "prêt à se rendre")
    /// state a meeting still to come. Only meaningful for verb triggers.
    /// </summary>
    public static bool IsFutureOrInfinitive(string form)
    {
        string last = form.Split(' ')[^1];
        return last.EndsWith("ra", StringComparison.Ordinal) || last.EndsWith("ront", StringComparison.Ordinal)
            || last.EndsWith("er", StringComparison.Ordinal) || last.EndsWith("ir", StringComparison.Ordinal) || last.EndsWith("re", StringComparison.Ordinal);
    }
}
