using KnowledgeGraph.Extraction.Claims;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;
using static KnowledgeGraph.Extraction.Events.MeetingText;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// "a reçu les représentants du personnel, en présence du directeur général du CHU, M. X": those named after a presence
/// phrase (meeting-words-fr.tsv, "presence-phrase") following the trigger in its sentence attend the meeting.
/// </summary>
internal sealed class PresenceAttendees
{
    private readonly MeetingWords _words;
    private readonly NounPhraseLists _lists;

    public PresenceAttendees(MeetingWords words, NounPhraseLists lists)
    {
        _words = words;
        _lists = lists;
    }

    /// <summary>How many words after the trigger the presence phrase may stand.</summary>
    private const int Reach = 30;

    internal void Add(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, int afterLast, TextSpan sentence, List<int> result)
    {
        if (_words.PresencePhrases.Count == 0) return;
        string text = doc.Text;
        for (int j = afterLast; j + 2 < words.Count && j < afterLast + Reach && words[j + 2].End <= sentence.End; j++)
        {
            // another clause of the sentence ("; en présence de …" of something else) ends the search
            if (j > afterLast && text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).ContainsAny(";:")) return;
            string w = FrenchText.Lower(words[j].Of(text));
            if (j > 0 && Coordinated(doc, words, finder, j, sentence, result)) return;
            foreach (var phrase in _words.PresencePhrases)
            {
                if (w != phrase[0] || FrenchText.Lower(words[j + 1].Of(text)) != phrase[1]) continue;
                string de = FrenchText.Lower(words[j + 2].Of(text));
                int from = de is "de" or "du" or "des" or "d'" ? j + 3 : de.StartsWith("d'", StringComparison.Ordinal) ? j + 2 : -1;
                if (from < 0 || from >= words.Count) return;
                var present = new List<int>();
                _lists.AddNounPhraseList(doc, words, finder, from, sentence.End, present);
                foreach (var k in present)
                    if (doc.Entities[k].Kind == Model.EntityKind.Person && finder.CanAttend(k) && !result.Any(r => SameEntity(doc, r, k))) result.Add(k);
                result.Sort();
                return;
            }
        }
    }

    /// <summary>
    /// ", tout comme l'avait fait son prédécesseur X": a verb (auxiliary) read by the lexicon between the coordinator and the
    /// first name makes it open a clause of comparison, not add a person.
    /// </summary>
    private static bool VerbBeforeFirstName(AnalyzedDocument doc, int from, int limit)
    {
        int first = doc.FirstEntityAtOrAfter(from);
        int end = first < doc.Entities.Count ? Math.Min(limit, doc.Entities[first].Span.Start) : limit;
        for (int t = doc.TokenIndexAtOrAfter(from); t < doc.Tokens.Count && t < doc.Morphology.Length && doc.Tokens[t].Start < end; t++)
            if (doc.Morphology[t].Pos is Language.PartOfSpeech.Verb or Language.PartOfSpeech.Auxiliary) return true;
        return false;
    }

    /// <summary>", tout comme son homologue suisse, Y": a presence coordinator right after a comma adds the persons named next.</summary>
    private bool Coordinated(AnalyzedDocument doc, List<TextSpan> words, SpeakerFinder finder, int j, TextSpan sentence, List<int> result)
    {
        string text = doc.Text;
        if (!text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Contains(',')) return false;
        foreach (var phrase in _words.PresenceCoordinators)
        {
            if (j + phrase.Length >= words.Count) continue;
            bool match = true;
            for (int n = 0; n < phrase.Length && match; n++)
                match = FrenchText.Lower(words[j + n].Of(text)) == phrase[n];
            if (!match) continue;
            if (VerbBeforeFirstName(doc, words[j + phrase.Length - 1].End, sentence.End)) return false;
            var present = new List<int>();
            _lists.AddNounPhraseList(doc, words, finder, j + phrase.Length, sentence.End, present);
            foreach (var k in present)
                if (doc.Entities[k].Kind == Model.EntityKind.Person && finder.CanAttend(k) && !result.Any(r => SameEntity(doc, r, k))) result.Add(k);
            result.Sort();
            return true;
        }
        return false;
    }
}
